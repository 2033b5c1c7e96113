import type { Annotation } from '@common/model/annotation'

/** A plain yellow annotation made on the newest draft, with `patch` applied: what the panel's filter tests start from. */
export function annotation(id: string, patch: Partial<Annotation>): Annotation {
  return {
    id,
    documentId: 'd',
    revisionId: 'r',
    color: 'yellow',
    target: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
    paragraphLabel: null,
    author: 'An',
    createdAt: '',
    updatedAt: '',
    resolvedAt: null,
    anchorStatus: 'anchored',
    carryOver: null,
    tags: [],
    comments: [],
    ...patch,
  }
}
