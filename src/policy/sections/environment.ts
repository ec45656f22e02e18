import { z } from 'zod';
import { domainPattern, duration, envName, httpMethod } from './common.ts';

/** Network egress allowlist. */
export const egressSchema = z.strictObject({
  allow: z.array(domainPattern).default([]).describe('Domains agents and sandboxed code may reach. Empty: none.'),
  methods: z.array(httpMethod).default(['GET', 'HEAD']).describe('HTTP methods allowed through the egress proxy.'),
  block_private: z.boolean().default(true).describe('Deny loopback, private, link-local and metadata addresses even if a domain resolves to them.'),
});

/** File-system rules for path arguments and the sandbox. */
export const workspaceSchema = z.strictObject({
  root: z.string().default('./workspace').describe('Directory agents may touch, resolved relative to the policy file.'),
  deny: z.array(z.string()).default(['.env', '.env.*', '.ssh/', '.gitconfig', '.npmrc', '.pypirc', '.curlrc', '.netrc', '.cursorrules', 'CLAUDE.md', 'copilot-instructions.md', '.git/']).describe('Names or globs inside the root that are never read or written.'),
  scratch: z.string().optional().describe('Sub-directory where writes do not count as a sink for flow rules.'),
});

/** One notification target for pending approvals. */
export const notifySchema = z.strictObject({
  webhook_env: envName.optional().describe('Variable holding a URL that receives a generic JSON POST.'),
  slack_webhook_env: envName.optional().describe('Variable holding a Slack incoming-webhook URL.'),
});

/** Human approval settings. */
export const approvalsSchema = z.strictObject({
  timeout: duration.default(300_000).describe('How long an approval may stay pending; no decision in time means deny.'),
  decision_ttl: duration.default(300_000).describe('How long a granted decision may be used before it expires.'),
  notify: z.array(notifySchema).default([]).describe('Where to announce pending approvals. Empty: nowhere.'),
  hold: z.boolean().default(true).describe('Surfaces hold the call until decided (true) or return a pending marker at once (false).'),
});

/** Session-wide budgets. */
export const budgetsSchema = z.strictObject({
  per_session: z.strictObject({
    calls: z.number().int().nonnegative().optional().describe('Total tool calls per session.'),
    tokens: z.number().int().nonnegative().optional().describe('Total LLM tokens per session.'),
    turns: z.number().int().nonnegative().optional().describe('Model turns per session.'),
  }).default({}).describe('Limits per session. Absent fields: unlimited.'),
  per_agent: z.strictObject({
    calls: z.number().int().nonnegative().optional().describe('Tool calls per agent per window.'),
    tokens: z.number().int().nonnegative().optional().describe('LLM tokens per agent per window.'),
    window: duration.default(86_400_000).describe('Window for per-agent budgets.'),
  }).default({ window: 86_400_000 }).describe('Limits per agent per window. Absent fields: unlimited.'),
  rate_per_minute: z.number().int().positive().optional().describe('Tool calls per agent per minute.'),
});

/** Flow control after untrusted content enters a session. */
export const flowSchema = z.strictObject({
  on_tainted_sink: z.enum(['ask', 'deny', 'allow']).default('ask').describe('What a sink tool call in a tainted session gets.'),
  taint_on_finding: z.boolean().default(true).describe('Any detector finding on input taints the session.'),
});

/** Audit trail settings. */
export const auditSchema = z.strictObject({
  capture_raw: z.boolean().default(false).describe('Store raw arguments and content instead of hashes. Off by default: the log holds hashes only, except the excerpt of denied input kept by capture_blocked_input.'),
  capture_blocked_input: z.boolean().optional().describe('Store the text of input the detector DENIED (at most 4,000 characters around the findings) so `rampart attacks add --from-audit` can learn it. Absent: true. Blocked text may carry personal data; false keeps hashes only.'),
  checkpoint_every: z.number().int().positive().default(1000).describe('Sign a checkpoint every this many events.'),
  batch_size: z.number().int().positive().default(256).describe('Events per write transaction.'),
  flush_interval: duration.default(50).describe('Longest time an event waits before its batch is written.'),
});

/** Where state lives. */
export const storageSchema = z.strictObject({
  driver: z.enum(['sqlite', 'memory', 'postgres', 'redis']).default('sqlite').describe('Store backend: sqlite (embedded default), memory (tests), postgres and redis (scale-out).'),
  data_dir: z.string().optional().describe('Data directory. Absent: RAMPART_DATA_DIR or ./.rampart.'),
  url_env: envName.optional().describe('Variable holding the connection URL for postgres or redis.'),
});

/** An upstream LLM provider the proxy forwards to. */
export const upstreamSchema = z.strictObject({
  provider: z.enum(['openai', 'anthropic']).default('openai').describe('Wire format of the provider API: openai (also any OpenAI-compatible server) or anthropic.'),
  base_url: z.string().url().describe('Base URL of the provider API, e.g. https://api.openai.com/v1.'),
  api_key_env: envName.optional().describe('Variable holding the provider key; injected by Rampart, never seen by clients.'),
  models: z.array(z.string()).default([]).describe('Model names routed here. Empty: every model.'),
  timeout: duration.default(120_000).describe('Upstream request timeout.'),
});

/** HTTP server settings. */
export const serverSchema = z.strictObject({
  host: z.string().default('127.0.0.1').describe('Bind address; loopback unless told otherwise.'),
  port: z.number().int().min(0).max(65535).default(8787).describe('TCP port; 0 picks a free one.'),
  body_limit: z.number().int().positive().default(4 * 1024 * 1024).describe('Largest request body in bytes.'),
  request_timeout: duration.default(300_000).describe('Longest a proxied request may take end to end.'),
  on_tool_denied: z.enum(['refuse', 'error']).default('refuse').describe('What the proxy does with a denied tool call: refuse replaces it with a refusal text the agent can read; error fails the whole response with a 403-style error.'),
});
