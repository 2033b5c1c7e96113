import { utilityProcess } from 'electron'
import path from 'node:path'
import { workerHeapMegabytes } from '../importers/childProcessWorker'
import type { WorkerLauncher } from '../importers/isolatedRunner'
import type { WorkerRequest, WorkerResponse } from '../importers/worker'

/**
 * Start import workers as Electron utility processes (Chromium's own process model; no ELECTRON_RUN_AS_NODE),
 * with the same heap cap as the Node child processes of the browser host.
 */
export function utilityProcessLauncher(mainDirectory: string): WorkerLauncher {
  const file = path.join(mainDirectory, 'importWorker.js')
  return () => {
    const child = utilityProcess.fork(file, [], {
      serviceName: 'Marginalia import',
      execArgv: [`--max-old-space-size=${workerHeapMegabytes}`],
      stdio: 'inherit',
    })
    return {
      send: (message: WorkerRequest) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message) => listener(message as WorkerResponse)),
      onExit: (listener) => child.once('exit', (code) => listener(code)),
      kill: () => {
        child.kill()
      },
    }
  }
}
