import { studyErrors } from './study'
import { teamErrors } from './team'
import type { TranslationOf } from '../catalogue'
import type { errors as english } from '../en/errors'

export const errors: TranslationOf<typeof english> = {
  internal: 'Đã có lỗi bên trong ứng dụng. Dữ liệu của bạn không bị thay đổi. Vui lòng thử lại.',
  'api.unreachable':
    'Không kết nối được với ứng dụng. Nếu bạn dùng trình duyệt, hãy kiểm tra `npm run serve` vẫn đang chạy.',
  'annotations.notSaved':
    'Đoạn tô màu chưa được lưu: không kết nối được với ứng dụng. Đoạn này vẫn được giữ trên trang và sẽ được lưu ngay khi ứng dụng hoạt động trở lại.',
  'api.unknownChannel': 'Ứng dụng yêu cầu một thao tác không xác định ({{channel}}). Vui lòng tải lại cửa sổ.',
  'api.invalidArguments': 'Ứng dụng gửi dữ liệu không hợp lệ ({{detail}}). Không có gì bị thay đổi.',
  'api.untrustedSender': 'Một yêu cầu từ bên ngoài ứng dụng đã bị từ chối.',
  'host.badToken': 'Trang này chưa được cấp quyền. Hãy mở địa chỉ mà `npm run serve` đã in ra.',
  'host.badHost': 'Yêu cầu bị từ chối vì không đến từ ứng dụng này.',
  'host.badOrigin': 'Yêu cầu bị từ chối vì không đến từ ứng dụng này.',
  'host.badChannel': 'Yêu cầu gọi một thao tác mà ứng dụng không đọc được. Vui lòng tải lại cửa sổ.',
  'host.tooLarge': 'Tệp quá lớn để gửi.',
  'db.tooNew':
    'Thư viện này được tạo bởi phiên bản Marginalia mới hơn. Hãy cập nhật Marginalia để mở; tệp không bị thay đổi.',
  'db.notOurs': 'Tệp này không phải là thư viện Marginalia. Tệp không bị thay đổi.',
  'backup.cannotWrite':
    'Không thể ghi bản sao lưu vào {{directory}}. Thư viện của bạn không thay đổi; hãy kiểm tra ổ đĩa còn chỗ trống và không ở chế độ chỉ đọc.',
  'backup.verifyFailed':
    'Bản sao lưu đã được ghi vào {{directory}} nhưng không qua được bước kiểm tra nên đã bị xoá. Các bản sao lưu trước vẫn được giữ.',
  'backup.libraryDamaged':
    'Thư viện không qua được bước kiểm tra tính toàn vẹn nên không được sao lưu. Các bản sao lưu trước vẫn được giữ; hãy khởi động lại ứng dụng để khôi phục bản tốt mới nhất.',
  'annotations.notFound': 'Chú thích này không còn tồn tại (có thể đã bị xóa ở cửa sổ khác). Hãy mở lại tài liệu.',
  'annotations.exists': 'Chú thích này đã có, nên không được thêm lần nữa.',
  'annotations.documentMissing': 'Tài liệu này không còn trong thư viện. Hãy chọn tài liệu khác.',
  'annotations.outsideText': 'Vùng chọn nằm ngoài văn bản. Hãy chọn lại đoạn văn.',
  'annotations.emptySelection': 'Vùng chọn không có chữ để chú thích. Hãy chọn vài từ rồi thử lại.',
  'annotations.notHere':
    'Không thể khôi phục: dữ liệu trỏ tới tài liệu hoặc chuỗi thảo luận khác. Không có gì bị thay đổi.',
  'annotations.quoteTooLong':
    'Đoạn văn dài hơn {{limit}} ký tự, mức tối đa của một chú thích. Hãy chọn đoạn ngắn hơn, hoặc chú thích từng phần.',
  'comments.notFound': 'Bình luận này không còn tồn tại (có thể đã bị xóa). Hãy mở lại tài liệu.',
  'tags.notFound': 'Thẻ này không còn tồn tại. Danh sách thẻ đã được làm mới.',
  'tags.emptyName': 'Thẻ cần có tên. Hãy nhập ít nhất một chữ.',
  'tags.nameTaken': 'Đã có thẻ tên “{{name}}”. Hãy dùng Gộp để kết hợp hai thẻ.',
  'export.cannotWrite':
    'Không ghi được tệp vào {{path}} ({{reason}}). Hãy chọn thư mục khác, hoặc kiểm tra ổ đĩa không bị đầy hay chỉ cho phép đọc.',
  'export.documentNotFound': 'Tài liệu này không còn trong thư viện nên không thể xuất. Hãy làm mới thư viện.',
  'export.nothingTagged': 'Không có đoạn nào được gắn thẻ "{{tag}}". Hãy kiểm tra tên thẻ, hoặc xuất một tài liệu.',
  'exchange.invalidFile':
    'Tệp không phải tệp chú thích web W3C (JSON có chú thích). Chưa nhập gì; hãy chọn tệp chú thích .json hoặc .jsonld.',
  'exchange.quoteTooLong':
    'Tệp trích một đoạn dài hơn {{limit}} ký tự, mức tối đa của một chú thích. Không có gì được nhập.',
  'exchange.documentNotFound': 'Tài liệu này không còn trong thư viện nên không nhập được gì vào đó.',
  'documents.notFound': 'Tài liệu này không còn trong thư viện. Có thể nó đã bị xoá; hãy làm mới thư viện.',
  'documents.emptyTitle': 'Tài liệu cần có tiêu đề. Hãy nhập ít nhất một chữ.',
  'import.empty': 'Tệp trống: không có văn bản để nhập. Hãy kiểm tra bạn đã chọn đúng tệp.',
  'import.noText': 'Tệp không chứa văn bản để nhập. Hãy kiểm tra bạn đã chọn đúng tệp.',
  'import.tooLarge':
    'Tệp có dung lượng {{sizeMb}} MB; chỉ nhập được tệp tối đa {{limitMb}} MB. Hãy chia thành các tệp nhỏ hơn.',
  'import.unsupportedType': "Không thể nhập tệp loại '.{{extension}}'. Hãy dùng tệp {{supported}}.",
  'import.binary':
    'Tệp không chứa văn bản đọc được: có vẻ là tệp nhị phân hoặc bảng mã không xác định. Hãy lưu lại dưới dạng văn bản (UTF-8) rồi thử lại.',
  'import.unknownEncoding': "Marginalia không đọc được bảng mã '{{encoding}}'. Hãy chọn bảng mã khác.",
  'import.encrypted':
    'Tệp {{format}} được bảo vệ bằng mật khẩu hoặc đã mã hoá. Hãy lưu một bản không bảo vệ rồi nhập bản đó.',
  'import.corrupt':
    'Tệp {{format}} bị hỏng hoặc không thực sự là tệp {{format}}. Hãy mở bằng chương trình gốc và lưu lại.',
  'import.zipBomb':
    'Tệp {{format}} sẽ phình ra quá lớn khi giải nén nên đã không được mở. Tệp có thể bị hỏng hoặc độc hại.',
  'import.drm':
    'Sách EPUB này được bảo vệ bằng DRM (chống sao chép) nên không đọc được văn bản. Hãy nhập một bản không có DRM, chẳng hạn bản nhà xuất bản hoặc thư viện cung cấp để học tập.',
  'import.noTextLayer':
    'Tệp PDF này không có lớp văn bản (có lẽ là bản quét) nên không có văn bản để nhập. Hãy nhận dạng chữ (OCR) trước.',
  'import.tooDemanding':
    'Việc đọc tệp này tốn quá nhiều thời gian hoặc bộ nhớ nên đã bị dừng. Thư viện không thay đổi. Tệp có thể bị hỏng.',
  'import.duplicate':
    "Văn bản này đã có trong thư viện với tên '{{title}}'. Hãy xác nhận nếu bạn muốn có thêm một bản.",
  'import.previewGone':
    'Tệp đã xem trước không còn sẵn sàng để nhập (một tệp khác đã được xem trước trong lúc đó). Hãy chọn lại tệp.',
  'search.tagNotFound': 'Thẻ này không còn nữa. Có thể nó đã được đổi tên hoặc xóa; hãy chọn thẻ khác.',
  'drafts.sameAsNewest':
    'Tệp này có nội dung giống hệt dự thảo {{draft}}, dự thảo mới nhất của văn bản. Không tạo dự thảo mới.',
  'drafts.documentDeleted':
    'Văn bản này đang ở thùng rác. Hãy khôi phục văn bản trước rồi nhập lại dự thảo mới. Không có gì thay đổi.',
  'drafts.documentMissing': 'Văn bản này không còn trong thư viện. Hãy chọn văn bản khác. Không có gì thay đổi.',
  'drafts.noSuchDraft': 'Văn bản này không có dự thảo {{draft}}. Danh sách dự thảo đã được làm mới.',
  'drafts.noReport': 'Dự thảo {{draft}} là dự thảo đầu tiên nên không có báo cáo nhập.',
  'drafts.nothingToUndo':
    'Văn bản này chỉ có một dự thảo nên không có lần nhập dự thảo nào để hoàn tác. Không có gì thay đổi.',
  ...studyErrors,
  ...teamErrors,
}
