import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagWithUsage } from '@common/api/tagsApi'
import { tagLevels } from '@common/model/tagName'
import { attempt } from '../../state/annotationMessages'
import { useStore } from '../../state/createStore'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { deleteTag, loadTags, mergeTag, renameTag, setTagColor, tagsStore } from '../../state/tagsStore'
import { Dialog } from '../../ui/Dialog'

/** The tag manager: every tag with its count; rename everywhere, merge, colour, delete (count shown first). */
export function TagManagerDialog() {
  const { t } = useTranslation()
  const open = useDialog('tagManager') !== null
  const onClose = () => closeDialog('tagManager')
  const tags = useStore(tagsStore)
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (open) void loadTags().catch(() => undefined)
  }, [open])
  const placed = useRef(false)
  // The caret starts on the first tag's Rename (the rows may arrive after the dialog opened), and when a merged or
  // deleted row takes it away, it comes back there: never to the page behind the dialog.
  useEffect(() => {
    const dialog = list.current?.closest('dialog')
    if (!open || !dialog) {
      placed.current = false
      return
    }
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]')
    if (first && !placed.current) {
      placed.current = true
      first.focus()
    } else if (!dialog.contains(document.activeElement)) {
      ;(first ?? dialog.querySelector<HTMLElement>('button'))?.focus()
    }
  }, [open, tags])
  return (
    <Dialog title={t('tags.manager.title')} open={open} onClose={onClose}>
      {tags.length === 0 ? <p>{t('tags.manager.empty')}</p> : null}
      <ul ref={list} className="tag-manager">
        {tags.map((tag, index) => (
          <TagRow key={tag.id} tag={tag} first={index === 0} others={tags.filter((other) => other.id !== tag.id)} />
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('tags.manager.close')}
        </button>
      </div>
    </Dialog>
  )
}

function TagRow({ tag, others, first }: { tag: TagWithUsage; others: TagWithUsage[]; first: boolean }) {
  const { t } = useTranslation()
  const [mode, setModeNow] = useState<'view' | 'rename' | 'delete'>('view')
  const renameButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  // Back from renaming (saved or cancelled) or from the delete question: the caret returns to this row's Rename.
  const setMode = (next: 'view' | 'rename' | 'delete') => {
    returnFocus.current = next === 'view'
    setModeNow(next)
  }
  useEffect(() => {
    if (mode === 'view' && returnFocus.current) renameButton.current?.focus()
    returnFocus.current = false
  }, [mode])
  const [name, setName] = useState(tag.name)
  const [mergeTarget, setMergeTarget] = useState('')
  const levels = tagLevels(tag.name)

  return (
    <li className="tag-manager__row" style={{ paddingInlineStart: `${(levels.length - 1) * 1.25}rem` }}>
      <span className="tag-manager__name">
        {tag.color ? <span className="tag-manager__dot" style={{ background: tag.color }} aria-hidden="true" /> : null}
        {levels.join(' › ')}
      </span>
      <span className="tag-manager__usage">{t('tags.manager.usage', { count: tag.usage })}</span>
      {mode === 'rename' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void attempt(async () => {
              await renameTag(tag.id, name)
              setMode('view')
            })
          }}
        >
          <input
            autoFocus
            aria-label={t('tags.manager.renameLabel', { name: tag.name })}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            {t('tags.manager.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
            {t('tags.manager.cancel')}
          </button>
        </form>
      ) : mode === 'delete' ? (
        <div role="alert">
          {t('tags.manager.confirmDelete', { name: tag.name, count: tag.usage })}
          <button
            autoFocus
            type="button"
            className="button button--danger"
            onClick={() => void attempt(() => deleteTag(tag.id))}
          >
            {t('tags.manager.confirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
            {t('tags.manager.cancel')}
          </button>
        </div>
      ) : (
        <div className="tag-manager__actions">
          <button
            ref={renameButton}
            type="button"
            className="button button--quiet"
            aria-label={t('tags.manager.renameNamed', { name: tag.name })}
            data-autofocus={first ? '' : undefined}
            onClick={() => setMode('rename')}
          >
            {t('tags.manager.rename')}
          </button>
          <input
            type="color"
            aria-label={t('tags.manager.color', { name: tag.name })}
            value={tag.color ?? '#888888'}
            onChange={(event) => void attempt(() => setTagColor(tag.id, event.target.value))}
          />
          {others.length ? (
            <>
              <select
                aria-label={t('tags.manager.mergeInto', { name: tag.name })}
                value={mergeTarget}
                onChange={(event) => setMergeTarget(event.target.value)}
              >
                <option value="">{t('tags.manager.mergeChoose')}</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--quiet"
                disabled={!mergeTarget}
                aria-label={t('tags.manager.mergeNamed', { name: tag.name })}
                onClick={() => void attempt(() => mergeTag(tag.id, mergeTarget))}
              >
                {t('tags.manager.merge')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('tags.manager.deleteNamed', { name: tag.name })}
            onClick={() => setMode('delete')}
          >
            {t('tags.manager.delete')}
          </button>
        </div>
      )}
    </li>
  )
}
