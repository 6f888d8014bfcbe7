// SPDX-License-Identifier: GPL-2.0-only
/**
 * Renders docs/report-json.md from schemas/report.schema.json, with the sections of
 * format-doc.ts (one per definition, a property table each). Generated, so the page cannot
 * drift from the schema the tests validate real reports against.
 */
import { link, section, sectionNames, typeOf } from './format-doc.js'

type Json = Record<string, unknown>

const ORDER = [
  '(root)', 'tool', 'finding', 'severity', 'sourceLocation', 'suggestion', 'suppressed', 'counts', 'layout', 'dmaDevice',
  'simulationResult', 'crashkernelOutcome', 'notRequested', 'ignored', 'reserved', 'failed', 'hang', 'crashRegion', 'range',
  'request', 'zoneRange', 'memblockRegion', 'linearMap', 'granuleHistogram', 'protection', 'directMap', 'traceEvent',
  'fanout', 'hex64', 'jsonPointer', 'kernelRelease',
]

/** typeOf, plus maps (an object whose values follow one schema) and string patterns. */
function reportTypeOf(s: Json): string {
  const values = s.additionalProperties
  if (s.type === 'object' && !s.properties && values && typeof values === 'object') return `object of ${reportTypeOf(values as Json)}`
  if (s.type === 'string' && typeof s.pattern === 'string') return `string matching \`${s.pattern}\``
  return typeOf(s)
}

/** Renders the whole page. */
export function renderReportDoc(schema: Json): string {
  const defs = (schema.$defs ?? {}) as Record<string, Json>
  const names = sectionNames(defs, ORDER)
  const parts = [
    '<!-- DO NOT EDIT: generated from schemas/report.schema.json by `npm run gen`. -->',
    '# JSON report reference',
    '',
    'What `crashkernel-check check --format json` prints ([cli.md](cli.md#check)), what the library\'s `formatJson(report)`',
    'returns and what the action writes to its `results-file`: the [Report](#root) of one run, as indented JSON.',
    `Schema: \`${String(schema.$id)}\` (JSON Schema draft 2020-12, file \`schemas/report.schema.json\`).`,
    '',
    '- **64-bit values are strings.** Physical addresses and sizes (the engine\'s bigint values) are written as',
    `  ${link('hex64')} strings, \`0x\` and 16 lowercase hex digits (\`0x%016x\`, as the kernel's \`%016llx\`), so no`,
    '  JSON parser rounds them. Counts, kB values, memblock flags and node ids are JSON numbers.',
    '- **Ranges are half-open** `{ base, size }`: [base, base + size). Only zone ends are inclusive, as the kernel prints them.',
    '- **Optional properties are left out**, never `null`; `null` appears only for an empty zone\'s `start` and `end`.',
    '- **Every object is closed** (`additionalProperties: false`): the schema describes this version\'s report exactly, and',
    '  the project\'s tests fail when the report gains a property the schema does not list. Validate a report with the',
    '  schema shipped with the version that wrote it.',
    '',
    'For example, the outcome of each layout:',
    '',
    '```sh',
    'crashkernel-check check boards.json --format json | jq -r \'.layouts[] | "\\(.boardId) \\(.layoutName) \\(.result.crashkernel.kind)"\'',
    '```',
    '',
  ]
  for (const name of names) {
    const s = name === '(root)' ? schema : (defs[name] as Json)
    // The type already shows a string's pattern.
    let text = section(name, s, defs, reportTypeOf).replace(/\nPattern: `.*`\n/, '')
    const keys = (s.propertyNames as Json | undefined)?.pattern
    if (typeof keys === 'string') text += `\nKeys match \`${keys}\`.\n`
    parts.push(text)
  }
  return `${parts.join('\n').trimEnd()}\n`
}
