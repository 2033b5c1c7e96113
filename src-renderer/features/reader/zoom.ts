/** Text sizes the reader steps through, as multiples of the base size (the contract allows 0.5–3). */
export const zoomSteps = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.8, 2, 2.4] as const

/** The next size up or down from `zoom`, staying on the steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return zoomSteps.find((step) => step > zoom + 0.001) ?? zoomSteps[zoomSteps.length - 1]!
  return [...zoomSteps].reverse().find((step) => step < zoom - 0.001) ?? zoomSteps[0]
}
