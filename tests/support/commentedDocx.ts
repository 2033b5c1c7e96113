import { strToU8, zipSync } from 'fflate'

/** A comment for `commentedDocx`: its paragraphs, and the comment it answers (by id). */
export type FixtureComment = {
  id: number
  author: string
  date: string
  paragraphs: string[]
  replyTo?: number
  done?: boolean
}

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const w14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
const w15 = 'http://schemas.microsoft.com/office/word/2012/wordml'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A run of plain text, for the body XML of `commentedDocx`. */
export const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`

/** The XML that opens, closes or points at comment `id` in the body. */
export const commentMark = {
  start: (id: number): string => `<w:commentRangeStart w:id="${id}"/>`,
  end: (id: number): string => `<w:commentRangeEnd w:id="${id}"/>`,
  reference: (id: number): string => `<w:r><w:commentReference w:id="${id}"/></w:r>`,
}

/**
 * A DOCX built part by part, the way Word's format allows: `paragraphs` are the inner XML of each body paragraph
 * (runs, comment marks, w:ins/w:del), `comments` go to comments.xml with paraIds, and replies and "done" to
 * commentsExtended.xml (plus commentsIds.xml, as Word writes it). `commentsXml` replaces comments.xml outright.
 */
export function commentedDocx(paragraphs: string[], comments: FixtureComment[], commentsXml?: string): Uint8Array {
  const paraId = (id: number): string => (0x10000000 + id).toString(16).toUpperCase()
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${w}"><w:body>${paragraphs.map((inner) => `<w:p>${inner}</w:p>`).join('')}</w:body></w:document>`
  const commentParts = comments
    .map((comment) => {
      const body = comment.paragraphs
        .map((text, index) => {
          const id = index === comment.paragraphs.length - 1 ? ` w14:paraId="${paraId(comment.id)}"` : ''
          return `<w:p${id}>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}${run(text)}</w:p>`
        })
        .join('')
      return `<w:comment w:id="${comment.id}" w:author="${escape(comment.author)}" w:date="${comment.date}" w:initials="X">${body}</w:comment>`
    })
    .join('')
  const extended = comments
    .map(
      (comment) =>
        `<w15:commentEx w15:paraId="${paraId(comment.id)}"${
          comment.replyTo === undefined ? '' : ` w15:paraIdParent="${paraId(comment.replyTo)}"`
        } w15:done="${comment.done ? 1 : 0}"/>`,
    )
    .join('')
  const ids = comments
    .map(
      (comment) => `<w16cid:commentId w16cid:paraId="${paraId(comment.id)}" w16cid:durableId="${comment.id + 100}"/>`,
    )
    .join('')
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
</Relationships>`),
    'word/document.xml': strToU8(document),
    // Stored, not deflated: a huge test part must meet the comments limit, not the zip guard's ratio check.
    'word/comments.xml': [
      strToU8(
        commentsXml ??
          `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${w}" xmlns:w14="${w14}">${commentParts}</w:comments>`,
      ),
      { level: 0 },
    ],
    'word/commentsExtended.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="${w15}">${extended}</w15:commentsEx>`,
    ),
    'word/commentsIds.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">${ids}</w16cid:commentsIds>`,
    ),
  })
}

/** A draft with a thread (resolved, with a reply chain), an overlapping comment, a point comment in Russian and two tracked changes. */
export function threadedDraftDocx(): Uint8Array {
  const { start, end, reference } = commentMark
  return commentedDocx(
    [
      `${run('9. Hai bên ')}${start(0)}${start(2)}${start(3)}${run('nhất trí ')}${start(1)}${run('tăng cường')}` +
        `${end(0)}${end(2)}${end(3)}${reference(0)}${reference(2)}${reference(3)}${run(' hợp tác')}${end(1)}` +
        `${reference(1)}${run('.')}`,
      `${run('Стороны ')}${reference(4)}${run('согласились ')}` +
        `<w:ins w:id="90" w:author="Иван Петров" w:date="2026-05-12T09:00:00Z">${run('расширить')}</w:ins>` +
        `<w:del w:id="91" w:author="Иван Петров" w:date="2026-05-12T09:00:00Z"><w:r><w:delText>сократить</w:delText></w:r></w:del>` +
        `${run(' сотрудничество.')}`,
    ],
    [
      {
        id: 0,
        author: 'Nguyễn Thị Lan',
        date: '2026-05-10T09:00:00Z',
        paragraphs: ['Cần làm rõ.', 'Xem Điều 3.'],
        done: true,
      },
      { id: 1, author: 'Trần Văn An', date: '2026-05-10T10:00:00Z', paragraphs: ['Chồng lên bình luận trước.'] },
      { id: 2, author: 'Иван Петров', date: '2026-05-11T09:00:00Z', paragraphs: ['Согласен.'], replyTo: 0 },
      { id: 3, author: 'Nguyễn Thị Lan', date: '2026-05-11T10:00:00Z', paragraphs: ['Cảm ơn.'], replyTo: 2 },
      { id: 4, author: 'Иван Петров', date: '2026-05-12T09:30:00Z', paragraphs: ['Первая строка', 'Вторая строка'] },
    ],
  )
}
