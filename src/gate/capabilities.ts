import { createHmac, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { randomId, secretsEqual, secureRandomBytes, type RandomBytes } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { RevocationStore } from '../kernel/stores.ts';
import type { Clock } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';
import { wideningProblem, type ArgumentScope } from './capability-scope.ts';

/** What a capability token grants: tools and argument scopes of one task, for a bounded time and delegation depth. */
export interface CapabilityClaims {
  readonly v: 1;
  /** Signature algorithm; must match the verifying key's type (no algorithm confusion). */
  readonly alg: 'HS256' | 'EdDSA';
  readonly id: string;
  /** Agent the token is for; absent: any agent holding it. */
  readonly agent?: string;
  /** Tool names or globs the task may call. */
  readonly tools: readonly string[];
  /** Limits on arguments by name, for every granted tool. */
  readonly scopes: Readonly<Record<string, ArgumentScope>>;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Delegation depth: 0 for an issued token, parent + 1 for an attenuated one. */
  readonly depth: number;
  /** Deepest delegation allowed below the root token. */
  readonly maxDepth: number;
  /** Ids of every ancestor, root first; revoking any of them revokes this token. */
  readonly chain: readonly string[];
  /** Free text: the task this token is for. */
  readonly task?: string;
}

/** A signing key: HMAC-SHA256 secret (string or bytes) or an Ed25519 KeyObject (private signs and verifies, public verifies). */
export type CapabilityKey = KeyObject | string | Uint8Array;

/** Result of verifying or attenuating a token. */
export type CapabilityResult = { readonly ok: true; readonly token: string; readonly claims: CapabilityClaims } | { readonly ok: false; readonly ruleId: string; readonly reason: string };

/** What `issue` needs. */
export interface IssueRequest {
  readonly tools: readonly string[];
  readonly scopes?: Readonly<Record<string, ArgumentScope>>;
  readonly agent?: string;
  readonly task?: string;
  /** Lifetime in milliseconds. */
  readonly ttlMs: number;
  readonly maxDepth?: number;
}

/** A narrower grant for a sub-agent; omitted fields inherit the parent's. */
export interface AttenuateRequest {
  readonly tools?: readonly string[];
  readonly scopes?: Readonly<Record<string, ArgumentScope>>;
  readonly agent?: string;
  readonly task?: string;
  readonly ttlMs?: number;
  readonly maxDepth?: number;
}

/** Issues, attenuates, verifies and revokes capability tokens with one key. */
export interface CapabilityAuthority {
  issue(request: IssueRequest): string;
  attenuate(token: string, narrower: AttenuateRequest): Promise<CapabilityResult>;
  verify(token: string): Promise<CapabilityResult>;
  /** Revokes a token (and so everything delegated from it). */
  revoke(token: string): Promise<CapabilityResult>;
}

const prefix = 'rcap1';
const hardMaxDepth = 16;

function reject(ruleId: string, reason: string): CapabilityResult {
  return { ok: false, ruleId, reason };
}

/** Creates the capability authority; `revocations` is the shared revocation list. */
export function createCapabilityAuthority(options: { key: CapabilityKey; revocations: RevocationStore; clock?: Clock; random?: RandomBytes }): CapabilityAuthority {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? secureRandomBytes;
  const { key, revocations } = options;
  const asymmetric = typeof key === 'object' && !(key instanceof Uint8Array);
  if (asymmetric && key.asymmetricKeyType !== 'ed25519') throw new RampartError('KEY_INVALID', 'capability key must be Ed25519 or an HMAC secret');
  if (!asymmetric && (typeof key === 'string' ? Buffer.byteLength(key) : key.length) < 32) throw new RampartError('KEY_INVALID', 'capability HMAC secret must be at least 32 bytes');
  const alg: CapabilityClaims['alg'] = asymmetric ? 'EdDSA' : 'HS256';
  const privateKey = asymmetric && key.type === 'private' ? key : undefined;
  const publicKey = asymmetric ? (key.type === 'private' ? createPublicKey(key) : key) : undefined;

  function signature(payload: string): Buffer {
    if (!asymmetric) return createHmac('sha256', key).update(payload).digest();
    if (privateKey === undefined) throw new RampartError('KEY_MISSING', 'only an Ed25519 public key is configured: tokens can be verified, not issued');
    return sign(null, Buffer.from(payload), privateKey);
  }

  function encode(claims: CapabilityClaims): string {
    const payload = Buffer.from(canonicalJson(claims)).toString('base64url');
    return `${prefix}.${payload}.${signature(`${prefix}.${payload}`).toString('base64url')}`;
  }

  function decode(token: string): CapabilityResult {
    if (typeof token !== 'string' || token.length > 16_384) return reject('gate.capability.malformed', 'capability token is not a string of sensible length');
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== prefix) return reject('gate.capability.malformed', 'capability token has the wrong format');
    const signed = `${parts[0]}.${parts[1]}`;
    const given = Buffer.from(parts[2]!, 'base64url');
    const valid = asymmetric
      ? given.length === 64 && verify(null, Buffer.from(signed), publicKey!, given)
      : secretsEqual(createHmac('sha256', key).update(signed).digest(), given);
    if (!valid) return reject('gate.capability.signature', 'capability token signature is invalid');
    let claims: unknown;
    try { claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')); } catch { return reject('gate.capability.malformed', 'capability token payload is not JSON'); }
    if (!isPlainObject(claims) || claims['v'] !== 1 || claims['alg'] !== alg || !Array.isArray(claims['tools']) || !isPlainObject(claims['scopes'])
      || typeof claims['expiresAt'] !== 'number' || typeof claims['depth'] !== 'number' || typeof claims['maxDepth'] !== 'number' || !Array.isArray(claims['chain']) || typeof claims['id'] !== 'string') {
      return reject('gate.capability.malformed', 'capability token payload has the wrong shape');
    }
    return { ok: true, token, claims: claims as unknown as CapabilityClaims };
  }

  async function verifyToken(token: string): Promise<CapabilityResult> {
    const decoded = decode(token);
    if (!decoded.ok) return decoded;
    const { claims } = decoded;
    if (clock.now() >= claims.expiresAt) return reject('gate.capability.expired', 'capability token has expired');
    if (claims.depth > claims.maxDepth) return reject('gate.capability.depth', 'capability token is delegated too deep');
    if (await revocations.anyRevoked([...claims.chain, claims.id])) return reject('gate.capability.revoked', 'capability token was revoked');
    return decoded;
  }

  return {
    issue(request) {
      const now = clock.now();
      const maxDepth = Math.min(request.maxDepth ?? 3, hardMaxDepth);
      return encode({
        v: 1, alg, id: randomId(random), tools: [...request.tools], scopes: request.scopes ?? {}, issuedAt: now, expiresAt: now + request.ttlMs,
        depth: 0, maxDepth, chain: [],
        ...(request.agent === undefined ? {} : { agent: request.agent }), ...(request.task === undefined ? {} : { task: request.task }),
      });
    },
    async attenuate(token, narrower) {
      const parent = await verifyToken(token);
      if (!parent.ok) return parent;
      const base = parent.claims;
      const depth = base.depth + 1;
      if (depth > base.maxDepth) return reject('gate.capability.depth', `delegation depth ${depth} exceeds the maximum ${base.maxDepth}`);
      const tools = narrower.tools ?? base.tools;
      const scopes = { ...base.scopes, ...narrower.scopes };
      const problem = wideningProblem({ tools, scopes }, base);
      if (problem !== undefined) return reject('gate.capability.widening', `attenuation would widen the grant: ${problem}`);
      if (narrower.maxDepth !== undefined && narrower.maxDepth > base.maxDepth) return reject('gate.capability.widening', 'attenuation would raise the maximum depth');
      const now = clock.now();
      const expiresAt = narrower.ttlMs === undefined ? base.expiresAt : now + narrower.ttlMs;
      if (expiresAt > base.expiresAt) return reject('gate.capability.widening', 'attenuation would outlive the parent token');
      const agent = narrower.agent ?? base.agent;
      const task = narrower.task ?? base.task;
      const claims: CapabilityClaims = {
        v: 1, alg, id: randomId(random), tools: [...tools], scopes, issuedAt: now, expiresAt, depth,
        maxDepth: Math.min(narrower.maxDepth ?? base.maxDepth, base.maxDepth), chain: [...base.chain, base.id],
        ...(agent === undefined ? {} : { agent }), ...(task === undefined ? {} : { task }),
      };
      return { ok: true, token: encode(claims), claims };
    },
    verify: verifyToken,
    async revoke(token) {
      // A forged token must not let anyone revoke arbitrary ids; an expired one may still be revoked.
      const decoded = decode(token);
      if (!decoded.ok) return decoded;
      await revocations.revoke(decoded.claims.id, decoded.claims.expiresAt);
      return decoded;
    },
  };
}

/** Parses a key given as PEM (Ed25519 private or public) or as a raw secret of at least 32 bytes. */
export function parseCapabilityKey(text: string): CapabilityKey {
  if (text.includes('-----BEGIN')) return text.includes('PRIVATE KEY') ? createPrivateKey(text) : createPublicKey(text);
  return text.trim();
}
