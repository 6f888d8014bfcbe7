// SPDX-License-Identifier: GPL-2.0-only
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../version.js'
import { applyBoardPolicy, makeFinding } from './run.js'
import { getRule, renderMessage, RULES } from './index.js'

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

  it('applies severity overrides by id or name, off, and suppressions with their reason', () => {
    expect(applyBoardPolicy([f], { severity: { 'invalid-board': 'warning' }, suppress: [] })[0]?.severity).toBe('warning')
    expect(applyBoardPolicy([f], { severity: { SC003: 'off' }, suppress: [] })).toEqual([])
    expect(applyBoardPolicy([f], { severity: {}, suppress: [{ rule: 'SC003', reason: 'lab board', pointer: '/boards/0/suppress/0' }] })[0]?.suppressed).toEqual({ reason: 'lab board' })
  })
})

describe('version', () => {
  it('equals package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
