import { changedRegions, type TextView } from './text-view.ts';

// Derived views are scanned only around the regions that differ from the original, with this much context.
const changeMargin = 320;
// Long windows are cut into blocks that overlap by more than any rule's match can span (the longest bounded gap between
// two cues is 400 characters), so every match lies whole inside one block.
const blockLength = 8192;
const blockOverlap = 1024;

/**
 * The windows of a view the heuristic rules scan: the whole original text, and for derived views only the changed
 * regions plus context (the rest was already scanned). Windows longer than two blocks are cut into overlapping blocks:
 * the literal prefilter and the language gates then decide per block which rules run, so a 100 KB document costs what
 * its 8 KB parts cost instead of running every rule whose word appears anywhere over the whole text (superlinear).
 */
export function scanWindows(view: TextView): (readonly [number, number])[] {
  const windows: [number, number][] = [];
  const regions = view.depth === 0 && view.name === 'original' ? undefined : changedRegions(view);
  if (regions === undefined) {
    windows.push([0, view.text.length]);
  } else {
    for (const [start, end] of regions) {
      const from = Math.max(0, start - changeMargin);
      const to = Math.min(view.text.length, end + changeMargin);
      const last = windows.at(-1);
      if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
    }
  }
  return windows.flatMap(([start, end]) => (end - start <= 2 * blockLength ? [[start, end] as const] : blocks(view.text, start, end)));
}

// A block starts on a white-space character when one is near, so `\b` and look-behinds at the block's first word see
// the character before it (a block starting inside "xignore" must not read "ignore" as a word).
const startSearch = 64;

function blocks(text: string, start: number, end: number): (readonly [number, number])[] {
  const result: (readonly [number, number])[] = [];
  for (let nominal = start; ; nominal += blockLength) {
    let from = nominal;
    while (from > start && nominal - from < startSearch && !/\s/u.test(text[from] ?? ' ')) from -= 1;
    if (from > start && !/\s/u.test(text[from] ?? ' ')) from = nominal;
    const to = Math.min(end, nominal + blockLength + blockOverlap);
    result.push([from, to]);
    if (to >= end) return result;
  }
}
