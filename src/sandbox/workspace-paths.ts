import { RampartError } from '../kernel/errors.ts';
import type { WorkspaceFiles } from './run-types.ts';

const maxNameLength = 255;
const maxPathLength = 1024;
const maxFiles = 1000;

/** Checks a workspace file name: relative, `/`-separated, no `.`/`..` segments, no NUL, bounded length. */
export function workspacePathProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > maxPathLength) return 'must be 1 to 1024 characters';
  if (name.includes('\0') || name.includes('\\')) return 'must not contain NUL or backslashes';
  if (name.startsWith('/')) return 'must be relative to the workspace';
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return 'must not contain empty, . or .. segments';
    if (segment.length > maxNameLength) return 'has a segment longer than 255 characters';
  }
  return undefined;
}

/** Validates input files and converts them to bytes; a bad name is a caller error (INPUT_INVALID). */
export function normaliseWorkspaceFiles(files: WorkspaceFiles | undefined): Map<string, Uint8Array> {
  const result = new Map<string, Uint8Array>();
  if (files === undefined) return result;
  const names = Object.keys(files);
  if (names.length > maxFiles) throw new RampartError('INPUT_INVALID', `sandbox: at most ${maxFiles} workspace files`);
  for (const name of names) {
    const problem = workspacePathProblem(name);
    if (problem !== undefined) throw new RampartError('INPUT_INVALID', `sandbox file '${name.slice(0, 80)}': ${problem}`);
    const content = files[name];
    if (typeof content === 'string') result.set(name, Buffer.from(content, 'utf8'));
    else if (content instanceof Uint8Array) result.set(name, content);
    else throw new RampartError('INPUT_INVALID', `sandbox file '${name.slice(0, 80)}': content must be a string or bytes`);
  }
  return result;
}

/** Bounds a guest error message and removes host paths, so nothing about the host leaks through errors. */
export function sanitiseGuestMessage(message: string, hostPaths: readonly string[] = [], maxLength = 2000): string {
  let text = message;
  for (const path of hostPaths) if (path.length > 1) text = text.split(path).join('<host>');
  // Absolute paths under common host roots, and file:// URLs, are never the guest's business.
  text = text.replace(/file:\/\/\/[^\s'")]+/g, '<host>').replace(/(^|[\s'"(])\/(?:home|root|work|tmp|usr|opt|var|etc|proc|srv|mnt|run)\/[^\s'")]*/g, '$1<host>');
  return text.length > maxLength ? `${text.slice(0, maxLength)}… [truncated]` : text;
}
