import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { makeTempDirectory } from './tempDirectory'

/** The folder of LibreOffice's program files, found from the `soffice` on the PATH (it is usually a link). */
function officeProgramFolder(): string | null {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, 'soffice')
    if (fs.existsSync(candidate)) return path.dirname(fs.realpathSync(candidate))
  }
  return null
}

/** True when LibreOffice with its spreadsheet (Calc) is installed: `soffice` alone cannot open a CSV as a sheet. */
export const calcAvailable = (() => {
  const program = officeProgramFolder()
  return (
    program !== null && fs.readdirSync(program).some((file) => /^(?:libsclo\.so|sc\.dll|libsclo\.dylib)$/iu.test(file))
  )
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
