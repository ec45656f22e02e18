import { errorMessage } from '../kernel/errors.ts';
import type { Policy } from '../policy/schema.ts';
import type { Exchange } from './exchange.ts';
import { streamErrorType } from './http-errors.ts';
import { guardToolCall } from './guard-tool-call.ts';
import { blockedOutputText } from './guard-turn.ts';
import type { SseMessage, StreamEncoder, TokenUsage, TurnEvent, WireProtocol } from './wire/model.ts';
import { createSseReader } from './wire/sse.ts';

/** Options of one guarded stream. */
export interface GuardStreamOptions {
  readonly protocol: WireProtocol;
  readonly includeUsage: boolean;
  /** The upstream SSE body. */
  readonly body: AsyncIterable<Uint8Array>;
  /** Called once with the token usage known when the stream finished or was cut by a block. */
  readonly onFinish: (usage: TokenUsage) => void;
  /** While a tool call waits (approval hold, shadow review), an SSE comment frame every this many ms. */
  readonly keepAliveMs?: number;
}

/** Default spacing of keep-alive comment frames while a call is held: below common 30-60 s idle timeouts. */
export const defaultKeepAliveMs = 15_000;

/** An SSE comment: every SSE client (the official SDKs included) skips it, proxies see traffic. */
export const keepAliveFrame = ': rampart keep-alive\n\n';

/**
 * Re-emits an upstream SSE stream in the client's wire format after the firewall saw it: text goes
 * through the incremental output inspector (held back, redacted or cut), each tool call is assembled
 * and gated before any part of it is released. Every path ends in a well-formed stream: a normal
 * finish, a finish after a block notice, or the format's error frame when the upstream fails.
 */
export async function* guardStream(exchange: Exchange, policy: Policy, options: GuardStreamOptions): AsyncGenerator<string, void, undefined> {
  const { protocol } = options;
  const encoder = protocol.createStreamEncoder({ includeUsage: options.includeUsage });
  const decoder = protocol.createStreamDecoder();
  const output = await exchange.firewall.streamOutput(exchange.call, { canaries: exchange.canaries, systemPrompt: exchange.systemPrompt });
  const queue: SseMessage[] = [];
  const reader = createSseReader((message) => queue.push(message));
  const text = new TextDecoder();
  const notices: string[] = [];
  // Released calls wait for the end of the text so that held-back text keeps its place before them.
  const releasedCalls: TurnEvent[] = [];
  let usage: TokenUsage = { input: 0, output: 0 };

  const blocked = (frames: string, reason: Parameters<typeof blockedOutputText>[0]): { frames: string; stop: boolean } => {
    options.onFinish(usage);
    return { frames: frames + encoder.encode({ type: 'text-delta', text: blockedOutputText(reason) }) + encoder.encode({ type: 'finish', finish: 'content-filter', usage }), stop: true };
  };

  async function handle(event: TurnEvent): Promise<{ frames: string; stop: boolean }> {
    switch (event.type) {
      case 'start':
        return { frames: encoder.encode(event), stop: false };
      case 'text-delta': {
        const step = output.push(event.text);
        const frames = step.release === '' ? '' : encoder.encode({ type: 'text-delta', text: step.release });
        return step.verdict.action === 'deny' ? blocked(frames, step.verdict) : { frames, stop: false };
      }
      case 'tool-call': {
        const outcome = await guardToolCall(exchange, policy, event.call);
        if (outcome.kind === 'release') {
          releasedCalls.push(event);
          return { frames: '', stop: false };
        }
        if (outcome.kind === 'refuse') {
          notices.push(outcome.text);
          return { frames: '', stop: false };
        }
        return { frames: encoder.error(`rampart: tool call ${event.call.name} blocked (${outcome.verdict.ruleId}): ${outcome.verdict.reason}`, streamErrorType(protocol, 'blocked')), stop: true };
      }
      case 'finish': {
        usage = event.usage;
        const last = output.end();
        let frames = last.release === '' ? '' : encoder.encode({ type: 'text-delta', text: last.release });
        if (last.verdict.action === 'deny') return blocked(frames, last.verdict);
        for (const notice of notices) frames += encoder.encode({ type: 'text-delta', text: `\n\n${notice}` });
        for (const call of releasedCalls) frames += encoder.encode(call);
        options.onFinish(usage);
        return { frames: frames + encoder.encode(event), stop: true };
      }
    }
  }

  try {
    for await (const chunk of options.body) {
      reader.feed(text.decode(chunk, { stream: true }));
      while (queue.length > 0) {
        for (const event of decoder.push(queue.shift()!)) {
          const pending = handle(event);
          // A held tool call can wait minutes for a human; comment frames keep idle timeouts from cutting it.
          if (event.type === 'tool-call') yield* keepAliveUntil(pending, options.keepAliveMs ?? defaultKeepAliveMs);
          const step = await pending;
          if (step.frames !== '') yield step.frames;
          if (step.stop) return;
        }
      }
    }
    decoder.end();
  } catch (error) {
    yield failure(encoder, protocol, error);
  }
}

async function* keepAliveUntil(pending: Promise<unknown>, intervalMs: number): AsyncGenerator<string, void, undefined> {
  const settled = pending.then(() => true, () => true);
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), intervalMs); });
    const done = await Promise.race([settled, tick]);
    clearTimeout(timer);
    if (done) return;
    yield keepAliveFrame;
  }
}

function failure(encoder: StreamEncoder, protocol: WireProtocol, error: unknown): string {
  return encoder.error(`rampart: upstream stream failed: ${errorMessage(error)}`, streamErrorType(protocol, 'upstream-failed'));
}
