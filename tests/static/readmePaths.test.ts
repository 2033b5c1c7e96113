/**
 * The README's map stays true: every file and folder it names in backticks, and every entry of its folder trees,
 * exists. A path is looked up from the repository root, then from src-main/ and src-renderer/ (the README names
 * files inside them by their path there, as `db/repositories/`). A placeholder such as `<format>.ts` checks the
 * folder that would hold it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const readme = fs.readFileSync('README.md', 'utf8')
const roots = ['.', 'src-main', 'src-renderer']

/** Names outside the repository or made at run time: the corpus beside it, build output, a user's folders. */
function isOutsideRepository(name: string): boolean {
  return /^(\.\.\/|~|%|\.electron-native|backups\/|out\/|release\/|test-results\/|[a-z]+:\/\/)/.test(name)
}

function looksLikePath(name: string): boolean {
  return !/\s/.test(name) && (name.includes('/') || /\.(ts|tsx|js|json|md|css)$/.test(name)) && !name.startsWith('@')
}

/** The part of a path that can exist: up to the folder holding a `<placeholder>`. */
function checkable(name: string): string {
  const placeholder = name.indexOf('<')
  return placeholder < 0 ? name : name.slice(0, name.lastIndexOf('/', placeholder) + 1)
}

function exists(name: string): boolean {
  return roots.some((root) => fs.existsSync(path.join(root, checkable(name))))
}

/** Paths in inline code. */
function inlinePaths(): string[] {
  const outsideBlocks = readme.replace(/```[\s\S]*?```/g, '')
  return [...outsideBlocks.matchAll(/`([^`\n]+)`/g)]
    .map((match) => match[1]!)
    .filter((name) => looksLikePath(name) && !isOutsideRepository(name))
}

/** The fenced blocks without a language: the folder trees. */
function treeBlocks(): string[][] {
  const blocks: string[][] = []
  let current: string[] | null = null
  let inFence = false
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) {
      if (inFence && current) blocks.push(current)
      current = !inFence && line.trim() === '```' ? [] : null
      inFence = !inFence
    } else if (current) {
      current.push(line)
    }
  }
  return blocks
}

/** Entries of the folder trees: a line at the left margin is a top folder; indented lines are inside the last one. */
function treePaths(): string[] {
  const names: string[] = []
  for (const block of treeBlocks()) {
    let top = ''
    for (const line of block) {
      const entry = /^(\s*)(\S+)/.exec(line)
      if (!entry || !looksLikePath(entry[2]!)) continue
      if (entry[1] === '') top = entry[2]!
      names.push(entry[1] === '' ? entry[2]! : path.posix.join(top, entry[2]!))
    }
  }
  return names
}

describe('README', () => {
  it('names only files and folders that exist', () => {
    const named = [...new Set([...inlinePaths(), ...treePaths()])]
    expect(named.length).toBeGreaterThan(40)
    expect(named.filter((name) => !exists(name))).toEqual([])
  })
})
