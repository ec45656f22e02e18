import { newQuickJSWASMModuleFromVariant, RELEASE_SYNC, type QuickJSContext, type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten';
import { createOutputCapture } from './output-capture.ts';
import type { LimitName, ResolvedLimits } from './run-types.ts';
import { sanitiseGuestMessage, workspacePathProblem } from './workspace-paths.ts';

/** Result of one JavaScript run, before the sandbox adds timing and audit. */
export interface JavaScriptOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly files: Map<string, Uint8Array>;
  readonly exitCode: number;
  readonly limitsHit: LimitName[];
}

/** Runs JavaScript in QuickJS compiled to WebAssembly; the guest has no host APIs beyond console and `fs`. */
export interface JavaScriptRunner {
  run(code: string, files: Map<string, Uint8Array>, limits: ResolvedLimits): JavaScriptOutcome;
}

// 256 KiB: deep recursion then ends as a clean guest "stack overflow" instead of a host RangeError.
const maxStackBytes = 256 * 1024;
const maxErrorLength = 2000;

// Installed before guest code: wraps the raw host functions in a small `fs` and `console`, then removes
// them from the global object so the guest holds only the wrappers.
const prelude = `(() => {
  const host = globalThis.__rampart;
  delete globalThis.__rampart;
  const format = (args) => args.map((value) => typeof value === 'string' ? value : (() => { try { return JSON.stringify(value) ?? String(value); } catch { return String(value); } })()).join(' ') + '\\n';
  const print = (stream) => (...args) => { host.write(stream, format(args)); };
  globalThis.console = Object.freeze({ log: print(1), info: print(1), debug: print(1), warn: print(2), error: print(2) });
  const toBytes = (data) => typeof data === 'string' ? data : data instanceof ArrayBuffer ? data : ArrayBuffer.isView(data) ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : String(data);
  globalThis.fs = Object.freeze({
    readFile: (name) => { const text = host.readText(String(name)); if (text === undefined) throw new Error('ENOENT: no such file: ' + name); return text; },
    readFileBytes: (name) => { const bytes = host.readBytes(String(name)); if (bytes === undefined) throw new Error('ENOENT: no such file: ' + name); return new Uint8Array(bytes); },
    writeFile: (name, data) => { host.writeFile(String(name), toBytes(data)); },
    exists: (name) => host.exists(String(name)),
    remove: (name) => host.remove(String(name)),
    list: () => JSON.parse(host.list()),
  });
})();`;

/** Loads the QuickJS WebAssembly module once; each run gets a fresh runtime and context, so no guest state survives a run. */
export async function createJavaScriptRunner(): Promise<JavaScriptRunner> {
  const module: QuickJSWASMModule = await newQuickJSWASMModuleFromVariant(RELEASE_SYNC);
  return {
    run(code, inputFiles, limits) {
      const files = new Map(inputFiles);
      const output = createOutputCapture(limits.outputBytes);
      const limitsHit = new Set<LimitName>();
      const deadline = performance.now() + limits.timeMs;
      const runtime = module.newRuntime();
      runtime.setMemoryLimit(limits.memoryMb * 1024 * 1024);
      runtime.setMaxStackSize(maxStackBytes);
      runtime.setInterruptHandler(() => {
        if (output.truncated) return true;
        if (performance.now() < deadline) return false;
        limitsHit.add('time');
        return true;
      });
      const context = runtime.newContext();
      let exitCode = 0;
      try {
        installHost(context, files, output, limits.filesBytes, limitsHit);
        context.unwrapResult(context.evalCode(prelude, 'prelude.js')).dispose();
        const result = context.evalCode(code, 'sandbox.js');
        let failure: QuickJSHandle | undefined;
        if (result.error !== undefined) failure = result.error;
        else {
          const value = result.value;
          drainJobs(context, runtime, limitsHit);
          const state = context.getPromiseState(value);
          if (state.type === 'rejected') failure = state.error;
          else if (state.type === 'fulfilled' && state.notAPromise !== true) state.value.dispose();
          value.dispose();
        }
        if (failure !== undefined) {
          exitCode = 1;
          const message = describeError(context, failure);
          failure.dispose();
          classifyFailure(message, limitsHit, output.truncated);
          output.write('stderr', `${sanitiseGuestMessage(message, [], maxErrorLength)}\n`);
        }
      } finally {
        context.dispose();
        runtime.dispose();
      }
      if (output.truncated) limitsHit.add('output');
      return { ...output.finish(), files, exitCode, limitsHit: [...limitsHit] };
    },
  };
}

function drainJobs(context: QuickJSContext, runtime: ReturnType<QuickJSWASMModule['newRuntime']>, limitsHit: Set<LimitName>): void {
  for (;;) {
    const jobs = runtime.executePendingJobs(1000);
    if (jobs.error !== undefined) {
      const message = describeError(context, jobs.error);
      jobs.error.dispose();
      classifyFailure(message, limitsHit, false);
      return;
    }
    if (jobs.value === 0) return;
  }
}

function classifyFailure(message: string, limitsHit: Set<LimitName>, outputTruncated: boolean): void {
  if (/out of memory/i.test(message)) limitsHit.add('memory');
  else if (/stack overflow/i.test(message)) limitsHit.add('stack');
  else if (/interrupted/i.test(message) && !outputTruncated && !limitsHit.has('time')) limitsHit.add('time');
}

function describeError(context: QuickJSContext, handle: QuickJSHandle): string {
  try {
    const value = context.dump(handle) as unknown;
    if (typeof value === 'object' && value !== null) {
      const record = value as { name?: unknown; message?: unknown; stack?: unknown };
      const head = `${typeof record.name === 'string' ? record.name : 'Error'}: ${typeof record.message === 'string' ? record.message : ''}`;
      const stack = typeof record.stack === 'string' ? record.stack.split('\n').slice(0, 10).join('\n') : '';
      return stack === '' ? head : `${head}\n${stack}`;
    }
    return `Uncaught ${String(value)}`;
  } catch {
    return 'Error: (the error could not be described)';
  }
}

function installHost(context: QuickJSContext, files: Map<string, Uint8Array>, output: ReturnType<typeof createOutputCapture>, filesBytes: number, limitsHit: Set<LimitName>): void {
  const host = context.newObject();
  const fail = (message: string) => ({ error: context.newError(message) });
  const checkedName = (handle: QuickJSHandle): string => {
    const name = context.getString(handle);
    const problem = workspacePathProblem(name);
    if (problem !== undefined) throw new Error(`invalid workspace path: ${problem}`);
    return name;
  };
  const guard = (body: (...args: QuickJSHandle[]) => QuickJSHandle | undefined) => (...args: QuickJSHandle[]) => {
    try { return body(...args); } catch (error) { return fail(error instanceof Error ? error.message : 'host error'); }
  };
  const totalBytes = () => { let total = 0; for (const bytes of files.values()) total += bytes.length; return total; };
  const functions: Record<string, (...args: QuickJSHandle[]) => QuickJSHandle | undefined | { error: QuickJSHandle }> = {
    write: (stream, text) => {
      output.write(context.getNumber(stream!) === 2 ? 'stderr' : 'stdout', context.getString(text!));
      return undefined;
    },
    readText: guard((name) => {
      const bytes = files.get(checkedName(name!));
      return bytes === undefined ? undefined : context.newString(Buffer.from(bytes).toString('utf8'));
    }),
    readBytes: guard((name) => {
      const bytes = files.get(checkedName(name!));
      return bytes === undefined ? undefined : context.newArrayBuffer(bytes.slice().buffer);
    }),
    writeFile: guard((name, data) => {
      const path = checkedName(name!);
      const bytes = context.typeof(data!) === 'string'
        ? Buffer.from(context.getString(data!), 'utf8')
        : context.getArrayBuffer(data!).consume((view) => Uint8Array.from(view.value));
      const previous = files.get(path)?.length ?? 0;
      if (totalBytes() - previous + bytes.length > filesBytes) {
        limitsHit.add('files');
        throw new Error('workspace is full');
      }
      files.set(path, bytes);
      return undefined;
    }),
    exists: guard((name) => (files.has(checkedName(name!)) ? context.true : context.false)),
    remove: guard((name) => (files.delete(checkedName(name!)) ? context.true : context.false)),
    list: guard(() => context.newString(JSON.stringify([...files.keys()].sort()))),
  };
  for (const [name, implementation] of Object.entries(functions)) {
    const handle = context.newFunction(name, implementation as Parameters<QuickJSContext['newFunction']>[1]);
    context.setProp(host, name, handle);
    handle.dispose();
  }
  context.setProp(context.global, '__rampart', host);
  host.dispose();
}
