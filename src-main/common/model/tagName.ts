/**
 * Tag names as people type them: NFC, spaces collapsed, no spaces around the '/' that separates levels
 * ("Energy / Nuclear" → "Energy/Nuclear"), no empty levels. Returns '' when nothing usable is left.
 */
export function normalizeTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .split('/')
    .map((level) => level.replace(/\s+/gu, ' ').trim())
    .filter((level) => level.length > 0)
    .join('/')
}

/** The key tags compare by: case-insensitive in every script (Vietnamese "Đ"/"đ", Cyrillic "Я"/"я"). */
export function tagNameKey(name: string): string {
  return normalizeTagName(name).toLowerCase()
}

/** The levels of a hierarchical tag name ("Energy/Nuclear" → ["Energy", "Nuclear"]). */
export function tagLevels(name: string): string[] {
  return normalizeTagName(name).split('/')
}

/** The longest tag name the app accepts (the contract refuses longer ones from the renderer). */
export const maxTagNameLength = 200

/**
 * A tag name from a file, held to the app's rules: normalised like a typed name, then cut to the length limit
 * (never inside a surrogate pair). Returns '' when nothing usable is left.
 */
export function fitTagName(raw: string): string {
  const name = normalizeTagName(raw)
  if (name.length <= maxTagNameLength) return name
  const cut = /[\uD800-\uDBFF]/.test(name[maxTagNameLength - 1] ?? '') ? maxTagNameLength - 1 : maxTagNameLength
  return normalizeTagName(name.slice(0, cut))
}
