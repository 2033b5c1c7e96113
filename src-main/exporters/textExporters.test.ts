import { describe, expect, it } from 'vitest'
import { annotatedJointStatement, exportInputFor, statementSources } from '../../tests/support/exportFixture'
import { csvExporter } from './csvExporter'
import { silentProgress } from './exporter'
import { markdownExporter } from './markdownExporter'

/** A small RFC 4180 reader: enough to check that our quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') field += text[++index]
      else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') {
      quoted = true
    } else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (character !== '\r') {
      field += character
    }
  }
  return rows
}

for (const source of statementSources) {
  describe.skipIf(!source.available)(`Markdown and CSV exports of the ${source.name}`, () => {
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!

    it('CSV: BOM, one row per annotation, quotes and newlines inside fields survive, Vietnamese and Russian intact', async () => {
      const bytes = await csvExporter.write(exportInputFor(fixture), silentProgress)
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1))
      expect(rows).toHaveLength(fixture.annotations.length + 1)
      expect(rows[0]![0]).toBe('Tài liệu')
      const quoted = rows.find((row) => row[2] === 'hợp tác quốc phòng - an ninh tiếp tục là trụ cột quan trọng')!
      expect(quoted[3]).toBe('Cần đối chiếu với "Điều 3", đoạn 7,\nxem lại câu chữ.')
      expect(quoted[1]).toBe('7')
      expect(rows.find((row) => row[2] === 'UNCLOS 1982')![3]).toBe('Конвенция ООН по морскому праву')
      expect(rows.find((row) => row[2] === 'UNCLOS 1982')![9]).toBe('Đã giải quyết')
    })

    it('Markdown: passages as block quotes with paragraph numbers that no renderer renumbers', async () => {
      const text = new TextDecoder().decode(
        await markdownExporter.write(exportInputFor(fixture, {}, 'en'), silentProgress),
      )
      expect(text).toContain('### 6 · ¶ 9')
      expect(text).toContain('> 9\\. Hai bên nhất trí tăng cường')
      expect(text).toContain('**Comment:** Конвенция ООН по морскому праву')
      expect(text).toContain('**Tags:** `Năng lượng`, `Ưu tiên`')
      expect(text).toContain('- **Иван Петров**')
    })
  })
}
