import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@common/model/settings'
import { useStore } from '../../state/createStore'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { settingsStore, updateSettings } from '../../state/settingsStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { FormFooter } from '../../ui/FormFooter'
import { TeamServerSection } from './TeamServerSection'

/** Language, the author name written on annotations, and appearance. */
export function SettingsDialog() {
  const { t } = useTranslation()
  const onClose = () => closeDialog('settings')
  return (
    <Dialog title={t('settings.title')} open={useDialog('settings') !== null} onClose={onClose}>
      <SettingsForm onDone={onClose} />
      <TeamServerSection />
    </Dialog>
  )
}

function SettingsForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const current = useStore(settingsStore)
  const [draft, setDraft] = useState<Settings>(current)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await updateSettings(draft)
      onDone()
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <label className="form__field">
        <span>{t('settings.authorName')}</span>
        <input
          type="text"
          value={draft.authorName}
          maxLength={200}
          onChange={(event) => setDraft({ ...draft, authorName: event.target.value })}
        />
        <small>{t('settings.authorNameHint')}</small>
      </label>
      <label className="form__field">
        <span>{t('settings.language')}</span>
        <select
          value={draft.language}
          onChange={(event) => setDraft({ ...draft, language: event.target.value as Settings['language'] })}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="en">English</option>
          <option value="vi">Tiếng Việt</option>
        </select>
      </label>
      <label className="form__field">
        <span>{t('settings.theme')}</span>
        <select
          value={draft.theme}
          onChange={(event) => setDraft({ ...draft, theme: event.target.value as Settings['theme'] })}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </label>
      <FormFooter error={error} cancelLabel={t('settings.cancel')} submitLabel={t('settings.save')} onCancel={onDone} />
    </form>
  )
}
