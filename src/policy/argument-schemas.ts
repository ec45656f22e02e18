import { Ajv2020 } from 'ajv/dist/2020.js';
import { isPlainObject } from '../kernel/own.ts';
import type { PolicyIssue } from './checks.ts';

/** Path to the first place `key` is used as a property name inside `value`, so a typo is reported where it is. */
function findKey(value: unknown, key: string, path: (string | number)[] = []): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findKey(item, key, [...path, index]);
      if (found !== undefined) return found;
    }
  } else if (isPlainObject(value)) {
    if (Object.hasOwn(value, key)) return [...path, key];
    for (const [name, child] of Object.entries(value)) {
      const found = findKey(child, key, [...path, name]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Compiles every `tools.*.args` JSON Schema (draft 2020-12) so a broken or misspelt schema fails at load time
 * rather than denying every call at run time. Unknown keywords (`requried`) are errors; formats are not checked here.
 */
export function checkArgumentSchemas(document: unknown): PolicyIssue[] {
  const tools = isPlainObject(document) ? document['tools'] : undefined;
  if (!isPlainObject(tools)) return [];
  const issues: PolicyIssue[] = [];
  // One validator per check: no module-level state, and nothing cached between policies.
  const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false, validateFormats: false, logger: false, allErrors: true });
  for (const [name, tool] of Object.entries(tools)) {
    const schema = isPlainObject(tool) ? tool['args'] : undefined;
    if (!isPlainObject(schema)) continue;
    const base = ['tools', name, 'args'];
    if (ajv.validateSchema(schema) !== true) {
      const error = ajv.errors?.[0];
      issues.push({ path: [...base, ...pointerSegments(error?.instancePath ?? '')], message: `invalid JSON Schema: ${error?.message ?? 'does not match the draft 2020-12 meta-schema'}` });
      continue;
    }
    try {
      ajv.compile(schema);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
      const at = keyword === undefined ? undefined : findKey(schema, keyword);
      issues.push({ path: [...base, ...(at ?? [])], atKey: at !== undefined, message: `invalid JSON Schema: ${message}` });
    }
  }
  return issues;
}
