import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '@common/model/annotation'
import { normalizeTagName, tagNameKey } from '@common/model/tagName'
import { useStore } from '../../state/createStore'
import { loadTags, tagsStore } from '../../state/tagsStore'
import { takeTypeAhead } from '../../state/typeAhead'

type TagEditorProps = {
  tags: readonly Tag[]
  autoFocus?: boolean
  onChange: (names: string[]) => void
  onDone: () => void
}

/** Tags of one annotation: chips with remove buttons and a box with autocomplete from every existing tag. */
export function TagEditor({ tags, autoFocus, onChange, onDone }: TagEditorProps) {
  const { t } = useTranslation()
  const all = useStore(tagsStore)
  const [draft, setDraft] = useState('')
  const listId = useId()
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    void loadTags().catch(() => undefined)
  }, [])
  const names = tags.map((tag) => tag.name)
  const add = (typed = draft) => {
    const name = normalizeTagName(typed)
    if (!name) return
    const existing = all.find((tag) => tagNameKey(tag.name) === tagNameKey(name))
    if (!names.some((each) => tagNameKey(each) === tagNameKey(name))) onChange([...names, existing?.name ?? name])
    setDraft('')
  }

  // Before paint: a tag typed while the editor was opening goes in the box (and is added if Enter followed).
  /* eslint-disable react-hooks/set-state-in-effect -- set before paint, so the next key lands after it */
  useLayoutEffect(() => {
    if (!autoFocus) return
    const [typed = '', ...rest] = takeTypeAhead().text.split('\n')
    field.current?.focus()
    if (rest.length > 0) add(typed)
    else if (typed) setDraft(typed)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when asked to take the caret
  }, [autoFocus])
  /* eslint-enable react-hooks/set-state-in-effect */

  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label={t('tags.input')}>
        {tags.map((tag) => (
          <li key={tag.id} className="tag-chip">
            {tag.name}
            <button
              type="button"
              className="tag-chip__remove"
              aria-label={t('tags.remove', { name: tag.name })}
              onClick={() => onChange(names.filter((name) => name !== tag.name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="tag-editor__row">
        <input
          ref={field}
          className="tag-editor__input"
          aria-label={t('tags.add')}
          title={t('tags.inputHint')}
          list={listId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              if (draft.trim()) add()
              else onDone()
            } else if (event.key === 'Escape') {
              event.preventDefault()
              onDone()
            }
          }}
        />
        <datalist id={listId}>
          {all.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="button" className="button button--quiet" onClick={() => add()} disabled={!draft.trim()}>
          {t('tags.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('tags.done')}
        </button>
      </div>
    </div>
  )
}
