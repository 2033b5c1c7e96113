import type { InterfaceLanguage } from '../common/model/settings'

/** The native menu's own words (roles such as Copy or Quit are translated by the operating system). */
export const menuLabels = {
  en: {
    file: 'File',
    import: 'Import Documents…',
    newFromClipboard: 'New Document from Clipboard',
    importDraft: 'Import New Draft…',
    settings: 'Settings…',
    edit: 'Edit',
    findInDocument: 'Find in Document',
    searchLibrary: 'Search Library',
    view: 'View',
    help: 'Help',
    about: 'About Marginalia',
  },
  vi: {
    file: 'Tệp',
    import: 'Nhập tài liệu…',
    newFromClipboard: 'Tài liệu mới từ bộ nhớ tạm',
    importDraft: 'Nhập bản dự thảo mới…',
    settings: 'Cài đặt…',
    edit: 'Sửa',
    findInDocument: 'Tìm trong tài liệu',
    searchLibrary: 'Tìm trong thư viện',
    view: 'Xem',
    help: 'Trợ giúp',
    about: 'Giới thiệu Marginalia',
  },
} satisfies Record<InterfaceLanguage, Record<string, string>>

export type MenuLabels = (typeof menuLabels)['en']
