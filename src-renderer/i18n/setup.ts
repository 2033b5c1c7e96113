import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { InterfaceLanguage, Settings } from '@common/model/settings'
import { en } from './en'
import { vi } from './vi'

/** The interface language for a preference: 'system' picks Vietnamese for a Vietnamese system, else English. */
export function resolveLanguage(
  preference: Settings['language'],
  systemLanguages: readonly string[],
): InterfaceLanguage {
  if (preference !== 'system') return preference
  return systemLanguages.some((tag) => tag.toLowerCase().startsWith('vi')) ? 'vi' : 'en'
}

/** Start i18next with both catalogues. Missing Vietnamese keys fall back to English, never to a raw key. */
export async function setupI18n(language: InterfaceLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, vi: { translation: vi } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

/** Switch the interface language at run time. */
export async function changeLanguage(language: InterfaceLanguage): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
