// SPDX-License-Identifier: GPL-2.0-only
/** The bin's writeFile (CliIO): a text file, its missing directories made first when asked. */
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes `text` to `path` (UTF-8); with `makeDirectories`, makes its missing directories first,
 * one by one from the deepest that exists. Node's mkdir({ recursive: true }) never returns for
 * a directory the file system refuses with ENOENT although its parent exists (/proc/x/report.txt):
 * here that mkdir's error is thrown.
 */
export async function writeTextFile(path: string, text: string, options?: { makeDirectories?: boolean }): Promise<void> {
  if (options?.makeDirectories) {
    const missing: string[] = []
    for (let dir = dirname(path); !(await stat(dir).then(() => true, () => false)); dir = dirname(dir)) {
      missing.unshift(dir)
      if (dirname(dir) === dir) break
    }
    for (const dir of missing) await mkdir(dir).catch((error: unknown) => {
      if ((error as { code?: unknown } | null)?.code !== 'EEXIST') throw error
    })
  }
  await writeFile(path, text, 'utf8')
}
