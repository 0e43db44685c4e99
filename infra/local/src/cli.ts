// infra/local CLI: provision | up | down | status  (npm run infra:<cmd>)
import { parseArgs } from 'node:util';
import { InfraError, ensureInfra, infraStatus, provision, stopInfra, type InfraStatus } from './index';
import { provisionJaeger } from './jaeger';

const USAGE = `usage: tsx infra/local/src/cli.ts <command> [options]

commands:
  provision   download Kafka jars / build FerretDB into the cache (no servers started)
              [--jaeger: also build Jaeger, for LIAISON_JAEGER=1 npm start]
  up          start (or reuse) Kafka + FerretDB (+ its PostgreSQL); prints endpoints and export lines
  down        stop the servers recorded in .liaison/infra/state.json  [--purge: delete data]
  status      show what runs  [--json]

options:
  --json      machine-readable output (up, status)
  --purge     with down: also delete Kafka, FerretDB and PostgreSQL data directories
  --throwaway with up: servers for tests only (PostgreSQL fsync/synchronous_commit/full_page_writes
              off, Kafka without flush per message), as the jest global setup starts them;
              default: durable, the data survives a power cut
  --timeout   readiness timeout per server in seconds (default 120)
  -h, --help

environment: KAFKA_BROKERS + MONGODB_URI (use existing servers), LIAISON_INFRA=containers,
LIAISON_CACHE_DIR, LIAISON_INFRA_DIR, LIAISON_MONGO_SERVER=auto|ferretdb|mongod,
LIAISON_FERRETDB_HANDLER=postgresql|sqlite
exit codes: 0 ok; 1 failure; 2 usage; 3 status: not (fully) running`;

function printStatus(s: InfraStatus): void {
  if (!s.kafka || !s.mongo) {
    console.log(
      s.mode === 'external' ? 'external servers (KAFKA_BROKERS / MONGODB_URI); nothing managed here' : `not running (no ${s.stateFile})`,
    );
    return;
  }
  const line = (
    name: string,
    x: NonNullable<InfraStatus['kafka'] | InfraStatus['mongo'] | InfraStatus['postgres']>,
    extra: string,
  ): string =>
    `${name.padEnd(8)} ${x.running ? (x.healthy ? 'up     ' : 'UNHEALTHY') : 'DOWN   '} ${x.endpoint.padEnd(28)} pid ${String(x.pid ?? '-').padEnd(8)} ${extra}\n         log ${x.logFile}${x.detail ? `\n         ${x.detail}` : ''}`;
  console.log(`mode ${s.mode}, owner ${s.owner ?? '?'}, state ${s.stateFile}`);
  console.log(line('kafka', s.kafka, `Apache Kafka ${s.kafka.version}${s.kafka.topics !== undefined ? `, ${s.kafka.topics} topics` : ''}`));
  console.log(line('mongo', s.mongo, s.mongo.server));
  if (s.postgres)
    console.log(
      line(
        'postgres',
        s.postgres,
        `PostgreSQL ${s.postgres.version} (FerretDB backend), ${s.postgres.durable ? 'durable' : 'throwaway (fsync off)'}`,
      ),
    );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      purge: { type: 'boolean', default: false },
      jaeger: { type: 'boolean', default: false },
      throwaway: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const cmd = positionals[0];
  if (values.help || !cmd || positionals.length > 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const timeoutMs = values.timeout !== undefined ? Number(values.timeout) * 1000 : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    console.error('--timeout must be a positive number of seconds');
    return 2;
  }
  switch (cmd) {
    case 'provision': {
      const t0 = Date.now();
      const p = await provision();
      if (values.jaeger) console.log(`Jaeger ${await provisionJaeger()}`);
      console.log(`${p.kafka}\n${p.mongo}\nprovisioned in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return 0;
    }
    case 'up': {
      const t0 = Date.now();
      const e = await ensureInfra({
        owner: `cli:${process.pid}`,
        durability: values.throwaway ? 'throwaway' : 'durable',
        ...(timeoutMs ? { timeoutMs } : {}),
      });
      if (values.json) {
        console.log(JSON.stringify(e));
        return 0;
      }
      const how = e.startedHere ? 'started' : e.kafkaVersion === 'external' ? 'using external servers' : 'already running';
      console.log(`Kafka ${e.kafkaVersion}: ${e.kafkaBrokers.join(',')}`);
      console.log(`${e.mongoServer}: ${e.mongodbUri}`);
      console.log(`(${how}, ${((Date.now() - t0) / 1000).toFixed(1)} s; stop with: npm run infra:down)`);
      console.log(`export KAFKA_BROKERS=${e.kafkaBrokers.join(',')}`);
      console.log(`export MONGODB_URI=${e.mongodbUri}`);
      return 0;
    }
    case 'down': {
      const r = await stopInfra({ purge: values.purge });
      console.log(r.stopped ? 'stopped' : 'nothing was running');
      return 0;
    }
    case 'status': {
      const s = await infraStatus();
      if (values.json) console.log(JSON.stringify(s, null, 2));
      else printStatus(s);
      const ok =
        s.mode === 'external' ||
        (s.kafka?.healthy === true && s.mongo?.healthy === true && (s.postgres === undefined || s.postgres.healthy));
      return ok ? 0 : 3;
    }
    default:
      console.error(`unknown command "${cmd}"\n\n${USAGE}`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof InfraError) console.error(`[infra] ERROR: ${err.message}`);
    else console.error('[infra] ERROR:', err);
    process.exit(1);
  },
);
