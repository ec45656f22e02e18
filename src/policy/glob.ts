/** A tool-name glob compiled once: `*` any run of characters, `?` one character, `[a-z]` / `[!a-z]` a class. */
export interface ToolGlob {
  /** The pattern as written in the policy. */
  readonly pattern: string;
  /** Anchored, case-insensitive matcher over normalised names. */
  readonly regex: RegExp;
  /** Literal characters before the first wildcard; longer means more specific. */
  readonly literalPrefix: string;
  /** Count of literal characters in the whole pattern. */
  readonly literalCount: number;
}

// Literal characters a tool name may contain (after NFKC + lower-casing): letters, digits and the separators
// MCP servers and model providers use. Anything else (spaces, braces, backslashes) is refused so that a
// pattern can never smuggle regex syntax or match names that differ only by invisible characters.
const literalCharacter = /^[\p{L}\p{N}_.\-/:@]$/u;
const invisibleOrControl = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Canonical form of a tool name: Unicode NFKC, lower case; names that differ only by case or compatibility forms collide. */
export function normalizeToolName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** True when the (normalised) name contains only characters a tool name may hold. */
export function isValidToolName(name: string): boolean {
  if (name.length === 0 || name.length > 256 || invisibleOrControl.test(name)) return false;
  for (const character of name) if (!literalCharacter.test(character)) return false;
  return true;
}

/** True when the text contains glob syntax (`*`, `?` or `[`). */
export function isGlob(text: string): boolean {
  return /[*?[]/.test(text);
}

function escapeLiteral(character: string): string {
  return /[.\-/:]/.test(character) ? `\\${character}` : character;
}

/** Compiles a tool-name glob; returns a reason string when the pattern is invalid. */
export function compileToolGlob(pattern: string): ToolGlob | string {
  const normalised = normalizeToolName(pattern);
  if (normalised.length === 0) return 'empty pattern';
  if (normalised.length > 256) return 'pattern longer than 256 characters';
  if (invisibleOrControl.test(normalised)) return 'pattern contains invisible or control characters';
  const characters = [...normalised];
  let source = '';
  let literalPrefix = '';
  let literalCount = 0;
  let sawWildcard = false;
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!;
    if (character === '*') {
      // `**` means the same as `*` for flat tool names; collapse so the regex stays linear.
      if (!source.endsWith('.*')) source += '.*';
      sawWildcard = true;
    } else if (character === '?') {
      source += '.';
      sawWildcard = true;
    } else if (character === '[') {
      const end = characters.indexOf(']', index + 1);
      if (end === -1) return `unclosed '[' at character ${index + 1}`;
      const body = characters.slice(index + 1, end);
      const negated = body[0] === '!';
      const members = negated ? body.slice(1) : body;
      if (members.length === 0) return `empty character class at character ${index + 1}`;
      let classSource = '';
      for (let member = 0; member < members.length; member++) {
        const current = members[member]!;
        const next = members[member + 1];
        const rangeEnd = members[member + 2];
        if (next === '-' && rangeEnd !== undefined) {
          if (!literalCharacter.test(current) || !literalCharacter.test(rangeEnd)) return `invalid character in class at character ${index + 1}`;
          if (current > rangeEnd) return `reversed range '${current}-${rangeEnd}' at character ${index + 1}`;
          classSource += `${escapeLiteral(current)}-${escapeLiteral(rangeEnd)}`;
          member += 2;
        } else {
          if (!literalCharacter.test(current)) return `invalid character '${current}' in class at character ${index + 1}`;
          classSource += escapeLiteral(current);
        }
      }
      source += negated ? `[^${classSource}]` : `[${classSource}]`;
      sawWildcard = true;
      index = end;
    } else if (character === ']') {
      return `unmatched ']' at character ${index + 1}`;
    } else if (literalCharacter.test(character)) {
      // Outside a class only '.' is special here; the u flag rejects needless escapes such as \-.
      source += character === '.' ? '\\.' : character;
      literalCount++;
      if (!sawWildcard) literalPrefix += character;
    } else {
      return `invalid character '${character}' at character ${index + 1} (allowed: letters, digits, _ . - / : @ and the wildcards * ? [ ])`;
    }
  }
  return { pattern, regex: new RegExp(`^${source}$`, 'u'), literalPrefix, literalCount };
}

/** Orders globs most specific first: longest literal prefix, then most literal characters, then pattern text. */
export function compareGlobSpecificity(left: ToolGlob, right: ToolGlob): number {
  return (
    right.literalPrefix.length - left.literalPrefix.length ||
    right.literalCount - left.literalCount ||
    (left.pattern < right.pattern ? -1 : left.pattern > right.pattern ? 1 : 0)
  );
}
