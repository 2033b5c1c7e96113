import fs from 'node:fs'
import path from 'node:path'

/**
 * Where the built app is: `out/` by default, or MARGINALIA_OUT_DIR when several builds must not collide.
 * Tests that need it say how to make it instead of failing obscurely.
 */
export function builtAppDirectory(): string {
  const directory = path.resolve(process.env.MARGINALIA_OUT_DIR ?? 'out')
  if (
    !fs.existsSync(path.join(directory, 'main', 'serve.js')) ||
    !fs.existsSync(path.join(directory, 'renderer', 'index.html'))
  ) {
    throw new Error(`The app is not built in ${directory}. Run 'npm run build' first (npm test does).`)
  }
  return directory
}
