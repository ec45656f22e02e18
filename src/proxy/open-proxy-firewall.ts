import type { Hono } from 'hono';
import { createApprovalsApi } from '../approvals/http.ts';
import { errorMessage } from '../kernel/errors.ts';
import { openFirewall, type OpenedFirewall } from '../firewall/open-firewall.ts';
import type { ReadinessCheck } from './readiness.ts';

/** A firewall opened for `rampart serve`, with readiness checks and the approvals API to mount. */
export interface OpenedProxyFirewall extends OpenedFirewall {
  /** Policy file path and content hash, for the start banner. */
  readonly policyPath: string;
  readiness(): Promise<readonly ReadinessCheck[]>;
  /** Mounts `/approvals` behind RAMPART_APPROVALS_TOKEN; undefined when no token is set (the API stays off). */
  readonly mountApprovals: ((app: Hono) => void) | undefined;
}

/** Opens every real stage over the data directory (see openFirewall) and adds what the HTTP surface needs. */
export async function openProxyFirewall(options: { policyPath: string; dataDir?: string | undefined; env: Readonly<Record<string, string | undefined>>; cwd: string }): Promise<OpenedProxyFirewall> {
  const opened = await openFirewall({ policyPath: options.policyPath, env: options.env, cwd: options.cwd, ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) });
  const token = options.env['RAMPART_APPROVALS_TOKEN'];
  let mountApprovals: ((app: Hono) => void) | undefined;
  try {
    if (token !== undefined) {
      const api = createApprovalsApi(opened.approvals, { authToken: token });
      // Dispatch only /approvals paths, so the API's own bearer check never applies to the model endpoints.
      mountApprovals = (app) => {
        app.all('/approvals', (c) => api.fetch(c.req.raw));
        app.all('/approvals/*', (c) => api.fetch(c.req.raw));
      };
    }
  } catch (error) {
    await opened.close();
    throw error;
  }
  return {
    ...opened,
    policyPath: options.policyPath,
    mountApprovals,
    async readiness() {
      const checks: ReadinessCheck[] = [{ name: 'policy', ok: true, detail: options.policyPath }];
      try {
        await opened.audit.flush();
        checks.push({ name: 'audit', ok: true, detail: opened.dataDir ?? 'memory' });
      } catch (error) {
        checks.push({ name: 'audit', ok: false, detail: errorMessage(error) });
      }
      return checks;
    },
  };
}
