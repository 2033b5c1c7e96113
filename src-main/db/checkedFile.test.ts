import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDirectory } from '../../tests/support/tempDirectory'
import { checkedMarkerPath, fileUnchangedSinceCheck, recordCheckedFile } from './checkedFile'

let temp: ReturnType<typeof makeTempDirectory>
let file: string
beforeEach(() => {
  temp = makeTempDirectory('marginalia-checked-file')
  file = path.join(temp.path, 'library.sqlite3')
  fs.writeFileSync(file, Buffer.alloc(8192, 1))
})
afterEach(() => temp.remove())

describe('a library file unchanged since its last check', () => {
  it('is the file recorded after the check, untouched', () => {
    expect(fileUnchangedSinceCheck(file)).toBe(false)
    recordCheckedFile(file)
    expect(fileUnchangedSinceCheck(file)).toBe(true)
  })

  it('is not one written to since, even with the same size and its modification time set back', () => {
    recordCheckedFile(file)
    const { atime, mtime } = fs.statSync(file)
    const descriptor = fs.openSync(file, 'r+')
    fs.writeSync(descriptor, Buffer.from([9]), 0, 1, 100)
    fs.closeSync(descriptor)
    fs.utimesSync(file, atime, mtime)
    expect(fileUnchangedSinceCheck(file)).toBe(false)
  })

  it('is not another copy put in its place, nor one with a write-ahead log holding more', () => {
    recordCheckedFile(file)
    fs.copyFileSync(file, `${file}.copy`)
    fs.renameSync(`${file}.copy`, file)
    expect(fileUnchangedSinceCheck(file)).toBe(false)
    recordCheckedFile(file)
    fs.writeFileSync(`${file}-wal`, 'frames')
    expect(fileUnchangedSinceCheck(file)).toBe(false)
    fs.writeFileSync(`${file}-wal`, '')
    expect(fileUnchangedSinceCheck(file)).toBe(true)
  })

  it('is never assumed from a marker that cannot be read', () => {
    recordCheckedFile(file)
    fs.writeFileSync(checkedMarkerPath(file), '{"device":')
    expect(fileUnchangedSinceCheck(file)).toBe(false)
    fs.writeFileSync(checkedMarkerPath(file), 'null')
    expect(fileUnchangedSinceCheck(file)).toBe(false)
  })
})
