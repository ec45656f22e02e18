// Runs inside the confined process (bwrap + seccomp + Node permission model): loads Pyodide, reports
// ready, runs exactly one request from stdin, streams output frames and exits. It imports nothing but
// Node built-ins and Pyodide, because the permission model lets it read only its own files.
// Frames, one JSON object per line on stdout: {t:'ready'} | {t:'out'|'err', s} | {t:'done', exitCode, files, limitsHit, error?}.
import { constants as fsConstants } from 'node:fs';
import { constants as osConstants } from 'node:os';

/** One request from the host. */
interface WorkerRequest {
  readonly code: string;
  /** Workspace files, base64. */
  readonly files: Record<string, string>;
  readonly outputBytes: number;
  readonly filesBytes: number;
}

interface PyodideFileSystem {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array;
  readdir(path: string): string[];
  lstat(path: string): { mode: number; size: number };
  isFile(mode: number): boolean;
  isDir(mode: number): boolean;
  chdir(path: string): void;
}

interface Pyodide {
  FS: PyodideFileSystem;
  runPython(code: string): unknown;
  setInterruptBuffer(buffer: Int32Array): void;
  setStdout(options: { write: (bytes: Uint8Array) => number }): void;
  setStderr(options: { write: (bytes: Uint8Array) => number }): void;
  globals: { set(name: string, value: unknown): void };
}

const writeFrame = ((write) => (frame: Record<string, unknown>): void => { write(`${JSON.stringify(frame)}\n`); })(process.stdout.write.bind(process.stdout));

// Pyodide's loader reads fs constants through process.binding, which the permission model forbids.
(process as unknown as { binding: (name: string) => unknown }).binding = (name: string) => {
  if (name === 'constants') return { fs: fsConstants, os: osConstants };
  throw new Error('process.binding is not available in the sandbox');
};

const pyodideDirectory = process.argv[2] ?? '';
const { loadPyodide } = (await import(`${pyodideDirectory}/pyodide.mjs`)) as { loadPyodide: (options: Record<string, unknown>) => Promise<Pyodide> };
// jsglobals: the `js` module sees an empty object instead of the worker's globalThis (a speed bump; the fences are outside).
const pyodide = await loadPyodide({ indexURL: `${pyodideDirectory}/`, jsglobals: Object.create(null) as object, env: { HOME: '/workspace' }, stdin: () => null });

// Closes the in-process doors to JavaScript before guest code runs; guest code that still finds a way
// reaches only a process with no network, no file system beyond Pyodide's own files and no child processes.
pyodide.runPython(`
import sys
_blocked = ('js', 'pyodide_js', 'pyodide', '_pyodide', '_pyodide_core', 'micropip', 'pyodide_http')
class _Deny:
    blocked = _blocked
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in self.blocked:
            raise ImportError(f"module '{name}' is not available in the sandbox")
        return None
for _name in list(sys.modules):
    if _name.split('.')[0] in _blocked:
        del sys.modules[_name]
sys.meta_path.insert(0, _Deny())
del _Deny, _name, _blocked
`);

const interrupt = new Int32Array(new SharedArrayBuffer(4));
pyodide.setInterruptBuffer(interrupt);

const request = await new Promise<WorkerRequest>((resolve, reject) => {
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    const end = buffered.indexOf('\n');
    if (end >= 0) resolve(JSON.parse(buffered.slice(0, end)) as WorkerRequest);
  });
  process.stdin.on('end', () => reject(new Error('stdin closed before a request arrived')));
  writeFrame({ t: 'ready' });
});

const limitsHit = new Set<string>();
let outputUsed = 0;
const decoder = new TextDecoder();
const stream = (type: 'out' | 'err') => (bytes: Uint8Array): number => {
  const room = request.outputBytes - outputUsed;
  if (room > 0) {
    const slice = bytes.length > room ? bytes.subarray(0, room) : bytes;
    outputUsed += slice.length;
    writeFrame({ t: type, s: decoder.decode(slice) });
  }
  if (bytes.length > room) {
    limitsHit.add('output');
    interrupt[0] = 2; // SIGINT: Python raises KeyboardInterrupt at its next check, ending an output flood early.
  }
  return bytes.length;
};
pyodide.setStdout({ write: stream('out') });
pyodide.setStderr({ write: stream('err') });

const workspace = '/workspace';
pyodide.FS.mkdirTree(workspace);
for (const [name, content] of Object.entries(request.files)) {
  const path = `${workspace}/${name}`;
  pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
  pyodide.FS.writeFile(path, Buffer.from(content, 'base64'));
}
pyodide.FS.chdir(workspace);

let exitCode = 0;
let error: string | undefined;
try {
  pyodide.globals.set('__rampart_code', request.code);
  pyodide.runPython(`
import sys, traceback
_code = __rampart_code
del globals()['__rampart_code']
try:
    exec(compile(_code, '<sandbox>', 'exec'), {'__name__': '__main__'})
except SystemExit as _exit:
    _rampart_exit = _exit.code if isinstance(_exit.code, int) else (0 if _exit.code is None else 1)
    if _exit.code is not None and not isinstance(_exit.code, int):
        print(_exit.code, file=sys.stderr)
    raise SystemExit(_rampart_exit)
except BaseException as _error:
    try:
        traceback.print_exc()
    except BaseException:
        print(f'{type(_error).__name__}: {_error}', file=sys.stderr)
    raise SystemExit(1)
finally:
    for _stream in (sys.stdout, sys.stderr):
        try:
            _stream.flush()
        except BaseException:
            pass
`);
} catch (thrown) {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const match = /SystemExit: (-?\d+)\s*$/.exec(message);
  exitCode = match === null ? 1 : Number(match[1]);
  if (match === null) error = message.slice(-2000);
}

const files: Record<string, string> = {};
let filesUsed = 0;
const collect = (directory: string, prefix: string): void => {
  for (const name of pyodide.FS.readdir(directory)) {
    if (name === '.' || name === '..') continue;
    const path = `${directory}/${name}`;
    const stat = pyodide.FS.lstat(path);
    if (pyodide.FS.isDir(stat.mode)) collect(path, `${prefix}${name}/`);
    else if (pyodide.FS.isFile(stat.mode)) {
      if (filesUsed + stat.size > request.filesBytes) { limitsHit.add('files'); continue; }
      filesUsed += stat.size;
      files[`${prefix}${name}`] = Buffer.from(pyodide.FS.readFile(path)).toString('base64');
    }
  }
};
collect(workspace, '');
writeFrame({ t: 'done', exitCode, files, limitsHit: [...limitsHit], ...(error === undefined ? {} : { error }) });
process.exit(0);
