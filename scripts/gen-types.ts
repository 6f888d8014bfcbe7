// SPDX-License-Identifier: GPL-2.0-only
/**
 * `npm run gen`: regenerate the files derived from the schema.
 * `npm run gen -- --check`: exit 1 if a committed file differs from a fresh generation.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { generateAll, ROOT } from './gen-lib.js'

const check = process.argv.includes('--check')
const files = await generateAll()
let stale = 0
for (const [path, content] of Object.entries(files)) {
  const abs = `${ROOT}${path}`
  const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined
  if (current === content) continue
  if (check) {
    console.error(`stale: ${path} (run npm run gen)`)
    stale++
  } else {
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, content)
    console.log(`wrote ${path}`)
  }
}
if (stale > 0) process.exit(1)
