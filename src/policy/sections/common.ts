import { z } from 'zod';

const durationPattern = /^(\d+)(ms|s|m|h|d)$/;
const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration: milliseconds as a number, or a string like `500ms`, `30s`, `5m`, `2h`, `1d`. */
export const duration = z
  .union([z.number().int().nonnegative(), z.string().regex(durationPattern, 'expected a duration like 30s, 5m, 2h')])
  .transform((value) => {
    if (typeof value === 'number') return value;
    const match = durationPattern.exec(value);
    return Number(match?.[1]) * (unitMs[match?.[2] ?? 'ms'] ?? 1);
  })
  .describe('A duration: milliseconds as a number, or a string such as 500ms, 30s, 5m, 2h, 1d.');

/** Name of an environment variable that holds a secret; secrets never live in the policy file. */
export const envName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name (A-Z, 0-9, _)')
  .describe('Name of an environment variable that holds the value; secrets never live in the policy file.');

/** Risk level of a tool. */
export const riskLevel = z.enum(['low', 'medium', 'high', 'critical']).describe('Risk level: low, medium, high or critical.');

/** What a rule does when it matches. */
export const ruleAction = z.enum(['allow', 'flag', 'redact', 'block']).describe('allow: ignore; flag: audit only; redact: replace the match; block: stop the text.');

/** HTTP methods. */
export const httpMethod = z.enum(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** A domain allowlist entry: `example.com` (exact) or `*.example.com` (subdomains). */
export const domainPattern = z
  .string()
  .min(1)
  .describe('A domain: example.com matches exactly; *.example.com matches its subdomains. Over-broad patterns such as * or *.com are rejected.');
