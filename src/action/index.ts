// SPDX-License-Identifier: GPL-2.0-only
/* The action's entry point (dist/action/index.js): nothing but run(). */
import { run } from './run.js'

await run()
