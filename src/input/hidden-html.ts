import type { Finding } from '../kernel/verdict.ts';
import { createViewBuilder, type TextView } from './text-view.ts';

// Styles that hide text from a human reader while a model still reads it.
const hidingStyle = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?:\.0+)?\s*(?:;|"|'|$)|(?:^|[;\s"'])color\s*:\s*(?:#fff(?:fff)?\b|white|rgba?\(\s*255\s*,\s*255\s*,\s*255|transparent)|height\s*:\s*0(?:px)?\s*(?:;|"|'|$)|left\s*:\s*-\d{3,}|text-indent\s*:\s*-\d{3,}|clip\s*:\s*rect\(\s*0/i;
const maxTagLength = 2048;
const maxHiddenLength = 65_536;

/** Text a human does not see in HTML/Markdown, as its own view, plus a finding per hiding technique. */
export interface HiddenText {
  readonly view: TextView | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Extracts HTML comments, elements hidden by style or the `hidden` attribute, hidden inputs, `alt`/`title`/`aria-*`
 * attribute text and Markdown image alt text, link titles and reference comments.
 */
export function extractHiddenText(view: TextView): HiddenText {
  const text = view.text;
  if (!/<!--|<[a-zA-Z]|!\[|\]:\s{0,3}#|\]\([^)\s]{1,2048}\s{1,3}"/.test(text)) return { view: undefined, findings: [] };
  const regions: { start: number; end: number; technique: string }[] = [];
  const add = (start: number, end: number, technique: string): void => {
    if (end > start && /\p{L}{2}/u.test(text.slice(start, end))) regions.push({ start, end, technique });
  };
  for (let open = text.indexOf('<!--'); open >= 0;) {
    const close = text.indexOf('-->', open + 4);
    add(open + 4, close < 0 ? Math.min(text.length, open + 4 + maxHiddenLength) : close, 'comment');
    open = close < 0 ? -1 : text.indexOf('<!--', close + 3);
  }
  for (const match of text.matchAll(/<([a-zA-Z][a-zA-Z0-9-]{0,31})\b([^<>]{0,2048})>/g)) {
    const tagName = (match[1] ?? '').toLowerCase();
    const attributes = match[2] ?? '';
    const attributesStart = match.index + 1 + (match[1] ?? '').length;
    if (attributes.length >= maxTagLength) continue;
    for (const attribute of attributes.matchAll(/\b(alt|title|aria-label|aria-description|placeholder|data-[a-z-]{1,32}|value|content)\s*=\s*(?:"([^"]{0,4096})"|'([^']{0,4096})')/gi)) {
      const name = (attribute[1] ?? '').toLowerCase();
      if (name === 'value' && !/type\s*=\s*["']?hidden/i.test(attributes)) continue;
      if (name === 'content' && tagName !== 'meta') continue;
      const valueOffset = attribute[0].indexOf(attribute[2] ?? attribute[3] ?? '', name.length);
      const start = attributesStart + attribute.index + valueOffset;
      add(start, start + (attribute[2] ?? attribute[3] ?? '').length, name === 'value' ? 'hidden-input' : 'attribute');
    }
    const style = /\bstyle\s*=\s*(?:"([^"]{0,1024})"|'([^']{0,1024})')/i.exec(attributes);
    const hiddenByStyle = style !== null && hidingStyle.test(style[1] ?? style[2] ?? '');
    const hiddenByAttribute = /(?:^|\s)(?:hidden|aria-hidden\s*=\s*["']?true)(?:\s|=|$)/i.test(attributes);
    if (!hiddenByStyle && !hiddenByAttribute && tagName !== 'template' && tagName !== 'noscript') continue;
    const contentStart = match.index + match[0].length;
    const closer = new RegExp(`</${tagName}\\b`, 'gi');
    closer.lastIndex = contentStart;
    const closeTag = closer.exec(text)?.index ?? -1;
    const contentEnd = closeTag < 0 ? Math.min(text.length, contentStart + 4096) : Math.min(closeTag, contentStart + maxHiddenLength);
    add(contentStart, contentEnd, hiddenByStyle ? 'hidden-style' : 'hidden-element');
  }
  for (const match of text.matchAll(/!\[([^\]\n]{2,1024})\]\(/g)) add(match.index + 2, match.index + 2 + (match[1] ?? '').length, 'markdown-alt');
  for (const match of text.matchAll(/\]\([^)\s]{1,2048}\s{1,3}"([^"\n]{2,1024})"\)/g)) {
    const title = match[1] ?? '';
    const start = match.index + match[0].length - 2 - title.length;
    add(start, start + title.length, 'markdown-title');
  }
  for (const match of text.matchAll(/^\[[^\]\n]{0,64}\]:\s{0,3}#\s{0,3}\(([^)\n]{2,2048})\)/gm)) {
    const comment = match[1] ?? '';
    const start = match.index + match[0].length - 1 - comment.length;
    add(start, start + comment.length, 'markdown-comment');
  }
  if (regions.length === 0) return { view: undefined, findings: [] };
  regions.sort((first, second) => first.start - second.start);
  const builder = createViewBuilder(view);
  let covered = -1;
  const findings: Finding[] = [];
  const seenTechniques = new Set<string>();
  for (const region of regions) {
    if (region.start < covered) continue;
    builder.copy(region.start, region.end);
    builder.replace('\n', region.end - 1, region.end);
    covered = region.end;
    if (seenTechniques.has(region.technique)) continue;
    seenTechniques.add(region.technique);
    // Comments and alt text are everyday HTML; text hidden by style is a deliberate act.
    const deliberate = region.technique === 'hidden-style' || region.technique === 'hidden-element' || region.technique === 'hidden-input';
    findings.push({
      ruleId: 'input.obfuscation.hidden-html', layer: 'input', severity: deliberate ? 'medium' : 'info', score: deliberate ? 0.5 : 0.1,
      span: view.toOriginal([region.start, region.end]), evidence: `hidden text (${region.technique})`,
      ...(view.depth > 0 ? { decodedFrom: view.name } : {}),
    });
  }
  return { view: builder.build('hidden-html', view.depth + 1), findings };
}
