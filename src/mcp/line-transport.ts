import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/server';
import { parseJSONRPCMessage } from '@modelcontextprotocol/server';
import { errorCodes, errorResponse, type RequestId } from './json-rpc.ts';

/** Options for a newline-delimited JSON-RPC transport over a pair of streams. */
export interface LineTransportOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Largest message accepted (bytes, without the newline); longer lines are discarded. */
  readonly maxMessageBytes: number;
  /** Bytes queued for a slow reader beyond which notifications (progress, logs) are dropped instead of buffered. */
  readonly maxQueuedBytes?: number;
  /**
   * Answer malformed or oversized input with a JSON-RPC error on the same stream (the client side);
   * false on the upstream side, where errors are reported through `onerror` only.
   */
  readonly answerBadInput: boolean;
}

/** A transport plus the counters the gateway reports. */
export interface LineTransport extends Transport {
  /** Notifications dropped because the reader was not keeping up. */
  readonly dropped: () => number;
}

function readableId(line: string): RequestId | null {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value.id === 'string' || typeof value.id === 'number' ? value.id : null;
  } catch {
    return null;
  }
}

/** The request id of an oversized message, read from its first bytes so the client is not left waiting. */
function idFromHead(head: string): RequestId | null {
  const match = /^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.)*")/.exec(head);
  if (match === null) return null;
  try {
    return JSON.parse(match[1]!) as RequestId;
  } catch {
    return null;
  }
}

/**
 * The stdio framing of MCP (one JSON-RPC message per line) with the limits the SDK's stdio
 * transport lacks: a bounded line buffer, a clear error for malformed or oversized input, and
 * back-pressure that drops droppable notifications rather than growing memory without bound.
 */
export function createLineTransport(options: LineTransportOptions): LineTransport {
  const { input, output, maxMessageBytes } = options;
  const maxQueued = options.maxQueuedBytes ?? 8 * 1024 * 1024;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let discarding = false;
  let head = '';
  let dropped = 0;
  let closed = false;
  const transport: LineTransport = {
    dropped: () => dropped,
    async start() {
      input.on('data', onData);
      input.on('end', onEnd);
      input.on('error', onStreamError);
      output.on('error', onStreamError);
    },
    async send(message) {
      if (closed) throw new Error('transport is closed');
      const queued = (output as NodeJS.WritableStream & { writableLength?: number }).writableLength ?? 0;
      if (queued > maxQueued && !('id' in message)) {
        dropped++;
        return;
      }
      const text = `${JSON.stringify(message)}\n`;
      await new Promise<void>((resolve, reject) => {
        output.write(text, (error) => (error ? reject(error) : resolve()));
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      input.off('data', onData);
      input.off('end', onEnd);
      pending = [];
      // Ending our output is how the peer learns we are gone (stdio has no other close signal).
      output.end();
      transport.onclose?.();
    },
  };

  function reject(id: RequestId | null, code: number, message: string): void {
    transport.onerror?.(new Error(message));
    if (options.answerBadInput) void transport.send(errorResponse(id, code, message)).catch(() => undefined);
  }

  function handleLine(line: string): void {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      reject(null, errorCodes.parseError, 'Parse error: the message is not valid JSON');
      return;
    }
    try {
      parseJSONRPCMessage(parsed);
    } catch {
      reject(readableId(line), errorCodes.invalidRequest, 'Invalid Request: not a JSON-RPC 2.0 message');
      return;
    }
    // Forward what was received, not the schema's parse output, so nothing is reshaped in transit.
    transport.onmessage?.(parsed as JSONRPCMessage);
  }

  function onData(chunk: Buffer | string): void {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (buffer.length > 0) {
      const newline = buffer.indexOf(0x0a);
      const piece = newline === -1 ? buffer : buffer.subarray(0, newline);
      if (!discarding) {
        pending.push(piece);
        pendingBytes += piece.length;
        if (pendingBytes > maxMessageBytes) {
          discarding = true;
          head = Buffer.concat(pending).subarray(0, 512).toString('utf8');
          pending = [];
          pendingBytes = 0;
          reject(idFromHead(head), errorCodes.tooLarge, `message larger than ${maxMessageBytes} bytes (mcp.max_message_bytes); discarded`);
        }
      }
      if (newline === -1) break;
      if (!discarding) handleLine(Buffer.concat(pending).toString('utf8'));
      discarding = false;
      pending = [];
      pendingBytes = 0;
      buffer = buffer.subarray(newline + 1);
    }
  }

  function onEnd(): void {
    void transport.close();
  }

  function onStreamError(error: Error): void {
    transport.onerror?.(error);
    void transport.close();
  }

  return transport;
}
