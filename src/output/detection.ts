import { RampartError } from '../kernel/errors.ts';
import type { Severity } from '../kernel/verdict.ts';
import type { Policy } from '../policy/schema.ts';

/** The output section of a validated policy. */
export type OutputPolicy = Policy['output'];

/** Families of findings; each maps to one policy action (`pii`, `secrets`, `canary`, `commands`, `links`). */
export type DetectionCategory = 'pii' | 'secret' | 'canary' | 'link' | 'command' | 'length';

/** One raw match of a detector, before the policy decides what to do with it. */
export interface Detection {
  readonly category: DetectionCategory;
  /** Kebab-case type, the last part of the rule id (`email`, `aws-access-key`, `pipe-to-shell`). */
  readonly type: string;
  readonly severity: Severity;
  /** Half-open offsets into the text the detector was given. */
  readonly start: number;
  readonly end: number;
  /** Name of the decoded view that revealed the match (`base64`, `hex`, `url`, `spaced`). */
  readonly decodedFrom?: string;
  /** Short non-secret note for the evidence line (e.g. `query carries 180 chars of data`). */
  readonly note?: string;
}

/** What every detector receives: the text window and the compiled settings. */
export interface DetectorInput {
  readonly text: string;
  readonly settings: DetectorSettings;
  /** Offset where matches may start (default 0); the text before it is look-behind context only. */
  readonly from?: number;
  /** Offset from which matches are no longer wanted (default: the end); the text after it is look-ahead only. */
  readonly until?: number;
}

/** Settings compiled once from the policy and the session context. */
export interface DetectorSettings {
  readonly allowTestValues: boolean;
  /** True when a host is on the link allowlist. */
  readonly hostAllowed: (host: string) => boolean;
  /** Lower-case canary secrets (the random part) to look for. */
  readonly canaries: readonly string[];
  /** Compiled system-prompt fingerprint, when one is protected. */
  readonly prompt?: PromptFingerprint;
}

/** Rolling-hash fingerprint of a protected system prompt. */
export interface PromptFingerprint {
  /** Normalised prompt text (lower case, whitespace collapsed). */
  readonly normalized: string;
  /** Length of the windows compared. */
  readonly window: number;
  /** Rolling hashes of every window of the prompt, to the offsets where they occur. */
  readonly hashes: ReadonlyMap<number, readonly number[]>;
}

/** Rule id of a detection, e.g. `output.secret.aws-access-key`. */
export function detectionRuleId(detection: Pick<Detection, 'category' | 'type'>): string {
  return `output.${detection.category}.${detection.type}`;
}

/** Characters that end a word for the look-around checks of the detectors. */
export const wordCharacter = /[\p{L}\p{N}_]/u;

/** True when the character before `start` and the one at `end` are not word characters. */
export function wordBounded(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] ?? '' : '';
  const after = text[end] ?? '';
  return !wordCharacter.test(before) && !wordCharacter.test(after);
}

/** The `length` characters before `start`, lower-cased, for keyword context checks. */
export function contextBefore(text: string, start: number, length = 48): string {
  return text.slice(Math.max(0, start - length), start).toLowerCase();
}

/**
 * Longest prefix a pattern may match before the value it reports (`DOB: `, `api_key = "`, the scheme and user
 * of `postgres://user:password@`), so a value at or after `from` is still found when its prefix lies before it.
 */
export const matchLead = 160;

/**
 * Matches of a global pattern that start at or after `from - lead` (the earlier text is context for
 * look-behind assertions) and before `until`, in order, like `matchAll`. Patterns that report a value after a
 * prefix pass `matchLead`. The pattern's `lastIndex` is restored to 0 before returning, so the shared pattern
 * object carries no state between calls.
 */
export function matchesFrom(text: string, pattern: RegExp, from = 0, lead = 0, until = Number.POSITIVE_INFINITY): RegExpExecArray[] {
  // exec ignores lastIndex without the g flag and would return the same match for ever.
  if (!pattern.global) throw new RampartError('STAGE_FAILED', `pattern ${pattern.source.slice(0, 40)} must be global`);
  const matches: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.unicodeSets;
  pattern.lastIndex = Math.max(0, from - lead);
  try {
    for (let match = pattern.exec(text); match !== null && match.index < until; match = pattern.exec(text)) {
      matches.push(match);
      if (match[0].length > 0) continue;
      // An empty match advances by one code point, as matchAll does.
      const code = text.charCodeAt(pattern.lastIndex);
      pattern.lastIndex += unicode && code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return matches;
}
