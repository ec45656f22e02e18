/** Families of injection phrasing the heuristic rules look for. */
export type HeuristicCategory =
  | 'instruction-override'
  | 'role-switch'
  | 'chat-template'
  | 'prompt-extraction'
  | 'exfiltration'
  | 'authority-claim'
  | 'hidden-step'
  | 'tool-hijack'
  | 'fake-turn'
  | 'data-boundary-override'
  | 'addressed-instruction'
  | 'jailbreak-framing'
  | 'action-request';

/** Every category, in reporting order. */
export const heuristicCategories: readonly HeuristicCategory[] = [
  'instruction-override', 'role-switch', 'chat-template', 'prompt-extraction', 'exfiltration', 'authority-claim', 'hidden-step', 'tool-hijack',
  'fake-turn', 'data-boundary-override', 'addressed-instruction', 'jailbreak-framing', 'action-request',
];

/** Categories that only apply to untrusted content (tool results, documents, web pages, e-mails): a user's own prompt may address the assistant. */
export const untrustedOnlyCategories: ReadonlySet<HeuristicCategory> = new Set(['addressed-instruction', 'action-request']);

/** Severity weight in [0, 1] per category: how strongly one match indicates an attack on its own. */
export const categoryWeights: Readonly<Record<HeuristicCategory, number>> = {
  'instruction-override': 0.85,
  'role-switch': 0.6,
  'chat-template': 0.7,
  'prompt-extraction': 0.8,
  exfiltration: 0.8,
  'authority-claim': 0.5,
  'hidden-step': 0.6,
  'tool-hijack': 0.55,
  'fake-turn': 0.85,
  'data-boundary-override': 0.9,
  'addressed-instruction': 0.9,
  'jailbreak-framing': 0.9,
  // A request for a sensitive agent action (transfer, grant access, forward the inbox) with a concrete target.
  'action-request': 0.88,
};

/**
 * Phrasings of one language as regex sources per category. Sources are compiled with the `iu` flags; they must be
 * linear-time: no nested quantifiers, every gap bounded (`[^.\n]{0,40}`), no unbounded `.*`.
 */
export interface LanguageRules {
  /** ISO 639-1 code. */
  readonly language: string;
  /**
   * Text must match this cheap test for the rules to run: the script for non-Latin languages, frequent function words
   * and the key verbs for Latin ones (skips Dutch rules on English text); absent means always run.
   */
  readonly script?: RegExp;
  readonly patterns: Readonly<Partial<Record<HeuristicCategory, readonly string[]>>>;
  /**
   * Imperatives (regex source) that must follow an authority claim within 80 characters: "message from the
   * administrator" alone is an ordinary notice; followed by "ignore", "disable" or "send" it is an attack.
   */
  readonly imperatives?: string;
}

/** A bounded gap of up to `count` characters that stays inside one sentence. */
export function gap(count: number): string {
  return `[^.!?\\n]{0,${count}}`;
}

/**
 * A bounded gap like {@link gap} that tolerates URLs, domains and numbers: a '.', '!' or '?' followed by a non-space
 * character ("example.com", "3.5", "www.site.xyz/a?b") does not end the clause. The two alternatives never match the
 * same character, so the gap stays linear-time.
 */
export function clauseGap(count: number): string {
  return `(?:[^.!?\\n]|[.!?](?=\\S)){0,${count}}`;
}
