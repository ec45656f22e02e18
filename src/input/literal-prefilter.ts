/**
 * A combined literal scan that tells, for many patterns at once, which of them can possibly match a text: each
 * pattern ("unit") lists literals one of which every match contains (see required-literals.ts); one pass over the
 * text per flag group finds every literal occurring in it. Literals are matched with the patterns' own flags, so
 * case-insensitive equivalences (`K`/`k`/Kelvin sign, `σ`/`ς`) are exactly those of the patterns.
 */

/** One pattern to prefilter: the literals one of which every match contains (absent: the unit is always active), and its flags. */
export interface PrefilterUnit {
  readonly literals: readonly string[] | undefined;
  readonly flags: string;
}

/** Compiled prefilter over a fixed list of units. */
export interface LiteralPrefilter {
  /** Which units can match `text` (1) and which cannot (0), indexed like the units given at creation. */
  activeUnits(text: string): Uint8Array;
}

interface Group {
  readonly pattern: RegExp;
  // Equivalence-class representative per code unit for case-insensitive groups (literal characters and their case variants).
  readonly representatives: ReadonlyMap<number, number>;
  // Units to activate per literal key (the literal, its case variants and every literal that is a prefix of it).
  readonly activations: ReadonlyMap<string, readonly number[]>;
  readonly units: readonly number[];
}

/** Builds a prefilter; units without literals (or with unusual flags) are reported active for every text. */
export function createLiteralPrefilter(units: readonly PrefilterUnit[]): LiteralPrefilter {
  const alwaysActive = new Uint8Array(units.length);
  const byFlags = new Map<string, { literal: string; unit: number }[]>();
  units.forEach((unit, index) => {
    const flags = literalFlags(unit.flags);
    if (unit.literals === undefined || unit.literals.length === 0 || flags === undefined) {
      alwaysActive[index] = 1;
      return;
    }
    const entries = byFlags.get(flags) ?? [];
    for (const literal of unit.literals) entries.push({ literal, unit: index });
    byFlags.set(flags, entries);
  });
  const groups = [...byFlags].map(([flags, entries]) => compileGroup(flags, entries));
  return {
    activeUnits(text) {
      const active = alwaysActive.slice();
      for (const group of groups) scanGroup(group, text, active);
      return active;
    },
  };
}

// Only `i` and `u` change which texts contain a literal; `m`, `s`, `g`, `y`, `d` do not. Anything else (`v`) is not prefiltered.
function literalFlags(flags: string): string | undefined {
  const kept = flags.replace(/[gymsd]/g, '');
  return /^(?:i?u?|ui)$/.test(kept) ? [...kept].sort().join('') : undefined;
}

function escapeLiteral(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function compileGroup(flags: string, entries: readonly { literal: string; unit: number }[]): Group {
  const caseless = flags.includes('i');
  const representatives = caseless ? caseClasses(entries.map((entry) => entry.literal).join(''), flags) : new Map<number, number>();
  const unitsByKey = new Map<string, Set<number>>();
  for (const { literal, unit } of entries) {
    const key = keyOf(literal, representatives);
    const set = unitsByKey.get(key) ?? new Set<number>();
    set.add(unit);
    unitsByKey.set(key, set);
  }
  // The scan reports the longest literal at each position; shorter literals there are prefixes of it.
  const activations = new Map<string, readonly number[]>();
  for (const key of unitsByKey.keys()) {
    const all = new Set<number>();
    for (let length = 1; length <= key.length; length += 1) for (const unit of unitsByKey.get(key.slice(0, length)) ?? []) all.add(unit);
    activations.set(key, [...all]);
  }
  const literals = [...new Set(entries.map((entry) => entry.literal))].sort((left, right) => right.length - left.length);
  return {
    pattern: new RegExp(literals.map(escapeLiteral).join('|'), `${flags}g`),
    representatives,
    activations,
    units: [...new Set(entries.map((entry) => entry.unit))],
  };
}

function scanGroup(group: Group, text: string, active: Uint8Array): void {
  const pattern = group.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const units = group.activations.get(keyOf(match[0], group.representatives));
    // A match whose key is unknown (a case equivalence the class table missed) activates the whole group: fail open to scanning.
    for (const unit of units ?? group.units) active[unit] = 1;
    // Literals may overlap: restart right after the start of this one rather than after its end.
    pattern.lastIndex = match.index + 1;
  }
}

function keyOf(text: string, representatives: ReadonlyMap<number, number>): string {
  if (representatives.size === 0) return text;
  let key = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    key += String.fromCharCode(representatives.get(code) ?? code);
  }
  return key;
}

/**
 * For every character of `alphabet`, the characters the regex engine treats as equal to it under `flags`, mapped to
 * one representative. Candidates are the characters that change under case mapping (others can only equal themselves).
 */
function caseClasses(alphabet: string, flags: string): Map<number, number> {
  const candidates = caseMapped;
  const representatives = new Map<number, number>();
  for (const character of new Set(alphabet)) {
    const code = character.charCodeAt(0);
    if (representatives.has(code)) continue;
    const members = [code, ...(candidates.match(new RegExp(escapeLiteral(character), `${flags}g`)) ?? []).map((member) => member.charCodeAt(0))];
    const representative = Math.min(...members);
    for (const member of members) representatives.set(member, representative);
  }
  return representatives;
}

// Every BMP character that changes under case mapping, computed once (an immutable constant).
const caseMapped = caseMappedCharacters();

function caseMappedCharacters(): string {
  let all = '';
  for (let code = 0; code < 0x10000; code += 1) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
  return (all.match(/\p{Changes_When_Casemapped}/gu) ?? []).join('');
}
