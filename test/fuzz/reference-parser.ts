// SPDX-License-Identifier: GPL-2.0-only
/**
 * A second, independent `crashkernel=` parser for differential fuzzing, written from
 * /work/shared/reference/kernel-model.md §2 (and the C it paraphrases) only — not from
 * src/engine/crashkernel/parse.ts. It is deliberately written differently from the engine:
 * one closure per dialect over a cursor into the command line, the release picking the
 * behaviour by plain `if`s, so a shared misreading is unlikely to be shared code.
 *
 * The command line is a C string: reading past the JavaScript string gives NUL, as reading
 * the kernel's boot_command_line does.
 */

export type Release = '5.10' | '6.1' | '6.12' | '7.2'
export const RELEASES: readonly Release[] = ['5.10', '6.1', '6.12', '7.2']

const U64_MAX = (1n << 64n) - 1n
const MASK = (1n << 64n) - 1n
const SZ_128M = 128n << 20n
const EINVAL = -22
const ENOENT = -2

export interface RefMessage {
  level: 'warn' | 'info'
  text: string
}

export interface RefResult {
  ret: number
  size: bigint
  base: bigint
  messages: RefMessage[]
}

export interface RefNumber {
  value: bigint
  /** Index just after the last character consumed (`*retptr`). */
  end: number
}

/** The character at `i` as the C code sees it: NUL past the end. */
const at = (s: string, i: number): string => (i < s.length ? s.charAt(i) : '\0')

function digitOf(c: string): number {
  const code = c.charCodeAt(0)
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 102) return code - 87
  if (code >= 65 && code <= 70) return code - 55
  return 16
}

/** §2.2: memparse() of one release: base-0 simple_strtoull, then at most one suffix letter. */
export function refMemparse(release: Release, s: string, start: number): RefNumber {
  const saturating = release === '7.2'
  // _parse_integer_fixup_radix(base 0): "0x" + hex digit → 16 (prefix skipped), "0…" → 8, else 10.
  let radix = 10
  let i = start
  if (at(s, i) === '0') {
    const x = at(s, i + 1)
    if ((x === 'x' || x === 'X') && digitOf(at(s, i + 2)) < 16) {
      radix = 16
      i += 2
    } else {
      radix = 8
    }
  }
  let value = 0n
  let overflowed = false
  const first = i
  for (; i < s.length; i++) {
    const d = digitOf(s.charAt(i))
    if (d >= radix) break
    const next = value * BigInt(radix) + BigInt(d)
    if (next > U64_MAX) {
      if (saturating) overflowed = true
      value = next & MASK
    } else {
      value = next
    }
  }
  if (overflowed) value = U64_MAX
  // No digit at all: end stays at start. (Radix 16 always has one, isxdigit() was checked;
  // radix 8 starts at the "0" itself.)
  let end = i > first ? i : start
  const shifts: Record<string, bigint> = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n }
  const shift = shifts[at(s, end).toLowerCase()]
  if (shift !== undefined) {
    if (!saturating) {
      value = (value << shift) & MASK
      end += 1
    } else if (end > start) {
      value = value > U64_MAX >> shift ? U64_MAX : value << shift
      end += 1
    }
  }
  return { value, end }
}

/** The suffixes that classify a token (§2.1; `,cma` from 6.17, so only 7.2 here). */
export function refSuffixes(release: Release): string[] {
  return release === '7.2' ? [',high', ',low', ',cma'] : [',high', ',low']
}

/** §2.1 get_last_crashkernel(): index just after "crashkernel=" of the class's last token, or -1. */
export function refFindToken(release: Release, cmdline: string, suffix: string | null): number {
  const NAME = 'crashkernel='
  let found = -1
  for (let p = cmdline.indexOf(NAME); p !== -1; p = cmdline.indexOf(NAME, p + 1)) {
    const space = cmdline.indexOf(' ', p)
    const tokenEnd = space === -1 ? cmdline.length : space
    const token = cmdline.slice(p, tokenEnd)
    if (suffix === null) {
      if (!refSuffixes(release).some((sfx) => token.endsWith(sfx))) found = p
    } else if (token.endsWith(suffix)) {
      found = p
    }
  }
  return found === -1 ? -1 : found + NAME.length
}

/**
 * §2.1–§2.5 __parse_crashkernel(): one class (`suffix` null = plain) of one release.
 *
 * @param systemRam - what the caller passes as system_ram (memblock_phys_mem_size())
 */
export function refParseCrashkernel(release: Release, cmdline: string, systemRam: bigint, suffix: string | null): RefResult {
  const messages: RefMessage[] = []
  const warn = (text: string) => messages.push({ level: 'warn', text })
  const mp = (i: number) => refMemparse(release, cmdline, i)
  const result = (ret: number, size: bigint, base: bigint): RefResult => ({ ret, size, base, messages })

  const start = refFindToken(release, cmdline, suffix)
  if (start === -1) return result(release === '5.10' ? EINVAL : ENOENT, 0n, 0n)

  if (suffix !== null) {
    // §2.5 parse_crashkernel_suffix(): *crash_size is written before the suffix is checked.
    const n = mp(start)
    if (n.end === start) {
      warn('crashkernel: memory value expected')
      return result(EINVAL, n.value, 0n)
    }
    if (!cmdline.startsWith(suffix, n.end)) {
      warn(`crashkernel: unrecognized char: ${at(cmdline, n.end)}`)
      return result(EINVAL, n.value, 0n)
    }
    const after = n.end + suffix.length
    if (at(cmdline, after) !== ' ' && at(cmdline, after) !== '\0') {
      warn(`crashkernel: unrecognized char: ${at(cmdline, after)}`)
      return result(EINVAL, n.value, 0n)
    }
    return result(0, n.value, 0n)
  }

  const colon = cmdline.indexOf(':', start)
  const space = cmdline.indexOf(' ', start)
  if (colon === -1 || (space !== -1 && space < colon)) {
    // §2.3 parse_crashkernel_simple().
    const n = mp(start)
    if (n.end === start) {
      warn('crashkernel: memory value expected')
      return result(EINVAL, n.value, 0n)
    }
    const c = at(cmdline, n.end)
    if (c === '@') return result(0, n.value, mp(n.end + 1).value)
    if (c !== ' ' && c !== '\0') {
      warn(`crashkernel: unrecognized char: ${c}`)
      return result(EINVAL, n.value, 0n)
    }
    return result(0, n.value, 0n)
  }

  // §2.4 parse_crashkernel_mem().
  const total = release === '5.10' ? systemRam : ((systemRam + SZ_128M - 1n) / SZ_128M) * SZ_128M
  let cur = start
  let crashSize = 0n
  for (;;) {
    const from = mp(cur)
    if (from.end === cur) {
      warn('crashkernel: Memory value expected')
      return result(EINVAL, crashSize, 0n)
    }
    cur = from.end
    if (at(cmdline, cur) !== '-') {
      warn("crashkernel: '-' expected")
      return result(EINVAL, crashSize, 0n)
    }
    cur++
    let to = U64_MAX
    if (at(cmdline, cur) !== ':') {
      const n = mp(cur)
      if (n.end === cur) {
        warn('crashkernel: Memory value expected')
        return result(EINVAL, crashSize, 0n)
      }
      cur = n.end
      to = n.value
      if (to <= from.value) {
        warn('crashkernel: end <= start')
        return result(EINVAL, crashSize, 0n)
      }
    }
    if (at(cmdline, cur) !== ':') {
      warn("crashkernel: ':' expected")
      return result(EINVAL, crashSize, 0n)
    }
    cur++
    const size = mp(cur)
    if (size.end === cur) {
      warn(release === '5.10' || release === '6.1' ? 'Memory value expected' : 'crashkernel: Memory value expected')
      return result(EINVAL, crashSize, 0n)
    }
    cur = size.end
    if (size.value >= total) {
      warn('crashkernel: invalid size')
      return result(EINVAL, crashSize, 0n)
    }
    if (total >= from.value && total < to) {
      crashSize = size.value
      break
    }
    // `while (*cur++ == ',')`: the character is stepped over whether or not it is a comma.
    const sep = at(cmdline, cur)
    cur++
    if (sep !== ',') break
  }
  if (crashSize === 0n) {
    messages.push({ level: 'info', text: 'crashkernel size resulted in zero bytes' })
    return result(0, 0n, 0n)
  }
  while (at(cmdline, cur) !== '\0' && at(cmdline, cur) !== ' ' && at(cmdline, cur) !== '@') cur++
  if (at(cmdline, cur) !== '@') return result(0, crashSize, 0n)
  cur++
  const base = mp(cur)
  if (base.end === cur) {
    const prefix = release === '6.12' ? 'crahskernel: ' : release === '7.2' ? 'crashkernel: ' : ''
    warn(`${prefix}Memory value expected after '@'`)
    return result(EINVAL, crashSize, 0n)
  }
  return result(0, crashSize, base.value)
}
