import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RampartError } from '../kernel/errors.ts';
import type { FinishReason, ModelToolCall, ModelTurn, ProtocolName, TokenUsage, TurnEvent, TurnPart } from '../proxy/wire/model.ts';
import { protocolPaths, protocols } from '../proxy/wire/protocols.ts';
import { splitText } from '../proxy/wire/shared.ts';

/** One scripted answer of the stand-in upstream. */
export interface ScriptedTurn {
  /** Assistant text. */
  readonly text?: string;
  /** Tool calls, in order (several = parallel calls); arguments as an object or raw JSON text. */
  readonly toolCalls?: readonly { readonly name: string; readonly arguments: Readonly<Record<string, unknown>> | string; readonly id?: string }[];
  /** Finish reason. Absent: tool calls when there are any, else stop. */
  readonly finish?: FinishReason;
  /** Token usage to report. Absent: rough counts from the text lengths. */
  readonly usage?: TokenUsage;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Characters per streamed text or argument delta. Absent: 8. */
  readonly chunkSize?: number;
  /** Wait this long between streamed frames. */
  readonly chunkDelayMs?: number;
  /** Answer with a provider-shaped error instead. */
  readonly error?: { readonly status: number; readonly message: string; readonly type?: string };
  /** Answer with this exact body instead (malformed JSON, wrong content type). */
  readonly raw?: { readonly status?: number; readonly body: string; readonly contentType?: string };
  /** Streaming only: drop the connection after this many frames. */
  readonly cutStreamAfter?: number;
}

/** A request the stand-in received, for assertions. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON body (undefined for GET or unparseable bodies). */
  readonly body: unknown;
  /** Wire format of the path, when it is a model endpoint. */
  readonly protocol?: ProtocolName;
}

/** A script: turns answered in order, or a function of each request. */
export type StandInScript = readonly ScriptedTurn[] | ((request: RecordedRequest) => ScriptedTurn);

/** Options of the stand-in upstream. */
export interface StandInOptions {
  readonly script: StandInScript;
  /** Port to listen on. Absent: an ephemeral port. */
  readonly port?: number;
  /** Model ids listed by `GET /v1/models`. */
  readonly models?: readonly string[];
  /** Keep at most this many recorded requests (oldest dropped); benchmarks set 0. Absent: all. */
  readonly recordLimit?: number;
}

/** A running stand-in upstream. */
export interface StandInUpstream {
  /** Base URL including `/v1`, as an upstream `base_url`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Replaces the script (and restarts a list script from its first turn). */
  setScript(script: StandInScript): void;
  close(): Promise<void>;
}

/** Starts a local OpenAI- and Anthropic-compatible server on 127.0.0.1 that answers from a script. */
export async function createStandInUpstream(options: StandInOptions): Promise<StandInUpstream> {
  let script = options.script;
  let next = 0;
  const requests: RecordedRequest[] = [];
  const limit = options.recordLimit ?? Number.POSITIVE_INFINITY;
  const models = options.models ?? ['gpt-4o-mini', 'claude-stand-in'];

  const pick = (request: RecordedRequest): ScriptedTurn => {
    if (typeof script === 'function') return script(request);
    const turn = script[next];
    if (turn === undefined) return { error: { status: 500, message: `stand-in script exhausted after ${next} turns` } };
    next++;
    return turn;
  };

  const server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing).catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error: { message: String(error), type: 'stand_in_error' } }));
    });
  });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try { body = text === '' ? undefined : JSON.parse(text); } catch { body = undefined; }
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    const protocolName = path.startsWith('/v1') && Object.hasOwn(protocolPaths, path.slice(3)) ? protocolPaths[path.slice(3)] : undefined;
    const recorded: RecordedRequest = { method: incoming.method ?? 'GET', path, headers: incoming.headers, body, ...(protocolName === undefined ? {} : { protocol: protocolName }) };
    if (limit > 0) {
      requests.push(recorded);
      if (requests.length > limit) requests.shift();
    }
    if (incoming.method === 'GET' && path === '/v1/models') {
      sendJson(outgoing, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'stand-in' })) });
      return;
    }
    if (incoming.method !== 'POST' || protocolName === undefined) {
      sendJson(outgoing, 404, { error: { message: `no route ${incoming.method} ${path}`, type: 'not_found' } });
      return;
    }
    const protocol = protocols[protocolName];
    const turn = pick(recorded);
    if (turn.delayMs !== undefined) await sleep(turn.delayMs);
    if (turn.raw !== undefined) {
      outgoing.writeHead(turn.raw.status ?? 200, { 'content-type': turn.raw.contentType ?? 'application/json' });
      outgoing.end(turn.raw.body);
      return;
    }
    if (turn.error !== undefined) {
      sendJson(outgoing, turn.error.status, protocol.errorBody(turn.error.type ?? 'api_error', turn.error.message));
      return;
    }
    const model = typeof (body as { model?: unknown } | undefined)?.model === 'string' ? (body as { model: string }).model : 'stand-in';
    const modelTurn = toModelTurn(turn, model, protocolName);
    if ((body as { stream?: unknown } | undefined)?.stream !== true) {
      sendJson(outgoing, 200, protocol.encodeResponse(modelTurn));
      return;
    }
    const includeUsage = (body as { stream_options?: { include_usage?: unknown } }).stream_options?.include_usage === true;
    const encoder = protocol.createStreamEncoder({ includeUsage, argumentChunkSize: turn.chunkSize ?? 8 });
    outgoing.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    outgoing.flushHeaders();
    let frames = 0;
    for (const event of toEvents(modelTurn, turn.chunkSize ?? 8)) {
      if (turn.cutStreamAfter !== undefined && frames >= turn.cutStreamAfter) {
        // Let the frames already written reach the client before the connection drops.
        await sleep(50);
        outgoing.destroy();
        return;
      }
      outgoing.write(encoder.encode(event));
      frames++;
      if (turn.chunkDelayMs !== undefined) await sleep(turn.chunkDelayMs);
    }
    outgoing.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    requests,
    setScript(replacement) { script = replacement; next = 0; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function sendJson(outgoing: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  outgoing.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  outgoing.end(text);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toModelTurn(turn: ScriptedTurn, model: string, protocol: ProtocolName): ModelTurn {
  const parts: TurnPart[] = [];
  if (turn.text !== undefined && turn.text !== '') parts.push({ kind: 'text', text: turn.text });
  (turn.toolCalls ?? []).forEach((call, index) => {
    const id = call.id ?? (protocol === 'anthropic-messages' ? `toolu_${index}` : `call_${index}`);
    const toolCall: ModelToolCall = { id, name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) };
    parts.push({ kind: 'tool-call', call: toolCall });
  });
  const text = turn.text ?? '';
  const usage = turn.usage ?? { input: 20, output: Math.max(1, Math.ceil(text.length / 4)) + parts.length * 10 };
  const finish = turn.finish ?? (parts.some((part) => part.kind === 'tool-call') ? 'tool-calls' : 'stop');
  if (parts.length === 0 && turn.finish === undefined && turn.text === undefined) throw new RampartError('CONFIG_INVALID', 'a scripted turn needs text, toolCalls, error or raw');
  return { id: `stand-in-${Date.now().toString(36)}`, model, parts, finish, usage };
}

function toEvents(turn: ModelTurn, chunkSize: number): TurnEvent[] {
  const events: TurnEvent[] = [{ type: 'start', id: turn.id, model: turn.model }];
  for (const part of turn.parts) {
    if (part.kind === 'text') for (const piece of splitText(part.text, chunkSize)) events.push({ type: 'text-delta', text: piece });
    else events.push({ type: 'tool-call', call: part.call });
  }
  events.push({ type: 'finish', finish: turn.finish, usage: turn.usage });
  return events;
}
