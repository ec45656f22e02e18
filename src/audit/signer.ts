import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { sha256Hex } from '../kernel/crypto.ts';
import { RampartError } from '../kernel/errors.ts';
import type { AuditCheckpoint } from '../kernel/stores.ts';

/** Signs audit checkpoints; the private key never leaves this object. */
export interface AuditSigner {
  /** Hex SHA-256 of the public key (SPKI DER), stored with every checkpoint. */
  readonly keyId: string;
  /** The public key in SPKI PEM form, for `rampart audit pubkey`. */
  readonly publicKeyPem: string;
  /** Base64 Ed25519 signature over the UTF-8 message. */
  sign(message: string): string;
}

/** The exact bytes a checkpoint signature covers: `rampart-checkpoint:v1:<seq>:<hash>`. */
export function checkpointMessage(seq: number, hash: string): string {
  return `rampart-checkpoint:v1:${seq}:${hash}`;
}

/** Key id of a public key: hex SHA-256 of its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' }));
}

/** A signer over an Ed25519 private key (node:crypto, no dependencies). */
export function createEd25519Signer(privateKey: KeyObject): AuditSigner {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new RampartError('KEY_INVALID', 'audit signer: expected an Ed25519 private key');
  }
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

/** True when the checkpoint's signature is valid for `publicKey` (Ed25519 verification is constant-time by construction). */
export function checkpointSignatureValid(checkpoint: AuditCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(checkpointMessage(checkpoint.seq, checkpoint.hash), 'utf8'), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
