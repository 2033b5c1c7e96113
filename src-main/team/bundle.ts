import { isUtf8 } from 'node:buffer'
import { z } from 'zod'
import { AppError } from '../common/api/appError'
import type { TeamIdentity } from '../common/model/team'
import { leafProblem } from './leafShape'
import { checkRecord } from './records'
import type { Leaf } from './replica'

/** The first line of every `.marginalia` file, so a foreign file is told apart before anything is parsed deeply. */
const bundleFormat = 'marginalia-team-bundle'

/** What a `.marginalia` file holds: who wrote it, the document's title, and every leaf of every shared record. */
export type Bundle = { from: TeamIdentity; title: string; exportedAt: string; leaves: Leaf[] }

const bundleSchema = z
  .object({
    format: z.literal(bundleFormat),
    version: z.literal(1),
    from: z.object({ authorId: z.string().min(1).max(200), name: z.string().max(200) }).strict(),
    title: z.string().max(1000),
    exportedAt: z.string().max(40),
    // Each leaf is checked by leafProblem and its body by checkRecord: one pass over each, by hand (see leafShape.ts).
    leaves: z.array(z.unknown()).max(2_000_000),
  })
  .strict()

/** The file's bytes: UTF-8 JSON, one leaf per line so that a diff of two files stays readable. */
export function writeBundle(bundle: Bundle): Uint8Array {
  const head = JSON.stringify({ format: bundleFormat, version: 1, from: bundle.from, title: bundle.title }).slice(0, -1)
  const leaves = bundle.leaves.map((leaf) => JSON.stringify(leaf)).join(',\n')
  const json = `${head},"exportedAt":${JSON.stringify(bundle.exportedAt)},"leaves":[\n${leaves}\n]}\n`
  return new TextEncoder().encode(json)
}

/** Read a `.marginalia` file, refusing (with a clear error) anything that is not one, or one that is damaged. */
export function readBundle(bytes: Uint8Array): Bundle {
  let json: unknown
  // Checking the UTF-8 first and then decoding leniently is several times faster than a fatal TextDecoder on a
  // file of megabytes; a byte-order mark is dropped as TextDecoder drops it.
  if (!isUtf8(bytes)) throw notOurs()
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    throw notOurs()
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== bundleFormat) {
    throw notOurs()
  }
  const parsed = bundleSchema.safeParse(json)
  if (!parsed.success) throw damaged(parsed.error.issues[0]?.message ?? 'invalid')
  const leaves = parsed.data.leaves as Leaf[]
  for (const leaf of leaves) {
    const problem = leafProblem(leaf) ?? checkRecord(leaf.id, leaf.deleted, leaf.body)
    if (problem) throw damaged(problem)
  }
  return { ...parsed.data, leaves }
}

function notOurs(): AppError {
  return new AppError('team.notABundle', 'The file is not a Marginalia file for colleagues (.marginalia).')
}

function damaged(detail: string): AppError {
  return new AppError('team.damagedBundle', `The .marginalia file is damaged (${detail}).`, { detail })
}
