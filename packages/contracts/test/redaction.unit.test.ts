import { describe, expect, it } from '@jest/globals';
import { creditCodeFrom, hasPersonalData, maskPersonName, REDACTED, redactPersonalData } from '../src';

describe('redaction of personal data for case publications', () => {
  it('masks a person to the surname: 张三 → 张某, romanised names keep the first word', () => {
    expect(maskPersonName('张三')).toBe('张某');
    expect(maskPersonName(' 欧阳  娜娜 ')).toBe('欧某');
    expect(maskPersonName('Zhang  San')).toBe('Zhang *');
    expect(maskPersonName('Li')).toBe('L*');
    expect(maskPersonName('')).toBe('');
  });

  it('replaces the named persons wherever they appear (any case, any spacing), punctuation as written', () => {
    const text = '当事人张三销售假冒商品；ZHANG  san admitted it; Zhang\nSan signed.';
    expect(redactPersonalData(text, { names: ['张三', 'Zhang San'] })).toBe('当事人张某销售假冒商品；Zhang * admitted it; Zhang * signed.');
  });

  it('replaces identity numbers, phones, landlines, e-mails and card numbers, and keeps the enterprise’s credit code', () => {
    const code = creditCodeFrom('91410105MA44ABCD1');
    const text =
      `Enterprise ${code}; legal representative ID 410105199003071234, tel 138 0013 8000 or +86 13900001111, ` +
      `office 0371-67891234, mail zhang.san@example.com, paid from card 6222 0212 3456 7890 123. Fine: ¥80,000 on 2026-03-01.`;
    const out = redactPersonalData(text, { names: [], keep: [code] });
    expect(out).toBe(
      `Enterprise ${code}; legal representative ID ${REDACTED}, tel ${REDACTED} or ${REDACTED}, ` +
        `office ${REDACTED}, mail ${REDACTED}, paid from card ${REDACTED}. Fine: ¥80,000 on 2026-03-01.`,
    );
    // An all-digit credit code that looks like an identity number stays when kept.
    expect(redactPersonalData('code 110105199003071234', { names: [], keep: ['110105199003071234'] })).toBe('code 110105199003071234');
  });

  it('leaves text without personal data as it is, and says whether a text has any', () => {
    const clean = 'Sold 300 counterfeit handbags; goods confiscated, fined ¥80,000 (郑金市监罚〔2026〕12号).';
    expect(redactPersonalData(clean)).toBe(clean);
    expect(hasPersonalData(clean)).toBe(false);
    expect(hasPersonalData('call 13800138000')).toBe(true);
    expect(hasPersonalData('张三 was fined', ['张三'])).toBe(true);
  });
});
