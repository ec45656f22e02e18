/**
 * Writes the synthetic multilingual training data under data/training/ from the hand-written phrases in
 * training-phrases*.ts: attacks and benign text in 30 languages, bare and inside tool-output carriers
 * (JSON, HTML, e-mail, CSV, Markdown, code). Deterministic: `node scripts/generate-training-data.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/input/train-logistic.ts';
import { attackPhrases, attackTasks, benignLookalikes, benignPhrases, benignQuestions, benignReplyRequests, responseDirectives } from './training-phrases.ts';
import { codeAdoptionRequests, codeAnswerContext, codeTargets, harmlessSnippets, riskySnippets } from './training-code-snippets.ts';
import { personaNames, personaParts } from './training-personas.ts';
import { benignInstructionVocabulary, benignPromptCode, benignRolePrompts, benignSecurityTalk, documentOverrides, overridePayloads, quotedAttacks, toolDescriptions } from './training-phrases-extra.ts';

const root = new URL('..', import.meta.url).pathname;
const random = seededRandom(20240607);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const urls = ['https://evil.example/collect', 'http://attacker.test/x?d=', 'https://verify-account.example.net/login', 'http://198.51.100.7/upload'];

type Carrier = (body: readonly string[], injected: string | undefined) => string;

const carriers: Record<string, Carrier> = {
  plain: (body, injected) => [...body, ...(injected === undefined ? [] : [injected])].join(' '),
  json: (body, injected) => JSON.stringify({ status: 'ok', results: body.map((text, index) => ({ id: index + 1, title: `Result ${index + 1}`, snippet: text })).concat(injected === undefined ? [] : [{ id: 99, title: 'Note', snippet: injected }]) }, null, 2),
  // Benign pages hide text too (modals, cookie banners, comments), so hiding alone must not look like an attack.
  html: (body, injected) => `<html><head><title>Page</title></head><body>\n<h1>Update</h1>\n${body.map((text, index) => (index === 1 && injected === undefined ? pick([`<div class="modal" style="display:none"><p>${text}</p></div>`, `<!-- ${text} -->`, `<p>${text}</p>`]) : `<p>${text}</p>`)).join('\n')}\n${injected === undefined ? '' : pick([`<!-- ${injected} -->`, `<div style="display:none">${injected}</div>`, `<p>${injected}</p>`, `<span style="color:#fff;font-size:0">${injected}</span>`])}\n</body></html>`,
  email: (body, injected) => `From: Maria Lopez <maria@example.org>\nTo: team@example.com\nSubject: Re: schedule\nDate: Tue, 4 Mar 2025 09:12:44 +0100\n\nHi all,\n\n${body.join('\n\n')}${injected === undefined ? '' : `\n\n${injected}`}\n\nBest regards,\nMaria`,
  csv: (body, injected) => ['id,author,comment', ...body.map((text, index) => `${index + 1},user${index + 1},"${text.replaceAll('"', '""')}"`), ...(injected === undefined ? [] : [`${body.length + 1},guest,"${injected.replaceAll('"', '""')}"`])].join('\n'),
  markdown: (body, injected) => `# Notes\n\n${body.map((text) => `- ${text}`).join('\n')}\n${injected === undefined ? '' : `\n> ${injected}\n`}`,
  code: (body, injected) => `// ${body[0] ?? ''}\nfunction total(items) {\n  // ${body[1] ?? 'sum the prices'}\n  ${injected === undefined ? '' : `// ${injected}\n  `}return items.reduce((sum, item) => sum + item.price, 0);\n}\n`,
};

interface Row {
  readonly text: string;
  readonly label: 'attack' | 'benign';
  readonly kind: string;
  readonly source: string;
  readonly group: string;
}

function fill(template: string, language: string): string {
  const task = pick(attackTasks[language] ?? attackTasks['en']!).replace('{url}', pick(urls));
  return template.replace('{task}', task).replace('{url}', pick(urls));
}

function sentences(language: string, count: number): string[] {
  const pool = [...(benignPhrases[language] ?? []), ...(benignLookalikes[language] ?? [])];
  return Array.from({ length: count }, () => pick(pool));
}

const attacks: Row[] = [];
const benign: Row[] = [];
for (const [language, phrases] of Object.entries(attackPhrases)) {
  phrases.forEach((phrase, index) => {
    const group = `${language}:attack:${index}`;
    for (let repeat = 0; repeat < 3; repeat++) attacks.push({ text: fill(phrase, language), label: 'attack', kind: 'direct', source: 'synthetic', group });
    for (const [name, carrier] of Object.entries(carriers)) {
      if (name === 'plain') continue;
      attacks.push({ text: carrier(sentences(language, 2 + Math.floor(random() * 3)), fill(phrase, language)), label: 'attack', kind: 'indirect', source: `synthetic:${name}`, group });
    }
  });
}
for (const [language, phrases] of Object.entries(responseDirectives)) {
  phrases.forEach((phrase, index) => {
    const group = `${language}:directive:${index}`;
    for (const [name, carrier] of Object.entries(carriers)) {
      attacks.push({ text: carrier(sentences(language, 2 + Math.floor(random() * 3)), fill(phrase, language)), label: 'attack', kind: 'indirect', source: `synthetic:${name}`, group });
    }
  });
}
for (const [language, requests] of Object.entries(benignReplyRequests)) {
  requests.forEach((request, index) => {
    const group = `${language}:reply:${index}`;
    for (const [name, carrier] of Object.entries(carriers)) {
      benign.push({ text: carrier(sentences(language, 2), request), label: 'benign', kind: 'benign_document', source: `synthetic:${name}`, group });
    }
  });
}
for (const language of Object.keys(benignPhrases)) {
  const pool = [...(benignPhrases[language] ?? []), ...(benignLookalikes[language] ?? [])];
  pool.forEach((sentence, index) => {
    const group = `${language}:benign:${index}`;
    benign.push({ text: sentence, label: 'benign', kind: 'benign_document', source: 'synthetic', group });
    for (const [name, carrier] of Object.entries(carriers)) {
      benign.push({ text: carrier([sentence, ...sentences(language, 1 + Math.floor(random() * 3))], undefined), label: 'benign', kind: 'benign_document', source: `synthetic:${name}`, group });
    }
  });
}

for (const [language, questions] of Object.entries(benignQuestions)) {
  questions.forEach((question, index) => benign.push({ text: question, label: 'benign', kind: 'benign_prompt', source: 'synthetic', group: `${language}:question:${index}` }));
}

for (const [language, openers] of Object.entries(benignRolePrompts.openers)) {
  const roles = benignRolePrompts.roles[language] ?? [];
  const tasks = benignRolePrompts.tasks[language] ?? [];
  openers.forEach((opener, index) => {
    for (let repeat = 0; repeat < (language === 'en' ? 12 : 6); repeat++) {
      const text = `${opener.replace('{role}', pick(roles))} ${pick(tasks)}${random() < 0.5 ? ` ${pick(tasks)}` : ''}`;
      benign.push({ text, label: 'benign', kind: 'benign_prompt', source: 'synthetic', group: `${language}:role:${index}` });
    }
  });
}

for (const [language, talks] of Object.entries(benignSecurityTalk)) {
  talks.forEach((talk, index) => {
    const group = `${language}:security:${index}`;
    for (let repeat = 0; repeat < (talk.includes('{quote}') ? 3 : 1); repeat++) {
      const text = talk.replace('{quote}', pick(quotedAttacks));
      benign.push({ text, label: 'benign', kind: 'benign_document', source: 'synthetic', group });
      const name = pick(['email', 'markdown', 'html', 'json']);
      benign.push({ text: carriers[name]!([text, ...sentences(language, 1)], undefined), label: 'benign', kind: 'benign_document', source: `synthetic:${name}`, group });
    }
  });
}
for (const [language, lines] of Object.entries(benignInstructionVocabulary)) {
  lines.forEach((line, index) => {
    const group = `${language}:vocabulary:${index}`;
    benign.push({ text: line, label: 'benign', kind: 'benign_document', source: 'synthetic', group });
    const name = pick(['email', 'markdown', 'html', 'json', 'csv']);
    benign.push({ text: carriers[name]!([line, ...sentences(language, 1)], undefined), label: 'benign', kind: 'benign_document', source: `synthetic:${name}`, group });
  });
}
benignPromptCode.forEach((code, index) => {
  benign.push({ text: code, label: 'benign', kind: 'benign_document', source: 'synthetic:code', group: `code:prompt:${index}` });
});

for (const [language, overrides] of Object.entries(documentOverrides)) {
  overrides.forEach((override, index) => {
    const group = `${language}:override:${index}`;
    for (const name of ['plain', 'email', 'markdown', 'html', 'json']) {
      // Long carriers: the injected line is a small part of a 512-character window, as in real poisoned documents.
      const body = sentences(language, 5 + Math.floor(random() * 6));
      const injected = fill(override, language).replace('{payload}', pick(overridePayloads));
      const position = Math.floor(random() * body.length);
      attacks.push({ text: carriers[name]!([...body.slice(0, position), injected, ...body.slice(position)], undefined), label: 'attack', kind: 'indirect', source: `synthetic:${name}`, group });
    }
  });
}
for (const language of Object.keys(documentOverrides)) {
  for (const name of ['plain', 'email', 'markdown', 'html', 'json']) {
    for (let repeat = 0; repeat < 2; repeat++) {
      benign.push({ text: carriers[name]!(sentences(language, 6 + Math.floor(random() * 6)), undefined), label: 'benign', kind: 'benign_document', source: `synthetic:${name}`, group: `${language}:long:${name}` });
    }
  }
}
toolDescriptions.benign.forEach((description, index) => {
  benign.push({ text: description, label: 'benign', kind: 'benign_document', source: 'synthetic:tool-description', group: `tool:benign:${index}` });
  benign.push({ text: JSON.stringify({ name: `tool_${index}`, description, inputSchema: { type: 'object' } }), label: 'benign', kind: 'benign_document', source: 'synthetic:tool-description', group: `tool:benign:${index}` });
});
toolDescriptions.attack.forEach((description, index) => {
  const text = description.replace('{url}', pick(urls));
  attacks.push({ text, label: 'attack', kind: 'indirect', source: 'synthetic:tool-description', group: `tool:attack:${index}` });
  attacks.push({ text: JSON.stringify({ name: `tool_${index}`, description: text, inputSchema: { type: 'object' } }), label: 'attack', kind: 'indirect', source: 'synthetic:tool-description', group: `tool:attack:${index}` });
});

// Code answers: the same request to adopt code wraps harmless code (benign) or harmful code (attack).
const codeCarriers: Record<string, (request: string, code: string) => string> = {
  markdown: (request, code) => `${pick(codeAnswerContext)} ${request}\n\n\`\`\`\n${code}\n\`\`\`\n\n${pick(codeAnswerContext)}`,
  email: (request, code) => carriers.email!([pick(codeAnswerContext), `${request}\n\n${code}`], undefined),
  html: (request, code) => `<div class="answer"><p>${pick(codeAnswerContext)}</p><p>${request}</p><pre><code>${code.replaceAll('<', '&lt;')}</code></pre></div>`,
  json: (request, code) => JSON.stringify({ id: Math.floor(random() * 100000), body: `${request}\n\`\`\`\n${code}\n\`\`\`` }),
};
for (const [language, requests] of Object.entries(codeAdoptionRequests)) {
  requests.forEach((template, index) => {
    const group = `${language}:code-adoption:${index}`;
    for (const [name, carrier] of Object.entries(codeCarriers)) {
      const request = template.replace('{target}', pick(codeTargets));
      benign.push({ text: carrier(request, pick(harmlessSnippets)), label: 'benign', kind: 'benign_document', source: `synthetic:code-${name}`, group });
      if (random() < 0.6) attacks.push({ text: carrier(request, pick(riskySnippets)), label: 'attack', kind: 'indirect', source: `synthetic:code-${name}`, group });
    }
  });
}

// Persona prompts: the same opener, name and cue wrap a jailbreak trait (attack) or a harmless character trait (benign).
for (const [language, parts] of Object.entries(personaParts)) {
  const build = (trait: string): string => {
    const name = pick(personaNames);
    const cue = random() < 0.7 ? ` ${pick(parts.cues)}` : '';
    return `${pick(parts.openers)} ${trait}${cue}`.replaceAll('{name}', name);
  };
  parts.jailbreakTraits.forEach((trait, index) => {
    for (let repeat = 0; repeat < 4; repeat++) attacks.push({ text: build(trait), label: 'attack', kind: 'jailbreak', source: 'synthetic:persona', group: `${language}:persona-jailbreak:${index}` });
  });
  parts.benignTraits.forEach((trait, index) => {
    for (let repeat = 0; repeat < 4; repeat++) benign.push({ text: build(trait), label: 'benign', kind: 'benign_prompt', source: 'synthetic:persona', group: `${language}:persona-benign:${index}` });
  });
}

const directory = join(root, 'data', 'training');
mkdirSync(directory, { recursive: true });
const write = (name: string, rows: readonly Row[]): void => writeFileSync(join(directory, name), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
write('synthetic_multilingual_attacks.jsonl', attacks);
write('synthetic_multilingual_benign.jsonl', benign);
process.stdout.write(`wrote ${attacks.length} attacks and ${benign.length} benign rows to ${directory}\n`);
