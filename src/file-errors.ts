// SPDX-License-Identifier: GPL-2.0-only
/**
 * Why a file could not be read or written, in words: Node's own text ("ENOENT: no such file
 * or directory, open '/x.json'") repeats the path the message already names and leads with an
 * errno name; the person at the terminal or reading the workflow log wants "no such file".
 *
 * Pure (no I/O): it only reads what an fs call threw. The two shells that touch files, the
 * CLI (src/cli) and the action (src/action), both word their file errors here, so a missing
 * matrix file reads the same in a terminal and in an annotation (STYLE.md §2.2).
 */
import { errorMessage } from './errors.js'

/**
 * A dangling symlink in words, from the targets its links name in turn (readlink of the link,
 * then of each target that is a link itself): the last is the one that does not exist.
 *
 * @example
 * danglingSymlinkText(['nowhere.json']) // → 'a dangling symlink: its target "nowhere.json" does not exist'
 * danglingSymlinkText(['dang.json', 'nowhere.json']) // → 'a dangling symlink: its target "dang.json" leads to "nowhere.json", which does not exist'
 */
export function danglingSymlinkText(chain: readonly string[]): string {
  const [first, ...rest] = chain
  if (rest.length === 0) return `a dangling symlink: its target "${first}" does not exist`
  return `a dangling symlink: its target "${first}" leads to ${rest.map((t) => `"${t}"`).join(', then ')}, which does not exist`
}

/** Node's errno codes for file access, in words, for a read. */
const READ_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
}

/** For a write, where they differ: a missing directory is what ENOENT means there. */
const WRITE_WORDS: Readonly<Record<string, string>> = {
  ...READ_WORDS,
  ENOENT: 'no such directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
}

/**
 * Whether what a file operation threw is the file system's (or the runtime's) refusal, an
 * error with a Node error code (EACCES, EISDIR, ERR_STRING_TOO_LONG for a file over 512 MiB
 * …), rather than a bug: the shells name the file and go on with the others.
 */
export function isFileError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string' || tooLongForAString(error)
}

/** What `readFile(path, 'utf8')` throws for text longer than V8's longest string (512 MiB): no code. */
const TOO_LONG = 'the file is too large to read (over 512 MiB)'
/**
 * The same RangeError met while building the text to write (a report's JSON, SARIF or HTML
 * made in the try around the write): no file was read, so "too large to read" would be untrue.
 */
const TOO_LONG_TO_WRITE = 'the text to write is too large for one string (over 512 MiB)'

/**
 * Whether a read failed because the text is longer than a string can be: Node's
 * ERR_STRING_TOO_LONG, or (fs.promises.readFile on Node 20 and later, which decodes chunk by
 * chunk) V8's own RangeError "Invalid string length", which has no code.
 */
function tooLongForAString(error: unknown): boolean {
  return error instanceof RangeError && error.message === 'Invalid string length'
}

/**
 * The reason a file operation failed, in plain words, without the path (the caller's message
 * names it).
 *
 * @param error - what readFile/writeFile threw (a Node system error, or anything a test's io throws)
 * @param op - whether the file was being read or written
 * @returns the words for a known errno code; for another system error, Node's description
 *   without the code and the `, open '<path>'` tail; otherwise the error's message
 * @example
 * fileErrorText(Object.assign(new Error("ENOENT: no such file or directory, open '/x'"), { code: 'ENOENT', syscall: 'open', path: '/x' })) // → 'no such file'
 * fileErrorText(Object.assign(new Error("EBUSY: resource busy or locked, open '/x'"), { code: 'EBUSY', syscall: 'open', path: '/x' })) // → 'resource busy or locked'
 */
export function fileErrorText(error: unknown, op: 'read' | 'write' = 'read'): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; syscall?: unknown; path?: unknown; symlinkChain?: unknown }
  const code = typeof e.code === 'string' ? e.code : undefined
  // The CLI's reader adds the targets of a dangling symlink (src/cli/read-bytes.ts).
  if (code === 'ENOENT' && op === 'read' && Array.isArray(e.symlinkChain) && e.symlinkChain.length > 0) return danglingSymlinkText(e.symlinkChain as string[])
  if (tooLongForAString(error) || code === 'ERR_STRING_TOO_LONG') return op === 'write' ? TOO_LONG_TO_WRITE : TOO_LONG
  const words = code !== undefined ? (op === 'write' ? WRITE_WORDS : READ_WORDS)[code] : undefined
  if (words !== undefined) return words
  let message = errorMessage(error)
  if (code === undefined || !message.startsWith(`${code}: `)) return message
  message = message.slice(code.length + 2)
  if (typeof e.syscall === 'string') {
    const tail = `, ${e.syscall}${typeof e.path === 'string' ? ` '${e.path}'` : ''}`
    if (message.endsWith(tail)) message = message.slice(0, -tail.length)
  }
  return message
}
