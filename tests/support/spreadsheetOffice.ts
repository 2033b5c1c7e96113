import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { makeTempDirectory } from './tempDirectory'

/** True when LibreOffice with its spreadsheet (Calc) is installed: `soffice` alone cannot open a CSV as a sheet. */
export const calcAvailable = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 })
  } catch {
    return false
  }
  const program = ['/usr/lib/libreoffice/program', '/opt/libreoffice/program'].find((folder) => fs.existsSync(folder))
  return program ? fs.readdirSync(program).some((file) => /^libsclo\.so$|^sc\.dll$/i.test(file)) : true
})()

/**
 * Open a CSV in LibreOffice Calc headless, as a user double-clicking it would (comma, double quote, UTF-8, formulas
 * evaluated), and return the sheet as the HTML Calc writes: what each cell shows.
 */
export function csvAsShownByCalc(csv: Uint8Array): string {
  const folder = makeTempDirectory('marginalia-calc')
  try {
    const input = path.join(folder.path, 'export.csv')
    fs.writeFileSync(input, csv)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(folder.path, 'profile')}`,
        '--headless',
        '--infilter=Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--convert-to',
        'html:HTML (StarCalc)',
        '--outdir',
        folder.path,
        input,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    )
    return fs.readFileSync(path.join(folder.path, 'export.html'), 'utf8')
  } finally {
    folder.remove()
  }
}
