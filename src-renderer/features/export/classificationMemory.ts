/**
 * The classification line ("MẬT – Lưu hành nội bộ") the user last exported each document with, so the export dialog
 * offers it again: a briefing series keeps its marking. Kept in the window's storage, or in memory where there is none.
 */
const storageKey = 'marginalia.exportClassification'
const inMemory = new Map<string, string>()

function read(): Record<string, string> {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? '{}') as Record<string, string>
  } catch {
    return Object.fromEntries(inMemory)
  }
}

/** The classification last used for `documentId` (null: a tag's briefing across the library), or ''. */
export function rememberedClassification(documentId: string | null): string {
  const key = documentId ?? ''
  return (globalThis.localStorage ? read()[key] : inMemory.get(key)) ?? ''
}

/** Remember the classification just exported with. */
export function rememberClassification(documentId: string | null, classification: string): void {
  const key = documentId ?? ''
  inMemory.set(key, classification)
  if (!globalThis.localStorage) return
  try {
    globalThis.localStorage.setItem(storageKey, JSON.stringify({ ...read(), [key]: classification }))
  } catch {
    // Storage full or refused: the memory above still serves this session.
  }
}
