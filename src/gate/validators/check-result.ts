/** Outcome of one argument check: passed, or failed with a stable rule id and a reason safe to show. */
export type CheckResult = { readonly ok: true } | { readonly ok: false; readonly ruleId: string; readonly reason: string };

/** The passing result. */
export const passed: CheckResult = Object.freeze({ ok: true });

/** A failing result with a rule id and reason. */
export function failed(ruleId: string, reason: string): CheckResult {
  return { ok: false, ruleId, reason };
}

/** Quotes a client-supplied value for a reason string: truncated and with control characters escaped. */
export function quote(value: string, limit = 80): string {
  const shown = value.length > limit ? `${value.slice(0, limit)}...` : value;
  return JSON.stringify(shown);
}
