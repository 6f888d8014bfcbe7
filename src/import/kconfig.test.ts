// SPDX-License-Identifier: GPL-2.0-only
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateMatrix } from '../matrix/validate.js'
import { KERNEL_PROFILES } from '../presets/index.js'
import { kconfigToBoard, optionExistsOn, parseKconfig } from './kconfig.js'

const dir = join(import.meta.dirname, '../../test/import/debian-config')

describe('parseKconfig', () => {
  it('reads set, unset, numeric and string options; the last one wins', () => {
    const { facts, problems } = parseKconfig('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\n# CONFIG_KFENCE is not set\nCONFIG_CMA_SIZE_MBYTES=64\nCONFIG_CMDLINE="console=ttyAMA0 \\"x\\""\nCONFIG_CMA_SIZE_MBYTES=32\n')
    expect([...facts.options].map(([k, v]) => [k, v.value, v.line])).toEqual([
      ['ZONE_DMA', 'y', 2],
      ['KFENCE', 'n', 3],
      ['CMA_SIZE_MBYTES', '32', 6],
      ['CMDLINE', 'console=ttyAMA0 "x"', 5],
    ])
    expect(facts.header?.value).toEqual({ arch: 'arm64', release: '6.12.117' })
    expect(problems.map((p) => [p.code, p.line])).toEqual([['duplicate', 6]])
  })

  it('locates lines that are not .config syntax', () => {
    const { problems } = parseKconfig('CONFIG_A=y\n  ZONE_DMA=y\nCONFIG_B="open\n')
    expect(problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([
      ['badLine', 'error', 2, 3],
      ['badString', 'error', 3, 10],
    ])
  })

  it('rejects a file without any option', () => {
    expect(parseKconfig('hello\n').problems.map((p) => p.code)).toEqual(['badLine', 'notAConfig'])
  })

  it('rejects a string whose closing quote is escaped (conf_read_simple(): "invalid string found")', () => {
    const { facts, problems } = parseKconfig('CONFIG_CMDLINE="console=ttyAMA0\\"\nCONFIG_ARM64=y\n')
    expect(problems.map((p) => [p.code, p.line])).toEqual([['badString', 1]])
    expect(facts.options.has('CMDLINE')).toBe(false)
  })
})

describe('kconfigToBoard', () => {
  it('writes every engine option of a full .config, absent ones off, with provenance', () => {
    const r = kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_ARM64_16K_PAGES=y\nCONFIG_ARM64_PA_BITS=48\nCONFIG_ARM64_VA_BITS=47\nCONFIG_DEBUG_PAGEALLOC=y\nCONFIG_CMA=y\nCONFIG_CMA_SIZE_MBYTES=16\n', { id: 'custom' })
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    expect(r.board).toEqual({
      id: 'custom',
      arch: 'arm64',
      kernels: ['6.12.117'],
      pageSize: '16K',
      paBits: 48,
      vaBits: 47,
      config: {
        ZONE_DMA: false,
        ZONE_DMA32: false,
        RODATA_FULL_DEFAULT_ENABLED: false,
        KFENCE: false,
        KFENCE_SAMPLE_INTERVAL: 0,
        // debug_pagealloc exists but is off by default; CMA needs DMA_CMA.
        DEBUG_PAGEALLOC: true,
        DEBUG_PAGEALLOC_ENABLE_DEFAULT: false,
        CMA: false,
        CMA_SIZE_MBYTES: 16,
        // The per-node areas need CMA too (and their own option, absent here).
        DMA_NUMA_CMA: false,
        CMA_SIZE_PERNUMA: false,
        RANDOMIZE_BASE: false,
        // X86_DIRECT_GBPAGES is x86's (arch/x86/Kconfig): not "absent, so off" on arm64.
        ZONE_DEVICE: false,
        OF_DYNAMIC: false,
        // PRINTK_EXECUTION_CTX needs PRINTK (lib/Kconfig.debug), absent here.
        PRINTK_EXECUTION_CTX: false,
      },
    })
    expect(r.provenance['/config/DEBUG_PAGEALLOC']).toBe('.config line 6: "CONFIG_DEBUG_PAGEALLOC=y"')
    expect(r.provenance['/config/DEBUG_PAGEALLOC_ENABLE_DEFAULT']).toBe('.config line 6: "CONFIG_DEBUG_PAGEALLOC=y"; CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT absent (off)')
    expect(r.problems).toEqual([])
  })

  it('sets only the options a fragment or defconfig lists (no kconfig header), and says which are left', () => {
    // savedefconfig leaves out ZONE_DMA=y on arm64 because y is its default: absent is not off.
    const r = kconfigToBoard('CONFIG_ARM64=y\nCONFIG_ARM64_16K_PAGES=y\n# CONFIG_KFENCE is not set\nCONFIG_CMA=y\nCONFIG_CMA_SIZE_MBYTES=128\nCONFIG_DEBUG_PAGEALLOC=y\n')
    // CMA needs DMA_CMA, which the fragment does not list; DEBUG_PAGEALLOC_ENABLE_DEFAULT likewise.
    expect(r.board.config).toEqual({ KFENCE: false, DEBUG_PAGEALLOC: true, CMA_SIZE_MBYTES: 128 })
    expect(r.board.pageSize).toBe('16K')
    expect(r.provenance).not.toHaveProperty('/config/ZONE_DMA')
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['note', 'configFragment']])
    expect(r.problems[0]?.message).toContain('CONFIG_ZONE_DMA, CONFIG_ZONE_DMA32, CONFIG_RODATA_FULL_DEFAULT_ENABLED, CONFIG_KFENCE_SAMPLE_INTERVAL, CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT, CONFIG_CMA, CONFIG_DMA_NUMA_CMA, CONFIG_CMA_SIZE_PERNUMA, CONFIG_RANDOMIZE_BASE')
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    // A dependency listed as off decides: no CMA without DMA_CMA.
    expect(kconfigToBoard('CONFIG_CMA=y\n# CONFIG_DMA_CMA is not set\n').board.config).toMatchObject({ CMA: false })
  })

  it('DEBUG_PAGEALLOC_ENABLE_DEFAULT needs DEBUG_PAGEALLOC, as in Kconfig', () => {
    const on = kconfigToBoard('CONFIG_X86_64=y\nCONFIG_DEBUG_PAGEALLOC=y\nCONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT=y\n')
    expect(on.board.config).toMatchObject({ DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true })
    const orphan = kconfigToBoard('# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_X86_64=y\nCONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT=y\n')
    expect(orphan.board.config).toMatchObject({ DEBUG_PAGEALLOC: false, DEBUG_PAGEALLOC_ENABLE_DEFAULT: false })
  })

  it('warns when the CMA size is not selected in megabytes, and ignores bad numbers', () => {
    const r = kconfigToBoard('CONFIG_CMA=y\nCONFIG_DMA_CMA=y\nCONFIG_CMA_SIZE_MBYTES=lots\nCONFIG_CMA_SIZE_SEL_PERCENTAGE=y\nCONFIG_ARM64_PA_BITS=99\n')
    expect(r.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['badValue', 'warning', 3],
      ['configFragment', 'note', undefined],
      ['cmaSizeSelection', 'warning', 4],
      ['badValue', 'warning', 5],
    ])
    expect(r.board.config).not.toHaveProperty('CMA_SIZE_MBYTES')
    expect(r.board.paBits).toBeUndefined()
  })

  it('ignores a value kconfig would refuse, with a warning at the value that says what is used instead', () => {
    // As kconfig's conf_set_sym_val() does ("symbol value 'm' invalid for ZONE_DMA"): the option keeps its default.
    const lines = ['# Linux/arm64 6.12.117 Kernel Configuration', 'CONFIG_ARM64=y', 'CONFIG_ARM64_VA_BITS=abc', 'CONFIG_ARM64_PA_BITS=50', 'CONFIG_ZONE_DMA=m', 'CONFIG_ZONE_DMA32=', 'CONFIG_CMA=y', 'CONFIG_DMA_CMA=m', 'CONFIG_KFENCE_SAMPLE_INTERVAL=-5', 'CONFIG_CMA_SIZE_MBYTES=17592186044416', 'CONFIG_LOG_BUF_SHIFT=abc', 'CONFIG_PAGE_BLOCK_ORDER=1x', 'CONFIG_NODES_SHIFT=', 'CONFIG_KFENCE=y']
    const r = kconfigToBoard(`${lines.join('\n')}\n`)
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    const used = "ignored, as kconfig ignores it: the value comes from another input or the kernel profile instead"
    // kconfig keeps these (the options have no range), but the board cannot hold them.
    const model = 'ignored: the value comes from another input or the kernel profile instead'
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.column, p.message])).toEqual([
      ['warning', 'badValue', 5, 17, `CONFIG_ZONE_DMA=m is not y or n (CONFIG_ZONE_DMA is a bool option, not a module); ${used}`],
      ['warning', 'badValue', 6, 19, `CONFIG_ZONE_DMA32= is not y or n (CONFIG_ZONE_DMA32 is a bool option); ${used}`],
      ['warning', 'badValue', 9, 31, `CONFIG_KFENCE_SAMPLE_INTERVAL=-5 is outside what the model takes (a whole number of at least 0); ${model}`],
      ['warning', 'badValue', 8, 16, `CONFIG_DMA_CMA=m is not y or n (CONFIG_DMA_CMA is a bool option, not a module); ${used}`],
      ['warning', 'badValue', 10, 24, `CONFIG_CMA_SIZE_MBYTES=17592186044416 is outside what the model takes (a whole number from 0 to 17592186044415); ${model}`],
      ['warning', 'badValue', 11, 22, `CONFIG_LOG_BUF_SHIFT=abc is not a whole number from 12 to 25; ${used}`],
      ['warning', 'badValue', 12, 25, `CONFIG_PAGE_BLOCK_ORDER=1x is not a whole number of at least 1; ${used}`],
      ['warning', 'badValue', 4, 22, `CONFIG_ARM64_PA_BITS=50 is not one of arm64's 48, 52; ${used}`],
      ['warning', 'badValue', 3, 22, `CONFIG_ARM64_VA_BITS=abc is not one of arm64's 36, 39, 42, 47, 48, 52; ${used}`],
    ])
    // Left out, so the profile decides; the options that depend on DMA_CMA too. What is valid stays.
    for (const key of ['ZONE_DMA', 'ZONE_DMA32', 'CMA', 'DMA_NUMA_CMA', 'CMA_SIZE_PERNUMA', 'KFENCE_SAMPLE_INTERVAL', 'CMA_SIZE_MBYTES', 'LOG_BUF_SHIFT', 'PAGE_BLOCK_MAX_ORDER']) {
      expect(r.board.config).not.toHaveProperty(key)
      expect(r.provenance).not.toHaveProperty(`/config/${key}`)
    }
    expect(r.board.config?.KFENCE).toBe(true)
    expect([r.board.vaBits, r.board.paBits]).toEqual([undefined, undefined])
  })

  it('reads a number outside an int option\'s Kconfig range as the nearer bound, as kconfig does', () => {
    // sym_validate_range() (scripts/kconfig/symbol.c): the kernel is built with the bound, not the default.
    const lines = ['# Linux/arm64 6.16.1 Kernel Configuration', 'CONFIG_ARM64=y', 'CONFIG_PRINTK=y', 'CONFIG_LOG_BUF_SHIFT=40', 'CONFIG_PAGE_BLOCK_ORDER=0']
    const r = kconfigToBoard(`${lines.join('\n')}\n`)
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    expect(r.problems.filter((p) => p.code === 'badValue').map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 4, 'CONFIG_LOG_BUF_SHIFT=40 is outside its Kconfig range (a whole number from 12 to 25); read as 25, as kconfig reads it'],
      ['warning', 5, 'CONFIG_PAGE_BLOCK_ORDER=0 is outside its Kconfig range (a whole number of at least 1); read as 1, as kconfig reads it'],
    ])
    expect(r.board.config).toMatchObject({ LOG_BUF_SHIFT: 25, PAGE_BLOCK_MAX_ORDER: 1 })
    expect(r.provenance).toHaveProperty('/config/LOG_BUF_SHIFT')
    const low = kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_LOG_BUF_SHIFT=5\n')
    expect(low.board.config?.LOG_BUF_SHIFT).toBe(12)
  })

  it('takes the pageblock cap under either of its names, and leaves it out when absent', () => {
    const later = kconfigToBoard('CONFIG_ARM64=y\nCONFIG_ARM64_64K_PAGES=y\nCONFIG_PAGE_BLOCK_MAX_ORDER=10\n')
    expect(later.board.config?.PAGE_BLOCK_MAX_ORDER).toBe(10)
    expect(later.provenance['/config/PAGE_BLOCK_MAX_ORDER']).toBe('.config line 3: "CONFIG_PAGE_BLOCK_MAX_ORDER=10"')
    const first = kconfigToBoard('CONFIG_ARM64=y\nCONFIG_PAGE_BLOCK_ORDER=8\n')
    expect(first.board.config?.PAGE_BLOCK_MAX_ORDER).toBe(8)
    const none = kconfigToBoard('CONFIG_ARM64=y\n')
    expect(none.board.config).not.toHaveProperty('PAGE_BLOCK_MAX_ORDER')
    expect(none.provenance).not.toHaveProperty('/config/PAGE_BLOCK_MAX_ORDER')
    expect(validateMatrix({ version: 1, boards: [later.board] })).toEqual([])
  })

  it('leaves out the options of another architecture: absent from a full .config, or listed in a fragment (with a note)', () => {
    // arch/arm64/Kconfig has RODATA_FULL_DEFAULT_ENABLED, arch/x86/Kconfig X86_DIRECT_GBPAGES.
    const x86 = kconfigToBoard(readFileSync(join(dir, 'amd64-6.12.config'), 'utf8'))
    expect(x86.board.config).not.toHaveProperty('RODATA_FULL_DEFAULT_ENABLED')
    expect(x86.provenance).not.toHaveProperty('/config/RODATA_FULL_DEFAULT_ENABLED')
    expect(x86.board.config?.X86_DIRECT_GBPAGES).toBe(true)
    const arm = kconfigToBoard(readFileSync(join(dir, 'arm64-6.12.config'), 'utf8'))
    expect(arm.board.config).not.toHaveProperty('X86_DIRECT_GBPAGES')
    expect(arm.board.config?.RODATA_FULL_DEFAULT_ENABLED).toBe(true)
    const riscv = kconfigToBoard(readFileSync(join(dir, 'riscv64-6.12.config'), 'utf8'))
    expect(Object.keys(riscv.board.config ?? {}).filter((k) => k === 'X86_DIRECT_GBPAGES' || k === 'RODATA_FULL_DEFAULT_ENABLED')).toEqual([])
    const fragment = kconfigToBoard('CONFIG_ARM64=y\nCONFIG_X86_DIRECT_GBPAGES=y\nCONFIG_KFENCE=y\n')
    expect(fragment.board.config).toEqual({ KFENCE: true })
    expect(fragment.problems.filter((p) => p.code === 'configNotOnArch').map((p) => [p.severity, p.line, p.excerpt])).toEqual([['note', 2, 'CONFIG_X86_DIRECT_GBPAGES=y']])
    // Nor is it among the options the fragment note says are left to another input.
    expect(fragment.problems.find((p) => p.code === 'configFragment')?.message).not.toContain('X86_DIRECT_GBPAGES')
    // A fragment that names no arch is read for the machine's, where another input shows it.
    const bare = 'CONFIG_X86_DIRECT_GBPAGES=y\nCONFIG_KFENCE=y\n'
    expect(kconfigToBoard(bare).board.config).toEqual({ X86_DIRECT_GBPAGES: true, KFENCE: true })
    const onArm = kconfigToBoard(bare, { arch: 'arm64' })
    expect(onArm.board.config).toEqual({ KFENCE: true })
    expect(onArm.board.arch).toBeUndefined()
    expect(onArm.provenance).not.toHaveProperty('/config/X86_DIRECT_GBPAGES')
    expect(onArm.problems.filter((p) => p.code === 'configNotOnArch').map((p) => [p.line, p.message])).toEqual([[1, 'CONFIG_X86_DIRECT_GBPAGES does not exist on arm64 (only on x86_64); left out of the board']])
    expect(onArm.problems.find((p) => p.code === 'configFragment')?.message).not.toContain('X86_DIRECT_GBPAGES')
    // The file's own arch wins over the one given.
    expect(kconfigToBoard('CONFIG_X86_64=y\nCONFIG_X86_DIRECT_GBPAGES=y\n', { arch: 'arm64' }).board.config?.X86_DIRECT_GBPAGES).toBe(true)
  })

  it("a full .config that lists NUMA_EMU off on arm64 or riscv64 (mm/Kconfig from 6.12) gets no note that it does not exist", () => {
    // As Debian's arm64 and riscv64 6.12 and 7.2 configs have it (shared/oracle/kernels).
    const full = (arch: string, own: string, numaEmu: string) => `#\n# Automatically generated file; DO NOT EDIT.\n# Linux/${arch} 6.12.117 Kernel Configuration\n#\n${own}\nCONFIG_NUMA=y\nCONFIG_NUMA_MEMBLKS=y\n${numaEmu}\nCONFIG_KFENCE=y\n`
    for (const [arch, own] of [['arm64', 'CONFIG_ARM64=y'], ['riscv', 'CONFIG_RISCV=y\nCONFIG_64BIT=y']] as const) {
      const off = kconfigToBoard(full(arch, own, '# CONFIG_NUMA_EMU is not set'))
      expect(off.problems).toEqual([])
      expect(off.board.config).not.toHaveProperty('NUMA_EMU')
      // Set, it exists there too: the note says the model does not read it, not that it is not there.
      const on = kconfigToBoard(full(arch, own, 'CONFIG_NUMA_EMU=y'))
      expect(on.board.config).not.toHaveProperty('NUMA_EMU')
      expect(on.problems.map((p) => [p.code, p.excerpt, p.message])).toEqual([['configNotOnArch', 'CONFIG_NUMA_EMU=y', `CONFIG_NUMA_EMU is read on x86_64 only: the model does not simulate it on ${arch === 'riscv' ? 'riscv64' : 'arm64'}; left out of the board`]])
    }
  })

  it('refuses two .config files joined in one: a second header of another kernel, or two architectures', () => {
    const arm = readFileSync(join(dir, 'arm64-6.12.config'), 'utf8')
    const x86 = readFileSync(join(dir, 'amd64-7.2.config'), 'utf8')
    const joined = kconfigToBoard(arm + x86)
    const armLines = arm.split('\n').length - 1
    const x86Header = x86.split('\n').findIndex((l) => l.startsWith('# Linux/')) + 1
    expect(joined.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.message])).toEqual([
      ['twoConfigs', armLines + x86Header, 'a second kconfig header, for Linux/x86 7.2.13, after line 5\'s for Linux/arm64 6.12.117: two .config files joined in one; give the booted kernel\'s alone'],
      ['twoConfigs', expect.any(Number), expect.stringMatching(/^"CONFIG_ARM64=y" \(line 9\) and "CONFIG_X86_64=y" \(line \d+\): a kernel is built for one architecture/)],
    ])
    // Fragments have no header: their architectures say it.
    expect(kconfigToBoard('CONFIG_ARM64=y\nCONFIG_KFENCE=y\nCONFIG_X86_64=y\n').problems.filter((p) => p.code === 'twoConfigs').map((p) => [p.severity, p.line, p.column])).toEqual([['error', 3, 1]])
    // The same file twice is one kernel's (its duplicates are warned about one by one).
    expect(kconfigToBoard(arm + arm).problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it("refuses a header of one architecture over another's options, at the option", () => {
    // An x86 header over arm64's options gave an arm64 board of Linux/x86's release, no word.
    const r = kconfigToBoard('# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\nCONFIG_ARM64=y\n')
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.column, p.excerpt, p.message])).toEqual([
      ['error', 'configArchDisagrees', 3, 1, 'CONFIG_ARM64=y', '"CONFIG_ARM64=y" is arm64\'s, but the kconfig header (line 1) is for Linux/x86, which does not build arm64: the header and the options are of two .config files; give the booted kernel\'s alone'],
    ])
    expect(kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_X86_64=y\n').problems.map((p) => p.code)).toEqual(['configArchDisagrees'])
    expect(kconfigToBoard('# Linux/i386 6.12.117 Kernel Configuration\nCONFIG_X86_64=y\n').problems.map((p) => p.code)).toEqual(['configArchDisagrees'])
    expect(kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_RISCV=y\nCONFIG_64BIT=y\n').problems.map((p) => [p.code, p.excerpt])).toEqual([['configArchDisagrees', 'CONFIG_RISCV=y']])
    // Each ARCH that builds the options' architecture: no problem.
    for (const [word, opts] of [['x86', 'CONFIG_X86_64=y'], ['x86_64', 'CONFIG_X86_64=y'], ['arm64', 'CONFIG_ARM64=y'], ['riscv', 'CONFIG_RISCV=y\nCONFIG_64BIT=y']])
      expect(kconfigToBoard(`# Linux/${word} 6.12.117 Kernel Configuration\n${opts}\n`).problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('refuses a full .config of an architecture the model does not simulate: a 32-bit kernel\'s, or another ARCH', () => {
    // Linux/x86 without CONFIG_64BIT=y is i386's (ARCH=x86_64 forces 64BIT); it was read for the machine's arch with no word.
    const r = kconfigToBoard('# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\n')
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.column])).toEqual([['error', 'configArchUnsupported', 1, 1]])
    expect(r.problems[0]!.message).toBe("the kconfig header is for Linux/x86 without CONFIG_64BIT=y, a 32-bit kernel's: crashkernel-check models arm64, x86_64 and riscv64 kernels only, so this .config is not one of the booted 64-bit kernel's; give that kernel's")
    expect(kconfigToBoard('# Linux/riscv 6.12.117 Kernel Configuration\nCONFIG_RISCV=y\n').problems.map((p) => p.code)).toEqual(['configArchUnsupported'])
    expect(kconfigToBoard('# Linux/arm 6.12.117 Kernel Configuration\nCONFIG_ARM=y\n').problems.map((p) => p.code)).toEqual(['configArchUnsupported'])
    // A fragment (no header) names no architecture: the machine's decides, as before.
    expect(kconfigToBoard('CONFIG_ZONE_DMA=y\n').problems.map((p) => p.code)).toEqual(['configFragment'])
  })

  it("takes the architecture from the header's ARCH where no option names it", () => {
    // A hand-trimmed arm64 .config without CONFIG_ARM64=y was read for any machine's arch.
    const arm = kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\nCONFIG_X86_DIRECT_GBPAGES=y\n')
    expect(arm.board.arch).toBe('arm64')
    expect(arm.provenance['/arch']).toBe('.config line 1: "# Linux/arm64 6.12.117 Kernel Configuration" (no architecture\'s own option is set)')
    expect(arm.board.config).not.toHaveProperty('X86_DIRECT_GBPAGES')
    expect(kconfigToBoard('# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_64BIT=y\n').board.arch).toBe('x86_64')
    expect(kconfigToBoard('# Linux/riscv 6.12.117 Kernel Configuration\nCONFIG_64BIT=y\n').provenance['/arch']).toBe('.config line 1: "# Linux/riscv 6.12.117 Kernel Configuration", with .config line 2: "CONFIG_64BIT=y" (no architecture\'s own option is set)')
    // ARCH=x86 or riscv without 64BIT is a 32-bit kernel's, which the model does not simulate.
    expect(kconfigToBoard('# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\n').board.arch).toBeUndefined()
    expect(kconfigToBoard('# Linux/arm 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\n').board.arch).toBeUndefined()
  })

  it('a 32-bit RISC-V config is not riscv64 (arch/riscv/Kconfig: 64BIT or 32BIT)', () => {
    expect(kconfigToBoard('CONFIG_RISCV=y\nCONFIG_32BIT=y\n').board.arch).toBeUndefined()
    expect(kconfigToBoard('CONFIG_RISCV=y\nCONFIG_64BIT=y\n').board.arch).toBe('riscv64')
  })

  // The Debian configs the presets' kernel profiles were read from (src/presets/kernels.ts).
  const files = readdirSync(dir).filter((f) => f.endsWith('.config')).sort()
  it('has the ten Debian configs', () => expect(files).toHaveLength(10))
  it.each(files)('%s gives the Debian kernel profile', (file) => {
    const [arch, series] = file.replace('.config', '').split('-') as [string, string]
    const key = `${arch === 'amd64' ? 'x86_64' : arch}-${series}`
    const profile = KERNEL_PROFILES[key]!
    const r = kconfigToBoard(readFileSync(join(dir, file), 'utf8'))
    expect(r.problems).toEqual([])
    // The profile lists every option (absent ones off); the board only this arch's.
    const own = Object.fromEntries(Object.entries(profile.config).filter(([k]) => optionExistsOn(k, profile.arch)))
    expect(Object.keys(profile.config).filter((k) => !(k in own))).toEqual(profile.arch === 'arm64' ? ['X86_DIRECT_GBPAGES'] : profile.arch === 'x86_64' ? ['RODATA_FULL_DEFAULT_ENABLED'] : ['RODATA_FULL_DEFAULT_ENABLED', 'X86_DIRECT_GBPAGES'])
    expect(r.board.config).toEqual(own)
    expect(r.board.arch).toBe(profile.arch)
    expect(r.board.kernels).toEqual([profile.release])
    expect(r.board.pageSize).toBe('4K')
    if (profile.arch === 'arm64') expect([r.board.paBits, r.board.vaBits]).toEqual([profile.paBits, profile.vaBits])
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
  })
})
