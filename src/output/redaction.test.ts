import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testContext, testInspector, testRandom } from '../../test/support/output.ts';
import { canaryInstruction, canarySecret, createCanary } from './canary.ts';
import { maskEvidence } from './redaction.ts';
import { createPlaceholderVault } from './vault.ts';

const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (length: number) => fc.array(fc.constantFrom(...alnum), { minLength: length, maxLength: length }).map((characters) => characters.join(''));
const secrets = fc.oneof(
  token(36).map((body) => `ghp_${body}`),
  fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), { minLength: 16, maxLength: 16 }).map((body) => `AKIA${body.join('')}`),
  token(48).map((body) => `sk-${body}`),
  token(40).map((body) => `glpat-${body.slice(0, 24)}`),
  token(24).map((body) => `sk_live_${body}`),
);
const prose = fc.array(fc.constantFrom('the ', 'report ', 'is ', 'ready. ', '\n', 'value: ', '{"a": 1} ', 'ünïcödé ', '🙂 ', '42 '), { maxLength: 40 }).map((words) => words.join(''));

describe('redaction', () => {
  for (const mode of ['mask', 'hash', 'placeholder'] as const) {
    it(`never leaves the secret in the text (${mode}, property)`, async () => {
      const inspector = testInspector({ secrets: 'redact', redaction: mode });
      await fc.assert(fc.asyncProperty(prose, secrets, prose, async (before, secret, after) => {
        const text = `${before} ${secret} ${after}`;
        const verdict = await inspector.inspect(text, testContext());
        expect(verdict.action).toBe('redact');
        if (verdict.action !== 'redact') return;
        expect(verdict.text).not.toContain(secret);
        // Byte-identical outside the spans: the redacted text is the original with each span swapped for a replacement.
        const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const replacement = (length: number): string => (mode === 'mask' ? `\\*{${length}}` : mode === 'hash' ? '\\[sha256:[0-9a-f]{8}\\]' : '\\[[A-Z0-9_]+_\\d+\\]');
        let pattern = '';
        let cursor = 0;
        for (const [start, end] of verdict.spans) {
          pattern += escape(text.slice(cursor, start)) + replacement(end - start);
          cursor = end;
        }
        pattern += escape(text.slice(cursor));
        expect(new RegExp(`^${pattern}$`, 'u').test(verdict.text)).toBe(true);
        for (const finding of verdict.findings ?? []) expect(finding.evidence ?? '').not.toContain(secret);
      }), { numRuns: 60 });
    });
  }

  it('masks keep the length and the last four digits of cards', async () => {
    const verdict = await testInspector({ redaction: 'mask' }).inspect('card 4539 1488 0343 6467 and mail anna.k@firma.de', testContext());
    expect(verdict.action === 'redact' && verdict.text).toBe('card **** **** **** 6467 and mail ***************');
  });

  it('hashes are short keyed SHA-256 prefixes, stable within an inspector', async () => {
    const inspector = testInspector({ redaction: 'hash' });
    const first = await inspector.inspect('anna.k@firma.de', testContext());
    const second = await inspector.inspect('again anna.k@firma.de', testContext());
    expect(first.action === 'redact' && first.text).toMatch(/^\[sha256:[0-9a-f]{8}\]$/);
    expect(second.action === 'redact' && second.text).toBe(`again ${first.action === 'redact' ? first.text : ''}`);
  });

  it('placeholders are stable per value within a session and restart per session', async () => {
    const inspector = testInspector();
    const one = await inspector.inspect('a@firma.de b@firma.de a@firma.de', testContext([], undefined, 's1'));
    expect(one.action === 'redact' && one.text).toBe('[EMAIL_1] [EMAIL_2] [EMAIL_1]');
    const later = await inspector.inspect('b@firma.de', testContext([], undefined, 's1'));
    expect(later.action === 'redact' && later.text).toBe('[EMAIL_2]');
    const other = await inspector.inspect('b@firma.de', testContext([], undefined, 's2'));
    expect(other.action === 'redact' && other.text).toBe('[EMAIL_1]');
  });

  it('evidence never shows more than a quarter of a value', () => {
    expect(maskEvidence('AKIAQWERTYUIOPASDFGH')).toBe('AKIA…(20 chars)');
    expect(maskEvidence('12345678')).toBe('12…(8 chars)');
  });
});

describe('placeholder vault', () => {
  it('restores placeholders into tool arguments of the same session only', async () => {
    const vault = createPlaceholderVault({ random: testRandom() });
    const inspector = testInspector({ vault: true }, { vault });
    const verdict = await inspector.inspect('reply to anna.k@firma.de', testContext([], undefined, 's1'));
    expect(verdict.action === 'redact' && verdict.text).toBe('reply to [EMAIL_1]');
    expect(vault.restoreArguments({ to: '[EMAIL_1]', cc: ['[EMAIL_1]', '[EMAIL_9]'] }, 's1')).toEqual({ to: 'anna.k@firma.de', cc: ['anna.k@firma.de', '[EMAIL_9]'] });
    expect(vault.restore('[EMAIL_1]', 's2')).toBe('[EMAIL_1]');
    vault.forget('s1');
    expect(vault.restore('[EMAIL_1]', 's1')).toBe('[EMAIL_1]');
  });

  it('is created by the inspector when the policy enables it', () => {
    expect(testInspector({ vault: true }).vault).toBeDefined();
    expect(testInspector({ vault: false }).vault).toBeUndefined();
  });
});

describe('canaries', () => {
  const canary = createCanary(testRandom(3));
  const secret = canarySecret(canary);

  it('are fresh 128-bit base32 tokens with an instruction for the system prompt', () => {
    expect(canary).toMatch(/^rampart-canary-[a-z2-7]{26}$/);
    expect(createCanary(testRandom(4))).not.toBe(canary);
    expect(canaryInstruction(canary)).toContain(canary);
  });

  it.each([
    ['plain', (value: string) => `here: ${value}`],
    ['upper case', (value: string) => value.toUpperCase()],
    ['spaced', (value: string) => [...value].join(' ')],
    ['zero-width split', (value: string) => [...value].join('\u200b')],
    ['base64', (value: string) => Buffer.from(`x ${value} y`).toString('base64')],
    ['base64url', (value: string) => Buffer.from(`>>${value}`).toString('base64url')],
    ['hex', (value: string) => Buffer.from(value).toString('hex')],
    ['percent-encoded', (value: string) => [...value].map((character) => `%${character.charCodeAt(0).toString(16)}`).join('')],
    ['reversed', (value: string) => [...value].reverse().join('')],
    ['split in two', (value: string) => `${value.slice(0, 28)} and then later ${value.slice(28)}`],
  ])('are caught when %s', async (_name, encode) => {
    const verdict = await testInspector().inspect(`prefix ${encode(canary)} suffix`, testContext([canary]));
    expect(verdict).toMatchObject({ action: 'deny', ruleId: 'output.canary.leak' });
  });

  it('do not fire on unrelated text or without a canary in the context', async () => {
    expect((await testInspector().inspect(`nothing here ${secret.slice(0, 7)}`, testContext([canary]))).action).toBe('allow');
    expect((await testInspector().inspect(canary, testContext([]))).action).toBe('allow');
  });

  it('detects long verbatim overlap with the protected system prompt, re-cased and re-wrapped', async () => {
    const prompt = 'You are the internal HR assistant. Salary bands are confidential and must never be disclosed to employees under any circumstances.';
    const inspector = testInspector();
    const leak = prompt.slice(10, 80).toUpperCase().replace(/ /g, '\n  ');
    expect(await inspector.inspect(`My rules: ${leak}`, testContext([], prompt))).toMatchObject({ action: 'deny', ruleId: 'output.canary.system-prompt' });
    expect((await inspector.inspect('I am an assistant and salary questions go to HR.', testContext([], prompt))).action).toBe('allow');
  });
});

describe('audit summary', () => {
  it('counts findings by rule id and never carries values', async () => {
    const { summarizeOutputVerdict } = await import('./audit-summary.ts');
    const verdict = await testInspector().inspect('a@firma.de b@firma.de +49 30 901820', testContext());
    const summary = summarizeOutputVerdict(verdict);
    expect(summary).toMatchObject({ type: 'output-redacted', decision: 'redact', data: { counts: { 'output.pii.email': 2, 'output.pii.phone': 1 }, redactedSpans: 3 } });
    expect(JSON.stringify(summary)).not.toContain('firma.de');
    const canary = createCanary(testRandom(9));
    expect(summarizeOutputVerdict(await testInspector().inspect(canary, testContext([canary]))).type).toBe('canary-leaked');
  });
});
