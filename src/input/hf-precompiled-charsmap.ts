/**
 * SentencePiece's `precompiled_charsmap` (the `Precompiled` normalizer of Hugging Face tokenizer.json files):
 * a little-endian u32 trie size, a darts-clone double-array trie over UTF-8 keys, then a pool of
 * NUL-terminated replacement strings. Behaviour follows huggingface/spm_precompiled, quirks included.
 */

/** A compiled charsmap: maps text to its SentencePiece-normalised form. */
export interface PrecompiledCharsmap {
  /** Normalises a whole string grapheme by grapheme. */
  normalize(text: string): string;
}

/** Why a charsmap could not be read, or undefined when it is valid. */
export type CharsmapProblem = string;

const leafBit = 1 << 8;
const valueMask = 0x7fffffff;

function unitOffset(unit: number): number {
  // Bit 9 selects an 8-bit shift of the offset (darts-clone's extended offsets).
  return (unit >>> 10) << ((unit & (1 << 9)) >>> 6);
}

function unitLabel(unit: number): number {
  return (unit & (0x80000000 | 0xff)) >>> 0;
}

/** Decodes base64 charsmap bytes; returns a problem string when the layout is inconsistent. */
export function parsePrecompiledCharsmap(base64: string): PrecompiledCharsmap | CharsmapProblem {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < 4) return 'precompiled_charsmap is shorter than its 4-byte header';
  const trieBytes = bytes.readUInt32LE(0);
  if (trieBytes % 4 !== 0 || 4 + trieBytes > bytes.length) return `precompiled_charsmap declares a trie of ${trieBytes} bytes in ${bytes.length}`;
  const units = new Uint32Array(trieBytes / 4);
  for (let index = 0; index < units.length; index++) units[index] = bytes.readUInt32LE(4 + index * 4);
  const pool = bytes.subarray(4 + trieBytes);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const cache = new Map<string, string | null>();

  /** Value of the first (shortest) trie key that prefixes `key`, as spm_precompiled's `transform` uses it. */
  function firstPrefixValue(key: Uint8Array): number | undefined {
    if (units.length === 0) return undefined;
    let position = unitOffset(units[0]!);
    for (const byte of key) {
      if (byte === 0) return undefined;
      position ^= byte;
      const unit = units[position];
      if (unit === undefined || unitLabel(unit) !== byte) return undefined;
      position ^= unitOffset(unit);
      if ((unit & leafBit) !== 0) {
        const value = units[position];
        return value === undefined ? undefined : value & valueMask;
      }
    }
    return undefined;
  }

  function transform(chunk: string): string | null {
    const cached = cache.get(chunk);
    if (cached !== undefined) return cached;
    const start = firstPrefixValue(encoder.encode(chunk));
    let result: string | null = null;
    if (start !== undefined && start < pool.length) {
      const end = pool.indexOf(0, start);
      result = decoder.decode(pool.subarray(start, end === -1 ? pool.length : end));
    }
    // Bounded: keys are graphemes under 6 UTF-8 bytes or single characters.
    if (cache.size < 65_536) cache.set(chunk, result);
    return result;
  }

  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return {
    normalize(text: string) {
      let output = '';
      for (const { segment } of segmenter.segment(text)) {
        // spm_precompiled first tries the whole grapheme when it is under 6 UTF-8 bytes, then each character.
        if (Buffer.byteLength(segment, 'utf8') < 6) {
          const whole = transform(segment);
          if (whole !== null) {
            output += whole;
            continue;
          }
        }
        for (const character of segment) output += transform(character) ?? character;
      }
      return output;
    },
  };
}
