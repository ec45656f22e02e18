import type { ArgumentValidators } from '../../policy/schema.ts';
import { failed, passed, quote, type CheckResult } from './check-result.ts';

/** Options of the value validators: the policy fields plus the pattern compiled at load time. */
export interface ValueRules {
  readonly emailDomain?: (host: string) => boolean;
  readonly enumValues?: readonly (string | number | boolean)[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
}

// One plain address: no display names, quotes, comments, lists or whitespace that mail parsers disagree on.
const plainAddress = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)\.?$/;

function checkEmail(value: unknown, allowed: (host: string) => boolean): CheckResult {
  const addresses = Array.isArray(value) ? value : [value];
  if (addresses.length === 0) return failed('gate.value.email-invalid', 'expected at least one e-mail address');
  for (const address of addresses) {
    if (typeof address !== 'string') return failed('gate.value.type', 'e-mail address must be a string');
    const match = plainAddress.exec(address);
    if (match === null || address.length > 254) return failed('gate.value.email-invalid', `${quote(address)} is not one plain e-mail address`);
    const domain = match[1]!.toLowerCase();
    if (!allowed(domain)) return failed('gate.value.email-domain', `e-mail domain '${domain}' is not allowed`);
  }
  return passed;
}

/** Compiles the value validators (email domain, enum, min/max, length, pattern) of one argument into one check. */
export function createValueValidator(rules: ValueRules): (value: unknown) => CheckResult {
  const { emailDomain, enumValues, min, max, maxLength, pattern } = rules;
  return (value) => {
    if (emailDomain !== undefined) {
      const result = checkEmail(value, emailDomain);
      if (!result.ok) return result;
    }
    if (enumValues !== undefined && !enumValues.some((candidate) => candidate === value)) {
      return failed('gate.value.enum', `value ${quote(String(value))} is not one of the approved values`);
    }
    if (min !== undefined || max !== undefined) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return failed('gate.value.type', 'expected a finite number');
      if (min !== undefined && value < min) return failed('gate.value.min', `${value} is below the minimum ${min}`);
      if (max !== undefined && value > max) return failed('gate.value.max', `${value} is above the maximum ${max}`);
    }
    if (maxLength !== undefined) {
      if (typeof value !== 'string' && !Array.isArray(value)) return failed('gate.value.type', 'expected a string or a list for max_length');
      const length = typeof value === 'string' ? [...value].length : value.length;
      if (length > maxLength) return failed('gate.value.max-length', `length ${length} exceeds ${maxLength}`);
    }
    if (pattern !== undefined) {
      if (typeof value !== 'string') return failed('gate.value.type', 'expected a string for pattern');
      if (!pattern.test(value)) return failed('gate.value.pattern', `${quote(value)} does not match the required pattern`);
    }
    return passed;
  };
}

/** True when the argument's validators include any value rule. */
export function hasValueRules(validators: ArgumentValidators): boolean {
  return validators.email_domain !== undefined || validators.enum !== undefined || validators.min !== undefined
    || validators.max !== undefined || validators.max_length !== undefined || validators.pattern !== undefined;
}
