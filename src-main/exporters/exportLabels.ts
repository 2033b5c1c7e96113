import type { AnnotationColor } from '../common/model/annotation'
import type { InterfaceLanguage } from '../common/model/settings'

/** Words printed in exports, in the user's interface language (main has no i18next, like the native menu). */
export const exportLabels = {
  en: {
    source: 'Source',
    draft: 'Draft',
    changesSinceDraft: 'Changes since draft',
    noChangesSinceDraft: 'No annotated passage changed since this draft.',
    was: 'Was',
    now: 'Now',
    exportedOn: 'Exported',
    author: 'Prepared by',
    annotator: 'Author',
    annotationCount: 'Annotations',
    documentCount: 'Documents',
    page: 'Page {x} of {y}',
    paragraph: '¶',
    comment: 'Comment',
    reply: 'Reply',
    tags: 'Tags',
    color: 'Colour',
    resolved: 'Resolved',
    open: 'Open',
    status: 'Status',
    notes: 'Notes',
    excerpts: 'Annotated passages',
    indexByTag: 'Index of annotations by tag',
    untagged: 'Untagged',
    tagCollection: 'Tag: {tag}',
    noAnnotations: 'No annotations match the chosen filter.',
    quote: 'Quote',
    created: 'Created',
    modified: 'Modified',
    number: 'No.',
    document: 'Document',
    colors: {
      yellow: 'yellow',
      green: 'green',
      blue: 'blue',
      pink: 'pink',
      purple: 'purple',
      orange: 'orange',
    } satisfies Record<AnnotationColor, string>,
  },
  vi: {
    source: 'Nguồn',
    draft: 'Dự thảo',
    changesSinceDraft: 'Thay đổi kể từ dự thảo',
    noChangesSinceDraft: 'Không có đoạn được chú thích nào thay đổi kể từ dự thảo này.',
    was: 'Trước',
    now: 'Nay',
    exportedOn: 'Ngày xuất',
    author: 'Người soạn',
    annotator: 'Người chú thích',
    annotationCount: 'Số chú thích',
    documentCount: 'Số tài liệu',
    page: 'Trang {x}/{y}',
    paragraph: '¶',
    comment: 'Bình luận',
    reply: 'Trả lời',
    tags: 'Thẻ',
    color: 'Màu',
    resolved: 'Đã giải quyết',
    open: 'Đang mở',
    status: 'Trạng thái',
    notes: 'Ghi chú',
    excerpts: 'Các đoạn được chú thích',
    indexByTag: 'Chỉ mục chú thích theo thẻ',
    untagged: 'Chưa gắn thẻ',
    tagCollection: 'Thẻ: {tag}',
    noAnnotations: 'Không có chú thích nào khớp với bộ lọc đã chọn.',
    quote: 'Trích dẫn',
    created: 'Tạo lúc',
    modified: 'Sửa lúc',
    number: 'STT',
    document: 'Tài liệu',
    colors: {
      yellow: 'vàng',
      green: 'xanh lá',
      blue: 'xanh dương',
      pink: 'hồng',
      purple: 'tím',
      orange: 'cam',
    } satisfies Record<AnnotationColor, string>,
  },
} satisfies Record<InterfaceLanguage, unknown>

export type ExportLabels = (typeof exportLabels)['en'] & { language: InterfaceLanguage }

/** The label set for a language. */
export function labelsFor(language: InterfaceLanguage): ExportLabels {
  return { ...exportLabels[language], language }
}

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/** A date as people of that language write it (UTC, so exports do not depend on the machine's zone). */
export function formatDate(iso: string, labels: ExportLabels, withTime = false): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit' })
  return new Intl.DateTimeFormat(labels.language === 'vi' ? 'vi-VN' : 'en-GB', options).format(date)
}
