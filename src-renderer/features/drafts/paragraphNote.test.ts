import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '@common/model/annotation'
import type { CarryOver } from '@common/model/draft'
import { en } from '../../i18n/en'
import { vi } from '../../i18n/vi'
import { paragraphNote } from './paragraphNote'

const i18n = i18next.createInstance()
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, vi: { translation: vi } }, lng: 'en' })
})

function annotation(paragraphLabel: string | null, previous: string | null, placed = true): Annotation {
  const carryOver: CarryOver | null = previous
    ? {
        class: placed ? 'exact' : 'orphaned',
        fromDraft: 1,
        toDraft: 2,
        confidence: 1,
        previousExact: 'Hai bên nhất trí',
        previousParagraphLabel: previous,
        candidates: [],
        changedSince: null,
      }
    : null
  return {
    id: 'a',
    documentId: 'd',
    revisionId: 'r',
    color: 'yellow',
    target: { start: 0, end: 16, exact: 'Hai bên nhất trí', prefix: '', suffix: '' },
    paragraphLabel,
    author: '',
    createdAt: '',
    updatedAt: '',
    resolvedAt: null,
    anchorStatus: placed ? 'anchored' : 'orphaned',
    carryOver,
    tags: [],
    comments: [],
  }
}

describe('the ¶ number on a card', () => {
  it('says which number a renumbered paragraph had in the draft before', () => {
    expect(paragraphNote(i18n.t, annotation('12', '11'))).toBe('¶12, was ¶11')
  })

  it('is the plain number when the paragraph kept it, or the annotation was made on this draft', () => {
    expect(paragraphNote(i18n.t, annotation('9', '9'))).toBe(en.annotations.card.paragraph.replace('{{label}}', '9'))
    expect(paragraphNote(i18n.t, annotation('9', null))).toBe(en.annotations.card.paragraph.replace('{{label}}', '9'))
    expect(paragraphNote(i18n.t, annotation(null, '3'))).toBeNull()
  })

  it('says it in Vietnamese too', async () => {
    await i18n.changeLanguage('vi')
    expect(paragraphNote(i18n.t, annotation('12', '11'))).toBe('¶12, trước là ¶11')
    await i18n.changeLanguage('en')
  })
})
