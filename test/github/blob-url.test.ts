// SPDX-License-Identifier: GPL-2.0-only
/** Links to a matrix file's line at a commit (blobLink), and the commit a checkout is at (checkedOutCommit). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkedOutCommit } from '../../src/action/checkout.js'
import { blobLink } from '../../src/github/blob-url.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

describe('blobLink()', () => {
  const link = blobLink('https://github.com/', 'o/r', A)
  it.each([
    ['boards.json', 11, `https://github.com/o/r/blob/${A}/boards.json#L11`],
    ['cfg/kdump boards.json', 3, `https://github.com/o/r/blob/${A}/cfg/kdump%20boards.json#L3`],
    // A ")" would end the Markdown link; "#" and "?" would end the path.
    ['x/(old)#1?.json', 2, `https://github.com/o/r/blob/${A}/x/%28old%29%231%3F.json#L2`],
    ['m.json', undefined, `https://github.com/o/r/blob/${A}/m.json`],
  ])('%s line %s → %s', (file, line, url) => {
    expect(link(file, line)).toBe(url)
  })
  it.each(['/abs/m.json', '../m.json', 'a/../m.json', './m.json', 'a//m.json', 'C:/m.json'])('gives no link to %s, which is not a path inside the repository', (file) => {
    expect(link(file, 1)).toBeUndefined()
  })
})

describe('checkedOutCommit()', () => {
  function gitDir(files: Record<string, string>): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'ckc-git-')), '.git')
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }
  const read = (p: string) => readFile(p, 'utf8')

  it('reads a detached HEAD (a pull request merge commit), a loose branch and a packed one', async () => {
    expect(await checkedOutCommit(read, gitDir({ HEAD: `${A}\n` }))).toBe(A)
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${B}\n` }))).toBe(B)
    const packed = `# pack-refs with: peeled fully-peeled sorted\n${A} refs/heads/mainline\n${B} refs/heads/main\n^${A}\n`
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'ref: refs/heads/main\n', 'packed-refs': packed }))).toBe(B)
    // A SHA-256 repository's ids are 64 digits.
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'c'.repeat(64) }))).toBe('c'.repeat(64))
  })

  it('follows a .git file (gitdir:) to HEAD, and to the branches of its commondir (a linked worktree)', async () => {
    const main = gitDir({ HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${A}\n`, 'packed-refs': `${B} refs/heads/topic\n`, 'worktrees/wt/HEAD': 'ref: refs/heads/topic\n', 'worktrees/wt/commondir': '../..\n' })
    const wt = mkdtempSync(join(tmpdir(), 'ckc-wt-'))
    writeFileSync(join(wt, '.git'), `gitdir: ${join(main, 'worktrees', 'wt')}\n`)
    expect(await checkedOutCommit(read, join(wt, '.git'))).toBe(B)
    // A relative gitdir (a submodule's `gitdir: ../.git/modules/sub`), detached.
    const sup = gitDir({ 'modules/sub/HEAD': `${A}\n` })
    mkdirSync(join(sup, '..', 'sub'))
    writeFileSync(join(sup, '..', 'sub', '.git'), 'gitdir: ../.git/modules/sub\n')
    expect(await checkedOutCommit(read, join(sup, '..', 'sub', '.git'))).toBe(A)
    // A .git file that is not a gitdir link.
    writeFileSync(join(wt, '.git'), 'nonsense\n')
    expect(await checkedOutCommit(read, join(wt, '.git'))).toBeUndefined()
  })

  it('says nothing when HEAD cannot be told', async () => {
    expect(await checkedOutCommit(read, gitDir({}))).toBeUndefined()
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'ref: refs/heads/unborn\n' }))).toBeUndefined()
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'ref: refs/../../etc/passwd\n' }))).toBeUndefined()
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'ref: HEAD_OTHER\n', HEAD_OTHER: A }))).toBeUndefined()
    expect(await checkedOutCommit(read, gitDir({ HEAD: 'not an id' }))).toBeUndefined()
  })
})
