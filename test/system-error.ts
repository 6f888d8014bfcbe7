// SPDX-License-Identifier: GPL-2.0-only
/**
 * A Node system error as fs and fs.promises throw it (`code`, `errno`, `syscall`, `path`, and
 * the message "<CODE>: <description>, <syscall> '<path>'"), for fakes of the shells' file I/O:
 * as root, these tests cannot make the file system refuse a read.
 */
export function systemError(code: string, description: string, syscall: string, path?: string): Error {
  return Object.assign(new Error(`${code}: ${description}, ${syscall}${path !== undefined ? ` '${path}'` : ''}`), { code, errno: -1, syscall, ...(path !== undefined && { path }) })
}
