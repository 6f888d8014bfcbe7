// SPDX-License-Identifier: GPL-2.0-only
/**
 * Renders docs/format.md from the schema: one section per object definition with a
 * property table (type, required, default, description). Generated, so the reference
 * cannot drift from the validator.
 */

type Json = Record<string, unknown>

const ORDER = [
  '(root)', 'board', 'settings', 'defaults', 'kernel', 'kernelObject', 'kernelVersion', 'memory', 'memoryBank',
  'ramVariant', 'image', 'initrd', 'dtb', 'reservation', 'fixedReservation', 'dynamicReservation', 'range',
  'dma', 'dmaRange', 'device', 'kernelConfig', 'cpuFeatures', 'bootAllocations', 'expect', 'severityMap',
  'suppression', 'ruleRef', 'size', 'address',
]

export function refName(ref: string): string {
  return ref.replace('#/$defs/', '')
}

export function link(name: string): string {
  return `[${name}](#${name.toLowerCase()})`
}

/** A short type expression for a property schema. */
export function typeOf(s: Json): string {
  if (typeof s.$ref === 'string') return link(refName(s.$ref))
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``
  if (Array.isArray(s.enum)) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' | ')
  if (Array.isArray(s.oneOf)) return (s.oneOf as Json[]).map(typeOf).join(' or ')
  if (s.type === 'array') return `array of ${typeOf(s.items as Json)}`
  // A map: an object whose values all follow one schema (its keys: `Keys:` under the type).
  if (s.type === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') return `object of ${typeOf(s.additionalProperties as Json)}`
  if (s.type === 'integer') {
    const range = 'minimum' in s || 'maximum' in s ? ` (${s.minimum ?? ''}…${s.maximum ?? ''})` : ''
    return `integer${range}`
  }
  if (typeof s.type === 'string') return s.type
  return 'any'
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function describe(s: Json, defs: Record<string, Json>): string {
  if (typeof s.description === 'string') return s.description
  if (typeof s.$ref === 'string') {
    const target = defs[refName(s.$ref)]
    if (target && typeof target.description === 'string') return target.description
  }
  return ''
}

/** One definition's section; `type` renders a property's type (report-doc.ts adds maps). */
export function section(name: string, s: Json, defs: Record<string, Json>, type: (s: Json) => string = typeOf): string {
  const lines = [`## ${name}`, '']
  if (typeof s.description === 'string') lines.push(s.description, '')
  const props = (s.properties ?? {}) as Record<string, Json>
  const allOf = (s.allOf ?? []) as Json[]
  for (const part of allOf) {
    if (typeof part.$ref === 'string') lines.push(`Includes every property of ${link(refName(part.$ref))}.`, '')
  }
  if (Object.keys(props).length > 0) {
    const required = new Set((s.required ?? []) as string[])
    lines.push('| property | type | required | default | description |', '|---|---|---|---|---|')
    for (const [key, ps] of Object.entries(props)) {
      const dflt = 'default' in ps ? `\`${JSON.stringify(ps.default)}\`` : ''
      lines.push(`| \`${key}\` | ${cell(type(ps))} | ${required.has(key) ? 'yes' : ''} | ${cell(dflt)} | ${cell(describe(ps, defs))} |`)
    }
    lines.push('')
    if (s.additionalProperties === false || s.unevaluatedProperties === false) {
      lines.push('No other properties are allowed.', '')
    }
  } else {
    lines.push(`Type: ${type(s)}.`, '')
    if (typeof s.pattern === 'string') lines.push(`Pattern: \`${s.pattern}\``, '')
    const keys = (s.propertyNames as Json | undefined)?.$ref
    if (typeof keys === 'string') lines.push(`Keys: ${link(refName(keys))}.`, '')
  }
  if (Array.isArray(s.oneOf) && s.properties) {
    // A branch is either a $ref to another definition (its own section) or a list of required keys.
    const branch = (b: Json): string => (typeof b.$ref === 'string' ? link(b.$ref.replace('#/$defs/', '')) : `\`${((b.required ?? []) as string[]).join(', ')}\``)
    lines.push(`Exactly one of: ${(s.oneOf as Json[]).map(branch).join(', ')}.`, '')
  }
  const not = s.not as Json | undefined
  const pairs = (not && Array.isArray(not.anyOf) ? (not.anyOf as Json[]) : not ? [not] : []).filter((p) => Array.isArray(p.required))
  for (const pair of pairs) lines.push(`\`${(pair.required as string[]).join('` and `')}\` are mutually exclusive.`, '')
  return lines.join('\n')
}

/** The sections of a page: the root and the definitions in `order`, then any other definition by name. */
export function sectionNames(defs: Record<string, Json>, order: readonly string[]): string[] {
  return [...order.filter((n) => n === '(root)' || n in defs), ...Object.keys(defs).filter((n) => !order.includes(n)).sort()]
}

/** Renders the whole reference. */
export function renderFormatDoc(schema: Json): string {
  const defs = (schema.$defs ?? {}) as Record<string, Json>
  const names = sectionNames(defs, ORDER)
  const parts = [
    '<!-- DO NOT EDIT: generated from schemas/board-matrix.schema.json by `npm run gen`. -->',
    '# Board-matrix format reference',
    '',
    `Schema: \`${String(schema.$id)}\` (JSON Schema draft 2020-12, file \`schemas/board-matrix.schema.json\`).`,
    'Start a matrix with `"$schema": "https://crashkernel-check.dev/schemas/board-matrix/v1.json"` (or a relative path to the',
    'schema file) for completion in editors. Comments (`//`, `/* */`) and trailing commas are accepted. Presets are described in',
    '[presets.md](presets.md), the example boards in [boards.md](boards.md).',
    '',
  ]
  for (const name of names) {
    parts.push(section(name, name === '(root)' ? schema : (defs[name] as Json), defs))
  }
  return `${parts.join('\n').trimEnd()}\n`
}
