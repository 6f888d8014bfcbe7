// SPDX-License-Identifier: GPL-2.0-only
/**
 * A kernel .config → the few options the engine reads (schemas/board-matrix.schema.json
 * `kernelConfig`), plus page size, PA/VA bits, arch and release where the config says them.
 *
 * A .config lists every visible option: `CONFIG_X=y|m|<value>` or `# CONFIG_X is not set`.
 * An option that is absent is off (n / 0), exactly as src/presets/kernels.ts reads the
 * Debian configs, so every engine option is written explicitly. A file without kconfig's
 * `# Linux/<arch> <release> Kernel Configuration` header is a fragment or a defconfig, where
 * an absent option may well be on (its default): only the options it lists are written.
 */
import type { Board, KernelConfig } from '../matrix/generated/board-matrix.js'
import { boardMatrixSchema } from '../matrix/generated/schema.js'
import { VA_BITS_CHOICES } from '../matrix/decode.js'
import { cite, derivedId, type ImportProblem, type ImportResult, type Located, type Provenance } from './types.js'

export interface KconfigFacts {
  /** Every option, by name without the CONFIG_ prefix; `n` for "is not set". */
  options: Map<string, Located<string>>
  /** `# Linux/arm64 6.12.117 Kernel Configuration` → arch word and release. */
  header?: Located<{ arch: string; release: string }>
}

const SET = /^CONFIG_([A-Za-z0-9_]+)=(.*)$/
const UNSET = /^# CONFIG_([A-Za-z0-9_]+) is not set\s*$/
/**
 * kconfig's header, `# Linux/<arch> <release> Kernel Configuration`; the release's numbers are
 * read from its word by {@link RELEASE}. One pattern, `(\d+\.\d+(?:\.\d+)?)\S*`, split a run
 * of digits between the two parts every way: quadratic on a long one.
 */
const HEADER = /^# Linux\/(\S+) (\S+) Kernel Configuration/
const RELEASE = /^\d+\.\d+(?:\.\d+)?/

/**
 * Parses a .config.
 *
 * @param text - the file
 * @returns options by name (last one wins, as in Kconfig) and located problems
 * @example
 * parseKconfig('CONFIG_ZONE_DMA=y\n# CONFIG_KFENCE is not set\n').facts.options.get('KFENCE')?.value // → 'n'
 */
export function parseKconfig(text: string): { facts: KconfigFacts; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const options = new Map<string, Located<string>>()
  const facts: KconfigFacts = { options }
  for (const [i, raw] of text.split('\n').entries()) {
    const t = raw.replace(/\r$/, '')
    const line = i + 1
    const s = t.trim()
    if (s === '') continue
    const h = HEADER.exec(s)
    const release = h && RELEASE.exec(h[2]!)
    if (h && release) {
      const first = facts.header
      // `cat a.config b.config`: the first header would name the kernel and the last value of
      // each option would win, a board of two kernels' halves (duplicate warnings aside).
      if (first && (first.value.arch !== h[1] || first.value.release !== release[0]))
        problems.push({ severity: 'error', source: 'config', code: 'twoConfigs', message: `a second kconfig header, for Linux/${h[1]!} ${release[0]}, after line ${first.line}'s for Linux/${first.value.arch} ${first.value.release}: two .config files joined in one; give the booted kernel's alone`, line, column: t.indexOf(s) + 1, excerpt: t })
      facts.header ??= { value: { arch: h[1]!, release: release[0] }, line, text: t }
      continue
    }
    const m = SET.exec(s) ?? UNSET.exec(s)
    if (!m) {
      if (s.startsWith('#')) continue
      problems.push({ severity: 'error', source: 'config', code: 'badLine', message: 'not a .config line (expected CONFIG_NAME=value or "# CONFIG_NAME is not set")', line, column: t.indexOf(s) + 1, excerpt: t })
      continue
    }
    const name = m[1]!
    let value = m[2] === undefined ? 'n' : m[2].trim()
    if (value.startsWith('"')) {
      if (!/^"(?:[^"\\]|\\.)*"$/.test(value)) {
        problems.push({ severity: 'error', source: 'config', code: 'badString', message: `CONFIG_${name}: unterminated string`, line, column: t.indexOf('=') + 2, excerpt: t })
        continue
      }
      value = value.slice(1, -1).replace(/\\(.)/g, '$1')
    }
    const prev = options.get(name)
    if (prev) problems.push({ severity: 'warning', source: 'config', code: 'duplicate', message: `CONFIG_${name} set again (line ${prev.line}); the last one wins`, line, column: 1, excerpt: t })
    options.set(name, { value, line, text: t })
  }
  if (options.size === 0) problems.push({ severity: 'error', source: 'config', code: 'notAConfig', message: 'no CONFIG_ option found: this is not a kernel .config', line: 1 })
  return { facts, problems }
}

type Arch = NonNullable<Board['arch']>

/**
 * The int options read here whose schema bounds are their Kconfig `range`: kconfig reads a
 * number out of it as the nearer bound (sym_validate_range(), scripts/kconfig/symbol.c), so
 * the kernel is built with that bound, not with the option's default. init/Kconfig
 * LOG_BUF_SHIFT "range 12 25"; mm/Kconfig PAGE_BLOCK_ORDER "range 1 …" (6.16+, its upper
 * bound the arch's ARCH_FORCE_MAX_ORDER). The other bounds are the model's alone: kconfig
 * keeps a negative KFENCE_SAMPLE_INTERVAL, as that option has no range.
 */
const KCONFIG_RANGED: ReadonlySet<string> = new Set(['LOG_BUF_SHIFT', 'PAGE_BLOCK_MAX_ORDER'])

/** arm64's CONFIG_ARM64_PA_BITS: 48 or 52, by the ARM64_PA_BITS_48/52 choice (arch/arm64/Kconfig, linux-source-6.12). */
const ARM64_PA_BITS_CHOICES: readonly number[] = [48, 52]

/**
 * Engine options that exist on one architecture only: their Kconfig entry sits in that
 * arch's Kconfig (arch/arm64/Kconfig RODATA_FULL_DEFAULT_ENABLED up to 6.12, gone in 7.2;
 * arch/x86/Kconfig X86_DIRECT_GBPAGES, 5.10 to 7.2). NUMA_EMU is x86's up to 6.11
 * (arch/x86/Kconfig) and in mm/Kconfig from 6.12, but the engine reads it on x86_64 only
 * (x86/setup.ts: Debian builds arm64 and riscv64 without it). On another architecture the option
 * does not exist, so "absent from the .config" says nothing about it, and a value for it is
 * noise the engine never reads (only that arch's code does: arm64/paging.ts,
 * x86/setup.ts).
 */
const ARCH_ONLY_OPTIONS: Readonly<Partial<Record<keyof KernelConfig, Arch>>> = {
  RODATA_FULL_DEFAULT_ENABLED: 'arm64',
  X86_DIRECT_GBPAGES: 'x86_64',
  NUMA_EMU: 'x86_64',
}

/**
 * The ARCH words kconfig's header may name for a .config that sets each architecture's option:
 * arch/x86 builds x86_64 as ARCH=x86 or x86_64 (ARCH=i386 turns 64BIT off); arm64 and riscv
 * have one ARCH each (Makefile, SRCARCH).
 */
const HEADER_ARCHES: Readonly<Record<Arch, readonly string[]>> = { arm64: ['arm64'], x86_64: ['x86', 'x86_64'], riscv64: ['riscv'] }

/** Whether the engine option `key` exists on `arch` (see {@link ARCH_ONLY_OPTIONS}). */
export function optionExistsOn(key: string, arch: Arch): boolean {
  const only = ARCH_ONLY_OPTIONS[key as keyof KernelConfig]
  return only === undefined || only === arch
}

/** What a .config contributes to a board. */
export interface KconfigSettings {
  config: KernelConfig
  arch?: Arch
  release?: string
  pageSize?: NonNullable<Board['pageSize']>
  paBits?: number
  vaBits?: number
}

/**
 * The engine's options from parsed .config facts. Pointers in `provenance` are relative to
 * the board (`/config/ZONE_DMA`).
 *
 * @param machineArch - the machine's architecture as other inputs show it, for a .config that
 *   does not name its own (a fragment): it decides which options exist
 */
export function kconfigSettings(facts: KconfigFacts, problems: ImportProblem[], machineArch?: Arch): { settings: KconfigSettings; provenance: Provenance } {
  const o = facts.options
  const provenance: Provenance = {}
  const val = (name: string) => o.get(name)?.value
  const on = (name: string) => val(name) === 'y'
  const why = (names: string[]) =>
    names
      .map((n) => {
        const l = o.get(n)
        return l ? cite('.config', l) : `CONFIG_${n} absent (off)`
      })
      .join('; ')
  // Without kconfig's header this is a fragment or a defconfig (savedefconfig writes no
  // header and only the options that differ from their defaults): an option it does not
  // list is unknown, not off, and is left to the kernel profile.
  const fragment = facts.header === undefined
  const listed = (names: string[]): boolean => !fragment || names.some((n) => o.has(n))
  // In a fragment, an option whose dependency is not listed is only known when one is off.
  const known = (names: string[]): boolean => !fragment || names.every((n) => o.has(n)) || names.some((n) => o.has(n) && !on(n))
  // A value kconfig itself would refuse ("symbol value 'm' invalid for ZONE_DMA", conf_set_sym_val(),
  // scripts/kconfig/confdata.c), which then keeps the option's default: said once, at the value,
  // and left out, so another input (a boot log) or the kernel profile gives it, as for an unlisted one.
  // A number out of an int's Kconfig range is no such value: kconfig reads it as the bound (int()).
  const refused = new Set<string>()
  const badValue = (name: string, what: string): void => {
    const l = o.get(name)!
    if (refused.has(name)) return
    refused.add(name)
    problems.push({ severity: 'warning', source: 'config', code: 'badValue', message: `CONFIG_${name}=${l.value} ${what}`, line: l.line, column: l.text.indexOf('=') + 2, excerpt: l.text })
  }
  const instead = 'the value comes from another input or the kernel profile instead'
  const refuse = (name: string, what: string): void => badValue(name, `${what}; ignored, as kconfig ignores it: ${instead}`)
  // Every engine option read as a bool is a bool in Kconfig: y, or n ("is not set"; kconfig also reads =n).
  const isBool = (name: string): boolean => {
    const v = val(name)
    if (v === undefined || v === 'y' || v === 'n') return true
    refuse(name, `is not y or n (CONFIG_${name} is a bool option${v === 'm' ? ', not a module' : ''})`)
    return false
  }
  const bool = (key: keyof KernelConfig, names: string[]): boolean | undefined => {
    if (!listed(names) || !known(names)) return undefined
    if (!names.map(isBool).every(Boolean)) return undefined
    provenance[`/config/${key}`] = why(names)
    return names.every(on)
  }
  const int = (key: keyof KernelConfig, name: string): number | undefined => {
    if (!listed([name])) return undefined
    const v = val(name)
    // kconfig's int syntax takes a sign ("-5"); the schema's bounds then decide.
    const digits = v?.startsWith('-') ? v.slice(1) : v
    const n = v === undefined || v === 'n' ? 0 : /^(0x[0-9a-f]+|\d+)$/i.test(digits!) ? (digits === v ? 1 : -1) * Number(digits) : Number.NaN
    const { minimum = 0, maximum = Number.MAX_SAFE_INTEGER } = (boardMatrixSchema.$defs.kernelConfig.properties as Record<string, { minimum?: number; maximum?: number }>)[key] ?? {}
    const bounds = maximum === Number.MAX_SAFE_INTEGER ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`
    if (v !== undefined && v !== 'n' && !Number.isSafeInteger(n)) {
      refuse(name, `is not a whole number ${bounds}`)
      return undefined
    }
    provenance[`/config/${key}`] = why([name])
    if (v === undefined || v === 'n' || (n >= minimum && n <= maximum)) return n
    if (KCONFIG_RANGED.has(key)) {
      const bound = n < minimum ? minimum : maximum
      badValue(name, `is outside its Kconfig range (a whole number ${bounds}); read as ${bound}, as kconfig reads it`)
      return bound
    }
    delete provenance[`/config/${key}`]
    badValue(name, `is outside what the model takes (a whole number ${bounds}); ignored: ${instead}`)
    return undefined
  }
  const all: Record<string, boolean | number | undefined> = {
    ZONE_DMA: bool('ZONE_DMA', ['ZONE_DMA']),
    ZONE_DMA32: bool('ZONE_DMA32', ['ZONE_DMA32']),
    RODATA_FULL_DEFAULT_ENABLED: bool('RODATA_FULL_DEFAULT_ENABLED', ['RODATA_FULL_DEFAULT_ENABLED']),
    KFENCE: bool('KFENCE', ['KFENCE']),
    KFENCE_SAMPLE_INTERVAL: int('KFENCE_SAMPLE_INTERVAL', 'KFENCE_SAMPLE_INTERVAL'),
    DEBUG_PAGEALLOC: bool('DEBUG_PAGEALLOC', ['DEBUG_PAGEALLOC']),
    // Kconfig: DEBUG_PAGEALLOC_ENABLE_DEFAULT depends on DEBUG_PAGEALLOC.
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: bool('DEBUG_PAGEALLOC_ENABLE_DEFAULT', ['DEBUG_PAGEALLOC', 'DEBUG_PAGEALLOC_ENABLE_DEFAULT']),
    // The default CMA area needs the allocator (CMA) and the DMA glue (DMA_CMA).
    CMA: bool('CMA', ['CMA', 'DMA_CMA']),
    CMA_SIZE_MBYTES: int('CMA_SIZE_MBYTES', 'CMA_SIZE_MBYTES'),
    // The per-node areas need the default area's options and their own, named
    // DMA_PERNUMA_CMA before 6.6 (kernel/dma/Kconfig): whichever name the file lists.
    DMA_NUMA_CMA: bool('DMA_NUMA_CMA', ['CMA', 'DMA_CMA', o.has('DMA_PERNUMA_CMA') ? 'DMA_PERNUMA_CMA' : 'DMA_NUMA_CMA']),
    // Kconfig: CMA_SIZE_PERNUMA depends on DMA_NUMA_CMA (7.x).
    CMA_SIZE_PERNUMA: bool('CMA_SIZE_PERNUMA', ['CMA', 'DMA_CMA', 'DMA_NUMA_CMA', 'CMA_SIZE_PERNUMA']),
    NUMA_EMU: bool('NUMA_EMU', ['NUMA', 'NUMA_EMU']),
    RANDOMIZE_BASE: bool('RANDOMIZE_BASE', ['RANDOMIZE_BASE']),
    X86_DIRECT_GBPAGES: bool('X86_DIRECT_GBPAGES', ['X86_DIRECT_GBPAGES']),
    ZONE_DEVICE: bool('ZONE_DEVICE', ['ZONE_DEVICE']),
    OF_DYNAMIC: bool('OF_DYNAMIC', ['OF_DYNAMIC']),
    PRINTK_EXECUTION_CTX: bool('PRINTK_EXECUTION_CTX', ['PRINTK', 'PRINTK_EXECUTION_CTX']),
  }
  const own: Arch | undefined = on('ARM64') ? 'arm64' : on('X86_64') ? 'x86_64' : on('RISCV') && on('64BIT') ? 'riscv64' : undefined
  // One kernel is built for one architecture: two set are two files' options joined in one.
  const archLines = ['ARM64', 'X86_64', 'RISCV'].filter(on).map((n) => o.get(n)!)
  if (archLines.length > 1) {
    const last = archLines.reduce((a, b) => (b.line > a.line ? b : a))
    problems.push({ severity: 'error', source: 'config', code: 'twoConfigs', message: `${archLines.map((l) => `"${l.text.trim()}" (line ${l.line})`).join(' and ')}: a kernel is built for one architecture, so this is two .config files joined in one; give the booted kernel's alone`, line: last.line, column: 1, excerpt: last.text })
  }
  // kconfig's header names the ARCH the file was made with (the top Kconfig's mainmenu,
  // "Linux/$(ARCH) $(KERNELVERSION) Kernel Configuration"): options that ARCH cannot set are
  // another file's, and the board would take its release from one kernel and its options from
  // another, as with two headers.
  const header = facts.header
  if (own && header && archLines.length === 1 && !HEADER_ARCHES[own].includes(header.value.arch)) {
    const l = archLines[0]!
    problems.push({ severity: 'error', source: 'config', code: 'configArchDisagrees', message: `"${l.text.trim()}" is ${own}'s, but the kconfig header (line ${header.line}) is for Linux/${header.value.arch}, which does not build ${own}: the header and the options are of two .config files; give the booted kernel's alone`, line: l.line, column: 1, excerpt: l.text })
  }
  // An option of another architecture is not "absent, so off" in this arch's .config: it
  // does not exist here. Left out; one the file does list (a hand-edited fragment) with a
  // note. The only place that drops them: a fragment, which names no architecture, is read
  // for the machine's (importBoard() passes the boot log's or the DT's), as kconfig itself
  // ignores a symbol it does not know.
  // A file that sets no architecture's option (a hand-trimmed one) still names its ARCH in the
  // header: arm64, or x86 and riscv with 64BIT (ARCH=x86_64 forces it), is one of the modelled.
  const word = header?.value.arch
  const fromHeader: Arch | undefined = own !== undefined || word === undefined ? undefined : word === 'arm64' ? 'arm64' : word === 'x86_64' || (word === 'x86' && on('64BIT')) ? 'x86_64' : word === 'riscv' && on('64BIT') ? 'riscv64' : undefined
  // A full .config of none of the modelled architectures: a 32-bit kernel's (Linux/x86 or
  // Linux/riscv without 64BIT, Linux/arm) or another ARCH's. Its options are no 64-bit kernel's.
  if (header && own === undefined && fromHeader === undefined) {
    const bits = word === 'x86' || word === 'riscv' ? ` without CONFIG_64BIT=y, a 32-bit kernel's` : ''
    problems.push({ severity: 'error', source: 'config', code: 'configArchUnsupported', message: `the kconfig header is for Linux/${word}${bits}: crashkernel-check models arm64, x86_64 and riscv64 kernels only, so this .config is not one of the booted 64-bit kernel's; give that kernel's`, line: header.line, column: 1, excerpt: header.text })
  }
  const arch = own ?? fromHeader ?? machineArch
  if (arch) {
    for (const key of Object.keys(all)) {
      if (all[key] === undefined || optionExistsOn(key, arch)) continue
      const l = o.get(key)
      const only = ARCH_ONLY_OPTIONS[key as keyof KernelConfig]
      // kconfig writes only the symbols of the .config's own arch: a full one that lists the
      // option has it (NUMA_EMU in mm/Kconfig from 6.12; Debian's arm64 and riscv64 6.12 and
      // 7.2 say "# CONFIG_NUMA_EMU is not set"), which off is what the model takes anyway.
      if (l && fragment) problems.push({ severity: 'note', source: 'config', code: 'configNotOnArch', message: `CONFIG_${key} does not exist on ${arch} (only on ${only}); left out of the board`, line: l.line, column: 1, excerpt: l.text })
      else if (l && all[key] !== false) problems.push({ severity: 'note', source: 'config', code: 'configNotOnArch', message: `CONFIG_${key} is read on ${only} only: the model does not simulate it on ${arch}; left out of the board`, line: l.line, column: 1, excerpt: l.text })
      all[key] = undefined
      delete provenance[`/config/${key}`]
    }
  }
  const config = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as KernelConfig
  if (fragment) {
    const left = Object.keys(all).filter((k) => all[k] === undefined && (arch === undefined || optionExistsOn(k, arch)))
    if (left.length > 0)
      problems.push({
        severity: 'note',
        source: 'config',
        code: 'configFragment',
        message: `no "# Linux/<arch> <release> Kernel Configuration" header: read as a fragment or defconfig, whose missing options are not off but unknown; ${left.map((k) => `CONFIG_${k}`).join(', ')} ${left.length === 1 ? 'is' : 'are'} not set from it (another input or the kernel profile decides; give the full .config, or /proc/config.gz, to set them)`,
      })
  }
  // The static printk buffer's size (CONFIG_PRINTK's; absent, the engine takes Kconfig's 17).
  if (o.has('LOG_BUF_SHIFT')) {
    const shift = int('LOG_BUF_SHIFT', 'LOG_BUF_SHIFT') ?? 0
    if (shift >= 12) config.LOG_BUF_SHIFT = shift
    else delete provenance['/config/LOG_BUF_SHIFT']
  }
  // 6.16+: the pageblock cap, under its first name or its later one (absent: nothing capped).
  const pageBlock = ['PAGE_BLOCK_MAX_ORDER', 'PAGE_BLOCK_ORDER'].find((n) => o.has(n))
  if (pageBlock) {
    const order = int('PAGE_BLOCK_MAX_ORDER', pageBlock) ?? 0
    if (order > 0) config.PAGE_BLOCK_MAX_ORDER = order
    else delete provenance['/config/PAGE_BLOCK_MAX_ORDER']
  }
  if (config.CMA && !on('CMA_SIZE_SEL_MBYTES') && (on('CMA_SIZE_SEL_PERCENTAGE') || on('CMA_SIZE_SEL_MIN') || on('CMA_SIZE_SEL_MAX'))) {
    const l = o.get('CMA_SIZE_SEL_PERCENTAGE') ?? o.get('CMA_SIZE_SEL_MIN') ?? o.get('CMA_SIZE_SEL_MAX')
    problems.push({
      severity: 'warning',
      source: 'config',
      code: 'cmaSizeSelection',
      message: 'the default CMA size is not selected in megabytes (CMA_SIZE_SEL_MBYTES); CMA_SIZE_MBYTES is used as is and may not be what the kernel reserves',
      ...(l ? { line: l.line, excerpt: l.text } : {}),
    })
  }
  const settings: KconfigSettings = { config }
  if (own) {
    settings.arch = own
    provenance['/arch'] = why([own === 'arm64' ? 'ARM64' : own === 'x86_64' ? 'X86_64' : 'RISCV'])
  } else if (fromHeader && header) {
    settings.arch = fromHeader
    provenance['/arch'] = `${cite('.config', header)}${word === 'arm64' || word === 'x86_64' ? '' : `, with ${why(['64BIT'])}`} (no architecture's own option is set)`
  }

  if (facts.header) {
    settings.release = facts.header.value.release
    provenance['/kernels/0'] = cite('.config', facts.header)
  }

  const pages: Array<[string, NonNullable<Board['pageSize']>]> = [
    ['ARM64_4K_PAGES', '4K'], ['ARM64_16K_PAGES', '16K'], ['ARM64_64K_PAGES', '64K'],
    ['PAGE_SIZE_4KB', '4K'], ['PAGE_SIZE_16KB', '16K'], ['PAGE_SIZE_64KB', '64K'],
  ]
  const page = pages.find(([n]) => on(n))
  if (page) {
    settings.pageSize = page[1]
    provenance['/pageSize'] = why([page[0]])
  } else if (settings.arch === 'x86_64') {
    settings.pageSize = '4K'
    provenance['/pageSize'] = 'x86_64 has 4 KiB pages only'
  }
  for (const [key, name] of [['paBits', 'ARM64_PA_BITS'], ['vaBits', 'ARM64_VA_BITS']] as const) {
    const v = val(name)
    if (v === undefined) continue
    const n = Number(v)
    const choices = key === 'vaBits' ? VA_BITS_CHOICES.arm64! : ARM64_PA_BITS_CHOICES
    if (choices.includes(n)) {
      settings[key] = n
      provenance[`/${key}`] = why([name])
    } else refuse(name, `is not one of arm64's ${choices.join(', ')}`)
  }
  return { settings, provenance }
}

/**
 * A .config → a board holding its config, arch, release, page size and PA/VA bits.
 *
 * @param text - the .config
 * @param opts - `id` of the board; `arch`, the machine's architecture where another input
 *   shows it, for a .config that does not name its own (see {@link kconfigSettings})
 * @returns board, provenance and problems (never throws)
 * @example
 * kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_ZONE_DMA=y\n').board.config?.ZONE_DMA // → true
 */
export function kconfigToBoard(text: string, opts: { id?: string; arch?: Arch } = {}): ImportResult<KconfigFacts> {
  const { facts, problems } = parseKconfig(text)
  const { settings, provenance } = kconfigSettings(facts, problems, opts.arch)
  const board: Board = { id: opts.id ?? derivedId('config', settings.arch, settings.release), config: settings.config }
  if (settings.arch) board.arch = settings.arch
  if (settings.release) board.kernels = [settings.release]
  if (settings.pageSize) board.pageSize = settings.pageSize
  if (settings.paBits !== undefined) board.paBits = settings.paBits
  if (settings.vaBits !== undefined) board.vaBits = settings.vaBits
  return { board, provenance, problems, facts }
}
