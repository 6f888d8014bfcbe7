// SPDX-License-Identifier: GPL-2.0-only
import { defineRule } from './define-rule.js'

/** The matrix file is not valid JSON (with comments). Reported by the loader (src/matrix/parse.ts). */
export default defineRule({
  id: 'SC001',
  name: 'json-syntax',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'The matrix file must be valid JSON (comments and trailing commas are accepted) without repeated keys.',
    kernel: [],
    messages: {
      syntaxError: 'JSON syntax error: {{error}}',
      duplicateKey: 'key "{{key}}" appears twice in this object; only the last one would count',
      notUtf8: 'U+FFFD (the replacement character) here: the file has bytes that are not UTF-8, which JSON requires, and they were read as this character, so an id or name with it will not match what was meant; save the file as UTF-8 (or write the character itself as \\ufffd)',
    },
  },
})
