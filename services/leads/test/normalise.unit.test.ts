import { describe, expect, it } from '@jest/globals';
import { leadIdForPost } from '../src/application/ids';
import { paginate } from '../src/application/lead-queries';
import { timeLimits, leadsConfigSchema } from '../src/config';
import { nameAddressKey, normaliseText } from '../src/domain/normalise';
import { decodeCursor, encodeCursor, loadConfig, nameBasedUuid, ValidationError } from '@liaison/platform';

describe('normalisation of subject names and addresses', () => {
  it('trims, lower-cases, collapses whitespace (also full-width), strips punctuation', () => {
    expect(normaliseText('  Zhengzhou  Jiuxiang Trading Co., Ltd. ')).toBe('zhengzhou jiuxiang trading co ltd');
    expect(normaliseText('郑州　酒香\u3000商贸（有限）公司。')).toBe('郑州 酒香 商贸 有限 公司');
    expect(normaliseText('ＡＢＣ－１２３')).toBe('abc 123');
  });

  it('keys on name and address together', () => {
    expect(nameAddressKey('Jiuxiang Trading', '18 Jiefang Rd.')).toBe(nameAddressKey('jiuxiang  trading', '18 JIEFANG RD'));
    expect(nameAddressKey('Jiuxiang Trading', '')).toBeNull();
  });
});

describe('ids', () => {
  it('derives the same lead id from the same command id', () => {
    expect(leadIdForPost('k-1')).toBe(leadIdForPost('k-1'));
    expect(leadIdForPost('k-1')).not.toBe(leadIdForPost('k-2'));
    expect(leadIdForPost('k-1')).toMatch(/^lead-[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid('a', 'b')).not.toBe(nameBasedUuid('b', 'a'));
  });
});

describe('cursor pagination', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `lead-${i}`, at: `2026-01-0${(i % 3) + 1}` }));
  it('walks every item once, newest first', () => {
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
    expect(seen[0]).toBe('lead-5');
  });
  it('rejects a forged cursor naming the field', () => {
    expect(decodeCursor(encodeCursor('a', 'b'))).toEqual(['a', 'b']);
    expect(() => decodeCursor('not-a-cursor')).toThrow(ValidationError);
  });
});

describe('time limit configuration', () => {
  const base = { KAFKA_BROKERS: 'localhost:9092', MONGODB_URI: 'mongodb://localhost' };
  it('defaults to the statutory limits', () => {
    expect(timeLimits(loadConfig(leadsConfigSchema, base))).toMatchObject({
      acknowledge: { hours: 24 },
      transferDecision: { days: 3 },
      handOver: { hours: 24 },
      policeDecision: { days: 3 },
      reconsiderationRequest: { days: 3 },
      reconsiderationAnswer: { days: 3 },
    });
  });
  it('takes hours/days, and seconds over them', () => {
    const limits = timeLimits(
      loadConfig(leadsConfigSchema, {
        ...base,
        LEADS_ACK_LIMIT_HOURS: '48',
        LEADS_ACK_LIMIT_SECONDS: '2',
        LEADS_POLICE_DECISION_LIMIT_DAYS: '7',
      }),
    );
    expect(limits.acknowledge).toEqual({ seconds: 2 });
    expect(limits.policeDecision).toEqual({ days: 7 });
  });
  it('periods in days are whole days, and a broken holiday calendar stops start-up', () => {
    expect(() => loadConfig(leadsConfigSchema, { ...base, LEADS_POLICE_DECISION_LIMIT_DAYS: '1.5' })).toThrow(
      /LEADS_POLICE_DECISION_LIMIT_DAYS/,
    );
    expect(() => loadConfig(leadsConfigSchema, { ...base, LIAISON_HOLIDAY_CALENDAR: '/nonexistent/cn.json' })).toThrow(
      /LIAISON_HOLIDAY_CALENDAR/,
    );
    expect(loadConfig(leadsConfigSchema, base).LIAISON_HOLIDAY_CALENDAR.coverage(2026)).toBe('published');
  });
  it('names a bad variable', () => {
    expect(() => loadConfig(leadsConfigSchema, { ...base, LEADS_ACK_LIMIT_HOURS: 'soon' })).toThrow(/LEADS_ACK_LIMIT_HOURS/);
  });
});
