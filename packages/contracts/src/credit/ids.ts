import { createHash } from 'node:crypto';
import type { CreditSubjectKind } from './reference';

/**
 * Stream ids of the credit context. An enterprise's file is keyed by its unified social credit
 * code (`credit-<code>`, lower-cased: stream ids are lower-case); a responsible person's by the
 * SHA-256 of the normalised name (`credit-person-<hex>`), since the source records carry no
 * identity document number — two people of the same name share a file (ADR 0027).
 */
export const creditFileIdOf = (kind: CreditSubjectKind, key: string): string =>
  kind === 'enterprise' ? `credit-${key}` : `credit-person-${personKey(key)}`;

/** A person's name as it keys a file: NFKC, inner whitespace collapsed, trimmed. */
export const normalisePersonName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim();
export const personKey = (name: string): string => createHash('sha256').update(normalisePersonName(name)).digest('hex').slice(0, 32);

export const CREDIT_FILE_ID = /^credit-(?:[0-9A-HJ-NPQRTUWXY]{18}|person-[0-9a-f]{32})$/;
export const BLACKLISTING_ID = /^blacklisting-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
