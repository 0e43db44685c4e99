/**
 * `npm run backup [-- <file>]`: a consistent snapshot of the local data (every service's MongoDB
 * database, kept by FerretDB in its PostgreSQL) into one file, while everything runs; default
 * `.liaison/backups/liaison-<UTC time>.pgdump`.
 * `npm run restore -- <file>`: replaces the local data with a backup (stop `npm start` first), then
 * starts the MongoDB-API server again. See the README "Local data, backup and restore".
 */
import { ensureInfra } from '@liaison/infra-local';
import { backup, restore } from '@liaison/infra-local/src/backup';

const say = (line: string) => process.stderr.write(`[liaison] ${line}\n`);

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if (command === 'backup') {
    const t0 = Date.now();
    const result = backup(...(file ? [file] : []));
    say(`backup written: ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    say(`restore it with: npm run restore -- ${result.file}`);
    return 0;
  }
  if (command === 'restore' && file) {
    const t0 = Date.now();
    await restore(file);
    const infra = await ensureInfra({ ignoreEnv: true });
    say(`restored ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${infra.mongoServer} at ${infra.mongodbUri}`);
    return 0;
  }
  say('usage: npm run backup [-- <file>]  |  npm run restore -- <file>');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
