/** Marker appended to output that hit the cap, so a reader never mistakes truncated output for the whole. */
export const truncationMarker = '\n[rampart: output truncated at the sandbox limit]\n';

/** Collects stdout and stderr under one shared byte budget. */
export interface OutputCapture {
  /** Adds a chunk; returns false once the budget is spent (the rest of the chunk is dropped). */
  write(stream: 'stdout' | 'stderr', chunk: string | Uint8Array): boolean;
  readonly truncated: boolean;
  /** Decoded output, with the truncation marker on stderr when the cap was hit. */
  finish(): { stdout: string; stderr: string };
}

/** Creates a capture with a budget of `limitBytes` across both streams. */
export function createOutputCapture(limitBytes: number): OutputCapture {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  let used = 0;
  let truncated = false;
  return {
    write(stream, chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const room = limitBytes - used;
      if (bytes.length > room) truncated = true;
      const kept = bytes.length > room ? bytes.subarray(0, Math.max(0, room)) : bytes;
      if (kept.length > 0) {
        chunks[stream].push(Buffer.from(kept));
        used += kept.length;
      }
      return !truncated;
    },
    get truncated() { return truncated; },
    finish() {
      const stdout = Buffer.concat(chunks.stdout).toString('utf8');
      const stderr = Buffer.concat(chunks.stderr).toString('utf8');
      return { stdout, stderr: truncated ? stderr + truncationMarker : stderr };
    },
  };
}
