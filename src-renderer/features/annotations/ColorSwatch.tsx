import type { AnnotationColor } from '@common/model/annotation'

/**
 * A small colour sample with its own pattern (stripes, dots, checks…), so that colours stay distinguishable for
 * colour-blind users; the colour's name is always shown or read beside it.
 */
export function ColorSwatch({ color }: { color: AnnotationColor }) {
  return <span className={`swatch swatch--${color}`} aria-hidden="true" />
}
