// Generates data/confusables.json (TR39 source -> prototype map) from the confusables data that Debian's
// python3-confusable-homoglyphs package ships (derived from Unicode's confusables.txt; MIT + Unicode licence).
// The symmetric graph there lists, for a source character, exactly its prototype, and for a prototype all its sources;
// we recover the direction and close the map so every prototype is a fixed point (skeleton idempotence).
// Usage: apt-get download python3-confusable-homoglyphs && dpkg -x python3-confusable-homoglyphs_*.deb /tmp/ch &&
//   node scripts/make-confusables.ts /tmp/ch/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json
import { readFileSync, writeFileSync } from 'node:fs';

interface Entry { readonly c: string; readonly n: string }

const inputPath = process.argv[2];
if (inputPath === undefined) throw new Error('usage: node scripts/make-confusables.ts <confusables.json>');
const graph = JSON.parse(readFileSync(inputPath, 'utf8')) as Record<string, Entry[]>;
const strip = (value: string): string => value.replaceAll('\u200e', '').replaceAll('\u200f', '');
const neighbours = new Map<string, string[]>();
for (const [key, entries] of Object.entries(graph)) neighbours.set(strip(key), entries.map((entry) => strip(entry.c)));

const mapping = new Map<string, string>();
for (const [source, targets] of neighbours) {
  if ([...source].length !== 1 || targets.length !== 1) continue;
  const target = targets[0] as string;
  const back = neighbours.get(target) ?? [];
  // A pair of singletons is ambiguous; TR39 prototypes are the "simpler" character, so prefer ASCII, then the lower code point.
  if (back.length === 1 && [...target].length === 1) {
    const targetIsSimpler = /^[\x20-\x7e]$/.test(target) || (!/^[\x20-\x7e]$/.test(source) && (target.codePointAt(0) ?? 0) < (source.codePointAt(0) ?? 0));
    if (!targetIsSimpler) continue;
  }
  mapping.set(source, target);
}
const resolve = (text: string, depth: number): string =>
  depth > 8 ? text : [...text].map((character) => (mapping.has(character) ? resolve(mapping.get(character) as string, depth + 1) : character)).join('');
const output: Record<string, string> = {};
for (const source of [...mapping.keys()].sort()) {
  const prototype = resolve(source, 0);
  if (prototype !== source) output[source] = prototype;
}
writeFileSync(new URL('../data/confusables.json', import.meta.url), JSON.stringify(output) + '\n');
process.stdout.write(`${Object.keys(output).length} mappings written to data/confusables.json\n`);
