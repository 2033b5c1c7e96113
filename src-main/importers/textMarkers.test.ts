import { describe, expect, it } from 'vitest'
import { canonicalText } from '../common/text/canonicalText'
import { extractMarkers, markerText } from './textMarkers'

describe('text markers', () => {
  it('leave the text exactly as it would be without them, and say where they stood', () => {
    const blocks = [
      {
        kind: 'paragraph' as const,
        text: `${markerText('s1')} Hai bên ${markerText('s2')}thống nhất${markerText('e2')}.`,
      },
      { kind: 'paragraph' as const, text: `Điều 3 ${markerText('e1')} bis` },
    ]
    const { blocks: clean, positions } = extractMarkers(blocks)
    const text = canonicalText(clean)
    expect(text).toBe('Hai bên thống nhất.\nĐiều 3 bis')
    expect(text.slice(positions.get('s2'), positions.get('e2'))).toBe('thống nhất')
    expect(text.slice(positions.get('s1'), positions.get('e1'))).toBe('Hai bên thống nhất.\nĐiều 3 ')
  })

  it('move bold and italic marks with the text, and drop a block that held only markers', () => {
    const { blocks, positions } = extractMarkers([
      { kind: 'paragraph', text: `${markerText('a')}Đ bold`, marks: [{ start: 5, end: 9, bold: true }] },
      { kind: 'paragraph', text: markerText('b') },
      { kind: 'paragraph', text: 'Последний' },
    ])
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Đ bold', marks: [{ start: 2, end: 6, bold: true }] },
      { kind: 'paragraph', text: 'Последний' },
    ])
    expect(positions.get('a')).toBe(0)
    expect(positions.get('b')).toBe(7)
  })
})
