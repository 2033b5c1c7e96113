import { afterEach } from 'vitest'
import type { Colleague } from './teamHarness'
import { useColleagues } from './useColleagues'
import { startTeamServer, type TeamServer } from './teamServer'

/**
 * Register the teardown of a team test against the loopback server, and return how to set one up: colleagues with
 * the draft imported, a server with the team's database, each colleague configured to use it (and, with
 * `shared`, sharing their copy). Every colleague and the server are stopped after each test.
 */
export function useTeamWithServer() {
  let server: TeamServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
  })
  // Registered after the server's: hooks after a test run last-registered first, so colleagues stop syncing before
  // the server goes away.
  const makeColleagues = useColleagues()
  return async function teamWithServer(names: string[], options: { shared?: boolean } = {}) {
    server = await startTeamServer()
    await server.createDatabase('delegation')
    const settings = { address: server.address, database: 'delegation', ...server.credentials }
    const colleagues = await makeColleagues(...names)
    const documents: string[] = []
    /** Bring one more colleague in, as the others were. */
    const join = async (colleague: Colleague) => {
      makeColleagues.keep(colleague)
      const documentId = await colleague.importDraft()
      if (options.shared) await colleague.api['team.setShared'](documentId, true)
      await colleague.api['team.configureServer'](settings)
      return documentId
    }
    for (const colleague of colleagues) documents.push(await join(colleague))
    return { colleagues, documents, server, join }
  }
}
