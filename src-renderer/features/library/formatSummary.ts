import type { TFunction } from 'i18next'
import type { DocumentSummary } from '@common/model/document'

// Making an Intl formatter costs far more than using one, and the library formats every row at each change.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<Formatter extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => Formatter) {
  let formatter = formatters.get(key) as Formatter | undefined
  if (!formatter) formatters.set(key, (formatter = make()))
  return formatter
}

/** A size as the user reads it: "36 KB", "1.2 MB". */
export function formatSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = value < 10 && unit > 0 ? 1 : 0
  return cached(
    `${language} ${unit} ${digits}`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: digits,
      }),
  ).format(value)
}

/** When the document was last opened, or "never". */
export function formatLastOpened(t: TFunction, summary: DocumentSummary, language: string): string {
  if (!summary.lastOpenedAt) return t('library.neverOpened')
  const format = cached(
    `${language} date`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  )
  return format.format(new Date(summary.lastOpenedAt))
}

/** The one-line description under a title: format, language, size, annotations, last opened. */
export function describeSummary(t: TFunction, summary: DocumentSummary, language: string): string {
  return [
    t(`library.formats.${summary.format}`),
    t(`library.languages.${summary.language}`),
    formatSize(summary.sizeBytes, language),
    t('library.annotationCount', { count: summary.annotationCount }),
    summary.lastOpenedAt
      ? t('library.lastOpened', { when: formatLastOpened(t, summary, language) })
      : t('library.neverOpened'),
  ].join(' · ')
}
