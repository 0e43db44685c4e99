import { evidenceEvent, type EvidenceEvent, SHA256_HEX } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { EvidenceState } from '../evidence';
import { authorise } from '../rules';
import type { CommandOf } from '.';

/**
 * VerifyIntegrity: a party compares the hash of the bytes it holds (or the content service
 * re-hashed) with the registered one. A mismatch is recorded, not refused: it is the fact that
 * blocks recognition until a later check verifies.
 */
export function verifyIntegrity(c: CommandOf<'VerifyIntegrity'>, state: EvidenceState): EvidenceEvent {
  authorise(state, c);
  const presented = c.sha256.trim().toLowerCase();
  if (!SHA256_HEX.test(presented)) throw ValidationError.field('sha256', 'expected a hex SHA-256');
  if (state.sha256 === '') throw new InvalidTransitionError(`evidence ${c.evidenceId} has no content to verify`, 'no_content');
  const who = { unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now };
  return presented === state.sha256
    ? evidenceEvent('IntegrityVerified', { presentedSha256: presented, ...who })
    : evidenceEvent('IntegrityMismatchDetected', { presentedSha256: presented, expectedSha256: state.sha256, ...who });
}
