import { createRequire } from 'node:module';
import type { Parser as SqlParser } from 'node-sql-parser';
import { statementKind, type SqlColumn, type SqlFacts, type SqlTable } from './sql-facts.ts';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lower(value: unknown): string | undefined {
  if (typeof value === 'string') return value.toLowerCase();
  // node-sql-parser wraps some identifiers as { type: 'default', value }.
  if (isNode(value) && typeof value['value'] === 'string') return value['value'].toLowerCase();
  return undefined;
}

function functionName(node: Node): string | undefined {
  const name = node['name'];
  if (typeof name === 'string') return name.toLowerCase();
  if (isNode(name) && Array.isArray(name['name'])) {
    const parts = name['name'].map(lower).filter((part): part is string => part !== undefined);
    return parts.length === 0 ? undefined : parts.join('.');
  }
  return lower(name);
}

function topLimit(statement: Node): SqlFacts['limit'] {
  if (statement['type'] !== 'select') return 'not-select';
  if (statement['_next'] !== undefined && statement['_next'] !== null) return 'set-operation';
  const limit = statement['limit'];
  if (!isNode(limit) || !Array.isArray(limit['value']) || limit['value'].length === 0) return 'none';
  const values = limit['value'] as unknown[];
  // `LIMIT offset, count` puts the count second; `LIMIT count OFFSET n` puts it first.
  const count = limit['seperator'] === ',' ? values[1] : values[0];
  return isNode(count) && count['type'] === 'number' && typeof count['value'] === 'number' ? count['value'] : 'dynamic';
}

/** A reusable node-sql-parser instance for MySQL and SQLite. */
export interface GenericSqlParser { facts(sql: string, dialect: 'mysql' | 'sqlite'): SqlFacts }

/** Loads node-sql-parser (once per validator, only when a policy uses MySQL or SQLite) and returns a facts extractor. */
export function createGenericSqlParser(): GenericSqlParser {
  const require = createRequire(import.meta.url);
  const { Parser } = require('node-sql-parser') as { Parser: new () => SqlParser };
  const parser = new Parser();
  return {
    facts(sql, dialect) {
      const result = parser.parse(sql, { database: dialect });
      const statements = (Array.isArray(result.ast) ? result.ast : [result.ast]) as unknown as Node[];
      const kinds: string[] = [];
      const tables: SqlTable[] = [];
      const cteNames = new Set<string>();
      const aliases = new Map<string, string>();
      const outputAliases = new Set<string>();
      const functions: string[] = [];
      const columns: SqlColumn[] = [];
      let cteShadow = false;
      let selectInto = false;
      for (const entry of result.tableList) {
        const [kind, schema, name] = entry.split('::');
        if (kind !== undefined) kinds.push(statementKind(kind));
        if (name !== undefined) tables.push(schema === undefined || schema === 'null' ? { name: name.toLowerCase() } : { schema: schema.toLowerCase(), name: name.toLowerCase() });
      }
      for (const entry of result.columnList) {
        const [, table, name] = entry.split('::');
        if (name === undefined) continue;
        // The parser reports `*` as the pattern `(.*)`.
        const column = name === '(.*)' ? '*' : name.toLowerCase();
        columns.push(table === undefined || table === 'null' ? { name: column } : { qualifier: table.toLowerCase(), name: column });
      }
      const visit = (node: Node, depth: number): void => {
        if (depth > 500) throw new Error('SQL nested too deeply');
        if (typeof node['type'] === 'string' && Object.hasOwn(node, 'columns') && (Object.hasOwn(node, 'from') || Object.hasOwn(node, 'table'))) kinds.push(statementKind(node['type']));
        // node-sql-parser keeps `into: { position: null }` on every SELECT; anything more is INTO OUTFILE / DUMPFILE / @var.
        if (node['type'] === 'select' && isNode(node['into']) && Object.values(node['into']).some((value) => value !== null && value !== undefined)) selectInto = true;
        if (node['type'] === 'function' || node['type'] === 'aggr_func') {
          const name = functionName(node);
          if (name !== undefined) functions.push(name);
        }
        if (Array.isArray(node['with'])) {
          const ctes = node['with'].filter(isNode);
          const names = ctes.map((cte) => lower(cte['name']));
          ctes.forEach((cte, index) => {
            const name = names[index];
            if (name !== undefined) cteNames.add(name);
            const inner = isNode(cte['stmt']) && Array.isArray(cte['stmt']['tableList']) ? (cte['stmt']['tableList'] as unknown[]).map((entry) => String(entry).split('::')[2]?.toLowerCase()) : [];
            if (names.slice(index).some((later) => later !== undefined && inner.includes(later))) cteShadow = true;
          });
        }
        if (Array.isArray(node['from'])) {
          for (const item of node['from']) {
            if (!isNode(item)) continue;
            const alias = lower(item['as']);
            const table = lower(item['table']);
            if (alias !== undefined) aliases.set(alias, table ?? '');
          }
        }
        if (node['type'] === 'select' && Array.isArray(node['columns'])) {
          for (const column of node['columns']) if (isNode(column)) { const alias = lower(column['as']); if (alias !== undefined) outputAliases.add(alias); }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) { for (const item of value) if (isNode(item)) visit(item, depth + 1); }
          else if (isNode(value)) visit(value, depth + 1);
        }
      };
      for (const statement of statements) {
        kinds.push(statementKind(String(statement['type'])));
        visit(statement, 0);
      }
      const first = statements[0];
      return {
        statementCount: statements.length, kinds, tables, cteNames, cteShadow, selectInto, aliases, outputAliases, functions, columns,
        limit: first === undefined ? 'none' : topLimit(first),
      };
    },
  };
}
