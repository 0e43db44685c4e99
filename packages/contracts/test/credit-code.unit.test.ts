import { describe, expect, it } from '@jest/globals';
import {
  creditCodeCheckCharacter,
  creditCodeField,
  creditCodeFrom,
  creditCodeOrEmpty,
  isValidCreditCode,
  leadEventSchemas,
  operationCommandSchemas,
} from '../src';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes and computes their check character', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L']) {
      expect(isValidCreditCode(code)).toBe(true);
      expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    }
    expect(creditCodeFrom('91410105MA1234567')).toBe('91410105MA1234567T');
  });

  it('refuses a wrong check character with its own message, and a malformed code by the pattern alone', () => {
    const wrong = creditCodeField.safeParse('91350100M000100Y44');
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues.map((i) => i.message)).toEqual([expect.stringContaining('check character')]);
    const malformed = creditCodeField.safeParse('91350100M000100Y4');
    expect(malformed.error!.issues).toHaveLength(1);
    expect(creditCodeOrEmpty.safeParse('').success).toBe(true);
  });

  it('every schema a credit code enters by uses it: leads events, operations commands', () => {
    const subject = { enterpriseName: 'x', creditCode: '91350100M000100Y44', personName: '', onlineShop: '', url: '' };
    expect(leadEventSchemas.LeadPosted.shape.subject.safeParse(subject).success).toBe(false);
    expect(leadEventSchemas.LeadPosted.shape.subject.safeParse({ ...subject, creditCode: '91350100M000100Y43' }).success).toBe(true);
    const target = {
      subject: { enterpriseName: '', creditCode: '91350100M000100Y44', personName: '' },
      place: { jurisdiction: '', address: '', coordinates: null },
    };
    expect(operationCommandSchemas.ProposeOperation.shape.targets.element.safeParse(target).success).toBe(false);
  });
});
