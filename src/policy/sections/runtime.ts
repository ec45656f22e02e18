import { z } from 'zod';
import { duration, envName } from './common.ts';

/** Resource limits for one sandboxed run. */
export const sandboxLimits = z.strictObject({
  memory_mb: z.number().int().positive().max(4096).default(128).describe('Memory cap in MiB.'),
  time: duration.default(5000).describe('Wall-clock limit per run.'),
  output_bytes: z.number().int().positive().default(1_048_576).describe('Cap on stdout plus stderr.'),
});

/** Sandboxed execution settings. */
export const sandboxSchema = z.strictObject({
  limits: sandboxLimits.default({ memory_mb: 128, time: 5000, output_bytes: 1_048_576 }).describe('Resource limits for each run.'),
  python: z.enum(['confined', 'weak', 'off']).default('confined').describe('confined: only with OS isolation (refuse otherwise); weak: operator opts into running without it; off: never.'),
  commands: z.enum(['bubblewrap', 'off']).default('bubblewrap').describe('OS-level command sandbox.'),
  pool_size: z.number().int().min(0).max(16).default(2).describe('Pre-started single-use Python workers.'),
});

/** MCP gateway settings. */
export const mcpSchema = z.strictObject({
  pin: z.boolean().default(true).describe('Pin tool definitions on first sight; a changed definition blocks the tool until re-approved.'),
  on_poisoned: z.enum(['hide', 'block', 'flag']).default('hide').describe('What happens to a tool whose description or schema looks poisoned.'),
  sampling: z.enum(['allow', 'deny']).default('deny').describe('Whether server-initiated sampling requests pass through.'),
  elicitation: z.enum(['allow', 'deny']).default('allow').describe('Whether server-initiated elicitation requests pass through.'),
  max_message_bytes: z.number().int().positive().default(4 * 1024 * 1024).describe('Largest JSON-RPC message accepted either way.'),
  call_timeout: duration.default(60_000).describe('Longest a tools/call may take upstream.'),
});

/** Optional second-model review of high-risk calls (goal-drift check). */
export const reviewerSchema = z.strictObject({
  base_url: z.string().url().describe('OpenAI-compatible endpoint of the reviewer model.'),
  model: z.string().describe('Reviewer model name.'),
  api_key_env: envName.optional().describe('Variable holding the reviewer API key. Absent: no key is sent.'),
  min_risk: z.enum(['medium', 'high', 'critical']).default('high').describe('Review calls of at least this risk.'),
  timeout: duration.default(10_000).describe('Reviewer timeout; a timeout denies.'),
  max_calls_per_session: z.number().int().positive().default(50).describe('Most reviewer calls per session.'),
});
