import { UnavailableError, ValidationError } from '../errors';

/** The messages of a client-streaming upload after its first one: content pieces, then the end with the size sent. */
export interface UploadMessage {
  part?: string;
  chunk?: Buffer;
  end?: { size?: number | string | { toString(): string } } | null;
}

/**
 * The content chunks after an upload's first message, up to the `end` message. A cancelled call
 * ends grpc-js's request stream as if the client had finished (and the cancel may be seen only a
 * moment later), so only the client's explicit `end`, with the size it sent, says the content is
 * whole: a stream that stops without it is a cut-off upload and is refused, and the store
 * discards it. `firstField` names the first message in the error for a misplaced one.
 */
export async function* chunksUntilEnd(
  iterator: AsyncIterator<UploadMessage>,
  signal: AbortSignal,
  firstField: string,
): AsyncGenerator<Buffer> {
  const cancelled = () => new UnavailableError('upload cancelled by the caller before its end');
  let sent = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    if (signal.aborted) throw cancelled();
    const message = next.value;
    if (message.part === 'end') {
      if (Number(message.end?.size ?? -1) !== sent)
        throw ValidationError.field('end.size', `the upload ended saying ${String(message.end?.size)} bytes; ${sent} arrived`);
      if (!(await iterator.next()).done) throw ValidationError.field('end', 'nothing may follow the end of an upload');
      if (signal.aborted) throw cancelled();
      return;
    }
    if (message.part !== 'chunk') throw ValidationError.field(firstField, `only the first message is the ${firstField}`);
    if (message.chunk) {
      sent += message.chunk.length;
      yield message.chunk;
    }
  }
  throw cancelled();
}
