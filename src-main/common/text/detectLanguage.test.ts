import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detectLanguage'

describe('language detection', () => {
  it('tells Vietnamese, Russian and English apart', () => {
    expect(detectLanguage('Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng.')).toBe('vi')
    expect(detectLanguage('Стороны договорились укреплять сотрудничество в области энергетики.')).toBe('ru')
    expect(detectLanguage('The two sides agreed to strengthen cooperation in the field of energy.')).toBe('en')
  })

  it('says undetermined when it cannot tell', () => {
    expect(detectLanguage('12 34 56')).toBe('und')
    expect(detectLanguage('Zusammenarbeit Energiebereich gestärkt werden')).toBe('und')
  })

  it('reads NFD Vietnamese as Vietnamese', () => {
    expect(detectLanguage('Đường sắt cao tốc Bắc Nam'.normalize('NFD'))).toBe('vi')
  })
})
