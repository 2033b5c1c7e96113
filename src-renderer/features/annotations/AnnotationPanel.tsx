import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { annotationsStore } from '../../state/annotationsStore'
import { useStore } from '../../state/createStore'
import { openDialog } from '../../state/dialogStore'
import { EmptyState } from '../../ui/EmptyState'
import { errorMessage } from '../../ui/errorMessage'
import { filterAnnotations, noFilter, prepareSearch, type AnnotationFilter } from './annotationFilters'
import { AnnotationList } from './AnnotationList'
import { FilterBar } from './FilterBar'
import { NeedsAttention } from './NeedsAttention'
import { StudyTheseButton } from '../study/StudyTheseButton'
import { AnnotationStatusLine } from './AnnotationStatusLine'
import { useAnnotationShortcuts } from './useAnnotationShortcuts'

/** Every annotation of the open document in reading order, with filters, threads and the tag manager. */
export function AnnotationPanel() {
  const { t } = useTranslation()
  const state = useStore(annotationsStore)
  const [filter, setFilter] = useState<AnnotationFilter>(noFilter)
  const deferredFilter = useDeferredValue(filter)
  useAnnotationShortcuts()

  const { anchored, orphans } = useMemo(() => {
    // One pass over the list (20,000 at size), not one per kind; indexed, as in filterAnnotations. Usually every
    // annotation is anchored: the list itself is then the anchored one, not a copy built a push at a time.
    const all = state.annotations
    if (!all.some((each) => each.anchorStatus !== 'anchored')) return { anchored: all, orphans: [] }
    const split: { anchored: Annotation[]; orphans: Annotation[] } = { anchored: [], orphans: [] }
    for (let index = 0; index < all.length; index++) {
      const each = all[index]!
      ;(each.anchorStatus === 'anchored' ? split.anchored : split.orphans).push(each)
    }
    return split
  }, [state.annotations])
  const { shown, counts } = useMemo(() => filterAnnotations(anchored, deferredFilter), [anchored, deferredFilter])
  const shownIds = useMemo(() => shown.map((annotation) => annotation.id), [shown])
  // Fold the cards' text for the search box while the window is idle, so the first key typed finds at once.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    const handle = requestIdleCallback(() => prepareSearch(anchored))
    return () => cancelIdleCallback(handle)
  }, [anchored])

  return (
    <div className="annotation-panel">
      <div className="annotation-panel__header">
        <h2 className="pane__heading">{t('shell.panes.annotations')}</h2>
        <StudyTheseButton annotationIds={shownIds} />
        <button type="button" className="button button--quiet" onClick={() => openDialog('tagManager', {})}>
          {t('annotations.list.manageTags')}
        </button>
      </div>
      <AnnotationStatusLine />
      {state.status === 'failed' ? (
        <p role="alert">{errorMessage(t, state.error)}</p>
      ) : state.annotations.length === 0 ? (
        <EmptyState title={t('shell.empty.annotationsTitle')} hint={t('shell.empty.annotationsHint')} />
      ) : (
        <>
          <NeedsAttention orphans={orphans} />
          <FilterBar
            filter={filter}
            counts={counts}
            shown={shown.length}
            total={anchored.length}
            onChange={setFilter}
          />
          <AnnotationList annotations={shown} />
          <p className="annotation-panel__keys">{t('annotations.keys.hint')}</p>
        </>
      )}
    </div>
  )
}
