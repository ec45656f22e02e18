import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path segment inside the policy document: a mapping key or a list index. */
export type PathSegment = string | number;

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Formats a document path as `tools.send_email.args`, `roles.reader.tools[2]` or `tools["github.*"]`; the root is `(top level)`. */
export function formatDottedPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && plainKey.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text === '' ? '(top level)' : text;
}

function keyText(node: unknown): string | undefined {
  if (isScalar(node)) return String(node.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range !== undefined && node.range !== null ? node.range[0] : undefined;
}

/**
 * Offset of the node a path names, for line:col reporting. With `atKey`, points at the last key itself (for unknown
 * keys and duplicates). When the path does not exist (a missing field), points at the deepest ancestor that does.
 */
export function offsetOfPath(document: Document, path: readonly PropertyKey[], atKey = false): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (pair === undefined) return offset;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      if (last && atKey && keyStart !== undefined) return keyStart;
      offset = valueStart ?? keyStart ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const start = rangeStart(item);
      if (start === undefined) return offset;
      offset = start;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

/** The document path of the deepest key or item whose node contains the offset, for YAML errors that only know a position. */
export function pathAtOffset(document: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = document.contents;
  for (;;) {
    let next: Node | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const start = rangeStart(pair.key) ?? rangeStart(pair.value);
        const value = pair.value;
        const end = isNode(value) && value.range ? value.range[2] : isNode(pair.key) && pair.key.range ? pair.key.range[2] : undefined;
        if (start === undefined || end === undefined || offset < start || offset > end) continue;
        const key = keyText(pair.key);
        if (key === undefined) return path;
        path.push(key);
        next = isNode(value) ? value : undefined;
        break;
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (next === undefined && isNode(item) && item.range && offset >= item.range[0] && offset <= item.range[2]) {
          path.push(index);
          next = item;
        }
      });
    }
    if (next === undefined) return path;
    node = next;
  }
}

/** Formats an offset as `LINE:COL` (both 1-based). */
export function lineColumn(lineCounter: LineCounter, offset: number): string {
  const position = lineCounter.linePos(offset);
  return `${position.line}:${position.col}`;
}
