import type { ApprovalRecord } from '../kernel/stores.ts';

/** Announces a pending approval; a failure is reported, it never approves anything. */
export type ApprovalNotifier = (record: ApprovalRecord) => Promise<void>;

/** The fetch function notifiers use; injected so tests post to a local receiver. */
export type FetchFunction = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number }>;

function summary(record: ApprovalRecord): { tool: string; risk: string; reason: string; agentId: string; sessionId: string } {
  const request = record.request;
  const requester = (request['requester'] ?? {}) as Record<string, unknown>;
  return {
    tool: String(request['tool'] ?? ''),
    risk: String(request['risk'] ?? 'unknown'),
    reason: String(request['reason'] ?? ''),
    agentId: String(requester['agentId'] ?? ''),
    sessionId: String(requester['sessionId'] ?? ''),
  };
}

/** Generic JSON body: ids, tool, risk, reason and the call hash; never the arguments (they may carry personal data). */
export function jsonNotification(record: ApprovalRecord): Record<string, unknown> {
  return { type: 'approval-requested', approvalId: record.id, callHash: record.callHash, expiresAt: new Date(record.expiresAt).toISOString(), ...summary(record) };
}

/** Slack incoming-webhook body (`text` plus mrkdwn blocks). */
export function slackNotification(record: ApprovalRecord): Record<string, unknown> {
  const { tool, risk, reason, agentId } = summary(record);
  const text = `Rampart approval needed: ${tool} (${risk} risk) for agent ${agentId}`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${text}*\n${reason}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `id \`${record.id}\` · expires ${new Date(record.expiresAt).toISOString()} · \`rampart approvals show ${record.id}\`` }] },
    ],
  };
}

/** A notifier that POSTs JSON (generic or Slack format) to a webhook URL; throws on a non-2xx answer or a timeout. */
export function createWebhookNotifier(options: { url: string; format: 'json' | 'slack'; fetch: FetchFunction; timeoutMs?: number }): ApprovalNotifier {
  return async (record) => {
    const body = JSON.stringify(options.format === 'slack' ? slackNotification(record) : jsonNotification(record));
    const response = await options.fetch(options.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
  };
}

/** Builds notifiers from the policy's `approvals.notify` entries, reading URLs from the environment; entries whose variable is unset are skipped. */
export function notifiersFromPolicy(notify: readonly { webhook_env?: string | undefined; slack_webhook_env?: string | undefined }[], env: Readonly<Record<string, string | undefined>>, fetch: FetchFunction): ApprovalNotifier[] {
  const notifiers: ApprovalNotifier[] = [];
  for (const entry of notify) {
    const generic = entry.webhook_env === undefined || !Object.hasOwn(env, entry.webhook_env) ? undefined : env[entry.webhook_env];
    const slack = entry.slack_webhook_env === undefined || !Object.hasOwn(env, entry.slack_webhook_env) ? undefined : env[entry.slack_webhook_env];
    if (generic !== undefined && generic !== '') notifiers.push(createWebhookNotifier({ url: generic, format: 'json', fetch }));
    if (slack !== undefined && slack !== '') notifiers.push(createWebhookNotifier({ url: slack, format: 'slack', fetch }));
  }
  return notifiers;
}
