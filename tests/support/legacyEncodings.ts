import iconv from 'iconv-lite'
import { encodeTcvn3 } from '../../src-main/importers/encoding/tcvn3'

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/u

/**
 * Windows-1258 as Windows writes Vietnamese: base letters precomposed (â, ê, ơ, ư, ă, đ…), tone marks as separate
 * combining characters after them.
 */
export function toWindows1258(text: string): Uint8Array {
  const parts: string[] = []
  for (const character of text.normalize('NFC')) {
    const decomposed = character.normalize('NFD')
    const tone = [...decomposed].find((mark) => toneMarks.test(mark))
    if (!tone) parts.push(character)
    else parts.push(decomposed.replace(tone, '').normalize('NFC'), tone)
  }
  return iconv.encode(parts.join(''), 'windows1258')
}

/** Bytes of `text` in one of the encodings users' files come in. */
export function encodeAs(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case 'windows-1258':
      return toWindows1258(text)
    case 'tcvn3':
      return encodeTcvn3(text)
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    default:
      return iconv.encode(text, encoding)
  }
}
