import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ComparedParagraph } from '@common/model/draft'
import { en } from '../../i18n/en'
import { vi } from '../../i18n/vi'
import { comparedCitation } from './comparedCitation'

const i18n = i18next.createInstance()
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, vi: { translation: vi } }, lng: 'en' })
})

function paragraph(overrides: Partial<ComparedParagraph>): ComparedParagraph {
  return {
    kind: 'changed',
    oldIndex: 20,
    oldLabel: null,
    oldOrdinal: null,
    newIndex: 21,
    newLabel: null,
    newOrdinal: null,
    heading: false,
    segments: [{ op: 'equal', text: 'Hai bên nhất trí tiếp tục phối hợp.' }],
    ...overrides,
  }
}

function both(language: 'en' | 'vi', compared: ComparedParagraph): [string, string] {
  const t = i18n.getFixedT(language)
  return [comparedCitation(t, language, compared, 'old'), comparedCitation(t, language, compared, 'new')]
}

describe('how the compare view cites a paragraph', () => {
  it('cites an unnumbered paragraph by its place in each draft, in the reader’s language, never as a fake number', () => {
    expect(both('en', paragraph({}))).toEqual(['paragraph 21', 'paragraph 22'])
    expect(both('vi', paragraph({}))).toEqual(['đoạn 21', 'đoạn 22'])
    expect(both('en', paragraph({})).join(' ')).not.toContain('#')
  })

  it('cites a numbered paragraph by its number, and one under it by number and place', () => {
    expect(both('en', paragraph({ oldLabel: '11', newLabel: '12' }))).toEqual(['¶11', '¶12'])
    expect(both('en', paragraph({ oldLabel: '11', oldOrdinal: 2, newLabel: '12', newOrdinal: 2 }))).toEqual([
      '¶11, 2nd para.',
      '¶12, 2nd para.',
    ])
    expect(both('vi', paragraph({ oldLabel: '11', oldOrdinal: 3, newLabel: '11', newOrdinal: 3 }))).toEqual([
      '¶11, đoạn 3',
      '¶11, đoạn 3',
    ])
  })

  it('cites an unnumbered heading by its own words as each draft has them', () => {
    const heading = paragraph({
      heading: true,
      segments: [
        { op: 'equal', text: 'Hợp tác ' },
        { op: 'delete', text: 'kinh tế' },
        { op: 'insert', text: 'kinh tế và thương mại' },
      ],
    })
    expect(both('en', heading)).toEqual(['“Hợp tác kinh tế”', '“Hợp tác kinh tế và thương mại”'])
  })

  it('shows a dash on the side where the paragraph does not exist', () => {
    expect(both('en', paragraph({ kind: 'inserted', oldIndex: null }))[0]).toBe('—')
  })
})
