import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MainApiHandlers } from '../common/api/contract'
import { encodeWire, type Base64Codec } from '../common/api/wireCodec'
import type { EventBus } from '../services/eventBus'
import { dispatchCall } from '../transport/dispatchCall'
import { securityHeaders } from '../appPages/contentSecurityPolicy'
import { parseCallRequest } from './callRequest'
import { RequestGuard, type Refusal } from './requestGuard'
import { resolveStaticFile } from '../appPages/staticFiles'

export type HttpHostOptions = {
  handlers: MainApiHandlers
  events: EventBus
  /** The built renderer (out/renderer). */
  rendererDirectory: string
  /** The per-run secret every API request must carry. */
  token: string
  /** 0 picks a free port. */
  port?: number
  /** Largest request body accepted (file imports travel in it). */
  maxBodyBytes?: number
}

export type HttpHost = {
  port: number
  /** The address to open, with the token in the fragment (fragments never reach a server or a log). */
  url: string
  close(): Promise<void>
}

const nodeBase64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
}

const apiCallPrefix = '/api/call/'

/**
 * The browser host: the same handlers as the Electron app, behind HTTP on 127.0.0.1 only.
 * `POST /api/call/<channel>` with `{ "args": [...] }` answers a CallResult; `GET /api/events` streams events
 * (server-sent events over fetch, so the token can travel in a header); everything else is the built renderer.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024 * 1024
  const streams = new Set<ServerResponse>()
  // The guard needs the port, which is known only once the server listens (before any request is accepted).
  const gate: { guard?: RequestGuard } = {}

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[marginalia] request failed:', error)
      if (!response.headersSent)
        sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } })
      else response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/'
    if (url.startsWith('/api/')) {
      const refusal = gate.guard!.checkApi(request)
      if (refusal) return refuse(response, refusal)
      if (url.startsWith(apiCallPrefix) && request.method === 'POST') return handleCall(request, response, url)
      if (url === '/api/events' && request.method === 'GET') return openEventStream(response)
      return sendJson(response, 404, { ok: false, error: { code: 'host.notFound', message: 'No such API route.' } })
    }
    const refusal = gate.guard!.checkHost(request)
    if (refusal) return refuse(response, refusal)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end()
      return
    }
    const file = resolveStaticFile(options.rendererDirectory, url)
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' })
    if (request.method === 'HEAD') response.end()
    else fs.createReadStream(file.filePath).pipe(response)
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, url: string): Promise<void> {
    const body = await readBody(request, maxBodyBytes)
    if (body === null) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'host.tooLarge', message: `The request is larger than ${maxBodyBytes} bytes.` },
      })
    }
    const call = parseCallRequest(url.slice(apiCallPrefix.length), body, nodeBase64, request.headers['content-type'])
    if ('code' in call) return sendJson(response, 400, { ok: false, error: call })
    const result = await dispatchCall(options.handlers, call.channel, call.args)
    sendJson(response, 200, result)
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    })
    response.write(': connected\n\n')
    streams.add(response)
    response.on('close', () => streams.delete(response))
  }

  const unsubscribe = options.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${encodeWire(payload, nodeBase64)}\n\n`
    for (const stream of streams) stream.write(frame)
  })
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': heartbeat\n\n')
  }, 20_000)
  heartbeat.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  gate.guard = new RequestGuard(port, options.token)

  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        clearInterval(heartbeat)
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  sendJson(response, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } })
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = encodeWire(value, nodeBase64)
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

/** The request body's bytes, or null when it exceeds the limit (the rest is discarded, not buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}
