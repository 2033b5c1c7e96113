import { ownLabel } from '../../src-main/common/anchoring/paragraphLabel'
import type { CarryOverClass } from '../../src-main/common/model/draft'

/** One annotation to make on draft 1, and where it must be after draft 2 is imported. */
export type Probe = {
  name: string
  /** The paragraph of draft 1 and the quote in it (the last occurrence in that paragraph). */
  paragraph: number
  quote: string
  expected: { class: CarryOverClass; exact: string | null; label: string | null }
}

const numbered = /^(\d+)\.\s/u

/**
 * From a numbered text (at least 11 numbered paragraphs), make draft 1 and a revised draft 2 with known ground
 * truth: a typo fixed, wording changed, a bracketed alternative resolved, a paragraph inserted (every number after
 * it shifts), a paragraph moved, one deleted, and the short quote "Hai bên nhất trí" repeated in many paragraphs.
 */
export function revisedDraft(source: readonly string[]): { first: string[]; second: string[]; probes: Probe[] } {
  const numberedAt = source.flatMap((text, index) => (numbered.test(text) ? [index] : []))
  if (numberedAt.length < 11) throw new Error('revisedDraft needs at least 11 numbered paragraphs')
  const at = (k: number) => numberedAt[k]!
  const first = [...source]
  const repeat = ' Hai bên nhất trí.'
  first[at(1)] += ' Hai bên đánh giá cao hợp tắc kinh tế.'
  first[at(3)] += ' Hai bên cam kết thúc đẩy mạnh mẽ đầu tư.'
  first[at(5)] += ' Hai bên duy trì [cân bằng][hài hòa] lợi ích.'
  for (const k of [6, 7, 8, 9]) first[at(k)] += repeat
  const second = [...first]
  second[at(1)] = second[at(1)]!.replace('hợp tắc kinh tế', 'hợp tác kinh tế')
  second[at(3)] = second[at(3)]!.replace('thúc đẩy mạnh mẽ', 'khuyến khích mạnh mẽ')
  second[at(5)] = second[at(5)]!.replace('[cân bằng][hài hòa]', 'hài hòa')
  // Order matters: edit by index from the end so earlier indexes stay valid.
  const moved = second[at(4)]!
  const deleted = at(7)
  const inserted = '0. Hai bên nhất trí thành lập nhóm công tác chung về chuyển đổi số và đổi mới sáng tạo.'
  const lastNumbered = at(numberedAt.length - 1)
  const order: (string | null)[] = second.map((text, index) => (index === at(4) || index === deleted ? null : text))
  order.splice(lastNumbered, 0, moved)
  order.splice(at(2) + 1, 0, inserted)
  let number = Number(numbered.exec(source[at(0)]!)![1]) - 1
  const revised = order
    .filter((text): text is string => text !== null)
    .map((text) => text.replace(numbered, () => `${++number}. `))
  const labelIn = (predicate: (text: string) => boolean) => ownLabel(revised.find(predicate)!)
  const body = (text: string) => text.replace(numbered, '').slice(0, 40).trimEnd()
  const stable = at(numberedAt.length - 2)
  const probes: Probe[] = [
    {
      name: 'typo fixed',
      paragraph: at(1),
      quote: 'hợp tắc kinh tế',
      expected: { class: 'reworded', exact: 'hợp tác kinh tế', label: labelIn((t) => t.includes('hợp tác kinh tế')) },
    },
    {
      name: 'wording changed',
      paragraph: at(3),
      quote: 'thúc đẩy mạnh mẽ đầu tư',
      expected: {
        class: 'reworded',
        exact: 'khuyến khích mạnh mẽ đầu tư',
        label: labelIn((t) => t.includes('khuyến khích mạnh mẽ')),
      },
    },
    {
      name: 'bracket resolved',
      paragraph: at(5),
      quote: '[cân bằng][hài hòa]',
      expected: { class: 'reworded', exact: 'hài hòa', label: labelIn((t) => t.includes('duy trì hài hòa')) },
    },
    {
      name: 'number shifted',
      paragraph: stable,
      quote: body(source[stable]!),
      expected: {
        class: 'exact',
        exact: body(source[stable]!),
        label: labelIn((t) => t.includes(body(source[stable]!))),
      },
    },
    {
      name: 'paragraph moved',
      paragraph: at(4),
      quote: body(moved),
      expected: { class: 'moved', exact: body(moved), label: labelIn((t) => t.includes(body(moved))) },
    },
    {
      name: 'paragraph deleted',
      paragraph: deleted,
      quote: 'Hai bên nhất trí',
      expected: { class: 'orphaned', exact: null, label: null },
    },
    ...[6, 8, 9].map((k): Probe => ({
      name: `repeated quote in paragraph ${k}`,
      paragraph: at(k),
      quote: 'Hai bên nhất trí',
      expected: {
        class: 'exact',
        exact: 'Hai bên nhất trí',
        label: labelIn((t) => body(t) === body(first[at(k)]!)),
      },
    })),
  ]
  return { first, second: revised, probes }
}
