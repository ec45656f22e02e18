import { z } from 'zod';
import { agentSchema, roleSchema } from './sections/access.ts';
import { approvalsSchema, auditSchema, budgetsSchema, egressSchema, flowSchema, serverSchema, storageSchema, upstreamSchema, workspaceSchema } from './sections/environment.ts';
import { detectionSchema, outputSchema } from './sections/inspection.ts';
import { mcpSchema, reviewerSchema, sandboxSchema } from './sections/runtime.ts';
import { toolSchema } from './sections/tools.ts';
import type { argumentValidators } from './sections/validators.ts';

/** The whole policy file. Every section is optional; absent sections take their defaults. */
export const policySchema = z.strictObject({
  version: z.literal(1).describe('Policy format version; only 1 exists.'),
  agents: z.record(z.string(), agentSchema).default({}).describe('Agent identities by name. Empty: no agent can authenticate to the proxy.'),
  roles: z.record(z.string(), roleSchema).default({}).describe('Roles by name. Empty: every tool call is denied.'),
  default_role: z.string().optional().describe('Role for callers with no agent identity (library use). Absent: such calls are denied.'),
  tools: z.record(z.string(), toolSchema).default({}).describe('Tools by name or glob pattern. A tool matching no entry is denied.'),
  detection: detectionSchema.default(detectionSchema.parse({})),
  output: outputSchema.default(outputSchema.parse({})),
  egress: egressSchema.default(egressSchema.parse({})),
  workspace: workspaceSchema.default(workspaceSchema.parse({})),
  approvals: approvalsSchema.default(approvalsSchema.parse({})),
  budgets: budgetsSchema.default(budgetsSchema.parse({})),
  flow: flowSchema.default(flowSchema.parse({})),
  audit: auditSchema.default(auditSchema.parse({})),
  storage: storageSchema.default(storageSchema.parse({})),
  sandbox: sandboxSchema.default(sandboxSchema.parse({})),
  mcp: mcpSchema.default(mcpSchema.parse({})),
  upstreams: z.record(z.string(), upstreamSchema).default({}).describe('Upstream LLM providers by name, for the proxy.'),
  server: serverSchema.default(serverSchema.parse({})),
  reviewer: reviewerSchema.optional().describe('Shadow reviewer for high-risk calls. Absent: off.'),
});

/** A validated policy with defaults filled in. */
export type Policy = z.output<typeof policySchema>;
/** A policy as written in the file. */
export type PolicyInput = z.input<typeof policySchema>;
/** One tool entry. */
export type ToolRule = Policy['tools'][string];
/** One role entry. */
export type RoleRule = Policy['roles'][string];
/** Validators for one argument. */
export type ArgumentValidators = z.output<typeof argumentValidators>;

/** JSON Schema for the policy file, for editor completion. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
