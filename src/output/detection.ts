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
