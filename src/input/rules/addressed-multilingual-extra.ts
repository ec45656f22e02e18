import { addressedAsian } from './addressed-extra-asian.ts';
import { addressedEuropean } from './addressed-extra-european.ts';
import { addressedFurther } from './addressed-extra-further.ts';
import type { LanguageRules } from './types.ts';

/**
 * Requests to the AI about a third party in every language the rules cover (en, es, fr, de, it, pt, nl, pl, ru, uk,
 * cs, el, ro, sv, hu, id, vi, sw, tl, tr, zh, ja, ko, ar, hi, he, fa, th, bn, ur): "don't tell the user … and secretly
 * delete / ask …", "quietly ask the user to …", "ask the user to verify their account at http://…", "when you
 * summarise this, tell the reader to …", "Assistant, ask the user to …" (category addressed-instruction).
 */
export const addressedInstructionExtra: readonly LanguageRules[] = [...addressedEuropean, ...addressedFurther, ...addressedAsian];
