import fs from 'node:fs'
import path from 'node:path'
import type { BriefingOptions } from '../../src-main/common/api/exportApi'
import type { Annotation, AnnotationColor, Comment, Tag } from '../../src-main/common/model/annotation'
import type { Block, DocumentSummary, Revision } from '../../src-main/common/model/document'
import { canonicalText } from '../../src-main/common/text/canonicalText'
import type { ExportInput } from '../../src-main/exporters/exporter'
import { labelsFor } from '../../src-main/exporters/exportLabels'
import { generatedJointStatement } from './generatedStatement'

/** The shared corpus folder beside the project, and the joint statement in it. */
const corpusDirectory = path.resolve('../shared/corpus')
/** The real joint statement, when ../shared/corpus is there. */
export const jointStatementPath = path.join(corpusDirectory, 'joint-statement-vi.txt')
/** True when the real corpus is beside the project (it is not part of the repository). */
export const corpusAvailable = fs.existsSync(jointStatementPath)
export const fontsDirectory = path.resolve('resources/fonts')

/** Split a plain text into blocks on blank lines; short lines without final punctuation are headings. */
export function blocksFromText(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph): Block => {
      if (paragraph.startsWith('- ')) return { kind: 'listItem', text: paragraph, level: 1 }
      if (paragraph.length < 90 && !/[.:;!?…”"]$/.test(paragraph)) return { kind: 'heading', text: paragraph, level: 2 }
      return { kind: 'paragraph', text: paragraph }
    })
}

const documentId = '4f0a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b'
const revisionId = '5a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d'

/** A document and revision built from blocks. */
export function documentFrom(blocks: Block[], title: string): { document: DocumentSummary; revision: Revision } {
  const text = canonicalText(blocks)
  const createdAt = '2026-05-10T08:00:00.000Z'
  return {
    document: {
      id: documentId,
      title,
      sourceName: 'joint-statement-vi.txt',
      format: 'txt',
      encoding: 'utf-8',
      language: 'vi',
      sizeBytes: text.length,
      contentHash: 'fixture',
      createdAt,
      updatedAt: createdAt,
      lastOpenedAt: null,
      currentRevisionId: revisionId,
      revisionCount: 1,
      annotationCount: 0,
    },
    revision: { id: revisionId, documentId, number: 1, blocks, text, contentHash: 'fixture', createdAt },
  }
}

let counter = 0
function fixtureId(): string {
  counter++
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`
}

/** The citable number of the paragraph containing `offset` ("9" for "9. Hai bên…"). */
export function paragraphLabelAt(text: string, offset: number): string | null {
  const blockStart = text.lastIndexOf('\n', offset - 1) + 1
  return /^(\d+)\.\s/.exec(text.slice(blockStart, blockStart + 8))?.[1] ?? null
}

type AnnotationSpec = {
  start: number
  end: number
  color: AnnotationColor
  author: string
  tags?: string[]
  comment?: string
  replies?: { author: string; body: string; toReply?: boolean }[]
  resolved?: boolean
}

/** An annotation over [start, end) of `text`, with quote, context, tags and a comment thread. */
export function makeAnnotation(revision: Revision, spec: AnnotationSpec, day = 1): Annotation {
  const id = fixtureId()
  const text = revision.text
  const createdAt = `2026-05-${String(10 + (day % 18)).padStart(2, '0')}T09:${String(day % 60).padStart(2, '0')}:00.000Z`
  const comments: Comment[] = []
  if (spec.comment) {
    comments.push({
      id: fixtureId(),
      annotationId: id,
      parentId: null,
      author: spec.author,
      body: spec.comment,
      createdAt,
      updatedAt: createdAt,
    })
  }
  for (const [index, reply] of (spec.replies ?? []).entries()) {
    const parent = reply.toReply ? comments[comments.length - 1]! : comments[0]!
    const at = createdAt.replace('T09', `T1${index}`)
    comments.push({
      id: fixtureId(),
      annotationId: id,
      parentId: parent.id,
      author: reply.author,
      body: reply.body,
      createdAt: at,
      updatedAt: at,
    })
  }
  const tags: Tag[] = (spec.tags ?? []).map((name) => ({ id: `tag-${name}`, name, color: null }))
  return {
    id,
    documentId: revision.documentId,
    revisionId: revision.id,
    carryOver: null,
    color: spec.color,
    target: {
      start: spec.start,
      end: spec.end,
      exact: text.slice(spec.start, spec.end),
      prefix: text.slice(Math.max(0, spec.start - 32), spec.start),
      suffix: text.slice(spec.end, spec.end + 32),
    },
    paragraphLabel: paragraphLabelAt(text, spec.start),
    author: spec.author,
    createdAt,
    updatedAt: createdAt,
    resolvedAt: spec.resolved ? createdAt : null,
    anchorStatus: 'anchored',
    tags,
    comments,
  }
}

/** Offsets of the `occurrence`-th (0-based) appearance of `phrase`. */
export function find(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let start = -1
  for (let index = 0; index <= occurrence; index++) start = text.indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`Phrase not in the text: ${phrase}`)
  return { start, end: start + phrase.length }
}

/** A joint statement the exporter tests run on: where it comes from, and why it may be missing. */
export type StatementSource = {
  /** Named in the test titles, with what it needs. */
  name: string
  available: boolean
  text: () => string
}

/**
 * The statements every exporter test runs on: the generated one always (a fresh clone tests every exporter), the
 * real joint statement as an extra layer where ../shared/corpus is there.
 */
export const statementSources: readonly StatementSource[] = [
  { name: 'generated statement', available: true, text: () => generatedJointStatement() },
  {
    name: 'real joint statement (needs ../shared/corpus)',
    available: corpusAvailable,
    text: () => fs.readFileSync(jointStatementPath, 'utf8').normalize('NFC'),
  },
]

/**
 * A joint statement (the generated one unless `statement` is given) with hand-made annotations: overlapping,
 * cross-paragraph, Vietnamese tags, replies.
 */
export function annotatedJointStatement(statement: string = generatedJointStatement()): {
  document: DocumentSummary
  revision: Revision
  annotations: Annotation[]
} {
  counter = 0
  const blocks = blocksFromText(statement.normalize('NFC'))
  const { document, revision } = documentFrom(blocks, 'Tuyên bố chung Việt Nam – Liên bang Nga')
  const text = revision.text
  const minh = 'Nguyễn Thị Minh'
  const an = 'Trần Văn An'
  const ivan = 'Иван Петров'
  const crossStart = find(text, '9. Hai bên nhất trí').start
  const crossEnd = find(text, 'Hai bên khẳng định tầm quan trọng của việc đẩy nhanh').end
  const annotations = [
    makeAnnotation(
      revision,
      {
        ...find(text, 'Hợp tác năng lượng - dầu khí'),
        color: 'yellow',
        author: minh,
        tags: ['Năng lượng'],
        comment: 'Điểm nhấn: dầu khí, cần số liệu 2024.',
        replies: [
          { author: an, body: 'Đã có số liệu của Bộ Công Thương.' },
          { author: ivan, body: 'Согласен, добавлю в справку.', toReply: true },
        ],
      },
      1,
    ),
    makeAnnotation(
      revision,
      {
        ...find(text, 'năng lượng - dầu khí là điểm nhấn quan trọng'),
        color: 'green',
        author: an,
        tags: ['Năng lượng', 'Ưu tiên'],
        comment: 'Trùng với đoạn tô vàng: nhấn mạnh "điểm nhấn", đoạn 3',
      },
      2,
    ),
    makeAnnotation(
      revision,
      {
        ...find(text, 'hợp tác quốc phòng - an ninh tiếp tục là trụ cột quan trọng'),
        color: 'blue',
        author: minh,
        tags: ['Quốc phòng'],
        comment: 'Cần đối chiếu với "Điều 3", đoạn 7,\nxem lại câu chữ.',
      },
      3,
    ),
    makeAnnotation(
      revision,
      {
        ...find(text, 'UNCLOS 1982'),
        color: 'pink',
        author: ivan,
        tags: ['Biển Đông'],
        comment: 'Конвенция ООН по морскому праву',
        resolved: true,
      },
      4,
    ),
    makeAnnotation(revision, { ...find(text, 'Kết luận'), color: 'purple', author: an }, 5),
    makeAnnotation(
      revision,
      {
        start: crossStart,
        end: crossEnd,
        color: 'orange',
        author: minh,
        tags: ['Năng lượng', 'Hạt nhân'],
        comment: 'Đoạn 9 và đoạn tiếp theo: dự án Trung tâm khoa học và công nghệ hạt nhân.',
      },
      6,
    ),
    makeAnnotation(
      revision,
      {
        ...find(text, 'Vladimir Vladimirovich Putin'),
        color: 'yellow',
        author: ivan,
        comment: 'Полное имя — Владимир Владимирович Путин.',
      },
      7,
    ),
  ]
  return { document, revision, annotations }
}

/** Briefing options for tests. */
export const defaultBriefing: BriefingOptions = {
  layout: 'fullText',
  notes: 'margin',
  paper: 'A4',
  classification: 'MẬT / CONFIDENTIAL',
}

/** A complete exporter input for one section. */
export function exportInputFor(
  fixture: { document: DocumentSummary; revision: Revision; annotations: Annotation[] },
  options: Partial<BriefingOptions> = {},
  language: 'en' | 'vi' = 'vi',
): ExportInput {
  return {
    sections: [fixture],
    title: fixture.document.title,
    labels: labelsFor(language),
    options: { ...defaultBriefing, ...options },
    exportedBy: 'Nguyễn Thị Minh',
    exportedAt: '2026-05-20T10:00:00.000Z',
    fontsDirectory,
  }
}
