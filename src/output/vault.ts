import { createHmac, createSecretKey } from 'node:crypto';
import type { RandomBytes } from '../kernel/crypto.ts';
import { secureRandomBytes } from '../kernel/crypto.ts';

/** Hands out placeholders such as `[EMAIL_1]`, stable per value within one session. */
export interface PlaceholderRegistry {
  /** The placeholder for `value` in this session, allocating `[LABEL_n]` on first sight. */
  placeholder(sessionId: string, label: string, value: string): string;
}

/**
 * A reversible placeholder registry. `restore` puts the original values back into TOOL ARGUMENTS so a tool
 * can act on `[EMAIL_1]`; it must never be applied to text the model or a user sees, or redaction is undone.
 */
export interface PlaceholderVault extends PlaceholderRegistry {
  /** Replaces this session's placeholders in `text` with their values; unknown placeholders stay as they are. */
  restore(text: string, sessionId: string): string;
  /** Restores every string inside a JSON value (tool-call arguments), returning a new value. */
  restoreArguments<T>(value: T, sessionId: string): T;
  /** Forgets a session's values. */
  forget(sessionId: string): void;
}

/** Limits that keep the registry's memory bounded. */
export interface PlaceholderLimits {
  /** Sessions kept; the oldest is forgotten first. Default 10 000. */
  readonly maxSessions?: number;
  /** Values kept per session; later values still get fresh numbers but are not remembered. Default 10 000. */
  readonly maxValuesPerSession?: number;
}

interface SessionPlaceholders {
  readonly byKey: Map<string, string>;
  readonly byPlaceholder: Map<string, string>;
  readonly counters: Map<string, number>;
}

const placeholderPattern = /\[([A-Z][A-Z0-9_]{0,40}_\d{1,7})\]/g;

function createRegistry(keepValues: boolean, random: RandomBytes, limits: PlaceholderLimits): PlaceholderVault {
  // A KeyObject is imported once; passing raw bytes to every createHmac re-imports the key.
  const key = createSecretKey(random(32));
  const sessions = new Map<string, SessionPlaceholders>();
  const maxSessions = limits.maxSessions ?? 10_000;
  const maxValues = limits.maxValuesPerSession ?? 10_000;
  const session = (sessionId: string): SessionPlaceholders => {
    let state = sessions.get(sessionId);
    if (state === undefined) {
      if (sessions.size >= maxSessions) sessions.delete(sessions.keys().next().value!);
      state = { byKey: new Map(), byPlaceholder: new Map(), counters: new Map() };
      sessions.set(sessionId, state);
    }
    return state;
  };
  const restore = (text: string, sessionId: string): string => {
    const state = sessions.get(sessionId);
    if (state === undefined || !keepValues) return text;
    return text.replace(placeholderPattern, (whole, name: string) => state.byPlaceholder.get(name) ?? whole);
  };
  const restoreValue = (value: unknown, sessionId: string, depth: number): unknown => {
    if (depth > 64) return value;
    if (typeof value === 'string') return restore(value, sessionId);
    if (Array.isArray(value)) return value.map((item: unknown) => restoreValue(item, sessionId, depth + 1));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, restoreValue(item, sessionId, depth + 1)]));
    }
    return value;
  };
  return {
    placeholder(sessionId, label, value) {
      const state = session(sessionId);
      // Values are looked up by a keyed hash so the registry without a vault never holds them.
      const lookup = `${label}:${createHmac('sha256', key).update(value).digest('base64url')}`;
      const known = state.byKey.get(lookup);
      if (known !== undefined) return `[${known}]`;
      const number = (state.counters.get(label) ?? 0) + 1;
      state.counters.set(label, number);
      const name = `${label}_${number}`;
      if (state.byKey.size < maxValues) {
        state.byKey.set(lookup, name);
        if (keepValues) state.byPlaceholder.set(name, value);
      }
      return `[${name}]`;
    },
    restore,
    restoreArguments: <T>(value: T, sessionId: string): T => restoreValue(value, sessionId, 0) as T,
    forget(sessionId) {
      sessions.delete(sessionId);
    },
  };
}

/** A reversible vault for placeholder redaction; see `PlaceholderVault` for where restoring is allowed. */
export function createPlaceholderVault(options: PlaceholderLimits & { random?: RandomBytes } = {}): PlaceholderVault {
  return createRegistry(true, options.random ?? secureRandomBytes, options);
}

/** A one-way registry: stable placeholders without keeping the values. */
export function createPlaceholderRegistry(options: PlaceholderLimits & { random?: RandomBytes } = {}): PlaceholderRegistry {
  return createRegistry(false, options.random ?? secureRandomBytes, options);
}
