/**
 * A pattern whose every alternative opens with the same zero-width guard (the Unicode word-start lookbehind that
 * `\b` becomes in non-English rules) is slow to search: the regex engine cannot skip ahead on the first characters.
 * The same pattern without the guard, with the guard tested at each match start, finds the same matches: the guard
 * looks at the same position in every alternative, so where it fails every alternative fails.
 */

/**
 * `source` with `guard` removed from the start of every alternative, or undefined unless every path through the
 * pattern starts with it (directly or through leading groups that cannot be skipped).
 */
export function withoutLeadingGuard(source: string, guard: string): string | undefined {
  const alternatives = splitTopLevel(source);
  if (alternatives === undefined) return undefined;
  const stripped: string[] = [];
  for (const alternative of alternatives) {
    if (alternative.startsWith(guard)) {
      stripped.push(alternative.slice(guard.length));
      continue;
    }
    const group = leadingGroup(alternative);
    if (group === undefined) return undefined;
    const inner = withoutLeadingGuard(group.inner, guard);
    // A group that may match zero times does not put its guard at the start of the match.
    if (inner === undefined || /^(?:[?*]|\{0[,}])/.test(group.rest)) return undefined;
    stripped.push(`${group.open}${inner})${group.rest}`);
  }
  return stripped.join('|');
}

/** Index just past the atom starting at `index` when it is an escape or a character class, else index + 1. */
function skipAtom(source: string, index: number): number {
  if (source[index] === '\\') return index + 2;
  if (source[index] !== '[') return index + 1;
  let cursor = index + 1;
  while (cursor < source.length && source[cursor] !== ']') cursor += source[cursor] === '\\' ? 2 : 1;
  return cursor + 1;
}

function splitTopLevel(source: string): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length;) {
    const character = source[index];
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
    if (depth < 0) return undefined;
    index = skipAtom(source, index);
  }
  alternatives.push(source.slice(start));
  return depth === 0 ? alternatives : undefined;
}

/** A leading non-capturing or capturing group (not a lookaround) of `source`, split into opener, body and the rest. */
function leadingGroup(source: string): { open: string; inner: string; rest: string } | undefined {
  if (!source.startsWith('(')) return undefined;
  let open = '(';
  if (source.startsWith('(?:')) open = '(?:';
  else if (/^\(\?<[A-Za-z_$]/.test(source)) open = source.slice(0, source.indexOf('>') + 1);
  else if (source.startsWith('(?')) return undefined;
  let depth = 0;
  for (let index = 0; index < source.length;) {
    if (source[index] === '(') depth += 1;
    else if (source[index] === ')') {
      depth -= 1;
      if (depth === 0) return { open, inner: source.slice(open.length, index), rest: source.slice(index + 1) };
    }
    index = skipAtom(source, index);
  }
  return undefined;
}
