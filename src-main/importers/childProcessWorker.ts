import { fork } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { WorkerLauncher } from './isolatedRunner'
import type { WorkerRequest, WorkerResponse } from './worker'

/** The V8 heap cap of an import worker: plenty for a 64 MB file, far below what would hurt the machine. */
export const workerHeapMegabytes = 768

/**
 * Where the worker's code is: `importWorker.js` beside the built main files, or, when running from source (tests,
 * benchmarks), `worker.ts` beside this file, loaded through tsx.
 */
export function locateImportWorker(directory: string = import.meta.dirname): { file: string; execArgv: string[] } {
  for (const candidate of [path.join(directory, 'importWorker.js'), path.join(directory, '..', 'importWorker.js')]) {
    if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] }
  }
  const source = path.join(directory, 'worker.ts')
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] }
  throw new Error(`The import worker was not found beside ${directory}. Run 'npm run build'.`)
}

/** Start import workers as Node child processes with a capped heap (the browser host, tests). */
export function childProcessLauncher(
  worker = locateImportWorker(),
  heapMegabytes = workerHeapMegabytes,
): WorkerLauncher {
  return () => {
    const child = fork(worker.file, [], {
      execArgv: [...worker.execArgv, `--max-old-space-size=${heapMegabytes}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    })
    // A worker that cannot be started or written to ends up in onExit; never let it throw in main.
    child.on('error', (error) => console.error('[marginalia] import worker:', error.message))
    // Keep the worker's complaints (an out-of-memory report) for the log, not the user.
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[import worker] ${chunk.toString()}`))
    return {
      send: (message: WorkerRequest) => {
        child.send(message, (error) => {
          if (error) child.kill('SIGKILL')
        })
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as WorkerResponse)),
      onExit: (listener) => child.once('exit', (code) => listener(code)),
      kill: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      },
    }
  }
}
