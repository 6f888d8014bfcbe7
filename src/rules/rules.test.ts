// SPDX-License-Identifier: GPL-2.0-only
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../version.js'
import { applyBoardPolicy, makeFinding } from './run.js'
import { reachableBytes } from './common.js'
import { STRATEGIES } from '../suggest/strategies.js'
import { getRule, renderMessage, RULES } from './index.js'
import { boardMatrixSchema } from '../matrix/generated/schema.js'

describe('rule registry', () => {
  it('is sorted by id, with unique ids and names', () => {
    const ids = RULES.map((r) => r.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length)
  })

  it('has a docs page per rule with the fixed sections', () => {
    for (const rule of RULES) {
      const path = `docs/rules/${rule.id}.md`
      expect(existsSync(path), path).toBe(true)
      const text = readFileSync(path, 'utf8')
      expect(text.startsWith(`# ${rule.id} ${rule.name}`), path).toBe(true)
      for (const section of ['## What it checks', '## How to fix']) expect(text, `${path} ${section}`).toContain(section)
      expect(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`)).toBe(true)
    }
  })

  it('lists every rule in docs/rules/README.md with its name and default severity', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8')
    for (const rule of RULES) expect(index, rule.id).toContain(`| [${rule.id}](${rule.id}.md) | ${rule.name} | ${rule.meta.defaultSeverity} |`)
  })

  const engineRules = RULES.filter((r) => r.check)
  const sourceOf = (id: string, name: string) => `src/rules/${id.toLowerCase()}-${name}.ts`

  it('has the engine rules of issue 4, each in src/rules/<id>-<name>.ts', () => {
    expect(engineRules.map((r) => r.id)).toEqual(['CK001', 'CK002', 'CK003', 'CK004', 'CK005', 'CK006', 'CK007', 'CK008', 'CK009', 'CK010', 'CK011', 'CK012', 'CK013', 'LM001', 'PR001'])
    for (const r of engineRules) expect(existsSync(sourceOf(r.id, r.name)), sourceOf(r.id, r.name)).toBe(true)
  })

  it('gives every engine rule kernel references and a docs page with the kernel behaviour, a bad and a good board', () => {
    for (const r of engineRules) {
      expect(r.meta.kernel.length, r.id).toBeGreaterThan(0)
      const text = readFileSync(`docs/rules/${r.id}.md`, 'utf8')
      for (const section of ['## What it checks', '## Kernel behaviour', '## Bad board', '## Good board', '## How to fix', '## Kernel versions']) expect(text, `${r.id} ${section}`).toContain(section)
      expect(text.match(/```jsonc?\n/g)?.length ?? 0, `${r.id}: JSON examples`).toBeGreaterThanOrEqual(2)
      for (const id of Object.keys(r.meta.messages)) expect(text, `${r.id} documents ${id}`).toContain(`\`${id}\``)
    }
  })

  it('uses every messageId somewhere outside its template', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : []))
    const all = sources('src').map((f) => ({ f, text: readFileSync(f, 'utf8') }))
    for (const r of RULES) {
      // The rule's own file without its `messages: { … }` block.
      const strip = (f: string, text: string) => (f === sourceOf(r.id, r.name) ? text.replace(/messages: \{[\s\S]*?\n {4}\},/, '') : text)
      const code = all.map(({ f, text }) => strip(f, text)).join('\n')
      for (const id of Object.keys(r.meta.messages)) expect(code.includes(`'${id}'`) || code.includes(`"${id}"`), `${r.id} ${id} is never reported`).toBe(true)
    }
  })

  it('names only known messages and fix strategies in `fixes`, and declares a subject its reports carry', () => {
    for (const r of RULES) {
      for (const [id, strategies] of Object.entries(r.meta.fixes ?? {})) {
        expect(Object.keys(r.meta.messages), `${r.id} fixes ${id}`).toContain(id)
        for (const s of strategies as string[]) expect(Object.keys(STRATEGIES), `${r.id} ${id}`).toContain(s)
      }
      if (r.meta.subject !== undefined) for (const t of Object.values(r.meta.messages) as string[]) expect(t, `${r.id} template names {{${r.meta.subject}}}`).toContain(`{{${r.meta.subject}}}`)
    }
  })

  it('finds rules by id and by name', () => {
    expect(getRule('SC002')).toBe(getRule('schema-violation'))
    expect(getRule('XX999')).toBeUndefined()
  })
})

describe('messages and board policy', () => {
  it('renders placeholders and leaves unknown ones visible', () => {
    expect(renderMessage('a {{x}} b {{ y }} {{z}}', { x: '1', y: '2' })).toBe('a 1 b 2 {{z}}')
  })

  const f = makeFinding(getRule('SC003')!, { messageId: 'emptyRange', data: { what: 'bank 0' }, at: '/boards/0/memory/0/size' }, { file: 'm.json', boardId: 'pi' })

  it('builds findings from rule metadata', () => {
    expect(f).toMatchObject({ ruleId: 'SC003', ruleName: 'invalid-board', severity: 'error', message: 'bank 0 has size 0', boardId: 'pi' })
  })

  it('are the rules a board matrix can name: the schema\'s ruleRef lists every id and name of the registry, and nothing else', () => {
    expect([...boardMatrixSchema.$defs.ruleRef.enum].sort()).toEqual(RULES.flatMap((r) => [r.id, r.name]).sort())
  })

  it('applies severity overrides by id or name, off, and suppressions with their reason', () => {
    expect(applyBoardPolicy([f], { severity: { 'invalid-board': 'warning' }, suppress: [] })[0]?.severity).toBe('warning')
    // An error that keeps layouts from the engine stays, suppressed: the report says they were not simulated.
    expect(applyBoardPolicy([f], { severity: { SC003: 'off' }, suppress: [] })).toEqual([{ ...f, suppressed: { reason: 'severity "off" in the board\'s settings; the layouts it names are not simulated' } }])
    const warning = makeFinding(getRule('SC003')!, { messageId: 'emptyRange', data: { what: 'bank 0' }, at: '/boards/0/memory/0/size', severity: 'warning' }, { file: 'm.json', boardId: 'pi' })
    expect(applyBoardPolicy([warning], { severity: { SC003: 'off' }, suppress: [] })).toEqual([])
    expect(applyBoardPolicy([{ ...f, ruleId: 'CK001' }], { severity: { CK001: 'off' }, suppress: [] })).toEqual([])
    expect(applyBoardPolicy([f], { severity: {}, suppress: [{ rule: 'SC003', reason: 'lab board', pointer: '/boards/0/suppress/0' }] })[0]?.suppressed).toEqual({ reason: 'lab board' })
    // docs/format.md (ruleRef): a suppression names the rule by id or by name.
    expect(applyBoardPolicy([f], { severity: {}, suppress: [{ rule: 'invalid-board', reason: 'lab board', pointer: '/boards/0/suppress/0' }] })[0]?.suppressed).toEqual({ reason: 'lab board' })
  })
})

describe('sizes in messages', () => {
  it('counts the reachable bytes of a region up to an inclusive limit', () => {
    // docs/rules/CK002.md: a device's dmaLimit is inclusive, so a region starting at it has one reachable byte.
    expect(reachableBytes({ base: 0x3fffffffn, size: 0x1000n }, 0x3fffffffn)).toBe(1n)
    expect(reachableBytes({ base: 0x40000000n, size: 0x1000n }, 0x3fffffffn)).toBe(0n)
    expect(reachableBytes({ base: 0x3ffff000n, size: 0x1000n }, 0x3fffffffn)).toBe(0x1000n)
  })
})

describe('version', () => {
  it('equals package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
