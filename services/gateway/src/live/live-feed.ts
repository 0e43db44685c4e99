import { evolveLeadAccess, registryOf, type Actor, type LeadAccessRow } from '@liaison/contracts';
import { ensureTopics, readIncomingEvent, type Logger } from '@liaison/platform';
import type { Consumer, Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { isTold, leadNotice, type LeadNotice } from './lead-audience';

export type LiveNotice = LeadNotice;

interface Subscriber {
  actor: Actor;
  send(notice: LiveNotice): void;
}

/**
 * The gateway's live feed (ADR 0026): one consumer per gateway instance (its own group, so every
 * instance sees every event) reads the leads topic from the beginning, folds each lead's access
 * with the contracts' fold (evolveLeadAccess), and hands each change made after the feed started
 * to the connected officers who may see it (isTold). Replayed history only builds the fold.
 * The fold lives in memory: one small row per lead.
 */
export class LiveFeed {
  private readonly leads = new Map<string, LeadAccessRow>();
  private readonly subscribers = new Set<Subscriber>();
  private consumer: Consumer | undefined;

  subscribe(actor: Actor, send: (notice: LiveNotice) => void): () => void {
    const subscriber = { actor, send };
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get connections(): number {
    return this.subscribers.size;
  }

  async start(options: { kafka: Kafka; leadsTopic: string; logger: Logger; service: string }): Promise<void> {
    const { kafka, leadsTopic, logger } = options;
    await ensureTopics(kafka, [leadsTopic]);
    // Where the topic ends now: below it is history (fold only), from it on is news.
    const admin = kafka.admin();
    await admin.connect();
    const ends = new Map<number, number>();
    try {
      for (const p of await admin.fetchTopicOffsets(leadsTopic)) ends.set(p.partition, Number(p.high));
    } finally {
      await admin.disconnect();
    }
    const registry = registryOf('leads');
    const consumer = kafka.consumer({ groupId: `${options.service}.live.${randomUUID().slice(0, 8)}` });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic: leadsTopic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const incoming = readIncomingEvent(message, registry);
        if (!incoming.ok) {
          // The leads service's own consumers dead-letter poison; the live feed only skips it.
          logger.warn({ err: incoming.error, offset: message.offset, partition }, 'leads event skipped by the live feed');
          return;
        }
        const event = incoming.event;
        const before = this.leads.get(event.streamId) ?? null;
        const after = evolveLeadAccess(before, event);
        if (!after || after === before) return;
        this.leads.set(event.streamId, after);
        if (Number(message.offset) < (ends.get(partition) ?? 0)) return;
        // Told by the access before and after: a unit that just declined still hears of its decline.
        const notice = leadNotice(after, event);
        for (const subscriber of this.subscribers) {
          if (isTold(after, subscriber.actor) || (before && isTold(before, subscriber.actor))) subscriber.send(notice);
        }
      },
    });
    logger.info({ topic: leadsTopic }, 'live feed following the leads topic');
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
