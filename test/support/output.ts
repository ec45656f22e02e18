import type { SessionContext } from '../../src/kernel/types.ts';
import type { Verdict } from '../../src/kernel/verdict.ts';
import { outputSchema } from '../../src/policy/sections/inspection.ts';
import type { OutputContext } from '../../src/firewall/stages.ts';
import type { OutputInspector, OutputInspectorOptions } from '../../src/output/create-output-inspector.ts';
import { createOutputInspector } from '../../src/output/create-output-inspector.ts';

/** A session for tests. */
export function testSession(sessionId = 'session-1'): SessionContext {
  return { sessionId, traceId: 'trace-1', agentId: 'agent-1', role: 'reader', depth: 0, tainted: [] };
}

/** Deterministic randomness for tests: a counter-based byte stream. */
export function testRandom(seed = 7): (size: number) => Uint8Array {
  let state = seed;
  return (size) => Uint8Array.from({ length: size }, () => { state = (state * 1103515245 + 12345) % 2147483648; return state & 255; });
}

/** An inspector built from a partial `output` policy section. */
/** Accepts any object: the schema validates it, so a typo fails loudly. */
export function testInspector(output: Readonly<Record<string, unknown>> = {}, extra: Partial<OutputInspectorOptions> = {}): OutputInspector {
  return createOutputInspector({ output: outputSchema.parse(output), random: testRandom(), ...extra });
}

/** An output context with canaries and an optional protected prompt. */
export function testContext(canaries: readonly string[] = [], systemPrompt?: string, sessionId?: string): OutputContext {
  return { session: testSession(sessionId), canaries, ...(systemPrompt === undefined ? {} : { systemPrompt }) };
}

/** Feeds chunks to a stream and returns the concatenated released text and the final verdict. */
export function runStream(inspector: OutputInspector, context: OutputContext, chunks: readonly string[]): { released: string; verdict: Verdict } {
  const stream = inspector.stream(context);
  let released = '';
  for (const chunk of chunks) released += stream.push(chunk).release;
  const last = stream.end();
  return { released: released + last.release, verdict: last.verdict };
}

/** Rule ids of a verdict's findings, in order. */
export function ruleIds(verdict: Verdict): string[] {
  return (verdict.action === 'ask' ? verdict.findings ?? [] : verdict.action === 'deny' ? verdict.findings : verdict.findings ?? []).map((finding) => finding.ruleId);
}
