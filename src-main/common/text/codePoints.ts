/**
 * Converting offsets between UTF-16 code units (what JavaScript strings and our selectors count) and Unicode code
 * points (what the W3C TextPositionSelector counts). They differ only after astral characters (emoji, rare CJK).
 */
export class CodePointIndex {
  /** UTF-16 offsets at which an astral character starts, ascending. */
  private readonly astralStarts: number[] = []

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralStarts.push(index)
          index++
        }
      }
    }
  }

  /** Code-point offset of a UTF-16 offset. */
  toCodePoints(utf16Offset: number): number {
    return utf16Offset - this.countBefore(utf16Offset)
  }

  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePointOffset: number): number {
    let offset = codePointOffset
    for (const start of this.astralStarts) {
      if (start < offset) offset++
      else break
    }
    return offset
  }

  private countBefore(utf16Offset: number): number {
    let low = 0
    let high = this.astralStarts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((this.astralStarts[middle] ?? 0) < utf16Offset) low = middle + 1
      else high = middle
    }
    return low
  }
}
