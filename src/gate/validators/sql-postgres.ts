import { parse } from 'pgsql-ast-parser';
import { statementKind, type SqlColumn, type SqlFacts, type SqlTable } from './sql-facts.ts';

type Node = Record<string, unknown>;

const nestedStatementTypes = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive', 'insert', 'update', 'delete']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

function qualifiedName(value: unknown): SqlTable | undefined {
  if (!isNode(value)) return undefined;
  const name = text(value['name']);
  if (name === undefined) return undefined;
  const schema = text(value['schema']);
  return schema === undefined ? { name } : { schema, name };
}

function tablesIn(node: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 500) throw new Error('SQL nested too deeply');
  if (Array.isArray(node)) { for (const item of node) tablesIn(item, into, depth + 1); return into; }
  if (!isNode(node)) return into;
  if (node['type'] === 'table' && isNode(node['name'])) { const name = text(node['name']['name']); if (name !== undefined) into.add(name); }
  for (const key of ['into', 'table', 'from'] as const) {
    const target = node[key];
    if (isNode(target) && target['type'] === undefined) { const name = text(target['name']); if (name !== undefined) into.add(name); }
  }
  for (const value of Object.values(node)) tablesIn(value, into, depth + 1);
  return into;
}

function topLimit(statement: Node): SqlFacts['limit'] {
  const type = String(statement['type']);
  if (type === 'with' || type === 'with recursive') return isNode(statement['in']) ? topLimit(statement['in']) : 'dynamic';
  if (type === 'union' || type === 'union all' || type === 'values') return 'set-operation';
  if (type !== 'select') return 'not-select';
  const limit = statement['limit'];
  if (!isNode(limit) || limit['limit'] === undefined || limit['limit'] === null) return 'none';
  const count = limit['limit'];
  return isNode(count) && count['type'] === 'integer' && typeof count['value'] === 'number' ? count['value'] : 'dynamic';
}

/** Parses PostgreSQL with pgsql-ast-parser and extracts the facts the SQL policy checks; throws when unparsable. */
export function postgresFacts(sql: string): SqlFacts {
  const statements = parse(sql) as unknown as Node[];
  const kinds: string[] = [];
  const tables: SqlTable[] = [];
  const cteNames = new Set<string>();
  const aliases = new Map<string, string>();
  const outputAliases = new Set<string>();
  const functions: string[] = [];
  const columns: SqlColumn[] = [];
  let cteShadow = false;

  const addTarget = (value: unknown): string | undefined => {
    const table = qualifiedName(value);
    if (table !== undefined) tables.push(table);
    return table?.name;
  };

  const localScope = (node: Node, type: string | undefined, outer: readonly string[] | undefined): readonly string[] | undefined => {
    if (type === 'select') {
      const from = Array.isArray(node['from']) ? node['from'] : [];
      return from.filter(isNode).filter((item) => item['type'] === 'table').map((item) => text((item['name'] as Node)['name']) ?? '').filter((name) => name !== '' && !cteNames.has(name));
    }
    if (type === 'insert' || type === 'update' || type === 'delete') {
      const target = qualifiedName(node[type === 'insert' ? 'into' : type === 'update' ? 'table' : 'from']);
      return target === undefined ? [] : [target.name];
    }
    return outer;
  };

  const visit = (node: Node, depth: number, outerScope?: readonly string[]): void => {
    if (depth > 500) throw new Error('SQL nested too deeply');
    const type = typeof node['type'] === 'string' ? node['type'] : undefined;
    const scope = localScope(node, type, outerScope);
    if (type !== undefined && nestedStatementTypes.has(type)) kinds.push(statementKind(type));
    switch (type ?? '') {
      case 'table': {
        const table = qualifiedName(node['name']);
        if (table !== undefined) {
          tables.push(table);
          const alias = text((node['name'] as Node)['alias']);
          if (alias !== undefined) aliases.set(alias, table.name);
        }
        break;
      }
      case 'statement': {
        const alias = text(node['alias']);
        if (alias !== undefined) aliases.set(alias, '');
        break;
      }
      case 'call': {
        const callee = qualifiedName(node['function']);
        if (callee !== undefined) functions.push(callee.schema === undefined ? callee.name : `${callee.schema}.${callee.name}`);
        break;
      }
      case 'ref': {
        const name = text(node['name']);
        const qualifier = isNode(node['table']) ? text(node['table']['name']) : undefined;
        if (name !== undefined) columns.push(qualifier === undefined ? { name, ...(scope === undefined ? {} : { scope }) } : { qualifier, name });
        break;
      }
      case 'insert': {
        const target = addTarget(node['into']);
        for (const column of Array.isArray(node['columns']) ? node['columns'] : []) {
          const name = isNode(column) ? text(column['name']) : undefined;
          if (name !== undefined) columns.push(target === undefined ? { name } : { qualifier: target, name });
        }
        break;
      }
      case 'update': {
        const target = addTarget(node['table']);
        for (const set of Array.isArray(node['sets']) ? node['sets'] : []) {
          const name = isNode(set) && isNode(set['column']) ? text(set['column']['name']) : undefined;
          if (name !== undefined) columns.push(target === undefined ? { name } : { qualifier: target, name });
        }
        break;
      }
      case 'delete': addTarget(node['from']); break;
      case 'with': case 'with recursive': {
        const binds = (Array.isArray(node['bind']) ? node['bind'] : []).filter(isNode);
        const names = binds.map((bind) => (isNode(bind['alias']) ? text(bind['alias']['name']) : undefined));
        binds.forEach((bind, index) => {
          const alias = names[index];
          if (alias !== undefined) cteNames.add(alias);
          if (isNode(bind['statement'])) kinds.push(statementKind(String(bind['statement']['type'])));
          const inner = tablesIn(bind['statement'], new Set());
          if (names.slice(index).some((name) => name !== undefined && inner.has(name))) cteShadow = true;
        });
        break;
      }
      default: break;
    }
    if (type === 'select' && Array.isArray(node['columns'])) {
      for (const column of node['columns']) {
        if (isNode(column) && isNode(column['alias'])) {
          const alias = text(column['alias']['name']);
          if (alias !== undefined) outputAliases.add(alias);
        }
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) { for (const item of value) if (isNode(item)) visit(item, depth + 1, scope); }
      else if (isNode(value)) visit(value, depth + 1, scope);
    }
  };

  for (const statement of statements) {
    const type = String(statement['type']);
    kinds.push(statementKind(type));
    for (const name of [statement['tables'], statement['names']].flat()) if (isNode(name)) addTarget(name);
    if (type.startsWith('create') || type.startsWith('alter')) addTarget(statement['name'] ?? statement['table']);
    visit(statement, 0);
  }
  const first = statements[0];
  return {
    statementCount: statements.length, kinds, tables, cteNames, cteShadow, selectInto: false, aliases, outputAliases, functions, columns,
    limit: first === undefined ? 'none' : topLimit(first),
  };
}
