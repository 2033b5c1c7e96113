import { afterEach } from 'vitest'
import { createColleague, type Colleague } from './teamHarness'
import { startTeamServer, type TeamServer } from './teamServer'

/**
 * Register the teardown of a team test against the loopback server, and return how to set one up: colleagues with
 * the draft imported, a server with the team's database, each colleague configured to use it (and, with
 * `shared`, sharing their copy). Every colleague and the server are stopped after each test.
 */
export function useTeamWithServer() {
  let team: Colleague[] = []
  let server: TeamServer | null = null
  afterEach(async () => {
    for (const colleague of team) await colleague.remove()
    team = []
    await server?.close()
    server = null
  })
  return async function teamWithServer(names: string[], options: { shared?: boolean } = {}) {
    server = await startTeamServer()
    await server.createDatabase('delegation')
    const settings = { address: server.address, database: 'delegation', ...server.credentials }
    const colleagues = (team = await Promise.all(names.map((name) => createColleague(name))))
    const documents: string[] = []
    /** Bring one more colleague in, as the others were. */
    const join = async (colleague: Colleague) => {
      if (!team.includes(colleague)) team.push(colleague)
      const documentId = await colleague.importDraft()
      if (options.shared) await colleague.api['team.setShared'](documentId, true)
      await colleague.api['team.configureServer'](settings)
      return documentId
    }
    for (const colleague of colleagues) documents.push(await join(colleague))
    return { colleagues, documents, server, join }
  }
}
