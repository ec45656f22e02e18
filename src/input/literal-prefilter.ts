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
  const fast = createFastPlan(byFlags);
  return {
    activeUnits(text) {
      const active = alwaysActive.slice();
      const triggered = new Uint8Array(fast.buckets.length);
      let fallback = false;
      let lowerable = true;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code < 0x80) continue;
        if (fast.foldsToAscii.has(code)) fallback = true;
        if (lowersToAscii.has(code)) lowerable = false;
        const buckets = fast.triggers.get(code);
        if (buckets !== undefined) for (const bucket of buckets) triggered[bucket] = 1;
      }
      // A Kelvin sign or long s equals an ASCII letter under `iu` but not under `i`: such texts scan ASCII literals
      // with their own flags.
      // Otherwise ASCII literals are found case-sensitively in the lower-cased text (faster for the regex engine), unless
      // lower-casing turns a non-ASCII character into ASCII (Kelvin sign, dotted capital I).
      if (fallback) for (const group of fast.asciiByFlags) scanGroup(group, text, active);
      else if (lowerable && fast.asciiLower !== undefined) scanGroup(fast.asciiLower, text.toLowerCase(), active);
      else if (fast.ascii !== undefined) scanGroup(fast.ascii, text, active);
      for (const group of fast.always) scanGroup(group, text, active);
      fast.buckets.forEach((group, bucket) => {
        if (triggered[bucket] === 1) scanGroup(group, text, active);
      });
      return active;
    },
  };
}

/**
 * The same literals regrouped so that a text pays only for the scripts it contains: ASCII literals of every
 * case-insensitive group in one `i` scan (exact unless the text holds a non-ASCII equal of one of their letters), and
 * non-ASCII literals in buckets scanned only when the text holds a character equal to the bucket's first non-ASCII one.
 */
interface FastPlan {
  /** ASCII literals of every case-insensitive group, matched with `i`. */
  readonly ascii: Group | undefined;
  /** The same literals lower-cased, matched case-sensitively in lower-cased text. */
  readonly asciiLower: Group | undefined;
  /** The same literals grouped by their own flags, for texts holding a non-ASCII equal of an ASCII letter. */
  readonly asciiByFlags: readonly Group[];
  readonly always: readonly Group[];
  readonly buckets: readonly Group[];
  /** Bucket indices per character code that can open them. */
  readonly triggers: ReadonlyMap<number, readonly number[]>;
  /** Non-ASCII characters equal, under some group's flags, to a letter of a merged ASCII literal. */
  readonly foldsToAscii: ReadonlySet<number>;
}

function createFastPlan(byFlags: ReadonlyMap<string, readonly { literal: string; unit: number }[]>): FastPlan {
  const ascii: { literal: string; unit: number }[] = [];
  const asciiByFlags: Group[] = [];
  const always: Group[] = [];
  const bucketEntries = new Map<string, { flags: string; entries: { literal: string; unit: number }[]; codes: Set<number> }>();
  const foldsToAscii = new Set<number>();
  for (const [flags, entries] of byFlags) {
    const caseless = flags.includes('i');
    const representatives = caseless ? caseClasses(entries.map((entry) => entry.literal).join(''), flags) : new Map<number, number>();
    const classes = new Map<number, number[]>();
    for (const [member, representative] of representatives) classes.set(representative, [...(classes.get(representative) ?? []), member]);
    const classOf = (code: number): readonly number[] => classes.get(representatives.get(code) ?? code) ?? [code];
    const kept: { literal: string; unit: number }[] = [];
    const asciiKept: { literal: string; unit: number }[] = [];
    for (const entry of entries) {
      const first = [...entry.literal].findIndex((character) => character.charCodeAt(0) >= 0x80);
      if (first < 0 && caseless) {
        ascii.push(entry);
        asciiKept.push(entry);
        for (const character of entry.literal) for (const member of classOf(character.charCodeAt(0))) if (member >= 0x80) foldsToAscii.add(member);
        continue;
      }
      const members = first < 0 ? [] : classOf(entry.literal.charCodeAt(first));
      if (first < 0 || members.some((member) => member < 0x80)) {
        kept.push(entry);
        continue;
      }
      const key = `${flags}:${(representatives.get(entry.literal.charCodeAt(first)) ?? entry.literal.charCodeAt(first)) >> 8}`;
      const bucket = bucketEntries.get(key) ?? { flags, entries: [], codes: new Set<number>() };
      bucket.entries.push(entry);
      for (const member of members) bucket.codes.add(member);
      bucketEntries.set(key, bucket);
    }
    if (kept.length > 0) always.push(compileGroup(flags, kept));
    if (asciiKept.length > 0) asciiByFlags.push(compileGroup(flags, asciiKept));
  }
  const buckets = [...bucketEntries.values()];
  const triggers = new Map<number, number[]>();
  buckets.forEach((bucket, index) => {
    for (const code of bucket.codes) triggers.set(code, [...(triggers.get(code) ?? []), index]);
  });
  const lower = ascii.map((entry) => ({ literal: entry.literal.toLowerCase(), unit: entry.unit }));
  return {
    ascii: ascii.length > 0 ? compileGroup('i', ascii) : undefined, asciiLower: lower.length > 0 ? compileGroup('', lower) : undefined, asciiByFlags, always, buckets: buckets.map((bucket) => compileGroup(bucket.flags, bucket.entries)), triggers, foldsToAscii };
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
  // The scan reports the longest literal at each position; shorter literals there are prefixes of it. In sorted
  // order every key comes after its prefixes, and the keys in between share them: a stack holds the chain of prefixes.
  const activations = new Map<string, readonly number[]>();
  const chain: string[] = [];
  for (const key of [...unitsByKey.keys()].sort()) {
    while (chain.length > 0 && !key.startsWith(chain.at(-1) ?? '')) chain.pop();
    const inherited = chain.length > 0 ? (activations.get(chain.at(-1) ?? '') ?? []) : [];
    activations.set(key, [...new Set([...inherited, ...(unitsByKey.get(key) ?? [])])]);
    chain.push(key);
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
  // Frequent literals occur many times and activate many units: collect the distinct matches first, activate once each.
  const matched = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matched.add(match[0]);
    // Literals may overlap: restart right after the start of this one rather than after its end.
    pattern.lastIndex = match.index + 1;
  }
  for (const literal of matched) {
    const units = group.activations.get(keyOf(literal, group.representatives));
    // A match whose key is unknown (a case equivalence the class table missed) activates the whole group: fail open to scanning.
    for (const unit of units ?? group.units) active[unit] = 1;
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
// Non-ASCII characters whose lower case holds an ASCII character (U+212A Kelvin sign, U+0130 dotted capital I).
// eslint-disable-next-line no-control-regex -- the test is "holds an ASCII character"
const lowersToAscii: ReadonlySet<number> = new Set([...caseMapped].filter((character) => character.charCodeAt(0) >= 0x80 && /[\x00-\x7f]/.test(character.toLowerCase())).map((character) => character.charCodeAt(0)));

function caseMappedCharacters(): string {
  let all = '';
  for (let code = 0; code < 0x10000; code += 1) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
  return (all.match(/\p{Changes_When_Casemapped}/gu) ?? []).join('');
}
