/** A tool call as one provider response carries it; `arguments` is the raw JSON text. */
export interface ModelToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

/** Why the model stopped, in provider-neutral words. */
export type FinishReason = 'stop' | 'tool-calls' | 'length' | 'content-filter';

/** Token counts reported by the upstream. */
export interface TokenUsage {
  readonly input: number;
  readonly output: number;
}

/** One part of a model turn, in the order the provider produced it. */
export type TurnPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'tool-call'; readonly call: ModelToolCall };

/** A whole (non-streamed) assistant turn, decoded from any of the three wire formats. */
export interface ModelTurn {
  readonly id: string;
  readonly model: string;
  readonly parts: readonly TurnPart[];
  readonly finish: FinishReason;
  readonly usage: TokenUsage;
}

/** One event of a streamed turn; tool calls only appear once their arguments are complete. */
export type TurnEvent =
  | { readonly type: 'start'; readonly id: string; readonly model: string }
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'tool-call'; readonly call: ModelToolCall }
  | { readonly type: 'finish'; readonly finish: FinishReason; readonly usage: TokenUsage };

/** The wire formats the proxy speaks. */
export type ProtocolName = 'openai-chat' | 'openai-responses' | 'anthropic-messages';

/** One server-sent event as parsed off the wire. */
export interface SseMessage {
  readonly event?: string | undefined;
  readonly data: string;
}

/** A piece of request content the firewall must inspect; `replace` rewrites it in the outgoing body. */
export interface InputSlot {
  readonly source: 'user' | 'tool-result';
  /** Tool name for tool results, `user` otherwise. */
  readonly origin: string;
  readonly text: string;
  replace(text: string): void;
}

/** A validated client request in one wire format, with handles to rewrite it before it goes upstream. */
export interface ParsedRequest {
  readonly model: string;
  readonly stream: boolean;
  /** The body that goes upstream; slots and `appendSystem` mutate it. */
  readonly body: Record<string, unknown>;
  /** Content added since the last assistant turn: the new user message and tool results. */
  readonly inputs: readonly InputSlot[];
  /** The system prompt as the client sent it (empty when none). */
  readonly systemPrompt: string;
  /** The first user message: the user's original request, for the shadow reviewer. */
  readonly userRequest: string;
  /** Adds a paragraph to the system prompt (canary, spotlight instructions). */
  appendSystem(text: string): void;
  /** True when the client asked for a usage chunk at the end of a stream. */
  readonly includeUsage: boolean;
}

/** Turns a stream of turn events into SSE frames of one wire format. */
export interface StreamEncoder {
  encode(event: TurnEvent): string;
  /** A terminal error frame, for upstream failures after the stream has begun. */
  error(message: string, type: string): string;
}

/** Turns upstream SSE messages into turn events; throws a RampartError on malformed input. */
export interface StreamDecoder {
  push(message: SseMessage): TurnEvent[];
  /** Called when the upstream body ends; throws when the stream was cut short. */
  end(): TurnEvent[];
}

/** How a stream encoder frames its output. */
export interface StreamEncoderOptions {
  /** Emit a usage chunk at the end (OpenAI chat `stream_options.include_usage`). */
  readonly includeUsage: boolean;
  /** Split tool-call arguments into deltas of this many characters, as real providers do. Absent: one delta. */
  readonly argumentChunkSize?: number;
}

/** Everything the proxy needs to speak one wire format. */
export interface WireProtocol {
  readonly name: ProtocolName;
  readonly provider: 'openai' | 'anthropic';
  /** Path appended to the upstream base URL. */
  readonly upstreamPath: string;
  /** Validates a client body; returns a message on invalid input. */
  parseRequest(body: unknown): ParsedRequest | { readonly invalid: string };
  /** Decodes a non-streamed upstream response; throws a RampartError when it is malformed. */
  decodeResponse(json: unknown): ModelTurn;
  encodeResponse(turn: ModelTurn): Record<string, unknown>;
  createStreamDecoder(): StreamDecoder;
  createStreamEncoder(options: StreamEncoderOptions): StreamEncoder;
  /** An error body in the provider's shape. */
  errorBody(type: string, message: string, code?: string): Record<string, unknown>;
}

/** Finish reason that matches the parts actually released. */
export function finishFor(parts: readonly TurnPart[], upstream: FinishReason): FinishReason {
  const hasCalls = parts.some((part) => part.kind === 'tool-call');
  if (hasCalls) return 'tool-calls';
  return upstream === 'tool-calls' ? 'stop' : upstream;
}
