import { useTranslation } from 'react-i18next'
import { documentLanguages, type DocumentLanguage } from '@common/model/document'

type DocumentLanguageFieldProps = {
  label: string
  value: DocumentLanguage
  onChange: (language: DocumentLanguage) => void
}

/** A labelled choice of a document's language (Vietnamese, Russian, English, unknown). */
export function DocumentLanguageField({ label, value, onChange }: DocumentLanguageFieldProps) {
  const { t } = useTranslation()
  return (
    <label className="form__field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as DocumentLanguage)}>
        {documentLanguages.map((code) => (
          <option key={code} value={code}>
            {t(`library.languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
