import type { Severity } from './verdict.ts';

/** One pattern for a dangerous shell command; shared by output inspection and the input stage's code checks. */
export interface DangerousCommandRule {
  /** Kebab-case type: `pipe-to-shell`, `reverse-shell`, `delete-root`, `disk-wipe`... */
  readonly type: string;
  readonly severity: Severity;
  /** Global pattern; callers reset or clone it (`matchAll`) so no state leaks between scans. */
  readonly pattern: RegExp;
  /** Text every match contains; when it is absent from the window the pattern is not run. */
  readonly literal?: string;
}

const shell = String.raw`(?:sudo\s+(?:-\S+\s+){0,4})?(?:\/usr)?(?:\/bin\/)?(?:ba|z|k|da|fi|c|tc)?sh\b`;
const interpreter = String.raw`(?:sudo\s+)?(?:python[0-9.]*|perl|ruby|node|php)\s*-?\s*(?:$|[;&\n)])`;

/**
 * Download-and-run, reverse shells, destructive commands, fork bombs and encoded PowerShell. Every pattern is bounded
 * ({0,n}) so a long line cannot make a rule backtrack beyond its window.
 */
export const dangerousCommandRules: readonly DangerousCommandRule[] = [
  { type: 'pipe-to-shell', severity: 'high', pattern: new RegExp(String.raw`\b(?:curl|wget|fetch|iwr|irm)\b[^\n|;]{0,400}\|\s{0,3}(?:${shell}|${interpreter})`, 'gim') },
  { type: 'pipe-to-shell', severity: 'high', pattern: /\b(?:ba|z)?sh\s+(?:-c\s+["']?\$\(|<\(\s{0,3})(?:curl|wget)\b/gi },
  { type: 'base64-to-shell', severity: 'high', pattern: new RegExp(String.raw`\bbase64\s+(?:-d|--decode|-D)\b[^\n|;]{0,200}\|\s{0,3}(?:${shell}|${interpreter})`, 'gim') },
  { type: 'reverse-shell', severity: 'critical', pattern: /\/dev\/(?:tcp|udp)\/[A-Za-z0-9.-]{1,255}\/\d{1,5}/gi },
  { type: 'reverse-shell', severity: 'critical', pattern: /\b(?:nc|ncat|netcat)\b[^\n;|]{0,120}\s-[a-z]*[ec]\s{1,3}(?:\/usr)?\/?(?:bin\/)?(?:ba|z)?sh\b/gi },
  { type: 'reverse-shell', severity: 'critical', pattern: /\bmkfifo\b[^\n]{0,120}\b(?:nc|ncat|netcat)\b/gi },
  { type: 'reverse-shell', severity: 'critical', pattern: /\bpython[0-9.]*\s+-c\s+["'][^\n]{0,400}\bsocket\b[^\n]{0,400}(?:subprocess|pty\.spawn|os\.dup2)/gi },
  { type: 'reverse-shell', severity: 'critical', pattern: /\b(?:perl\s+-e|php\s+-r|ruby\s+-rsocket)\s[^\n]{0,300}(?:socket|fsockopen|TCPSocket)/gi },
  { type: 'reverse-shell', severity: 'critical', pattern: /\bsocat\b[^\n]{0,200}\bexec:/gi },
  { type: 'delete-root', severity: 'critical', pattern: /\brm\s+(?:-{1,2}[A-Za-z-]+\s+){0,4}(?:-[A-Za-z]*(?:r[A-Za-z]*f|f[A-Za-z]*r)|-r\s+-f|-f\s+-r|--recursive\s+--force|--force\s+--recursive)[A-Za-z]*\s+(?:--no-preserve-root\s+)?["']?(?:\/\*?|~\/?\*?|\$HOME\/?|\/(?:etc|usr|var|home|boot|bin|sbin|lib|lib64|root|opt|srv)\/?\*?)["']?(?=\s|$|[;&|)])/gi },
  { type: 'chmod-root', severity: 'high', pattern: /\bch(?:mod|own)\s+(?:-R\s+|--recursive\s+)(?:0?777|a\+rwx|[A-Za-z0-9_]+:[A-Za-z0-9_]*)\s+\/(?=\s|$|[;&|])/gi },
  { type: 'chmod-root', severity: 'high', pattern: /\bchmod\s+(?:-R\s+)?(?:0?777|a\+rwx)\s+\/(?:etc|usr|bin|var)?(?=\s|$|[;&|])/gi },
  { type: 'disk-wipe', severity: 'critical', pattern: /\bmkfs(?:\.[a-z0-9]{1,10})?\s+(?:-\S+\s+){0,4}\/dev\/[a-z]/gi },
  { type: 'disk-wipe', severity: 'critical', pattern: /\bdd\b[^\n;|]{0,160}\bof=\/dev\/(?:sd|hd|nvme|xvd|vd|disk|mmcblk|rdisk)/gi },
  { type: 'disk-wipe', severity: 'critical', pattern: /\b(?:wipefs\s+-a|shred\b[^\n;|]{0,80})\s+\/dev\/(?:sd|hd|nvme|xvd|vd|disk|mmcblk)|>\s{0,3}\/dev\/(?:sd[a-z]|nvme\d)/gi },
  { type: 'fork-bomb', severity: 'critical', literal: '()', pattern: /(\w{1,20}|:)\(\)\s{0,3}\{\s{0,3}\1\s{0,3}\|\s{0,3}\1\s{0,3}&\s{0,3}\}\s{0,3};\s{0,3}\1/g },
  { type: 'fork-bomb', severity: 'critical', pattern: /%0\|%0/g },
  { type: 'powershell-encoded', severity: 'high', pattern: /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,200}\s[-/](?:e|ec|en|enc|enco|encod|encode|encodedcommand)\s{1,3}[A-Za-z0-9+/=]{16,}/gi },
  { type: 'powershell-download', severity: 'high', pattern: /\b(?:iex|invoke-expression)\b[^\n]{0,200}(?:downloadstring|downloadfile|invoke-webrequest|invoke-restmethod|\biwr\b|\birm\b|net\.webclient)/gi },
  { type: 'powershell-download', severity: 'high', pattern: /(?:downloadstring|invoke-webrequest|invoke-restmethod|\biwr\b|\birm\b)[^\n]{0,300}\|\s{0,3}(?:iex|invoke-expression)\b/gi },
  { type: 'powershell-download', severity: 'high', pattern: /\bcertutil(?:\.exe)?\s[^\n]{0,80}-urlcache\b[^\n]{0,200}https?:/gi },
];

