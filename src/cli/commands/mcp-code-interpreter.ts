import { parseArgs } from 'node:util';
import { serveCodeInterpreter } from '../../mcp/code-interpreter.ts';
import { exitCodes, type Command } from '../io.ts';
import { cliSandbox, positiveInteger } from './sandbox-shared.ts';

const help = `usage: rampart mcp code-interpreter [--policy FILE] [--timeout MS] [--memory MB] [--data-dir DIR]

Serves an MCP server on stdio with two tools, run_javascript and run_python, backed by the
Rampart sandbox (QuickJS/WebAssembly in process; Pyodide in a bubblewrap + seccomp confined process).
Python workers are pre-started (sandbox.pool_size) so calls are fast.
  --policy FILE   take the sandbox section (limits, python mode, pool size) from a policy file
  --timeout MS    wall-clock limit per call
  --memory MB     memory cap per call
  --data-dir DIR  audit trail location (default: policy storage.data_dir, RAMPART_DATA_DIR, ./.rampart);
                  every run is audited there and the trail is flushed and closed when stdin ends
Example client configuration: {"command": "rampart", "args": ["mcp", "code-interpreter"]}
`;

/** `rampart mcp code-interpreter`: an MCP stdio server exposing the sandbox as tools. */
export const mcpCodeInterpreter: Command = async (args, io) => {
  const { values } = parseArgs({ args, strict: true, options: { policy: { type: 'string' }, timeout: { type: 'string' }, memory: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) { io.stdout.write(help); return exitCodes.ok; }
  const opened = await cliSandbox({ policy: values.policy, dataDir: values['data-dir'], timeMs: positiveInteger(values.timeout, '--timeout'), memoryMb: positiveInteger(values.memory, '--memory') }, io);
  const { sandbox } = opened;
  try {
    // Warm in the background: the server answers initialize at once, and the first Python call waits for a worker.
    void sandbox.warmUp().catch(() => undefined);
    await serveCodeInterpreter({ sandbox, stdin: io.stdin as NodeJS.ReadStream, stdout: io.stdout as NodeJS.WriteStream });
    return exitCodes.ok;
  } finally {
    await opened.close();
  }
};
