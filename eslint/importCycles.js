/**
 * ESLint rule `marginalia/no-import-cycles`: a file of src-main/ or src-renderer/ may not sit on an import cycle
 * (type-only imports count: two modules that need each other are one idea split in two, and load order starts to
 * matter). The import graph of both trees is read once per lint run; cycles are its strongly connected components
 * (Tarjan), so each file on a cycle is reported once, with the files it cycles through.
 */
import fs from 'node:fs'
import path from 'node:path'

const sourceExtensions = ['.ts', '.tsx']
const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)|\bimport\s+'([^']+)'/g

function sourceFiles(folder) {
  if (!fs.existsSync(folder)) return []
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name)
    const isSource = sourceExtensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')
    return entry.isFile() && isSource ? [file] : []
  })
}

function resolveImport(from, specifier, base) {
  let target = null
  if (specifier === '@common' || specifier.startsWith('@common/')) {
    target = path.join(base, 'src-main', 'common', specifier.slice('@common'.length))
  } else if (specifier.startsWith('.')) {
    target = path.resolve(path.dirname(from), specifier)
  }
  if (target === null) return null
  const candidates = [
    target,
    ...sourceExtensions.map((ext) => target + ext),
    ...sourceExtensions.map((ext) => path.join(target, `index${ext}`)),
  ]
  return candidates.find((file) => sourceExtensions.some((ext) => file.endsWith(ext)) && fs.existsSync(file)) ?? null
}

/** The import graph of every .ts/.tsx file in `base`/src-main and `base`/src-renderer. */
export function readImportGraph(base) {
  const graph = new Map()
  for (const file of ['src-main', 'src-renderer'].flatMap((tree) => sourceFiles(path.join(base, tree)))) {
    const text = fs.readFileSync(file, 'utf8')
    const targets = new Set()
    for (const match of text.matchAll(importPattern)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3], base)
      if (target) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/** Each file on a cycle, mapped to the sorted files of its cycle. */
export function filesOnCycles(graph) {
  let counter = 0
  const index = new Map()
  const lowLink = new Map()
  const stack = []
  const onStack = new Set()
  const result = new Map()
  const visit = (file) => {
    index.set(file, counter)
    lowLink.set(file, counter)
    counter += 1
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        lowLink.set(file, Math.min(lowLink.get(file), lowLink.get(target)))
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file), index.get(target)))
      }
    }
    if (lowLink.get(file) !== index.get(file)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) {
      component.sort()
      for (const each of component) result.set(each, component)
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return result
}

/** One graph per tree root per lint run. */
const cyclesByBase = new Map()

function treeBase(file) {
  const parts = path.resolve(file).split(path.sep)
  const at = Math.max(parts.lastIndexOf('src-main'), parts.lastIndexOf('src-renderer'))
  return at < 0 ? null : parts.slice(0, at).join(path.sep) || path.sep
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCyclesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between the files of src-main and src-renderer.' },
    schema: [],
  },
  create(context) {
    const base = treeBase(context.filename)
    if (!base) return {}
    if (!cyclesByBase.has(base)) cyclesByBase.set(base, filesOnCycles(readImportGraph(base)))
    const cycle = cyclesByBase.get(base).get(path.resolve(context.filename))
    if (!cycle) return {}
    return {
      Program: (node) => {
        const names = cycle.map((file) => path.relative(base, file)).join(' → ')
        context.report({
          node,
          message: `This file is on an import cycle: ${names}. Move what they share to one place.`,
        })
      },
    }
  },
}
