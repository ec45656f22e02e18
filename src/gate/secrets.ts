import { readFileSync } from 'node:fs';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';

/** Looks secrets up by name for the executing side; never consulted for model-visible text. */
export interface SecretResolver {
  /** The secret's value, or undefined when there is no such secret. */
  resolve(name: string): Promise<string | undefined>;
}

const reference = /\{\{\s*secret:([^}]*)\}\}/g;
const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Secret names referenced as `{{secret:NAME}}` anywhere in the arguments, plus references with invalid names. */
export function findSecretReferences(value: unknown): { names: string[]; malformed: string[] } {
  const names = new Set<string>();
  const malformed: string[] = [];
  const visit = (item: unknown, depth: number): void => {
    if (depth > 64) return;
    if (typeof item === 'string') {
      if (!item.includes('{{')) return;
      for (const match of item.matchAll(reference)) {
        const name = match[1]!.trim();
        if (validName.test(name)) names.add(name);
        else malformed.push(name.slice(0, 40));
      }
    } else if (Array.isArray(item)) {
      for (const entry of item) visit(entry, depth + 1);
    } else if (isPlainObject(item)) {
      for (const entry of Object.values(item)) visit(entry, depth + 1);
    }
  };
  visit(value, 0);
  return { names: [...names], malformed };
}

/** Result of resolving secret references: the arguments for the tool, or the names that could not be resolved. */
export type ResolvedArguments = { readonly ok: true; readonly arguments: Record<string, unknown> } | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Replaces every `{{secret:NAME}}` with the secret's value, for the executing side only: call it right before the
 * tool runs, after the gate allowed the call, and never hand the result to the model, a verdict or the audit log.
 */
export async function resolveSecrets(args: Readonly<Record<string, unknown>>, resolver: SecretResolver): Promise<ResolvedArguments> {
  const { names, malformed } = findSecretReferences(args);
  if (malformed.length > 0) return { ok: false, missing: malformed };
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const value = await resolver.resolve(name);
    if (value === undefined) missing.push(name);
    else values.set(name, value);
  }
  if (missing.length > 0) return { ok: false, missing };
  const replace = (item: unknown): unknown => {
    if (typeof item === 'string') return item.replace(reference, (_match, name: string) => values.get(name.trim()) ?? '');
    if (Array.isArray(item)) return item.map(replace);
    if (isPlainObject(item)) return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, replace(entry)]));
    return item;
  };
  return { ok: true, arguments: replace(args) as Record<string, unknown> };
}

/** Reads `RAMPART_SECRET_<NAME>` from the given environment. */
export function createEnvSecretResolver(env: Readonly<Record<string, string | undefined>>): SecretResolver {
  return {
    resolve: async (name) => {
      const key = `RAMPART_SECRET_${name}`;
      return Object.hasOwn(env, key) ? env[key] : undefined;
    },
  };
}

/** Reads secrets from a JSON object file (`{"NAME": "value"}`) or `NAME=value` lines; the file is read once. */
export function createFileSecretResolver(path: string): SecretResolver {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('CONFIG_INVALID', `${path}: cannot read the secrets file: ${errorMessage(error)}`, { cause: error });
  }
  const secrets = new Map<string, string>();
  if (text.trimStart().startsWith('{')) {
    let parsed: unknown;
    try { parsed = JSON.parse(text); } catch (error) { throw new RampartError('CONFIG_INVALID', `${path}: secrets file is not valid JSON`, { cause: error }); }
    if (!isPlainObject(parsed)) throw new RampartError('CONFIG_INVALID', `${path}: secrets file must be a JSON object`);
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') secrets.set(name, value);
  } else {
    for (const line of text.split(/\r?\n/)) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
      if (match !== null) secrets.set(match[1]!, match[2]!.trim());
    }
  }
  return { resolve: async (name) => secrets.get(name) };
}

/** Tries each resolver in order; the first that knows the name wins. */
export function chainSecretResolvers(...resolvers: SecretResolver[]): SecretResolver {
  return {
    resolve: async (name) => {
      for (const resolver of resolvers) {
        const value = await resolver.resolve(name);
        if (value !== undefined) return value;
      }
      return undefined;
    },
  };
}
