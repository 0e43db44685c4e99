import { describe, expect, it } from '@jest/globals';
import { generationCollectionName, isStaleVersionError, writeGenerations } from '../src';

describe('projection generations', () => {
  it('keeps the plain collection name for generation 0, so existing data stays where it is', () => {
    expect(generationCollectionName('lead_inbox', 0)).toBe('lead_inbox');
    expect(generationCollectionName('lead_inbox', 3)).toBe('lead_inbox__g3');
  });

  it('writes the active generation and any shadow or retiring one, each once', () => {
    expect(writeGenerations({ active: 0, building: null, retiring: null })).toEqual([0]);
    expect(writeGenerations({ active: 1, building: 2, retiring: null })).toEqual([1, 2]);
    expect(writeGenerations({ active: 2, building: null, retiring: 1 })).toEqual([2, 1]);
    expect(writeGenerations({ active: 2, building: 2, retiring: 2 })).toEqual([2]);
  });
});

describe('isStaleVersionError', () => {
  it("recognises FerretDB's report of the PostgreSQL guard's refusal, and nothing else", () => {
    const refused = {
      code: 1,
      codeName: 'InternalError',
      message: '[msg_update.go:133 …] ERROR: liaison_stale_version: _v 3 is not above the stored _v 3 (SQLSTATE P0409)',
    };
    expect(isStaleVersionError(refused)).toBe(true);
    expect(isStaleVersionError({ code: 1, message: 'some other internal error' })).toBe(false);
    expect(isStaleVersionError({ code: 11000, message: 'E11000 duplicate key liaison_stale_version' })).toBe(false);
    expect(isStaleVersionError(null)).toBe(false);
  });
});
