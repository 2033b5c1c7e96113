/**
 * Every word a user reads comes from the catalogues, in English and Vietnamese. This catches text typed straight
 * into JSX (between tags, or in labels a screen reader announces) before it ships untranslated.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { en } from '../../src-renderer/i18n/en'
import { vi } from '../../src-renderer/i18n/vi'

/** Names of languages are written in their own language on purpose. */
const allowed = new Set(['English', 'Tiếng Việt', 'Marginalia'])
/** Key names such as "Ctrl+Alt+M" or "T" are the same in every language. */
/** Attributes whose text is shown or read aloud. */
const spokenAttributes = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt'])
const keyboardShortcut = /^((Ctrl|Alt|Shift|Cmd|Meta|[A-Z0-9]|F\d+)\+?)+$/

function componentFiles(directory: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'))
    .map((file) => path.join(directory, file))
}

function leaves(tree: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') result.set(prefix + key, value)
    else for (const [inner, text] of leaves(value as object, `${prefix}${key}.`)) result.set(inner, text)
  }
  return result
}

describe('interface strings', () => {
  it('are never typed straight into components', () => {
    const offenders: string[] = []
    for (const file of componentFiles('src-renderer')) {
      const source = ts.createSourceFile(
        file,
        fs.readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      )
      const visit = (node: ts.Node): void => {
        if (ts.isJsxText(node)) {
          const text = node.getText().trim()
          if (/\p{L}{2,}/u.test(text) && !allowed.has(text)) offenders.push(`${file}: "${text}"`)
        } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const name = node.name.getText()
          const value = node.initializer.text
          if (spokenAttributes.has(name) && /\p{L}/u.test(value) && !keyboardShortcut.test(value)) {
            offenders.push(`${file}: ${name}="${value}"`)
          }
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
    expect(offenders).toEqual([])
  })

  it('exist in Vietnamese for every English message, with the same placeholders', () => {
    const english = leaves(en)
    const vietnamese = leaves(vi)
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()
    for (const [key, text] of english) {
      expect(vietnamese.get(key), key).toBeTruthy()
      expect(placeholders(vietnamese.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })
})
