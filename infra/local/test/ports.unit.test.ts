import { describe, expect, it } from '@jest/globals';
import * as net from 'node:net';
import { kafkaPom, parseBrokers, parseJavaMajor, renderKafkaServerProperties, tailLines } from '../src/config';
import { ephemeralRange, freePort, freePorts, freeStablePorts, isPortFree, isPortOpen } from '../src/ports';
import { newClusterId } from '../src/servers';

const props = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('renderKafkaServerProperties', () => {
  const p = props(
    renderKafkaServerProperties({
      host: '127.0.0.1',
      port: 40001,
      controllerPort: 40002,
      dataDir: '/tmp/k/data',
    }),
  );

  it('configures a single-node KRaft broker+controller on loopback', () => {
    expect(p['process.roles']).toBe('broker,controller');
    expect(p['node.id']).toBe('1');
    expect(p['controller.quorum.voters']).toBe('1@127.0.0.1:40002');
    expect(p['listeners']).toBe('PLAINTEXT://127.0.0.1:40001,CONTROLLER://127.0.0.1:40002');
    expect(p['advertised.listeners']).toBe('PLAINTEXT://127.0.0.1:40001');
    expect(p['controller.listener.names']).toBe('CONTROLLER');
    expect(p['log.dirs']).toBe('/tmp/k/data');
  });

  it('uses replication factor 1 everywhere and test-friendly defaults', () => {
    expect(p['offsets.topic.replication.factor']).toBe('1');
    expect(p['transaction.state.log.replication.factor']).toBe('1');
    expect(p['transaction.state.log.min.isr']).toBe('1');
    expect(p['min.insync.replicas']).toBe('1');
    expect(p['group.initial.rebalance.delay.ms']).toBe('0');
    expect(p['num.partitions']).toBe('3');
    expect(p['auto.create.topics.enable']).toBe('true');
  });
});

describe('pure helpers', () => {
  it('kafkaPom pins kafka_2.13 and slf4j-reload4j', () => {
    const pom = kafkaPom('3.9.1');
    expect(pom).toContain('<artifactId>kafka_2.13</artifactId><version>3.9.1</version>');
    expect(pom).toContain('<artifactId>slf4j-reload4j</artifactId>');
  });
  it('tailLines keeps the last n lines', () => {
    expect(tailLines('a\nb\nc\nd\n', 2)).toBe('c\nd');
    expect(tailLines('a', 5)).toBe('a');
  });
  it('parseBrokers splits and trims', () => {
    expect(parseBrokers(' h1:9092, h2:9093 ,,')).toEqual(['h1:9092', 'h2:9093']);
  });
  it('parseJavaMajor handles old and new version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nothing')).toBeUndefined();
  });
  it('newClusterId is a 22-char base64url uuid not starting with "-"', () => {
    for (let i = 0; i < 200; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});

describe('free ports', () => {
  it('returns distinct bindable loopback ports', async () => {
    const ports = await freePorts(3);
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) {
      expect(port).toBeGreaterThan(0);
      expect(await isPortFree(port)).toBe(true);
    }
  });

  it('detects an open and a closed port', async () => {
    const srv = net.createServer();
    const port = await freePort();
    await new Promise<void>((r) => srv.listen(port, '127.0.0.1', r));
    try {
      expect(await isPortOpen(port)).toBe(true);
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise<void>((r) => srv.close(() => r()));
    }
    expect(await isPortOpen(port)).toBe(false);
  });
});

describe('stable ports', () => {
  it('come from below the ephemeral range, distinct and bindable', async () => {
    const [ephemeralStart] = ephemeralRange();
    const ports = await freeStablePorts(12);
    expect(new Set(ports).size).toBe(12);
    for (const port of ports) {
      expect(port).toBeLessThan(ephemeralStart);
      expect(await isPortFree(port)).toBe(true);
    }
  });

  it('skip a port that is taken and do not repeat within a process', async () => {
    const [first] = await freeStablePorts(1);
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(first! + 1, '127.0.0.1', r));
    try {
      const next = await freeStablePorts(3);
      expect(next).not.toContain(first);
      expect(next).not.toContain(first! + 1);
    } finally {
      await new Promise<void>((r) => srv.close(() => r()));
    }
  });
});
