import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../common/text/canonicalText'
import { encodeAs } from '../../tests/support/legacyEncodings'
import { parseFile } from './parseFile'

const vietnamese = [
  'Những định hướng lớn của quan hệ song phương',
  '',
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, đường sắt, ' +
    'khuyến khích các doanh nghiệp mở rộng đầu tư.',
  '',
  '- Hợp tác quốc phòng - an ninh là lĩnh vực hợp tác truyền thống.',
  '',
  'Kết luận',
].join('\r\n')
const russian = [
  'Основные направления сотрудничества',
  '',
  '9. Стороны договорились укреплять сотрудничество в области энергетики и нефтегазовой промышленности.',
  '',
  '- Военное сотрудничество является традиционной областью.',
].join('\n')
const english = 'Café society\n\nThe délégation of the naïve rapporteur arrived; “résumé” à la carte. Œuvre.'

const read = async (bytes: Uint8Array, encoding?: string) => {
  const parsed = await parseFile({ name: 'draft.txt', bytes, options: encoding ? { encoding } : {} })
  return { text: canonicalText(parsed.blocks), encoding: parsed.encoding, choices: parsed.encodingChoices }
}
const expected = async (source: string) => (await read(Buffer.from(source.normalize('NFC'), 'utf8'))).text

describe('text import: encodings', () => {
  it.each([
    'utf-8',
    'utf-8-bom',
    'utf-16le-bom',
    'utf-16be-bom',
    'utf-16le',
    'utf-16be',
    'windows-1258',
    'tcvn3',
    'viscii',
  ])('reads Vietnamese in %s as the same NFC text', async (encoding) => {
    const { text, encoding: detected } = await read(encodeAs(vietnamese, encoding))
    expect(text).toBe(await expected(vietnamese))
    expect(detected).toBe(encoding.replace('-bom', ''))
  })

  it('reads NFD UTF-8 (macOS, some Word exports) as NFC', async () => {
    const { text } = await read(Buffer.from(vietnamese.normalize('NFD'), 'utf8'))
    expect(text).toBe(await expected(vietnamese))
    expect(text).toBe(text.normalize('NFC'))
  })

  it.each(['windows-1251', 'koi8-r', 'utf-16le', 'utf-8'])('reads Russian in %s', async (encoding) => {
    const { text, encoding: detected } = await read(encodeAs(russian, encoding))
    expect(text).toBe(await expected(russian))
    expect(detected).toBe(encoding)
  })

  it('reads Western text in Windows-1252', async () => {
    const { text, encoding } = await read(iconv.encode(english, 'windows1252'))
    expect(text).toBe(await expected(english))
    expect(encoding).toBe('windows-1252')
  })

  it('lets the user override the detected encoding and offers the alternatives', async () => {
    const bytes = encodeAs(russian, 'windows-1251')
    const detected = await read(bytes)
    expect(detected.choices.slice(0, 2)).toEqual(['windows-1251', 'koi8-r'])
    const overridden = await read(bytes, 'koi8-r')
    expect(overridden.encoding).toBe('koi8-r')
    expect(overridden.text).not.toBe(detected.text)
    await expect(read(bytes, 'ebcdic')).rejects.toMatchObject({ code: 'import.unknownEncoding' })
  })

  it('reads a UTF-8 file with a broken byte when the user insists on UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('Đường sắt '), Buffer.from([0xff]), Buffer.from(' cao tốc.')])
    const { text, encoding } = await read(bytes, 'utf-8')
    expect(encoding).toBe('utf-8')
    expect(text).toBe('Đường sắt \ufffd cao tốc.')
  })

  it('refuses binary content and empty files', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)
    await expect(read(random)).rejects.toMatchObject({ code: 'import.binary' })
    await expect(read(new Uint8Array(0))).rejects.toMatchObject({ code: 'import.empty' })
    await expect(read(Buffer.from('\r\n  \n'))).rejects.toMatchObject({ code: 'import.noText' })
  })
})
