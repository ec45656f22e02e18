import type { Detection, PromptFingerprint } from './detection.ts';

const base = 257;
/** Overlap that counts as a leak on long prompts. */
const longWindow = 60;
/** Smallest overlap considered at all; shorter runs are ordinary shared phrases. */
const shortestWindow = 16;

// Decoding without `stream` keeps no state between calls, so one decoder is shared.
const utf16 = new TextDecoder('utf-16le');

interface Normalized {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

// Lower case with whitespace runs collapsed: re-casing or re-wrapping the prompt does not hide it.
function normalize(text: string): Normalized {
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 length for all but a few characters (e.g. U+0130); fall back to per-character then.
  const folded = lower.length === text.length ? lower : [...text].map((character) => (character.toLowerCase().length === character.length ? character.toLowerCase() : character)).join('');
  const codes = new Uint16Array(folded.length);
  const starts = new Int32Array(folded.length);
  const ends = new Int32Array(folded.length);
  let length = 0;
  let index = 0;
  while (index < folded.length) {
    const code = folded.charCodeAt(index);
    starts[length] = index;
    if (isSpace(code)) {
      while (index < folded.length && isSpace(folded.charCodeAt(index))) index++;
      codes[length] = 32;
    } else {
      codes[length] = code;
      index++;
    }
    ends[length] = index;
    length++;
  }
  return { text: utf16.decode(codes.subarray(0, length)), starts, ends };
}

// Polynomial hash modulo 2^32 (Math.imul wraps), so the rolling update needs no division.
function power(window: number): number {
  let result = 1;
  for (let step = 1; step < window; step++) result = Math.imul(result, base);
  return result;
}

/** Calls `visit(hash, offset)` for every window of `text` with a Rabin-Karp rolling hash. */
function rollingHashes(text: string, window: number, visit: (hash: number, offset: number) => void): void {
  if (text.length < window) return;
  const high = power(window);
  let hash = 0;
  for (let index = 0; index < window; index++) hash = (Math.imul(hash, base) + text.charCodeAt(index)) | 0;
  visit(hash, 0);
  for (let index = window; index < text.length; index++) {
    hash = (hash - Math.imul(text.charCodeAt(index - window), high)) | 0;
    hash = (Math.imul(hash, base) + text.charCodeAt(index)) | 0;
    visit(hash, index - window + 1);
  }
}

/**
 * Compiles a protected system prompt. A leak is a verbatim run of at least 60 characters, or of 30% of
 * the prompt when that is shorter (at least 16 characters); prompts under 16 characters must appear whole.
 */
export function fingerprintPrompt(prompt: string): PromptFingerprint | undefined {
  const normalized = normalize(prompt).text.trim();
  if (normalized.length < 8) return undefined;
  const window = Math.min(normalized.length, longWindow, Math.max(shortestWindow, Math.ceil(normalized.length * 0.3)));
  const hashes = new Map<number, number[]>();
  rollingHashes(normalized, window, (hash, offset) => {
    const offsets = hashes.get(hash);
    if (offsets === undefined) hashes.set(hash, [offset]);
    else offsets.push(offset);
  });
  return { normalized, window, hashes };
}

/** Finds runs of the text that repeat the protected prompt verbatim (after case and whitespace folding). */
export function detectPromptLeak(text: string, fingerprint: PromptFingerprint | undefined, from = 0): Detection[] {
  if (fingerprint === undefined) return [];
  const view = normalize(from > 0 ? text.slice(from) : text);
  const { window, normalized, hashes } = fingerprint;
  const runs: [number, number][] = [];
  rollingHashes(view.text, window, (hash, offset) => {
    const candidates = hashes.get(hash);
    if (candidates === undefined) return;
    const piece = view.text.slice(offset, offset + window);
    if (!candidates.some((at) => normalized.startsWith(piece, at))) return;
    const last = runs.at(-1);
    if (last !== undefined && offset <= last[1]) last[1] = offset + window;
    else runs.push([offset, offset + window]);
  });
  return runs.map(([first, to]) => ({
    category: 'canary', type: 'system-prompt', severity: 'high', start: from + view.starts[first]!, end: from + view.ends[to - 1]!,
    note: `${to - first} chars of the protected system prompt`,
  }));
}
