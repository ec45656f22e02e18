import { decimalModulo, luhnValid, mod11x10Valid, verhoeffValid } from './checksums.ts';
import type { Detection } from './detection.ts';
import { contextBefore, matchesFrom } from './detection.ts';

// National identifiers with a published check digit. Formats that are only digits (BSN, Steuer-ID, SIN,
// unformatted Aadhaar) are accepted only after a keyword: nine random digits pass an 11-proof one time in 11.

interface IdRule {
  readonly type: string;
  readonly pattern: RegExp;
  /** Keywords one of which must precede the match (lower case); absent: the format alone is enough. */
  readonly keywords?: RegExp;
  readonly valid: (match: string) => boolean;
}

const digitsOnly = (value: string): string => value.replace(/\D/g, '');

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
function spanishIdValid(match: string): boolean {
  const compact = match.replace(/-/g, '').toUpperCase();
  const prefix = compact[0] ?? '';
  const numeric = 'XYZ'.includes(prefix) ? String('XYZ'.indexOf(prefix)) + compact.slice(1, -1) : compact.slice(0, -1);
  return dniLetters[Number(numeric) % 23] === compact.at(-1);
}

const fiscalOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function fiscalValue(character: string, odd: boolean): number {
  const code = character.charCodeAt(0);
  const index = code >= 65 ? code - 65 : code - 48;
  return odd ? fiscalOdd[index]! : index;
}
function italianFiscalCodeValid(match: string): boolean {
  let sum = 0;
  for (let index = 0; index < 15; index++) sum += fiscalValue(match[index]!, index % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === match[15];
}

function frenchNirValid(match: string): boolean {
  const compact = match.replace(/\s/g, '').toUpperCase();
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  return 97 - decimalModulo(body, 97) === key;
}

function dutchBsnValid(match: string): boolean {
  const digits = digitsOnly(match);
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

function brazilCpfValid(match: string): boolean {
  const digits = digitsOnly(match);
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let index = 0; index < length; index++) sum += Number(digits[index]) * (length + 1 - index);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

function germanTaxIdValid(match: string): boolean {
  const digits = digitsOnly(match);
  if (digits[0] === '0') return false;
  // Of the first ten digits exactly one repeats (two or three times): the issuing rule since 2016.
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  return repeated.length === 1 && (repeated[0] === 2 || repeated[0] === 3) && mod11x10Valid(digits);
}

const ninoForbiddenPrefixes = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

const rules: readonly IdRule[] = [
  {
    type: 'uk-nino',
    pattern: /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g,
    valid: (match) => !ninoForbiddenPrefixes.has(match.slice(0, 2)),
  },
  {
    type: 'de-tax-id',
    pattern: /(?<![\d])[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?![\d])/g,
    keywords: /steuer|tax ?id|idnr|identifikationsnummer|tin\b/,
    valid: (match) => digitsOnly(match).length === 11 && germanTaxIdValid(match),
  },
  {
    type: 'fr-nir',
    pattern: /(?<![\dA-Za-z])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?![\dA-Za-z])/g,
    valid: frenchNirValid,
  },
  { type: 'es-dni', pattern: /(?<![\dA-Za-z])(?:\d{8}|[XYZ]-?\d{7})-?[A-Z](?![\dA-Za-z])/g, valid: spanishIdValid },
  {
    type: 'it-fiscal-code',
    pattern: /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g,
    valid: italianFiscalCodeValid,
  },
  {
    type: 'nl-bsn',
    pattern: /(?<![\d.])\d{4}\.?\d{2}\.?\d{3}(?![\d])/g,
    keywords: /bsn|burgerservicenummer|sofi/,
    valid: (match) => digitsOnly(match).length === 9 && dutchBsnValid(match),
  },
  { type: 'br-cpf', pattern: /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d])/g, valid: brazilCpfValid },
  { type: 'br-cpf', pattern: /(?<![\d.])\d{11}(?![\d])/g, keywords: /cpf/, valid: brazilCpfValid },
  { type: 'in-aadhaar', pattern: /(?<!\d ?)[2-9]\d{3} \d{4} \d{4}(?!\d| \d)/g, valid: (match) => verhoeffValid(digitsOnly(match)) },
  { type: 'in-aadhaar', pattern: /(?<![\d])[2-9]\d{11}(?![\d])/g, keywords: /aadhaa?r|uidai/, valid: (match) => verhoeffValid(match) },
  {
    type: 'ca-sin',
    pattern: /(?<![\d-])\d{3}[- ]?\d{3}[- ]?\d{3}(?![\d-])/g,
    keywords: /\bsin\b|social insurance|assurance sociale|\bnas\b/,
    valid: (match) => { const digits = digitsOnly(match); return digits[0] !== '0' && digits[0] !== '8' && luhnValid(digits); },
  },
];

/** Finds national identifiers whose format and check digit are valid. */
export function detectNationalIds(text: string, from = 0, until = Number.POSITIVE_INFINITY): Detection[] {
  const found: Detection[] = [];
  for (const rule of rules) {
    for (const match of matchesFrom(text, rule.pattern, from, 0, until)) {
      const start = match.index;
      if (rule.keywords !== undefined && !rule.keywords.test(contextBefore(text, start, 40))) continue;
      if (!rule.valid(match[0])) continue;
      found.push({ category: 'pii', type: rule.type, severity: 'high', start, end: start + match[0].length });
    }
  }
  return found;
}
