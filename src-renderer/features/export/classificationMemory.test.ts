import { describe, expect, it } from 'vitest'
import { rememberClassification, rememberedClassification } from './classificationMemory'

describe('the export dialog’s classification line', () => {
  it('is offered again for the document it was used with, and only for that one', () => {
    const statement = '4f0a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b'
    const report = '9a8b7c6d-2b3d-4e5f-8a9b-0c1d2e3f4a5b'
    expect(rememberedClassification(statement)).toBe('')
    rememberClassification(statement, 'MẬT – Lưu hành nội bộ')
    expect(rememberedClassification(statement)).toBe('MẬT – Lưu hành nội bộ')
    expect(rememberedClassification(report)).toBe('')
    rememberClassification(statement, '')
    expect(rememberedClassification(statement)).toBe('')
  })
})
