/**
 * One-off extraction of benign technical text (README paragraphs and source files of the installed npm
 * packages, mostly MIT/ISC/Apache-2.0) into data/training/benign_package_docs.jsonl. The committed output,
 * not node_modules, is what training reads, so training stays reproducible. Run: `node scripts/extract-benign-corpus.ts`.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../src/input/text-features.ts';

const root = new URL('..', import.meta.url).pathname;
const modules = join(root, 'node_modules');

function packages(): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(modules).sort()) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const inner of readdirSync(join(modules, entry)).sort()) names.push(`${entry}/${inner}`);
    else names.push(entry);
  }
  return names;
}

function licence(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { license?: unknown };
    return typeof manifest.license === 'string' ? manifest.license : 'unknown';
  } catch {
    return 'unknown';
  }
}

const rows: string[] = [];
const permissive = /^(MIT|ISC|Apache-2\.0|BSD-2-Clause|BSD-3-Clause|0BSD|BlueOak-1\.0\.0)$/;
for (const name of packages()) {
  const license = licence(name);
  if (!permissive.test(license)) continue;
  const directory = join(modules, name);
  let files: string[];
  try {
    files = readdirSync(directory);
  } catch {
    continue;
  }
  const readme = files.find((file) => /^readme\.md$/i.test(file));
  if (readme !== undefined) {
    const text = readFileSync(join(directory, readme), 'utf8');
    // Sections between headings, 200..2500 characters: prose, install steps, API tables, code samples.
    const sections = text.split(/\n(?=#{1,3} )/).filter((section) => section.length >= 200 && section.length <= 2500);
    for (const section of sections.filter((section) => hashString(section, 3) % 4 === 0).slice(0, 6)) {
      rows.push(JSON.stringify({ text: section, label: 'benign', kind: 'benign_document', source: `npm:${name}/${readme} (${license})` }));
    }
  }
  const code = files.filter((file) => /\.(js|mjs|cjs|ts)$/.test(file) && !file.endsWith('.d.ts')).sort()[0];
  if (code !== undefined && statSync(join(directory, code)).size > 300) {
    const text = readFileSync(join(directory, code), 'utf8').slice(0, 2000);
    if (hashString(name, 5) % 2 === 0) rows.push(JSON.stringify({ text, label: 'benign', kind: 'benign_document', source: `npm:${name}/${code} (${license})` }));
  }
}
writeFileSync(join(root, 'data', 'training', 'benign_package_docs.jsonl'), `${rows.join('\n')}\n`);
process.stdout.write(`wrote ${rows.length} rows\n`);
