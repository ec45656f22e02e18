import type { LanguageRules } from './types.ts';

// Short direct injections that pivot away from the application's task without naming "instructions": "Forget
// everything before that. <new question>", "Now follow new instructions", "What was written at the beginning of this
// prompt?", "Pretend you are an evil AI". Common in public prompt-injection sets of web-form attacks; written for
// this project (English, German, and Croatian/Serbian/Bosnian, which the older rules did not cover).
// Left out on purpose: "Forget all that, I changed my mind" (no position in the conversation), "That is done. Now
// write ..." and "regardless of previous instructions, the office is closed" (ordinary conversation and memos).

const sentenceStart = String.raw`(?:^|[.!?]\s{1,3}|\n)\s{0,3}`;

/** English pivots. */
export const englishPivots: LanguageRules = {
  language: 'en',
  patterns: {
    'instruction-override': [
      // "Forget everything before that.", "Ignore everything above."
      String.raw`${sentenceStart}(?:(?:now|so|ok(?:ay)?|please)[,]?\s{1,3})?(?:forget|ignore|disregard)\s{1,3}(?:about\s{1,3})?(?:everything|all|anything)\s{1,3}(?:(?:that\s{1,3})?(?:was\s{1,3})?(?:said|written|discussed)\s{1,3})?(?:before|above|prior|previously|up to (?:now|here|this point))\b`,
      String.raw`\b(?:now|here)\s{1,3}(?:come|comes|follow|follows)\s{1,3}(?:your\s{1,3}|the\s{1,3}|some\s{1,3})?new\s{1,3}(?:instructions|orders|directives|commands)\b`,
      String.raw`\byour\s{1,3}(?:new\s{1,3})?(?:instructions|orders|directives)\s{1,3}(?:are|is)\s{1,3}now\s{1,3}(?:to\b|:)`,
    ],
    'prompt-extraction': [
      String.raw`\bwhat\s{1,3}(?:was|is|were)\s{1,3}(?:written|said|stated)\s{1,3}(?:at\s{1,3}the\s{1,3}(?:beginning|start|top)\s{1,3}of|in\s{1,3}the\s{1,3}first\s{1,3}(?:line|part|lines)\s{1,3}of)\s{1,3}(?:this|the|your|our)\s{1,3}(?:prompt|conversation|chat|instructions|context)\b`,
    ],
    'jailbreak-framing': [
      // "Pretend you are an evil AI." ("Skynet is an evil AI" describes a film: the reader must be the one asked to be it.)
      String.raw`\b(?:you are|you're|pretend (?:to be|that you are|you are|you're)|act as|play|become|imagine (?:that )?you(?:'re| are))\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:evil|malicious|rogue|malevolent|villainous)\s{1,3}(?:ai|a\.i\.|chatbot|assistant|bot|language model|llm|version of (?:yourself|chatgpt))\b`,
    ],
  },
};

/** German pivots. */
export const germanPivots: LanguageRules = {
  language: 'de',
  patterns: {
    'instruction-override': [
      String.raw`${sentenceStart}(?:(?:jetzt|nun|ok(?:ay)?|bitte)[,]?\s{1,3})?(?:vergiss|ignoriere|ignorier|vergessen sie|ignorieren sie)\s{1,3}alles\s{1,3}(?:davor|zuvor|vorher|bisherige|oben|vorangegangene|bis hierhin|bisher gesagte)(?![\p{L}])`,
      String.raw`\b(?:nun|jetzt|hier)\s{1,3}(?:folgen|kommen)\s{1,3}(?:deine\s{1,3}|die\s{1,3}|einige\s{1,3})?(?:neue|neuen|weitere|weiteren)\s{1,3}(?:anweisungen|befehle|instruktionen)(?![\p{L}])`,
    ],
    'prompt-extraction': [
      String.raw`\bwas\s{1,3}(?:stand|steht|wurde\s{1,3}geschrieben)\s{1,3}(?:am\s{1,3}anfang|zu\s{1,3}beginn|ganz\s{1,3}oben)\s{1,3}(?:dieses|des|deines|diese[rs]?)\s{1,3}(?:prompts?|textes|gesprächs|chats|anweisungen)(?![\p{L}])`,
    ],
  },
};

/** Croatian, Serbian and Bosnian (Latin script): the override only. */
export const croatianPivots: LanguageRules = {
  language: 'hr',
  script: /\b(?:sve|upute|uputstva|instrukcije|naredbe|zaboravi|zaboravite|ignoriraj|ignoriši|ignorisi|zanemari|zanemarite)\b/iu,
  patterns: {
    'instruction-override': [
      String.raw`\b(?:zaboravi|zaboravite|ignoriraj|ignorirajte|ignoriši|ignorisi|ignorišite|zanemari|zanemarite)\s{1,3}(?:sve\s{1,3})?(?:(?:prethodne|ranije|gornje|dosadašnje|dosadasnje|svoje|tvoje)\s{1,3})?(?:upute|uputstva|instrukcije|naredbe|pravila)\b`,
    ],
  },
};

/** Pivots in every language that has them. */
export const pivotRules: readonly LanguageRules[] = [englishPivots, germanPivots, croatianPivots];
