import { startPythonWorker, type PythonMode, type PythonPaths, type PythonWorker } from './python-process.ts';

/** Pre-started single-use Python workers: each serves one run and is then killed, so no state crosses runs. */
export interface PythonPool {
  /** A ready-or-starting worker with the given memory cap; pooled when the cap is the pool's default. */
  acquire(memoryMb: number): PythonWorker;
  /** Starts the pool's workers and resolves once they have loaded (or failed to). */
  warm(): Promise<void>;
  /** Kills every idle worker; later acquires start fresh workers. */
  close(): void;
}

/** Creates a pool that keeps `size` workers with the default memory cap warm. */
export function createPythonPool(mode: PythonMode, paths: PythonPaths, size: number, defaultMemoryMb: number): PythonPool {
  const idle: PythonWorker[] = [];
  let closed = false;
  const refill = (): void => {
    while (!closed && idle.length < size) {
      const worker = startPythonWorker(mode, paths, defaultMemoryMb);
      idle.push(worker);
      // A worker that fails to start is dropped; the next acquire reports the failure from a fresh start.
      worker.ready.catch(() => {
        const index = idle.indexOf(worker);
        if (index >= 0) idle.splice(index, 1);
      });
    }
  };
  return {
    acquire(memoryMb) {
      if (memoryMb !== defaultMemoryMb || size === 0 || closed) return startPythonWorker(mode, paths, memoryMb);
      if (idle.length === 0) refill();
      const worker = idle.shift() ?? startPythonWorker(mode, paths, memoryMb);
      refill();
      return worker;
    },
    async warm() {
      refill();
      await Promise.allSettled(idle.map((worker) => worker.ready));
    },
    close() {
      closed = true;
      for (const worker of idle.splice(0)) worker.kill();
    },
  };
}
