import fs from 'node:fs'
import path from 'node:path'

/** Source files and the project files each one imports (type-only imports count: they tie modules together too). */
export type ImportGraph = Map<string, string[]>

const sourceExtensions = ['.ts', '.tsx']
const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)|\bimport\s+'([^']+)'/g

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name)
    return entry.isFile() && sourceExtensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')
      ? [file]
      : []
  })
}

function resolveImport(from: string, specifier: string, aliases: Record<string, string>): string | null {
  let base: string | null = null
  for (const [alias, target] of Object.entries(aliases)) {
    if (specifier === alias || specifier.startsWith(`${alias}/`)) base = target + specifier.slice(alias.length)
  }
  if (base === null && specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier)
  if (base === null) return null
  const candidates = [
    base,
    ...sourceExtensions.map((ext) => base + ext),
    ...sourceExtensions.map((ext) => path.join(base, `index${ext}`)),
  ]
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null
}

/** The import graph of every .ts/.tsx file under `folders`; `aliases` maps a path alias (`@common`) to a folder. */
export function readImportGraph(folders: readonly string[], aliases: Record<string, string> = {}): ImportGraph {
  const graph: ImportGraph = new Map()
  for (const file of folders.flatMap(sourceFiles)) {
    const text = fs.readFileSync(file, 'utf8')
    const targets = new Set<string>()
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      const target = specifier ? resolveImport(file, specifier, aliases) : null
      if (target && sourceExtensions.some((ext) => target.endsWith(ext))) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/** Every import cycle, as the files on it (Tarjan's strongly connected components of more than one file, or a file importing itself). */
export function findImportCycles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (file: string): void => {
    index.set(file, counter)
    lowLink.set(file, counter)
    counter += 1
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!))
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!))
      }
    }
    if (lowLink.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return cycles
}
