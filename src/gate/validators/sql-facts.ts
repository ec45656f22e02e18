/** A table reference: schema (when written) and name, both lower case. */
export interface SqlTable { readonly schema?: string; readonly name: string }

/** A column reference: the qualifier as written (alias or table) when present, lower case. */
export interface SqlColumn {
  readonly qualifier?: string;
  readonly name: string;
  /** Tables of the innermost SELECT / UPDATE / DELETE / INSERT the reference sits in, when the parser tells; else every table counts. */
  readonly scope?: readonly string[];
}

/** Statement kinds the policy can allow. */
export type SqlKind = 'select' | 'insert' | 'update' | 'delete' | 'create' | 'alter' | 'drop';

/** Everything the SQL policy checks, extracted from one dialect's parse tree. */
export interface SqlFacts {
  /** Number of statements in the text. */
  readonly statementCount: number;
  /** Kinds of every statement, including CTE bodies and subqueries; `other:<type>` for kinds outside SqlKind. */
  readonly kinds: readonly string[];
  readonly tables: readonly SqlTable[];
  /** Names defined by WITH clauses; references to them are not tables. */
  readonly cteNames: ReadonlySet<string>;
  /** A WITH body references its own name or a later one: that reference reaches the real table, not the CTE. */
  readonly cteShadow: boolean;
  /** A SELECT ... INTO (MySQL OUTFILE / DUMPFILE / variables, PostgreSQL new table): writes instead of reading. */
  readonly selectInto: boolean;
  /** Alias (lower case) -> table name, from FROM/JOIN items. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Output column aliases (SELECT x AS y), which ORDER BY and outer queries may reference. */
  readonly outputAliases: ReadonlySet<string>;
  readonly functions: readonly string[];
  readonly columns: readonly SqlColumn[];
  /** Row limit of the top-level SELECT: a number, `none`, `dynamic` (parameter or expression) or `set-operation`. */
  readonly limit: number | 'none' | 'dynamic' | 'set-operation' | 'not-select';
}

/** Maps a parser statement type to a policy kind. */
export function statementKind(type: string): string {
  const lower = type.toLowerCase();
  if (['select', 'union', 'union all', 'values', 'with', 'intersect', 'except'].includes(lower)) return 'select';
  if (lower === 'insert' || lower === 'replace') return 'insert';
  if (lower === 'update' || lower === 'delete') return lower;
  const verb = lower.split(' ')[0];
  if (verb === 'create' || verb === 'alter' || verb === 'drop') return verb;
  return `other:${lower}`;
}
