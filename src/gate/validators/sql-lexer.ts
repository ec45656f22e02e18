/** SQL dialects the validator parses. */
export type SqlDialect = 'postgresql' | 'sqlite' | 'mysql';

/** What the lexical pre-scan found outside string literals and quoted identifiers. */
export interface SqlLexicalFacts {
  /** A `--`, `/* *\/` or (MySQL) `#` comment; MySQL `/*! ... *\/` comments are executed, so every comment is refused. */
  readonly comment: boolean;
  /** A quote that never closes. */
  readonly unterminated: boolean;
}

/**
 * Scans SQL text with the dialect's quoting rules and reports comments outside literals. Parsers silently drop
 * comments (node-sql-parser even drops MySQL's executable `/*!50000 ... *\/`), so the check has to see the raw text.
 */
export function scanSql(text: string, dialect: SqlDialect): SqlLexicalFacts {
  const backslashEscapes = dialect === 'mysql';
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    const next = text[index + 1];
    if (character === '-' && next === '-') return { comment: true, unterminated: false };
    if (character === '/' && next === '*') return { comment: true, unterminated: false };
    if (character === '#' && dialect === 'mysql') return { comment: true, unterminated: false };
    if (character === "'" || character === '"' || character === '`') {
      const escaped = backslashEscapes || (dialect === 'postgresql' && character === "'" && /[eE]$/.test(text.slice(0, index)));
      const end = closeQuote(text, index + 1, character, escaped);
      if (end === -1) return { comment: false, unterminated: true };
      index = end + 1;
      continue;
    }
    if (character === '[' && dialect === 'sqlite') {
      const end = text.indexOf(']', index + 1);
      if (end === -1) return { comment: false, unterminated: true };
      index = end + 1;
      continue;
    }
    if (character === '$' && dialect === 'postgresql') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(index));
      if (tag !== null) {
        const end = text.indexOf(tag[0], index + tag[0].length);
        if (end === -1) return { comment: false, unterminated: true };
        index = end + tag[0].length;
        continue;
      }
    }
    index++;
  }
  return { comment: false, unterminated: false };
}

function closeQuote(text: string, from: number, quote: string, backslashEscapes: boolean): number {
  let index = from;
  while (index < text.length) {
    const character = text[index]!;
    if (backslashEscapes && character === '\\') { index += 2; continue; }
    if (character === quote) {
      // A doubled quote is an escaped quote inside the literal.
      if (text[index + 1] === quote) { index += 2; continue; }
      return index;
    }
    index++;
  }
  return -1;
}
