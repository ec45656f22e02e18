import { dangerousCommandRules } from '../kernel/dangerous-commands.ts';
import type { Finding } from '../kernel/verdict.ts';
import type { TextView } from './text-view.ts';

/**
 * What a piece of code in untrusted content would do to the machine that runs it. Poisoned answers, issues and
 * documentation ask a coding agent to paste such code into its work ("add the following snippet to your
 * implementation"); the snippet downloads and runs a payload, sends secrets or machine details away, wipes files or
 * installs itself.
 */
export type CodeBehaviour =
  | 'download-execute'
  | 'data-theft'
  | 'destructive'
  | 'persistence'
  | 'reverse-shell'
  | 'crypto-miner'
  | 'obfuscated-execution'
  | 'mass-mailing';

// Signals are found once per view and combined by distance, so the work stays linear in the text length. Every
// pattern is bounded: no nested quantifiers, gaps of at most a few hundred characters.
const signals = {
  fetch: /\b(?:requests|httpx|session|aiohttp|urllib\.request|urllib2|axios|got|needle|http|https)\.(?:get|urlopen|urlretrieve|request)\s{0,2}\(|\burl(?:open|retrieve)\s{0,2}\(|\b(?:wget|curl)\b|\bfetch\s{0,2}\(|\bPoolManager\b|\bHTTPS?Connection\s{0,2}\(|Invoke-WebRequest|\biwr\b|\.Download(?:File|String|Data)\b|Net\.WebClient/gi,
  execute: /\b(?:exec|eval|execfile)\s{0,2}\(|\bos\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?|startfile)\s{0,2}\(|\bsubprocess\.(?:call|run|Popen|check_output|check_call|getoutput|getstatusoutput)\s{0,2}\(|\bchild_process\b|\bexecSync\s{0,2}\(|\bchmod\s+(?:\+x|[0-7]{3,4})\b|\bos\.chmod\s{0,2}\(|\bnohup\b|\bStart-Process\b|\bInvoke-Expression\b|\biex\b|(?:&&|;|\n)\s{0,4}(?:\.\/[\w.-]{1,60}|(?:python3?|bash|sh|node|perl)\s+[\w./-]{1,60}\.(?:py|sh|js|pl))\b/g,
  // Whole-environment dumps, key and credential files, browser secrets, keystrokes, screens and clipboards. A single
  // named variable is how configuration reaches code (an API key sent to its own API), so it is not a secret here.
  secret: /\bdict\s{0,2}\(\s{0,2}os\.environ\s{0,2}\)|\bos\.environ\.(?:items|copy|keys|values)\s{0,2}\(|\bos\.environ\s{0,2}[,)\]}]|\bJSON\.stringify\s{0,2}\(\s{0,2}process\.env\s{0,2}\)|\bprocess\.env\s{0,2}[,)\]}]|\bprintenv\b|\benv\s{0,2}\|\s{0,2}(?:curl|nc|base64)\b|~\/\.ssh\b|\.ssh\/(?:id_|authorized_keys|known_hosts)|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\/credentials|\.kube\/config|\.docker\/config\.json|\.git-credentials|\.netrc\b|\.pgpass\b|\/etc\/(?:passwd|shadow)\b|\.(?:bash|zsh)_history\b|\bLogin Data\b|\bwallet\.dat\b|\bkeyring\.get_password\b|CryptUnprotectData|\bdocument\.cookie\b|\blocalStorage\b|\bpyperclip\.paste\b|\bImageGrab\.grab\b|\bpyautogui\.screenshot\b|\bpynput\b|\bkeyboard\.(?:on_press|hook|read_key)\b/gi,
  // Who and where the machine is: system identity variables, host and hardware details.
  recon: /\b(?:os\.environ|os\.getenv|process\.env|System\.getenv|\$env:)\s{0,2}[[(.]?\s{0,2}["']?(?:USER|USERNAME|HOME|PATH|LANG|TEMP|TMP|HOSTNAME|COMPUTERNAME|SHELL|PWD|LOGNAME|USERPROFILE|APPDATA|USERDOMAIN)\b|\bpsutil\.\w|\bplatform\.(?:uname|node|platform|system|processor|version)\s{0,2}\(|\bsocket\.gethostname\s{0,2}\(|\bgetpass\.getuser\s{0,2}\(|\bos\.(?:getlogin|uname)\s{0,2}\(|\b(?:whoami|ipconfig|ifconfig|systeminfo|driverquery|tasklist)\b|\busb\.core\b|\bbluetooth\b|\bsounddevice\b|\bpyaudio\b|\bnetifaces\b|\buuid\.getnode\s{0,2}\(/gi,
  send: /\b(?:requests|httpx|session|aiohttp|axios|client)\.(?:post|put|patch)\s{0,2}\(|\burlopen\s{0,2}\([^)\n]{0,200}\bdata\s{0,2}=|\bRequest\s{0,2}\([^)\n]{0,200}\bdata\s{0,2}=|\.request\s{0,2}\(\s{0,2}["'](?:POST|PUT)["']|\.(?:send|sendall|sendto)\s{0,2}\(|\bsmtplib\b|\bSMTP(?:_SSL)?\s{0,2}\(|\byagmail\b|\baiosmtplib\b|\bsendmail\b|\bftplib\b|\bFTP(?:_TLS)?\s{0,2}\(|\bstorbinary\b|\bparamiko\b|\bSCPClient\b|\bsftp\b|\bpublish\.(?:single|multiple)\s{0,2}\(|\bsendBeacon\s{0,2}\(|method\s{0,2}:\s{0,2}["']POST["']|\bXMLHttpRequest\b|Invoke-RestMethod|\bcurl\b[^\n]{0,200}\s(?:-d|--data\S{0,12}|-F|--form|-T|--upload-file)\s/gi,
  // Reading a local file's bytes, and a saved browser session (cookies) that can impersonate its owner.
  fileRead: /\bopen\s{0,2}\([^)\n]{0,160},\s{0,2}["']r?b["']|\.read_bytes\s{0,2}\(|\breadFileSync\s{0,2}\(|\bGet-Content\b/g,
  cookieFile: /\bcookies?\.(?:txt|pkl|json|sqlite)\b|\b(?:Mozilla|LWP)?CookieJar\b|\bSimpleCookie\b|\bbrowser_cookie3\b|\b_load_cookie_file\b/g,
  contacts: /\b(?:contacts|recipients|mailing_list|address_book|subscribers|all_emails|email_list)\b/gi,
  mail: /\b(?:sendmail|send_message|yag\.send|smtp\.send)\b|\bs\.send\w{0,8}\s{0,2}\(|\bSMTP(?:_SSL)?\s{0,2}\(|\byagmail\.SMTP\b/g,
  // Channels that push data to another machine outside the web request a client normally makes.
  pushChannel: /\bftplib\b|\bFTP(?:_TLS)?\s{0,2}\(|\bstorbinary\b|\bparamiko\b|\bSCPClient\b|\bsftp\b|\bsock(?:et)?\.(?:send|sendall|sendto)\s{0,2}\(|\bbluetooth\b|\bpublish\.(?:single|multiple)\s{0,2}\(|\bobex\w{0,10}\b/gi,
  artifact: /(?:https?:\/\/|\/)[^\s"'()]{0,120}\b(?:exploit|payload|backdoor|malware|trojan|keylogger|ransom\w{0,8}|stealer|rootkit|miner|cryptomine\w{0,4})\.(?:py|sh|exe|ps1|bat|dll|bin|js|jar|vbs)\b/gi,
  destroy: /\bos\.(?:remove|unlink|rmdir|removedirs)\s{0,2}\(\s{0,2}["'](?:\/(?:lib|lib32|lib64|usr|etc|bin|sbin|boot|var|sys|dev|root|home|opt|proc)\b|[A-Za-z]:\\{1,2}(?:Windows|Program Files|Users)\b)|\bshutil\.rmtree\s{0,2}\(\s{0,2}["'](?:\/["']|\/(?:lib|lib64|usr|etc|bin|sbin|boot|var|home|root|opt)\b|~["'/]|[A-Za-z]:\\{1,2}["']?)|\brm\s+-(?:[a-z]{0,3}r[a-z]{0,3}f|[a-z]{0,3}f[a-z]{0,3}r)[a-z]{0,3}\s+(?:--no-preserve-root\s+)?["']?(?:\/(?:lib|lib32|lib64|usr|etc|bin|sbin|boot|var|home|root|opt|sys|dev)\b|\/\*?(?=[\s"';&|)]|$)|~\/?\*?(?=[\s"';&|)]|$))|\bformat\s+[a-z]:(?=[\s"';]|$)|\b(?:del|erase)\s+(?:\/[fsq]\s+){1,3}["']?[a-z]:\\|\b(?:systemctl|service)\s+(?:stop|disable|mask)\s+[\w.-]{0,30}(?:firewall|ufw|auditd|apparmor|defender|antivirus|security|critical|clamav)[\w.-]{0,30}|\bsetenforce\s+0\b|\biptables\s+-F\b|\bufw\s+disable\b|DisableRealtimeMonitoring\s+\$?true|\bkill\s+-9\s+-1\b/gi,
  persistence: /(?:>>?|\bopen\s{0,2}\()\s{0,2}["']?(?:\/etc\/(?:rc\.local|init\.d\/[\w.-]{0,40}|crontab|cron\.d\/[\w.-]{0,40}|profile|bash\.bashrc|sudoers|ld\.so\.preload)|~\/\.(?:bashrc|zshrc|profile|bash_profile)|~?\/?[\w./-]{0,60}\.ssh\/authorized_keys)|\bcrontab\b[^\n]{0,120}\b(?:curl|wget|nc|bash -i)\b|\\CurrentVersion\\Run(?:Once)?\b|\bschtasks\s+\/create\b/gi,
  socketOpen: /\bsocket\.socket\s{0,2}\(|\bnet\.(?:Socket|connect|createConnection)\b|\bTCPSocket\b/g,
  shellSpawn: /\b(?:os\.dup2|pty\.spawn)\s{0,2}\(|\bspawn\s{0,2}\(\s{0,2}["'](?:\/bin\/)?(?:ba)?sh\b|\bsubprocess\.(?:call|Popen|run)\s{0,2}\(\s{0,2}\[\s{0,2}["'](?:\/bin\/)?(?:ba)?sh["']\s{0,2},\s{0,2}["']-i["']/g,
  miner: /\bxmrig\b|\bminerd\b|\bcpuminer\b|stratum\+(?:tcp|ssl):\/\/|\bcryptonight\b|\bcoinhive\b|\bcrypto-?min(?:e|er|ers|ing)\b|\bminer(?:_url|_path|\.exe|\.sh)\b/gi,
  obfuscated: /\b(?:exec|eval)\s{0,2}\(\s{0,2}(?:base64\.b64decode|codecs\.decode|zlib\.decompress|marshal\.loads|bytes\.fromhex|binascii\.unhexlify|atob|Buffer\.from|unescape|String\.fromCharCode)\b|\bnew\s+Function\s{0,2}\(\s{0,2}atob\b/gi,
} as const;

type SignalName = keyof typeof signals;

/** The signal patterns, for the regex-safety test. */
export const codeSignalPatterns: Readonly<Record<string, RegExp>> = signals;

const shellBehaviours: Readonly<Record<string, CodeBehaviour>> = {
  'pipe-to-shell': 'download-execute', 'base64-to-shell': 'obfuscated-execution', 'reverse-shell': 'reverse-shell', 'delete-root': 'destructive',
  'chmod-root': 'destructive', 'disk-wipe': 'destructive', 'fork-bomb': 'destructive', 'powershell-encoded': 'obfuscated-execution',
  'powershell-download': 'download-execute',
};

// A request to put the code into the reader's own work: "the following code snippet" in the same sentence as an
// adoption verb or "your code / implementation / answer".
const codeReference = /\b(?:code|snippet|script|lines|function)\s+(?:below|above)\b|\b(?:following|subsequent|below|above|next|given|provided|attached|this|these)\s+(?:code|snippet|script|lines?(?: of code)?|function|routine|patch|(?:code\s+)?(?:block|excerpt|section|segment|fragment|sample))\b/gi;
const adoptionCue = /\b(?:use|utili[sz]e|employ|include|add|append|insert|integrate|incorporate|embed|merge|blend|fuse|meld|weave|inject|infuse|adopt|apply|absorb|assimilate|deploy|enlist|engage|leverage|paste|copy|run|execute|import|combine|harmoni[sz]e|interweave|render)\b|\byour\s+(?:own\s+)?(?:code(?:base)?|solution|implementation|program|script|algorithm|answer|response|reply|project|app(?:lication)?|function|module|elucidation|explanation|work|logic|output|software)\b/i;

// How far apart the parts of one behaviour may be, and how far a risky snippet may follow the request to adopt it.
const pairDistance = 1500;
const adoptionReach = 2500;
const sentenceReach = 200;
const scannedViews: ReadonlySet<string> = new Set(['original', 'escapes', 'html-entities', 'base64', 'hex', 'url']);

interface Hit {
  readonly start: number;
  readonly end: number;
}

interface BehaviourHit extends Hit {
  readonly behaviour: CodeBehaviour;
  readonly evidence: string;
}

function hitsOf(pattern: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length });
    if (hits.length >= 256) break;
  }
  return hits;
}

function nearestPair(first: readonly Hit[], second: readonly Hit[]): Hit | undefined {
  for (const a of first) {
    for (const b of second) {
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      if (end - start <= pairDistance) return { start, end };
    }
  }
  return undefined;
}

function behavioursIn(text: string): BehaviourHit[] {
  const found: BehaviourHit[] = [];
  const signal = (name: SignalName): Hit[] => hitsOf(signals[name], text);
  const add = (behaviour: CodeBehaviour, hit: Hit | undefined): void => {
    if (hit !== undefined) found.push({ ...hit, behaviour, evidence: text.slice(hit.start, Math.min(hit.end, hit.start + 80)).replace(/\s+/g, ' ') });
  };
  const fetch = signal('fetch');
  if (fetch.length > 0) {
    add('download-execute', nearestPair(fetch, signal('execute')));
    add('download-execute', nearestPair(fetch, signal('artifact')));
  }
  const send = signal('send');
  if (send.length > 0) add('data-theft', nearestPair([...signal('secret'), ...signal('recon')], send));
  // A file's bytes pushed over a raw socket, FTP or SCP (an upload form posting a chosen file is ordinary code).
  add('data-theft', nearestPair(signal('fileRead'), signal('pushChannel')));
  if (fetch.length > 0) {
    // A saved session replayed against a site, remote content relayed to another machine, a list of people mailed.
    add('data-theft', nearestPair(signal('cookieFile'), fetch));
    add('data-theft', nearestPair(fetch, signal('pushChannel')));
    const contacts = signal('contacts');
    if (contacts.length > 0) add('mass-mailing', nearestPair(contacts, signal('mail')));
  }
  add('destructive', signal('destroy')[0]);
  add('persistence', signal('persistence')[0]);
  add('reverse-shell', nearestPair(signal('socketOpen'), signal('shellSpawn')));
  add('crypto-miner', signal('miner')[0]);
  add('obfuscated-execution', signal('obfuscated')[0]);
  for (const rule of dangerousCommandRules) {
    if (rule.literal !== undefined && !text.includes(rule.literal)) continue;
    const behaviour = shellBehaviours[rule.type];
    if (behaviour !== undefined) add(behaviour, hitsOf(rule.pattern, text)[0]);
  }
  return found;
}

/** Offset just after the last sentence or line end in `text`, or 0. */
function lastBoundary(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    const character = text[index];
    if (character === '\n') return index + 1;
    if ((character === '.' || character === '!' || character === '?') && /\s/.test(text[index + 1] ?? '')) return index + 1;
  }
  return 0;
}

function adoptionRequests(text: string): Hit[] {
  const requests: Hit[] = [];
  for (const match of text.matchAll(codeReference)) {
    const from = Math.max(0, match.index - sentenceReach);
    const to = Math.min(text.length, match.index + match[0].length + sentenceReach);
    let sentenceStart = from + lastBoundary(text.slice(from, match.index));
    while (sentenceStart < match.index && /\s/.test(text[sentenceStart] ?? '')) sentenceStart += 1;
    const after = text.slice(match.index, to);
    const stop = after.search(/[.!?](?:\s|$)|\n/);
    const sentenceEnd = stop < 0 ? to : match.index + stop + 1;
    if (adoptionCue.test(text.slice(sentenceStart, sentenceEnd))) requests.push({ start: sentenceStart, end: sentenceEnd });
    if (requests.length >= 64) break;
  }
  return requests;
}

/**
 * Finds risky code in untrusted content: each behaviour alone is a medium finding (security write-ups show such code
 * too); a request to adopt the code into the reader's work followed by risky code is a high finding.
 */
export function findCodeInjection(views: readonly TextView[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let budget = 3 * Math.max(1, views[0]?.text.length ?? 1);
  for (const view of views) {
    const base = view.name.split('>').at(-1) ?? view.name;
    if (!scannedViews.has(base) || view.depth > 2 || budget <= 0) continue;
    budget -= view.text.length;
    const behaviours = behavioursIn(view.text);
    if (behaviours.length === 0) continue;
    const requests = adoptionRequests(view.text);
    const decodedFrom = view.name === 'original' ? {} : { decodedFrom: view.name };
    for (const hit of behaviours) {
      const request = requests.find((candidate) => candidate.start <= hit.start && hit.start - candidate.end <= adoptionReach);
      const ruleId = request === undefined ? `input.code.${hit.behaviour}` : 'input.code.adoption';
      const span = view.toOriginal(request === undefined ? [hit.start, hit.end] : [request.start, hit.end]);
      const key = `${ruleId}|${hit.behaviour}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(request === undefined
        ? { ruleId, layer: 'input', severity: 'medium', score: 0.5, span, evidence: `${hit.behaviour}: ${hit.evidence}`, ...decodedFrom }
        : { ruleId, layer: 'input', severity: 'high', score: 0.9, span, evidence: `asks to adopt code that does ${hit.behaviour}: ${hit.evidence}`, ...decodedFrom });
    }
  }
  return findings;
}
