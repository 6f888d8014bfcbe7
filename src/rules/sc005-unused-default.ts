// SPDX-License-Identifier: GPL-2.0-only
import { defineRule } from './define-rule.js'

/**
 * A `defaults` setting no board takes: every board, or the preset it extends, sets its own
 * (a board's value wins, then its preset's, then `defaults`). Reported by the loader
 * (src/matrix/unused-defaults.ts). Nothing is wrong with a board, so a warning: the matrix
 * says something the check does not do.
 */
export default defineRule({
  id: 'SC005',
  name: 'unused-default',
  meta: {
    type: 'problem',
    defaultSeverity: 'warning',
    description: 'A setting under "defaults" that no board takes, because each board or its preset sets its own, is reported instead of being ignored in silence.',
    kernel: [],
    messages: {
      unused: '"defaults" sets {{name}}, but no board takes it: {{setBy}} (a board\'s own value wins, then its preset\'s, then "defaults")',
    },
  },
})
