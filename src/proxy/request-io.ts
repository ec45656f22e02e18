import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';

// On @hono/node-server, touching `c.req.json()` or `c.req.raw.signal` builds a full fetch `Request` with a web
// stream body, an abort controller and finalization-registry entries for every request. Those objects are weakly
// linked, so the young-generation collector keeps them alive until the next full collection: at 1,000 req/s that
// promoted ~6 MB to the old generation every half second and made each scavenge pause 8-10 ms, which was the whole
// p99 tail of the proxy. Reading the Node request directly allocates only the body bytes.

/** Node request and response when the app runs on @hono/node-server; undefined under a plain fetch call. */
function nodeBindings(c: Context): { incoming: IncomingMessage; outgoing: ServerResponse } | undefined {
  const env = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  return env?.incoming !== undefined && env.outgoing !== undefined ? { incoming: env.incoming, outgoing: env.outgoing } : undefined;
}

/** Outcome of reading a request body: the text, or why it was refused. */
export type BodyRead = { readonly text: string } | { readonly refused: 'too-large' | 'aborted' };

/** Reads the whole request body as UTF-8, refusing (and draining nothing more) once it exceeds `limit` bytes. */
export async function readRequestBody(c: Context, limit: number): Promise<BodyRead> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { refused: 'too-large' };
  const node = nodeBindings(c);
  if (node === undefined) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return bytes.byteLength > limit ? { refused: 'too-large' } : { text: new TextDecoder().decode(bytes) };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of node.incoming as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) return { refused: 'too-large' };
      chunks.push(chunk);
    }
  } catch {
    return { refused: 'aborted' };
  }
  return { text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8') };
}

/**
 * A signal that aborts when the client goes away before its answer is finished, or after `timeoutMs` (reason: a
 * `TimeoutError`, which the upstream client maps to an upstream timeout). The timer ends with the response.
 */
export function requestSignal(c: Context, timeoutMs: number): AbortSignal {
  const node = nodeBindings(c);
  if (node === undefined) return AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(timeoutMs)]);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`the request took longer than ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  timer.unref();
  node.outgoing.once('close', () => {
    clearTimeout(timer);
    if (!node.outgoing.writableFinished) controller.abort(new DOMException('the client closed the connection', 'AbortError'));
  });
  return controller.signal;
}
