import { useTranslation } from 'react-i18next'
import { citationWithoutSign, paragraphOrdinalAt } from '@common/anchoring/paragraphCitation'
import type { Annotation } from '@common/model/annotation'
import type { Block } from '@common/model/document'
import { blockStartOffsets } from '@common/text/canonicalText'
import { readerStore } from '../../state/readerStore'
import { useStore } from '../../state/createStore'

/** Block start offsets per revision's blocks, computed once however many cards cite them. */
const startsByBlocks = new WeakMap<readonly Block[], number[]>()

function startsOf(blocks: readonly Block[]): number[] {
  let starts = startsByBlocks.get(blocks)
  if (!starts) startsByBlocks.set(blocks, (starts = blockStartOffsets(blocks)))
  return starts
}

/**
 * The annotation's paragraph citation without the ¶ sign ("11", "11, 2nd para.", "11, đoạn 2"), from the open
 * revision's blocks, by the same formatter the exports use; the plain label when the annotation is not placed in
 * the open revision; null when it has no label.
 */
export function useParagraphCitation(annotation: Annotation): string | null {
  const { i18n } = useTranslation()
  const reader = useStore(readerStore)
  const label = annotation.paragraphLabel
  if (label === null) return null
  const revision = reader.status === 'open' ? reader.detail.revision : null
  if (!revision || revision.id !== annotation.revisionId || annotation.anchorStatus !== 'anchored') return label
  const ordinal = paragraphOrdinalAt(revision.blocks, startsOf(revision.blocks), annotation.target.start)
  return citationWithoutSign(label, ordinal, i18n.language === 'vi' ? 'vi' : 'en')
}
