import { frenchPersona, germanPersona } from './persona-jailbreaks-german-french.ts';
import { portuguesePersona, spanishPersona } from './persona-jailbreaks-iberian.ts';
import { dutchPersona, italianPersona, polishPersona } from './persona-jailbreaks-italian-dutch-polish.ts';
import { chinesePersona, japanesePersona, russianPersona } from './persona-jailbreaks-scripts.ts';
import type { LanguageRules } from './types.ts';

// The persona-jailbreak family of persona-jailbreaks.ts (persona + jailbroken trait, indirect system-prompt probes,
// mode and employee claims, text planted for automated reviewers) in ten more languages. Each language file holds its
// own phrasings; persona-jailbreaks-grammar.ts pairs persona and trait the way the English rules do.

/** Persona-jailbreak, indirect prompt-probe and planted-verdict rules outside English, one entry per language. */
export const personaJailbreaksMultilingual: readonly LanguageRules[] = [
  germanPersona, frenchPersona, spanishPersona, portuguesePersona, italianPersona, dutchPersona, polishPersona,
  russianPersona, chinesePersona, japanesePersona,
];
