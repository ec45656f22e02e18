/**
 * One-off extraction of benign technical prose and code from the Python standard library (PSF licence) into
 * data/training/benign_python_stdlib.jsonl: docstrings of 200..2000 characters and the first 1500 characters of
 * some modules. The committed output is what training reads. Run: `node scripts/extract-python-corpus.ts [DIR]`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../src/input/text-features.ts';

const root = new URL('..', import.meta.url).pathname;
const directory = process.argv[2] ?? '/usr/lib/python3.11';
const rows: string[] = [];
for (const name of readdirSync(directory).filter((file) => file.endsWith('.py')).sort()) {
  const source = readFileSync(join(directory, name), 'utf8');
  const docstrings = [...source.matchAll(/"""([\s\S]{200,2000}?)"""/g)].map((match) => match[1]!.replace(/^\s+/gmu, '').trim());
  for (const docstring of docstrings.filter((text) => hashString(text, 11) % 3 === 0).slice(0, 5)) {
    rows.push(JSON.stringify({ text: docstring, label: 'benign', kind: 'benign_document', source: `python3.11/${name} (PSF-2.0)` }));
  }
  if (hashString(name, 13) % 3 === 0) rows.push(JSON.stringify({ text: source.slice(0, 1500), label: 'benign', kind: 'benign_document', source: `python3.11/${name} (PSF-2.0)` }));
}
writeFileSync(join(root, 'data', 'training', 'benign_python_stdlib.jsonl'), `${rows.join('\n')}\n`);
process.stdout.write(`wrote ${rows.length} rows\n`);
