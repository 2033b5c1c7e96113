import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { builtAppDirectory } from './builtApp'

/** A running `serve.js` on a temporary database. */
export type RunningHost = {
  /** The address with the token, as the user is shown it. */
  url: string
  /** The origin without the token. */
  origin: string
  token: string
  process: ChildProcess
  /** Everything it printed, for failure messages. */
  output: () => string
  /** Stop it with SIGTERM (a clean shutdown) and wait until it has exited. */
  stop: () => Promise<void>
  /** Kill it with SIGKILL (a crash) and wait. */
  kill: () => Promise<void>
}

/** Hosts started and not yet exited: one whose test ended before it answered is killed, never left running. */
const running = new Set<ChildProcess>()

// The last net: a test process that ends (even on a timeout) takes its hosts with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/** Kill every host still running (a start the test stopped waiting for) and wait until each has exited. */
export async function killLeftoverHosts(): Promise<void> {
  await Promise.all([...running].map((child) => killAndWait(child, 'SIGKILL')))
}

/** How long a clean stop may take before the host is killed; and how long a start may take on a starved machine. */
const stopGrace = 30_000
const startBound = 50_000

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(signal)
  return exited
}

/** Start the browser host exactly as `npm run serve` does, on `databasePath`, and wait for its address. */
export async function startBrowserHost(databasePath: string, extraArgs: string[] = []): Promise<RunningHost> {
  const serveScript = path.join(builtAppDirectory(), 'main', 'serve.js')
  const child = spawn(process.execPath, [serveScript, '--db', databasePath, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A host that never answered is killed, so it cannot outlive the test that gave up on it.
      void killAndWait(child, 'SIGKILL')
      reject(new Error(`The browser host did not start in ${startBound / 1000} s:\n${output}`))
    }, startBound)
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The browser host exited with code ${code}:\n${output}`))
    })
  })
  const parsed = new URL(url)
  const stop = async () => {
    // A clean shutdown; a host that hangs in it is killed rather than left behind.
    const hung = setTimeout(() => child.kill('SIGKILL'), stopGrace)
    await killAndWait(child, 'SIGTERM')
    clearTimeout(hung)
  }
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    process: child,
    output: () => output,
    stop,
    kill: () => killAndWait(child, 'SIGKILL'),
  }
}
