import { dlqTopic } from '@liaison/contracts';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Kafka } from 'kafkajs';
import { isDeadLetterTopic, listDeadLetterTopics, readDeadLetters } from './dead-letter-reader';
import type { DeadLetterRecord } from './dead-letter-record';
import { replayDeadLetters } from './dead-letter-replayer';

export interface DlqCommandIo {
  /** A Kafka client for the brokers the user named (`--brokers`), or the default ones when undefined. */
  kafka(brokers: string[] | undefined): Promise<Kafka> | Kafka;
  out(line: string): void;
  /** Where usage errors and help go (default: stderr / stdout). */
  err?(text: string): void;
}

const REASONS = ['malformed', 'invalid', 'rejected', 'handler-failed'];

/** `liaison.leads.events.v1` and `liaison.leads.events.v1.dlq` both name the latter. */
const asDlq = (topic: string): string => (isDeadLetterTopic(topic) ? topic : dlqTopic(topic));

const integer =
  (what: string) =>
  (text: string): number => {
    if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`${what} must be a non-negative integer`);
    return Number(text);
  };
const offsetArg = (text: string): string => {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError('offset must be a non-negative integer');
  return text;
};
const brokersArg = (text: string): string[] =>
  text
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);

const oneLine = (text: string, max = 100): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function describeLetter(letter: DeadLetterRecord): string {
  const source = `${letter.sourceTopic}@${letter.sourcePartition ?? '?'}:${letter.sourceOffset ?? '?'}`;
  const replay = letter.replayOf ? ` replay-of=${letter.replayOf}` : '';
  return `${letter.partition}:${letter.offset}  ${letter.reason}  ${letter.eventType ?? '-'}  from ${source}  group=${letter.consumerGroup || '-'}  attempts=${letter.attempts ?? '?'}  at=${letter.failedAt ?? '?'}${replay}  ${oneLine(letter.error)}`;
}

function parsedValue(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * `dlq list | show | replay`: what an operator needs to look into poison messages and, once the
 * cause is fixed (a consumer upgraded, a bug fixed), send them through their consumer group again.
 */
export function dlqCommand(io: DlqCommandIo): Command {
  const program = new Command('dlq')
    .description('List, inspect and replay dead letters (messages a consumer group parked in <topic>.dlq)')
    .option('--brokers <host:port,...>', 'Kafka brokers (default: KAFKA_BROKERS, else the local infrastructure)', brokersArg)
    .showHelpAfterError()
    .exitOverride();
  if (io.err) program.configureOutput({ writeErr: io.err });
  const kafka = () => io.kafka(program.opts<{ brokers?: string[] }>().brokers);
  const filterReason = (letters: DeadLetterRecord[], reason: string | undefined) =>
    reason ? letters.filter((l) => l.reason === reason) : letters;

  program
    .command('list')
    .description('list dead letters, per DLQ topic')
    .option('--topic <topic>', 'only this topic (source or .dlq name)')
    .addOption(new Option('--reason <reason>', 'only this reason').choices(REASONS))
    .option('--json', 'one JSON object per dead letter')
    .action(async (options: { topic?: string; reason?: string; json?: boolean }) => {
      const client = await kafka();
      const topics = options.topic ? [asDlq(options.topic)] : await listDeadLetterTopics(client);
      if (topics.length === 0) io.out('no DLQ topics');
      for (const topic of topics) {
        const letters = filterReason(await readDeadLetters(client, topic), options.reason);
        if (options.json) {
          for (const letter of letters) io.out(JSON.stringify({ ...letter, value: parsedValue(letter.value) }));
          continue;
        }
        io.out(`${topic}: ${letters.length} dead letter${letters.length === 1 ? '' : 's'}`);
        for (const letter of letters) io.out(`  ${describeLetter(letter)}`);
      }
    });

  program
    .command('show')
    .description('print one dead letter: why it failed, its headers and its value')
    .argument('<topic>', 'source or .dlq topic')
    .argument('<partition>', 'partition of the DLQ topic', integer('partition'))
    .argument('<offset>', 'offset in that partition', offsetArg)
    .action(async (topic: string, partition: number, offset: string) => {
      const [letter] = await readDeadLetters(await kafka(), asDlq(topic), { partition, offset });
      if (!letter) throw new InvalidArgumentError(`no dead letter at ${asDlq(topic)} ${partition}:${offset}`);
      io.out(JSON.stringify({ ...letter, value: parsedValue(letter.value) }, null, 2));
    });

  program
    .command('replay')
    .description(
      'republish dead letters to their source topic (headers kept, replay marker added) so their consumer group processes them again',
    )
    .argument('<topic>', 'source or .dlq topic')
    .option('--partition <partition>', 'partition of the DLQ topic (with --offset)', integer('partition'))
    .option('--offset <offset>', 'offset of the one dead letter to replay', offsetArg)
    .option('--all', 'replay every dead letter of the topic (narrow with --reason / --group)')
    .addOption(new Option('--reason <reason>', 'with --all: only this reason').choices(REASONS))
    .option('--group <group>', 'with --all: only those this consumer group parked')
    .option('--every-group', 'let every consumer group of the topic process the replay, not only the one that parked it')
    .action(
      async (
        topic: string,
        options: { partition?: number; offset?: string; all?: boolean; reason?: string; group?: string; everyGroup?: boolean },
      ) => {
        const single = options.offset !== undefined;
        if (single === Boolean(options.all)) throw new InvalidArgumentError('give either --offset (and --partition) or --all');
        const client = await kafka();
        let letters: DeadLetterRecord[];
        if (single) {
          if (options.partition === undefined) throw new InvalidArgumentError('--offset needs --partition');
          letters = await readDeadLetters(client, asDlq(topic), { partition: options.partition, offset: options.offset });
          if (letters.length === 0)
            throw new InvalidArgumentError(`no dead letter at ${asDlq(topic)} ${options.partition}:${options.offset}`);
        } else {
          letters = filterReason(await readDeadLetters(client, asDlq(topic)), options.reason).filter(
            (l) => !options.group || l.consumerGroup === options.group,
          );
        }
        const replayed = await replayDeadLetters(client, letters, { everyGroup: options.everyGroup });
        for (const r of replayed) io.out(`replayed ${r.from} → ${r.to} partition ${r.partition} offset ${r.offset}`);
        io.out(`${replayed.length} dead letter${replayed.length === 1 ? '' : 's'} replayed`);
      },
    );

  return program;
}
