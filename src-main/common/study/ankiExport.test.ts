import { describe, expect, it } from 'vitest'
import { ankiDeckText } from './ankiExport'
import type { StudyCard } from './card'

const card = (overrides: Partial<StudyCard>): StudyCard => ({
  id: 'c',
  kind: 'cloze',
  documentId: 'd',
  documentTitle: 'Tuyên bố chung',
  annotationIds: ['a'],
  prompt: 'Hai bên hợp tác về {{c1::năng lượng}}.',
  answer: '',
  sourceLabel: '9',
  tags: ['Năng lượng', 'dầu khí'],
  status: 'active',
  annotationChanged: false,
  questionRemoved: false,
  state: 'new',
  due: '2026-03-01T00:00:00.000Z',
  reps: 0,
  lapses: 0,
  lastReview: null,
  createdAt: '2026-03-01T00:00:00.000Z',
  ...overrides,
})

describe('Anki deck file', () => {
  it('starts with the headers Anki reads and writes one cloze note per card with source and tags', () => {
    const text = ankiDeckText('Marginalia', [
      card({}),
      card({ kind: 'question', prompt: 'Lĩnh vực nào?\tthật', answer: 'dầu khí', sourceLabel: '¶4', tags: [] }),
    ])
    const lines = text.split('\n')
    expect(text.endsWith('\n')).toBe(true)
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Cloze',
      '#deck:Marginalia',
      '#tags column:4',
    ])
    expect(lines[6]!.split('\t')).toEqual([
      'Hai bên hợp tác về {{c1::năng lượng}}.',
      '',
      'Tuyên bố chung ¶9',
      'Năng_lượng dầu_khí',
    ])
    expect(lines[7]!.split('\t')).toEqual(['Lĩnh vực nào? thật {{c1::dầu khí}}', '', 'Tuyên bố chung ¶4', ''])
  })
})
