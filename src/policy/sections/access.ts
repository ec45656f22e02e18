import { z } from 'zod';
import { envName, httpMethod } from './common.ts';

/** One agent identity. */
export const agentSchema = z.strictObject({
  role: z.string().min(1).describe('Role granted to this agent; must name an entry under roles.'),
  key_env: envName.optional().describe('Environment variable holding the Rampart API key that authenticates this agent. Absent: the agent cannot authenticate to the proxy.'),
  description: z.string().optional().describe('Free text for humans.'),
  max_depth: z.number().int().min(0).max(64).optional().describe('Maximum delegation depth for sub-agents of this agent. Absent: the role default applies.'),
});

/** A role: what its agents may do. */
export const roleSchema = z.strictObject({
  tools: z.array(z.string().min(1)).default([]).describe('Tool names or glob patterns this role may call; "*" means every tool defined under tools. Absent or empty: no tools.'),
  db: z.enum(['none', 'read-only', 'read-write', 'admin']).default('none').describe('Database scope: none, read-only (SELECT), read-write (SELECT/INSERT/UPDATE), admin (also DELETE and DDL).'),
  http: z.array(httpMethod).default([]).describe('HTTP methods the role may use through network tools. Absent or empty: none.'),
  max_depth: z.number().int().min(0).max(64).default(3).describe('Maximum delegation (sub-agent) depth.'),
  description: z.string().optional().describe('Free text for humans.'),
});
