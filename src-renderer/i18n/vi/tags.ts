import type { TranslationOf } from '../catalogue'
import type { tags as english } from '../en/tags'

export const tags: TranslationOf<typeof english> = {
  input: 'Thẻ',
  inputHint: 'Nhập thẻ rồi nhấn Enter; dấu “/” tạo cấp bậc (Năng lượng/Hạt nhân).',
  add: 'Thêm thẻ',
  remove: 'Bỏ thẻ {{name}}',
  suggestions: 'Thẻ đã có',
  done: 'Xong',
  manager: {
    title: 'Thẻ',
    empty: 'Chưa có thẻ nào. Gắn thẻ cho chú thích thì thẻ sẽ hiện ở đây.',
    usage_one: '{{count}} chú thích',
    usage_other: '{{count}} chú thích',
    rename: 'Đổi tên',
    renameNamed: 'Đổi tên {{name}}',
    renameLabel: 'Tên mới cho {{name}}',
    save: 'Lưu',
    cancel: 'Hủy',
    mergeInto: 'Gộp {{name}} vào',
    mergeChoose: 'Chọn thẻ…',
    merge: 'Gộp',
    mergeNamed: 'Gộp {{name}}',
    color: 'Màu của {{name}}',
    clearColor: 'Không màu',
    delete: 'Xóa',
    deleteNamed: 'Xóa {{name}}',
    confirmDelete_one: 'Xóa thẻ “{{name}}”? Thẻ sẽ bị bỏ khỏi {{count}} chú thích.',
    confirmDelete_other: 'Xóa thẻ “{{name}}”? Thẻ sẽ bị bỏ khỏi {{count}} chú thích.',
    confirm: 'Xóa thẻ',
    close: 'Đóng',
  },
}
