/**
 * ESLint rule `marginalia/import-layers`: the dependency direction of the layers, checked on every import (type-only
 * imports too). Paths are resolved from the importing file, so a rule reads the same from any depth; a file's layer is
 * read from the path below its `src-main/` or `src-renderer/` folder, so the fixture tree under tests/ is checked
 * exactly like the app.
 *
 * Main: handlers → services → repositories → db; importers, exporters and exchange never touch db/ or services;
 * windows/ and host/ do not import each other (what both serve lives in appPages/); nothing imports the composition
 * roots (index.ts, compose.ts, serve.ts). Renderer: a feature folder does not reach into another feature's files
 * (shell/ lays the features out, and a feature may offer a few entry points); ui/ imports nothing app-specific.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Layers of src-main and the layers each may not import. */
const mainRules = {
  handlers: [
    'schema',
    'db',
    'repositories',
    'importers',
    'exporters',
    'exchange',
    'search',
    'host',
    'windows',
    'transport',
    'electron',
  ],
  services: ['schema', 'handlers', 'transport', 'host', 'windows', 'electron'],
  repositories: [
    'services',
    'handlers',
    'importers',
    'exporters',
    'exchange',
    'transport',
    'host',
    'windows',
    'electron',
  ],
  db: [
    'repositories',
    'services',
    'handlers',
    'importers',
    'exporters',
    'exchange',
    'transport',
    'host',
    'windows',
    'electron',
  ],
  schema: [
    'repositories',
    'services',
    'handlers',
    'importers',
    'exporters',
    'exchange',
    'transport',
    'host',
    'windows',
    'electron',
  ],
  importers: ['schema', 'db', 'repositories', 'services', 'handlers', 'transport', 'host', 'windows', 'electron'],
  exporters: ['schema', 'db', 'repositories', 'services', 'handlers', 'transport', 'host', 'windows', 'electron'],
  exchange: ['schema', 'db', 'repositories', 'services', 'handlers', 'transport', 'host', 'windows', 'electron'],
  search: ['schema', 'db', 'repositories', 'services', 'handlers', 'transport', 'host', 'windows', 'electron'],
  transport: ['schema', 'db', 'repositories', 'handlers', 'host', 'windows'],
  host: ['schema', 'db', 'repositories', 'windows', 'electron'],
  windows: ['schema', 'db', 'repositories', 'services', 'handlers', 'host'],
  appPages: ['schema', 'db', 'repositories', 'services', 'handlers', 'host', 'windows', 'transport'],
}

/** Files below db/ that describe the schema rather than hold the store: services never reach past repositories. */
const schemaFiles = new Set(['migrate', 'searchSchema', 'schemaVersion'])

/** The composition roots: they import everything, and nothing imports them. */
const rootFiles = new Set(['index', 'compose', 'serve'])

/** Files of a feature that other features may import: what the feature offers to the rest of the renderer. */
const featureEntryPoints = new Set([
  // The annotation layer plugs into the reader's editor.
  'annotations/AnnotationLayer.tsx',
  // The library's offer of the welcome document, shown where the reader would be.
  'library/WelcomeOffer.tsx',
  // Drafts: the reader's draft strip and change markers, the card's changed-since badge and redline, an orphan's
  // history in Needs attention, and the import preview's "Import as draft N+1" offer.
  'drafts/DraftTools.tsx',
  'drafts/ChangedMarkers.tsx',
  'drafts/ChangedSince.tsx',
  'drafts/paragraphNote.ts',
  'drafts/OrphanHistory.tsx',
  'drafts/DraftCandidateOffer.tsx',
  // Importing a new draft goes through the same file reading as importing a document.
  'importing/readFiles.ts',
  // "Study these…" beside search results and tag collections.
  'study/StudyTheseButton.tsx',
])

/** Renderer folders that may not import these app folders. */
const rendererRules = {
  ui: ['features', 'state', 'api', 'editor'],
  api: ['features', 'state', 'editor', 'ui'],
  state: ['features', 'editor', 'ui'],
  editor: ['features'],
}

/**
 * Where a file sits: its tree (`src-main` or `src-renderer`), the path below it, and the folder holding the tree.
 * @returns null for files outside both trees (tests, scripts, benchmarks).
 */
function locate(file) {
  const parts = path.resolve(file).split(path.sep)
  const at = Math.max(parts.lastIndexOf('src-main'), parts.lastIndexOf('src-renderer'))
  if (at < 0) return null
  const below = parts
    .slice(at + 1)
    .map((part, index, all) => (index === all.length - 1 ? withoutExtension(part) : part))
  return { tree: parts[at], below, base: parts.slice(0, at).join(path.sep) || path.sep }
}

function mainLayer(below) {
  const [first, second] = below
  if (below.length === 1) return rootFiles.has(first) ? 'root' : 'other'
  if (first === 'db' && second === 'repositories') return 'repositories'
  if (first === 'db' && (second === 'migrations' || schemaFiles.has(second))) return 'schema'
  if (first === 'preload') return 'other'
  return first
}

function withoutExtension(name) {
  return name.replace(/\.(tsx?|jsx?)$/, '')
}

/** The file an import names (a folder's index for a folder), or null for packages. */
function resolveSpecifier(fromFile, specifier, base) {
  let target = null
  if (specifier === '@common' || specifier.startsWith('@common/')) {
    target = path.join(base, 'src-main', 'common', specifier.slice('@common'.length))
  } else if (specifier.startsWith('.')) {
    target = path.resolve(path.dirname(fromFile), specifier)
  }
  if (target && fs.existsSync(target) && fs.statSync(target).isDirectory()) return path.join(target, 'index')
  return target
}

function isEntryPoint(below) {
  const key = below.slice(1).join('/')
  return [...featureEntryPoints].some((entry) => withoutExtension(entry) === key)
}

/** Why `from` may not import `to`, or null when it may. */
function refusal(from, to) {
  if (from.tree !== to.tree) return null // the renderer/main split has its own rule
  if (from.tree === 'src-main') {
    const fromLayer = mainLayer(from.below)
    const toLayer = mainLayer(to.below)
    if (toLayer === 'root' && fromLayer !== 'root')
      return 'Nothing imports a composition root (index.ts, compose.ts, serve.ts).'
    if (mainRules[fromLayer]?.includes(toLayer)) {
      return `${fromLayer}/ may not import ${toLayer === 'schema' ? 'the schema (db/migrations, migrate, searchSchema)' : `${toLayer}/`}: handlers → services → repositories → db, importers and exporters never touch the store, windows/ and host/ share only appPages/.`
    }
    return null
  }
  const [fromFolder, fromFeature] = from.below
  const [toFolder, toFeature] = to.below
  if (fromFolder === 'features' && toFolder === 'features' && fromFeature !== toFeature) {
    if (fromFeature === 'shell' || isEntryPoint(to.below)) return null
    return `features/${fromFeature} may not reach into features/${toFeature}: move what both need to ui/ or state/, or list the file as an entry point in eslint/importLayers.js.`
  }
  if (rendererRules[fromFolder]?.includes(toFolder)) return `${fromFolder}/ may not import ${toFolder}/.`
  return null
}

/**
 * The visitors of a rule about imports: each import, re-export and dynamic import of a file in src-main/ or
 * src-renderer/ is resolved and handed to `refuse(from, to)`; the message it returns, if any, is reported there.
 */
export function importVisitors(context, refuse) {
  const from = locate(context.filename)
  if (!from) return {}
  const check = (node, source) => {
    if (typeof source?.value !== 'string') return
    const target = resolveSpecifier(context.filename, source.value, from.base)
    const to = target ? locate(target) : null
    const message = to ? refuse(from, to) : null
    if (message) context.report({ node, message })
  }
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => check(node, node.source),
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const importLayersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the dependency direction of the layers.' },
    schema: [],
  },
  create: (context) => importVisitors(context, refusal),
}
