import { describe, expect, it } from '@jest/globals';
import { registryOf } from '@liaison/contracts';
import type { Collection } from 'mongodb';
import { type OperationLinkRow, operationOutcomesReaction } from '../src/reactions/operation-outcomes';

describe('leads reactions consume other contexts with the producer registry', () => {
  it('operation-outcomes reads the operations topic checked (and upcast) against the operations contract', () => {
    const reaction = operationOutcomesReaction(
      { execute: async () => ({ leadId: '', version: 0, status: '', duplicate: false }) },
      {} as Collection<OperationLinkRow>,
      'ops-topic',
    );
    expect(reaction.topics).toEqual(['ops-topic']);
    expect(reaction.registry).toBe(registryOf('operations'));
    expect(reaction.registry!.validate('OperationConcluded', { summary: '', results: '', at: '2026-03-01T08:00:00Z' })).toMatchObject({
      ok: false,
    });
  });
});
