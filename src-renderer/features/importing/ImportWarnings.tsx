import { useTranslation } from 'react-i18next'
import type { ImportWarning } from '@common/api/documentsApi'

/** Notes from the importer (images dropped, text repaired…), each in the user's language. */
export function ImportWarnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t } = useTranslation()
  if (warnings.length === 0) return null
  return (
    <ul className="import-warnings">
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`}>
          {t(`importing.warnings.${warning.code}`, {
            ...warning.params,
            defaultValue: t('importing.warnings.unknown', { code: warning.code }),
          })}
        </li>
      ))}
    </ul>
  )
}
