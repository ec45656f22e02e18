import { z } from 'zod';
import { domainPattern, httpMethod } from './common.ts';

/** Path argument rules: resolved with realpath inside the workspace root. */
export const pathValidator = z.strictObject({
  mode: z.enum(['read', 'write']).default('read').describe('read: the path must exist or be creatable for reading; write: dotfiles and deny-listed files may not be written.'),
  root: z.string().optional().describe('Workspace root for this argument. Absent: workspace.root.'),
  deny: z.array(z.string()).optional().describe('Extra deny-listed names or globs, added to workspace.deny.'),
  allow_dotfiles: z.boolean().default(false).describe('Allow writes to dotfiles (never to deny-listed files).'),
});

/** URL argument rules: scheme, domain and method allowlists plus SSRF checks. */
export const urlValidator = z.strictObject({
  schemes: z.array(z.enum(['https', 'http'])).default(['https']).describe('Allowed URL schemes.'),
  domains: z.array(domainPattern).optional().describe('Allowed domains. Absent: egress.allow. Empty list: no domain is allowed.'),
  methods: z.array(httpMethod).optional().describe('Allowed HTTP methods (checked against the method argument). Absent: the role http list.'),
  method_arg: z.string().optional().describe('Name of the argument that carries the HTTP method.'),
  resolve_dns: z.boolean().default(true).describe('Resolve the host and deny if any address is loopback, private, link-local or metadata.'),
});

/** SQL argument rules, checked on a parse tree. */
export const sqlValidator = z.strictObject({
  dialect: z.enum(['postgresql', 'sqlite', 'mysql']).default('postgresql').describe('SQL dialect used to parse the statement.'),
  statements: z.array(z.enum(['select', 'insert', 'update', 'delete', 'create', 'alter', 'drop'])).default(['select']).describe('Allowed statement kinds. Absent: select only.'),
  tables: z.array(z.string()).optional().describe('Allowed tables. Absent: any table; empty: none.'),
  columns: z.record(z.string(), z.array(z.string())).optional().describe('Allowed columns per table. Absent: any column of an allowed table.'),
  max_rows: z.number().int().positive().optional().describe('Required LIMIT; a missing or larger LIMIT is denied.'),
  functions: z.array(z.string()).optional().describe('Allowed function calls. Absent: common pure functions only.'),
});

/** Shell command rules, checked on a parse tree. */
export const shellValidator = z.strictObject({
  commands: z.array(z.string()).min(1).describe('Allowed program names (first word of each simple command).'),
  allow_pipes: z.boolean().default(false).describe('Allow pipelines between allowed commands (never into interpreters).'),
  allow_chaining: z.boolean().default(false).describe('Allow ; && || between allowed commands.'),
  allow_redirects: z.boolean().default(false).describe('Allow redirections to files inside the workspace.'),
});

/** Validators for one argument; every listed validator must pass. */
export const argumentValidators = z.strictObject({
  path: pathValidator.optional().describe('The argument is a file path.'),
  url: urlValidator.optional().describe('The argument is a URL.'),
  sql: sqlValidator.optional().describe('The argument is a SQL statement.'),
  shell: shellValidator.optional().describe('The argument is a shell command line.'),
  email_domain: z.array(domainPattern).optional().describe('The argument is one or more e-mail addresses whose domains must be listed.'),
  enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional().describe('The argument must equal one of these values.'),
  min: z.number().optional().describe('Numeric minimum (inclusive).'),
  max: z.number().optional().describe('Numeric maximum (inclusive).'),
  max_length: z.number().int().nonnegative().optional().describe('Maximum string length in characters.'),
  pattern: z.string().optional().describe('Regular expression the whole string must match (compiled at load time).'),
}).describe('Validators for one argument; every listed validator must pass.');
