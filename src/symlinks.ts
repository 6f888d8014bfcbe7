// SPDX-License-Identifier: GPL-2.0-only
/**
 * The links of a dangling symlink, for the two shells that read files (the CLI and the action):
 * file I/O, used only by them. The words are file-errors.ts's danglingSymlinkText().
 */
import { lstatSync, readlinkSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** The kernel's limit of links followed in one lookup (MAXSYMLINKS): a longer chain is a loop. */
const MAX_LINKS = 40

/**
 * The targets a dangling symlink names in turn, up to the one that does not exist (each as its
 * link writes it): `['nowhere.json']`, or `['dang.json', 'nowhere.json']` for a link to a
 * dangling link. Undefined when `path` is no symlink, or its chain ends at something that
 * exists (the fault is elsewhere: a loop, a missing directory above a target).
 */
export function danglingChain(path: string): string[] | undefined {
  const chain: string[] = []
  let at = path
  for (let i = 0; i < MAX_LINKS; i++) {
    let target: string
    try {
      target = readlinkSync(at)
    } catch {
      return undefined
    }
    chain.push(target)
    at = resolve(dirname(at), target)
    let stats
    try {
      stats = lstatSync(at)
    } catch (error) {
      return (error as { code?: unknown } | null)?.code === 'ENOENT' ? chain : undefined
    }
    if (!stats.isSymbolicLink()) return undefined
  }
  return undefined
}
