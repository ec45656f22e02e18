import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { hashJson, sha256Hex } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { ToolCall } from '../kernel/types.ts';
import { loadOrCreateKeyPair } from '../storage/keys.ts';

/** The fields an approver signs: the decision is bound to one approval, one exact call and a deadline. */
export interface DecisionPayload {
  readonly approvalId: string;
  /** Hash of the tool name and canonical arguments (see approvalCallHash). */
  readonly callHash: string;
  readonly decision: 'granted' | 'denied';
  /** Milliseconds since the epoch. */
  readonly decidedAt: number;
  /** After this instant a granted decision can no longer be used. */
  readonly expiresAt: number;
  readonly approver: string;
}

/** A decision with its Ed25519 signature over the RFC 8785 form of the payload. */
export interface SignedDecision extends DecisionPayload {
  /** Hex SHA-256 of the signing public key (SPKI DER). */
  readonly keyId: string;
  /** Base64 Ed25519 signature over canonicalJson(payload). */
  readonly signature: string;
}

/** Who signs decisions: a name for the record and an Ed25519 private key. */
export interface ApproverSigner {
  readonly approver: string;
  readonly privateKey: KeyObject;
}

/** File name of the approver signing key inside the data directory's `keys/`. */
export const approverKeyFileName = 'approver-ed25519.pem';

/** The hash an approval is bound to: SHA-256 of canonical `{ name, arguments }`. */
export function approvalCallHash(call: Pick<ToolCall, 'name' | 'arguments'>): string {
  return hashJson({ name: call.name, arguments: call.arguments });
}

/** Hex SHA-256 of a public key's SPKI DER encoding. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' }));
}

function payloadOf(decision: DecisionPayload): DecisionPayload {
  const { approvalId, callHash, decision: verdict, decidedAt, expiresAt, approver } = decision;
  return { approvalId, callHash, decision: verdict, decidedAt, expiresAt, approver };
}

/** Signs a decision payload. */
export function signDecision(payload: DecisionPayload, signer: ApproverSigner): SignedDecision {
  if (signer.privateKey.asymmetricKeyType !== 'ed25519' || signer.privateKey.type !== 'private') throw new RampartError('KEY_INVALID', 'approver key must be an Ed25519 private key');
  const body = payloadOf(payload);
  const signature = sign(null, Buffer.from(canonicalJson(body)), signer.privateKey).toString('base64');
  return { ...body, keyId: keyIdOf(signer.privateKey), signature };
}

/** True when the value has the shape of a signed decision (types only; the signature is checked separately). */
export function isSignedDecision(value: unknown): value is SignedDecision {
  if (!isPlainObject(value)) return false;
  return typeof value['approvalId'] === 'string' && typeof value['callHash'] === 'string' && (value['decision'] === 'granted' || value['decision'] === 'denied')
    && typeof value['decidedAt'] === 'number' && typeof value['expiresAt'] === 'number' && typeof value['approver'] === 'string'
    && typeof value['keyId'] === 'string' && typeof value['signature'] === 'string';
}

/** Verifies the signature with the trusted key named by keyId; false for unknown keys and any tampering. */
export function verifyDecision(decision: SignedDecision, trusted: ReadonlyMap<string, KeyObject>): boolean {
  const key = trusted.get(decision.keyId);
  if (key === undefined) return false;
  const signature = Buffer.from(decision.signature, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(canonicalJson(payloadOf(decision))), key, signature);
  } catch {
    return false;
  }
}

/** Builds the keyId -> public key map of trusted approver keys. */
export function trustedKeyMap(keys: readonly KeyObject[]): Map<string, KeyObject> {
  return new Map(keys.map((key) => {
    const publicKey = key.type === 'private' ? createPublicKey(key) : key;
    if (publicKey.asymmetricKeyType !== 'ed25519') throw new RampartError('KEY_INVALID', 'approver keys must be Ed25519');
    return [keyIdOf(publicKey), publicKey];
  }));
}

/** Loads the approver key from `keys/approver-ed25519.pem`, creating it (mode 0600, never overwriting) when absent. */
export function loadOrCreateApproverKey(keysDirectory: string): KeyObject {
  return loadOrCreateKeyPair(join(keysDirectory, approverKeyFileName), { create: true }).privateKey;
}
