/**
 * `npm run verify-chain -- --service leads --stream lead-<uuid>` | `--service leads --all`:
 * recomputes the hash chain of one stream or of every stream in a service's event store
 * (docs/adr/0017-hash-chained-commits.md) straight from MongoDB and names the first broken link.
 * MongoDB: --mongodb-uri, else MONGODB_URI, else the local infrastructure (`npm run infra:up`); the
 * database is the service's, from the service manifest (--database overrides it).
 * Exit status: 0 every verified stream intact, 2 a broken chain, 1 the command failed.
 */
import { infraStatus } from '@liaison/infra-local';
import { EventRegistry, manifestEntry } from '@liaison/contracts';
import { connectMongo, MongoEventStore, type StreamVerification, verifyStream } from '@liaison/platform';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';

interface Options {
  service: string;
  stream?: string;
  all?: boolean;
  prefix: string;
  database?: string;
  mongodbUri?: string;
  concurrency: string;
}

const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function mongodbUri(given?: string): Promise<string> {
  const uri = given ?? process.env.MONGODB_URI?.trim();
  if (uri) return uri;
  const status = await infraStatus();
  if (status.mongo?.running) return status.mongo.endpoint;
  throw new Error('no MongoDB to read: pass --mongodb-uri, set MONGODB_URI, or start the local infrastructure (npm run infra:up)');
}

function databaseOf(service: string, override?: string): string {
  if (override) return override;
  const entry = manifestEntry(service);
  if (!('database' in entry)) throw new Error(`service "${service}" keeps no event store (no database in the service manifest)`);
  return entry.database;
}

const describeBroken = (result: StreamVerification): string => {
  const link = result.firstBrokenLink!;
  return (
    `BROKEN ${result.streamId}: first broken link at version ${link.version} (commit ${link.commitId}): ${link.reason}\n` +
    `  ${link.detail}\n  expected ${link.expectedHash || '(none)'}\n  stored   ${link.storedHash || '(none)'}`
  );
};

function report(result: StreamVerification): void {
  if (!result.intact) return out(describeBroken(result));
  const legacy = result.legacyCommits > 0 ? `, ${result.legacyCommits} unprotected legacy commits` : '';
  out(`OK ${result.streamId}: ${result.commits} commits, head ${result.head} at version ${result.headVersion}${legacy}`);
}

async function run(options: Options): Promise<number> {
  if (Boolean(options.stream) === Boolean(options.all)) throw new Error('give either --stream <id> or --all');
  const database = databaseOf(options.service, options.database);
  const connection = await connectMongo(await mongodbUri(options.mongodbUri), database, { maxPoolSize: 8 });
  try {
    // No event registry: the verifier reads commits as stored and never upcasts or appends.
    const store = new MongoEventStore(connection, new EventRegistry());
    if (options.stream) {
      const result = await verifyStream(store, options.stream);
      if (result.commits === 0) throw new Error(`stream ${options.stream} has no commits in database ${database}`);
      report(result);
      return result.intact ? 0 : 2;
    }
    return await verifyAll(store, database, options);
  } finally {
    await connection.close();
  }
}

async function verifyAll(store: MongoEventStore, database: string, options: Options): Promise<number> {
  const ids = await store.streamIds(options.prefix);
  // On stderr and only on a terminal (cli-progress prints nothing otherwise): stdout stays the report.
  const bar = new SingleBar({
    format: 'verifying {bar} {value}/{total} streams | {broken} broken | eta {eta_formatted}',
    hideCursor: true,
  });
  bar.start(ids.length, 0, { broken: 0 });
  const broken: StreamVerification[] = [];
  let commits = 0;
  let legacyStreams = 0;
  let legacyCommits = 0;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const result = await verifyStream(store, ids[next++]!);
      commits += result.commits;
      legacyCommits += result.legacyCommits;
      if (result.legacyCommits > 0) legacyStreams += 1;
      if (!result.intact) broken.push(result);
      bar.increment(1, { broken: broken.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(options.concurrency) || 4) }, worker));
  bar.stop();
  for (const result of broken.sort((a, b) => a.streamId.localeCompare(b.streamId))) out(describeBroken(result));
  out(
    `${options.service} (database ${database}): ${ids.length} streams, ${commits} commits: ` +
      `${ids.length - broken.length} intact, ${broken.length} broken; ` +
      `${legacyCommits} unprotected legacy commits in ${legacyStreams} streams`,
  );
  return broken.length === 0 ? 0 : 2;
}

const program = new Command('verify-chain')
  .description('Recompute the hash chain of event-store streams and name the first broken link (ADR 0017)')
  .requiredOption('--service <name>', 'the service whose event store to read (leads, operations, registry, evidence, …)')
  .addOption(new Option('--stream <id>', 'one stream, e.g. lead-<uuid>').conflicts('all'))
  .option('--all', 'every stream of the service, with a progress bar and a summary')
  .option('--prefix <prefix>', 'with --all: only streams whose id starts with this', '')
  .option('--database <name>', 'the database (default: the service’s, from the service manifest)')
  .option('--mongodb-uri <uri>', 'MongoDB (default: MONGODB_URI, else the local infrastructure)')
  .option('--concurrency <n>', 'with --all: streams read at once', '4')
  .exitOverride()
  .action(async (options: Options) => {
    process.exitCode = await run(options);
  });

program.parseAsync(process.argv).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    process.stderr.write(`verify-chain: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
