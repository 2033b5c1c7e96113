/**
 * ESLint rule `marginalia/features-through-state`: a feature (src-renderer/features/**) never imports the API
 * client. Every write goes through an action in src-renderer/state/, and so does every read and every event a
 * component listens to, so there is one place to look for what the renderer asks of main, and one mutation path.
 *
 * A file may be listed below as an exception, with the reason; the list is meant to shrink, never to grow with new
 * writes.
 */
import { importVisitors } from './importLayers.js'

/** Feature files (below features/, without extension) that may still import the API client. */
const allowedFiles = new Set([
  // Listens for menu commands only, no call to main. The reader is being rebuilt as a virtualised view in parallel;
  // it moves to state/menuCommands.ts with that work.
  'reader/DocumentReader',
])

/** Why `from` may not import `to`: a feature file other than the exceptions importing the API client. */
function refusal(from, to) {
  if (from.tree !== 'src-renderer' || from.below[0] !== 'features') return null
  if (to.tree !== 'src-renderer' || to.below.join('/') !== 'api/client') return null
  if (allowedFiles.has(from.below.slice(1).join('/'))) return null
  return 'A feature does not call main itself: add or use an action in src-renderer/state/ (writes, reads and events alike).'
}

/** @type {import('eslint').Rule.RuleModule} */
export const featuresThroughStateRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Features reach main only through src-renderer/state/ actions, never the API client.' },
    schema: [],
  },
  create: (context) => importVisitors(context, refusal),
}
