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
/** RFC 3986's characters, a `%` only before two hex digits: WHATWG URL parsing alone takes a backslash or a space. */
const RFC3986 = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/
/** The schema's formats, for sarif.test.ts too: `uri` absolute, `uri-reference` may be relative. */
export const SARIF_FORMATS = {
  uri: (s: string) => RFC3986.test(s) && URL.canParse(s),
  'uri-reference': (s: string) => RFC3986.test(s) && URL.canParse(s, 'file:///ws/'),
  'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
}
// The schema's `language` pattern needs unicodeRegExp: false.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, formats: SARIF_FORMATS })
const validate = ajv.compile(schema)

/** The schema errors of a SARIF log ([] when valid). */
export function sarifErrors(log: unknown): unknown[] {
  return validate(log) ? [] : [...(validate.errors ?? [])]
}
