import { RampartError } from './errors.ts';

/**
 * Serialises a JSON value per RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16
 * code units, ECMAScript number and string serialisation, no whitespace. Hashes of arguments and
 * audit events are taken over this form so that key order and spacing cannot change them.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, 0);
  return parts.join('');
}

const maxDepth = 256;

function write(value: unknown, out: string[], depth: number): void {
  if (depth > maxDepth) throw new RampartError('INPUT_INVALID', 'canonical JSON: value nested too deeply');
  if (value === null) { out.push('null'); return; }
  switch (typeof value) {
    case 'boolean': out.push(value ? 'true' : 'false'); return;
    case 'number':
      if (!Number.isFinite(value)) throw new RampartError('INPUT_INVALID', 'canonical JSON: non-finite number');
      out.push(JSON.stringify(value)); return;
    case 'string': out.push(JSON.stringify(value)); return;
    case 'bigint': case 'function': case 'symbol': case 'undefined':
      throw new RampartError('INPUT_INVALID', `canonical JSON: ${typeof value} is not JSON`);
    case 'object': break;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item: unknown, index) => {
      if (index > 0) out.push(',');
      write(item === undefined ? null : item, out, depth + 1);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof (record as { toJSON?: unknown }).toJSON === 'function') {
    write((record as { toJSON: () => unknown }).toJSON(), out, depth + 1);
    return;
  }
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  out.push('{');
  keys.forEach((key, index) => {
    if (index > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    write(record[key], out, depth + 1);
  });
  out.push('}');
}
