import type { DocumentLanguage } from '../model/document'

/** Letters only Vietnamese uses among the languages we meet: đ, ơ, ư, ă and the precomposed tone-marked vowels. */
const vietnameseLetters = /[đĐơƠưƯăĂ\u1EA0-\u1EF9]/gu
const cyrillicLetters = /\p{Script=Cyrillic}/gu
const latinLetters = /\p{Script=Latin}/gu
const englishWords = /\b(?:the|and|of|to|in|is|that|for|with|on|as|are|be|this|by)\b/gi

/**
 * Guess the language from letter statistics over a sample (the first 20,000 characters are plenty): Cyrillic
 * letters mean Russian; Vietnamese-only letters above 2% of Latin letters mean Vietnamese (French or Portuguese
 * names in an English text stay well below that); common English function words mean English. Otherwise 'und',
 * and the user can correct it. Cheap and predictable, at the cost of not telling other languages apart.
 */
export function detectLanguage(text: string): DocumentLanguage {
  const sample = text.slice(0, 20_000).normalize('NFC')
  const cyrillic = sample.match(cyrillicLetters)?.length ?? 0
  const latin = sample.match(latinLetters)?.length ?? 0
  if (cyrillic + latin < 3) return 'und'
  if (cyrillic > latin) return 'ru'
  const vietnamese = sample.match(vietnameseLetters)?.length ?? 0
  if (vietnamese > latin * 0.02) return 'vi'
  const words = sample.split(/\s+/).length
  const english = sample.match(englishWords)?.length ?? 0
  if (english > 0 && english >= words * 0.05) return 'en'
  return 'und'
}
