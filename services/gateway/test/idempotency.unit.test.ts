import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@liaison/platform';
import { commandIdFor } from '../src/http/idempotency';
import { etagOf, ifMatchVersion, noneMatch } from '../src/http/preconditions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Idempotency-Key → command_id', () => {
  it('is deterministic per officer and key, in UUID layout', () => {
    const first = commandIdFor('officer-jinshui-msb-li', 'post-42');
    expect(first).toMatch(UUID);
    expect(commandIdFor('officer-jinshui-msb-li', 'post-42')).toBe(first);
  });

  it('differs between officers using the same key, and between keys', () => {
    const li = commandIdFor('officer-jinshui-msb-li', 'k1');
    expect(commandIdFor('officer-erqi-msb-wang', 'k1')).not.toBe(li);
    expect(commandIdFor('officer-jinshui-msb-li', 'k2')).not.toBe(li);
  });

  it('is fresh for every request without a key', () => {
    const a = commandIdFor('officer-jinshui-msb-li', undefined);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(commandIdFor('officer-jinshui-msb-li', undefined)).not.toBe(a);
  });

  it('rejects keys that are empty, too long or not visible ASCII', () => {
    for (const bad of ['', 'x'.repeat(256), 'has space', 'ключ']) {
      expect(() => commandIdFor('o', bad)).toThrow(ValidationError);
    }
    try {
      commandIdFor('o', 'has space');
    } catch (error) {
      expect((error as ValidationError).issues[0]!.path).toBe('Idempotency-Key');
    }
  });
});

describe('ETag / If-Match', () => {
  it('formats a version as a strong tag', () => expect(etagOf(7)).toBe('"7"'));

  it('parses If-Match into if_match_version', () => {
    expect(ifMatchVersion(undefined)).toBe(0);
    expect(ifMatchVersion('*')).toBe(0);
    expect(ifMatchVersion('"3"')).toBe(3);
    expect(ifMatchVersion('W/"12"')).toBe(12);
    expect(ifMatchVersion('5')).toBe(5);
  });

  it('rejects a malformed If-Match as a 400 naming the header', () => {
    for (const bad of ['"abc"', '"0"', '"1", "2"', 'nonsense']) {
      expect(() => ifMatchVersion(bad)).toThrow(ValidationError);
    }
  });

  it('matches If-None-Match against the current version', () => {
    expect(noneMatch('"4"', 4)).toBe(true);
    expect(noneMatch('W/"4", "5"', 5)).toBe(true);
    expect(noneMatch('"3"', 4)).toBe(false);
    expect(noneMatch(undefined, 4)).toBe(false);
  });
});
