// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK004 option-ignored: `crashkernel=` text this kernel rejects, ignores or reads otherwise than written.
 *
 * Two kinds of finding:
 * - the whole option reserves nothing — rejected with the parser's own message (a typo such
 *   as `256MB`, `auto`, a `,cma` token a ≤6.16 kernel reads as a plain size), a zero size, a
 *   range form that matches nothing, a size ≥ System RAM (silently, 6.12+), `,high`/`,low` on
 *   a kernel without them (arm64 before 5.19, riscv64 before 6.6), `,low` alone, or a kernel
 *   with no crash kernel code at all (riscv64 before 5.13);
 * - text meant as `crashkernel=` that the kernel does not find (`crashkernal=256M`,
 *   `crashkernel = 256M`), when no real token is there: nothing is asked for, silently;
 * - one token has no effect while another one is used — found by simulating the layout
 *   without the token and comparing what the kernel reserves (`,high` next to a plain value,
 *   `,low` without `,high`, `,cma` on a kernel that does not reserve it (arm64 and riscv64 before
 *   7.3, or built without CONFIG_CMA), an earlier plain value);
 *   not when another layout reading the same command line (another kernel or RAM variant of
 *   the board) needs it: the command line is the board's, not this kernel's;
 * - a number the kernel reads as octal, which its digits do not say in decimal (`octal`:
 *   `crashkernel=0256M` asks for 174 MiB), whatever the kernel then reserves;
 * - a command line longer than the kernel keeps (COMMAND_LINE_SIZE - 1 bytes: 2047, riscv64
 *   before 7.1 1023) with crashkernel= tokens past the cut or split by it (`truncated`).
 */
import { compareKernelVersions, crashkernelRangeOf, kernelCommandLine, simulate, type Arch, type Layout, type SimulationResult } from '../engine/index.js'
import type { KernelVersion } from '../engine/kernel-version.js'
import { POLICIES, policyFor } from '../engine/policies/index.js'
import { crashkernelTokens, misspeltCrashkernel, octalNumbers, octalRewritten, withCrashkernel, withoutTokensAt, type CrashkernelToken } from './crashkernel-tokens.js'
import { clipText, crashEvidence, expectSeverity, quoteList, ramText, requiredText, sizeText } from './common.js'
import { defineRule, type RuleContext, type SiblingLayout } from './define-rule.js'

type MessageId = 'truncated' | 'misspelt' | 'replaced' | 'rejected' | 'zero' | 'rangeNoMatch' | 'rangeEntryTooBig' | 'sizeAtLeastRam' | 'suffixUnsupported' | 'lowOnly' | 'cmaOnly' | 'noCrashKernel' | 'kdumpKernel' | 'tokenIgnored' | 'tokenRejected' | 'octal' | 'offsetMissing'

const ZERO_BYTES = 'crashkernel size resulted in zero bytes'

/**
 * The first release of `arch` whose reservation reads `,high` and `,low`, where an older
 * kernel ignores them (the engine's 'unsupported-suffix'): the earliest policy with
 * `crash.supportsHigh` (arm64 5.19, 944a45abfabc; riscv64 6.6, 5882e5acf18d).
 */
function suffixesSince(arch: Arch): string | undefined {
  let first: KernelVersion | undefined
  for (const p of POLICIES) if (p.arch === arch && p.crash.supportsHigh && (!first || compareKernelVersions(p.appliesTo.from, first) < 0)) first = p.appliesTo.from
  return first && `${first.major}.${first.minor}`
}

/**
 * Whether the layout's kernel parses `,cma` as a suffix (its policy's parse dialect: 6.17+),
 * where an older one reads the token as a plain size.
 */
function parsesCma(sim: SimulationResult): boolean {
  return policyOf(sim)?.parse.suffixes.includes(',cma') ?? false
}

/** The policy the layout was simulated with, a what-if one too (`policy` of a kernel entry). */
function policyOf(sim: SimulationResult): ReturnType<typeof policyFor> {
  return policyFor(sim.arch, sim.kernel, sim.policy)
}

/**
 * The class get_last_crashkernel() reads a token in: its suffix, or '' for a plain value,
 * which a `,cma` one is to a kernel without that suffix.
 */
function readClass(t: CrashkernelToken, sim: SimulationResult): string {
  return t.suffix === ',cma' && !parsesCma(sim) ? '' : (t.suffix ?? '')
}

/** JSON with bigints as hex, for comparing results. */
const canonical = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))

/**
 * reserve_crashkernel_cma() without CONFIG_CMA: a stub that says so and reserves nothing
 * (kernel/crash_reserve.c@v6.17.8:515-521, @v7.3.4:514-520).
 */
const CMA_NOT_SUPPORTED = 'crashkernel CMA reservation not supported'

/**
 * What the crash code did: outcome and its CMA lines. Not what it parsed: without a ,low the
 * kernel reads its default low size, which changes nothing when no low part is reserved; nor
 * the stub's line saying a ,cma size is not supported, which reserves nothing either.
 */
function crashFacts(sim: SimulationResult): string {
  return canonical([sim.crashkernel, sim.trace.filter((e) => e.source === 'crashkernel' && /CMA/.test(e.text) && e.text !== CMA_NOT_SUPPORTED).map((e) => e.text)])
}

const mib = (x: bigint): string => `${x >> 20n} MiB`

/**
 * Why a token that changes nothing is ignored, from its class and its neighbours; null when it
 * changes nothing only because nothing was reserved (a ,low next to a ,high that failed or
 * hangs: CK001/CK005 report that, and the ,low matters again once the main region fits).
 */
function whyIgnored(t: CrashkernelToken, tokens: readonly CrashkernelToken[], sim: SimulationResult): { why: string; note: boolean; unreserved?: true } | null {
  const later = tokens.slice(tokens.indexOf(t) + 1)
  const plain = tokens.some((x) => x.suffix === null)
  // get_last_crashkernel() reads the last token of a class: a later ,high or ,low replaces
  // this one, whatever its size (a note, as for an overridden plain value).
  const overridden = later.some((x) => x.suffix === t.suffix)
  switch (t.suffix) {
    case ',high':
      return plain
        ? { why: 'a plain crashkernel= on the same command line takes precedence; ,high is only read when there is none', note: false }
        : overridden
          ? { why: 'only the last crashkernel=…,high counts, and a later one follows', note: true }
          : { why: 'this kernel does not use crashkernel=…,high here', note: false }
    case ',low':
      // x86 up to 6.6 also reads ,low for a plain request that fell back above 4 GiB, and
      // records the low size it used then (request.low): that ,low is read, not ignored.
      if (sim.request.high === undefined && sim.request.low === undefined) return { why: 'crashkernel=…,low only sizes the low part of a crashkernel=…,high reservation (x86 before 6.7: also of a plain one that lands above 4 GiB)', note: false }
      if (sim.crashkernel.kind !== 'reserved') return null
      if (sim.crashkernel.low !== undefined && overridden) return { why: 'only the last crashkernel=…,low counts, and a later one follows', note: true }
      // A low part was reserved, and the same without the token: it names the default size
      // the kernel reads for a ,high request without ,low (128 MiB arm64, 256 MiB x86).
      // Spelling out the default is harmless, so a note, as for an overridden plain value.
      return sim.crashkernel.low !== undefined
        ? { why: `it asks for the ${mib(sim.crashkernel.low.size)} low part this kernel reserves by default next to ${sim.request.high !== undefined ? 'crashkernel=…,high' : 'a plain crashkernel= that fell back above 4 GiB'}`, note: true }
        : { why: 'the main region landed below the low limit, so no low part is reserved', note: false }
    case ',cma':
      // arch_reserve_crashkernel() passes cma_size on x86_64 from 6.17 (arch/x86/kernel/setup.c@v6.17.8),
      // on arm64 and riscv64 from 7.3 (arch/arm64/mm/init.c@v7.3.4, arch/riscv/mm/init.c@v7.3.4).
      return sim.crashkernelCma?.unsupported
        ? { why: 'this kernel reads the ,cma size but is built without CONFIG_CMA, so it reserves no CMA for the crash kernel ("crashkernel CMA reservation not supported")', note: false, unreserved: true }
        : { why: `this kernel does not reserve crashkernel CMA on ${sim.arch} (x86_64 does from 6.17, arm64 and riscv64 from 7.3)`, note: false, ...(parsesCma(sim) && { unreserved: true as const }) }
    default:
      return later.some((x) => x.suffix === null)
        ? { why: 'only the last plain crashkernel= counts, and a later one follows', note: true }
        : sim.request.high !== undefined
          ? { why: 'this kernel rejects it and uses the crashkernel=…,high value instead (x86 before 6.7)', note: false }
          : { why: 'the kernel does not use it (see the lines it prints)', note: false }
  }
}

/**
 * The one token the kernel read when the option reserves nothing because of it: of several
 * tokens, get_last_crashkernel() hands the parser one per class (the last plain one, else the
 * last ,high), so "crashkernel=512M,high crashkernel=64M,lo" is rejected for its second token
 * alone. Found as for an ignored token, by simulation rather than by re-deriving the classes
 * (which suffixes a kernel knows is the engine's business): the last token that, alone on the
 * command line, gives the same outcome and the same crash lines. Null when none does (the
 * outcome needs several tokens together, such as ,low alone next to a ,high that fails).
 */
function tokenRead(ctx: RuleContext<MessageId>, tokens: readonly CrashkernelToken[]): CrashkernelToken | null {
  if (tokens.length < 2) return null
  const cmdline = ctx.layout.layout.cmdline
  const facts = canonical([ctx.sim.crashkernel, crashEvidence(ctx.sim).map((e) => e.text)])
  // Only the last token of a class can be read, so at most one probe per suffix this project
  // knows (a kernel without ,cma reads a ,cma token as plain: the last of either class), not
  // one per token (docs/hardening.md: "crashkernel=" × 340 is 340 tokens).
  const last = new Map(tokens.map((t) => [t.suffix, t] as const))
  for (const t of [...last.values()].sort((a, b) => b.start - a.start)) {
    let probe: SimulationResult
    try {
      probe = simulate({ ...ctx.layout.layout, cmdline: withCrashkernel(cmdline, [t.text]) })
    } catch {
      return null
    }
    if (canonical([probe.crashkernel, crashEvidence(probe).map((e) => e.text)]) === facts) return t
  }
  return null
}

/**
 * Reports text meant as crashkernel= that get_last_crashkernel() never finds (strstr() for the
 * exact "crashkernel="): the kernel takes the command line as asking for no crash kernel.
 */
function reportMisspelt(ctx: RuleContext<MessageId>): void {
  const { layout, report } = ctx
  for (const m of misspeltCrashkernel(layout.layout.cmdline).slice(0, 1)) {
    report({
      messageId: 'misspelt',
      data: { token: clipText(m.text), required: requiredText(layout, 'reservationRequired') },
      at: layout.pointers.cmdline,
      evidence: [],
      severity: expectSeverity(layout, 'reservationRequired', 'warning'),
      fix: { token: m.text },
    })
  }
}

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length

/**
 * Reports the crashkernel= tokens the kernel's copy of the command line cuts off or splits
 * (engine kernelCommandLine(): the first COMMAND_LINE_SIZE - 1 bytes); returns them (none:
 * nothing was reported).
 * The real boots of test/boots/cmdline-size: crashkernel=256M past the cut reserves nothing,
 * and cut after "crashkernel=25" reserves 25 bytes.
 */
function reportTruncated(ctx: RuleContext<MessageId>, tokens: readonly CrashkernelToken[]): CrashkernelToken[] {
  const { layout, sim, report } = ctx
  const cmdline = layout.layout.cmdline
  const line = kernelCommandLine(sim, cmdline)
  if (line === undefined || line.kept.length === cmdline.length) return []
  const kept = line.kept
  const cut = tokens.filter((t) => t.end > kept.length)
  if (cut.length === 0) return []
  // A token cut inside its name ("crashke") is no crashkernel= to the kernel: it never reads it.
  const split = cut.find((t) => t.start < kept.length && kept.slice(t.start).includes('crashkernel='))
  const past = cut.filter((t) => t !== split)
  const what = [
    // Booted through the EFI stub (GRUB, U-Boot's bootefi, UEFI firmware), the line is cut at
    // its last space instead (efi_convert_cmdline(), drivers/firmware/efi/libstub/
    // efi-stub-helper.c): the split token is dropped whole, as test/boots/cmdline-size's efi-cut
    // boots show. The engine models the device tree's cut; the user may boot either way.
    ...(split ? [`the kernel reads "${clipText(kept.slice(split.start))}" of "${clipText(split.text)}" (through the EFI stub, which cuts at the last space, none of it)`] : []),
    ...(past.length > 0 ? [`${split ? `${quoteList(past.map((t) => clipText(t.text)), ' ')}: ` : ''}the kernel never reads ${past.length === 1 ? 'it' : 'them'}`] : []),
  ].join('; ')
  // Nothing reserved, or a size the user did not write (a split "crashkernel=256M" reads as
  // 25 bytes): as serious as the expectation makes a reservation that did not happen.
  const serious = sim.crashkernel.kind !== 'reserved' || split !== undefined
  report({
    messageId: 'truncated',
    data: {
      token: quoteList(cut.map((t) => clipText(t.text)), ' '),
      bytes: String(utf8Bytes(cmdline)),
      kept: String(utf8Bytes(kept)),
      size: String(line.commandLineSize),
      what,
      required: serious ? requiredText(layout, 'reservationRequired') : '',
    },
    at: layout.pointers.cmdline,
    evidence: crashEvidence(sim),
    severity: serious ? expectSeverity(layout, 'reservationRequired', 'warning') : 'warning',
    fix: { token: cut.map((t) => t.text).join(' ') },
  })
  return cut
}

/**
 * Reports the crashkernel= of a command line that this layout's own replaced: a `cmdline`
 * replaces the whole string under it (docs/format.md), so `"defaults": {"cmdline":
 * "crashkernel=512M"}` under a board with `"cmdline": "console=ttyS0"` asks for nothing on
 * that board, silently, and so does a kernel's own command line under the board's. The
 * topmost replaced command line that has a crashkernel= token is named.
 */
function reportReplaced(ctx: RuleContext<MessageId>): void {
  const { layout, report } = ctx
  for (const replaced of layout.replacedCmdlines) {
    const tokens = crashkernelTokens(replaced.value)
    if (tokens.length === 0) continue
    report({
      messageId: 'replaced',
      data: {
        token: quoteList(tokens.map((t) => t.text), ' '),
        mine: layout.cmdlineOwner.name,
        owner: replaced.owner.name,
        required: requiredText(layout, 'reservationRequired'),
      },
      at: layout.pointers.cmdline,
      evidence: [],
      severity: expectSeverity(layout, 'reservationRequired', 'warning'),
      fix: { token: tokens.map((t) => t.text).join(' ') },
    })
    return
  }
}

/** Reports a crashkernel= that reserves nothing. */
function reportIgnored(ctx: RuleContext<MessageId>, tokens: readonly CrashkernelToken[]): void {
  const { layout, sim, report } = ctx
  const ck = sim.crashkernel
  if (ck.kind !== 'ignored') return
  const evidence = crashEvidence(sim)
  const lines = evidence.filter((e) => e.level !== 'info').map((e) => e.text)
  // The messages that name the value the kernel parsed name that token alone; those about
  // what is missing (,low or ,cma alone, no ,high/,low support) keep every token.
  const read = tokenRead(ctx, tokens)
  const readText = read !== null ? clipText(read.text) : quoteList(tokens.map((t) => t.text), ' ')
  const base = {
    token: quoteList(tokens.map((t) => t.text), ' '),
    ram: ramText(sim.systemRam),
    required: requiredText(layout, 'reservationRequired'),
  }
  const common = { at: layout.pointers.cmdline, evidence, severity: expectSeverity(layout, 'reservationRequired', 'warning') }
  const lastHigh = [...tokens].reverse().find((t) => t.suffix === ',high')
  // The range form that matches nothing says so; a zero size is silent (6.7+ reject it as -EINVAL).
  // The kernel prints the same line when the entry covering the RAM asks for 0 bytes
  // (kernel/crash_reserve.c:120-124 then :138-139 in 6.12): that is a zero size.
  const rangeMatch = evidence.some((e) => e.text === ZERO_BYTES) ? crashkernelRangeOf(sim, layout.layout.cmdline) : undefined
  if (rangeMatch?.matched !== undefined) {
    report({ ...common, messageId: 'zero', data: { ...base, token: readText }, fix: { token: read?.text ?? tokens[tokens.length - 1]!.text } })
    return
  }
  if (evidence.some((e) => e.text === ZERO_BYTES)) {
    // 6.1+ compare the entries with System RAM rounded up to 128 MiB (kernel/crash_core.c:57 in
    // 6.1, kernel/crash_reserve.c:70 in 6.12): on 4095 MiB "1G-4G:…" matches nothing, as 4 GiB
    // is not below 4G. Naming only the 4095 MiB would say a range covers it that the kernel skipped.
    const total = rangeMatch?.totalMem
    const ram = total !== undefined && total !== sim.systemRam ? `the ${mib(total)} this kernel compares them with (its ${ramText(sim.systemRam)} of System RAM rounded up to 128 MiB)` : `the ${base.ram} of System RAM this kernel sees`
    report({ ...common, messageId: 'rangeNoMatch', data: { ...base, ram, token: readText } })
    return
  }
  const silentZero = ck.reason === 'syntax' && lines.length === 0 && (sim.request.size ?? sim.request.high) === 0n
  // Which message is the tokens' business: ,low tokens alone are `lowOnly` however the kernel
  // got there (x86 ≤6.6 reads them as a plain size of 0), and a ,high token is not ,low —
  // 6.12's crashkernel=0,high is a zero size, crashkernel=abc,high a rejected one.
  const onlyLow = tokens.every((t) => t.suffix === ',low')
  // ,cma tokens alone on a kernel that knows the suffix: no plain or ,high size, so 0 — which
  // the user did not write (kernel-model.md: "A standard crashkernel reservation … is still needed").
  const onlyCma = tokens.every((t) => t.suffix === ',cma')
  // ,low with ,cma (7.x): still no plain or ,high size for either to go with, which is `lowOnly`'s
  // business, not a size of 0 the user wrote.
  const lowWithCma = tokens.some((t) => t.suffix === ',low') && tokens.every((t) => t.suffix === ',low' || t.suffix === ',cma')
  const reason = ck.reason === 'low-only' && !onlyLow ? (lines.length > 0 ? 'syntax' : onlyCma ? 'cma-only' : lowWithCma ? 'low-only' : 'zero') : silentZero ? (onlyLow ? 'low-only' : onlyCma ? 'cma-only' : 'zero') : ck.reason
  switch (reason) {
    case 'zero':
      report({ ...common, messageId: 'zero', data: { ...base, token: readText }, fix: { token: read?.text ?? tokens[tokens.length - 1]!.text } })
      return
    case 'size-exceeds-ram':
      report({ ...common, messageId: 'sizeAtLeastRam', data: { ...base, token: readText, size: sizeText(sim.request.size ?? sim.request.high ?? 0n) } })
      return
    case 'unsupported-suffix': {
      const since = suffixesSince(sim.arch) ?? 'a newer release'
      report({ ...common, messageId: 'suffixUnsupported', data: { ...base, arch: sim.arch, since }, ...(lastHigh && { fix: { token: lastHigh.text, kernelNote: `${sim.arch} has ,high and ,low from ${since}` } }) })
      return
    }
    case 'low-only':
      // addHigh() keeps the ,low tokens beside a ,high; where no ,high works, addSize() puts a plain size in their place.
      report({ ...common, messageId: 'lowOnly', data: base, fix: { token: tokens[tokens.length - 1]!.text } })
      return
    case 'cma-only':
      report({ ...common, messageId: 'cmaOnly', data: base })
      return
    case 'no-crash-kernel':
      report({ ...common, messageId: 'noCrashKernel', data: { ...base, arch: sim.arch, kernel: sim.kernel } })
      return
    case 'kdump-kernel':
      report({ ...common, messageId: 'kdumpKernel', data: { ...base, arch: sim.arch, kernel: sim.kernel } })
      return
    case 'syntax': {
      // A range list rejected for an entry read before the one that covers the RAM: name it, as
      // the list itself is well formed (Ubuntu's 64G-128G:2048M on 2047 MiB under 5.10).
      const tooBig = lines.length === 1 && lines[0] === 'crashkernel: invalid size' ? rangeEntryTooBig(sim, layout.layout.cmdline, read ?? tokens[tokens.length - 1]) : undefined
      if (tooBig) {
        report({ ...common, messageId: 'rangeEntryTooBig', data: { ...base, token: readText, ...tooBig }, ...(read !== null && { fix: { token: read.text } }) })
        return
      }
      const cma = tokens.some((t) => t.value.includes(',cma')) && lines.some((l) => l.includes('unrecognized char: ,'))
      report({
        ...common,
        messageId: 'rejected',
        data: {
          ...base,
          token: readText,
          kernelMessage: lines.length > 0 ? quoteList(lines, ', ', (l) => `"${l}"`) : 'it prints nothing',
          hint: cma ? ' (this kernel has no ,cma suffix: it reads the ,cma token as a plain size)' : '',
        },
        ...(read !== null && { fix: { token: read.text } }),
      })
      return
    }
  }
}

/**
 * The entry of a range list whose size parse_crashkernel_mem() refused: it checks the size of
 * every entry it reads against the RAM figure before testing whether the entry covers it
 * (kernel/crash_core.c:88 in 5.10, :102 in 6.1; kernel/crash_reserve.c:115 in 6.12 and 7.2),
 * so an entry for bigger machines, read before the one that matches, rejects the whole list.
 * Undefined when the token is no range list or no entry is that big.
 */
function rangeEntryTooBig(sim: SimulationResult, cmdline: string, token: CrashkernelToken | undefined): { entry: string; ram: string } | undefined {
  if (!token?.range || token.suffix !== null) return undefined
  const m = crashkernelRangeOf(sim, cmdline)
  if (!m || m.matched !== undefined) return undefined
  // The entries read are those before the refused one, whose text is the next of the list.
  const entry = token.value.split('@')[0]!.split(',')[m.entries.length]
  if (entry === undefined) return undefined
  const ram = m.totalMem !== sim.systemRam ? `the ${mib(m.totalMem)} this kernel compares it with (its ${ramText(sim.systemRam)} of System RAM rounded up to 128 MiB)` : `the ${ramText(sim.systemRam)} of System RAM this kernel sees`
  return { entry, ram }
}

export default defineRule<MessageId>({
  id: 'CK004',
  name: 'option-ignored',
  meta: {
    type: 'problem',
    defaultSeverity: 'warning',
    description: 'crashkernel= text this kernel rejects, ignores or reads otherwise than written',
    kernel: [
      'kernel/crash_reserve.c parse_crashkernel, __parse_crashkernel, get_last_crashkernel, parse_crashkernel_mem, parse_crashkernel_suffix (6.9+; kernel/crash_core.c before)',
      'lib/cmdline.c memparse',
      'lib/kstrtox.c _parse_integer_fixup_radix (a leading 0 is octal)',
      'arch/arm64/mm/init.c reserve_crashkernel (5.10: no ,high/,low), arch_reserve_crashkernel (,cma from 7.3)',
      'arch/x86/kernel/setup.c arch_reserve_crashkernel (,cma from 6.17)',
      'arch/riscv/mm/init.c reserve_crashkernel (none before 5.13), arch_reserve_crashkernel (,cma from 7.3)',
    ],
    subject: 'token',
    messages: {
      truncated: '{{token}} is cut off: the command line is {{bytes}} bytes long and this kernel keeps only its first {{kept}} (COMMAND_LINE_SIZE {{size}}), silently; {{what}}{{required}}',
      misspelt: '{{token}} is not "crashkernel=": the kernel looks for that exact text, finds none and reserves nothing, silently{{required}}',
      replaced: '{{mine}} command line replaces {{owner}} whole and has no crashkernel=: {{token}} is lost with it, so the kernel reserves nothing, silently{{required}}',
      rejected: 'this kernel rejects {{token}}: {{kernelMessage}}; nothing is reserved{{hint}}{{required}}',
      zero: '{{token}} asks for 0 bytes: nothing is reserved{{required}}',
      rangeNoMatch: 'no range of {{token}} covers {{ram}}: nothing is reserved{{required}}',
      rangeEntryTooBig: 'this kernel rejects {{token}} ("crashkernel: invalid size"): its entry {{entry}} asks for no less than {{ram}}, and the kernel checks the size of every entry it reads before the one that covers the RAM; nothing is reserved{{required}}',
      sizeAtLeastRam: '{{token}} asks for {{size}}, not less than the {{ram}} of System RAM: this kernel ignores it without a message{{required}}',
      suffixUnsupported: 'this kernel has no crashkernel=…,high/,low ({{arch}} has them from {{since}}): {{token}} reserves nothing{{required}}',
      lowOnly: '{{token}} alone reserves nothing: ,low only sizes the low part of a crashkernel=…,high reservation{{required}}',
      cmaOnly: '{{token}} alone reserves nothing: ,cma only adds CMA memory to a plain or ,high crashkernel= reservation, which is still needed{{required}}',
      noCrashKernel: '{{kernel}} has no crash kernel support on {{arch}}: {{token}} reserves nothing; a newer kernel has it{{required}}',
      kdumpKernel: 'elfcorehdr= makes this a capture kernel: {{kernel}} on {{arch}} then prints "crashkernel: ignoring reservation request" and {{token}} reserves nothing{{required}}',
      tokenIgnored: '{{token}} has no effect on this kernel: {{why}}',
      tokenRejected: 'this kernel rejects {{token}}: {{kernelMessage}}; it {{instead}}',
      offsetMissing: '{{token}} has no number after "@": the kernel reads the offset as 0, which means "anywhere", and places the region itself, without a message',
      octal: '{{token}} is read as crashkernel={{read}}: the kernel takes a number with a leading 0 as octal ({{numbers}}), so it does not ask for what the digits say in decimal',
    },
    fixes: {
      truncated: ['tokensFirst'],
      zero: ['removeZero', 'addSize'],
      lowOnly: ['addHigh', 'addSize'],
      cmaOnly: ['addSize'],
      misspelt: ['respellName'],
      replaced: ['restoreToken'],
      rejected: ['fixSyntax', 'removeRejected'],
      rangeNoMatch: ['fixSyntax', 'extendRange'],
      rangeEntryTooBig: ['extendRange', 'removeRejected'],
      sizeAtLeastRam: ['smallerSize'],
      suffixUnsupported: ['plainSize', 'newerKernel'],
      noCrashKernel: ['newerKernel'],
      tokenIgnored: ['removeToken'],
      tokenRejected: ['fixSyntax', 'removeRejected'],
      octal: ['fixSyntax'],
      offsetMissing: ['autoPlacement'],
    },
  },
  check(ctx) {
    const { layout, sim } = ctx
    const written = crashkernelTokens(layout.layout.cmdline)
    // Tokens the kernel never reads whole are `truncated`'s alone; the others (before the cut)
    // are judged as on a short line, where there are any.
    const cut = reportTruncated(ctx, written)
    const tokens = cut.length === 0 ? written : written.filter((t) => !cut.includes(t))
    if (cut.length > 0 && tokens.length === 0) return
    reportOctal(ctx, tokens)
    reportOffsetMissing(ctx, tokens)
    if (tokens.length === 0) {
      if (sim.crashkernel.kind !== 'not-requested') return
      // Text meant as crashkernel= on this very line says more than one lost under it.
      if (misspeltCrashkernel(layout.layout.cmdline).length > 0) reportMisspelt(ctx)
      else reportReplaced(ctx)
      return
    }
    if (sim.crashkernel.kind === 'ignored') {
      reportIgnored(ctx, tokens)
      return
    }
    if (sim.crashkernel.kind === 'not-requested') return
    // One token among several (or a suffixed one): does the kernel reserve the same without it?
    const facts = crashFacts(sim)
    tokens.forEach((t, i) => {
      if (t.suffix === null && tokens.length === 1) return
      // Of identical tokens only the earlier ones can be the ignored ones.
      if (tokens.slice(i + 1).some((x) => x.text === t.text)) {
        if (tokens.length > 1 && t.suffix === null) reportToken(ctx, t, tokens)
        return
      }
      // The last of identical tokens goes with its earlier copies: without it alone the
      // kernel would read a copy, so removing one copy says nothing about the text.
      const copies = tokens.slice(0, i + 1).filter((x) => x.text === t.text)
      let probe: SimulationResult
      try {
        probe = simulate({ ...layout.layout, cmdline: withoutTokensAt(layout.layout.cmdline, copies) })
      } catch {
        return
      }
      if (crashFacts(probe) !== facts) return
      // The parser's own complaint about this token (memparse() stopped early): what the
      // kernel prints with it and not without it. x86 ≤6.6 reads a rejected ,low as "use the
      // default", which is then no spelt-out default but a value the kernel refused.
      const without = parserWarnings(probe)
      const rejected = parserWarnings(sim).filter((l) => {
        const i = without.indexOf(l)
        if (i === -1) return true
        without.splice(i, 1)
        return false
      })
      if (rejected.length > 0 && !neededElsewhere(ctx, t, tokens)) reportRejectedToken(ctx, t, rejected)
      else reportToken(ctx, t, tokens)
    })
  },
})

/**
 * Does another layout that reads this command line need the token: it reserves with it and
 * reserves something else without it? arm64 6.1 reads no default ,low (crash_low_size stays 0
 * in arch/arm64/mm/init.c reserve_crashkernel) where 6.12 reads 128 MiB, so the same
 * crashkernel=128M,low spells out 6.12's default and is 6.1's whole low part; a ,high region
 * that lands below the low limit on a 1 GiB variant lands above it on the 8 GiB one. Removing
 * it from the shared value would change that layout, so it is not text to drop.
 *
 * A token followed by a later one of the same suffix needs no look: get_last_crashkernel()
 * reads the last token of a class in every version, and a kernel without ,cma reads every
 * ,cma token as plain, so the later one still comes after it.
 */
function neededElsewhere(ctx: RuleContext<MessageId>, t: CrashkernelToken, tokens: readonly CrashkernelToken[]): boolean {
  const i = tokens.indexOf(t)
  if (tokens.slice(i + 1).some((x) => x.suffix === t.suffix)) return false
  const copies = tokens.slice(0, i + 1).filter((x) => x.text === t.text).length
  for (const s of ctx.siblings) {
    const cmdline = s.layout.layout.cmdline
    const theirs = crashkernelTokens(cmdline).filter((x) => x.text === t.text).slice(0, copies)
    if (theirs.length < copies) continue
    if (siblingNeeds(s, withoutTokensAt(cmdline, theirs))) return true
  }
  return false
}

/**
 * What siblingNeeds() found per layout, keyed by the engine layout (check() hands every
 * layout of a board the same sibling objects): its own crash facts (null: nothing reserved,
 * or the engine threw) and, per command line without a token, whether that changes them.
 * Without it a board of n layouts that each report a token simulated n × (n − 1) probes
 * instead of n (639,200 simulations instead of 800 for 200 RAM variants × 4 kernels).
 */
const siblingMemo = new WeakMap<Layout, { facts?: string | null; needs: Map<string, boolean> }>()

/** Does `s` reserve something else with `without` as its command line (it needs what was taken out)? */
function siblingNeeds(s: SiblingLayout, without: string): boolean {
  let memo = siblingMemo.get(s.layout.layout)
  if (!memo) siblingMemo.set(s.layout.layout, (memo = { needs: new Map() }))
  if (memo.facts === undefined) {
    try {
      const sim = s.sim ?? simulate(s.layout.layout)
      memo.facts = sim.crashkernel.kind === 'reserved' ? crashFacts(sim) : null
    } catch {
      memo.facts = null
    }
  }
  if (memo.facts === null) return false
  let needs = memo.needs.get(without)
  if (needs === undefined) {
    try {
      needs = crashFacts(simulate({ ...s.layout.layout, cmdline: without })) !== memo.facts
    } catch {
      needs = false
    }
    memo.needs.set(without, needs)
  }
  return needs
}

/**
 * `octal`: the tokens the kernel reads with a number it reads as octal (octalNumbers()).
 * get_last_crashkernel() takes the last token of each class, a `,cma` one a kernel without
 * the suffix reads as plain; a plain value wins over `,high`; and only a class whose value the
 * parse kept (the engine's request) was read. Said whenever the kernel acts on the value
 * (reserved, failed or hung): 0256M reserves 174 MiB without a message, and a reservation of
 * the wrong size is the trap. Where the option reserves nothing, the other messages say why.
 */
function reportOctal(ctx: RuleContext<MessageId>, tokens: readonly CrashkernelToken[]): void {
  const { sim } = ctx
  if (sim.crashkernel.kind === 'ignored' || sim.crashkernel.kind === 'not-requested') return
  const classOf = (t: CrashkernelToken): string => readClass(t, sim)
  const lastOfClass = new Map<string, CrashkernelToken>()
  for (const t of tokens) lastOfClass.set(classOf(t), t)
  const r = sim.request
  const read: Record<string, boolean> = { '': r.size !== undefined, ',high': r.high !== undefined && r.size === undefined, ',low': r.low !== undefined, ',cma': r.cma !== undefined }
  for (const t of tokens) {
    if (lastOfClass.get(classOf(t)) !== t || !read[classOf(t)]) continue
    const numbers = octalNumbers(t.value)
    if (numbers.length === 0) continue
    ctx.report({
      messageId: 'octal',
      data: { token: clipText(t.text), read: clipText(octalRewritten(t.value, 'read')), numbers: numbers.map((n) => `${n.written} is ${n.octal}, not ${n.decimal}`).join('; ') },
      at: ctx.layout.pointers.cmdline,
      evidence: crashEvidence(ctx.sim),
      fix: { token: t.text },
    })
  }
}

/** The parser's warnings (`crashkernel: unrecognized char: B`, `… memory value expected`) of a simulation. */
function parserWarnings(sim: SimulationResult): string[] {
  return crashEvidence(sim)
    .filter((e) => e.level === 'warn' && e.text.startsWith('crashkernel: '))
    .map((e) => e.text)
}

/**
 * A token the parser rejects while the kernel reserves from the others, as it would without
 * it: a warning, whatever size it was meant to give (x86 ≤6.6 then reads its default ,low).
 */
function reportRejectedToken(ctx: RuleContext<MessageId>, t: CrashkernelToken, lines: readonly string[]): void {
  const ck = ctx.sim.crashkernel
  const instead =
    t.suffix === ',low' && ck.kind === 'reserved' && ck.low !== undefined
      ? `reserves its default ${mib(ck.low.size)} low part instead`
      : t.suffix === null && ctx.sim.request.high !== undefined
        ? 'uses the crashkernel=…,high value instead (x86 before 6.7)'
        : 'reserves what it would without it'
  ctx.report({
    messageId: 'tokenRejected',
    data: { token: clipText(t.text), kernelMessage: quoteList([...lines], ', ', (l) => `"${l}"`), instead },
    at: ctx.layout.pointers.cmdline,
    evidence: crashEvidence(ctx.sim),
    severity: 'warning',
    fix: { token: t.text },
  })
}

/**
 * `offsetMissing`: the plain simple-form token the kernel reads has an '@' with no number after
 * it (`crashkernel=256M@`, `crashkernel=256M@xyz`). parse_crashkernel_simple() takes whatever
 * memparse() reads there without checking that it read anything (kernel/crash_core.c@v5.10.223,
 * kernel/crash_reserve.c@v6.12.117:173-176), so the base is 0, "not fixed": the fixed placement
 * written is silently an automatic one. (The range form checks, and says so: `rejected`.)
 */
function reportOffsetMissing(ctx: RuleContext<MessageId>, tokens: readonly CrashkernelToken[]): void {
  const { sim } = ctx
  if (sim.crashkernel.kind === 'ignored' || sim.crashkernel.kind === 'not-requested' || sim.request.size === undefined) return
  const policy = policyOf(sim)
  if (!policy) return
  const plain = [...tokens].reverse().find((t) => readClass(t, sim) === '')
  if (!plain || plain.range) return
  const at = plain.value.indexOf('@')
  if (at === -1 || policy.parse.memparse(plain.value, at + 1).end !== at + 1) return
  ctx.report({
    messageId: 'offsetMissing',
    data: { token: clipText(plain.text) },
    at: ctx.layout.pointers.cmdline,
    evidence: crashEvidence(sim),
    fix: { token: plain.text },
  })
}

function reportToken(ctx: RuleContext<MessageId>, t: CrashkernelToken, tokens: readonly CrashkernelToken[]): void {
  const ignored = whyIgnored(t, tokens, ctx.sim)
  if (ignored === null) return
  // A ,cma size this kernel parses and does not reserve is memory the crash kernel was sized
  // for and goes without here (arm64 7.2's reserve_crashkernel() passes no cma_size,
  // arch/arm64/mm/init.c@v7.2.13:107-109): said even where another layout (7.3) needs the
  // token, though not as text to remove. Any other token another layout needs (a kernel
  // without the suffix reads it as a plain size it overrides) is not ignored.
  const needed = neededElsewhere(ctx, t, tokens)
  if (needed && !ignored.unreserved) return
  const { why, note } = ignored
  ctx.report({
    messageId: 'tokenIgnored',
    data: { token: clipText(t.text), why },
    at: ctx.layout.pointers.cmdline,
    evidence: crashEvidence(ctx.sim),
    // Where another layout needs it, there is nothing to change in the shared value: a note.
    severity: note || needed ? 'note' : 'warning',
    ...(!needed && { fix: { token: t.text } }),
  })
}
