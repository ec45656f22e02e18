import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { RampartError } from '../kernel/errors.ts';
import type { AuditStore } from '../kernel/stores.ts';
import type { Clock } from '../kernel/types.ts';
import type { Policy } from '../policy/schema.ts';
import { ensureDataDir, resolveDataDir, type DataDirPaths } from '../storage/data-dir.ts';
import { loadOrCreateKeyPair, readPublicKey } from '../storage/keys.ts';
import { openSqliteAuditStore } from '../storage/sqlite-audit-store.ts';
import { createAuditTrail, type AuditTrail } from './create-audit-trail.ts';
import { createEd25519Signer } from './signer.ts';

/** Where the trail lives and how it is tuned; every field is optional. */
export interface OpenAuditTrailOptions {
  /** Explicit data directory; wins over `policy.storage.data_dir`, `RAMPART_DATA_DIR` and `./.rampart`. */
  readonly dataDir?: string | undefined;
  /** The loaded policy: supplies `storage.data_dir` and the `audit` batch/checkpoint settings. */
  readonly policy?: Pick<Policy, 'audit' | 'storage'>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly clock?: Clock;
}

/** An audit trail on the embedded SQLite store, with the paths and public key it uses. */
export interface OpenedAuditTrail extends AuditTrail {
  readonly paths: DataDirPaths;
  /** SPKI PEM of the checkpoint signing key. */
  readonly publicKeyPem: string;
}

/**
 * Opens `<data>/rampart.db` and `<data>/keys/audit-ed25519.pem` (created on first run) and returns a
 * ready trail. A lost key over signed data is `KEY_MISSING`; another key over signed data is `KEY_INVALID`.
 */
export async function openAuditTrail(options: OpenAuditTrailOptions = {}): Promise<OpenedAuditTrail> {
  const paths = ensureDataDir(resolveDataDir(dataDirOptions(options)));
  const store = openSqliteAuditStore(paths.database, { create: true });
  try {
    const checkpoints = await store.checkpoints();
    const keys = loadOrCreateKeyPair(paths.auditKey, { create: checkpoints.length === 0 });
    const signer = createEd25519Signer(keys.privateKey);
    const last = checkpoints.at(-1);
    if (last !== undefined && last.keyId !== signer.keyId) {
      throw new RampartError('KEY_INVALID', `${paths.auditKey}: this key did not sign the existing checkpoints (key id ${signer.keyId.slice(0, 16)}, log signed by ${last.keyId.slice(0, 16)}); restore the original key`);
    }
    const audit = options.policy?.audit;
    const trail = createAuditTrail({
      store,
      signer,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(audit === undefined ? {} : { batchSize: audit.batch_size, flushIntervalMs: audit.flush_interval, checkpointEvery: audit.checkpoint_every }),
    });
    return Object.defineProperties(trail, {
      paths: { value: paths, enumerable: true },
      publicKeyPem: { value: signer.publicKeyPem, enumerable: true },
    }) as OpenedAuditTrail;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** A read-only view of an existing log, for verify, tail and export; it never creates or writes anything. */
export interface AuditLogReader {
  readonly paths: DataDirPaths;
  readonly store: AuditStore;
  /** Public half of the data directory's signing key, or undefined when the key file is absent. */
  readonly publicKey: KeyObject | undefined;
}

/** Opens an existing log read-only; a missing database is `STORE_UNAVAILABLE`. */
export function openAuditLog(options: Omit<OpenAuditTrailOptions, 'clock'> = {}): AuditLogReader {
  const paths = resolveDataDir(dataDirOptions(options));
  const store = openSqliteAuditStore(paths.database, { readOnly: true });
  try {
    const publicKey = existsSync(paths.auditKey) ? readPublicKey(paths.auditKey) : undefined;
    return { paths, store, publicKey };
  } catch (error) {
    void store.close();
    throw error;
  }
}

function dataDirOptions(options: Omit<OpenAuditTrailOptions, 'clock'>) {
  return {
    dataDir: options.dataDir ?? options.policy?.storage.data_dir,
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
}
