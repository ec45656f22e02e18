import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/** Hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hex SHA-256 of the RFC 8785 canonical form of a JSON value. */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** Constant-time equality for secrets (keys, signatures, tokens); lengths leak, contents do not. */
export function secretsEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
  const right = typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b);
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** A source of randomness; injected so tests are deterministic. */
export type RandomBytes = (size: number) => Uint8Array;

/** The default, cryptographically secure source of randomness. */
export const secureRandomBytes: RandomBytes = (size) => randomBytes(size);

/** A URL-safe random identifier with 128 bits of entropy. */
export function randomId(random: RandomBytes = secureRandomBytes, bytes = 16): string {
  return Buffer.from(random(bytes)).toString('base64url');
}
