import { createParser } from 'eventsource-parser';
import type { SseMessage } from './model.ts';

/** Formats one server-sent event; `data` is serialised as JSON unless it is already a string. */
export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return event === undefined ? `data: ${payload}\n\n` : `event: ${event}\ndata: ${payload}\n\n`;
}

/** Incremental SSE parser over text chunks (WHATWG rules, via eventsource-parser). */
export function createSseReader(onMessage: (message: SseMessage) => void): { feed(chunk: string): void } {
  const parser = createParser({ onEvent: (message) => onMessage({ event: message.event, data: message.data }) });
  return { feed: (chunk) => parser.feed(chunk) };
}
