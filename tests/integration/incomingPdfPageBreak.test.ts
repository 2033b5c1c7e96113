import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../src-main/common/text/canonicalText'
import { parseFile } from '../../src-main/importers/parseFile'
import { generatedJointStatement } from '../support/generatedStatement'
import { inspectPdf } from '../support/pdfInspection'
import { makePageBreakPdf } from '../support/pageBreakPdf'

describe('a PDF highlight across a page break', () => {
  it('comes in as one annotation over the words on both pages, in a paragraph that is not split', async () => {
    // Numbered paragraphs of about four lines each, so that one of them runs from page 1 onto page 2.
    const paragraphs = generatedJointStatement(30)
      .split('\n\n')
      .filter((paragraph) => /^\d+\. /.test(paragraph))
      .map((paragraph, index, all) => `${paragraph} ${all[(index + 7) % all.length]!.replace(/^\d+\. /, '')}`)
    const pdf = await makePageBreakPdf(paragraphs, 4)
    // The page break falls inside a paragraph, and the highlight runs over it.
    expect(paragraphs.some((paragraph) => paragraph.includes(pdf.highlighted))).toBe(true)

    const pages = await inspectPdf(pdf.bytes)
    expect(pages.slice(0, 2).map((page) => page.annotations.filter((a) => a.subtype === 'Highlight').length)).toEqual([
      1, 1,
    ])

    const parsed = await parseFile({ name: 'ban-du-thao.pdf', bytes: pdf.bytes, options: {} })
    expect(parsed.blocks.map((block) => block.text)).toEqual(paragraphs)
    expect(parsed.incoming).toHaveLength(1)
    const [annotation] = parsed.incoming!
    const text = canonicalText(parsed.blocks)
    expect(text.slice(annotation!.span!.start, annotation!.span!.end)).toBe(pdf.highlighted)
    expect(annotation!.comments.map((comment) => [comment.author, comment.body])).toEqual([
      ['Nguyễn Thị Lan', 'Câu này nối hai trang.'],
    ])
  }, 60_000)
})
