// SPDX-License-Identifier: GPL-2.0-only
/**
 * docs/policies.md, generated from the policy registry (src/engine/policies/index.ts) by
 * `npm run gen`: one row per kernel policy, so the documentation cannot drift from the code.
 */
import { formatKernelVersion } from '../src/engine/kernel-version.js'
import { POLICIES, SERIES_RELEASES, WHAT_IF_POLICIES } from '../src/engine/policies/index.js'
import type { KernelPolicy } from '../src/engine/policies/types.js'
import { RESERVE_VARIANTS } from '../src/engine/crashkernel/reserve.js'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const hex = (x: bigint): string => `0x${x.toString(16)}`

/**
 * The variant's exported name. Not `Function.name`: the generic variants are closures made by
 * one factory, whose name is empty.
 */
function variantName(fn: KernelPolicy['crash']['reserve']): string {
  const name = Object.entries(RESERVE_VARIANTS).find(([, v]) => v === fn)?.[0]
  if (!name) throw new Error(`a policy's reserve function is not in RESERVE_VARIANTS (src/engine/crashkernel/reserve.ts)`)
  return name
}

function row(p: KernelPolicy): string {
  const range = `${formatKernelVersion(p.appliesTo.from)} – ${p.appliesTo.before ? `< ${formatKernelVersion(p.appliesTo.before)}` : '…'}`
  const crash = `${variantName(p.crash.reserve)}, align ${hex(p.crash.align)}, default low ${p.crash.defaultLow ? hex(p.crash.defaultLow) : '—'}${p.crash.supportsHigh ? ', ,high/,low' : ''}${p.crash.parseCma ? ', ,cma' : ''}`
  const arch = p.arm64
    ? `zones ${p.arm64.zones.name}; reserve in ${p.arm64.crashWhen}; linear map ${p.arm64.linearMap}; protection ${p.arm64.protection}`
    : p.riscv
      ? (p.riscv.lowMax === 'none' ? 'no low limit (one window up to the end of DRAM)' : `low limit ${p.riscv.lowMax}`)
      : ''
  return `| \`${p.id}\` | ${range} | ${cell(p.description)} | ${cell(crash)} | ${cell(arch)} | ${cell(p.sources.join('; '))} |`
}

export function renderPolicyDoc(): string {
  const head = '| policy | releases | behaviour | reservation | arch specifics | sources |\n|---|---|---|---|---|---|'
  const byArch = (arch: string) => POLICIES.filter((p) => p.arch === arch).map(row).join('\n')
  return [
    '<!-- DO NOT EDIT: generated from src/engine/policies/index.ts by `npm run gen`. -->',
    '# Kernel policies',
    '',
    'Each kernel generation the engine distinguishes is a policy: data plus named function',
    'variants, each citing the kernel sources it mirrors. For every architecture the policies',
    'cover 5.10.0 onwards without gaps or overlaps (a test checks it). A series in a board',
    `resolves to the Debian release of its kernel profile (${Object.entries(SERIES_RELEASES).map(([s, r]) => `${s} → ${r}`).join(', ')}); other series to their .0 release.`,
    '',
    '## arm64',
    '',
    head,
    byArch('arm64'),
    '',
    '## x86_64',
    '',
    head,
    byArch('x86_64'),
    '',
    '## riscv64',
    '',
    head,
    byArch('riscv64'),
    '',
    '## What-if policies (by name only: a layout\'s `policy`)',
    '',
    head,
    WHAT_IF_POLICIES.map(row).join('\n'),
    '',
  ].join('\n')
}
