// @vitest-environment jsdom
import i18next from 'i18next'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '@common/model/annotation'
import { en } from '../../i18n/en'
import { NeedsAttention } from './NeedsAttention'

const i18n = i18next.createInstance()
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en' })
})

const at = '2026-05-10T09:00:00.000Z'
const orphan: Annotation = {
  id: 'a1',
  documentId: 'd1',
  revisionId: 'r2',
  color: 'pink',
  target: { start: 0, end: 28, exact: 'ngăn chặn thông tin sai lệch', prefix: '', suffix: '' },
  paragraphLabel: null,
  author: 'Nguyễn Thị Minh',
  createdAt: at,
  updatedAt: at,
  resolvedAt: null,
  anchorStatus: 'orphaned',
  carryOver: {
    class: 'orphaned',
    fromDraft: 1,
    toDraft: 2,
    confidence: 0,
    previousExact: 'ngăn chặn thông tin sai lệch',
    previousParagraphLabel: '12',
    candidates: [],
    changedSince: { draft: 1, exact: 'ngăn chặn thông tin sai lệch' },
  },
  tags: [],
  comments: [
    {
      id: 'c1',
      annotationId: 'a1',
      parentId: null,
      author: 'Nguyễn Thị Minh',
      body: '**Phản đối** cách diễn đạt này',
      createdAt: at,
      updatedAt: at,
    },
  ],
}

const text = (html: string) => html.replace(/<[^>]+>/gu, '')

describe('"Needs attention"', () => {
  it('says what the thread of an unplaced annotation holds, so a delete is never a blind one', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <NeedsAttention orphans={[orphan]} />
      </I18nextProvider>,
    )
    expect(text(html)).toContain('Last seen in draft 1, ¶12')
    expect(text(html)).toContain('Your comment: Phản đối cách diễn đạt này')
  })

  it('says an annotation made on an undone draft was made there, not where it was "last seen"', () => {
    const undone: Annotation = { ...orphan, carryOver: { ...orphan.carryOver!, fromDraft: 2, toDraft: 1 } }
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <NeedsAttention orphans={[undone]} />
      </I18nextProvider>,
    )
    expect(text(html)).toContain('Made on draft 2, whose import was undone')
  })
})
