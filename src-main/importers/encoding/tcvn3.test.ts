import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeTcvn3, encodeTcvn3, tcvn3Table } from './tcvn3'

const lowerCaseLetters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ'

describe('TCVN3 table', () => {
  it('agrees with TCVN 5712 VN1 (as iconv-lite has it) on every upper-half code it defines', () => {
    const vn1 = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), 'tcvn')
    for (let byte = 0xa0; byte <= 0xff; byte += 1) {
      const ours = tcvn3Table[byte]
      if (ours != null) expect([byte.toString(16), ours]).toEqual([byte.toString(16), vn1[byte]])
    }
  })

  it('has every lower-case Vietnamese letter once, and the seven base capitals', () => {
    for (const letter of lowerCaseLetters) expect(tcvn3Table.filter((entry) => entry === letter)).toHaveLength(1)
    for (const capital of 'ĂÂÊÔƠƯĐ') expect(tcvn3Table.indexOf(capital)).toBeGreaterThanOrEqual(0xa1)
  })

  it('round-trips Vietnamese text to NFC, with capitals it lacks written in lower case as TCVN3 files did', () => {
    const text = 'Đường sắt cao tốc, ngoại giao, hữu nghị, Ông Bà, Ưu tiên.'
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(text)
    expect(decodeTcvn3(encodeTcvn3('Ủy ban'))).toBe('ủy ban')
  })

  it('is not TCVN3 when a byte has no TCVN3 character', () => {
    expect(decodeTcvn3(Uint8Array.from([0x41, 0x01, 0x42]))).toBeNull()
    expect(decodeTcvn3(Uint8Array.from([0x41, 0x85]))).toBeNull()
  })
})
