/**
 * The repository rules, checked on the source: the service layer owns transactions (a repository never opens,
 * commits or rolls one back itself), every repository is built the same way (`constructor(private readonly db:
 * Connection) {}`), and a table's rows are mapped to the model in one function (`toComment`, `toTag`, …), not
 * copied field by field in a second place.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repositories = path.resolve('src-main/db/repositories')

function sources(): { file: string; text: string }[] {
  return fs
    .readdirSync(repositories)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(repositories, file), 'utf8') }))
}

/** What opens or ends a transaction: better-sqlite3's wrapper, or the SQL statements themselves. */
const transactionMarkers = [/\.transaction\s*\(/, /\b(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/]

describe('repositories', () => {
  it('never open a transaction: the service that runs the user action holds it', () => {
    const offenders = sources().flatMap(({ file, text }) =>
      transactionMarkers.filter((marker) => marker.test(text)).map((marker) => `${file} ${marker.source}`),
    )
    expect(offenders).toEqual([])
  })

  it('are all built from the connection alone, in one shape', () => {
    const shapes = sources().flatMap(({ file, text }) =>
      [...text.matchAll(/^export class (\w+)[^\n]*\n([\s\S]*?)^}/gm)].map(([, name, body]) => {
        const constructor = /constructor\(([^)]*)\)/.exec(body!)?.[1]?.trim()
        return `${file} ${name} ${constructor ?? '(none)'}`
      }),
    )
    expect(shapes.length).toBeGreaterThan(5)
    expect(shapes.filter((shape) => !shape.endsWith(' private readonly db: Connection'))).toEqual([])
  })

  it('map a comment or a tag row in one place each', () => {
    const copies = (pattern: RegExp) =>
      sources()
        .filter(({ text }) => pattern.test(text))
        .map(({ file }) => file)
    // A row mapped field by field: `parentId: row.parent_id` (comments), `name: row.name` (tags).
    expect(copies(/parentId:\s*row\.parent_id/)).toEqual(['commentRows.ts'])
    expect(copies(/name:\s*row\.name/)).toEqual(['tagRows.ts'])
  })
})
