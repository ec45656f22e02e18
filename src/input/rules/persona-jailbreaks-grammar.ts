import type { LanguageRules } from './types.ts';

// The shared shape of the persona-jailbreak rules outside English (see persona-jailbreaks.ts): each language lists its
// own phrasings and this builder pairs them the way the English rules do. A persona needs a trait aimed at the AI's
// policy; a moral trait only counts next to "answer as X" (a villain without morals in a novel is not a jailbreak).

/** AI products and vendors, written the same way in every language. */
export const aiNames = String.raw`(?:chatgpt|openai|open ai|anthropic|claude|gemini|gpt|llm|чатgpt|чат gpt)`;

/** AI companies whose staff a jailbreak impersonates. */
export const aiCompanies = String.raw`(?:openai|open ai|anthropic|google deepmind|google|deepmind|meta|microsoft|mistral)`;

/** An opening quotation mark in any of the scripts below. */
export const quoteOpen = String.raw`["'“‘«»„‚「『\x60]`;

/** English mode names that appear untranslated in other languages ("Developer Mode aktiviert"). */
export const englishModes = String.raw`(?:developer|debug|dev|god|dan|jailbreak)[ _-]?mode`;

/** One language's persona-jailbreak phrasings, as regex sources (compiled with `iu`). */
export interface PersonaGrammar {
  readonly language: string;
  /** Cheap gate: words at least one of which every pattern of the language contains. */
  readonly script: RegExp;
  /** Sets up a persona, character or game: "you are now", "pretend to be", "an AI called". */
  readonly persona: string;
  /** A trait aimed at the AI's own policy: not bound by OpenAI's rules, NSFW allowed, can "do anything now". */
  readonly policyTrait: string;
  /** The persona is the one that answers: "answer as X", "stay in character", "every question". */
  readonly answersAs: string;
  /** A trait about morals or refusals: no ethics, never refuses to answer, uncensored AI. */
  readonly moralTrait: string;
  /** A claim that a special mode is on: "developer mode enabled". */
  readonly mode: string;
  /** Words that put a mode claim next to an AI: vendor names, "your rules", "language model". */
  readonly aiContext: string;
  /** "I am an OpenAI employee". */
  readonly employee: string;
  /** "change your guidelines", in the language's word orders. */
  readonly modify: string;
  /** "Forget everything you were told before this conversation". */
  readonly override: readonly string[];
  /** Indirect system-prompt probes. */
  readonly extraction: readonly string[];
  /** Text planted for an automated reviewer, and requests for hateful sentences about a group. */
  readonly planted: readonly string[];
  /** An AI without restrictions, filters or censorship: aimed at the AI itself, so it pairs with any persona. */
  readonly unrestricted?: string;
  /** "Begin every answer with 'X:'": the persona answers; joins {@link answersAs}. */
  readonly answerPrefix?: string;
}

/** Two cues within `distance` characters in either order: "persona ... trait" and "trait ... persona". */
export function eitherOrder(first: string, second: string, distance: number): string[] {
  // Both sides grouped: a side with a top-level alternation (`A|B`) must not match on its own.
  return [`(?:${first})[^]{0,${distance}}?(?:${second})`, `(?:${second})[^]{0,${distance}}?(?:${first})`];
}

/** The rule set of one language: persona + trait in either order within a few sentences, plus the direct phrasings. */
export function personaRules(grammar: PersonaGrammar): LanguageRules {
  const { persona, policyTrait, moralTrait, mode, aiContext, employee, modify, unrestricted, answerPrefix } = grammar;
  const answersAs = answerPrefix === undefined ? grammar.answersAs : `(?:${grammar.answersAs}|${answerPrefix})`;
  return {
    language: grammar.language,
    script: grammar.script,
    patterns: {
      'jailbreak-framing': [
        ...eitherOrder(persona, policyTrait, 300),
        ...eitherOrder(answersAs, moralTrait, 300),
        ...eitherOrder(mode, aiContext, 120),
        ...(unrestricted === undefined ? [] : eitherOrder(persona, unrestricted, 200)),
        `${employee}[^]{0,200}?(?:${modify})`,
      ],
      'instruction-override': grammar.override,
      'prompt-extraction': grammar.extraction,
      'addressed-instruction': grammar.planted,
    },
  };
}
