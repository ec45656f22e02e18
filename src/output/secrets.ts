import { shannonEntropy } from './checksums.ts';
import type { Detection, DetectorInput } from './detection.ts';
import { contextBefore, matchLead, matchesFrom } from './detection.ts';
import { secretRules } from './secret-rules.ts';

/** Keys published in vendor documentation; never live credentials. */
export const documentedExampleSecrets: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

const exampleMarker = /\b(?:example|e\.g\.|for instance|sample|placeholder|dummy|fake|illustrat\w*|documentation|docs?)\b|beispiel|exemple|ejemplo|esempio/;

/** True when a documented or obviously illustrative value is marked as an example near where it appears. */
function isMarkedExample(text: string, start: number, value: string, allowTestValues: boolean): boolean {
  const documented = documentedExampleSecrets.has(value) || /EXAMPLE/.test(value);
  if (!documented) return false;
  return allowTestValues || exampleMarker.test(contextBefore(text, start, 120));
}

const placeholderPattern = new RegExp([
  String.raw`^[<\[{(%$]`, String.raw`[>\]})]$`, String.raw`\$\{`, String.raw`\{\{`, String.raw`\.\.\.`, '…',
  '^(?:your|my|the|some|insert|enter|replace|put)[_-]?', 'x{4,}', 'X{4,}', String.raw`\*{3,}`, '#{4,}', '^(.)\\1+$',
  'changeme|change_me|placeholder|redacted|example|sample|dummy|^test|password123|secret123|^null$|^none$|^undefined$|^true$|^false$',
  String.raw`^(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|config\.|settings\.|self\.|this\.)`,
].join('|'), 'i');
// An upper-case constant name (`API_KEY`, `STRIPE_SECRET`) is a reference to a value, not the value.
const constantName = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** True for template values such as `YOUR_API_KEY`, `<token>`, `${SECRET}`, `xxxx`, `changeme`, `process.env.X`. */
export function isPlaceholder(value: string): boolean {
  return placeholderPattern.test(value) || constantName.test(value);
}

const assignmentPattern = /(?<![A-Za-z0-9])((?:[A-Za-z0-9]{1,20}[_.-]?)?(?:password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|bearer|client[_-]?secret|private[_-]?key|signing[_-]?key|encryption[_-]?key|token|credentials?))["'`]?\s{0,3}(?::=|=>|[:=]|\s(?=["'`]))\s{0,3}(["'`]?)([^\s"'`,;)}\]<>]{8,200})\2/gi;
const bearerPattern = /\b(?:authorization["'`]?\s{0,3}[:=]\s{0,3}["'`]?)?bearer\s{1,3}([A-Za-z0-9._~+/-]{20,500}={0,2})/gi;

/** Entropy and length a generic value needs: passwords are short and human-made, API keys long and random. */
function genericValueLooksSecret(keyword: string, value: string): boolean {
  if (isPlaceholder(value) || /^\d+$/.test(value) || /^[a-z]+(?:[-_][a-z]+)*$/.test(value) || /^[A-Za-z_]+=/.test(value)) return false;
  // Function calls, member access and file paths are code, not values.
  if (/\(|^\.{0,2}\//.test(value) || /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return false;
  const passwordLike = /pass|pwd/i.test(keyword);
  const entropy = shannonEntropy(value);
  return passwordLike ? value.length >= 8 && entropy >= 2.5 : value.length >= 16 && entropy >= 3.5;
}

// Every keyword of the two patterns above contains one of these words; without one the patterns cannot match.
const keywordHint = /pass|pwd|secret|key|token|bearer|credential/gi;

function detectGeneric(text: string, from: number, until: number, found: Detection[]): void {
  keywordHint.lastIndex = Math.max(0, from - matchLead);
  const hinted = keywordHint.test(text);
  keywordHint.lastIndex = 0;
  if (!hinted) return;
  for (const match of matchesFrom(text, assignmentPattern, from, matchLead, until)) {
    const keyword = match[1] ?? '';
    const value = match[3] ?? '';
    if (!genericValueLooksSecret(keyword, value)) continue;
    const valueStart = match.index + match[0].length - value.length - (match[2]?.length ?? 0);
    found.push({ category: 'secret', type: 'generic-secret', severity: 'high', start: valueStart, end: valueStart + value.length });
  }
  for (const match of matchesFrom(text, bearerPattern, from, matchLead, until)) {
    const value = match[1] ?? '';
    if (isPlaceholder(value) || shannonEntropy(value) < 3.5) continue;
    const valueStart = match.index + match[0].length - value.length;
    found.push({ category: 'secret', type: 'bearer-token', severity: 'high', start: valueStart, end: valueStart + value.length });
  }
}

/** Finds credentials: provider key formats, JWTs, PEM keys, URLs with passwords, high-entropy assignments. */
export function detectSecrets(input: DetectorInput): Detection[] {
  const { text, settings } = input;
  const from = input.from ?? 0;
  const until = input.until ?? Number.POSITIVE_INFINITY;
  const found: Detection[] = [];
  for (const rule of secretRules) {
    for (const match of matchesFrom(text, rule.pattern, from, rule.group === undefined ? 0 : matchLead, until)) {
      const group = rule.group ?? 0;
      const value = match[group];
      if (value === undefined) continue;
      const offset = group === 0 ? 0 : match[0].lastIndexOf(value);
      const start = match.index + offset;
      if (rule.valid !== undefined && !rule.valid(value)) continue;
      if (rule.testValue?.(value) === true && settings.allowTestValues) continue;
      if (group !== 0 && isPlaceholder(value)) continue;
      if (isMarkedExample(text, start, value, settings.allowTestValues)) continue;
      found.push({ category: 'secret', type: rule.type, severity: rule.severity, start, end: start + value.length });
    }
  }
  detectGeneric(text, from, until, found);
  return found;
}
