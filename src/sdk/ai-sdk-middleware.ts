import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import type { OutputStream } from '../firewall/stages.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { Verdict } from '../kernel/verdict.ts';

// Structural subsets of the AI SDK's LanguageModelV4 types, so `ai` stays an optional peer, not a dependency.
type Part = { type: string; [key: string]: unknown };
type Message = { role: string; content: unknown };
type GenerateResult = { content: Part[]; finishReason: { unified: string; raw: string | undefined }; [key: string]: unknown };
type StreamResult = { stream: ReadableStream<Part>; [key: string]: unknown };
type CallOptions = { prompt: Message[]; [key: string]: unknown };

/** The middleware object `wrapLanguageModel({ model, middleware })` accepts. */
export interface RampartLanguageModelMiddleware {
  readonly specificationVersion: 'v4';
  wrapGenerate(options: { doGenerate: () => PromiseLike<GenerateResult>; params: CallOptions }): Promise<GenerateResult>;
  wrapStream(options: { doStream: () => PromiseLike<StreamResult>; params: CallOptions }): Promise<StreamResult>;
}

/** Options of the AI SDK middleware. */
export interface RampartMiddlewareOptions {
  readonly firewall: Firewall;
  /** Who is calling; a function is evaluated per model call. */
  readonly context: CallContext | (() => CallContext);
  /** Canary tokens planted in the system prompt, checked in the output. */
  readonly canaries?: readonly string[];
}

const emptyUsage = { inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 0, text: 0, reasoning: 0 } };

function text(ruleVerdict: Verdict, what: string): string {
  const rule = ruleVerdict.action === 'allow' || ruleVerdict.action === 'redact' ? 'unknown' : ruleVerdict.ruleId;
  const reason = ruleVerdict.action === 'deny' || ruleVerdict.action === 'ask' ? `: ${ruleVerdict.reason}` : '';
  return `[rampart] ${what} (${rule}${reason}).`;
}

/** Inspects the prompt's new content (after the last assistant turn); returns the deny verdict of a user message, if any. */
async function inspectPrompt(firewall: Firewall, context: CallContext, prompt: Message[]): Promise<Verdict | undefined> {
  let start = 0;
  prompt.forEach((message, index) => { if (message.role === 'assistant') start = index + 1; });
  for (const message of prompt.slice(start)) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as Part[]) {
      if (message.role === 'user' && part.type === 'text' && typeof part['text'] === 'string') {
        const decision = await firewall.inspectInput({ text: part['text'], source: 'user' }, context);
        if (decision.verdict.action === 'deny') return decision.verdict;
      } else if (message.role === 'tool' && part.type === 'tool-result' && isPlainObject(part['output'])) {
        const output = part['output'];
        const value = typeof output['value'] === 'string' ? output['value'] : canonicalJson(output['value'] ?? null);
        const decision = await firewall.inspectInput({ text: value, source: 'tool-result', origin: String(part['toolName'] ?? 'tool') }, context);
        if (decision.verdict.action === 'deny') part['output'] = { type: 'text', value: text(decision.verdict, 'This tool result was withheld as a likely prompt injection') };
        else if (typeof output['value'] === 'string') part['output'] = { ...output, value: decision.text };
      }
    }
  }
  return undefined;
}

async function gate(firewall: Firewall, context: CallContext, part: Part): Promise<Verdict> {
  let args: unknown;
  try { args = JSON.parse(typeof part['input'] === 'string' && part['input'] !== '' ? part['input'] : '{}'); } catch { args = undefined; }
  if (!isPlainObject(args)) return { action: 'deny', ruleId: 'sdk.tool-arguments-invalid', reason: 'the tool call arguments are not a JSON object', findings: [] };
  const call = { id: String(part['toolCallId']), name: String(part['toolName']), arguments: args, raw: String(part['input']) };
  const verdict = await firewall.checkToolCall(call, context);
  return verdict.action === 'ask' ? firewall.awaitApproval(verdict, call, context) : verdict;
}

/**
 * A Vercel AI SDK language-model middleware: the new prompt content is inspected before the model is
 * called (a blocked user message answers with a notice and never reaches the model; a blocked tool
 * result is replaced), generated text goes through output inspection (streamed text through the
 * incremental inspector), and every tool call is gated; a denied call becomes a text notice.
 */
export function createRampartMiddleware(options: RampartMiddlewareOptions): RampartLanguageModelMiddleware {
  const { firewall } = options;
  const resolve = (): CallContext => (typeof options.context === 'function' ? options.context() : options.context);
  const extra = { canaries: options.canaries ?? [] };
  return {
    specificationVersion: 'v4',
    async wrapGenerate({ doGenerate, params }) {
      const context = resolve();
      const blocked = await inspectPrompt(firewall, context, params.prompt);
      if (blocked !== undefined) return { content: [{ type: 'text', text: text(blocked, 'The request was blocked') }], finishReason: { unified: 'content-filter', raw: undefined }, usage: emptyUsage, warnings: [] };
      const result = await doGenerate();
      const joined = result.content.flatMap((part) => (part.type === 'text' && typeof part['text'] === 'string' ? [part['text']] : [])).join('');
      const verdict = await firewall.inspectOutput(joined, context, extra);
      if (verdict.action === 'deny') return { ...result, content: [{ type: 'text', text: text(verdict, 'The response was withheld by the output inspector') }], finishReason: { unified: 'content-filter', raw: undefined } };
      const content: Part[] = [];
      let textPlaced = false;
      for (const part of result.content) {
        if (part.type === 'text') {
          if (!textPlaced) content.push({ ...part, text: verdict.action === 'redact' ? verdict.text : joined });
          textPlaced = true;
        } else if (part.type === 'tool-call') {
          const decision = await gate(firewall, context, part);
          content.push(decision.action === 'allow' || decision.action === 'redact' ? part : { type: 'text', text: text(decision, `The call to ${String(part['toolName'])} was blocked by policy`) });
        } else {
          content.push(part);
        }
      }
      const calls = content.some((part) => part.type === 'tool-call');
      return { ...result, content, finishReason: calls || result.finishReason.unified !== 'tool-calls' ? result.finishReason : { unified: 'stop', raw: result.finishReason.raw } };
    },
    async wrapStream({ doStream, params }) {
      const context = resolve();
      const blocked = await inspectPrompt(firewall, context, params.prompt);
      if (blocked !== undefined) {
        const parts: Part[] = [{ type: 'stream-start', warnings: [] }, { type: 'text-start', id: 'rampart' }, { type: 'text-delta', id: 'rampart', delta: text(blocked, 'The request was blocked') }, { type: 'text-end', id: 'rampart' }, { type: 'finish', finishReason: { unified: 'content-filter', raw: undefined }, usage: emptyUsage }];
        return { stream: new ReadableStream<Part>({ start(controller) { for (const part of parts) controller.enqueue(part); controller.close(); } }) };
      }
      const result = await doStream();
      const output: OutputStream = await firewall.streamOutput(context, extra);
      let stopped = false;
      let released = 0;
      const notice = (controller: TransformStreamDefaultController<Part>, message: string): void => {
        controller.enqueue({ type: 'text-start', id: `rampart-${released}` });
        controller.enqueue({ type: 'text-delta', id: `rampart-${released}`, delta: message });
        controller.enqueue({ type: 'text-end', id: `rampart-${released++}` });
      };
      const transform = new TransformStream<Part, Part>({
        async transform(part, controller) {
          if (stopped) return;
          if (part.type === 'text-delta') {
            const step = output.push(String(part['delta'] ?? ''));
            if (step.release !== '') controller.enqueue({ ...part, delta: step.release });
            if (step.verdict.action === 'deny') { stopped = true; notice(controller, text(step.verdict, 'The response was withheld by the output inspector')); controller.enqueue({ type: 'finish', finishReason: { unified: 'content-filter', raw: undefined }, usage: emptyUsage }); }
            return;
          }
          if (part.type === 'text-end') {
            const last = output.end();
            if (last.release !== '') controller.enqueue({ type: 'text-delta', id: part['id'], delta: last.release });
            if (last.verdict.action === 'deny') { stopped = true; notice(controller, text(last.verdict, 'The response was withheld by the output inspector')); controller.enqueue({ type: 'finish', finishReason: { unified: 'content-filter', raw: undefined }, usage: emptyUsage }); return; }
            controller.enqueue(part);
            return;
          }
          // Argument fragments are held: a call is released only whole, after the gate allowed it.
          if (part.type === 'tool-input-start' || part.type === 'tool-input-delta' || part.type === 'tool-input-end') return;
          if (part.type === 'tool-call') {
            const decision = await gate(firewall, context, part);
            if (decision.action === 'allow' || decision.action === 'redact') controller.enqueue(part);
            else notice(controller, text(decision, `The call to ${String(part['toolName'])} was blocked by policy`));
            return;
          }
          controller.enqueue(part);
        },
      });
      return { ...result, stream: result.stream.pipeThrough(transform) };
    },
  };
}
