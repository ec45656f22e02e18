/**
 * Derives, from a regular expression's source, a set of literal strings one of which every match must contain
 * (its "required literals"), so that a scanner can skip the expression on text containing none of them. The
 * analysis is conservative: whenever a construct is not understood (backreferences, classes with escapes or ranges,
 * `.`), it contributes no literal and the result may be `undefined` (no prefilter possible).
 */

interface Info {
  // Every string the node can match, when few and known; `null` when unknown or too many.
  readonly exact: readonly string[] | null;
  // Strings one of which every match contains; `null` when no such set is known.
  readonly required: readonly string[] | null;
}

const maxExact = 48;
const maxExactLength = 48;
const anything: Info = { exact: null, required: null };
const empty: Info = { exact: [''], required: null };

/**
 * The required literals of `source` (as written, to be matched with the pattern's own flags), or `undefined` when
 * no set with every literal at least `minimumLength` characters long can be derived.
 */
export function requiredLiterals(source: string, flags: string, minimumLength = 3): readonly string[] | undefined {
  const parser = { source, index: 0, unicode: flags.includes('u') || flags.includes('v') };
  const info = parseDisjunction(parser);
  if (parser.index !== source.length) return undefined;
  const set = best(info);
  // Non-ASCII literals (CJK words, accented stems) are selective at a shorter length than ASCII ones.
  if (set === null || set.some((literal) => literal.length < (/^[ -~]*$/.test(literal) ? minimumLength : Math.min(2, minimumLength)) || !isPlainBmp(literal))) return undefined;
  return [...new Set(set)];
}

function isPlainBmp(literal: string): boolean {
  for (let index = 0; index < literal.length; index += 1) {
    const code = literal.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return false;
  }
  return true;
}

interface Parser {
  readonly source: string;
  index: number;
  readonly unicode: boolean;
}

function score(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return -1;
  let shortest = Infinity;
  for (const literal of set) shortest = Math.min(shortest, literal.length);
  // Longer literals are rarer; among equal lengths, fewer alternatives are cheaper.
  return shortest === 0 ? -1 : shortest * 1000 - Math.min(set.length, 999);
}

function best(info: Info): readonly string[] | null {
  return score(info.exact) > score(info.required) ? info.exact : info.required;
}

function parseDisjunction(parser: Parser): Info {
  const alternatives: Info[] = [parseSequence(parser)];
  while (parser.source[parser.index] === '|') {
    parser.index += 1;
    alternatives.push(parseSequence(parser));
  }
  if (alternatives.length === 1) return alternatives[0] as Info;
  let exact: string[] | null = [];
  let required: string[] | null = [];
  for (const alternative of alternatives) {
    exact = exact === null || alternative.exact === null ? null : [...exact, ...alternative.exact];
    const set = best(alternative);
    required = required === null || set === null ? null : [...required, ...set];
  }
  if (exact !== null && exact.length > maxExact) exact = null;
  return { exact, required };
}

function parseSequence(parser: Parser): Info {
  const candidates: (readonly string[])[] = [];
  let run: string[] | null = [''];
  let allExact = true;
  const flush = (): void => {
    if (run !== null && score(run) > 0) candidates.push(run);
  };
  while (parser.index < parser.source.length && parser.source[parser.index] !== '|' && parser.source[parser.index] !== ')') {
    const item = parseQuantified(parser);
    const itemBest = best(item);
    if (itemBest !== null) candidates.push(itemBest);
    if (item.exact === null) {
      allExact = false;
      flush();
      run = null;
      continue;
    }
    const product: string[] | null = run === null ? null : cross(run, item.exact);
    if (product === null) {
      allExact = false;
      flush();
      run = item.exact.slice();
    } else {
      run = product;
    }
  }
  flush();
  let chosen: readonly string[] | null = null;
  for (const candidate of candidates) if (score(candidate) > score(chosen)) chosen = candidate;
  return { exact: allExact ? run : null, required: chosen };
}

function cross(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > maxExact) return null;
  const result: string[] = [];
  for (const first of left) {
    for (const second of right) {
      if (first.length + second.length > maxExactLength) return null;
      result.push(first + second);
    }
  }
  return [...new Set(result)];
}

function parseQuantified(parser: Parser): Info {
  const atom = parseAtom(parser);
  const quantifier = readQuantifier(parser);
  if (quantifier === undefined) return atom;
  const [minimum, maximum] = quantifier;
  if (minimum === 0) {
    return { exact: maximum === 1 && atom.exact !== null ? [...new Set(['', ...atom.exact])] : null, required: null };
  }
  if (minimum === 1 && maximum === 1) return atom;
  return { exact: null, required: best(atom) };
}

function readQuantifier(parser: Parser): readonly [number, number] | undefined {
  const character = parser.source[parser.index];
  let result: readonly [number, number] | undefined;
  if (character === '*') result = [0, Infinity];
  else if (character === '+') result = [1, Infinity];
  else if (character === '?') result = [0, 1];
  if (result !== undefined) {
    parser.index += 1;
  } else if (character === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(parser.source.slice(parser.index, parser.index + 24));
    if (braces === null) return undefined;
    parser.index += braces[0].length;
    const minimum = Number(braces[1]);
    result = [minimum, braces[2] === undefined ? minimum : braces[3] === '' ? Infinity : Number(braces[3])];
  } else {
    return undefined;
  }
  if (parser.source[parser.index] === '?') parser.index += 1;
  return result;
}

function parseAtom(parser: Parser): Info {
  const source = parser.source;
  const character = source[parser.index] ?? '';
  parser.index += 1;
  switch (character) {
    case '^':
    case '$':
      return empty;
    case '.':
      return anything;
    case '[':
      return parseClass(parser);
    case '(':
      return parseGroup(parser);
    case '\\':
      return parseEscape(parser);
    default:
      return literal(character);
  }
}

function literal(character: string): Info {
  return { exact: [character], required: null };
}

function parseGroup(parser: Parser): Info {
  const source = parser.source;
  let lookaround = false;
  if (source.startsWith('?:', parser.index)) {
    parser.index += 2;
  } else if (source.startsWith('?=', parser.index) || source.startsWith('?!', parser.index)) {
    parser.index += 2;
    lookaround = true;
  } else if (source.startsWith('?<=', parser.index) || source.startsWith('?<!', parser.index)) {
    parser.index += 3;
    lookaround = true;
  } else if (source.startsWith('?<', parser.index)) {
    const close = source.indexOf('>', parser.index);
    parser.index = close < 0 ? source.length : close + 1;
  } else if (source[parser.index] === '?') {
    // Modifiers such as `(?i:...)` change matching in ways this analysis does not follow.
    parser.index = source.length + 1;
    return anything;
  }
  const inner = parseDisjunction(parser);
  if (source[parser.index] === ')') parser.index += 1;
  else parser.index = source.length + 1;
  // A lookaround consumes nothing: what it looks at need not be part of the match.
  return lookaround ? empty : inner;
}

function parseEscape(parser: Parser): Info {
  const source = parser.source;
  const character = source[parser.index] ?? '';
  parser.index += 1;
  if (character === 'b' || character === 'B') return empty;
  if ('dDwWsS'.includes(character)) return anything;
  if (character === 'p' || character === 'P') {
    if (source[parser.index] === '{') {
      const close = source.indexOf('}', parser.index);
      parser.index = close < 0 ? source.length + 1 : close + 1;
    }
    return anything;
  }
  const code = escapedCode(parser, character);
  return code === undefined ? anything : literal(String.fromCharCode(code));
}

/** The code unit an escape stands for, or undefined for backreferences and escapes this analysis does not model. */
function escapedCode(parser: Parser, character: string): number | undefined {
  const source = parser.source;
  const simple: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11 };
  if (Object.hasOwn(simple, character)) return simple[character];
  if (character === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(parser.index));
    if (hex === null) return undefined;
    parser.index += 2;
    return Number.parseInt(hex[0], 16);
  }
  if (character === 'u') {
    const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(parser.index));
    if (hex === null) return undefined;
    parser.index += 4;
    return Number.parseInt(hex[0], 16);
  }
  if (/[0-9]/.test(character)) {
    while (/[0-9]/.test(parser.source[parser.index] ?? '')) parser.index += 1;
    return undefined;
  }
  if (character === 'k' && source[parser.index] === '<') {
    const close = source.indexOf('>', parser.index);
    parser.index = close < 0 ? source.length + 1 : close + 1;
    return undefined;
  }
  if (character === 'c') {
    if (/[A-Za-z]/.test(source[parser.index] ?? '')) parser.index += 1;
    return undefined;
  }
  return /[A-Za-z]/.test(character) ? undefined : character.charCodeAt(0);
}

function parseClass(parser: Parser): Info {
  const source = parser.source;
  const negated = source[parser.index] === '^';
  if (negated) parser.index += 1;
  const members: string[] = [];
  let simple = !negated;
  while (parser.index < source.length && source[parser.index] !== ']') {
    let character = source[parser.index] ?? '';
    parser.index += 1;
    if (character === '\\') {
      const escaped = source[parser.index] ?? '';
      parser.index += 1;
      if (escaped === 'p' || escaped === 'P') {
        const close = source.indexOf('}', parser.index);
        parser.index = close < 0 ? source.length : close + 1;
      }
      const code = escaped === 'b' ? 8 : escapedCode(parser, escaped);
      if (code === undefined) {
        simple = false;
        continue;
      }
      character = String.fromCharCode(code);
    }
    if (source[parser.index] === '-' && source[parser.index + 1] !== ']' && parser.index + 1 < source.length) simple = false;
    members.push(character);
  }
  if (source[parser.index] === ']') parser.index += 1;
  else parser.index = source.length + 1;
  if (!simple || members.length === 0 || members.length > 8) return anything;
  return { exact: [...new Set(members)], required: null };
}
