import type { Node, Parser } from 'web-tree-sitter';
import { ownValue } from '../../kernel/own.ts';
import { failed, passed, quote, type CheckResult } from './check-result.ts';
import { createPathValidator, type PathRules } from './path.ts';
import { loadBashParser } from './shell-parser.ts';

/** Options of one shell-command argument. */
export interface ShellRules {
  /** Allowed program names (or exact absolute paths). */
  readonly commands: readonly string[];
  readonly allowPipes: boolean;
  readonly allowChaining: boolean;
  readonly allowRedirects: boolean;
  /** Workspace rules that redirection targets must satisfy. */
  readonly workspace: Omit<PathRules, 'mode'>;
}

const maxCommandLength = 10_000;
const maxNesting = 3;

// Builtins that run a string or a file as code, or replace the shell: never allowed, whatever the allowlist says.
const evaluators = new Set(['eval', 'exec', 'source', '.', 'trap', 'alias', 'enable', 'coproc', 'fc', 'mapfile', 'readarray', 'let', 'declare', 'typeset', 'export', 'readonly', 'local', 'set', 'shopt', 'unset', 'hash', 'builtin', 'command']);
// Programs that run another program given as an argument: the real command would escape the allowlist.
const wrappers = new Set(['env', 'xargs', 'sudo', 'doas', 'su', 'nohup', 'timeout', 'nice', 'ionice', 'stdbuf', 'busybox', 'time', 'setsid', 'chroot', 'strace', 'ltrace', 'gdb', 'script', 'watch', 'parallel', 'unbuffer', 'flock', 'runuser', 'chrt', 'taskset', 'systemd-run', 'ssh']);
const shells = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'mksh', 'fish', 'csh', 'tcsh', 'rbash']);
const interpreter = /^(sh|bash|dash|zsh|ksh|ash|mksh|fish|csh|tcsh|rbash|python[\d.]*|pypy[\d.]*|node|nodejs|deno|bun|perl[\d.]*|ruby[\d.]*|irb|php[\d.]*|lua[\d.]*|luajit|tclsh[\d.]*|wish|pwsh|powershell|osascript|expect|jshell|rscript|r|busybox)$/i;
const inlineCodeFlags: Record<string, readonly string[]> = { python: ['-c'], node: ['-e', '--eval', '-p', '--print'], perl: ['-e', '-E'], ruby: ['-e'], php: ['-r'], lua: ['-e'] };
// Flags and program text that make an otherwise harmless program run a command of the caller's choosing.
const execFlags: Record<string, readonly string[]> = {
  find: ['-exec', '-execdir', '-ok', '-okdir', '-delete', '-fprint', '-fprint0', '-fprintf', '-fls'],
  tar: ['--to-command', '--checkpoint-action', '--use-compress-program', '-I', '--info-script', '--new-volume-script', '-F'],
  git: ['-c', '--upload-pack', '--receive-pack', '--exec', '--config-env'],
  rsync: ['-e', '--rsh', '--rsync-path'],
  zip: ['-TT', '--unzip-command'],
};
const execText: Record<string, RegExp> = {
  git: /core\.(sshcommand|pager|editor|fsmonitor|hookspath)|--upload-pack|--receive-pack/i,
  awk: /system\s*\(|\||getline/, gawk: /system\s*\(|\||getline/, mawk: /system\s*\(|\||getline/, nawk: /system\s*\(|\||getline/,
  sed: /\/[a-zA-Z0-9]*[ew][a-zA-Z0-9]*\s*$|(^|[;{\n])\s*[ew](\s|$)/,
};
// Node types that are plain data or structure the checks below already cover.
const passive = new Set(['program', 'command_name', 'word', 'string', 'string_content', 'raw_string', 'concatenation', 'number', 'file_descriptor', 'ansi_c_string', 'comment', 'negated_command']);

function staticText(node: Node): string | undefined {
  if (node.type === 'word' || node.type === 'number') return node.text.includes('\\') ? undefined : node.text;
  if (node.type === 'raw_string') return node.text.slice(1, -1);
  if (node.type === 'string') {
    const parts = node.namedChildren;
    if (parts.some((part) => part === null || part.type !== 'string_content')) return undefined;
    return node.text.slice(1, -1).includes('\\') ? undefined : node.text.slice(1, -1);
  }
  return undefined;
}

function baseInterpreter(name: string): string {
  return name.toLowerCase().replace(/[\d.]+$/, '').replace(/^nodejs$/, 'node');
}

/** Builds a shell validator that parses with tree-sitter-bash and checks every simple command, pipeline, list, redirect and expansion; unparsable input is denied. */
export function createShellValidator(rules: ShellRules, parser: Promise<Parser> = loadBashParser()): (value: unknown) => Promise<CheckResult> {
  const allowed = new Set(rules.commands);
  const writeTarget = createPathValidator({ ...rules.workspace, mode: 'write' });
  const readTarget = createPathValidator({ ...rules.workspace, mode: 'read' });
  // A rejected load must not become an unhandled rejection before the first check awaits it.
  parser.catch(() => undefined);

  function checkRedirect(node: Node): CheckResult {
    if (node.type === 'heredoc_redirect') return failed('gate.shell.redirect', 'here-documents are not allowed');
    const operator = node.children.find((child) => child !== null && !child.isNamed)?.text ?? '';
    const destination = node.namedChildren.filter((child) => child !== null && child.type !== 'file_descriptor').at(-1);
    if (destination === undefined || destination === null) return failed('gate.shell.unparsable', 'redirect without a target');
    if ((operator === '>&' || operator === '<&') && /^\d+$|^-$/.test(destination.text)) return passed;
    if (!rules.allowRedirects) return failed('gate.shell.redirect', `redirection ${quote(node.text)} is not allowed`);
    if (node.type === 'herestring_redirect') return passed;
    const target = staticText(destination);
    if (target === undefined || /[~*?[{$`]/.test(target)) return failed('gate.shell.redirect-outside', `redirect target ${quote(destination.text)} is not a plain path`);
    if (target === '/dev/null') return passed;
    const result = (operator.startsWith('<') ? readTarget : writeTarget)(target);
    return result.ok ? passed : failed('gate.shell.redirect-outside', `redirect target ${quote(target)}: ${result.reason}`);
  }

  async function checkCommand(node: Node, nesting: number, inPipeline: boolean): Promise<CheckResult> {
    const nameNode = node.childForFieldName('name');
    if (nameNode === null) return failed('gate.shell.env-assignment', 'variable assignments are not allowed');
    const word = nameNode.namedChildren[0];
    const name = word === undefined || word === null || word.type !== 'word' ? undefined : staticText(word);
    if (name === undefined || /[*?[\]{}~]/.test(name)) return failed('gate.shell.dynamic-command', `command name ${quote(nameNode.text)} is not a plain word`);
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    if (evaluators.has(base)) return failed('gate.shell.eval', `'${base}' runs arbitrary code`);
    if (wrappers.has(base)) return failed('gate.shell.wrapper', `'${base}' runs another command`);
    if (inPipeline && interpreter.test(base)) return failed('gate.shell.interpreter-pipe', `piping into the interpreter '${base}' is not allowed`);
    if (!allowed.has(name)) return failed('gate.shell.command', `command '${name}' is not allowed`);
    const argumentNodes = node.childrenForFieldName('argument').filter((child): child is Node => child !== null);
    const argumentTexts = argumentNodes.map((child) => staticText(child) ?? child.text);
    const flags = ownValue(execFlags, base) ?? [];
    const pattern = ownValue(execText, base);
    if (argumentTexts.some((text) => flags.some((flag) => text === flag || text.startsWith(`${flag}=`)) || pattern?.test(text) === true)) {
      return failed('gate.shell.exec-flag', `'${base}' with these arguments runs other commands`);
    }
    if (shells.has(base)) {
      const commandIndex = argumentTexts.findIndex((text) => /^-[a-z]*c[a-z]*$/i.test(text));
      if (commandIndex === -1) return failed('gate.shell.inline-code', `'${base}' may only run a -c command string`);
      const script = argumentNodes[commandIndex + 1] === undefined ? undefined : staticText(argumentNodes[commandIndex + 1]!);
      if (script === undefined) return failed('gate.shell.dynamic-command', `the ${base} -c string is not static`);
      if (nesting + 1 > maxNesting) return failed('gate.shell.nesting', `shells nested deeper than ${maxNesting}`);
      return checkScript(script, nesting + 1);
    }
    const inlineFlags = ownValue(inlineCodeFlags, baseInterpreter(base));
    if (inlineFlags !== undefined && argumentTexts.some((text) => inlineFlags.includes(text))) return failed('gate.shell.inline-code', `inline code for '${base}' cannot be checked`);
    return passed;
  }

  async function visit(node: Node, nesting: number, inPipeline: boolean): Promise<CheckResult> {
    switch (node.type) {
      case 'command_substitution': case 'process_substitution': return failed('gate.shell.substitution', `substitution ${quote(node.text)} is not allowed`);
      case 'simple_expansion': case 'expansion': case 'arithmetic_expansion': return failed('gate.shell.expansion', `expansion ${quote(node.text)} is not allowed`);
      case 'variable_assignment': case 'variable_assignments': case 'declaration_command': case 'unset_command': return failed('gate.shell.env-assignment', `assignment ${quote(node.text)} is not allowed`);
      case 'list': if (!rules.allowChaining) return failed('gate.shell.chaining', 'command lists (&&, ||) are not allowed'); break;
      case 'pipeline': {
        const stages = node.namedChildren.filter((child): child is Node => child !== null);
        for (const [index, stage] of stages.entries()) {
          const result = await visit(stage, nesting, index > 0);
          if (!result.ok) return result;
        }
        return rules.allowPipes ? passed : failed('gate.shell.pipe', 'pipelines are not allowed');
      }
      case 'redirected_statement':
        for (const child of node.childrenForFieldName('redirect')) {
          if (child === null) continue;
          const result = checkRedirect(child);
          if (!result.ok) return result;
        }
        break;
      case 'file_redirect': case 'heredoc_redirect': case 'herestring_redirect': return checkRedirect(node);
      case 'command': {
        const result = await checkCommand(node, nesting, inPipeline);
        if (!result.ok) return result;
        break;
      }
      default:
        if (!passive.has(node.type)) return failed('gate.shell.construct', `shell construct '${node.type}' is not allowed`);
    }
    for (const child of node.namedChildren) {
      if (child === null || (node.type === 'redirected_statement' && child.type.endsWith('_redirect'))) continue;
      const result = await visit(child, nesting, false);
      if (!result.ok) return result;
    }
    return passed;
  }

  async function checkScript(text: string, nesting: number): Promise<CheckResult> {
    if (text.includes('\0')) return failed('gate.shell.unparsable', 'command contains a NUL byte');
    const tree = (await parser).parse(text);
    if (tree === null) return failed('gate.shell.unparsable', 'the shell parser gave up');
    try {
      const root = tree.rootNode;
      if (root.hasError) return failed('gate.shell.unparsable', `command ${quote(text)} does not parse as a shell command`);
      const statements = root.namedChildren.filter((child) => child !== null && child.type !== 'comment');
      if (statements.length === 0) return failed('gate.shell.empty', 'command is empty');
      if (root.children.some((child) => child !== null && child.type === '&')) return failed('gate.shell.background', 'background jobs are not allowed');
      if (statements.length > 1 && !rules.allowChaining) return failed('gate.shell.chaining', 'more than one command is not allowed');
      return await visit(root, nesting, false);
    } finally {
      tree.delete();
    }
  }

  return async (value) => {
    if (typeof value !== 'string') return failed('gate.shell.type', 'command must be a string');
    if (value.length > maxCommandLength) return failed('gate.shell.too-long', `command is longer than ${maxCommandLength} characters`);
    return checkScript(value, 0);
  };
}
