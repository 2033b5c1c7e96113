/**
 * The shape of one leaf in a `.marginalia` file: exactly `id`, `rev`, `deleted`, `history` and `body`, with a
 * revision id that its history agrees with. The body only has to be an object here: `checkRecord` (records.ts)
 * checks it against its kind's schema. Written by hand rather than as a zod schema because a file holds a leaf per
 * record (thousands) and this runs before anything is merged: zod walked every body's keys a second time, and its
 * generic code, cold at the first merge of a session, cost more than the rest of reading the file.
 * @returns null for a well-formed leaf, otherwise what is wrong with it.
 */
export function leafProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'a leaf is not an object'
  let keys = 0
  for (const key in value) {
    if (!leafKeys.has(key)) return `unknown leaf field ${key.slice(0, 40)}`
    keys++
  }
  if (keys !== leafKeys.size) return 'a leaf lacks a field'
  const { id, rev, deleted, history, body } = value
  if (typeof id !== 'string' || id.length > 300) return 'a leaf id is not a short string'
  if (typeof rev !== 'string' || !revPattern.test(rev)) return 'a revision id is malformed'
  if (typeof deleted !== 'boolean') return 'a leaf says neither deleted nor not'
  if (!isPlainObject(body)) return 'a leaf body is not an object'
  if (!isPlainObject(history)) return 'a revision history is not an object'
  const { start, ids } = history
  if (Object.keys(history).length !== 2 || !Number.isInteger(start) || (start as number) < 1) {
    return 'a revision history is malformed'
  }
  if (!Array.isArray(ids) || ids.length === 0) return 'a revision history has no ids'
  for (const item of ids as unknown[]) {
    if (typeof item !== 'string' || !revisionIdPattern.test(item)) return 'a revision history id is malformed'
  }
  if (rev !== `${start as number}-${ids[0] as string}`) return 'revision and history disagree'
  return null
}

const leafKeys = new Set(['id', 'rev', 'deleted', 'history', 'body'])
const revPattern = /^[1-9][0-9]{0,8}-[0-9a-f]{1,64}$/
const revisionIdPattern = /^[0-9a-f]{1,64}$/

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
