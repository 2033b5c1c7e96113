import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeApp, type ComposedApp } from '../../src-main/compose'
import { startHttpHost, type HttpHost } from '../../src-main/host/httpHost'
import { binaryCallType, encodeBinaryWire } from '../../src-main/common/api/binaryWire'
import { makeTempDirectory } from '../support/tempDirectory'

const token = 'test-token-0123456789abcdef'
let temp: ReturnType<typeof makeTempDirectory>
let app: ComposedApp
let host: HttpHost

beforeEach(async () => {
  temp = makeTempDirectory('marginalia-host')
  const rendererDirectory = path.join(temp.path, 'renderer')
  fs.mkdirSync(rendererDirectory)
  fs.writeFileSync(path.join(rendererDirectory, 'index.html'), '<!doctype html><title>Marginalia</title>')
  fs.writeFileSync(path.join(temp.path, 'secret.txt'), 'outside the renderer')
  app = composeApp({ path: path.join(temp.path, 'library.sqlite3'), host: 'browser', version: 'test' })
  host = await startHttpHost({
    handlers: app.handlers,
    events: app.events,
    rendererDirectory,
    token,
    maxBodyBytes: 1024 * 1024,
  })
})
afterEach(async () => {
  await host.close()
  await app.shutdown()
  temp.remove()
})

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders }

/** A raw request, so that Host and Origin can be set as an attacker would. */
function request(options: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
  request({
    path: `/api/call/${channel}`,
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ args }),
  })

describe('the browser host', () => {
  it('answers a call that carries the token', async () => {
    const answer = await call('settings.update', [{ authorName: 'Lê Thị Hồng' }])
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { authorName: 'Lê Thị Hồng' } })
  })

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    const noToken = await request({
      path: '/api/call/settings.update',
      method: 'POST',
      body: JSON.stringify({ args: [{ authorName: 'x' }] }),
    })
    const wrongToken = await call('settings.update', [{ authorName: 'x' }], { Authorization: `Bearer ${token}x` })
    for (const answer of [noToken, wrongToken]) {
      expect(answer.status).toBe(401)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'host.badToken' } })
    }
    expect(app.services.settings.get().authorName).toBe('')
  })

  it('refuses a foreign Origin even with the token (a web page posting to loopback)', async () => {
    const answer = await call('settings.update', [{ authorName: 'x' }], { Origin: 'https://evil.example' })
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'host.badOrigin' } })
    expect(app.services.settings.get().authorName).toBe('')
  })

  it('refuses a wrong Host header, for pages too (DNS rebinding)', async () => {
    const apiAnswer = await call('settings.get', [], { Host: `attacker.example:${host.port}` })
    const pageAnswer = await request({ path: '/', headers: { Host: 'attacker.example' } })
    expect(apiAnswer.status).toBe(403)
    expect(pageAnswer.status).toBe(403)
  })

  it('refuses a bad argument with a clear structured error', async () => {
    const answer = await call('settings.update', [{ language: 'klingon' }])
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'api.invalidArguments' } })
    expect(JSON.parse(answer.body).error.message).toContain('language')
  })

  it('refuses bodies over the limit and malformed JSON without crashing', async () => {
    const huge = await call('settings.update', [{ authorName: 'x'.repeat(2 * 1024 * 1024) }])
    expect(huge.status).toBe(413)
    const malformed = await request({
      path: '/api/call/settings.get',
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '{not json',
    })
    expect(malformed.status).toBe(400)
    expect((await call('settings.get', [])).status).toBe(200)
  })

  it('runs no call for a body that is not { args: [...] }', async () => {
    const post = (body: string | Buffer, channel = 'settings.get') =>
      request({ path: `/api/call/${channel}`, method: 'POST', headers: { Authorization: `Bearer ${token}` }, body })
    for (const body of ['42', '{}', 'null', '{"args":1}', '[]']) {
      const answer = await post(body)
      expect(answer.status, body).toBe(400)
      expect(JSON.parse(answer.body), body).toMatchObject({ ok: false, error: { code: 'api.invalidArguments' } })
    }
  })

  it('answers a malformed % escape in the channel with 400, not 500', async () => {
    const answer = await request({
      path: '/api/call/settings.%E0%A4%A',
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ args: [] }),
    })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'host.badChannel' } })
  })

  it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    const prefix = Buffer.from('{"args":[{"authorName":"L', 'utf8')
    const suffix = Buffer.from('"}]}', 'utf8')
    const body = Buffer.concat([prefix, Buffer.from([0xc3, 0x28]), suffix])
    const answer = await request({
      path: '/api/call/settings.update',
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body,
    })
    expect(answer.status).toBe(400)
    const settings = JSON.parse((await call('settings.get', [])).body)
    expect(settings.value.authorName).not.toContain('\uFFFD')
  })

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const page = await request({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain(`script-src 'self'`)
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const answer = await request({ path: escape })
      expect(answer.body).not.toContain('outside the renderer')
    }
  })

  it('listens on loopback only and prints an address with the token in the fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=${token}$`))
  })

  it('streams events to a client with the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Authorization: `Bearer ${token}` } },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes('settings.didChange')) {
              resolve(text)
              req.destroy()
            }
          })
        },
      )
      req.on('error', reject)
      req.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    app.services.settings.update({ theme: 'dark' })
    const text = await received
    expect(text).toContain('event: settings.didChange')
    expect(text).toContain('"theme":"dark"')
  })

  it('takes file bytes as they are after the JSON, and previews and imports them', async () => {
    const text = 'Tuyên bố chung\n\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.'
    const file = { name: 'tuyen-bo.txt', bytes: new TextEncoder().encode(text) }
    const binaryCall = (channel: string, args: unknown[]) =>
      request({
        path: `/api/call/${channel}`,
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': binaryCallType },
        body: Buffer.concat(encodeBinaryWire({ args })),
      })
    const preview = JSON.parse((await binaryCall('documents.previewImport', [file])).body)
    expect(preview).toMatchObject({ ok: true, value: { title: 'Tuyên bố chung', blockCount: 2 } })
    const imported = JSON.parse((await binaryCall('documents.import', [file, {}])).body)
    expect(imported.ok).toBe(true)
    const stored = app.services.documents.open(imported.value.document.id)
    expect(stored.revision.text).toBe('Tuyên bố chung\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.')
  })

  it('refuses a malformed binary body with 400 and imports nothing', async () => {
    const [header, json, bytes] = encodeBinaryWire({ args: [{ name: 'a.txt', bytes: new Uint8Array([65, 66]) }] })
    const wrongJson = Buffer.from('{"args":[{"name":"a.txt","bytes":{"$bytesAt":[0,99]}}]}')
    const lengthOf = (json: Buffer) => Buffer.from([0, 0, json.length >> 8, json.length & 0xff])
    for (const body of [
      Buffer.from([0, 0]),
      Buffer.concat([header!, json!.subarray(0, 5)]),
      Buffer.concat([lengthOf(wrongJson), wrongJson, bytes!]),
      Buffer.concat([lengthOf(Buffer.from('{"args":[')), Buffer.from('{"args":[')]),
    ]) {
      const answer = await request({
        path: '/api/call/documents.import',
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': binaryCallType },
        body,
      })
      expect(answer.status).toBe(400)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'api.invalidArguments' } })
    }
    expect(app.services.documents.list()).toEqual([])
  })
})
