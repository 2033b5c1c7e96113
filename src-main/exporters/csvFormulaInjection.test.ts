import { describe, expect, it } from 'vitest'
import { exportInputFor } from '../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../tests/support/generatedExport'
import { calcAvailable, csvAsShownByCalc } from '../../tests/support/spreadsheetOffice'
import { csvExporter, csvField } from './csvExporter'
import { silentProgress } from './exporter'

/** The cells of an HTML table as a reader sees them (tags dropped, entities decoded, spaces collapsed). */
function shownCells(html: string): string[] {
  return [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

const attacks = generatedAnnotatedDocument([
  { phrase: 'Hai bên nhất trí tăng cường', comment: '=41+1', tags: ['@SUM(1+1)'] },
  { phrase: 'khẳng định tầm quan trọng', comment: '=HYPERLINK("https://example.invalid/x","CANARY-CLICK")' },
  { phrase: '- Nga và Việt Nam', comment: '+1+1', replies: ['-2+3'] },
  { phrase: 'UNCLOS 1982', comment: '\t=1+2', author: '=CONCAT("CANARY","-AUTHOR")' },
])

describe('CSV export against formula injection', () => {
  it('writes text that starts like a formula behind an apostrophe, and numbers as numbers', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`)
    expect(csvField('@cmd')).toBe(`"'@cmd"`)
    expect(csvField('- Nga')).toBe(`"'- Nga"`)
    expect(csvField('\r=1')).toBe(`"'\r=1"`)
    expect(csvField('Hai bên = nhau')).toBe('"Hai bên = nhau"')
    expect(csvField(12)).toBe('"12"')
  })

  it.skipIf(!calcAvailable)(
    'LibreOffice Calc opens the export without evaluating any cell (needs soffice with Calc)',
    async () => {
      const csv = await csvExporter.write(exportInputFor(attacks), silentProgress)
      const cells = shownCells(csvAsShownByCalc(csv))
      // A formula that ran shows its result: 42, "CANARY-CLICK", "CANARY-AUTHOR", 2 or 3.
      expect(cells).not.toContain('42')
      expect(cells.join('|')).not.toMatch(/(^|\|)CANARY-(CLICK|AUTHOR)(\||$)/)
      expect(cells).not.toContain('2')
      expect(cells).not.toContain('3')
      // The user's text is there to read, as written.
      expect(cells.some((cell) => cell.includes('=41+1'))).toBe(true)
      expect(cells.some((cell) => cell.includes('=HYPERLINK("https://example.invalid/x","CANARY-CLICK")'))).toBe(true)
      expect(cells.some((cell) => cell.includes('- Nga và Việt Nam'))).toBe(true)
      expect(cells.some((cell) => cell.includes('=CONCAT("CANARY","-AUTHOR")'))).toBe(true)
    },
    120_000,
  )
})

if (!calcAvailable) console.warn('Skipping the LibreOffice CSV check: soffice with Calc is not installed.')
