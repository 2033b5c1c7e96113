import type { Page } from 'playwright-core'
import type { DocumentDetail } from '../../src-main/common/api/documentsApi'
import type { Block, DocumentSummary } from '../../src-main/common/model/document'
import { canonicalText } from '../../src-main/common/text/canonicalText'

/**
 * Documents served to the page without the importer: `documents.list` and `documents.open` answered from memory
 * by intercepting the browser host's API route. For benchmarks and screenshots of the reader alone; tests of the
 * user's path import through the real UI instead.
 */
export async function serveFakeDocuments(page: Page, details: DocumentDetail[]): Promise<void> {
  await page.route('**/api/call/documents.*', async (route) => {
    const channel = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '')
    const args = (JSON.parse(route.request().postData() ?? '{"args":[]}') as { args: unknown[] }).args
    let value: unknown
    if (channel === 'documents.list') value = details.map((detail) => detail.summary)
    else if (channel === 'documents.open') value = details.find((detail) => detail.summary.id === args[0])
    else if (channel === 'documents.saveReadingPosition') value = null
    else return route.continue()
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) })
  })
}

/** Blocks from plain text as the importer makes them, simply: paragraphs on blank lines, short unpunctuated lines as headings. */
export function plainTextBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) =>
      paragraph.length < 80 && !/[.:;!?…,]$/.test(paragraph) && !/^[-–•]/.test(paragraph)
        ? { kind: 'heading' as const, text: paragraph, level: 2 }
        : { kind: 'paragraph' as const, text: paragraph },
    )
}

let serial = 0

/** A DocumentDetail for `blocks`, as `documents.open` returns it. */
export function fakeDetail(title: string, blocks: Block[]): DocumentDetail {
  serial++
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`
  const text = canonicalText(blocks)
  const now = new Date().toISOString()
  const summary: DocumentSummary = {
    id,
    title,
    sourceName: `${title}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    language: 'vi',
    sizeBytes: new TextEncoder().encode(text).length,
    contentHash: `hash-${serial}`,
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: null,
    currentRevisionId: `10000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    revisionCount: 1,
    annotationCount: 0,
  }
  return {
    summary,
    revision: {
      id: summary.currentRevisionId,
      documentId: id,
      number: 1,
      blocks,
      text,
      contentHash: summary.contentHash,
      createdAt: now,
    },
    readingPosition: null,
  }
}
