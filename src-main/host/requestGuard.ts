import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Why a request was refused; becomes the HTTP status and the error code the client sees. */
export type Refusal = { status: 401 | 403; code: 'host.badToken' | 'host.badHost' | 'host.badOrigin'; message: string }

/**
 * The browser host's gate. It answers only on loopback, but other local programs and web pages can still reach
 * loopback: a page on another site could send requests to it, and DNS rebinding could make one look same-origin.
 * So the Host header must name this server, a browser Origin must be this server's, and every API request must
 * carry the per-run token that only the person who started the host was shown.
 */
export class RequestGuard {
  private readonly allowedHosts: Set<string>
  private readonly allowedOrigins: Set<string>
  private readonly token: Buffer

  constructor(port: number, token: string) {
    this.allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
    this.allowedOrigins = new Set([...this.allowedHosts].map((host) => `http://${host}`))
    this.token = Buffer.from(token)
  }

  /** Checks for every request, pages included. */
  checkHost(request: IncomingMessage): Refusal | null {
    const host = request.headers.host?.toLowerCase()
    if (!host || !this.allowedHosts.has(host)) {
      return { status: 403, code: 'host.badHost', message: 'Refused: this server answers only to its own address.' }
    }
    const origin = request.headers.origin
    if (origin !== undefined && !this.allowedOrigins.has(origin.toLowerCase())) {
      return { status: 403, code: 'host.badOrigin', message: 'Refused: requests from other sites are not allowed.' }
    }
    return null
  }

  /** Checks for API requests: the host checks plus the token in `Authorization: Bearer …`. */
  checkApi(request: IncomingMessage): Refusal | null {
    const hostRefusal = this.checkHost(request)
    if (hostRefusal) return hostRefusal
    const header = request.headers.authorization ?? ''
    const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '')
    if (presented.length !== this.token.length || !timingSafeEqual(presented, this.token)) {
      return {
        status: 401,
        code: 'host.badToken',
        message: 'Refused: missing or wrong access token. Open the address the app printed.',
      }
    }
    return null
  }
}
