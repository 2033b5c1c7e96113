import { AppError } from '../common/api/appError'
import type { ImportRunner } from './importRunner'
import { importRefusals } from './importErrors'
import type { ParsedFile, ParseRequest } from './parseFile'
import type { WorkerRequest, WorkerResponse } from './worker'

/** A running worker process, whatever started it (child_process in Node, utilityProcess in Electron). */
export type WorkerHandle = {
  send(message: WorkerRequest): void
  onMessage(listener: (message: WorkerResponse) => void): void
  /** Called once when the process ends for any reason (crash, out of memory, killed). */
  onExit(listener: (code: number | null) => void): void
  kill(): void
}

/** Starts a fresh worker process. */
export type WorkerLauncher = () => WorkerHandle

export type IsolationLimits = {
  /** Longest a single file may take to parse before its worker is killed. */
  timeoutMs: number
  /** A worker left idle this long is stopped, to give its memory back. */
  idleMs: number
}

export const defaultIsolationLimits: IsolationLimits = { timeoutMs: 60_000, idleMs: 30_000 }

type Pending = { request: WorkerRequest; resolve: (parsed: ParsedFile) => void; reject: (error: unknown) => void }

/**
 * Parses files in a worker process, one at a time. A worker that crashes, runs out of memory or passes the time
 * limit is killed; only the file it was reading is refused (`import.tooDemanding`), and the next file gets a fresh
 * worker. The app itself never runs parser code.
 */
export class IsolatedImportRunner implements ImportRunner {
  private worker: WorkerHandle | null = null
  private current: Pending | null = null
  private readonly queue: Pending[] = []
  private nextId = 1
  private deadline: ReturnType<typeof setTimeout> | undefined
  private idle: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly launch: WorkerLauncher,
    private readonly limits: IsolationLimits = defaultIsolationLimits,
  ) {}

  parse(request: ParseRequest): Promise<ParsedFile> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { ...request, id: this.nextId++ }, resolve, reject })
      this.pump()
    })
  }

  dispose(): void {
    clearTimeout(this.idle)
    this.stopWorker()
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return
    clearTimeout(this.idle)
    const pending = this.queue.shift()!
    this.current = pending
    try {
      const worker = this.ensureWorker()
      this.deadline = setTimeout(() => this.fail(importRefusals.tooDemanding()), this.limits.timeoutMs)
      worker.send(pending.request)
    } catch (error) {
      this.fail(error)
    }
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker) return this.worker
    const worker = this.launch()
    worker.onMessage((message) => {
      if (worker !== this.worker || !this.current || message.id !== this.current.request.id) return
      const pending = this.current
      this.settle()
      if (message.ok) pending.resolve(message.parsed)
      else {
        if (message.detail) console.error(`[marginalia] import of '${pending.request.name}' failed:`, message.detail)
        pending.reject(new AppError(message.error.code, message.error.message, message.error.params))
      }
    })
    worker.onExit(() => {
      if (worker !== this.worker) return
      this.worker = null
      if (this.current) this.fail(importRefusals.tooDemanding())
    })
    this.worker = worker
    return worker
  }

  /** The current file is refused and its worker killed (it may be stuck or half-dead). */
  private fail(error: unknown): void {
    const pending = this.current
    this.stopWorker()
    this.settle()
    pending?.reject(error)
  }

  private settle(): void {
    clearTimeout(this.deadline)
    this.current = null
    if (this.queue.length > 0) queueMicrotask(() => this.pump())
    else {
      this.idle = setTimeout(() => this.stopWorker(), this.limits.idleMs)
      this.idle.unref?.()
    }
  }

  private stopWorker(): void {
    const worker = this.worker
    this.worker = null
    worker?.kill()
  }
}
