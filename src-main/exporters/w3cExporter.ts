import type { Exporter } from './exporter'
import { annotationContext, sectionToW3c } from './w3c/toW3c'

/**
 * W3C Web Annotation JSON-LD: one AnnotationCollection with a single embedded page holding every annotation and
 * reply. Each item carries its own @context so that it stays valid when a tool copies it out on its own.
 */
export const w3cExporter: Exporter = {
  format: 'w3c',
  extension: 'jsonld',
  mimeType: 'application/ld+json',
  async write(input, progress) {
    const items: Record<string, unknown>[] = []
    for (const [index, section] of input.sections.entries()) {
      items.push(...sectionToW3c(section))
      progress.report((index + 1) / input.sections.length)
      await progress.pause()
    }
    const collectionId = `urn:uuid:${globalThis.crypto.randomUUID()}`
    const collection = {
      '@context': annotationContext,
      id: collectionId,
      type: 'AnnotationCollection',
      label: input.title,
      created: input.exportedAt,
      generator: { type: 'Software', name: 'Marginalia' },
      total: items.length,
      first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
    }
    return new TextEncoder().encode(JSON.stringify(collection, null, 2) + '\n')
  },
}
