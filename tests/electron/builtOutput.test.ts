/**
 * What breaks only inside Electron, which cannot run here, checked on the built files instead.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicyForMeta } from '../../src-main/appPages/contentSecurityPolicy'
import { builtAppDirectory } from '../support/builtApp'

const out = builtAppDirectory()
const read = (relative: string) => fs.readFileSync(path.join(out, relative), 'utf8')

describe('the built app', () => {
  it('has a CommonJS preload that requires nothing but electron (a sandboxed renderer loads nothing else)', () => {
    expect(fs.existsSync(path.join(out, 'preload', 'index.mjs'))).toBe(false)
    const preload = read('preload/index.cjs')
    expect(preload).not.toMatch(/^\s*import\s|^\s*export\s|import\(/m)
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(fs.readdirSync(path.join(out, 'preload'))).toEqual(['index.cjs'])
  })

  it('points the window at that preload and loads the renderer from app://, not from a server or file://', () => {
    const main = read('main/index.js')
    expect(main).toContain('preload/index.cjs')
    expect(main).toMatch(/app:\/\/|appScheme/)
    expect(main).not.toMatch(/loadURL\(\s*["']https?:/)
    expect(main).not.toMatch(/loadFile\(/)
  })

  it('writes the same CSP into index.html and has no inline script', () => {
    const html = read('renderer/index.html')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(contentSecurityPolicyForMeta)
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(script[1]).toMatch(/\bsrc=/)
      expect(script[2]?.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('ships no reference to a remote origin in the renderer bundle it loads', () => {
    const html = read('renderer/index.html')
    expect(html).not.toMatch(/(src|href)="https?:/)
  })
})

describe('the renderer source', () => {
  it('never reads File.path (gone from Electron; the bytes are sent instead)', () => {
    const files = fs
      .readdirSync('src-renderer', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
    const offenders = files.filter((file) =>
      /\b\w*[fF]ile\w*\.path\b/.test(fs.readFileSync(path.join('src-renderer', file), 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})
