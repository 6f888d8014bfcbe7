// SPDX-License-Identifier: GPL-2.0-only
import { defineRule } from './define-rule.js'

/** A value breaks schemas/board-matrix.schema.json. Reported by the loader (src/matrix/validate.ts). */
export default defineRule({
  id: 'SC002',
  name: 'schema-violation',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'The matrix must follow the board-matrix schema (schemas/board-matrix.schema.json, docs/format.md).',
    kernel: [],
    messages: {
      unknownProperty: 'unknown property "{{property}}"{{hint}}',
      missingProperty: 'missing required property "{{property}}"{{hint}}',
      wrongType: '{{subject}}: expected {{expected}}, found {{actual}}{{hint}}',
      notAllowed: '{{subject}}: {{value}} is not allowed; expected {{allowed}}{{hint}}',
      badFormat: '{{value}} is not {{what}}',
      tooFew: '{{subject}} needs at least {{limit}} {{unit}}',
      outOfRange: '{{subject}}: {{value}} must be {{comparison}} {{limit}}',
      exclusive: '"{{a}}" and "{{b}}" are mutually exclusive; keep one',
      deviceReach: 'device "{{name}}" {{problem}}',
      repeatedItem: '{{subject}}: {{value}} is already listed as {{first}}; list it once',
      other: '{{message}}',
    },
  },
})
