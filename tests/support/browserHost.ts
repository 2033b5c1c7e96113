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

/** Start the browser host exactly as `npm run serve` does, on `databasePath`, and wait for its address. */
export async function startBrowserHost(databasePath: string, extraArgs: string[] = []): Promise<RunningHost> {
  const serveScript = path.join(builtAppDirectory(), 'main', 'serve.js')
  const child = spawn(process.execPath, [serveScript, '--db', databasePath, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start in 20 s:\n${output}`)), 20_000)
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    process: child,
    output: () => output,
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
  }
}
