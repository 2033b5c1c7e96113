/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ".Vn" fonts of Vietnamese offices in the 1990s and 2000s). Bytes below 0x80 are
 * ASCII. The upper half holds the seven base capitals, the 67 lower-case letters with their tone marks, and some
 * precomposed capitals; the other upper-case toned vowels were drawn by separate ".VnH" capital fonts reusing the
 * lower-case codes, so a plain-text TCVN3 file stores them as lower case and nothing can recover the capital.
 * Written out by hand, byte by byte, so that every mapping can be read and checked against the standard.
 */
const upperHalf: Record<number, string> = {
  0xa0: '\u00a0',
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xaf: 'Ằ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xba: 'Ẳ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xbf: 'Ẵ',
  0xc0: 'Ắ',
  0xc1: 'Ầ',
  0xc2: 'Ẩ',
  0xc3: 'Ẫ',
  0xc4: 'Ấ',
  0xc5: 'Ề',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xcd: 'Ể',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xd9: 'Ễ',
  0xda: 'Ế',
  0xdb: 'Ồ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe0: 'Ổ',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf0: 'Ỗ',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
  0xff: 'Ố',
}

/** Byte → character for all 256 bytes; null where TCVN3 has no character (C0 controls but tab/LF/CR, 0x80–0x9F). */
export const tcvn3Table: readonly (string | null)[] = Array.from({ length: 256 }, (_, byte) => {
  if (byte < 0x80)
    return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d ? null : String.fromCharCode(byte)
  return upperHalf[byte] ?? null
})

/** Decode TCVN3 bytes; returns null when a byte has no TCVN3 character (the file is not TCVN3). */
export function decodeTcvn3(bytes: Uint8Array): string | null {
  const parts: string[] = []
  for (const byte of bytes) {
    const character = tcvn3Table[byte]
    if (character == null) return null
    parts.push(character)
  }
  return parts.join('').normalize('NFC')
}

const encodeMap = new Map<string, number>(
  tcvn3Table.flatMap((character, byte) => (character == null ? [] : [[character, byte] as [string, number]])),
)

/**
 * Encode NFC text as TCVN3 (used by tests to make legacy files). Upper-case toned vowels without a code of their
 * own are written as their lower-case code, as TCVN3 documents did; other characters become '?'.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = []
  for (const character of text.normalize('NFC')) {
    const byte = encodeMap.get(character) ?? encodeMap.get(character.toLowerCase())
    out.push(byte ?? 0x3f)
  }
  return Uint8Array.from(out)
}
