import fs from 'node:fs'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** A file to send, or null when the path is outside the folder or missing. */
export type StaticFile = { filePath: string; contentType: string }

/**
 * Resolve a URL path to a file inside `root`, refusing anything that would leave it (`..`, encoded slashes,
 * absolute paths). Paths without a file extension fall back to index.html, so the app can own its routes.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' || !path.extname(decoded) ? 'index.html' : decoded.replace(/^\/+/, '')
  const resolvedRoot = path.resolve(root)
  const filePath = path.resolve(resolvedRoot, relative)
  if (filePath !== resolvedRoot && !filePath.startsWith(resolvedRoot + path.sep)) return null
  if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) return null
  return { filePath, contentType: contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream' }
}
