import type { TFunction } from 'i18next'

/** The user's-language message for any failure: `errors.<code>` when the catalogue has it, else the fallback. */
export function errorMessage(t: TFunction, error: unknown): string {
  const { code, params, message } = (error ?? {}) as {
    code?: string
    params?: Record<string, unknown>
    message?: string
  }
  if (code) {
    const key = `errors.${code}`
    const translated = t(key, { ...params, defaultValue: '' })
    if (translated) return translated
  }
  return message ?? t('errors.internal')
}
