import type { AuditSink } from '../kernel/audit-event.ts';
import { errorMessage } from '../kernel/errors.ts';
import type { DenyVerdict } from '../kernel/verdict.ts';
import { deny } from '../kernel/verdict.ts';

/** Rule id of the verdict given when a stage throws. */
export const stageFailedRule = (stage: string): string => `firewall.stage-failed.${stage}`;
/** Rule id of the verdict given when a stage does not answer in time. */
export const stageTimeoutRule = (stage: string): string => `firewall.stage-timeout.${stage}`;

class StageTimeout extends Error {}

/**
 * Runs one stage with a deadline. A throw or a timeout becomes a deny verdict with a distinct rule
 * id and a `stage-failed` audit event: no error path ever lets the action through.
 */
export async function runStage<T>(
  stage: string,
  timeoutMs: number,
  audit: AuditSink,
  ids: { sessionId?: string; traceId?: string; agentId?: string },
  run: (signal: AbortSignal) => Promise<T>,
  onFailure: (verdict: DenyVerdict) => T,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { controller.abort(); reject(new StageTimeout(`${stage} took longer than ${timeoutMs} ms`)); }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } catch (error) {
    const timedOut = error instanceof StageTimeout;
    const ruleId = timedOut ? stageTimeoutRule(stage) : stageFailedRule(stage);
    const reason = timedOut ? errorMessage(error) : `${stage} failed: ${errorMessage(error)}`;
    try {
      audit.record({ type: 'stage-failed', ...ids, decision: 'deny', ruleIds: [ruleId], reasons: [reason], data: { stage, timedOut } });
    } catch {
      // The audit store failing too must not turn a deny into a throw that a caller might swallow.
    }
    return onFailure(deny(ruleId, reason));
  } finally {
    clearTimeout(timer);
  }
}
