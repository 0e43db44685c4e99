import { describe, expect, it } from '@jest/globals';
import { registryOf } from '@liaison/contracts';
import { leadEscalationsReaction } from '../src/reactions/lead-escalations';
import { openLeadSubjectsReaction } from '../src/reactions/open-lead-subjects';
import type { OperationReadModel } from '../src/projections/operation-read-model';

describe('operations reactions consume other contexts with the producer registry', () => {
  const commands = { execute: async () => ({ operationId: '', version: 0, status: '', duplicate: false, taskId: '' }) };

  it('lead-escalations and open-lead-subjects read the leads topic checked against the leads contract', () => {
    const escalations = leadEscalationsReaction(commands, 'leads-topic');
    const subjects = openLeadSubjectsReaction(
      commands,
      {} as Pick<OperationReadModel, 'leadSubjects' | 'targets' | 'leadAccess'>,
      'leads-topic',
    );
    expect(escalations.registry).toBe(registryOf('leads'));
    expect(subjects.registry).toBe(registryOf('leads'));
    expect(registryOf('leads').validate('LeadEscalated', { leadId: 'lead-1' })).toMatchObject({ ok: false });
  });
});
