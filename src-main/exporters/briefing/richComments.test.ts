import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import type { BriefingOptions } from '../../common/api/exportApi'
import { exportInputFor } from '../../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../../tests/support/generatedExport'
import { briefingPdfExporter } from '../briefingPdfExporter'
import { silentProgress } from '../exporter'

/** Each printed string of a PDF with the name of the font it is drawn in ("…+NotoSans-Bold"). */
async function printedRuns(bytes: Uint8Array): Promise<{ text: string; font: string }[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise
  const runs: { text: string; font: string }[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    await page.getOperatorList()
    const content = await page.getTextContent()
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue
      const font = page.commonObjs.get(item.fontName) as { name?: string }
      runs.push({ text: item.str, font: font.name ?? '' })
    }
  }
  await pdf.destroy()
  return runs
}

const comment = '**Quan trọng**: xem *bản tiếng Nga* và [UNCLOS](https://un.org/unclos)\n- điểm một\n- điểm hai'
const fixture = generatedAnnotatedDocument([
  { phrase: 'Hai bên nhất trí', comment, replies: ['Đồng ý, **cần số liệu**'] },
])

describe.each<Partial<BriefingOptions>>([
  { layout: 'fullText', notes: 'margin' },
  { layout: 'fullText', notes: 'footer' },
  { layout: 'excerpts' },
])('briefing PDF comments in Markdown (%o)', (options) => {
  it('prints bold and italic in their faces, lists as items and links as text with the address, no raw marks', async () => {
    const runs = await printedRuns(await briefingPdfExporter.write(exportInputFor(fixture, options), silentProgress))
    const text = runs.map((run) => run.text).join('\n')
    expect(text).not.toMatch(/\*\*|\]\(|\*bản/u)
    expect(runs.find((run) => run.text.includes('Quan trọng'))?.font).toMatch(/NotoSans-Bold$/u)
    expect(runs.find((run) => run.text.includes('bản tiếng Nga'))?.font).toMatch(/NotoSans-Italic$/u)
    expect(runs.find((run) => run.text.includes('cần số liệu'))?.font).toMatch(/NotoSans-Bold$/u)
    expect(text.replace(/\n/gu, '')).toContain('UNCLOS (https://un.org/unclos)')
    expect(text).toMatch(/• điểm một/u)
    expect(text).toMatch(/• điểm hai/u)
  })
})
