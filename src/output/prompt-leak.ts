import type { Detection, PromptFingerprint } from './detection.ts';

const modulus = 1_000_000_007;
const base = 257;
/** Overlap that counts as a leak on long prompts. */
const longWindow = 60;
/** Smallest overlap considered at all; shorter runs are ordinary shared phrases. */
const shortestWindow = 16;

interface Normalized {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

// Lower case with whitespace runs collapsed: re-casing or re-wrapping the prompt does not hide it.
function normalize(text: string): Normalized {
  const characters: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    if (/\s/.test(text[index]!)) {
      const from = index;
      while (index < text.length && /\s/.test(text[index]!)) index++;
      characters.push(' ');
      starts.push(from);
      ends.push(index);
      continue;
    }
    characters.push(text[index]!.toLowerCase());
    starts.push(index);
    ends.push(index + 1);
    index++;
  }
  return { text: characters.join(''), starts, ends };
}

function power(window: number): number {
  let result = 1;
  for (let step = 1; step < window; step++) result = (result * base) % modulus;
  return result;
}

/** Calls `visit(hash, offset)` for every window of `text` with a Rabin-Karp rolling hash. */
function rollingHashes(text: string, window: number, visit: (hash: number, offset: number) => void): void {
  if (text.length < window) return;
  const high = power(window);
  let hash = 0;
  for (let index = 0; index < window; index++) hash = (hash * base + text.charCodeAt(index)) % modulus;
  visit(hash, 0);
  for (let index = window; index < text.length; index++) {
    hash = (hash - ((text.charCodeAt(index - window) * high) % modulus) + modulus) % modulus;
    hash = (hash * base + text.charCodeAt(index)) % modulus;
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
export function detectPromptLeak(text: string, fingerprint: PromptFingerprint | undefined): Detection[] {
  if (fingerprint === undefined) return [];
  const view = normalize(text);
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
  return runs.map(([from, to]) => ({
    category: 'canary', type: 'system-prompt', severity: 'high', start: view.starts[from]!, end: view.ends[to - 1]!,
    note: `${to - from} chars of the protected system prompt`,
  }));
}
