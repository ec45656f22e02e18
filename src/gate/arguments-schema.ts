import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import { failed, passed, type CheckResult } from './validators/check-result.ts';

type AddFormats = (ajv: Ajv2020) => unknown;
// ajv-formats is CommonJS: its function is the module itself or its `default`, depending on the loader.
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** Creates the ajv instance for one gate: draft 2020-12, strict mode, formats, first error only. */
export function createSchemaCompiler(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

const composition = ['allOf', 'anyOf', 'oneOf', '$ref', 'if', 'dependentSchemas'];

/**
 * Returns a copy of the schema where every object schema with `properties` and no explicit policy on unknown keys
 * (`additionalProperties`, `unevaluatedProperties`, `patternProperties`, composition) rejects unknown properties.
 */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!isPlainObject(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps names to schemas; `const`/`enum`/`default`/`examples` hold data, not schemas.
    if (key === 'properties' || key === '$defs' || key === 'definitions' || key === 'patternProperties') {
      copy[key] = isPlainObject(value) ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, closeObjects(sub)])) : value;
    } else if (key === 'const' || key === 'enum' || key === 'default' || key === 'examples') {
      copy[key] = value;
    } else {
      copy[key] = closeObjects(value);
    }
  }
  const objectLike = copy['type'] === 'object' || Object.hasOwn(copy, 'properties');
  const open = ['additionalProperties', 'unevaluatedProperties', 'patternProperties', ...composition].some((keyword) => Object.hasOwn(copy, keyword));
  if (objectLike && !open) copy['additionalProperties'] = false;
  return copy;
}

/** Compiles a tool's argument schema once; absent schema means any plain object. Throws POLICY_INVALID with the tool path. */
export function compileArgumentSchema(ajv: Ajv2020, schema: Readonly<Record<string, unknown>> | undefined, path: string): (args: unknown) => CheckResult {
  if (schema === undefined) return (args) => (isPlainObject(args) ? passed : failed('gate.schema.invalid', 'arguments must be an object'));
  let validate: ValidateFunction;
  try {
    const closed = closeObjects({ type: 'object', ...schema }) as Record<string, unknown>;
    validate = ajv.compile(closed);
  } catch (error) {
    throw new RampartError('POLICY_INVALID', `${path}: ${errorMessage(error)}`, { problems: [{ path, message: errorMessage(error) }], cause: error });
  }
  return (args) => {
    if (!isPlainObject(args)) return failed('gate.schema.invalid', 'arguments must be an object');
    if (validate(args)) return passed;
    const error = validate.errors?.[0];
    const where = error === undefined ? '' : error.instancePath === '' ? 'arguments' : `arguments${error.instancePath.replaceAll('/', '.')}`;
    const extra = error?.keyword === 'additionalProperties' ? ` '${String((error.params as { additionalProperty?: unknown }).additionalProperty)}'` : '';
    return failed('gate.schema.invalid', `${where} ${error?.message ?? 'do not match the schema'}${extra}`);
  };
}
