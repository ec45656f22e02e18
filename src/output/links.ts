import { shannonEntropy } from './checksums.ts';
import type { Detection, DetectorInput } from './detection.ts';
import { matchesFrom } from './detection.ts';

const urlPattern = /(?<![A-Za-z0-9+.-])(?:https?|ftps?|wss?):\/\/[^\s<>"'`\\^{}|]{1,4096}/gi;
const markdownImageBefore = /!\[[^\]\n]{0,500}\]\(\s{0,3}<?$/;
const htmlAutoLoadBefore = /<(?:img|iframe|script|link|source|video|audio|embed|object|frame|input|track|body|table|td)\b[^<>]{0,400}\b(?:src|href|data|srcset|poster|background|action)\s{0,3}=\s{0,3}["']?$/i;
const cssUrlBefore = /url\(\s{0,3}["']?$/i;

/** Trims punctuation that ends a sentence rather than the URL, and an unbalanced closing parenthesis. */
function trimUrl(url: string): string {
  let trimmed = url.replace(/[.,;:!?*_~]+$/, '');
  while (trimmed.endsWith(')') && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) trimmed = trimmed.slice(0, -1).replace(/[.,;:!?]+$/, '');
  while (trimmed.endsWith(']') && !trimmed.includes('[')) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

/** Describes data smuggled in a URL (long encoded segments, many parameters, personal data), or undefined. */
export function smuggledData(url: URL): string | undefined {
  const query = url.search.slice(1);
  const parameters = query === '' ? 0 : query.split('&').length;
  if (parameters >= 5) return `${parameters} query parameters`;
  if (query.length >= 120) return `query carries ${query.length} chars`;
  const decoded = (() => { try { return decodeURIComponent(url.pathname + url.search + url.hash); } catch { return url.pathname + url.search; } })();
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(decoded)) return 'personal data in the URL';
  for (const segment of decoded.split(/[/?&=#;,]/)) {
    if (segment.length >= 24 && /^[A-Za-z0-9+/_=-]+$/.test(segment) && shannonEntropy(segment) >= 3.5) return `encoded segment of ${segment.length} chars`;
    if (segment.length >= 32 && /^[0-9a-fA-F]+$/.test(segment)) return `hex segment of ${segment.length} chars`;
    if (segment.length >= 60) return `segment of ${segment.length} chars`;
  }
  return undefined;
}

/**
 * Finds links to non-allowlisted hosts. Auto-loading references (Markdown images, HTML img/iframe/script,
 * CSS url()) leak data without a click, so they rank above plain links; any URL carrying data is exfiltration.
 */
export function detectLinks(input: DetectorInput): Detection[] {
  const { text, settings } = input;
  const found: Detection[] = [];
  const from = input.from ?? 0;
  if (!text.includes('//', from)) return found;
  for (const match of matchesFrom(text, urlPattern, from, 0, input.until)) {
    const url = trimUrl(match[0]);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (settings.hostAllowed(parsed.hostname)) continue;
    const before = text.slice(Math.max(0, match.index - 600), match.index);
    const autoLoad = markdownImageBefore.test(before) || htmlAutoLoadBefore.test(before) || cssUrlBefore.test(before);
    const data = smuggledData(parsed);
    const start = match.index;
    const end = start + url.length;
    if (data !== undefined) found.push({ category: 'link', type: 'exfiltration', severity: autoLoad ? 'critical' : 'high', start, end, note: `${autoLoad ? 'auto-loading ' : ''}${parsed.hostname}: ${data}` });
    else if (autoLoad) found.push({ category: 'link', type: 'image', severity: 'high', start, end, note: `auto-loading ${parsed.hostname}` });
    else found.push({ category: 'link', type: 'external', severity: 'low', start, end, note: parsed.hostname });
  }
  return found;
}
