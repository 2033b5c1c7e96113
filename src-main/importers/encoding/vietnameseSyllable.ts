/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel nucleus from the
 * closed list Vietnamese allows, an optional final consonant, and at most one tone mark. Used to tell a correctly
 * decoded legacy Vietnamese file from the same bytes read in the wrong code page, which yields words like "viêòt".
 */
const initials = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?'
const nuclei = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iêu',
  'iu',
  'oa',
  'oă',
  'oai',
  'oay',
  'oe',
  'oeo',
  'oi',
  'ôi',
  'ơi',
  'oo',
  'ua',
  'uâ',
  'uây',
  'uê',
  'ui',
  'uô',
  'uôi',
  'uơ',
  'ươ',
  'ươi',
  'ươu',
  'ưu',
  'uy',
  'uya',
  'uyê',
  'uyu',
  'ưa',
  'ưi',
  'yê',
  'yêu',
  'oao',
  'eu',
]
const finals = '(?:ch|nh|ng|[cmnpt])?'
const syllable = new RegExp(`^${initials}(?:${nuclei.join('|')})${finals}$`, 'u')
const toneMarks = /\u0300|\u0301|\u0303|\u0309|\u0323/gu

/** True when `word` (any case, NFC or NFD) is a plausible Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(toneMarks)?.length ?? 0
  if (tones > 1) return false
  // A tone mark sits on a vowel (after its circumflex, breve or horn); "ñ" is an n with a tilde, not a tone.
  const marksOff = decomposed.replace(/\u0302|\u0306|\u031b/gu, '')
  const tone = marksOff.search(toneMarks)
  if (tone === 0 || (tone > 0 && !'aeiouy'.includes(marksOff[tone - 1] ?? ''))) return false
  const base = decomposed.replace(toneMarks, '').normalize('NFC')
  return syllable.test(base)
}
