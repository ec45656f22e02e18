import type { Finding } from '../../kernel/verdict.ts';
import type { ToolDefinition } from '../tool-definition.ts';
import type { ConfiguredServer } from './client-configs.ts';

const secretValue = /^(?:sk-[A-Za-z0-9_-]{16,}|sk-ant-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,})$/;
const secretName = /(?:secret|token|password|passwd|api[_-]?key|private[_-]?key|credential)/i;
const launchers = new Set(['npx', 'uvx', 'bunx', 'pnpx']);

function finding(ruleId: string, severity: Finding['severity'], evidence: string): Finding {
  return { ruleId, layer: 'mcp', severity, evidence };
}

/** Risks visible in a config entry alone, before any server is started. */
export function configRisks(server: ConfiguredServer): Finding[] {
  const findings: Finding[] = [];
  for (const [name, value] of Object.entries(server.env)) {
    // Only the variable name is reported: the report must never repeat the secret it found.
    if (secretValue.test(value) || (secretName.test(name) && value.length >= 12 && !/^\$\{/.test(value))) {
      findings.push(finding('mcp.config.secret-in-config', 'medium', `env ${name} holds a literal secret in the config file; reference it from the environment or a secrets store`));
    }
  }
  const command = server.command?.split(/[\\/]/).at(-1)?.replace(/\.(?:cmd|exe)$/i, '');
  if (command !== undefined && launchers.has(command)) {
    const pkg = server.args.find((argument) => !argument.startsWith('-'));
    if (pkg !== undefined && !/^(?:@[^/]+\/)?[^@]+@\d/.test(pkg)) findings.push(finding('mcp.config.unpinned-package', 'medium', `${command} ${pkg}: package is not pinned to a version; a new release runs without review`));
  }
  if (command === 'docker' && server.args.some((argument) => argument === '--privileged' || /^(?:-v|--volume)=?\/:/.test(argument) || argument === '--network=host')) {
    findings.push(finding('mcp.config.privileged-container', 'high', 'docker runs privileged, with the host network or the host root mounted'));
  }
  if (command === 'sudo') findings.push(finding('mcp.config.runs-as-root', 'high', 'the server is started with sudo'));
  if (server.url !== undefined) {
    try {
      const url = new URL(server.url);
      const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      if (url.protocol === 'http:' && !loopback) findings.push(finding('mcp.config.cleartext-remote', 'high', `${url.host}: remote server over plain http`));
    } catch {
      findings.push(finding('mcp.config.bad-url', 'medium', 'the url is not a valid URL'));
    }
  }
  if (!server.wrapped) findings.push(finding('mcp.config.not-wrapped', 'info', 'not behind `rampart mcp wrap`: calls are not gated, results not inspected'));
  return findings;
}

const capabilityRules: readonly { ruleId: string; severity: Finding['severity']; what: string; pattern: RegExp }[] = [
  { ruleId: 'mcp.capability.code-execution', severity: 'high', what: 'runs code or shell commands', pattern: /\b(?:exec(?:ute)?|shell|bash|terminal|run[_ -]?(?:command|code|script)|eval(?:uate)?[_ -]?(?:code|js|python)?|subprocess|spawn)\b/i },
  { ruleId: 'mcp.capability.file-write', severity: 'medium', what: 'writes, moves or deletes files', pattern: /\b(?:write|edit|delete|remove|move|rename)[_ -]?(?:file|files|directory|dir)\b|\b(?:rm|unlink|mkdir)\b/i },
  { ruleId: 'mcp.capability.network-send', severity: 'medium', what: 'sends data out (an exfiltration sink)', pattern: /\b(?:send|post|upload|publish|tweet|email|slack|webhook|http[_ -]?request|fetch[_ -]?url)\b/i },
  { ruleId: 'mcp.capability.payments', severity: 'high', what: 'moves money', pattern: /\b(?:payment|refund|transfer|charge|invoice|payout|wire)\b/i },
  { ruleId: 'mcp.capability.credentials', severity: 'high', what: 'reads or manages credentials', pattern: /\b(?:credential|password|secret|api[_ -]?key|token|keychain|vault)s?\b/i },
];

/** Risky capabilities a tool advertises by name, description or annotations. */
export function toolCapabilities(definition: ToolDefinition & { annotations?: unknown }): Finding[] {
  const text = `${definition.name} ${definition.title ?? ''} ${definition.description ?? ''}`;
  const findings: Finding[] = [];
  for (const rule of capabilityRules) if (rule.pattern.test(text)) findings.push(finding(rule.ruleId, rule.severity, `${definition.name}: ${rule.what}`));
  const annotations = definition.annotations as { destructiveHint?: unknown; readOnlyHint?: unknown } | undefined;
  if (annotations?.destructiveHint === true && annotations.readOnlyHint !== true) findings.push(finding('mcp.capability.destructive', 'medium', `${definition.name}: declares destructiveHint`));
  return findings;
}
