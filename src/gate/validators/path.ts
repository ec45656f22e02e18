import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { failed, quote, type CheckResult } from './check-result.ts';

/** Options of one path argument. */
export interface PathRules {
  /** Absolute workspace root; the path must stay inside it after resolving symlinks. */
  readonly root: string;
  /** Deny-listed names or globs: `name` matches any path segment, `dir/` a directory anywhere, `a/b` a relative prefix. */
  readonly deny: readonly string[];
  readonly mode: 'read' | 'write';
  /** Allow writes to dotfiles that are not deny-listed. */
  readonly allowDotfiles: boolean;
}

/** A passing path check also reports where the path really points, for flow rules (scratch area). */
export type PathCheck = CheckResult & { readonly resolved?: string };

const maxPathLength = 4096;

// Percent-encoded separators, dots, NUL, percent itself and overlong UTF-8 lead bytes: a path that still
// contains them would be decoded by some later layer into something other than what was checked.
const encodedTrick = /%(2e|2f|5c|00|25|c0|c1|e0|f0|f8|fc)/i;
// Device names Windows resolves anywhere in a path.
const windowsDevice = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function globToRegex(glob: string): RegExp {
  const source = [...glob].map((character) => {
    if (character === '*') return '[^/]*';
    if (character === '?') return '[^/]';
    return character.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }).join('');
  return new RegExp(`^${source}$`, 'iu');
}

interface DenyMatcher { readonly entry: string; matches(segments: readonly string[]): boolean }

function compileDeny(entry: string): DenyMatcher {
  const trimmed = entry.replace(/^\.\//, '');
  if (trimmed.endsWith('/') && !trimmed.slice(0, -1).includes('/')) {
    const directory = globToRegex(trimmed.slice(0, -1));
    return { entry, matches: (segments) => segments.some((segment) => directory.test(segment)) };
  }
  if (!trimmed.includes('/')) {
    const name = globToRegex(trimmed);
    return { entry, matches: (segments) => segments.some((segment) => name.test(segment)) };
  }
  const parts = trimmed.replace(/\/$/, '').split('/').map(globToRegex);
  return { entry, matches: (segments) => parts.length <= segments.length && parts.every((part, index) => part.test(segments[index]!)) };
}

function inside(root: string, target: string): string[] | undefined {
  const rel = relative(root, target);
  if (rel === '') return [];
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep);
}

/** Resolves symlinks of the longest existing prefix; the rest of the path does not exist yet. */
function realTarget(target: string): string | 'dangling' | 'unresolvable' {
  let existing = target;
  const rest: string[] = [];
  for (;;) {
    let stats;
    try {
      stats = lstatSync(existing);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'unresolvable';
      const parent = dirname(existing);
      if (parent === existing) return 'unresolvable';
      rest.unshift(basename(existing));
      existing = parent;
      continue;
    }
    try {
      const real = realpathSync.native(existing);
      return rest.length === 0 ? real : resolve(real, ...rest);
    } catch {
      return stats.isSymbolicLink() ? 'dangling' : 'unresolvable';
    }
  }
}

/**
 * Builds a path validator: rejects NUL, control characters, encoded separators, Windows separators and drive
 * letters, resolves `..` and symlinks (realpath), and denies anything outside the root, deny-listed names and
 * (in write mode) dotfiles. Fails closed on any file-system error it cannot explain.
 */
export function createPathValidator(rules: PathRules): (value: unknown) => PathCheck {
  const denied = rules.deny.map(compileDeny);
  const root = resolve(rules.root);
  return (value) => {
    if (typeof value !== 'string') return failed('gate.path.type', 'path must be a string');
    if (value.length === 0) return failed('gate.path.empty', 'path is empty');
    if (value.length > maxPathLength) return failed('gate.path.too-long', `path is longer than ${maxPathLength} characters`);
    if (value.includes('\0')) return failed('gate.path.nul', 'path contains a NUL byte');
    if (/[\p{Cc}]/u.test(value)) return failed('gate.path.control-character', 'path contains a control character');
    if (encodedTrick.test(value)) return failed('gate.path.encoded', `path ${quote(value)} contains a percent-encoded separator or dot`);
    if (value.includes('\\') || /^[A-Za-z]:/.test(value)) return failed('gate.path.windows-form', `path ${quote(value)} uses Windows separators or a drive letter`);
    const target = resolve(root, value);
    const lexical = inside(root, target);
    if (lexical === undefined) return failed('gate.path.outside-workspace', `path ${quote(value)} leaves the workspace`);
    if (lexical.some((segment) => windowsDevice.test(segment))) return failed('gate.path.device-name', `path ${quote(value)} names a device`);
    let realRoot: string;
    try { realRoot = realpathSync.native(root); } catch { return failed('gate.path.root-missing', 'the workspace root does not exist'); }
    const real = realTarget(target);
    if (real === 'dangling') return failed('gate.path.dangling-symlink', `path ${quote(value)} goes through a dangling link`);
    if (real === 'unresolvable') return failed('gate.path.unresolvable', `path ${quote(value)} cannot be resolved`);
    const segments = inside(realRoot, real);
    if (segments === undefined) return failed('gate.path.symlink-escape', `path ${quote(value)} resolves outside the workspace`);
    for (const view of [lexical, segments]) {
      const hit = denied.find((matcher) => matcher.matches(view));
      if (hit !== undefined) return failed('gate.path.denied', `path ${quote(value)} touches the deny-listed '${hit.entry}'`);
    }
    if (rules.mode === 'write' && !rules.allowDotfiles && [...lexical, ...segments].some((segment) => segment.startsWith('.'))) {
      return failed('gate.path.dotfile-write', `path ${quote(value)} writes a dotfile`);
    }
    return { ok: true, resolved: real };
  };
}
