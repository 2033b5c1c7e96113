/**
 * The import worker: a separate process that parses untrusted files, so that a hostile or broken file can exhaust
 * only this process's memory or time, never the app's. Started through isolatedRunner.ts, by childProcessWorker.ts
 * (Node's child_process, in the browser host and tests) or by Electron's utilityProcess; it answers one message per
 * request.
 */
import { AppError, type AppErrorPayload } from '../common/api/appError'
import { extensionOf } from './index'
import { parseFile, type ParsedFile, type ParseRequest } from './parseFile'

/** A request from main. */
export type WorkerRequest = ParseRequest & { id: number }
/** The answer to one request. */
export type WorkerResponse =
  { id: number; ok: true; parsed: ParsedFile } | { id: number; ok: false; error: AppErrorPayload; detail?: string }

type ParentPort = {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    return { id: request.id, ok: true, parsed: await parseFile(request) }
  } catch (error) {
    if (error instanceof AppError) return { id: request.id, ok: false, error: error.toPayload() }
    // A parser that throws on its own is almost always looking at a damaged file.
    const format = extensionOf(request.name) || 'file'
    return {
      id: request.id,
      ok: false,
      error: new AppError('import.corrupt', `The ${format} file could not be read.`, {
        format: format.toUpperCase(),
      }).toPayload(),
      detail: error instanceof Error ? error.message : String(error),
    }
  }
}

if (parentPort) {
  parentPort.on('message', (event) => {
    void answer(event.data as WorkerRequest).then((response) => parentPort.postMessage(response))
  })
} else if (process.send) {
  process.on('message', (message) => {
    void answer(message as WorkerRequest).then((response) => process.send?.(response))
  })
  // When main goes away, so does the worker.
  process.on('disconnect', () => process.exit(0))
}
