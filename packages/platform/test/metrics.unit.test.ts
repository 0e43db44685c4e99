import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { defaultMetricsPort, SERVICE_MANIFEST } from '@liaison/contracts';
import type { Admin } from 'kafkajs';
import { parse } from 'yaml';
import { groupLag, liaisonMetricNames, metricsRegistry, resolveMetricsPort } from '../src/metrics';
import type { Lease } from '../src/mongo/lease';
import { BreachSweeper } from '../src/scheduling';
import { createLogger } from '../src/logging';

const OBSERVABILITY = join(__dirname, '..', '..', '..', 'deploy', 'observability');
const read = (path: string) => readFileSync(join(OBSERVABILITY, path), 'utf8');

const dashboard = JSON.parse(read('grafana/dashboards/liaison-overview.json')) as {
  panels: Array<{ type: string; targets?: Array<{ expr: string }> }>;
};
const dashboardExpressions = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
const rules = parse(read('alerts.yml')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
const ruleExpressions = rules.groups.flatMap((group) => group.rules.map((rule) => rule.expr));
const prometheus = parse(read('prometheus.yml')) as {
  rule_files: string[];
  scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }>;
};

/** `liaison_*` series an expression reads; a histogram's `_bucket/_sum/_count` name its family. */
const seriesIn = (expression: string): string[] => [...expression.matchAll(/\bliaison_[a-z0-9_]+/g)].map(([name]) => name);
const familyOf = async (series: string): Promise<string | undefined> => {
  const names = await liaisonMetricNames();
  if (names.includes(series)) return series;
  const base = series.replace(/_(bucket|sum|count)$/, '');
  return names.includes(base) && metricsRegistry.getSingleMetric(base)?.constructor.name === 'Histogram' ? base : undefined;
};

describe('deploy/observability names only metrics the code defines', () => {
  it('every liaison_* series of the Grafana dashboard exists in the registry', async () => {
    const series = [...new Set(dashboardExpressions.flatMap(seriesIn))];
    expect(series.length).toBeGreaterThan(10);
    const unknown: string[] = [];
    for (const name of series) if (!(await familyOf(name))) unknown.push(name);
    expect(unknown).toEqual([]);
  });

  it('every liaison_* series of the alert rules exists in the registry', async () => {
    const series = [...new Set(ruleExpressions.flatMap(seriesIn))];
    const unknown: string[] = [];
    for (const name of series) if (!(await familyOf(name))) unknown.push(name);
    expect(unknown).toEqual([]);
    // The alerts: consumer lag, DLQ growth, breach rate.
    expect(ruleExpressions.join('\n')).toMatch(/liaison_consumer_lag_messages/);
    expect(ruleExpressions.join('\n')).toMatch(/increase\(liaison_dlq_messages_total/);
    expect(ruleExpressions.join('\n')).toMatch(/increase\(liaison_deadline_breaches_total/);
  });

  it('the dashboard shows every metric the code defines', async () => {
    const shown = new Set<string>();
    for (const name of dashboardExpressions.flatMap(seriesIn)) {
      const family = await familyOf(name);
      if (family) shown.add(family);
    }
    expect((await liaisonMetricNames()).filter((name) => !shown.has(name))).toEqual([]);
  });

  it('Prometheus scrapes every service of the manifest on its metrics port and loads the rules', () => {
    const targets = Object.fromEntries(
      prometheus.scrape_configs.map((job) => [job.job_name, job.static_configs.flatMap((c) => c.targets)]),
    );
    for (const service of SERVICE_MANIFEST)
      expect({ [service.name]: targets[service.name] }).toEqual({
        [service.name]: [`${service.name}:${defaultMetricsPort(service)}`],
      });
    expect(prometheus.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
  });
});

describe('metrics port', () => {
  it('is METRICS_PORT when set, the manifest port + 1000 on the manifest port, any free port otherwise', () => {
    expect(resolveMetricsPort(9999, 50051, 50051)).toBe(9999);
    expect(resolveMetricsPort(undefined, 50051, 50051)).toBe(51051);
    expect(resolveMetricsPort(undefined, 8080, 8080)).toBe(9080);
    // Moved (the e2e system's free ports, a second replica on one machine): never a fixed port that may be taken.
    expect(resolveMetricsPort(undefined, 41234, 50051)).toBe(0);
    expect(resolveMetricsPort(undefined, 0, 50051)).toBe(0);
    expect(resolveMetricsPort(undefined, 50059, undefined)).toBe(0);
  });
});

describe('consumer lag', () => {
  it('is the log end minus the committed offset per partition, from the log start where the group committed nothing', async () => {
    const admin = {
      fetchOffsets: async () => [
        {
          topic: 't',
          partitions: [
            { partition: 0, offset: '7' },
            { partition: 1, offset: '-1' },
          ],
        },
      ],
      fetchTopicOffsets: async () => [
        { partition: 0, offset: '10', high: '10', low: '0' },
        { partition: 1, offset: '5', high: '5', low: '2' },
        { partition: 2, offset: '0', high: '0', low: '0' },
      ],
    } as unknown as Admin;
    expect(await groupLag(admin, 'g', ['t'])).toEqual([
      { group: 'g', topic: 't', partition: 0, lag: 3 },
      { group: 'g', topic: 't', partition: 1, lag: 3 },
      { group: 'g', topic: 't', partition: 2, lag: 0 },
    ]);
  });
});

describe('deadline breaches', () => {
  const lease: Lease = { tryAcquire: async () => true, release: async () => undefined };
  const counted = async (kind: string) =>
    (await metricsRegistry.getSingleMetric('liaison_deadline_breaches_total')!.get()).values.find((v) => v.labels.kind === kind)?.value ??
    0;

  it('are counted once per newly recorded breach, by kind, not for repeats', async () => {
    const before = { task: await counted('unit-test-task'), invitation: await counted('unit-test-invitation') };
    const breaches = [
      { id: 1, kind: 'unit-test-task' },
      { id: 2, kind: 'unit-test-task' },
      { id: 3, kind: 'unit-test-invitation' },
    ];
    const sweeper = new BreachSweeper({
      lease,
      intervalMs: 60_000,
      logger: createLogger('breach-test', { level: 'silent' }),
      due: async () => breaches,
      // The second breach was recorded before (a repeat after a restart).
      record: async (breach) => ({ duplicate: breach.id === 2 }),
      describe: (breach) => ({ id: breach.id, kind: breach.kind }),
    });
    expect(await sweeper.tick()).toBe(2);
    expect(await counted('unit-test-task')).toBe(before.task + 1);
    expect(await counted('unit-test-invitation')).toBe(before.invitation + 1);
  });
});
