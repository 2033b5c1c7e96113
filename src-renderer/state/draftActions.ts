import { api } from '../api/client'
import { applyAnnotation } from './annotationsStore'

/**
 * The user has seen how an annotation's passage changed in a later draft: clear its "changed since" badge. Main
 * offers no inverse, so this is not on the undo stack (the redline stays in the draft report).
 */
export async function acknowledgeChange(annotationId: string): Promise<void> {
  applyAnnotation(await api['annotations.acknowledgeChange'](annotationId))
}
