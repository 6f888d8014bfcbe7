// SPDX-License-Identifier: GPL-2.0-only
/**
 * The messages field the kernel harnesses print (scripts/kernel-crashkernel/harness.c, and
 * scripts/kernel-reserve/harness.c through it) as the engine's trace words, for
 * kernel-crashkernel.test.ts and kernel-reserve.test.ts.
 */

const utf8 = new TextDecoder()
const LEVELS: Record<string, string> = { W: 'warn', I: 'info', E: 'err' }

/**
 * The MSGS field (`L:text` separated by '|', L being W for pr_warn, I for pr_info, E for
 * pr_err) as `level:text` separated by '|': each message's bytes (its \xNN escapes undone)
 * decoded as UTF-8 the way kernel text is read (TextDecoder: a byte that is not UTF-8 on its
 * own is U+FFFD), but for the NUL "%c" prints, which the trace leaves out.
 */
export function kernelMsgs(field: string | undefined): string {
  if (!field) return ''
  return field
    .split('|')
    .map((m) => {
      const bytes: number[] = []
      const text = m.slice(2)
      for (let i = 0; i < text.length; i++) {
        if (text.startsWith('\\x', i)) {
          bytes.push(parseInt(text.slice(i + 2, i + 4), 16))
          i += 3
        } else bytes.push(text.charCodeAt(i))
      }
      return `${LEVELS[m[0]!] ?? m[0]}:${utf8.decode(Uint8Array.from(bytes.filter((b) => b !== 0)))}`
    })
    .join('|')
}
