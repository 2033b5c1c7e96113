import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportInputFor } from '../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../tests/support/generatedExport'
import { docxExporter } from './docxExporter'
import { silentProgress } from './exporter'

/** The runs of Word's comments.xml: their text and whether they are bold or italic. */
function commentRuns(xml: string): { text: string; bold: boolean; italic: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => ({
    text: [...match[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    bold: /<w:b\/>|<w:b w:val="true"\/>/.test(match[1]!),
    italic: /<w:i\/>|<w:i w:val="true"\/>/.test(match[1]!),
  }))
}

describe('Word comments written in Markdown', () => {
  it('become runs in bold and italic, list items and links with their address, with no raw marks', async () => {
    const fixture = generatedAnnotatedDocument([
      {
        phrase: 'Hai bên nhất trí',
        comment: '**Quan trọng**: xem *bản tiếng Nga* và [UNCLOS](https://un.org/unclos)\n- điểm một',
        replies: ['Đồng ý, _cần số liệu_'],
      },
    ])
    const files = unzipSync(await docxExporter.write(exportInputFor(fixture), silentProgress))
    const runs = commentRuns(strFromU8(files['word/comments.xml']!))
    const text = runs.map((run) => run.text).join('')
    expect(text).not.toMatch(/\*|\]\(|_cần/u)
    expect(runs.find((run) => run.text === 'Quan trọng')).toMatchObject({ bold: true, italic: false })
    expect(runs.find((run) => run.text === 'bản tiếng Nga')).toMatchObject({ bold: false, italic: true })
    expect(runs.find((run) => run.text === 'cần số liệu')).toMatchObject({ italic: true })
    expect(text).toContain('UNCLOS (https://un.org/unclos)')
    expect(text).toContain('• điểm một')
  })
})
