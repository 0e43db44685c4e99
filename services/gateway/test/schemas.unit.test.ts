import { describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import { loadServiceDefinition } from '@liaison/platform';
import { ACTION_ROUTES, postLeadReferences, unknownReferences } from '../src/leads/routes';
import { validLead } from './fixtures';
import { declineBody, emptyBody, policeDecisionBody, postLeadBody, searchQuery, shareBody } from '../src/leads/schemas';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')).sort() ?? [];

describe('request schemas', () => {
  it('accept a valid lead and fill defaults', () => {
    const parsed = postLeadBody.parse(validLead);
    expect(parsed.attachments).toEqual([]);
    expect(parsed.handling).toEqual({
      code: 'AMBER',
      noCourtUseWithoutConsent: false,
      noOnwardSharingWithoutConsent: false,
      namedOfficerIds: [],
    });
  });

  it('name every offending field of a lead', () => {
    const result = postLeadBody.safeParse({
      ...validLead,
      title: ' ',
      category: 'beer',
      grading: { sourceReliability: 'Z', information: 9 },
    });
    expect(paths(result)).toEqual(['category', 'grading.information', 'grading.sourceReliability', 'title']);
  });

  it('reject unknown fields, also nested ones', () => {
    const result = postLeadBody.safeParse({ ...validLead, ownerUnitId: 'msb-erqi', location: { ...validLead.location, zip: '450000' } });
    expect(result.success).toBe(false);
    expect(paths(result)).toEqual(['', 'location']);
  });

  it('reject a subject that names nothing and a malformed credit code', () => {
    expect(postLeadBody.safeParse({ ...validLead, subject: {} }).success).toBe(false);
    expect(paths(postLeadBody.safeParse({ ...validLead, subject: { creditCode: '123' } }))).toEqual(['subject.creditCode']);
  });

  it('reject a decline without a reason', () => {
    expect(paths(declineBody.safeParse({}))).toEqual(['reason']);
    expect(paths(declineBody.safeParse({ reason: '  ' }))).toEqual(['reason']);
  });

  it('require at least one unit to share with', () => {
    expect(paths(shareBody.safeParse({ unitIds: [] }))).toEqual(['unitIds']);
    expect(shareBody.safeParse({ unitIds: ['msb-erqi'], message: 'please check' }).success).toBe(true);
  });

  it('want a reason when the police decline', () => {
    expect(paths(policeDecisionBody.safeParse({ decision: 'declined' }))).toEqual(['reason']);
    expect(policeDecisionBody.safeParse({ decision: 'opened', caseNumber: 'ZZ-1' }).success).toBe(true);
  });

  it('take an empty body for acknowledge / accept, nothing else', () => {
    expect(emptyBody.safeParse({}).success).toBe(true);
    expect(emptyBody.safeParse({ note: 'x' }).success).toBe(false);
  });

  it('coerce and bound the page size of searches', () => {
    expect(searchQuery.parse({ limit: '5' }).limit).toBe(5);
    expect(searchQuery.parse({}).limit).toBe(20);
    expect(searchQuery.safeParse({ limit: '1000' }).success).toBe(false);
    expect(searchQuery.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('cover every command rpc of leads.proto once', () => {
    const rpcs = ACTION_ROUTES.map((route) => route.rpc);
    expect(new Set(rpcs).size).toBe(rpcs.length);
    // Every rpc answering LeadCommandResult, except PostLead (POST /api/v1/leads) and ExplainBreach
    // (POST /api/v1/accountability/explanations, for both contexts), has its action route.
    const methods = loadServiceDefinition('leads', 'liaison.v1.LeadsService').definition as unknown as Record<
      string,
      { responseType: { type: { name: string } } }
    >;
    const commands = Object.entries(methods)
      .filter(([name, m]) => m.responseType.type.name === 'LeadCommandResult' && name !== 'PostLead' && name !== 'ExplainBreach')
      .map(([name]) => name);
    expect([...rpcs].sort()).toEqual(commands.sort());
  });
});

describe('references against the directory', () => {
  const directory = loadDirectory();

  it('report unknown units, jurisdictions and officers by field', () => {
    const share = ACTION_ROUTES.find((route) => route.rpc === 'ShareLead')!;
    expect(unknownReferences(directory, share.references!({ unitIds: ['msb-erqi', 'msb-atlantis'] }))).toEqual([
      { path: 'unitIds.1', message: 'unknown unit "msb-atlantis"' },
    ]);
    const refs = postLeadReferences({
      location: { jurisdiction: 'nowhere' },
      handling: { namedOfficerIds: ['officer-jinshui-msb-li', 'ghost'] },
    });
    expect(unknownReferences(directory, refs).map((issue) => issue.path)).toEqual(['location.jurisdiction', 'handling.namedOfficerIds.1']);
  });
});
