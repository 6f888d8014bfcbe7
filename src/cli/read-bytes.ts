// SPDX-License-Identifier: GPL-2.0-only
/** The bin's readBytes and readFile (CliIO): a file's bytes or text, read no further than a limit. */
import { open, readFile } from 'node:fs/promises'
import { danglingChain } from '../symlinks.js'

/**
 * Reads a file's first `limit` bytes (all of a shorter one). readFile() reads a device or a
 * pipe to its end before anyone can look at the length: `verify /dev/zero`, or a disk given
 * for an image, filled gigabytes of memory on the way to the artefact limit.
 *
 * @param path - the file
 * @param limit - the most bytes to read; the caller reads one more than it accepts to tell a file that is too long
 * @throws what open() and read() throw (ENOENT, EISDIR …)
 * @example
 * await readBytesAtMost('/dev/zero', 4) // → Uint8Array [0, 0, 0, 0]
 */
export async function readBytesAtMost(path: string, limit: number): Promise<Uint8Array> {
  const file = await open(path, 'r').catch(async (error: unknown) => {
    throw await withSymlinkTarget(error, path)
  })
  try {
    const chunks: Uint8Array[] = []
    let total = 0
    while (total < limit) {
      const chunk = new Uint8Array(Math.min(limit - total, 1024 * 1024))
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
    }
    const bytes = new Uint8Array(total)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.length
    }
    return bytes
  } finally {
    await file.close()
  }
}

/**
 * What open() threw, with `symlinkChain` when the path is a dangling symlink (ENOENT for a
 * name `ls` lists): fileErrorText() says so, and which target is missing, rather than "no such file".
 */
async function withSymlinkTarget(error: unknown, path: string): Promise<unknown> {
  if ((error as { code?: unknown } | null)?.code !== 'ENOENT') return error
  const chain = danglingChain(path)
  return chain === undefined ? error : Object.assign(error as object, { symlinkChain: chain })
}

/**
 * A file's text (UTF-8, as readFile(path, 'utf8') decodes it, a BOM kept), of at most its
 * first `limit` bytes when a limit is given.
 *
 * @example
 * await readTextAtMost('/dev/zero', 2) // → '\0\0'
 */
export async function readTextAtMost(path: string, limit?: number): Promise<string> {
  if (limit === undefined) {
    return await readFile(path, 'utf8').catch(async (error: unknown) => {
      throw await withSymlinkTarget(error, path)
    })
  }
  return Buffer.from(await readBytesAtMost(path, limit)).toString('utf8')
}

/**
 * The bin's readStdin for `stream` (process.stdin): its first `limit` bytes (all of a shorter
 * input), for the artefact `-` (`dmesg | crashkernel-check verify -`). The stream is left after
 * `limit` bytes, as a file is (readBytesAtMost()). It can be read once: a second `-` would
 * read nothing and say so wrongly.
 *
 * @param stream - standard input (`isTTY` true: a terminal, which is refused)
 * @param isDirectory - whether standard input is a directory (`verify - < /var/log`), which
 *   is refused too: Node's stream of one ends at once, and the empty "log" was read as one
 *   with no kernel in it
 * @returns the reader; it throws when called again (`import - -`), on a terminal or a directory
 * @example
 * const readStdin = stdinReader(process.stdin, () => fstatSync(0).isDirectory()); await readStdin(64 * 1024 * 1024 + 1)
 */
export function stdinReader(stream: AsyncIterable<Uint8Array> & { isTTY?: boolean }, isDirectory: () => boolean = () => false): (limit: number) => Promise<Uint8Array> {
  let read = false
  return async (limit) => {
    if (read) throw new Error('standard input ("-") can be read only once')
    if (stream.isTTY === true) throw new Error('standard input ("-") is a terminal: pipe the artefact in (dmesg | crashkernel-check verify -), or give its file')
    if (isDirectory()) throw new Error('standard input ("-") is a directory: redirect a file into it (< dmesg.log), or give the file')
    read = true
    const chunks: Uint8Array[] = []
    let total = 0
    for await (const chunk of stream) {
      chunks.push(chunk.subarray(0, limit - total))
      total += chunks[chunks.length - 1]!.length
      if (total >= limit) break
    }
    return Buffer.concat(chunks, total)
  }
}
