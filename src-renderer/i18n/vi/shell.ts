import type { TranslationOf } from '../catalogue'
import type { shell as english } from '../en/shell'

export const shell: TranslationOf<typeof english> = {
  appName: 'Marginalia',
  panes: {
    library: 'Thư viện',
    reader: 'Trình đọc',
    annotations: 'Chú thích',
  },
  empty: {
    libraryTitle: 'Thư viện của bạn đang trống',
    libraryHint: 'Nhập tài liệu (Ctrl+O) hoặc kéo thả tệp vào đây. Hỗ trợ tệp văn bản, Markdown, HTML, Word và PDF.',
    readerTitle: 'Chưa mở tài liệu nào',
    readerHint: 'Chọn một tài liệu trong thư viện để đọc tại đây.',
    annotationsTitle: 'Chưa có chú thích',
    annotationsHint: 'Chọn một đoạn văn bản trong tài liệu để tô sáng, gắn thẻ hoặc bình luận.',
  },
  actions: {
    openSettings: 'Cài đặt',
    dismiss: 'Đóng',
  },
  notices: {
    'db.restoredFromBackup':
      'Thư viện của bạn bị hỏng và đã được khôi phục từ bản sao lưu lúc {{backupDate}}. Tệp bị hỏng được giữ lại tại {{damagedPath}}.',
    'db.damagedNoBackup':
      'Thư viện của bạn bị hỏng và không tìm thấy bản sao lưu nào, nên một thư viện trống mới đã được tạo. Tệp bị hỏng được giữ lại tại {{damagedPath}}.',
    'db.writesLost':
      'Một số thay đổi đã lưu bị thiếu trong thư viện của bạn (số thay đổi bị thiếu: {{lost}}): nhật ký ghi trước (WAL) đã bị hỏng hoặc bị xóa kể từ lần chạy trước. Mọi thứ các tệp còn giữ đều đã có trong thư viện; một bản sao của các tệp như lúc được tìm thấy được giữ tại {{damagedPath}}.',
    'db.replayedFromSetAside':
      'Các thay đổi mà tệp bị hỏng vẫn còn giữ đã được khôi phục từ tệp đó (số thay đổi được khôi phục: {{recovered}}). Tệp bị hỏng được giữ lại tại {{damagedPath}}.',
    'backup.cannotWrite':
      'Không thể ghi bản sao lưu vào {{directory}}. Thư viện của bạn vẫn an toàn nhưng đang không được sao lưu: hãy kiểm tra ổ đĩa còn chỗ trống và không ở chế độ chỉ đọc.',
    'backup.verifyFailed':
      'Bản sao lưu mới nhất không qua được bước kiểm tra sau khi ghi nên đã bị xoá; các bản sao lưu trước trong {{directory}} vẫn được giữ.',
    'backup.libraryDamaged':
      'Thư viện không qua được bước kiểm tra tính toàn vẹn nên không được sao lưu; các bản sao lưu trước trong {{directory}} vẫn được giữ. Hãy khởi động lại ứng dụng để khôi phục bản tốt mới nhất.',
    'search.indexRebuilt':
      'Chỉ mục tìm kiếm bị thiếu hoặc hỏng và đã được dựng lại từ tài liệu và chú thích của bạn. Không mất dữ liệu nào.',
  },
}
