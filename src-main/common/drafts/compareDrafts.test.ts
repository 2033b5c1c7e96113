import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { comparedParagraphs } from './compareDrafts'
import { alignDrafts, draftText } from './draftAlignment'

const older: Block[] = [
  { kind: 'heading', text: 'Tuyên bố chung' },
  { kind: 'paragraph', text: 'Nhận lời mời của Chủ tịch nước, Tổng thống đã thăm chính thức Việt Nam.' },
  { kind: 'paragraph', text: '1. Hai bên nhất trí thúc đẩy hợp tác kinh tế.' },
  { kind: 'paragraph', text: 'Hai bên nhất trí tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương.' },
]
const newer: Block[] = [
  { kind: 'heading', text: 'Tuyên bố chung về đối tác' },
  { kind: 'paragraph', text: 'Nhận lời mời của Chủ tịch nước, Tổng thống đã thăm chính thức Việt Nam.' },
  { kind: 'paragraph', text: '1. Hai bên nhất trí thúc đẩy hợp tác kinh tế và thương mại.' },
  { kind: 'paragraph', text: 'Hai bên nhất trí tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương.' },
]

describe('the compare model', () => {
  it('says how each paragraph is cited in both drafts: number, place under it, heading, or no label', () => {
    const alignment = alignDrafts(
      draftText(older.map((block) => block.text)),
      draftText(newer.map((block) => block.text)),
    )
    const { paragraphs } = comparedParagraphs(alignment, older, newer)
    const cited = paragraphs.map(({ oldIndex, oldLabel, oldOrdinal, newLabel, newOrdinal, heading }) => ({
      oldIndex,
      oldLabel,
      oldOrdinal,
      newLabel,
      newOrdinal,
      heading,
    }))
    expect(cited).toEqual([
      { oldIndex: 0, oldLabel: null, oldOrdinal: null, newLabel: null, newOrdinal: null, heading: true },
      { oldIndex: 1, oldLabel: null, oldOrdinal: null, newLabel: null, newOrdinal: null, heading: false },
      { oldIndex: 2, oldLabel: '1', oldOrdinal: null, newLabel: '1', newOrdinal: null, heading: false },
      { oldIndex: 3, oldLabel: '1', oldOrdinal: 2, newLabel: '1', newOrdinal: 2, heading: false },
    ])
  })
})
