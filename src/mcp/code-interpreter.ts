import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { errorMessage, isRampartError } from '../kernel/errors.ts';
import type { RunResult, Sandbox, SandboxLanguage } from '../sandbox/index.ts';

/** Options for the code-interpreter MCP server. */
export interface CodeInterpreterOptions {
  /** The sandbox that runs every tool call; the server owns no isolation of its own. */
  readonly sandbox: Sandbox;
  readonly stdin?: Readable;
  readonly stdout?: Writable;
}

const runInput = z.object({
  code: z.string().max(1_000_000).describe('The program to run.'),
  files: z.record(z.string(), z.string()).optional().describe('Workspace files (UTF-8 text) by relative path, available to the program.'),
  timeout_ms: z.number().int().positive().optional().describe('Wall-clock limit; never above the policy limit.'),
});

/** Splits returned files into UTF-8 text and base64 for anything that is not valid UTF-8. */
function encodeFiles(files: RunResult['files']): { files: Record<string, string>; filesBase64: Record<string, string> } {
  const text: Record<string, string> = {};
  const binary: Record<string, string> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, bytes] of Object.entries(files)) {
    try { text[name] = decoder.decode(bytes); } catch { binary[name] = Buffer.from(bytes).toString('base64'); }
  }
  return { files: text, filesBase64: binary };
}

function summary(result: RunResult): string {
  const parts = [`exit code ${result.exitCode}${result.limitsHit.length > 0 ? ` (limits hit: ${result.limitsHit.join(', ')})` : ''}`];
  if (result.stdout !== '') parts.push(`stdout:\n${result.stdout}`);
  if (result.stderr !== '') parts.push(`stderr:\n${result.stderr}`);
  const names = Object.keys(result.files);
  if (names.length > 0) parts.push(`files: ${names.join(', ')}`);
  for (const note of result.notes) parts.push(`note: ${note}`);
  return parts.join('\n');
}

/** Builds the MCP server exposing `run_javascript` and `run_python`, each backed by the sandbox. */
export function createCodeInterpreterServer(sandbox: Sandbox): McpServer {
  const server = new McpServer({ name: 'rampart-code-interpreter', version: '0.1.0' });
  const register = (name: string, language: SandboxLanguage, description: string) => {
    server.registerTool(name, { description, inputSchema: runInput }, async (input) => {
      try {
        const result = await sandbox.run({ language, code: input.code, ...(input.files === undefined ? {} : { files: input.files }), ...(input.timeout_ms === undefined ? {} : { limits: { timeMs: input.timeout_ms } }) });
        return {
          content: [{ type: 'text' as const, text: summary(result) }],
          structuredContent: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, limitsHit: [...result.limitsHit], durationMs: result.durationMs, isolation: result.isolation, ...encodeFiles(result.files) },
          isError: result.exitCode !== 0,
        };
      } catch (error) {
        const code = isRampartError(error) ? error.code : 'SANDBOX_FAILED';
        return { content: [{ type: 'text' as const, text: `${code}: ${errorMessage(error)}` }], isError: true };
      }
    });
  };
  register('run_javascript', 'javascript', 'Run JavaScript in an isolated QuickJS (WebAssembly) interpreter. console.log output is returned; a global `fs` (readFile, readFileBytes, writeFile, exists, remove, list) works on the workspace files. No network, no host APIs.');
  register('run_python', 'python', 'Run Python 3 (Pyodide, standard library only) in a confined process. print output is returned; files passed in are in the working directory and every file left there is returned. No network.');
  return server;
}

/** Serves the code interpreter over stdio until the client disconnects; resolves when the connection ends. */
export async function serveCodeInterpreter(options: CodeInterpreterOptions): Promise<void> {
  const server = createCodeInterpreterServer(options.sandbox);
  const transport = new StdioServerTransport(options.stdin, options.stdout);
  const input = options.stdin ?? process.stdin;
  const closed = new Promise<void>((resolve) => {
    // The client hanging up (stdin ends) ends the server as well as an explicit close does.
    input.once('end', () => resolve());
    input.once('close', () => resolve());
    server.server.onclose = () => resolve();
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
