import type { AnnotationColor } from '../../common/model/annotation'

/** Print colours of the highlight palette: light enough that black text on them stays readable on paper. */
export const highlightRgb: Record<AnnotationColor, [number, number, number]> = {
  yellow: [255, 224, 102],
  green: [140, 233, 154],
  blue: [116, 192, 252],
  pink: [250, 162, 193],
  purple: [208, 191, 255],
  orange: [255, 192, 120],
}

/** A darker shade for markers and bars, so that small shapes are still seen as that colour. */
export const markerRgb: Record<AnnotationColor, [number, number, number]> = {
  yellow: [214, 168, 0],
  green: [47, 158, 68],
  blue: [28, 126, 214],
  pink: [214, 51, 108],
  purple: [112, 72, 232],
  orange: [232, 89, 12],
}

/** Greys and the classification red. */
export const ink = { text: '#111111', muted: '#555555', rule: '#BBBBBB', classification: '#B00020' } as const
