import { RampartError } from '../kernel/errors.ts';
import type { HfTokenizer } from './hf-tokenizer.ts';

/** How a long text is cut into model-sized windows. */
export interface WindowOptions {
  /** Model input length in tokens, special tokens included (e.g. 512). */
  readonly maxLength: number;
  /** Tokens shared by consecutive windows (capped at half a window). */
  readonly stride: number;
  /** At most this many windows per text (at least 2): the first `maxWindows - 1` plus the last. */
  readonly maxWindows: number;
}

/** One model input: token ids and their type ids, special tokens included. */
export interface TokenWindow {
  readonly ids: readonly number[];
  readonly typeIds: readonly number[];
}

// A first guess of characters per token for sizing text slices; slices double until they hold enough tokens.
const charactersPerToken = 6;
// How far a slice edge may move to land on whitespace, so the edge does not split a word.
const edgeSearch = 64;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** Index near `index` that falls on whitespace (searching toward `direction`) and never inside a surrogate pair. */
export function sliceEdge(text: string, index: number, direction: -1 | 1): number {
  for (let offset = 0; offset < edgeSearch; offset++) {
    const candidate = index + offset * direction;
    if (candidate <= 0 || candidate >= text.length) break;
    if (isWhitespace(text.charCodeAt(candidate))) return candidate;
  }
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/** Content ids of the head of `text`: at least `wanted + 1` ids, or all of them when the text is shorter. */
function encodeHead(tokenizer: HfTokenizer, text: string, wanted: number): { ids: readonly number[]; whole: boolean } {
  for (let size = wanted * charactersPerToken + edgeSearch; ; size *= 2) {
    if (size >= text.length) {
      const result = tokenizer.encode(text, wanted);
      return { ids: result.ids, whole: result.complete && result.ids.length <= wanted };
    }
    const result = tokenizer.encode(text.slice(0, sliceEdge(text, size, -1)), wanted);
    if (result.ids.length > wanted) return { ids: result.ids, whole: false };
  }
}

/** The last `wanted` content ids of `text`, encoding only as much of its tail as needed. */
function encodeTail(tokenizer: HfTokenizer, text: string, wanted: number): readonly number[] {
  for (let size = wanted * charactersPerToken + edgeSearch; ; size *= 2) {
    const whole = size >= text.length;
    const ids = tokenizer.encode(whole ? text : text.slice(sliceEdge(text, text.length - size, 1))).ids;
    if (whole || ids.length >= wanted) return ids.slice(Math.max(0, ids.length - wanted));
  }
}

/**
 * Cuts `text` into overlapping token windows. Texts of up to `window + (maxWindows - 1) * step` tokens are
 * covered completely (the last window is aligned to the end); longer texts get the first `maxWindows - 1`
 * windows plus one window over the final tokens, so a payload at the tail is always scored. Only the head
 * and tail of the text are tokenized, so the cost is bounded whatever the text length.
 */
export function tokenWindows(tokenizer: HfTokenizer, text: string, options: WindowOptions): TokenWindow[] {
  const width = options.maxLength - tokenizer.prefix.length - tokenizer.suffix.length;
  if (width < 1) throw new RampartError('CONFIG_INVALID', `max_length ${options.maxLength} leaves no room for text between ${tokenizer.prefix.length + tokenizer.suffix.length} special tokens`);
  if (!Number.isInteger(options.maxWindows) || options.maxWindows < 2) throw new RampartError('CONFIG_INVALID', `max_windows must be an integer of at least 2 (head and tail), got ${options.maxWindows}`);
  const overlap = Math.min(options.stride, Math.floor(width / 2));
  const step = width - overlap;
  const capacity = width + (options.maxWindows - 1) * step;
  const wrap = (content: readonly number[]): TokenWindow => ({
    ids: [...tokenizer.prefix.map((token) => token.id), ...content, ...tokenizer.suffix.map((token) => token.id)],
    typeIds: [...tokenizer.prefix.map((token) => token.typeId), ...content.map(() => tokenizer.contentTypeId), ...tokenizer.suffix.map((token) => token.typeId)],
  });
  const head = encodeHead(tokenizer, text, capacity);
  const windows: TokenWindow[] = [];
  if (head.whole) {
    const ids = head.ids;
    let start = 0;
    for (; start + width < ids.length; start += step) windows.push(wrap(ids.slice(start, start + width)));
    windows.push(wrap(ids.slice(Math.max(0, ids.length - width))));
    return windows;
  }
  for (let index = 0; index < options.maxWindows - 1; index++) windows.push(wrap(head.ids.slice(index * step, index * step + width)));
  windows.push(wrap(encodeTail(tokenizer, text, width)));
  return windows;
}
