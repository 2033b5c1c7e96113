import { describe, expect, it } from 'vitest'
import { fileAcceptList, importFormatFor, importFormatNames, importFormats, usualExtensions } from './importFormats'
import { documentFormats } from './document'

describe('the import format list', () => {
  it('finds the format of a file by its extension, whatever its case', () => {
    expect(importFormatFor('Dự thảo.DOCX')).toBe('docx')
    expect(importFormatFor('notes.markdown')).toBe('md')
    expect(importFormatFor('program.exe')).toBeNull()
    expect(importFormatFor('README')).toBeNull()
  })

  it('gives the file picker every extension and media type it imports', () => {
    const accept = fileAcceptList().split(',')
    expect(accept).toEqual(expect.arrayContaining(['.txt', '.text', '.md', '.htm', '.docx', '.pdf', 'application/pdf']))
  })

  it('names every format in both interface languages and makes each a document format', () => {
    for (const format of importFormats) {
      expect(importFormatNames('en')[format]).toBeTruthy()
      expect(importFormatNames('vi')[format]).toBeTruthy()
      expect(documentFormats).toContain(format)
      expect(usualExtensions()).toContain(`.${format === 'txt' ? 'txt' : format}`)
    }
  })
})
