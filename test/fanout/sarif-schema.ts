// SPDX-License-Identifier: GPL-2.0-only
/**
 * The SARIF 2.1.0 validator of test/report/sarif.test.ts (the official OASIS schema shipped
 * by @microsoft/jest-sarif, draft-04 via ajv-draft-04), as a helper: that file is a test
 * module and exports nothing.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04Module from 'ajv-draft-04'

const AjvDraft04 = AjvDraft04Module.default
const require = createRequire(import.meta.url)
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
// As in sarif.test.ts: `uri` absolute, `uri-reference` may be relative; the schema's
// `language` pattern needs unicodeRegExp: false.
const ajv = new AjvDraft04({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
  formats: { uri: (s: string) => URL.canParse(s), 'uri-reference': (s: string) => URL.canParse(s, 'file:///ws/'), 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) },
})
const validate = ajv.compile(schema)

/** The schema errors of a SARIF log ([] when valid). */
export function sarifErrors(log: unknown): unknown[] {
  return validate(log) ? [] : [...(validate.errors ?? [])]
}
