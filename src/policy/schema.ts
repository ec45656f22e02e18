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
  detection: detectionSchema.default(detectionSchema.parse({})).describe('Prompt-injection and jailbreak detection on input. Absent: balanced profile, every detector on.'),
  output: outputSchema.default(outputSchema.parse({})).describe('Inspection of model and tool output (PII, secrets, canaries, links, commands). Absent: defaults (PII redacted, secrets blocked).'),
  egress: egressSchema.default(egressSchema.parse({})).describe('Network egress allowlist for network tools and sandboxed code. Absent: no domain is reachable.'),
  workspace: workspaceSchema.default(workspaceSchema.parse({})).describe('File-system rules for path arguments and the sandbox. Absent: ./workspace next to the policy file, with the default deny list.'),
  approvals: approvalsSchema.default(approvalsSchema.parse({})).describe('Human approval settings for ask verdicts. Absent: 5 minute timeout, no notifications.'),
  budgets: budgetsSchema.default(budgetsSchema.parse({})).describe('Session- and agent-wide call and token budgets. Absent: no budget limits beyond per-tool ones.'),
  flow: flowSchema.default(flowSchema.parse({})).describe('Flow control once untrusted content entered a session. Absent: sink calls in tainted sessions need approval.'),
  audit: auditSchema.default(auditSchema.parse({})).describe('Audit trail settings. Absent: hashes only (plus the text of denied input, see capture_blocked_input), a signed checkpoint every 1000 events.'),
  storage: storageSchema.default(storageSchema.parse({})).describe('Where state (audit, approvals, budgets, sessions) lives. Absent: SQLite in the data directory.'),
  sandbox: sandboxSchema.default(sandboxSchema.parse({})).describe('Sandboxed execution of code and commands. Absent: confined Python and bubblewrap commands with default limits.'),
  mcp: mcpSchema.default(mcpSchema.parse({})).describe('MCP gateway settings. Absent: tool pinning on, poisoned tools hidden, sampling denied.'),
  upstreams: z.record(z.string(), upstreamSchema).default({}).describe('Upstream LLM providers by name, for the proxy.'),
  server: serverSchema.default(serverSchema.parse({})).describe('HTTP server settings for rampart serve. Absent: 127.0.0.1:8787.'),
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
/** One agent identity. */
export type AgentRule = Policy['agents'][string];
/** Validators for one argument. */
export type ArgumentValidators = z.output<typeof argumentValidators>;

/** JSON Schema for the policy file, for editor completion. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: 'Rampart policy', description: 'A Rampart policy file (YAML). Anything not allowed here is denied.', ...rest };
}
