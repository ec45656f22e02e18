import { failed, passed, type CheckResult } from './check-result.ts';
import type { SqlFacts, SqlKind } from './sql-facts.ts';
import { createGenericSqlParser, type GenericSqlParser } from './sql-generic.ts';
import { scanSql, type SqlDialect } from './sql-lexer.ts';
import { postgresFacts } from './sql-postgres.ts';

/** Options of one SQL argument, from the policy. */
export interface SqlRules {
  readonly dialect: SqlDialect;
  readonly statements: readonly SqlKind[];
  /** Allowed tables (`name` or `schema.name`); undefined: any non-system table. */
  readonly tables?: readonly string[];
  /** Allowed columns per table; tables absent here allow every column. */
  readonly columns?: Readonly<Record<string, readonly string[]>>;
  readonly maxRows?: number;
  /** Allowed functions; undefined: the built-in list of common pure functions. */
  readonly functions?: readonly string[];
}

/** Database scope of a role, mapped to the statement kinds it may run. */
export type DatabaseScope = 'none' | 'read-only' | 'read-write' | 'admin';

const scopeKinds: Record<DatabaseScope, readonly string[]> = {
  'none': [],
  'read-only': ['select'],
  'read-write': ['select', 'insert', 'update'],
  'admin': ['select', 'insert', 'update', 'delete', 'create', 'alter', 'drop'],
};

// pgsql-ast-parser (nearley) is super-linear on long lists (10 000 characters can take over a second of blocked
// event loop); agent queries are short, so a tight cap bounds the worst case to a few hundred milliseconds.
const maxSqlLength = 4_000;

// File access, sleeps (time-based blind injection), large objects, remote connections, extensions, server control
// and query-in-a-string functions, across PostgreSQL, MySQL and SQLite. Denied even if a policy lists them.
const dangerousFunctions = new Set([
  'pg_read_file', 'pg_read_binary_file', 'pg_ls_dir', 'pg_stat_file', 'pg_file_write', 'pg_file_unlink', 'pg_logdir_ls',
  'pg_sleep', 'pg_sleep_for', 'pg_sleep_until', 'lo_import', 'lo_export', 'lo_get', 'lo_put', 'lo_open', 'lo_create',
  'lo_unlink', 'lo_from_bytea', 'dblink', 'dblink_exec', 'dblink_connect', 'dblink_connect_u', 'dblink_send_query', 'dblink_open',
  'load_extension', 'pg_terminate_backend', 'pg_cancel_backend', 'pg_reload_conf', 'pg_rotate_logfile', 'set_config',
  'pg_advisory_lock', 'pg_switch_wal', 'pg_promote', 'pg_create_restore_point', 'query_to_xml', 'query_to_xml_and_xmlschema',
  'table_to_xml', 'database_to_xml', 'cursor_to_xml', 'sleep', 'benchmark', 'load_file', 'sys_exec', 'sys_eval',
  'xp_cmdshell', 'readfile', 'writefile', 'edit', 'fts3_tokenizer', 'get_lock',
]);

const defaultFunctions = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'coalesce', 'nullif', 'greatest', 'least', 'lower', 'upper', 'length', 'char_length',
  'substring', 'substr', 'trim', 'ltrim', 'rtrim', 'replace', 'concat', 'concat_ws', 'round', 'floor', 'ceil', 'ceiling',
  'abs', 'mod', 'power', 'sqrt', 'sign', 'now', 'current_date', 'current_timestamp', 'date_trunc', 'date_part', 'extract',
  'to_char', 'to_date', 'to_timestamp', 'date', 'datetime', 'strftime', 'julianday', 'ifnull', 'iif', 'string_agg',
  'array_agg', 'group_concat', 'json_extract', 'position', 'left', 'right', 'lpad', 'rpad', 'row_number', 'rank',
  'dense_rank', 'lag', 'lead', 'year', 'month', 'day', 'date_format', 'instr', 'any', 'all',
]);

const systemSchemas = new Set(['pg_catalog', 'information_schema', 'mysql', 'performance_schema', 'sys', 'pg_toast']);
const systemTable = /^(pg_|sqlite_)/;

function tableKey(table: { schema?: string; name: string }): string {
  return table.schema === undefined || table.schema === 'public' || table.schema === 'main' ? table.name : `${table.schema}.${table.name}`;
}

function checkColumns(facts: SqlFacts, columns: ReadonlyMap<string, ReadonlySet<string>>): CheckResult {
  const real = facts.tables.filter((table) => !facts.cteNames.has(table.name)).map(tableKey);
  const ruled = real.filter((table) => columns.has(table));
  if (ruled.length === 0) return passed;
  for (const column of facts.columns) {
    if (column.qualifier !== undefined) {
      const target = facts.aliases.get(column.qualifier) ?? column.qualifier;
      const allowed = columns.get(target);
      if (allowed !== undefined && !allowed.has(column.name)) return failed('gate.sql.column', `column '${target}.${column.name}' is not allowed`);
      continue;
    }
    if (column.name === '*') return failed('gate.sql.column', 'SELECT * is not allowed on tables with a column allowlist');
    if (facts.outputAliases.has(column.name)) continue;
    // An unqualified column may come from any restricted table in its scope, so one of them must allow it.
    const inScope = column.scope === undefined ? ruled : column.scope.filter((table) => columns.has(table));
    if (inScope.length > 0 && !inScope.some((table) => columns.get(table)!.has(column.name))) return failed('gate.sql.column', `column '${column.name}' is not allowed`);
  }
  return passed;
}

/**
 * Builds a SQL validator: lexical comment check, parse (pgsql-ast-parser for PostgreSQL, node-sql-parser for MySQL
 * and SQLite), single statement, statement kinds (validator and role scope), dangerous and non-listed functions,
 * system catalogs, table and column allowlists (CTEs, subqueries and joins included) and an enforced LIMIT.
 */
export function createSqlValidator(rules: SqlRules): (value: unknown, scope: DatabaseScope) => CheckResult {
  const generic: GenericSqlParser | undefined = rules.dialect === 'postgresql' ? undefined : createGenericSqlParser();
  const tables = rules.tables === undefined ? undefined : new Set(rules.tables.map((table) => table.toLowerCase()));
  const functions = rules.functions === undefined ? defaultFunctions : new Set(rules.functions.map((name) => name.toLowerCase()));
  const columns = new Map(Object.entries(rules.columns ?? {}).map(([table, names]) => [table.toLowerCase(), new Set(names.map((name) => name.toLowerCase()))]));
  const allowedKinds = new Set<string>(rules.statements);
  return (value, scope) => {
    if (typeof value !== 'string') return failed('gate.sql.type', 'SQL must be a string');
    if (value.trim().length === 0) return failed('gate.sql.empty', 'SQL is empty');
    if (value.length > maxSqlLength) return failed('gate.sql.too-long', `SQL is longer than ${maxSqlLength} characters`);
    if (value.includes('\0')) return failed('gate.sql.unparsable', 'SQL contains a NUL byte');
    const lexical = scanSql(value, rules.dialect);
    if (lexical.unterminated) return failed('gate.sql.unparsable', 'SQL has an unterminated quote');
    if (lexical.comment) return failed('gate.sql.comment', 'SQL comments are not allowed');
    let facts: SqlFacts;
    try {
      facts = generic === undefined ? postgresFacts(value) : generic.facts(value, rules.dialect as 'mysql' | 'sqlite');
    } catch {
      return failed('gate.sql.unparsable', `SQL could not be parsed as ${rules.dialect}`);
    }
    if (facts.statementCount === 0) return failed('gate.sql.unparsable', 'SQL contains no statement');
    if (facts.statementCount > 1) return failed('gate.sql.multiple-statements', `SQL contains ${facts.statementCount} statements; one is allowed`);
    if (facts.selectInto) return failed('gate.sql.into', 'SELECT ... INTO writes files or variables and is not allowed');
    if (facts.cteShadow) return failed('gate.sql.cte-shadow', 'a WITH query references its own name, which reaches the real table');
    const roleKinds = scopeKinds[scope];
    for (const kind of facts.kinds) {
      if (!allowedKinds.has(kind)) return failed('gate.sql.statement', `${kind.replace(/^other:/, '')} statements are not allowed`);
      if (!roleKinds.includes(kind)) return failed('gate.role.db-scope', `the role's database scope '${scope}' does not allow ${kind}`);
    }
    for (const name of facts.functions) {
      const base = name.split('.').pop() ?? name;
      if (dangerousFunctions.has(base)) return failed('gate.sql.dangerous-function', `function '${name}' is never allowed`);
      if (!functions.has(name) && !functions.has(base)) return failed('gate.sql.function', `function '${name}' is not allowed`);
    }
    for (const table of facts.tables) {
      if (facts.cteNames.has(table.name) && table.schema === undefined) continue;
      const key = tableKey(table);
      if (tables !== undefined) {
        if (!tables.has(key)) return failed('gate.sql.table', `table '${key}' is not allowed`);
      } else if ((table.schema !== undefined && systemSchemas.has(table.schema)) || systemTable.test(table.name)) {
        return failed('gate.sql.system-table', `system table '${key}' is not allowed`);
      }
    }
    if (columns.size > 0) {
      const result = checkColumns(facts, columns);
      if (!result.ok) return result;
    }
    if (rules.maxRows !== undefined && facts.limit !== 'not-select') {
      if (typeof facts.limit !== 'number') return failed('gate.sql.limit', `a literal LIMIT of at most ${rules.maxRows} is required (found ${facts.limit})`);
      if (facts.limit > rules.maxRows) return failed('gate.sql.limit', `LIMIT ${facts.limit} exceeds ${rules.maxRows}`);
    }
    return passed;
  };
}
