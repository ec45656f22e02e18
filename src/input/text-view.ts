/** One rendering of the input text (original, decoded or de-obfuscated) whose spans map back to the original. */
export interface TextView {
  /** View name: `original`, `nfkc`, `skeleton`, `base64`, ...; nested views join names with `>`, e.g. `base64>rot13`. */
  readonly name: string;
  /** The view's text. */
  readonly text: string;
  /** Number of decoding steps between the original and this view (0 for the original). */
  readonly depth: number;
  /** Maps a [start, end) span in this view's text to a span in the ORIGINAL text (whole encoded region when not finer). */
  toOriginal(span: readonly [number, number]): [number, number];
}

// A run maps view offsets [viewStart, viewStart + length) to the original text. Identity runs map character by
// character (offset shift); block runs map every character to the whole original region (decoded payloads).
interface Run {
  readonly viewStart: number;
  readonly length: number;
  readonly originalStart: number;
  readonly originalEnd: number;
  readonly identity: boolean;
}

/** Incrementally builds a derived view whose mapping is kept as runs, so memory grows with edits, not with text length. */
export interface ViewBuilder {
  /** Copies `parent.text[start, end)` unchanged. */
  copy(start: number, end: number): void;
  /** Appends replacement text that stands for `parent.text[start, end)` as a whole. */
  replace(text: string, start: number, end: number): void;
  /** Current length of the text built so far. */
  readonly length: number;
  /** Finishes the view; `allChanged` marks the whole text as new (for compact views that scanners must read in full). */
  build(name: string, depth: number, options?: { allChanged?: boolean }): TextView;
}

/** The identity view of the original text. */
export function originalView(text: string): TextView {
  const view: MappedView = {
    name: 'original',
    text,
    depth: 0,
    [runsKey]: [{ viewStart: 0, length: text.length, originalStart: 0, originalEnd: text.length, identity: true }],
    toOriginal: (span) => [clamp(span[0], 0, text.length), clamp(Math.max(span[0], span[1]), 0, text.length)],
  };
  return view;
}

/** The same view under another name, keeping its span mapping. */
export function renameView(view: TextView, name: string): TextView {
  return { ...view, name };
}

/** A builder for a view derived from `parent`; spans of the result map through the parent to the original. */
export function createViewBuilder(parent: TextView): ViewBuilder {
  const parts: string[] = [];
  const runs: Run[] = [];
  // Offsets (in the new view) where this builder changed its parent: replacements and deletion points.
  const ownChanges: [number, number][] = [];
  let lastCopyEnd = 0;
  let length = 0;
  const push = (run: Run): void => {
    const last = runs.at(-1);
    if (last !== undefined && run.identity && last.identity && last.originalEnd === run.originalStart
      && last.originalEnd - last.originalStart === last.length && run.originalEnd - run.originalStart === run.length) {
      runs[runs.length - 1] = { ...last, length: last.length + run.length, originalEnd: run.originalEnd };
      return;
    }
    runs.push(run);
  };
  return {
    get length() {
      return length;
    },
    copy(start, end) {
      if (end <= start) return;
      if (start !== lastCopyEnd) ownChanges.push([length, length]);
      lastCopyEnd = end;
      parts.push(parent.text.slice(start, end));
      const parentRuns = runsOf(parent);
      if (parentRuns === undefined) {
        // A view from elsewhere: only its span mapping is known, so the copied text maps as one block.
        const [originalStart, originalEnd] = parent.toOriginal([start, end]);
        push({ viewStart: length, length: end - start, originalStart, originalEnd, identity: false });
      } else {
        for (const piece of sliceRuns(parentRuns, start, end)) push({ ...piece, viewStart: length + piece.viewStart - start });
      }
      length += end - start;
    },
    replace(text, start, end) {
      lastCopyEnd = end;
      if (text.length === 0) return;
      ownChanges.push([length, length + text.length]);
      parts.push(text);
      const [originalStart, originalEnd] = parent.toOriginal([start, Math.max(start + 1, end)]);
      push({ viewStart: length, length: text.length, originalStart, originalEnd, identity: false });
      length += text.length;
    },
    build(name, depth, options = {}) {
      const text = parts.join('');
      if (options.allChanged === true) ownChanges.splice(0, ownChanges.length, [0, length]);
      const frozenRuns = runs.slice();
      if (lastCopyEnd !== parent.text.length && options.allChanged !== true) ownChanges.push([length, length]);
      const view: MappedView = { name, text, depth, [runsKey]: frozenRuns, [changesKey]: ownChanges.slice(), toOriginal: (span) => mapSpan(frozenRuns, span, text.length) };
      return view;
    },
  };
}

// Derived views carry their runs under a private symbol so children can compose mappings without re-walking text.
const runsKey = Symbol('runs');
const changesKey = Symbol('changes');

interface MappedView extends TextView {
  readonly [runsKey]: readonly Run[];
  readonly [changesKey]?: readonly (readonly [number, number])[];
}

function runsOf(view: TextView): readonly Run[] | undefined {
  return runsKey in view ? (view as MappedView)[runsKey] : undefined;
}

/** Runs of `runs` restricted to view offsets [start, end), keeping viewStart in the parent's coordinates. */
function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const result: Run[] = [];
  for (let index = findRun(runs, start); index < runs.length; index += 1) {
    const run = runs[index] as Run;
    if (run.viewStart >= end) break;
    const from = Math.max(start, run.viewStart);
    const to = Math.min(end, run.viewStart + run.length);
    if (to <= from) continue;
    if (run.identity && run.originalEnd - run.originalStart === run.length) {
      const shift = run.originalStart - run.viewStart;
      result.push({ viewStart: from, length: to - from, originalStart: from + shift, originalEnd: to + shift, identity: true });
    } else {
      result.push({ viewStart: from, length: to - from, originalStart: run.originalStart, originalEnd: run.originalEnd, identity: false });
    }
  }
  return result;
}

function findRun(runs: readonly Run[], offset: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((runs[middle] as Run).viewStart <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function mapOffset(runs: readonly Run[], offset: number, edge: 'start' | 'end'): number {
  const run = runs[findRun(runs, offset)];
  if (run === undefined) return 0;
  if (run.identity && run.originalEnd - run.originalStart === run.length) {
    const inside = clamp(offset - run.viewStart, 0, run.length);
    return run.originalStart + (edge === 'start' ? inside : inside + 1);
  }
  return edge === 'start' ? run.originalStart : run.originalEnd;
}

function mapSpan(runs: readonly Run[], span: readonly [number, number], length: number): [number, number] {
  if (runs.length === 0 || length === 0) return [0, 0];
  const start = clamp(span[0], 0, length - 1);
  const last = clamp(Math.max(span[0], span[1] - 1), 0, length - 1);
  const originalStart = mapOffset(runs, start, 'start');
  const originalEnd = mapOffset(runs, last, 'end');
  return [Math.min(originalStart, originalEnd), Math.max(originalStart, originalEnd)];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * View offsets [start, end) where a derived view differs from the view it was built from (replacements and deletion
 * points), or undefined when unknown; lets scanners skip text that an earlier view already covered.
 */
export function changedRegions(view: TextView): readonly (readonly [number, number])[] | undefined {
  return changesKey in view ? (view as MappedView)[changesKey] : undefined;
}

/**
 * A compact view holding only the changed regions of `view` (plus `margin` characters of context each side), so that
 * decoding a decoded view costs in proportion to what was decoded, not to the whole document.
 */
export function focusOnChanges(view: TextView, margin: number): TextView {
  const regions = changedRegions(view);
  if (regions === undefined) return view;
  const windows: [number, number][] = [];
  for (const [start, end] of regions) {
    const from = Math.max(0, start - margin);
    const to = Math.min(view.text.length, end + margin);
    const last = windows.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const covered = windows.reduce((sum, [from, to]) => sum + to - from, 0);
  if (covered * 2 > view.text.length) return view;
  const builder = createViewBuilder(view);
  for (const [from, to] of windows) {
    builder.copy(from, to);
    builder.replace('\n', Math.max(from, to - 1), to);
  }
  return builder.build(view.name, view.depth, { allChanged: true });
}
