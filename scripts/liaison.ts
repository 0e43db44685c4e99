/**
 * `npm run liaison -- <command>`: one entry to the analysts' and operators' CLIs (issue 11, ADR 0029).
 *   verify-chain …   recompute hash chains (scripts/verify-chain.ts, ADR 0017)
 *   dlq …            inspect and replay dead letters (scripts/dlq.ts, ADR 0007)
 *   anything else    the history CLI through the gateway (scripts/history.ts): timeline, query,
 *                    as-of, views, export, import, projections, rebuild, replay, sandbox; --json
 * Each command is the script's own (loaded with the arguments that follow), not a copy of it.
 */
const SCRIPTS: Record<string, string> = { 'verify-chain': './verify-chain', dlq: './dlq' };

const [node, self, ...args] = process.argv;
const [first, ...rest] = args;
const script = first !== undefined && Object.hasOwn(SCRIPTS, first) ? SCRIPTS[first]! : './history';
const forwarded = script === './history' ? args : rest;
if (first === undefined) process.stderr.write('usage: npm run liaison -- verify-chain … | dlq … | <history command> (--help)\n');
// The scripts parse process.argv when loaded.
process.argv = [node!, `${self}:${script}`, ...(first === undefined ? ['--help'] : forwarded)];
void import(script);
