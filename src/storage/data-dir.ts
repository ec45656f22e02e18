import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { RampartError, errorMessage } from '../kernel/errors.ts';

/** Where the data directory comes from, highest precedence first. */
export interface DataDirOptions {
  /** Explicit directory (CLI flag or policy `storage.data_dir`); wins over everything. */
  readonly dataDir?: string | undefined;
  /** Environment to read `RAMPART_DATA_DIR` from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Base for relative paths. */
  readonly cwd?: string;
}

/** Resolved locations inside the data directory. */
export interface DataDirPaths {
  readonly root: string;
  readonly database: string;
  readonly keys: string;
  readonly auditKey: string;
}

/** File name of the embedded database inside the data directory. */
export const databaseFileName = 'rampart.db';

/** File name of the Ed25519 audit signing key inside `keys/`. */
export const auditKeyFileName = 'audit-ed25519.pem';

/** Resolves the data directory: explicit option > `RAMPART_DATA_DIR` > `./.rampart`, without touching the disk. */
export function resolveDataDir(options: DataDirOptions = {}): DataDirPaths {
  const cwd = options.cwd ?? process.cwd();
  const fromEnv = options.env?.['RAMPART_DATA_DIR'];
  const chosen = options.dataDir ?? (fromEnv === undefined || fromEnv === '' ? '.rampart' : fromEnv);
  const root = isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
  const keys = join(root, 'keys');
  return { root, database: join(root, databaseFileName), keys, auditKey: join(keys, auditKeyFileName) };
}

/** Creates the data directory and `keys/` with mode 0700 when absent; throws `STORE_UNAVAILABLE` with the path when it cannot. */
export function ensureDataDir(paths: DataDirPaths): DataDirPaths {
  makePrivateDirectory(paths.root);
  makePrivateDirectory(paths.keys);
  return paths;
}

function makePrivateDirectory(path: string): void {
  let created: string | undefined;
  try {
    created = makeDirectories(path);
  } catch (error) {
    throw new RampartError('STORE_UNAVAILABLE', `${path}: cannot create the data directory: ${errorMessage(error)}`, { cause: error });
  }
  try {
    const stats = statSync(path);
    if (!stats.isDirectory()) throw new RampartError('STORE_UNAVAILABLE', `${path}: exists and is not a directory`);
    // mkdir's mode is filtered by the umask; the directory holds signing keys, so force 0700 on what we created.
    if (created !== undefined) chmodSync(path, 0o700);
  } catch (error) {
    if (error instanceof RampartError) throw error;
    throw new RampartError('STORE_UNAVAILABLE', `${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Creates `path` and missing parents one level at a time (not `mkdirSync({ recursive })`, which
 * spins forever on some virtual file systems such as /proc); returns `path` when it was created.
 */
function makeDirectories(path: string): string | undefined {
  const missing: string[] = [];
  let current = path;
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of missing) mkdirSync(directory, { mode: 0o700 });
  return missing.length > 0 ? path : undefined;
}
