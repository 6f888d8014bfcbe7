// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../presets/index.js'
import { LIMITS } from '../limits.js'
import { invalidBoards, subjectOf, validateMatrix } from './validate.js'

const board = (extra: Record<string, unknown>) => ({ version: 1, boards: [{ id: 'b', ...extra }] })
/** The least a matrix lists: one board with an id. */
const ONE_BOARD = [{ id: 'b' }]

describe('validateMatrix', () => {
  it('accepts a minimal matrix and the example settings', () => {
    expect(validateMatrix({ version: 1, boards: ONE_BOARD })).toEqual([])
    expect(validateMatrix(board({ extends: 'raspberrypi-4', kernels: ['6.1', { release: '6.12.117', cmdline: 'crashkernel=1G', imageSize: '40M' }] }))).toEqual([])
  })

  // A matrix of no boards passed every check having checked nothing: a file emptied by
  // mistake, or boards moved to another file the workflow does not read, went unnoticed.
  it('refuses a matrix that lists no board, at the list', () => {
    expect(validateMatrix({ version: 1, boards: [] })).toEqual([
      { messageId: 'tooFew', data: { subject: 'boards', limit: '1', unit: 'item' }, pointer: '/boards', target: 'value' },
    ])
  })

  it('accepts every built-in preset as wire-format settings', () => {
    for (const preset of Object.values(PRESETS)) {
      expect(validateMatrix({ version: 1, defaults: preset.settings, boards: ONE_BOARD }), preset.name).toEqual([])
    }
  })

  it('names an unknown property at its key, with a spelling hint', () => {
    expect(validateMatrix(board({ cmdlin: 'x' }))).toEqual([
      { messageId: 'unknownProperty', data: { property: 'cmdlin', hint: '; did you mean "cmdline"?' }, pointer: '/boards/0/cmdlin', target: 'key' },
    ])
  })

  it.each([
    ['arc', 'arch'], // one letter missing from a short name
    ['arcj', 'arch'], // one letter wrong
    ['reservatons', 'reservations'], // a long name
  ])('hints "%s" → "%s"', (typo, meant) => {
    expect(validateMatrix(board({ [typo]: 1 }))[0]?.data.hint).toBe(`; did you mean "${meant}"?`)
  })

  it('hints the longer name a short key starts ("cpu" of "cpuAddr"), and the name of a reserved-memory node\'s DT property, once per mistake', () => {
    const range = { node: '/soc', size: '1G' }
    const problems = validateMatrix(board({ dma: { ranges: [{ ...range, cpu: '0x40000000', bus: '0' }] } }))
    // One problem per key: the "missing cpuAddr" it implies is the same mistake.
    expect(problems.map((p) => [p.pointer, p.messageId, p.data.hint])).toEqual([
      ['/boards/0/dma/ranges/0/cpu', 'unknownProperty', '; did you mean "cpuAddr"?'],
      ['/boards/0/dma/ranges/0/bus', 'unknownProperty', '; did you mean "busAddr"?'],
    ])
    const hint = (key: string) => validateMatrix(board({ reservations: [{ kind: 'dynamic', name: 'linux,cma', size: '64M', [key]: true }] })).find((p) => p.messageId === 'unknownProperty')?.data.hint
    expect(hint('reusable')).toBe('; did you mean "cma"? (the device tree\'s reusable)')
    expect(hint('linux,cma-default')).toBe('; did you mean "cmaDefault"? (the device tree\'s linux,cma-default)')
    expect(hint('alloc')).toBe('; did you mean "allocRanges"?')
    // The DT's spellings of nomap and allocRanges are near enough for the typo distance.
    expect([hint('no-map'), hint('alloc-ranges')]).toEqual(['; did you mean "nomap"?', '; did you mean "allocRanges"?'])
    // Too short, or the start of several names: no guess.
    expect(hint('al')).toBe('')
    expect(validateMatrix(board({ dma: { ranges: [{ ...range, cpuAddr: '0', b: '0' }] } }))[0]?.data.hint).toBe('')
    // A DT name the object has no property for is no hint there.
    expect(validateMatrix(board({ reusable: true }))[0]?.data.hint).toBe('')
  })

  it('hints a config key written as in a .config, with the CONFIG_ prefix', () => {
    const hint = (key: string) => validateMatrix(board({ config: { [key]: true } }))[0]?.data.hint
    expect(hint('CONFIG_KFENCE')).toBe('; did you mean "KFENCE"?')
    expect(hint('CONFIG_ZONE_DMA32')).toBe('; did you mean "ZONE_DMA32"?')
  })

  it('a boolean written as in a .config ("y", "n") is told to be JSON\'s true or false', () => {
    const data = (value: unknown) => validateMatrix(board({ config: { KFENCE: value } }))[0]?.data
    expect(data('y')).toEqual({ subject: 'config.KFENCE', expected: 'boolean', actual: 'string', hint: '; write true, without quotes' })
    expect(data('n')?.hint).toBe('; write false, without quotes')
    expect(data('maybe')?.hint).toBe('')
  })

  it('gives no hint for a name close to none (a wrong hint misleads)', () => {
    expect(validateMatrix(board({ abcd: 1 }))[0]?.data).toEqual({ property: 'abcd', hint: '' })
  })

  it('reports one error for a value of neither kernel form', () => {
    expect(validateMatrix(board({ kernels: [6.1] }))).toEqual([
      { messageId: 'wrongType', data: { subject: 'kernels[0]', expected: 'string or object', actual: 'number', hint: expect.stringContaining('a kernel release or series is a string') }, pointer: '/boards/0/kernels/0', target: 'value' },
    ])
  })

  it('reports only the errors of the branch an object kernel was meant for', () => {
    expect(validateMatrix(board({ kernels: [{ release: '6.1', cmdlne: '' }] })).map((p) => p.pointer)).toEqual(['/boards/0/kernels/0/cmdlne'])
    expect(validateMatrix(board({ kernels: [{ release: 6.12 }] }))).toEqual([
      { messageId: 'wrongType', data: { subject: 'kernels[0].release', expected: 'string', actual: 'number', hint: expect.stringContaining('a kernel release or series is a string') }, pointer: '/boards/0/kernels/0/release', target: 'value' },
    ])
  })

  it('uses the reservation kind to focus errors', () => {
    expect(validateMatrix(board({ reservations: [{ kind: 'fixed', name: 'x', size: '1M' }] }))).toEqual([
      { messageId: 'missingProperty', data: { property: 'base', hint: '' }, pointer: '/boards/0/reservations/0', target: 'value' },
    ])
    expect(validateMatrix(board({ reservations: [{ kind: 'dynamic', name: 'x', size: '1M', base: '0x0' }] }))[0]?.pointer).toBe('/boards/0/reservations/0/base')
  })

  it('explains size formats and device reach', () => {
    const problems = validateMatrix(board({ memory: [{ base: '0x0', size: '0400M' }], devices: [{ name: 'sd', bus: 'x', dmaLimit: '0x1' }] }))
    expect(problems.map((p) => [p.messageId, p.pointer, p.data.problem ?? p.data.value])).toEqual([
      ['badFormat', '/boards/0/memory/0/size', '"0400M"'],
      ['deviceReach', '/boards/0/devices/0', 'gives both "dmaLimit" and "bus"; keep one'],
    ])
    // "0400M" looks decimal; the format alone does not say why it is refused.
    expect(problems[0]?.data.what).toMatch(/; a leading 0 would make it octal to the kernel's memparse\(\): write "400M" for decimal, or 0x… for hex$/)
    expect(validateMatrix(board({ ramSize: '0100M' }))[0]?.data.what).toMatch(/; no leading zeros: write "100M"$/)
    expect(validateMatrix(board({ memory: [{ base: '0x0', size: '4GB' }] }))[0]?.data.what).not.toContain('leading')
    expect(validateMatrix(board({ devices: [{ name: 'sd' }] }))).toEqual([
      { messageId: 'deviceReach', data: { name: 'sd', problem: 'needs "dmaLimit" or "bus"' }, pointer: '/boards/0/devices/0', target: 'value' },
    ])
  })

  it('says what to write for a size given with a data-sheet unit or as a JSON number', () => {
    const what = (size: unknown) => validateMatrix(board({ memory: [{ base: '0x0', size }] }))[0]?.data
    expect(what('8GB')?.what).toMatch(/; the suffix is one letter for a power of 1024, right after a whole number: write "8G"$/)
    expect(what('6GiB')?.what).toMatch(/write "6G"$/)
    expect(what('512 MiB')?.what).toMatch(/write "512M"$/)
    expect(what('1.5G')?.what).toMatch(/write "1536M"$/)
    expect(what('0.5G')?.what).toMatch(/write "512M"$/)
    expect(what('0x80 MB')?.what).not.toContain('write')
    // No exact byte count: no hint rather than a rounded one.
    expect(what('1.3K')?.what).not.toContain('write')
    expect(what(34359738368)?.hint).toBe('; sizes and addresses are strings: write "32G"')
    expect(what(0x1ff00000 + 4096)?.hint).toBe('; sizes and addresses are strings: write "523268K"')
    expect(what(5)?.hint).toBe('; sizes and addresses are strings, such as "512M", "4G" or "0x40000000"')
    expect(validateMatrix(board({ memory: [{ base: 1073741824, size: '1G' }] }))[0]?.data.hint).toBe('; sizes and addresses are strings: write "0x40000000"')
    // Beyond 2^53 the parser has already rounded the number: no value to offer.
    expect(what(2 ** 60 + 1)?.hint).toBe('; sizes and addresses are strings, such as "512M", "4G" or "0x40000000"')
  })

  it('says a kernel written as a JSON number is a string, without quoting back digits the parser may have lost', () => {
    const hint = (kernels: unknown[]) => validateMatrix(board({ kernels })).map((p) => [p.pointer, p.data.hint])
    const words = '; a kernel release or series is a string in double quotes, such as "6.12" (as a number, 6.10 would read as 6.1)'
    expect(hint([6.12])).toEqual([['/boards/0/kernels/0', words]])
    expect(hint([{ release: 6.1 }])).toEqual([['/boards/0/kernels/0/release', words]])
    expect(hint([true])).toEqual([['/boards/0/kernels/0', '']])
  })

  it("names a kernel entry's release for its 'version', a RAM variant's memory for its 'ramSize', once", () => {
    const found = (b: unknown) => validateMatrix(board(b as never)).map((p) => [p.messageId, p.pointer, p.data.hint])
    expect(found({ kernels: [{ version: '6.1' }] })).toEqual([['unknownProperty', '/boards/0/kernels/0/version', '; did you mean "release"?']])
    expect(found({ ram: [{ name: 'a', ramSize: '4G' }] })).toEqual([['unknownProperty', '/boards/0/ram/0/ramSize', '; did you mean "memory"?']])
  })

  it('says a quoted number is meant without quotes, and names the allowed value nearest a misspelt one', () => {
    expect(validateMatrix({ version: '1', boards: ONE_BOARD } as never).map((p) => [p.messageId, p.data.hint])).toEqual([['notAllowed', '; write it without quotes: 1']])
    expect(validateMatrix(board({ arch: 'x86' })).find((p) => p.messageId === 'notAllowed')?.data.hint).toBe('; did you mean "x86_64"?')
    expect(validateMatrix(board({ arch: 'sparc64' })).find((p) => p.messageId === 'notAllowed')?.data.hint).toBe('')
  })

  it('reports an item listed twice at the repeat, in words, naming the first', () => {
    expect(validateMatrix(board({ memorylessNodes: [1, 2, 1] }))).toEqual([
      { messageId: 'repeatedItem', data: { subject: 'memorylessNodes[2]', value: '1', first: 'memorylessNodes[0]' }, pointer: '/boards/0/memorylessNodes/2', target: 'value' },
    ])
  })

  it('reports a misspelt required key once, at the key, not also as the property it meant missing', () => {
    expect(validateMatrix(board({ memory: [{ base: '0x0', szie: '1G' }] })).map((p) => [p.messageId, p.pointer, p.data.hint])).toEqual([
      ['unknownProperty', '/boards/0/memory/0/szie', '; did you mean "size"?'],
    ])
    expect(validateMatrix(board({ devices: [{ name: 'sd', dmaLimt: '0xffffffff' }] })).map((p) => [p.messageId, p.pointer])).toEqual([
      ['unknownProperty', '/boards/0/devices/0/dmaLimt'],
    ])
    // A key no property resembles leaves the missing one reported.
    expect(validateMatrix(board({ memory: [{ base: '0x0', length: '1G' }] })).map((p) => p.messageId).sort()).toEqual(['missingProperty', 'unknownProperty'])
  })

  it('says to write a list for one value where a list belongs, and one string for a list of strings', () => {
    expect(validateMatrix(board({ kernels: '6.12' }))[0]?.data.hint).toBe('; a list: write ["6.12"]')
    expect(validateMatrix(board({ cmdline: ['console=ttyS0', 'crashkernel=256M'] }))[0]?.data.hint).toBe('; one string: write "console=ttyS0 crashkernel=256M"')
    expect(validateMatrix(board({ cmdline: [1] }))[0]?.data.hint).toBe('')
    // Sizes, addresses and versions joined are no value: "2G 8G" is not a RAM size.
    expect(validateMatrix(board({ ramSize: ['2G', '8G'] }))[0]?.data.hint).toBe('')
    expect(validateMatrix(board({ crashkernelDefault: ['256M', '512M'] }))[0]?.data.hint ?? '').not.toContain('write "256M 512M"')
  })

  it('says what to write for a missing "version"', () => {
    expect(validateMatrix({ boards: ONE_BOARD })).toEqual([
      { messageId: 'missingProperty', data: { property: 'version', hint: '; add "version": 1, the only version of the format' }, pointer: '', target: 'value' },
    ])
  })

  it('says which kernel to give for a git tag, a leading zero or a uname -r string', () => {
    const what = (kernel: string) => validateMatrix(board({ kernels: [kernel] }))[0]?.data.what
    expect(what('v6.12')).toMatch(/; write "6\.12"$/)
    expect(what('6.01')).toMatch(/; write "6\.1"$/)
    expect(what('6.1.07')).toMatch(/; write "6\.1\.7"$/)
    expect(what('6.1.0-18-arm64')).toMatch(/; without the build suffix, give the series "6\.1" or the upstream release it is built from$/)
    expect(what('6.12.0+')).toMatch(/series "6\.12"/)
    expect(what('latest')).not.toContain('write')
    // Blanks pasted around it.
    expect(what(' 6.12')).toMatch(/; write "6\.12"$/)
    expect(what('6.1.192\t')).toMatch(/; write "6\.1\.192"$/)
  })

  it('names the arch meant when it is spelt as uname -m or Debian spell it', () => {
    expect(validateMatrix(board({ arch: 'aarch64' }))[0]?.data.hint).toBe('; did you mean "arm64"?')
    expect(validateMatrix(board({ arch: 'amd64' }))[0]?.data.hint).toBe('; did you mean "x86_64"?')
    // In another case too (a distribution's tables say AMD64).
    expect(validateMatrix(board({ arch: 'AMD64' }))[0]?.data.hint).toBe('; did you mean "x86_64"?')
    expect(validateMatrix(board({ arch: 'AArch64' }))[0]?.data.hint).toBe('; did you mean "arm64"?')
  })

  it('describes every patterned value in words, never as its regular expression', () => {
    const bad = { kernels: ['6.1x'], ramSize: '4GB', image: { base: '4 G' }, severity: { 'Bad Rule': 'error' } }
    const problems = validateMatrix({ version: 1, boards: [{ id: 'a b', ...bad }] })
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/boards/0/id', '/boards/0/image/base', '/boards/0/kernels/0', '/boards/0/ramSize', '/boards/0/severity/Bad Rule'])
    for (const p of problems) expect(p.data.what, p.pointer).not.toMatch(/\^|\$|matching/)
    expect(problems.find((p) => p.pointer === '/boards/0/ramSize')?.data.what).toContain('"4G", not "4GB"')
  })

  it('rejects memory together with ram or ramSize', () => {
    expect(validateMatrix(board({ memory: [{ base: '0x0', size: '1G' }], ramSize: '2G' }))).toEqual([
      { messageId: 'exclusive', data: { a: 'memory', b: 'ramSize' }, pointer: '/boards/0/ramSize', target: 'key' },
    ])
  })

  it('says only "expected object" of a board or defaults that is no object, not that it has memory and ram', () => {
    // `required` holds trivially for a non-object, so the schema's `not` (memory with ram) fails there too.
    for (const [value, found] of [['vm', 'string'], [5, 'integer'], [null, 'null'], [[], 'array']] as const) {
      expect(validateMatrix({ version: 1, boards: [value] }), found).toEqual([
        { messageId: 'wrongType', data: { subject: 'the board', expected: 'object', actual: found, hint: '' }, pointer: '/boards/0', target: 'value' },
      ])
      expect(validateMatrix({ version: 1, defaults: value, boards: ONE_BOARD }).map((p) => [p.messageId, p.pointer]), found).toEqual([['wrongType', '/defaults']])
    }
  })

  it('checks rule references in severity maps at the key', () => {
    expect(validateMatrix(board({ severity: { 'Bad Rule': 'error' } }))[0]).toMatchObject({ messageId: 'badFormat', pointer: '/boards/0/severity/Bad Rule', target: 'key' })
  })

  it('refuses a rule that does not exist, in a severity map and a suppression, so a misspelt one never leaves its finding in place silently', () => {
    const what = 'a rule of crashkernel-check (an id such as "CK001" or a name such as "reservation-failed", docs/rules)'
    expect(validateMatrix(board({ severity: { CK999: 'off', 'option-ignord': 'note', CK004: 'note', 'linear-map-base-pages': 'off' } }))).toEqual([
      { messageId: 'badFormat', data: { value: '"CK999"', what }, pointer: '/boards/0/severity/CK999', target: 'key' },
      { messageId: 'badFormat', data: { value: '"option-ignord"', what: `${what}; did you mean "option-ignored"?` }, pointer: '/boards/0/severity/option-ignord', target: 'key' },
    ])
    const suppress = (rule: string) => board({ suppress: [{ rule, reason: 'lab board' }] })
    expect(validateMatrix(suppress('LM01'))).toEqual([{ messageId: 'badFormat', data: { value: '"LM01"', what: `${what}; did you mean "LM001"?` }, pointer: '/boards/0/suppress/0/rule', target: 'value' }])
    expect(validateMatrix(suppress('LM001'))).toEqual([])
    expect(validateMatrix(suppress('protection-unavailable'))).toEqual([])
  })

  it('requires a reason for every suppression', () => {
    expect(validateMatrix(board({ suppress: [{ rule: 'CK001' }] }))[0]).toMatchObject({ messageId: 'missingProperty', data: { property: 'reason' } })
  })

  it('names the JSON type found and counts items in a "too few" message', () => {
    expect(validateMatrix(board({ cmdline: 5, kernels: [] }))).toEqual([
      { messageId: 'tooFew', data: { subject: 'kernels', limit: '1', unit: 'item' }, pointer: '/boards/0/kernels', target: 'value' },
      { messageId: 'wrongType', data: { subject: 'cmdline', expected: 'string', actual: 'integer', hint: '' }, pointer: '/boards/0/cmdline', target: 'value' },
    ])
  })

  it('names the value in its board in messages that would not say which one (the board is named beside them)', () => {
    const problems = validateMatrix({ version: 2, boards: [{ id: 'a', arch: 'arm65', vaBits: 70, memory: [{ base: '0x0', size: 5 }], cpu: { lpa2: 'yes' }, ramSize: 4 }] })
    const subjects = Object.fromEntries(problems.map((p) => [p.pointer, [p.messageId, p.data.subject, p.data.allowed ?? p.data.hint]]))
    expect(subjects).toMatchObject({
      '/version': ['notAllowed', 'version', '1'],
      '/boards/0/arch': ['notAllowed', 'arch', 'one of "arm64", "x86_64", "riscv64"'],
      '/boards/0/vaBits': ['outOfRange', 'vaBits', undefined],
      '/boards/0/cpu/lpa2': ['wrongType', 'cpu.lpa2', '; write true, without quotes'],
      // A number for a size: sizes are strings (64 bits do not fit a JSON number).
      '/boards/0/memory/0/size': ['wrongType', 'memory[0].size', '; sizes and addresses are strings, such as "512M", "4G" or "0x40000000"'],
    })
    expect(subjectOf('')).toBe('the matrix')
    expect(subjectOf('/boards/3')).toBe('the board')
    expect(subjectOf('/defaults/dma/ranges/1')).toBe('defaults.dma.ranges[1]')
  })

  it('allows arrays and property names up to their limits and refuses one more, at any depth but `boards`', () => {
    const banks = (n: number) => Array.from({ length: n }, (_, i) => ({ base: `0x${(i * 0x200000).toString(16)}`, size: '0x100000' }))
    expect(validateMatrix(board({ memory: banks(LIMITS.maxArrayItems) }))).toEqual([])
    expect(validateMatrix(board({ memory: banks(LIMITS.maxArrayItems + 1) }))[0]).toMatchObject({ pointer: '/boards/0/memory', data: { message: expect.stringMatching(/maxArrayItems/) } })
    // An unknown property named "boards" inside a board is an array like any other.
    expect(validateMatrix(board({ boards: Array(LIMITS.maxArrayItems + 1).fill(0) })).map((p) => p.pointer)).toEqual(['/boards/0/boards', '/boards/0/boards'])
    const name = (n: number) => 'k'.repeat(n)
    // At the limit the name is only an unknown rule, not a name over the limit.
    expect(validateMatrix(board({ severity: { [name(LIMITS.maxStringLength)]: 'off' } })).map((p) => p.messageId)).toEqual(['badFormat'])
    expect(validateMatrix(board({ severity: { [name(LIMITS.maxStringLength + 1)]: 'off' } }))[0]?.data.message).toMatch(/maxStringLength/)
  })
})

describe('invalidBoards', () => {
  it('skips exactly the boards with a schema problem, and everything when defaults or the document is invalid', () => {
    expect(invalidBoards({ version: 1, boards: [] }, ['/boards/12/id', '/boards/3', '/boards/1/kernels/0'])).toEqual(new Set([12, 3, 1]))
    expect(invalidBoards({ version: 1, boards: [] }, ['/boards/2/id', '/defaults/cmdline'])).toBe('all')
    expect(invalidBoards({ version: 1, boards: [] }, ['/boards'])).toBe('all')
    expect(invalidBoards({ version: 1 }, [])).toBe('all')
  })

  it('skips everything for a misspelt defaults, whose settings every board would miss, and nothing for another unknown top-level property', () => {
    for (const key of ['defualts', 'default', 'Defaults']) expect(invalidBoards({ version: 1, boards: [] }, [`/${key}`])).toBe('all')
    expect(invalidBoards({ version: 1, boards: [] }, ['', '/version', '/$schema', '/extra', '/__proto__', '/boards/0/x'])).toEqual(new Set([0]))
  })
})
