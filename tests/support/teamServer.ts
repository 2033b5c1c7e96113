import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import expressPouchDb from 'express-pouchdb'
import PouchDB from 'pouchdb'
import memoryAdapter from 'pouchdb-adapter-memory'

let servers = 0

/**
 * The CouchDB HTTP API on loopback: express-pouchdb over PouchDB's memory adapter, behind a check of one user's
 * password answering as CouchDB does (401 `unauthorized`). `close()` stops it; `start()` on the same port again
 * (a partition healed). Every test that starts one closes it.
 */
export async function startTeamServer(credentials = { user: 'lan', password: 'hoa-sen-2026' }) {
  const prefix = `team-server-${process.pid}-${++servers}-`
  const ServerPouch = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory', prefix })
  const couch = expressPouchDb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true })
  const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`
  const app = createServer((request, response) => {
    if (request.headers.authorization === expected) return couch(request, response)
    response.writeHead(401, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }))
  })
  let server: Server | null = null
  let port = 0
  const start = () =>
    new Promise<void>((resolve) => {
      server = app.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port
        resolve()
      })
    })
  await start()
  return {
    address: `http://127.0.0.1:${port}`,
    credentials,
    /** Create a database (what the team's administrator does once). */
    createDatabase: async (name: string) => void (await new ServerPouch(name).info()),
    /** Delete a database and make it again, empty, through the server (as an administrator, or a restore, would). */
    recreateDatabase: async (name: string) => {
      const authorization = expected
      for (const method of ['DELETE', 'PUT']) {
        const response = await fetch(`http://127.0.0.1:${port}/${name}`, { method, headers: { authorization } })
        if (!response.ok) throw new Error(`${method} ${name}: ${response.status} ${await response.text()}`)
      }
    },
    /** How many live documents a database holds. */
    documentCount: async (name: string) => (await new ServerPouch(name).info()).doc_count,
    /** The server's copy of one database, to look at what reached it. */
    database: (name: string) => new ServerPouch(name),
    start,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve()
        server.closeAllConnections()
        server.close(() => resolve())
        server = null
      }),
  }
}

/** A running loopback team server, as `startTeamServer` makes it. */
export type TeamServer = Awaited<ReturnType<typeof startTeamServer>>
