// SPDX-License-Identifier: GPL-2.0-only
import { defineRule } from './define-rule.js'

/**
 * The engine has no model for this layout (an architecture or kernel it does not simulate
 * yet). Not a mistake in the matrix, so a warning: the layout is simply not checked.
 */
export default defineRule({
  id: 'SC004',
  name: 'layout-not-simulated',
  meta: {
    type: 'info',
    defaultSeverity: 'warning',
    description: 'A layout the engine cannot simulate is reported and skipped, so a gap in coverage is never silent.',
    kernel: [],
    messages: {
      notSimulated: 'not checked: the engine cannot simulate this layout ({{reason}})',
    },
  },
})
