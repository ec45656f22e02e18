import { z } from 'zod';
import { riskLevel } from './common.ts';
import { argumentValidators } from './validators.ts';

/** Budget limits for one tool. */
export const toolBudget = z.strictObject({
  per_session: z.number().int().nonnegative().optional().describe('Maximum calls of this tool per session.'),
  per_agent: z.number().int().nonnegative().optional().describe('Maximum calls of this tool per agent per window.'),
  per_minute: z.number().int().nonnegative().optional().describe('Maximum calls of this tool per agent per minute.'),
});

/** One tool (or a glob of tools) and the rules for calling it. */
export const toolSchema = z.strictObject({
  description: z.string().optional().describe('Free text for humans.'),
  risk: riskLevel.default('medium'),
  category: z.enum(['read', 'write', 'delete', 'network', 'payment', 'code', 'message', 'admin', 'other']).default('other').describe('What the tool does; used by flow rules and reports.'),
  sink: z.boolean().default(false).describe('Exfiltration-capable (sends data out): tainted sessions need approval or are denied (flow.on_tainted_sink).'),
  untrusted_result: z.boolean().default(true).describe('Results of this tool are untrusted content: inspected for indirect injection and they taint the session.'),
  args: z.record(z.string(), z.unknown()).optional().describe('JSON Schema (draft 2020-12) for the arguments; unknown properties are rejected unless the schema allows them. Absent: any object.'),
  validate: z.record(z.string(), argumentValidators).optional().describe('Validators per argument name.'),
  approval: z.enum(['never', 'required', 'when-tainted', 'high-risk']).default('never').describe('required: every call waits for a human; when-tainted: only after untrusted content entered the session.'),
  budget: toolBudget.optional().describe('Call limits for this tool.'),
  secrets: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a secret name (letters, digits, _)')).optional().describe('Secret names this tool\'s arguments may reference as {{secret:NAME}}; resolved only for the executing side. Absent or empty: no secret references.'),
  roles: z.array(z.string()).optional().describe('Roles that may call this tool, in addition to role grants. Absent: role grants decide.'),
});
