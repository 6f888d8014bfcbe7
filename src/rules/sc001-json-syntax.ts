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
    },
  },
})
