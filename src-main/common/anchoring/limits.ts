/**
 * The longest quote an annotation may have (about seven pages). Highlights and imported files over it are refused
 * with a clear message: one annotation must never be able to make every open of its document slow.
 */
export const maxQuoteLength = 20_000

/**
 * Quotes longer than this are aligned by their two ends rather than whole: the alignment costs quote × window,
 * so a whole 16,000-character quote would cost billions of steps; its two ends cost a few million.
 */
export const wholeAlignmentLength = 1024

/** How much of each end of a long quote is aligned, and how far from the guess it may have moved. */
export const endAlignment = { length: 256, slack: 512 }
