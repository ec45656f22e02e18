import { Hono } from 'hono';
import { secretsEqual } from '../kernel/crypto.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { ApprovalRecord } from '../kernel/stores.ts';
import type { ApprovalQueue, DecisionRejection } from './create-approval-queue.ts';
import type { ApproverSigner } from './decision-signing.ts';

/** Options of the approvals HTTP API. */
export interface ApprovalsApiOptions {
  /** Bearer token every request must carry; compared in constant time. */
  readonly authToken: string;
  /** Key the server signs with when a client posts an unsigned approve/deny; absent: only pre-signed decisions are accepted. */
  readonly signer?: ApproverSigner;
}

const statuses: readonly ApprovalRecord['status'][] = ['pending', 'granted', 'denied', 'expired', 'consumed'];

const rejectionStatus: Record<DecisionRejection, 400 | 403 | 404 | 409> = {
  'not-found': 404, 'malformed': 400, 'forged': 403, 'mismatch': 409, 'late': 409, 'already-decided': 409, 'invalid-time': 400,
};

/** A Hono sub-app with GET /approvals, GET /approvals/:id and POST /approvals/:id/approve|deny, behind bearer auth. */
export function createApprovalsApi(queue: ApprovalQueue, options: ApprovalsApiOptions): Hono {
  if (options.authToken.length < 16) throw new Error('approvals API token must be at least 16 characters');
  const expected = `Bearer ${options.authToken}`;
  const app = new Hono();

  app.use('*', async (context, next) => {
    const header = context.req.header('authorization') ?? '';
    if (!secretsEqual(header, expected)) return context.json({ error: 'unauthorized' }, 401);
    await next();
    return undefined;
  });

  app.get('/approvals', async (context) => {
    const status = context.req.query('status');
    if (status !== undefined && !statuses.includes(status as ApprovalRecord['status'])) return context.json({ error: `unknown status '${status}'` }, 400);
    const records = await queue.list(status === undefined ? {} : { status: status as ApprovalRecord['status'] });
    return context.json({ approvals: records });
  });

  app.get('/approvals/:id', async (context) => {
    const record = await queue.show(context.req.param('id'));
    return record === undefined ? context.json({ error: 'not found' }, 404) : context.json({ approval: record });
  });

  for (const [action, decision] of [['approve', 'granted'], ['deny', 'denied']] as const) {
    app.post(`/approvals/:id/${action}`, async (context) => {
      const id = context.req.param('id');
      let body: unknown = {};
      const text = await context.req.text();
      if (text.trim() !== '') {
        try { body = JSON.parse(text); } catch { return context.json({ error: 'body is not JSON' }, 400); }
      }
      const signed = isPlainObject(body) ? body['decision'] : undefined;
      let result;
      if (signed !== undefined) {
        // A pre-signed decision must be for this id and this action; the signature check happens in the queue.
        if (!isPlainObject(signed) || signed['approvalId'] !== id || signed['decision'] !== decision) return context.json({ error: 'decision does not match the URL' }, 400);
        result = await queue.submit(signed);
      } else if (options.signer !== undefined) {
        result = await queue.decide(id, decision, options.signer);
      } else {
        return context.json({ error: 'this server only accepts signed decisions' }, 400);
      }
      if (!result.ok) return context.json({ error: result.reason }, rejectionStatus[result.reason]);
      return context.json({ approval: result.record });
    });
  }
  return app;
}
