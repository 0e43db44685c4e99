/**
 * `npm run history -- <command>`: the analysts' CLI of the history service (issue 11, ADR 0022).
 * It talks to the gateway with a token (--token or LIAISON_TOKEN; in dev, --officer gets one from
 * POST /api/v1/auth/token), so it obeys the same access rules as the web console:
 *   timeline <recordId> · query [filters] · as-of <recordId> --at <time> [--axis occurred]
 *   export [filters] --out <file> · import <file> (admins) · views <recordId>
 *   projections <service> · rebuild <service> <readModel> (admins, analysts; ADR 0029)
 *   replay [filters] --speed 60 --sandbox <name> · sandbox <name> <recordId>
 * `--json` prints the gateway's JSON (NDJSON progress lines for rebuild and replay); long work
 * (export, import, rebuild, replay) shows a progress bar on stderr. `npm run liaison` offers
 * these beside chain verification and DLQ inspection (scripts/liaison.ts).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';

interface Global {
  gateway: string;
  token?: string;
  officer?: string;
  json?: boolean;
  purpose?: string;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function tokenOf(g: Global): Promise<string> {
  if (g.token ?? process.env.LIAISON_TOKEN) return (g.token ?? process.env.LIAISON_TOKEN)!;
  if (!g.officer) throw new Error('no token: pass --token, set LIAISON_TOKEN, or (dev gateway) --officer <officerId>');
  const res = await fetch(`${g.gateway}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ officerId: g.officer }),
  });
  if (!res.ok) throw new Error(`token for ${g.officer}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function request(g: Global, path: string, init: RequestInit = {}, base = '/api/v1/history'): Promise<Response> {
  const res = await fetch(`${g.gateway}${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${await tokenOf(g)}`, ...(g.purpose ? { 'x-purpose': g.purpose } : {}), ...(init.headers ?? {}) },
    ...(init.body ? { duplex: 'half' } : {}),
  } as RequestInit);
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { title?: string; detail?: string };
    throw new Error(`${res.status} ${problem.title ?? res.statusText}: ${problem.detail ?? ''}`);
  }
  return res;
}

const filterOptions = (command: Command) =>
  command
    .option('--from <time>', 'recorded at or after (RFC 3339)')
    .option('--to <time>', 'recorded before (RFC 3339)')
    .option('--type <eventType>')
    .option('--unit <unitId>', 'owner unit of the record')
    .option('--jurisdiction <id>')
    .option('--context <context>', 'leads | operations | evidence | meetings | registry')
    .option('--record <recordId>');

const filterQuery = (o: Record<string, string | undefined>) =>
  new URLSearchParams(
    Object.entries({
      from: o.from,
      to: o.to,
      type: o.type,
      unitId: o.unit,
      jurisdiction: o.jurisdiction,
      context: o.context,
      recordId: o.record,
    }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

type Event = { seq: number; recordedAt: string; streamId: string; type: string; context: string; actor: { officerId: string } };
const eventLine = (e: Event) =>
  `${String(e.seq).padStart(6)}  ${e.recordedAt}  ${e.context.padEnd(10)} ${e.streamId}  ${e.type}  by ${e.actor.officerId}`;

const program = new Command('history')
  .description('the analysts’ history: timelines, archive queries, state as of a time, export and import, who viewed a record')
  .addOption(new Option('--gateway <url>', 'the gateway').default(process.env.LIAISON_GATEWAY ?? 'http://127.0.0.1:8080'))
  .option('--token <jwt>', 'bearer token (else LIAISON_TOKEN)')
  .option('--officer <officerId>', 'dev gateway: issue a token for this officer')
  .option('--purpose <text>', 'why you read it (recorded in the read audit)')
  .option('--json', 'print JSON')
  .addHelpText('after', '\nAlso, through `npm run liaison --`: verify-chain … (hash chains, ADR 0017) and dlq … (dead letters, ADR 0007).')
  .exitOverride();

program
  .command('timeline <recordId>')
  .description('the record’s events and its linked records’ events, in causal order')
  .action(async (recordId: string) => {
    const g = program.opts<Global>();
    const body = (await (await request(g, `/records/${recordId}/timeline`)).json()) as {
      recordIds: string[];
      entries: { event: Event & { eventId: string }; causedByEventId: string }[];
    };
    if (g.json) {
      out(JSON.stringify(body, null, 2));
      return;
    }
    out(`records: ${body.recordIds.join(', ')}`);
    for (const { event, causedByEventId } of body.entries) out(`${eventLine(event)}${causedByEventId ? `  ← ${causedByEventId}` : ''}`);
  });

filterOptions(program.command('query').description('archived events in global order, page by page'))
  .option('--page-size <n>', 'events per page', '50')
  .option('--all', 'follow every page')
  .action(async (o: Record<string, string | undefined> & { all?: boolean; pageSize: string }) => {
    const g = program.opts<Global>();
    const params = filterQuery(o);
    params.set('pageSize', o.pageSize);
    let cursor = '';
    do {
      if (cursor) params.set('cursor', cursor);
      const page = (await (await request(g, `/events?${params}`)).json()) as { items: Event[]; nextCursor: string };
      for (const e of page.items) out(g.json ? JSON.stringify(e) : eventLine(e));
      cursor = page.nextCursor;
      if (!o.all && cursor) process.stderr.write(`more: --all, or the next page's cursor ${cursor}\n`);
    } while (o.all && cursor);
  });

program
  .command('as-of <recordId>')
  .description('the record’s state as of a time, folded with its owning service’s evolve')
  .requiredOption('--at <time>', 'RFC 3339')
  .addOption(
    new Option('--axis <axis>', 'recorded: as known then; occurred: as the facts stood')
      .choices(['recorded', 'occurred'])
      .default('recorded'),
  )
  .action(async (recordId: string, o: { at: string; axis: string }) => {
    const g = program.opts<Global>();
    const body = await (await request(g, `/records/${recordId}/as-of?${new URLSearchParams({ at: o.at, axis: o.axis })}`)).json();
    out(JSON.stringify(body, null, 2));
  });

program
  .command('views <recordId>')
  .description('who viewed the record (its owner unit and the Supervision Bureau)')
  .action(async (recordId: string) => {
    const g = program.opts<Global>();
    const body = (await (await request(g, `/records/${recordId}/views`)).json()) as {
      items: { viewedAt: string; officerId: string; unitId: string; what: string; purpose: string }[];
    };
    if (g.json) {
      out(JSON.stringify(body, null, 2));
      return;
    }
    for (const v of body.items) out(`${v.viewedAt}  ${v.officerId} (${v.unitId})  ${v.what}${v.purpose ? `  “${v.purpose}”` : ''}`);
  });

filterOptions(program.command('export').description('a filtered slice as NDJSON with its manifest'))
  .requiredOption('--out <file>', "'-' for stdout")
  .action(async (o: Record<string, string | undefined>) => {
    const g = program.opts<Global>();
    const res = await request(g, `/export?${filterQuery(o)}`);
    const sink = o.out === '-' ? process.stdout : createWriteStream(o.out!);
    const bar = new SingleBar({ format: 'exporting {value} events | {duration_formatted}', hideCursor: true });
    bar.start(0, 0);
    let rest = '';
    let last = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!sink.write(`${line}\n`)) await once(sink, 'drain');
        last = line;
        bar.increment();
      }
    }
    bar.stop();
    if (o.out !== '-') sink.end();
    const manifest = JSON.parse(last || '{}') as { kind?: string; events?: number };
    if (manifest.kind !== 'manifest') throw new Error('the export ended without its manifest: it is incomplete');
    process.stderr.write(`exported ${manifest.events} events${o.out === '-' ? '' : ` to ${o.out}`}\n`);
  });

program
  .command('import <file>')
  .description('an export into this environment’s archive (admins), all-or-nothing per batch')
  .option('--batch-size <n>', 'lines per batch', '500')
  .action(async (file: string, o: { batchSize: string }) => {
    const g = program.opts<Global>();
    const size = (await stat(file)).size;
    const bar = new SingleBar({ format: 'importing {bar} {percentage}% | {value}/{total} bytes', hideCursor: true });
    bar.start(size, 0);
    const input = createReadStream(file);
    input.on('data', (chunk) => bar.increment(chunk.length));
    try {
      const res = await request(g, `/import?batchSize=${encodeURIComponent(o.batchSize)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: input as unknown as RequestInit['body'],
      });
      bar.stop();
      const result = await res.json();
      out(g.json ? JSON.stringify(result) : `imported: ${JSON.stringify(result)}`);
    } finally {
      bar.stop();
    }
  });

/** Each NDJSON line of a streamed response, parsed, as it arrives. */
async function* ndjsonLines<T>(res: Response): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
  }
  if (rest.trim()) yield JSON.parse(rest) as T;
}

program
  .command('projections <service>')
  .description('the read models of a service (leads, operations) that can be rebuilt')
  .action(async (service: string) => {
    const g = program.opts<Global>();
    const body = (await (await request(g, `/${service}`, {}, '/api/v1/projections')).json()) as {
      items: { name: string; documents: number; generation: number; collections: string[] }[];
    };
    if (g.json) {
      out(JSON.stringify(body, null, 2));
      return;
    }
    for (const p of body.items) out(`${p.name}  ${p.documents} documents, generation ${p.generation}  (${p.collections.join(', ')})`);
  });

type RebuildLine = {
  phase: string;
  events: number;
  streams: number;
  expectedStreams: number;
  error?: string;
  outcome?: {
    generation: number;
    caughtUp: number;
    discarded: string[];
    matchesLive: boolean;
    elapsedMs: number;
    comparison: {
      collection: string;
      live: number;
      rebuilt: number;
      identical: number;
      differing: string[];
      newer: number;
      missing: string[];
      extra: number;
    }[];
  };
};

program
  .command('rebuild <service> <readModel>')
  .description('rebuild a read model from its service’s event store while the system runs, and compare it with the live one')
  .option('--take-over', 'start although an earlier rebuild did not finish (it crashed)')
  .action(async (service: string, readModel: string, o: { takeOver?: boolean }) => {
    const g = program.opts<Global>();
    const res = await request(
      g,
      `/${service}/${readModel}/rebuild?takeOver=${o.takeOver ? 'true' : 'false'}`,
      { method: 'POST' },
      '/api/v1/projections',
    );
    const bar = new SingleBar({
      format: '{phase} {bar} {value}/{total} streams, {events} events | {duration_formatted}',
      hideCursor: true,
    });
    let last: RebuildLine | undefined;
    for await (const line of ndjsonLines<RebuildLine>(res)) {
      if (g.json) out(JSON.stringify(line));
      else if (!last) bar.start(Math.max(line.expectedStreams, line.streams), line.streams, { phase: line.phase, events: line.events });
      else {
        bar.setTotal(Math.max(line.expectedStreams, line.streams));
        bar.update(line.streams, { phase: line.phase.padEnd(11), events: line.events });
      }
      last = line;
    }
    bar.stop();
    if (!last?.outcome) throw new Error(`the rebuild did not finish${last?.error ? `: ${last.error}` : ''}`);
    if (g.json) return;
    const r = last.outcome;
    out(
      `rebuilt ${readModel}: generation ${r.generation}, ${last.events} events, ${last.streams} streams in ${r.elapsedMs} ms; caught up ${r.caughtUp}`,
    );
    for (const c of r.comparison)
      out(
        `  ${c.collection.padEnd(24)} live ${c.live}, rebuilt ${c.rebuilt}: ${c.identical} identical, ${c.newer} newer, ${c.extra} new` +
          `${c.differing.length ? `, DIFFERING ${c.differing.join(' ')}` : ''}${c.missing.length ? `, MISSING ${c.missing.join(' ')}` : ''}`,
      );
    if (r.discarded.length) out(`  discarded (the store cannot reproduce them): ${r.discarded.join(' ')}`);
    out(r.matchesLive ? 'the rebuilt view equals the live one' : 'the rebuilt view DIFFERS from the live one (see above)');
    if (!r.matchesLive) process.exitCode = 2;
  });

type ReplayLine = {
  replayed: number;
  total: number;
  simulatedAt: string;
  eventType: string;
  recordId: string;
  done: boolean;
  records: number;
  failed?: string;
};

filterOptions(program.command('replay').description('replay a period of the archive into your sandbox at a chosen speed'))
  .option('--speed <times>', 'times real time; 0 = as fast as possible', '60')
  .option('--sandbox <name>', 'your sandbox (replaying into it again starts it afresh)', 'default')
  .action(async (o: Record<string, string | undefined>) => {
    const g = program.opts<Global>();
    const params = filterQuery(o);
    params.set('speed', o.speed!);
    params.set('sandbox', o.sandbox!);
    const res = await request(g, `/replay?${params}`, { method: 'POST' });
    const bar = new SingleBar({
      format: 'replaying {bar} {value}/{total} | archive time {at} {type} | {duration_formatted}',
      hideCursor: true,
    });
    let last: ReplayLine | undefined;
    for await (const line of ndjsonLines<ReplayLine>(res)) {
      if (g.json) out(JSON.stringify(line));
      else if (!last) bar.start(line.total, line.replayed, { at: line.simulatedAt, type: line.eventType });
      else bar.update(line.replayed, { at: line.simulatedAt, type: line.eventType });
      last = line;
    }
    bar.stop();
    if (!last?.done) throw new Error(`the replay did not finish${last?.failed ? `: ${last.failed}` : ''}`);
    if (!g.json)
      out(`replayed ${last.replayed} events into sandbox ${o.sandbox}: ${last.records} records (see: sandbox ${o.sandbox} <recordId>)`);
  });

program
  .command('sandbox <name> <recordId>')
  .description('a record’s state in your sandbox as the replay left it')
  .action(async (name: string, recordId: string) => {
    const g = program.opts<Global>();
    out(JSON.stringify(await (await request(g, `/sandboxes/${name}/records/${recordId}`)).json(), null, 2));
  });

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    process.stderr.write(`history: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
