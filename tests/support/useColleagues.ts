import { afterEach } from 'vitest'
import { createColleague, type Colleague } from './teamHarness'

/**
 * Register the removal of a test's colleagues after it, and return how to make them: `colleagues('Lan', 'Olga')`
 * gives each a library of their own; `colleagues.keep(made)` adds one made another way (at a given library path).
 */
export function useColleagues() {
  const team: Colleague[] = []
  afterEach(async () => {
    for (const colleague of team.splice(0)) await colleague.remove()
  })
  const keep = (...made: Colleague[]): Colleague[] => {
    for (const colleague of made) if (!team.includes(colleague)) team.push(colleague)
    return made
  }
  const colleagues = async (...names: string[]): Promise<Colleague[]> =>
    keep(...(await Promise.all(names.map((name) => createColleague(name)))))
  return Object.assign(colleagues, { keep })
}
