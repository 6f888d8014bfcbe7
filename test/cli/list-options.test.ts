// SPDX-License-Identifier: GPL-2.0-only
/**
 * List options with a malformed or meaningless item are refused, naming the option and the
 * item (docs/cli.md: "an empty item", sweep's and suggest's --sizes).
 */
import { describe, expect, it } from 'vitest'
import { run } from './io.js'

/** The first line of stderr, after checking that the run was refused with nothing on stdout. */
async function refused(argv: string[]): Promise<string> {
  const r = await run(argv)
  expect([r.code, r.out], argv.join(' ')).toEqual([2, ''])
  return r.err.split('\n')[0]!
}

const SIZELESS = '; a crashkernel= value starts with one: 256M, 512M,high, 256M@0x40000000, 1G-4G:192M'

describe('sweep --sizes: every value starts with a size', () => {
  const base = ['sweep', 'rpi4', '--kernel', '6.12', '--ram', '2G']

  // `--sizes ,high` swept "crashkernel=high", a value with no size that the kernel ignores,
  // as a column of its own; `256M,hihg` did the same with a typo.
  it.each([
    [',high', '",high" has no size'],

    ['@0x1000', '"@0x1000" has no size'],
    ['crashkernel=', '"crashkernel=" has no size'],
    ['512M,high+low', '"512M,high+low" has no size in "low"'],
    ['512M,high+,low', '"512M,high+,low" has no size in ",low"'],
  ])('refuses --sizes %s, naming the item', async (sizes, message) => {
    expect(await refused([...base, '--sizes', sizes])).toBe(`crashkernel-check sweep: --sizes: ${message}${SIZELESS}`)
  })

  // `256M,HIGH` was told only that "HIGH" has no size: the kernel's suffixes are lower case
  // (and a misspelt one is no suffix), so it was split off as a value of its own.
  it.each([
    ['256M,hihg', '"hihg" has no size', 'high'],
    ['256M,HIGH', '"HIGH" has no size', 'high'],
    ['128M,Low', '"Low" has no size', 'low'],
  ])('refuses --sizes %s, naming the suffix meant', async (sizes, message, suffix) => {
    expect(await refused([...base, '--sizes', sizes])).toBe(`crashkernel-check sweep: --sizes: ${message}${SIZELESS}; did you mean ",${suffix}" (a suffix, lower case, right after its size)?`)
  })

  it.each([
    ['256M,,512M', '"256M,,512M" has an empty item after "256M"'],
    // The doubled comma is the slip: naming ",high" as sizeless pointed at the wrong item.
    ['256M,,high', '"256M,,high" has an empty item after "256M"'],
    ['256M,', '"256M," has an empty item at the end'],
    [',256M', '",256M" has an empty item at the start'],
    ['256M;;1G', '"256M;;1G" has an empty item after "256M"'],
    ['256M+', '"256M+" has an empty value at the end (+ joins crashkernel= values: 512M,high+128M,low)'],
    ['+256M', '"+256M" has an empty value at the start (+ joins crashkernel= values: 512M,high+128M,low)'],
    [';', 'needs a value: ";" lists none'],
  ])('refuses --sizes %s (an empty item or value)', async (sizes, message) => {
    expect(await refused([...base, '--sizes', sizes])).toBe(`crashkernel-check sweep: --sizes${message.startsWith('needs') ? ' ' : ': '}${message}`)
  })

  // kernel/crash_reserve.c:335 (6.12): a zero size is -EINVAL, so nothing is reserved; sweep
  // shows that, as it shows every value the kernel ignores.
  it('sweeps a size of 0 (the kernel reserves nothing) and 0,low', async () => {
    const r = await run([...base, '--sizes', '0,256M,high+0,low', '--format', 'json'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const cells = JSON.parse(r.out).cells as Array<{ crashkernel: string; outcome: string }>
    expect(cells.map((c) => [c.crashkernel, c.outcome])).toEqual([['0', 'ignored'], ['256M,high+0,low', 'reserved']])
  })

  it('keeps the forms the kernel parses, with or without crashkernel=', async () => {
    const r = await run([...base, '--sizes', '256M@0x20000000, 1G-4G:192M,4G-:256M;crashkernel=512M,high+crashkernel=64M,low', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).sizes).toEqual(['256M@0x20000000', '1G-4G:192M,4G-:256M', '512M,high+64M,low'])
  })

  // A fragment pasted from a command line: rpi4's was swept as a column headed with a blank
  // (the kernel reads the two words as two tokens, the column as one), q35's refused as
  // '"high crashkernel=64M,low" has no size'. Both are refused alike, naming "+" and ",".
  it.each([
    ['crashkernel=256M crashkernel=128M,low', 'crashkernel=256M+crashkernel=128M,low'],
    ['crashkernel=512M,high crashkernel=64M,low', 'crashkernel=512M,high+crashkernel=64M,low'],
    ['1G, 512M,high  128M,low', '1G,512M,high+128M,low'],
    ['512M,high + 128M,low 1G', '512M,high+128M,low+1G'],
  ])('refuses --sizes %j: words separated by blanks', async (sizes, joined) => {
    expect(await refused([...base, '--sizes', sizes])).toBe(
      `crashkernel-check sweep: --sizes: "${sizes}" separates words with blanks; join the tokens of one value with "+" ("${joined}"), the values with ","`,
    )
  })

  it('takes blanks around "+", "," and ";"', async () => {
    const r = await run([...base, '--sizes', ' 512M,high + 128M,low ; 1G ', '--format', 'json'])
    expect(JSON.parse(r.out).sizes).toEqual(['512M,high+128M,low', '1G'])
  })

  it('checks --sizes before reading the matrix: the usage error is told, not the file', async () => {
    expect(await refused(['sweep', 'rpi4', '--matrix', 'no/such.json', '--sizes', ',high'])).toBe(`crashkernel-check sweep: --sizes: ",high" has no size${SIZELESS}`)
  })
})

describe('suggest --sizes: sizes that can work', () => {
  // The kernel reserves nothing for crashkernel=0 (kernel/crash_reserve.c:335 in 6.12;
  // arch/arm64/mm/init.c:106 in 5.10): suggest listed "crashkernel=0x0" among the values that fail.
  it.each(['0', '0x0', '0M'])('refuses --sizes %s: a size of 0 is never a candidate', async (size) => {
    expect(await refused(['suggest', 'rpi4', '--sizes', `256M,${size}`])).toBe(
      `crashkernel-check suggest: --sizes: "${size}" is a size of 0, for which the kernel reserves nothing; give the sizes to try (sweep shows what crashkernel=0 does)`,
    )
  })

  it('refuses a size of 2^64 or more, which memparse() would read as another number', async () => {
    expect(await refused(['suggest', 'rpi4', '--sizes', '16E'])).toBe('crashkernel-check suggest: --sizes: "16E" does not fit in 64 bits')
    expect(await refused(['suggest', 'rpi4', '--sizes', '99999999999999999999999'])).toBe('crashkernel-check suggest: --sizes: "99999999999999999999999" does not fit in 64 bits')
  })

  it.each([
    ['256M,', '"256M," has an empty item at the end'],
    ['256M,,1G', '"256M,,1G" has an empty item after "256M"'],
  ])('refuses --sizes %s', async (sizes, message) => {
    expect(await refused(['suggest', 'rpi4', '--sizes', sizes])).toBe(`crashkernel-check suggest: --sizes: ${message}`)
  })

  it('checks --sizes before reading the matrix', async () => {
    expect(await refused(['suggest', 'rpi4', '--matrix', 'no/such.json', '--sizes', '0'])).toMatch(/^crashkernel-check suggest: --sizes: "0" is a size of 0/)
  })
})

describe('--kernel, --ram and --boards: an empty item is refused, naming the option and where', () => {
  it.each([
    [['check', '--kernel', '6.1,,6.12'], 'crashkernel-check: --kernel: "6.1,,6.12" has an empty item after "6.1"'],
    [['check', '--kernel', '6.12,'], 'crashkernel-check: --kernel: "6.12," has an empty item at the end'],
    [['check', '--boards', 'rpi4,,vm'], 'crashkernel-check: --boards: "rpi4,,vm" has an empty item after "rpi4"'],
    [['check', '--boards', ' ,rpi4'], 'crashkernel-check: --boards: " ,rpi4" has an empty item at the start'],
    [['explain', 'rpi4', '--kernel', '6.1,'], 'crashkernel-check explain: --kernel: "6.1," has an empty item at the end'],
    [['explain', 'rpi4', '--ram', '2G,,8G'], 'crashkernel-check explain: --ram: "2G,,8G" has an empty item after "2G"'],
    [['sweep', 'rpi4', '--kernels', ',6.12'], 'crashkernel-check sweep: --kernels: ",6.12" has an empty item at the start'],
    [['sweep', 'rpi4', '--ram', '2G, ,8G'], 'crashkernel-check sweep: --ram: "2G, ,8G" has an empty item after "2G"'],
    [['suggest', 'rpi4', '--kernel', '6.1,,'], 'crashkernel-check suggest: --kernel: "6.1,," has an empty item after "6.1"'],
    [['suggest', 'rpi4', '--ram', '8G,'], 'crashkernel-check suggest: --ram: "8G," has an empty item at the end'],
  ])('%j', async (argv, message) => {
    const r = await run(argv)
    expect([r.code, r.out]).toEqual([2, ''])
    // A usage error: the message, then the command's usage.
    expect(r.err).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage: crashkernel-check `))
  })

  it('explain --ram "all" stands alone', async () => {
    expect(await refused(['explain', 'rpi4', '--ram', 'all,8G'])).toBe('crashkernel-check explain: --ram: "all" stands for every RAM variant; give it alone or list the variants, not both ("all,8G")')
  })

  // `suggest --ram 2G,2G` verified every value on "all 2 layout(s)", the same layout twice.
  it('counts a RAM variant given twice once', async () => {
    const once = await run(['suggest', 'rpi4', '--kernel', '6.12', '--ram', '2G', '--sizes', '256M'])
    const twice = await run(['suggest', 'rpi4', '--kernel', '6.12', '--ram', '2G,2G', '--sizes', '256M'])
    expect(twice.out).toContain('each simulated on all 1 layout(s)')
    expect(twice.out).toBe(once.out)
    const sweep = JSON.parse((await run(['sweep', 'rpi4', '--kernel', '6.12', '--ram', '2G,2G', '--sizes', '256M', '--format', 'json'])).out)
    expect(sweep.cells.length).toBe(1)
  })

  // `sweep qemu-virt-arm64 --ram 3G,3072M,3g` swept one RAM size three times under three names,
  // and "what changes from one RAM size to the next" compared a size with itself.
  it('counts RAM sizes equal in bytes once, named as first given', async () => {
    const sweep = JSON.parse((await run(['sweep', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '3G,3072M,3g,4G', '--sizes', '256M', '--format', 'json'])).out)
    expect(sweep.ram).toEqual(['3G', '4G'])
    expect(sweep.cells.length).toBe(2)
    const text = (await run(['sweep', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '3G,3072M', '--sizes', '256M'])).out
    expect(text).toContain('1 RAM variant(s)')
    expect(text).not.toContain('RAM 3072M')
    const explain = (await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4G,4096M'])).out
    expect(explain).toContain('RAM 4G ·')
    expect(explain).not.toContain('RAM 4096M')
  })

  // docs/cli.md: "a size the board has a variant of is that variant (`--ram 4096M` is the
  // preset's `4G`)". sweep and suggest named it 4G, explain re-checked it as a size named 4096M.
  it('names a size equal to a variant of a qemu-* preset board as that variant, in every board command', async () => {
    const explain = await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4096M'])
    expect(explain.code).toBe(0)
    expect(explain.out.split('\n')[0]).toBe((await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4G'])).out.split('\n')[0])
    expect(explain.out).toContain('RAM 4G ·')
    expect(explain.out).not.toContain('4096M')
    // With a size no variant has, the variant keeps its name and the size is explained as given.
    const mixed = (await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4096M,3G'])).out
    expect(mixed.split('\n').filter((l) => l.startsWith('━━')).map((l) => l.split(' · ')[1])).toEqual(['RAM 4G', 'RAM 3G'])
    const sweep = JSON.parse((await run(['sweep', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4096M', '--sizes', '256M', '--format', 'json'])).out)
    expect(sweep.ram).toEqual(['4G'])
    expect((await run(['suggest', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4096M', '--sizes', '256M'])).out).toContain('RAM 4G;')
  })
})
