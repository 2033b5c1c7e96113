import { blocksFromPlainText } from '../common/text/plainTextBlocks'
import { decodeAs, detectEncoding, isTextEncoding, textEncodings } from './encoding/detectEncoding'
import type { Importer } from './importer'
import { importRefusals } from './importErrors'

/** Decode text bytes (detected encoding, or the user's choice) to a string; refuses binary content. */
export function decodeText(
  bytes: Uint8Array,
  override: string | undefined,
): { text: string; encoding: string; choices: string[] } {
  if (override !== undefined) {
    if (!isTextEncoding(override)) throw importRefusals.unknownEncoding(override)
    // The user's choice wins over strictness: a UTF file with a few broken bytes reads with replacement marks.
    const text =
      decodeAs(bytes, override) ??
      (override.startsWith('utf-') ? new TextDecoder(override, { fatal: false }).decode(bytes) : null)
    if (text === null) throw importRefusals.binary()
    const guess = detectEncoding(bytes)
    return { text, encoding: override, choices: guess?.choices ?? [...textEncodings] }
  }
  const guess = detectEncoding(bytes)
  const text = guess ? decodeAs(bytes, guess.encoding) : null
  if (!guess || text === null) throw importRefusals.binary()
  return { text, encoding: guess.encoding, choices: guess.choices }
}

/** Plain text in any of the encodings our users' files come in; structure read from blank lines. */
export const textImporter: Importer = {
  format: 'txt',
  async read(bytes, options) {
    const { text, encoding, choices } = decodeText(bytes, options.encoding)
    return { blocks: blocksFromPlainText(text), encoding, encodingChoices: choices, warnings: [] }
  },
}
