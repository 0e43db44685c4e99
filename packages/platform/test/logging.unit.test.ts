import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { contextLogger, createLogger } from '../src/logging';
import { startTelemetry, withSpan } from '../src/telemetry';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
};

describe('createLogger', () => {
  it('writes JSON with service, version and level name, honouring the level', () => {
    const { lines, destination } = capture();
    const logger = createLogger('leads', { level: 'info', version: '1.2.3', destination });
    logger.debug('hidden');
    logger.info({ leadId: 'lead-1' }, 'lead posted');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'leads', version: '1.2.3', level: 'info', msg: 'lead posted', leadId: 'lead-1' });
    expect(lines[0]).not.toHaveProperty('traceId');
  });

  it('redacts tokens', () => {
    const { lines, destination } = capture();
    createLogger('gateway', { destination }).info({ req: { headers: { authorization: 'Bearer secret' } } }, 'request');
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });

  it('child loggers carry the correlation id and the active span ids on every line', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = startTelemetry({ serviceName: 'leads', exporter, processing: 'simple' });
    try {
      const { lines, destination } = capture();
      const logger = contextLogger(createLogger('leads', { destination }), { correlationId: 'corr-1' });
      await withSpan('work', SpanKind.INTERNAL, {}, async (span) => {
        await new Promise((resolve) => setTimeout(resolve, 5)); // across an await: AsyncLocalStorage
        logger.info('inside');
        expect(lines[0]).toMatchObject({ correlationId: 'corr-1', traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
      });
      logger.info('outside');
      expect(lines[1]).toMatchObject({ correlationId: 'corr-1' });
      expect(lines[1]).not.toHaveProperty('traceId');
    } finally {
      await telemetry.shutdown();
    }
  });
});
