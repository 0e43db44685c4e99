import { describe, expect, it } from '@jest/globals';
import { decodeCursor, paginate, ValidationError } from '../src';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, at: `2026-01-0${(i % 3) + 1}` }));

describe('cursor pagination', () => {
  it('walks every item once, newest first, across pages', () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = paginate(
        items,
        (x) => x.at,
        (x) => x.id,
        { pageSize: 3, cursor },
      );
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 3)).toEqual(['r5', 'r2', 'r4']);
  });

  it('rejects a cursor it did not issue and a negative page size, naming the field', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(ValidationError);
    expect(() =>
      paginate(
        items,
        (x) => x.at,
        (x) => x.id,
        { pageSize: -1, cursor: '' },
      ),
    ).toThrow(/page_size/);
  });
});
