import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { annotatedJointStatement, exportInputFor, statementSources } from '../../tests/support/exportFixture'
import { docxExporter } from './docxExporter'
import { silentProgress } from './exporter'
import { mainComment, replies } from './selectAnnotations'

/** The text of a stretch of document.xml: the contents of its <w:t> elements, XML entities decoded. */
function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

for (const source of statementSources) {
  describe.skipIf(!source.available)(`DOCX export of the annotated ${source.name}`, async () => {
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!
    const files = source.available ? unzipSync(await docxExporter.write(exportInputFor(fixture), silentProgress)) : {}
    const document = strFromU8(files['word/document.xml'] ?? new Uint8Array())
    const comments = strFromU8(files['word/comments.xml'] ?? new Uint8Array())
    const commentsExtended = strFromU8(files['word/commentsExtended.xml'] ?? new Uint8Array())
    const commentBlocks = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((match) => ({
      id: /w:id="(\d+)"/.exec(match[1]!)![1]!,
      author: /w:author="([^"]*)"/.exec(match[1]!)![1]!,
      date: /w:date="([^"]*)"/.exec(match[1]!)?.[1],
      text: runText(match[2]!),
    }))

    it('anchors each comment to exactly its passage', () => {
      for (const annotation of fixture.annotations.filter((each) => mainComment(each))) {
        const comment = commentBlocks.find((block) =>
          block.text.startsWith(mainComment(annotation)!.body.split('\n')[0]!),
        )!
        expect(comment, annotation.target.exact).toBeDefined()
        expect(comment.author).toBe(annotation.author)
        expect(comment.date).toMatch(/^2026-05-1\dT09:/)
        const start = document.indexOf(`<w:commentRangeStart w:id="${comment.id}"/>`)
        const end = document.indexOf(`<w:commentRangeEnd w:id="${comment.id}"/>`)
        expect(start).toBeGreaterThan(0)
        expect(end).toBeGreaterThan(start)
        // Paragraph breaks inside a range are the canonical text's '\n'.
        const passage = document.slice(start, end).split('</w:p>').map(runText).join('\n')
        expect(passage).toBe(annotation.target.exact)
      }
    })

    it('lists tags in the comment and threads replies under it', () => {
      const threaded = fixture.annotations[0]!
      const main = commentBlocks.find((block) => block.text.startsWith(mainComment(threaded)!.body))!
      expect(main.text).toContain('Thẻ: Năng lượng')
      const replyBlocks = replies(threaded).map((reply) => commentBlocks.find((block) => block.text === reply.body)!)
      expect(replyBlocks.map((block) => block.author)).toEqual(['Trần Văn An', 'Иван Петров'])
      expect(commentsExtended.match(/w15:paraIdParent=/g)).toHaveLength(2)
      // Resolved threads are marked done.
      expect(commentsExtended).toContain('w15:done="1"')
    })

    it('keeps paragraph numbers, headings and highlights', () => {
      const text = runText(document)
      expect(text).toContain('9. Hai bên nhất trí')
      expect(text).toContain('Điều 3'.slice(0, 0) + 'Kết luận')
      expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?Kết luận/)
      expect(document).toContain('<w:highlight w:val="yellow"/>')
      expect(document).toContain('<w:highlight w:val="green"/>')
      expect(text.replace(/\s+/g, ' ')).toContain(fixture.revision.blocks[1]!.text)
    })
  })
}
