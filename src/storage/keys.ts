import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { RampartError, errorMessage } from '../kernel/errors.ts';

/** An Ed25519 key pair loaded from the data directory. */
export interface Ed25519KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** What to do when the key file is absent. */
export interface LoadKeyOptions {
  /**
   * Create a fresh key pair when the file is absent. Callers pass false once signed data exists,
   * so a lost key is reported (`KEY_MISSING`) instead of silently becoming a new identity.
   */
  readonly create: boolean;
}

/** Loads the Ed25519 private key PEM at `file`, creating it (mode 0600, never overwriting) when allowed. */
export function loadOrCreateKeyPair(file: string, options: LoadKeyOptions): Ed25519KeyPair {
  let pem: string;
  try {
    checkPermissions(file);
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw keyError(file, error);
    if (!options.create) {
      throw new RampartError('KEY_MISSING', `${file}: signing key is missing but the audit log already holds checkpoints signed with it; restore the key file (a new key would be a new identity)`);
    }
    return createKeyPair(file);
  }
  return parsePrivateKey(file, pem);
}

/** Reads a public key (or derives it from a private key) from a PEM file, e.g. for `audit verify --public-key`. */
export function readPublicKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RampartError('KEY_MISSING', `${file}: no such key file`);
    throw keyError(file, error);
  }
  try {
    const key = pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, found ${String(key.asymmetricKeyType)}`);
    return key;
  } catch (error) {
    throw new RampartError('KEY_INVALID', `${file}: not an Ed25519 PEM key: ${errorMessage(error)}`, { cause: error });
  }
}

function createKeyPair(file: string): Ed25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  try {
    // 'wx' fails when the file appeared meanwhile: another process won the race, so use its key.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKeyPair(file, { create: false });
    throw keyError(file, error);
  }
  return { privateKey, publicKey };
}

function parsePrivateKey(file: string, pem: string): Ed25519KeyPair {
  try {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, found ${String(privateKey.asymmetricKeyType)}`);
    return { privateKey, publicKey: createPublicKey(privateKey) };
  } catch (error) {
    throw new RampartError('KEY_INVALID', `${file}: not an Ed25519 private key in PEM form: ${errorMessage(error)}`, { cause: error });
  }
}

function checkPermissions(file: string): void {
  const stats = statSync(file);
  if (!stats.isFile()) throw new RampartError('KEY_INVALID', `${file}: not a regular file`);
  // Like ssh: a signing key others can read is no longer a secret, so refuse instead of signing with it.
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    throw new RampartError('KEY_INVALID', `${file}: permissions 0${(stats.mode & 0o777).toString(8)} are too open; run chmod 600`);
  }
}

function keyError(file: string, error: unknown): RampartError {
  if (error instanceof RampartError) return error;
  return new RampartError('KEY_INVALID', `${file}: cannot read the key: ${errorMessage(error)}`, { cause: error });
}
