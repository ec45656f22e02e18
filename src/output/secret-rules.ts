import type { Severity } from '../kernel/verdict.ts';

/** One provider key format: a linear-time pattern (prefix anchored, bounded quantifiers) and its type. */
export interface SecretRule {
  readonly type: string;
  readonly pattern: RegExp;
  readonly severity: Severity;
  /** Capture group holding the secret value; 0 (the whole match) when absent. */
  readonly group?: number;
  /** Extra validation of the value (e.g. a JWT header that decodes to JSON). */
  readonly valid?: (value: string) => boolean;
  /** True for test-mode credentials (Stripe `sk_test_`) that `allow_test_values` lets through. */
  readonly testValue?: (value: string) => boolean;
}

// Formats adapted from @secretlint/secretlint-rule-preset-recommend 13 (MIT) and the gitleaks default rule
// set, rewritten as bounded JavaScript patterns so one pass over a stream window stays linear.
const start = String.raw`(?<![A-Za-z0-9_])`;
const end = String.raw`(?![A-Za-z0-9_])`;
const rule = (type: string, source: string, severity: Severity = 'critical', flags = 'g'): SecretRule =>
  ({ type, pattern: new RegExp(`${start}${source}${end}`, flags), severity });

function jwtHeaderValid(value: string): boolean {
  const [header = ''] = value.split('.');
  try {
    const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** Provider key formats, most specific first. */
export const secretRules: readonly SecretRule[] = [
  rule('aws-access-key', '(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}'),
  {
    type: 'aws-secret-key', severity: 'critical', group: 1,
    pattern: /(?:aws.{0,20})?secret.?access.?key["'`]?\s{0,4}(?:[:=]|=>|is)\s{0,4}["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  },
  { type: 'gcp-service-account', severity: 'critical', group: 1, pattern: /"private_key_id"\s{0,4}:\s{0,4}"([0-9a-f]{40})"/g },
  rule('google-api-key', 'AIza[0-9A-Za-z_-]{35}'),
  rule('google-oauth-secret', 'GOCSPX-[A-Za-z0-9_-]{28}'),
  { type: 'azure-storage-key', severity: 'critical', group: 1, pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/g },
  rule('azure-client-secret', String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`),
  { type: 'azure-sas-token', severity: 'high', group: 1, pattern: /[?&]sig=([A-Za-z0-9%+/]{40,100}={0,2}|[A-Za-z0-9%]{43,100})(?=&|$|\s|["'])/g },
  rule('github-token', '(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}'),
  rule('github-token', 'github_pat_[A-Za-z0-9_]{82}'),
  rule('gitlab-token', 'gl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,64}'),
  rule('slack-token', 'xox[abposr]-(?:[0-9]-)?(?:[A-Za-z0-9]{1,40}-){1,6}[A-Za-z0-9]{1,40}'),
  rule('slack-token', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{32,80}'),
  { type: 'slack-webhook', severity: 'high', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}/g },
  { type: 'discord-webhook', severity: 'high', pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{20,100}/g },
  { ...rule('stripe-key', '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99}'), testValue: (value) => value.includes('_test_') },
  rule('openai-key', 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}'),
  rule('openai-key', 'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
  rule('openai-key', 'sk-[A-Za-z0-9]{48}'),
  rule('anthropic-key', 'sk-ant-(?:api|admin|oat|sid)[0-9]{0,2}-[A-Za-z0-9_-]{32,128}'),
  rule('twilio-key', 'SK[0-9a-f]{32}', 'high'),
  rule('sendgrid-key', String.raw`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`),
  rule('npm-token', 'npm_[A-Za-z0-9]{36}'),
  { type: 'npm-token', severity: 'critical', group: 1, pattern: /:_authToken=([A-Za-z0-9_.+/=-]{20,200})/g },
  rule('huggingface-token', 'hf_[A-Za-z]{34}'),
  rule('groq-key', 'gsk_[A-Za-z0-9]{52}'),
  rule('databricks-token', 'dapi[a-f0-9]{32}(?:-[0-9])?'),
  rule('digitalocean-token', 'do[opr]_v1_[a-f0-9]{64}'),
  rule('shopify-token', 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}'),
  rule('vault-token', String.raw`hv[sbr]\.[A-Za-z0-9_-]{90,300}`),
  rule('docker-token', 'dckr_pat_[A-Za-z0-9_-]{27}'),
  rule('pypi-token', 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,200}'),
  rule('linear-key', 'lin_api_[A-Za-z0-9]{40}', 'high'),
  rule('telegram-bot-token', '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}', 'high'),
  rule('mailgun-key', 'key-[0-9a-f]{32}', 'high'),
  {
    type: 'jwt', severity: 'high', valid: jwtHeaderValid,
    pattern: new RegExp(`${start}eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{16,1000}${end}`, 'g'),
  },
  {
    // The body may be missing (a truncated or streamed key): the header alone is enough to block.
    type: 'private-key', severity: 'critical',
    pattern: /-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){0,12000}(?:-----END[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----)?/g,
  },
  { type: 'putty-private-key', severity: 'critical', pattern: /PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}/g },
  {
    type: 'database-url', severity: 'critical', group: 1,
    pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|jdbc:[a-z]{2,12}):\/\/[^:/\s@"'`]{1,100}:([^@/\s"'`]{1,200})@[^\s/?#"'`]{1,255}/gi,
  },
  { type: 'url-credentials', severity: 'high', group: 1, pattern: /\b(?:https?|ftps?|ssh|git):\/\/[^:/\s@"'`]{1,100}:([^@/\s"'`]{1,200})@[^\s/?#"'`]{1,255}/gi },
];
