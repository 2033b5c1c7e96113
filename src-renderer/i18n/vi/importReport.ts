import type { TranslationOf } from '../catalogue'
import type { importReport as english } from '../en/importReport'

export const importReport: TranslationOf<typeof english> = {
  'import.imagesDropped_one': 'Đã bỏ qua một hình ảnh: Marginalia chỉ nhập phần văn bản.',
  'import.imagesDropped_other': 'Đã bỏ qua {{count}} hình ảnh: Marginalia chỉ nhập phần văn bản.',
  'import.activeContentRemoved':
    'Đã gỡ bỏ mã script, trình xử lý sự kiện hoặc liên kết chạy mã. Văn bản không thay đổi và không có gì trong đó có thể chạy.',
  'import.externalContentIgnored_one':
    'Đã bỏ qua một tệp liên kết bên ngoài tài liệu (hình ảnh hoặc mẫu); không có gì được tải về.',
  'import.externalContentIgnored_other':
    'Đã bỏ qua {{count}} tệp liên kết bên ngoài tài liệu (hình ảnh hoặc mẫu); không có gì được tải về.',
}
