// SPDX-License-Identifier: GPL-2.0-only
/**
 * Schema validation with the precompiled (standalone) ajv validator, and the translation of
 * ajv's errors into short problems located at the exact value or key.
 *
 * ajv reports every branch of a `oneOf`; left raw that is three messages for one mistake.
 * simplifyErrors() keeps the errors of the branch the value was meant for (the one whose
 * type matches) and drops the rest, the way better-ajv-errors does.
 */
import type { ErrorObject } from 'ajv'
import validateBoardMatrix from './generated/validate-board-matrix.cjs'
import { boardMatrixSchema } from './generated/schema.js'
import { pathToPointer, pointerToPath, type LocateTarget } from './locate.js'
import type { JsonPointer } from '../report/types.js'
import { clip, LIMITS, limitMessage } from '../limits.js'
import { getPreset, type Preset } from '../presets/index.js'
import { memSize, parseSize } from './size.js'
import { typoDistance } from '../typo-distance.js'
import { giganticPagesAsked } from '../engine/hugetlb-bootmem.js'
import { memparseWrapping } from '../engine/memparse.js'
import { SIZE_PATTERN } from './decode.js'

/** One schema violation, before it becomes an SC002 finding. */
export interface SchemaProblem {
  messageId: SchemaMessageId
  data: Record<string, string>
  pointer: JsonPointer
  target: LocateTarget
}

export type SchemaMessageId =
  | 'unknownProperty'
  | 'missingProperty'
  | 'wrongType'
  | 'notAllowed'
  | 'badFormat'
  | 'tooFew'
  | 'outOfRange'
  | 'exclusive'
  | 'deviceReach'
  | 'repeatedItem'
  | 'other'

type AjvError = ErrorObject & { parentSchema?: { title?: string; properties?: Record<string, unknown>; allOf?: Array<{ $ref?: string }> } }

/** What a string of a titled definition should look like, for pattern errors. */
const FORMAT_BY_TITLE: Record<string, string> = {
  Size: 'a size (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix)',
  Address: 'an address (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix)',
  RamSize: 'a RAM size like QEMU\'s -m (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix: "4G", not "4GB")',
  KernelVersion: 'a kernel release or series such as "6.1.192" or "6.12"',
  RuleRef: 'a rule of crashkernel-check (an id such as "CK001" or a name such as "reservation-failed", docs/rules)',
}

/** The rule ids and names a suppression or a severity may name (the schema's ruleRef enum). */
const RULE_REFS: string[] = [...boardMatrixSchema.$defs.ruleRef.enum]

/** A rule reference that names no rule, with the nearest one as a hint. */
function unknownRule(name: string): Record<string, string> {
  return { value: JSON.stringify(clip(name)), what: FORMAT_BY_TITLE.RuleRef + hintFor(name, RULE_REFS) }
}

/**
 * Why a decimal-looking size or address such as "0100M" is refused, which the format text alone
 * does not say: memparse() reads a leading 0 as octal (0100M is 64 MiB to the kernel), so the
 * schema rejects it rather than guess.
 */
function octalHint(title: string | undefined, value: unknown): string {
  if (title !== 'Size' && title !== 'Address' && title !== 'RamSize') return ''
  if (typeof value !== 'string' || !/^0[0-9]+[KMGTPEkmgtpe]?$/.test(value)) return ''
  const decimal = value.replace(/^0+(?=[0-9])/, '')
  return title === 'RamSize'
    ? `; no leading zeros: write "${decimal}"`
    : `; a leading 0 would make it octal to the kernel's memparse(): write "${decimal}" for decimal, or 0x… for hex`
}

/** A number where a size, address or RAM size belongs: they are strings (64 bits do not fit a JSON number). */
function quoteHint(title: string | undefined, value: unknown): string {
  if ((title !== 'Size' && title !== 'Address' && title !== 'RamSize') || typeof value !== 'number') return ''
  // Why only safe integers: a larger JSON number has already lost its low bits in the parser, so
  // any string written back from it would be a different value than the user typed. A size under
  // 1 MiB is more likely a missing unit ("size": 5 for 5G) than a byte count, so it gets the
  // examples rather than its own digits quoted back.
  const small = title !== 'Address' && value < 1 << 20
  if (!Number.isSafeInteger(value) || value < 0 || small) return '; sizes and addresses are strings, such as "512M", "4G" or "0x40000000"'
  const n = BigInt(value)
  const written = title === 'Address' ? `0x${n.toString(16)}` : memSize(n)
  return `; sizes and addresses are strings: write "${written}"`
}

/**
 * A kernel written as a JSON number (`"kernels": [6.12]`): it is a string. The digits are not
 * quoted back: the parser has already read 6.10 as 6.1, which is another kernel.
 */
function kernelNumberHint(title: string | undefined, value: unknown): string {
  if ((title !== 'Kernel' && title !== 'KernelVersion') || typeof value !== 'number') return ''
  return '; a kernel release or series is a string in double quotes, such as "6.12" (as a number, 6.10 would read as 6.1)'
}


/**
 * A size written the way data sheets and `free -h` write it ("8GB", "6GiB", "512 MiB", "1.5G"):
 * memparse() takes one letter, a power of 1024, right after the digits, and no fraction, so the
 * kernel would read "8GB" as 8 GiB followed by text it does not expect. Says what to write when
 * the value is a whole number of bytes.
 */
function unitHint(title: string | undefined, value: unknown): string {
  if ((title !== 'Size' && title !== 'Address' && title !== 'RamSize') || typeof value !== 'string') return ''
  const m = /^(0|[1-9][0-9]{0,14})(?:\.([0-9]{1,6}))?\s*([KMGTPEkmgtpe])(?:i?[Bb])?$/.exec(value.trim())
  if (m === null) return ''
  const [, whole, fraction = '', letter] = m
  const shift = BigInt(10 * (1 + 'KMGTPE'.indexOf(letter!.toUpperCase())))
  const scaled = BigInt(whole! + fraction) << shift
  const scale = 10n ** BigInt(fraction.length)
  if (scaled % scale !== 0n) return ''
  return `; the suffix is one letter for a power of 1024, right after a whole number: write "${memSize(scaled / scale)}"`
}

/**
 * A kernel written as `uname -r` or a git tag writes it ("6.1.0-18-arm64", "v6.12", "6.01"):
 * says which release or series to give instead. A Debian ABI name such as 6.1.0-18 is not the
 * upstream release (that one is 6.1.76), so only its series is offered.
 */
function versionHint(title: string | undefined, value: unknown): string {
  if (title !== 'KernelVersion' || typeof value !== 'string') return ''
  // Blanks around it too (" 6.12", pasted): the version meant is plain.
  const m = /^v?([0-9]{1,3})\.([0-9]{1,3})(?:\.([0-9]{1,5}))?([-+~_].{0,200})?$/.exec(value.trim())
  if (m === null) return ''
  const series = `${Number(m[1])}.${Number(m[2])}`
  if (m[4] !== undefined) return `; without the build suffix, give the series "${series}" or the upstream release it is built from`
  return `; write "${m[3] === undefined ? series : `${series}.${Number(m[3])}`}"`
}

/**
 * One value where a list belongs ("kernels": "6.12") or a list where one string belongs
 * ("cmdline": ["console=ttyS0", "crashkernel=256M"]): says the form to write. Not for a string
 * of a format (`title`: a size, an address, a version), which the parts joined are not ("2G 8G").
 */
function listHint(title: string | undefined, expected: unknown, value: unknown): string {
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'object') && value !== null && !Array.isArray(value))
    return `; a list: write [${clip(JSON.stringify(value), 200)}]`
  if (expected === 'string' && title === undefined && Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
    return `; one string: write ${clip(JSON.stringify(value.join(' ')), 200)}`
  return ''
}

/** A boolean written as a .config or YAML value ("y", "n", "true"): JSON's own literal is meant. */
function booleanHint(expected: unknown, value: unknown): string {
  if (expected !== 'boolean' || typeof value !== 'string') return ''
  const v = value.trim().toLowerCase()
  const meant = ['y', 'yes', 'true', 'on', '1'].includes(v) ? 'true' : ['n', 'no', 'false', 'off', '0'].includes(v) ? 'false' : undefined
  return meant !== undefined ? `; write ${meant}, without quotes` : ''
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value))
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  // A JSON number past 2^53 is read as the nearest double: say that the digits shown are not
  // the ones written (the location points at those).
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) return `${String(value)} (a number past 2^53, as read)`
  return String(value)
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (Number.isInteger(value)) return 'integer'
  return typeof value
}

function valueAt(root: unknown, pointer: JsonPointer): unknown {
  let node: unknown = root
  for (const seg of pointerToPath(pointer)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[seg]
  }
  return node
}

function allowedProperties(parent: AjvError['parentSchema']): string[] {
  const names = Object.keys(parent?.properties ?? {})
  for (const part of parent?.allOf ?? []) {
    const def = part.$ref?.replace('#/$defs/', '')
    const target = def ? (boardMatrixSchema.$defs as Record<string, { properties?: Record<string, unknown> }>)[def] : undefined
    names.push(...Object.keys(target?.properties ?? {}))
  }
  return names
}

/** `; did you mean "x"?` for the candidate nearest to `name`, or '' when none is near. */
export function hintFor(name: string, candidates: readonly string[]): string {
  // Why: the typo distance is O(length × candidate); a hostile 64 KiB key gets no hint instead.
  if (name.length > 64) return ''
  let best: string | undefined
  let bestDistance = Infinity
  // `config` keys are Kconfig symbols without the prefix a .config line has (CONFIG_KFENCE=y).
  const bare = name.slice(0, 7).toUpperCase() === 'CONFIG_' ? name.slice(7) : name
  for (const c of candidates) {
    const d = Math.min(typoDistance(name.toLowerCase(), c.toLowerCase()), typoDistance(bare.toLowerCase(), c.toLowerCase()))
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3))) return `; did you mean "${best}"?`
  // A reserved-memory node's own property names, which the schema spells its own way.
  const dt = DT_PROPERTY_NAMES[name]
  if (dt !== undefined && candidates.includes(dt)) return `; did you mean "${dt}"? (the device tree's ${name})`
  // In any case as well: `uname -m` says aarch64, a distribution's tables AMD64.
  const other = OTHER_NAMES[name] ?? OTHER_NAMES[name.toLowerCase()]
  if (other !== undefined && candidates.includes(other)) return `; did you mean "${other}"?`
  // The start of a longer name ("cpu" of "cpuAddr", "alloc" of "allocRanges"), when only one starts so.
  const lower = name.toLowerCase()
  const starting = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : []
  return starting.length === 1 ? `; did you mean "${starting[0]}"?` : ''
}

/**
 * Names the matrix uses elsewhere, or that say the same in other words, → the name where they
 * are unknown (hintFor()): a kernel entry's `version` is its `release`; a RAM variant lists its
 * banks in `memory` (a board's `ramSize` sizes its preset's banks). Values too: an `arch` as
 * `uname -m` (aarch64) or Debian (amd64) names it.
 */
const OTHER_NAMES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  version: 'release',
  ramSize: 'memory',
  aarch64: 'arm64',
  amd64: 'x86_64',
})

/** Device-tree property names of a reserved-memory node → the schema's names for them (hintFor()). */
const DT_PROPERTY_NAMES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  reusable: 'cma',
  'linux,cma-default': 'cmaDefault',
  // no-map and alloc-ranges are near enough to nomap and allocRanges for the typo distance.
})

/** Drops the branch noise of oneOf/discriminator/propertyNames errors (see the file comment). */
export function simplifyErrors(errors: readonly AjvError[]): AjvError[] {
  const out: AjvError[] = []
  for (const error of errors) {
    if (error.keyword === 'discriminator' || error.keyword === 'if') continue // the `kind` enum/required error says it better
    if (error.keyword === 'propertyNames') {
      // ajv reports the failing name's pattern error at the object's path just before this one.
      while (out.length > 0 && out[out.length - 1]?.instancePath === error.instancePath && out[out.length - 1]?.keyword !== 'propertyNames') out.pop()
      out.push(error)
      continue
    }
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      out.push(error)
      continue
    }
    // Branch errors are the run just before this error, at or under its instancePath.
    const at = error.instancePath
    let start = out.length
    while (start > 0) {
      const prev = out[start - 1]
      if (!prev || !(prev.instancePath === at || prev.instancePath.startsWith(`${at}/`))) break
      start--
    }
    const branch = out.splice(start)
    if (error.parentSchema?.title === 'Device') {
      out.push(error) // one tailored message instead of two "required" errors
      continue
    }
    const typeMisses = branch.filter((e) => e.keyword === 'type' && e.instancePath === at)
    const rest = branch.filter((e) => !typeMisses.includes(e))
    if (rest.length > 0) out.push(...rest)
    else if (typeMisses.length > 0) out.push({ ...error, keyword: 'type', params: { type: typeMisses.map((e) => String(e.params.type)).join(' or ') } })
    else out.push(error)
  }
  return out
}

/**
 * What a value is, for messages that do not otherwise say: its path inside its board (the
 * board is named beside every finding), e.g. `ramSize`, `kernels[1]`, `memory[0].size`.
 *
 * @example
 * subjectOf('/boards/3/memory/0/size') // → 'memory[0].size'
 */
export function subjectOf(pointer: string): string {
  const path = pointerToPath(pointer)
  const index = (p: string | undefined) => p !== undefined && /^(0|[1-9][0-9]*)$/.test(p)
  const inBoard = path[0] === 'boards' && index(path[1])
  const rest = inBoard ? path.slice(2) : path
  if (rest.length === 0) return inBoard ? 'the board' : 'the matrix'
  return rest.map((p, i) => (index(p) ? `[${p}]` : i === 0 ? clip(p, 64) : `.${clip(p, 64)}`)).join('')
}

/** The problem `error` reports, or undefined when another error at the same place says it. */
function toProblem(error: AjvError, data: unknown): SchemaProblem | undefined {
  const pointer = error.instancePath
  const value = valueAt(data, pointer)
  const title = error.parentSchema?.title
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(error.params.additionalProperty ?? error.params.unevaluatedProperty)
      return {
        messageId: 'unknownProperty',
        data: { property: clip(name), hint: hintFor(name, allowedProperties(error.parentSchema)) },
        pointer: pathToPointer([...pointerToPath(pointer), name]),
        target: 'key',
      }
    }
    case 'required': {
      const property = String(error.params.missingProperty)
      // The one required value a new user cannot guess from its name.
      const hint = property === 'version' && pointer === '' ? '; add "version": 1, the only version of the format' : ''
      return { messageId: 'missingProperty', data: { property, hint }, pointer, target: 'value' }
    }
    case 'type':
      return { messageId: 'wrongType', data: { subject: subjectOf(pointer), expected: String(error.params.type), actual: jsonType(value), hint: quoteHint(title, value) + kernelNumberHint(title, value) + booleanHint(error.params.type, value) + listHint(title, error.params.type, value) }, pointer, target: 'value' }
    case 'enum':
    case 'const': {
      if (title === 'RuleRef' && typeof value === 'string') return { messageId: 'badFormat', data: unknownRule(value), pointer, target: 'value' }
      const values = (error.params.allowedValues ?? [error.params.allowedValue]) as unknown[]
      const allowed = values.map((v) => JSON.stringify(v))
      // `"version": "1"`: the value meant, in quotes; `"x86"`, `"of"`: the nearest allowed one.
      const hint = typeof value !== 'string' ? '' : values.some((v) => typeof v !== 'string' && JSON.stringify(v) === value) ? `; write it without quotes: ${value}` : hintFor(value, values.filter((v): v is string => typeof v === 'string'))
      return { messageId: 'notAllowed', data: { subject: subjectOf(pointer), value: describeValue(value), allowed: allowed.length === 1 ? allowed[0]! : `one of ${allowed.join(', ')}`, hint }, pointer, target: 'value' }
    }
    case 'pattern': {
      const what = (title && FORMAT_BY_TITLE[title]) ?? (pointer.endsWith('/id') ? 'a board id (letters, digits, ".", "_" and "-")' : `matching ${String(error.params.pattern)}`)
      return { messageId: 'badFormat', data: { value: describeValue(value), what: what + octalHint(title, value) + unitHint(title, value) + versionHint(title, value) }, pointer, target: 'value' }
    }
    case 'propertyNames': {
      const name = String(error.params.propertyName)
      return {
        messageId: 'badFormat',
        data: unknownRule(name),
        pointer: pathToPointer([...pointerToPath(pointer), name]),
        target: 'key',
      }
    }
    case 'uniqueItems': {
      // ajv: item j repeats the earlier item i (the first repeat from the end). Said at the repeat, the one to delete.
      const item = pathToPointer([...pointerToPath(pointer), Number(error.params.j)])
      const first = pathToPointer([...pointerToPath(pointer), Number(error.params.i)])
      return { messageId: 'repeatedItem', data: { subject: subjectOf(item), value: describeValue(valueAt(data, item)), first: subjectOf(first) }, pointer: item, target: 'value' }
    }
    case 'minItems':
    case 'minLength':
      return { messageId: 'tooFew', data: { subject: subjectOf(pointer), limit: String(error.params.limit), unit: `${error.keyword === 'minItems' ? 'item' : 'character'}${error.params.limit === 1 ? '' : 's'}` }, pointer, target: 'value' }
    case 'minimum':
    case 'maximum':
      return { messageId: 'outOfRange', data: { subject: subjectOf(pointer), value: describeValue(value), comparison: String(error.params.comparison), limit: String(error.params.limit) }, pointer, target: 'value' }
    case 'not':
      if (title === 'Settings') {
        // A board or `defaults` that is no object at all passes `required` trivially, so the
        // `not` fails too: its type error (at the same place) says what is wrong.
        if (!isObject(value)) return undefined
        const present = ['memory', 'ram', 'ramSize'].filter((k) => value !== null && typeof value === 'object' && k in value)
        const [a = 'memory', b = 'ram'] = present
        return { messageId: 'exclusive', data: { a, b }, pointer: `${pointer}/${b}`, target: 'key' }
      }
      break
    case 'oneOf':
      if (title === 'Device') {
        const both = Array.isArray(error.params.passingSchemas)
        // The name may be any JSON value (a null-prototype object has no toString): quote strings only.
        const raw = (value as { name?: unknown } | undefined)?.name
        const name = typeof raw === 'string' ? clip(raw) : ''
        return { messageId: 'deviceReach', data: { name, problem: both ? 'gives both "dmaLimit" and "bus"; keep one' : 'needs "dmaLimit" or "bus"' }, pointer, target: 'value' }
      }
      break
  }
  return { messageId: 'other', data: { message: error.message ?? error.keyword }, pointer, target: 'value' }
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0)

/** Arrays, strings and keys beyond src/limits.ts, each located at itself (walks the value once). */
function checkSizes(value: unknown, path: Array<string | number>, out: SchemaProblem[]): void {
  if (Array.isArray(value)) {
    const isBoards = path.length === 1 && path[0] === 'boards'
    if (!isBoards && value.length > LIMITS.maxArrayItems) {
      out.push({ messageId: 'other', data: { message: limitMessage('maxArrayItems', `this array has ${value.length} items`, ' items') }, pointer: pathToPointer(path), target: 'value' })
      return
    }
    value.forEach((item, i) => checkSizes(item, [...path, i], out))
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.length > LIMITS.maxStringLength) {
        out.push({ messageId: 'other', data: { message: limitMessage('maxStringLength', `this property name has ${key.length} characters`, ' characters') }, pointer: pathToPointer([...path, key]), target: 'key' })
        continue
      }
      const max = key === 'cmdline' ? LIMITS.maxCmdlineLength : LIMITS.maxStringLength
      if (typeof item === 'string' && item.length > max) {
        const what = key === 'cmdline' ? 'this command line' : 'this string'
        out.push({ messageId: 'other', data: { message: limitMessage(key === 'cmdline' ? 'maxCmdlineLength' : 'maxStringLength', `${what} has ${item.length} characters`, ' characters') }, pointer: pathToPointer([...path, key]), target: 'value' })
        continue
      }
      if (key === 'cmdline' && typeof item === 'string' && item.includes('\0')) {
        // The kernel's command line is a C string: it ends at the first NUL, the engine's does not.
        out.push({ messageId: 'other', data: { message: `the command line holds a NUL character (\\u0000) at index ${item.indexOf('\0')}; a kernel command line ends there` }, pointer: pathToPointer([...path, key]), target: 'value' })
        continue
      }
      checkSizes(item, [...path, key], out)
    }
  } else if (typeof value === 'string' && value.length > LIMITS.maxStringLength) {
    out.push({ messageId: 'other', data: { message: limitMessage('maxStringLength', `this string has ${value.length} characters`, ' characters') }, pointer: pathToPointer(path), target: 'value' })
  }
}

/**
 * Banks the preset derives from a `ramSize` (QEMU x86: three from 2.75 GiB on), as the
 * decoder will; 0 when the decoder refuses the size (not a size, or no such preset).
 */
function ramSizeBanks(preset: Preset | undefined, size: unknown): number {
  if (!preset?.ramForSize || typeof size !== 'string' || !SIZE_PATTERN.test(size)) return 0
  return preset.ramForSize(parseSize(size)).memory.length
}

/**
 * Layouts and simulated regions a board asks for, as the decoder will count them (board
 * over preset over defaults; `memory`, `ram` or `ramSize` from the topmost layer that has
 * one). An upper bound: a board that fails later checks simulates nothing.
 */
function boardCost(board: Json, defaults: Json | undefined): { layouts: number; regions: number } {
  const preset = typeof board.extends === 'string' ? getPreset(board.extends) : undefined
  const layers = [board, preset?.settings as Json | undefined, defaults].filter(isObject)
  const first = (key: string): unknown => layers.find((l) => l[key] !== undefined)?.[key]
  const ramLayer = layers.find((l) => l.memory !== undefined || l.ram !== undefined || l.ramSize !== undefined)
  let banks: number[] = []
  if (ramLayer?.memory !== undefined) banks = [lengthOf(ramLayer.memory)]
  else if (ramLayer?.ram !== undefined) banks = Array.isArray(ramLayer.ram) ? ramLayer.ram.map((v) => (isObject(v) ? lengthOf(v.memory) : 0)) : []
  else if (ramLayer?.ramSize !== undefined) banks = [ramSizeBanks(preset, ramLayer.ramSize)]
  const kernels = lengthOf(first('kernels'))
  const perVariant = lengthOf(first('reservations')) + lengthOf(first('devices'))
  // x86's gigantic pages are memblock regions too (LIMITS.regionsPerGiganticPage), counted as
  // asked for, whatever the release (an upper bound).
  const cmdline = first('cmdline')
  const asked = first('arch') === 'x86_64' && typeof cmdline === 'string' ? giganticPagesAsked(cmdline, memparseWrapping) : 0n
  const pages = asked > BigInt(LIMITS.maxSimulatedRegions) ? LIMITS.maxSimulatedRegions : Number(asked) * LIMITS.regionsPerGiganticPage
  return { layouts: banks.length * kernels, regions: banks.reduce((sum, b) => sum + (b + perVariant + pages) * kernels, 0) }
}

/**
 * Checks src/limits.ts on the parsed value before the schema runs.
 *
 * @returns the problems, and `refused` when the whole file is beyond a limit (too many
 *   boards, layouts or simulated regions): its one problem points at `boards`, so no
 *   board is decoded
 */
export function checkLimits(data: unknown): { problems: SchemaProblem[]; refused: boolean } {
  if (!isObject(data) || !Array.isArray(data.boards)) return { problems: [], refused: false }
  const boards = data.boards
  // These limits are per file, and a --boards / kernel filter does not lower them (the file is
  // refused before it is decoded): the way through is more files, which check and the
  // fan-out plan both take as a list or a glob, unless the first board alone crosses it.
  const split = '; split the boards over several files (the limits are per file; check and the action take several, or a glob)'
  const refuse = (message: string, remedy = split) => ({ problems: [{ messageId: 'other' as const, data: { message: message + remedy }, pointer: '/boards', target: 'key' as const }], refused: true })
  if (boards.length > LIMITS.maxBoards) return refuse(limitMessage('maxBoards', `the file has ${boards.length} boards`, ' boards'))
  const problems: SchemaProblem[] = []
  checkSizes(data, [], problems)
  const defaults = isObject(data.defaults) ? data.defaults : undefined
  let layouts = 0
  let regions = 0
  for (const [i, board] of boards.entries()) {
    if (!isObject(board)) continue
    const cost = boardCost(board, defaults)
    layouts += cost.layouts
    regions += cost.regions
    const id = typeof board.id === 'string' ? ` ("${clip(board.id, 40)}")` : ''
    // A board that crosses a limit on its own is not helped by more files.
    const alone = '; this board alone crosses it: give it fewer RAM variants, kernels, banks, reservations or devices (or make several boards of it)'
    if (layouts > LIMITS.maxLayouts) return refuse(limitMessage('maxLayouts', `boards up to /boards/${i}${id} make ${layouts} layouts`, ' layouts'), cost.layouts > LIMITS.maxLayouts ? alone : split)
    if (regions > LIMITS.maxSimulatedRegions) {
      return refuse(limitMessage('maxSimulatedRegions', `boards up to /boards/${i}${id} make ${regions} banks, reservations and devices to simulate (summed over layouts)`), cost.regions > LIMITS.maxSimulatedRegions ? alone : split)
    }
  }
  return { problems, refused: false }
}

/**
 * Validates a parsed matrix against the board-matrix schema and src/limits.ts.
 *
 * @param data - the JSON value of the document
 * @returns every violation (allErrors), simplified and located by pointer; [] when valid
 * @example
 * validateMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm65' }] })
 * // → [{ messageId: 'notAllowed', data: { subject: 'arch', value: '"arm65"', allowed: 'one of "arm64", "x86_64", "riscv64"' },
 * //      pointer: '/boards/0/arch', target: 'value' }]
 */
export function validateMatrix(data: unknown): SchemaProblem[] {
  const limits = checkLimits(data)
  if (limits.refused) return limits.problems
  if (validateBoardMatrix(data)) return limits.problems
  const errors = simplifyErrors((validateBoardMatrix.errors ?? []) as AjvError[])
  const seen = new Set<string>()
  const problems: SchemaProblem[] = [...limits.problems]
  for (const error of errors) {
    const problem = toProblem(error, data)
    if (problem === undefined) continue
    const key = `${problem.pointer}\0${problem.messageId}\0${JSON.stringify(problem.data)}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
  }
  return withoutTypoEchoes(problems)
}

/**
 * One misspelt key ("szie", "dmaLimt") is two schema errors: the key is unknown and the
 * property it meant is missing. The unknown key's message already names the property, so the
 * "missing" one (or a device's "needs dmaLimit or bus") is dropped: one mistake, one problem.
 */
function withoutTypoEchoes(problems: SchemaProblem[]): SchemaProblem[] {
  const meant = new Set<string>()
  for (const p of problems) {
    const hinted = p.messageId === 'unknownProperty' ? p.data.hint?.match(/^; did you mean "([^"]*)"\?$/)?.[1] : undefined
    if (hinted !== undefined) meant.add(`${pathToPointer(pointerToPath(p.pointer).slice(0, -1))}\0${hinted}`)
  }
  if (meant.size === 0) return problems
  return problems.filter((p) => {
    if (p.messageId === 'missingProperty') return !meant.has(`${p.pointer}\0${p.data.property}`)
    if (p.messageId === 'deviceReach' && p.data.problem?.startsWith('needs')) return !meant.has(`${p.pointer}\0dmaLimit`) && !meant.has(`${p.pointer}\0bus`)
    return true
  })
}

/**
 * Boards whose values the schema rejected (decoding them would only report noise), or 'all'
 * when the document's shape or `defaults` is itself invalid, or `defaults` is misspelt
 * ("defualts", "default": the unknown property its hint names `defaults`), as every board would
 * be simulated without the settings meant for it (a CK010 and its fix on each board for a
 * `cmdline` there). Any other unknown top-level property is reported and skips nothing.
 */
export function invalidBoards(value: unknown, pointers: readonly string[]): Set<number> | 'all' {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { boards?: unknown }).boards)) return 'all'
  const set = new Set<number>()
  for (const p of pointers) {
    if (p === '/defaults' || p.startsWith('/defaults/') || p === '/boards') return 'all'
    if (p.startsWith('/') && !p.includes('/', 1) && hintFor(pointerToPath(p)[0]!, ['$schema', 'version', 'defaults', 'boards']) === '; did you mean "defaults"?') return 'all'
    const m = /^\/boards\/(\d+)(\/|$)/.exec(p)
    if (m?.[1] !== undefined) set.add(Number(m[1]))
  }
  return set
}
