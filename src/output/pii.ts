import { isIPv6 } from 'node:net';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { ibanChecksumValid, ibanLengths, luhnValid } from './checksums.ts';
import type { Detection, DetectorInput } from './detection.ts';
import { contextBefore, matchLead, matchesFrom } from './detection.ts';
import { detectNationalIds } from './national-ids.ts';

const pii = (type: string, start: number, end: number, severity: Detection['severity'] = 'medium'): Detection =>
  ({ category: 'pii', type, severity, start, end });

// File extensions that follow `@` in asset names (`logo@2x.png`) are not e-mail domains.
const fileExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'css', 'json', 'yaml', 'yml', 'md', 'txt', 'lock', 'html', 'map']);
// RFC 2606 names and template domains never belong to a person.
const reservedEmailDomain = /@(?:example\.(?:com|org|net)|domain\.tld|your-?domain\.com)$/i;
const emailPattern = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

function detectEmails(text: string, from: number, until: number, found: Detection[]): void {
  for (const match of matchesFrom(text, emailPattern, from, 0, until)) {
    const value = match[0];
    const tld = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
    if (fileExtensions.has(tld) || reservedEmailDomain.test(value) || value.toLowerCase().startsWith('git@')) continue;
    // `scheme://user:password@host` is a credential in a URL, not an address.
    if (/:\/\/[^\s/@]{0,200}$/.test(text.slice(Math.max(0, match.index - 220), match.index))) continue;
    found.push(pii('email', match.index, match.index + value.length));
  }
}

const phoneKeywords = /(?:phone|tel|mobile|cell|fax|call|telefon|téléphone|teléfono|telefono|handy|contact)[\s.:#=-]{0,3}$/;
const contextCountries: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN'];
const internationalCandidate = /(?<![\w+])\+\d[\d ()./-]{4,22}\d(?![\w])/g;
const nationalPhoneCandidate = /(?<![\w+])\(?\d[\d ().-]{6,18}\d(?![\w])/g;

function detectPhones(text: string, from: number, until: number, found: Detection[]): void {
  // No default country: only international (+CC) numbers are accepted in free text, so order numbers, dates
  // and versions cannot parse as national numbers. National formats count only right after a phone keyword.
  // The phone library is thorough but slow on long text, so it only sees short `+CC ...` candidates.
  for (const candidate of matchesFrom(text, internationalCandidate, from, matchLead, until)) {
    for (const match of findPhoneNumbersInText(candidate[0])) found.push(pii('phone', candidate.index + match.startsAt, candidate.index + match.endsAt));
  }
  for (const match of matchesFrom(text, nationalPhoneCandidate, from, matchLead, until)) {
    if (!phoneKeywords.test(contextBefore(text, match.index, 16)) || match[0].replace(/\D/g, '').length < 9) continue;
    for (const country of contextCountries) {
      const [phone] = findPhoneNumbersInText(match[0], country);
      if (phone === undefined) continue;
      found.push(pii('phone', match.index + phone.startsAt, match.index + phone.endsAt));
      break;
    }
  }
}

/** Card brand by issuer range, or undefined when the prefix and length belong to no scheme. */
export function cardBrand(digits: string): string | undefined {
  const length = digits.length;
  const prefix = (size: number): number => Number(digits.slice(0, size));
  if (digits.startsWith('4') && (length === 13 || length === 16 || length === 19)) return 'visa';
  if (length === 16 && ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720))) return 'mastercard';
  if (length === 15 && (prefix(2) === 34 || prefix(2) === 37)) return 'amex';
  if (length >= 16 && length <= 19 && (prefix(4) === 6011 || (prefix(3) >= 644 && prefix(3) <= 649) || prefix(2) === 65 || (prefix(6) >= 622126 && prefix(6) <= 622925))) return 'discover';
  if (length >= 16 && length <= 19 && prefix(4) >= 3528 && prefix(4) <= 3589) return 'jcb';
  if (length >= 16 && length <= 19 && prefix(2) === 62) return 'unionpay';
  if (length >= 14 && length <= 19 && ((prefix(3) >= 300 && prefix(3) <= 305) || prefix(2) === 36 || prefix(2) === 38 || prefix(2) === 39)) return 'diners';
  if (length >= 12 && length <= 19 && (prefix(2) === 50 || (prefix(2) >= 56 && prefix(2) <= 58) || prefix(4) === 6304 || prefix(4) === 6759 || (prefix(4) >= 6761 && prefix(4) <= 6763) || prefix(2) === 67)) return 'maestro';
  return undefined;
}

/** Published test card numbers (Stripe, Adyen, Braintree docs); benign when the policy allows test values. */
export const testCardNumbers: ReadonlySet<string> = new Set([
  '4242424242424242', '4111111111111111', '4000056655665556', '4012888888881881', '4000000000000002', '4000000000009995',
  '5555555555554444', '5200828282828210', '5105105105105100', '2223003122003222', '2223000048400011',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424', '6011000000000004',
  '3530111333300000', '3566002020360505', '30569309025904', '38520000023237', '36227206271667', '6200000000000005',
  '6759649826438453', '6304000000000000', '4917610000000000003', '5019717010103742',
]);

const cardCandidate = /(?<![\d.,-])\d(?:[ -]?\d){11,18}(?!\d|[.,]\d)/g;
const cardNegative = /(?:order|tracking|invoice|ref(?:erence)?|serial|isbn|ean|sku|imei|account no|parcel|shipment|ticket|id)\b[\s#:no.=-]{0,6}$/;

function detectCards(text: string, from: number, until: number, allowTestValues: boolean, found: Detection[]): void {
  for (const match of matchesFrom(text, cardCandidate, from, 0, until)) {
    const value = match[0];
    const separators = new Set(value.replace(/\d/g, ''));
    if (separators.size > 1) continue;
    if (separators.size === 1 && !/^\d{4}([ -])(?:\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{6}\1\d{4,5})$/.test(value)) continue;
    const digits = value.replace(/\D/g, '');
    if (cardBrand(digits) === undefined || !luhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
    if (allowTestValues && testCardNumbers.has(digits)) continue;
    if (cardNegative.test(contextBefore(text, match.index, 24))) continue;
    found.push(pii('credit-card', match.index, match.index + value.length, 'high'));
  }
}

const ibanCandidate = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,9}/g;

function detectIbans(text: string, from: number, until: number, found: Detection[]): void {
  for (const match of matchesFrom(text, ibanCandidate, from, 0, until)) {
    const length = ibanLengths[match[0].slice(0, 2)];
    if (length === undefined) continue;
    // Walk the candidate until exactly `length` alphanumerics are taken; the next character must not extend it.
    let taken = 0;
    let end = 0;
    for (; end < match[0].length && taken < length; end++) if (match[0][end] !== ' ') taken++;
    if (taken !== length || /[A-Za-z0-9]/.test(text[match.index + end] ?? '')) continue;
    const compact = match[0].slice(0, end).replace(/ /g, '');
    if (!ibanChecksumValid(compact)) continue;
    found.push(pii('iban', match.index, match.index + end, 'high'));
  }
}

/** Well-known invalid or published SSNs (the Woolworth wallet card, advertising samples). */
const exampleSsns = new Set(['078051120', '219099999', '123456789']);
const ssnPattern = /(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])/g;

function ssnValid(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

function detectSsns(text: string, from: number, until: number, allowTestValues: boolean, found: Detection[]): void {
  for (const match of matchesFrom(text, ssnPattern, from, 0, until)) {
    const [value, area = '', separator = '', group = '', serial = ''] = match;
    if (!ssnValid(area, group, serial)) continue;
    if (separator === '' && !/ssn|social security|soc\.? sec/.test(contextBefore(text, match.index, 32))) continue;
    if (allowTestValues && exampleSsns.has(area + group + serial)) continue;
    found.push(pii('us-ssn', match.index, match.index + value.length, 'high'));
  }
}

const ipv4Pattern = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g;
const ipv6Candidate = /(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])/g;
const unremarkableIps = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '::', '::1']);

function detectIps(text: string, from: number, until: number, found: Detection[]): void {
  for (const match of matchesFrom(text, ipv4Pattern, from, 0, until)) {
    if (unremarkableIps.has(match[0]) || match[0].startsWith('255.255.')) continue;
    if (/(?:\bv|version|ver\.?|release|build|oid)\s*:?\s*$/.test(contextBefore(text, match.index, 12))) continue;
    found.push(pii('ip-address', match.index, match.index + match[0].length, 'low'));
  }
  for (const match of matchesFrom(text, ipv6Candidate, from, 0, until)) {
    const groups = match[0].split(':').filter((group) => group !== '').length;
    if (groups < 3 || unremarkableIps.has(match[0]) || !isIPv6(match[0])) continue;
    found.push(pii('ip-address', match.index, match.index + match[0].length, 'low'));
  }
}

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const dobPattern = new RegExp(
  String.raw`(?:\bdob\b|\bd\.o\.b\.?|date of birth|birth ?date|birthday|\bborn(?: on)?|geburtsdatum|geboren(?: am| op)?|date de naissance|\bn[ée]e? le|fecha de nacimiento|nacid[oa] el|data di nascita|\bnat[oa] il|geboortedatum|data de nascimento|nascid[oa] em|data urodzenia|生年月日|出生日期)` +
  String.raw`[\s:=,\-]{0,4}(?:(?:is|was|on)\s{1,3})?` +
  String.raw`(\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\.?\s(?:${months})\.?\s(?:19|20)\d{2}|(?:${months})\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)`,
  'giu',
);

function detectBirthDates(text: string, from: number, until: number, found: Detection[]): void {
  for (const match of matchesFrom(text, dobPattern, from, matchLead, until)) {
    const date = match[1] ?? '';
    const end = match.index + match[0].length;
    found.push(pii('date-of-birth', end - date.length, end, 'medium'));
  }
}

/** Finds personal data with validation (checksums, issuer ranges, valid ranges, keyword context). */
export function detectPii(input: DetectorInput): Detection[] {
  const { text, settings } = input;
  const found: Detection[] = [];
  const from = input.from ?? 0;
  const until = input.until ?? Number.POSITIVE_INFINITY;
  if (text.includes('@', from)) detectEmails(text, from, until, found);
  detectPhones(text, from, until, found);
  detectCards(text, from, until, settings.allowTestValues, found);
  detectIbans(text, from, until, found);
  detectSsns(text, from, until, settings.allowTestValues, found);
  detectIps(text, from, until, found);
  detectBirthDates(text, from, until, found);
  found.push(...detectNationalIds(text, from, until));
  return found;
}
