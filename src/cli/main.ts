import { fail, type Command, type CommandIo } from './io.ts';

/** Command table: the words after `rampart` map to a lazily loaded command module. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  'audit verify': { summary: 'verify the audit chain and signed checkpoints', load: async () => (await import('./commands/audit-verify.ts')).auditVerify },
  'audit tail': { summary: 'print the newest audit events (--follow to keep watching)', load: async () => (await import('./commands/audit-tail.ts')).auditTail },
  'audit export': { summary: 'export audit events as JSON Lines for a SIEM', load: async () => (await import('./commands/audit-export.ts')).auditExport },
  'audit pubkey': { summary: 'print the audit checkpoint public key (PEM)', load: async () => (await import('./commands/audit-pubkey.ts')).auditPubkey },
  'policy check': { summary: 'validate policy files and print every problem', load: async () => (await import('./commands/policy-check.ts')).policyCheck },
  'policy schema': { summary: 'print the JSON Schema of the policy file', load: async () => (await import('./commands/policy-schema.ts')).policySchemaCommand },
  'scan': { summary: 'inspect text for prompt injection (--jsonl streaming, --output mode)', load: async () => (await import('./commands/scan.ts')).scan },
  'eval': { summary: 'evaluate the detector on labelled JSONL: recall, FPR, ROC AUC, latency', load: async () => (await import('./commands/eval.ts')).evalCommand },
  'attacks add': { summary: 'add a known attack to the similarity index', load: async () => (await import('./commands/attacks-add.ts')).attacksAdd },
  'gate check': { summary: 'check one tool call against the policy (JSON in, verdict out)', load: async () => (await import('./commands/gate-check.ts')).gateCheck },
  'capability': { summary: 'issue, attenuate, verify or revoke task capability tokens', load: async () => (await import('./commands/capability.ts')).capability },
  'approvals list': { summary: 'list pending and decided approvals', load: async () => (await import('./commands/approvals.ts')).approvalsList },
  'approvals show': { summary: 'show one approval with its arguments', load: async () => (await import('./commands/approvals.ts')).approvalsShow },
  'approvals approve': { summary: 'sign and record a grant for a pending approval', load: async () => (await import('./commands/approvals.ts')).approvalsApprove },
  'approvals deny': { summary: 'sign and record a denial for a pending approval', load: async () => (await import('./commands/approvals.ts')).approvalsDeny },
  'sandbox run': { summary: 'run js, python or sh code confined (QuickJS/Pyodide WASM, bubblewrap + seccomp)', load: async () => (await import('./commands/sandbox-run.ts')).sandboxRun },
  'mcp code-interpreter': { summary: 'MCP stdio server with run_javascript and run_python backed by the sandbox', load: async () => (await import('./commands/mcp-code-interpreter.ts')).mcpCodeInterpreter },
  'mcp wrap': { summary: 'stdio MCP gateway: run an MCP server behind the firewall', load: async () => (await import('./commands/mcp-wrap.ts')).mcpWrap },
  'mcp serve': { summary: 'Streamable HTTP MCP gateway with bearer auth, in front of an HTTP or stdio server', load: async () => (await import('./commands/mcp-serve.ts')).mcpServe },
  'mcp scan': { summary: 'audit MCP client configs: poisoning, shadowing, risky capabilities, changes', load: async () => (await import('./commands/mcp-scan.ts')).mcpScan },
  'mcp pins': { summary: 'list, approve or remove pinned MCP tool definitions', load: async () => (await import('./commands/mcp-pins.ts')).mcpPins },
  'serve': { summary: 'start the HTTP proxy, approvals API and health endpoints', load: async () => (await import('./commands/serve.ts')).serve },
  'replay': { summary: 'replay a recorded conversation through the firewall, one decision per step', load: async () => (await import('./commands/replay.ts')).replay },
  'demo': { summary: 'run the seed attacks through the real proxy against an offline stand-in model', load: async () => (await import('./commands/demo.ts')).demo },
};

function usage(io: CommandIo): void {
  io.stdout.write('usage: rampart <command> [options]\n\ncommands:\n');
  for (const [name, command] of Object.entries(commands)) io.stdout.write(`  ${name.padEnd(22)} ${command.summary}\n`);
  io.stdout.write('\nrun `rampart <command> --help` for the options of one command\n');
}

/** Runs the CLI with the given argument words and returns the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    usage(io);
    return argv.length === 0 ? 2 : 0;
  }
  // Longest match first so `mcp wrap` wins over a hypothetical `mcp`.
  for (let words = Math.min(argv.length, 2); words >= 1; words--) {
    const name = argv.slice(0, words).join(' ');
    if (!Object.hasOwn(commands, name)) continue;
    try {
      const command = await commands[name]!.load();
      return await command(argv.slice(words), io);
    } catch (error) {
      return fail(io, error);
    }
  }
  io.stderr.write(`rampart: unknown command '${argv.slice(0, 2).join(' ')}'; run \`rampart --help\`\n`);
  return 2;
}
