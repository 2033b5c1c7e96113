import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import {
  annotatedJointStatement,
  documentFrom,
  exportInputFor,
  makeAnnotation,
  statementSources,
} from '../../tests/support/exportFixture'
import { silentProgress } from './exporter'
import { replies } from './selectAnnotations'
import { w3cExporter } from './w3cExporter'

const suite = path.resolve('../shared/w3c-annotation-tests')
const suiteAvailable = fs.existsSync(path.join(suite, 'annotations/annotationMusts.test'))
type Json = Record<string, unknown>

async function exportItems(
  fixture: ReturnType<typeof annotatedJointStatement>,
): Promise<{ collection: Json; items: Json[] }> {
  const bytes = await w3cExporter.write(exportInputFor(fixture), silentProgress)
  const collection = JSON.parse(new TextDecoder().decode(bytes)) as Json
  return { collection, items: (collection.first as { items: Json[] }).items }
}

describe.skipIf(!suiteAvailable)('W3C export against the W3C test suite (needs ../shared/w3c-annotation-tests)', () => {
  it('satisfies every MUST assertion for every exported annotation and reply', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    for (const file of fs.readdirSync(path.join(suite, 'definitions')).filter((name) => name.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(suite, 'definitions', file), 'utf8')) as Json)
    }
    const musts = JSON.parse(fs.readFileSync(path.join(suite, 'annotations/annotationMusts.test'), 'utf8')) as {
      assertions: string[]
    }
    expect(musts.assertions.length).toBe(54)
    const { items } = await exportItems(annotatedJointStatement())
    for (const assertionFile of musts.assertions) {
      const schema = JSON.parse(fs.readFileSync(path.join(suite, assertionFile), 'utf8')) as Json
      const validate = ajv.compile({ ...schema, id: undefined })
      for (const item of items) {
        const valid = validate(item)
        expect(
          valid === (schema.expectedResult === 'valid'),
          `${assertionFile} on ${String(item.id)}: ${ajv.errorsText(validate.errors)}`,
        ).toBe(true)
      }
    }
  })
})

for (const source of statementSources) {
  describe.skipIf(!source.available)(`W3C export content of the ${source.name}`, () => {
    it('writes one annotation per highlight and one replying annotation per reply, with tags and creators', async () => {
      const fixture = annotatedJointStatement(source.text())
      const { collection, items } = await exportItems(fixture)
      const replyCount = fixture.annotations.reduce((sum, annotation) => sum + replies(annotation).length, 0)
      expect(collection.type).toBe('AnnotationCollection')
      expect(collection.total).toBe(fixture.annotations.length + replyCount)
      const first = items.find((item) => item.id === `urn:uuid:${fixture.annotations[0]!.id}`)!
      expect(first.motivation).toBe('commenting')
      expect(first.creator).toEqual({ type: 'Person', name: 'Nguyễn Thị Minh' })
      expect(first.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Năng lượng' })
      const answers = items.filter((item) => item.motivation === 'replying')
      expect(answers).toHaveLength(replyCount)
      // A reply to a reply targets that reply, so the thread's shape survives.
      const secondReply = replies(fixture.annotations[0]!)[1]!
      expect(answers.find((item) => item.id === `urn:uuid:${secondReply.id}`)!.target).toBe(
        `urn:uuid:${secondReply.parentId}`,
      )
      const highlightOnly = items.find((item) => item.id === `urn:uuid:${fixture.annotations[4]!.id}`)!
      expect(highlightOnly.motivation).toBe('highlighting')
    })
  })
}

describe('W3C positions', () => {
  it('counts Unicode code points, not UTF-16 units, after astral characters', async () => {
    const { document, revision } = documentFrom(
      [{ kind: 'paragraph', text: 'Ghi chú 😀 về Điều 3 và 𝒳 tiếp' }],
      'Emoji',
    )
    const start = revision.text.indexOf('Điều 3')
    const annotation = makeAnnotation(revision, { start, end: start + 'Điều 3'.length, color: 'yellow', author: 'A' })
    const bytes = await w3cExporter.write(
      exportInputFor({ document, revision, annotations: [annotation] }),
      silentProgress,
    )
    const item = (JSON.parse(new TextDecoder().decode(bytes)) as { first: { items: Json[] } }).first.items[0]!
    const selectors = (item.target as { selector: Json[] }).selector
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector')!
    expect(position.start).toBe([...revision.text.slice(0, start)].length)
    expect(position.start).toBe(start - 1)
    expect(position.end).toBe((position.start as number) + 6)
  })
})
