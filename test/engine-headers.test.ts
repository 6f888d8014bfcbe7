// STYLE.md §2.10 / §2.11.6: every function src/engine/** exports says in its doc comment which
// kernel function it mirrors, or says that it mirrors none (docs/engine.md "Headers").
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')
const ENGINE = join(ROOT, 'src', 'engine')

/** `Mirrors <symbol>[()][ qualifier] — <path>`: a C identifier, then an em dash and a kernel path. */
const MIRRORS = /^Mirrors (?:the [^—\n]*?)?[A-Za-z_]\w*(?:\(\))?[^—\n]* — (?:include|arch|mm|kernel|lib|init|drivers|fs)\/[\w./-]+/m
/** The tag form: `@kernel <path> <symbol> …`. */
const KERNEL_TAG = /^@kernel (?:include|arch|mm|kernel|lib|init|drivers|fs)\/[\w./-]+ \S/m
/** The one form for a function with no kernel counterpart, on the first line, with a reason. */
const HELPER = /^Engine helper \(no kernel counterpart\): \S/

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return engineFiles(p)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : []
  })
}

interface Exported {
  where: string
  name: string
  /** The doc comment right before the declaration, its `/**`, `*` and `*\/` removed. */
  doc: string | undefined
}

/** Exported function declarations and exported consts initialised with a function. */
export function exportedFunctions(file: string, text: string): Exported[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Exported[] = []
  for (const st of sf.statements) {
    if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue
    let name: string | undefined
    if (ts.isFunctionDeclaration(st)) name = st.name?.text
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) name = d.name.getText(sf)
      }
    }
    if (name === undefined) continue
    // Only the comment attached to this statement: the last JSDoc, with no blank line after it.
    // A blank line between a comment and the declaration detaches it (a file or section header).
    const last = (st as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1)
    const jsDoc = last && !/\n\s*\n/.test(text.slice(last.end, st.getStart(sf))) ? last : undefined
    const doc = jsDoc
      ?.getText(sf)
      .replace(/^\/\*\*\s?/, '')
      .replace(/\s*\*\/$/, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n')
      .trim()
    out.push({ where: `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1}`, name, doc })
  }
  return out
}

/** Why `doc` is not an accepted header, or undefined when it is. */
export function headerProblem(doc: string | undefined): string | undefined {
  if (doc === undefined || doc === '') return 'no doc comment'
  if (HELPER.test(doc)) return undefined
  if (/Engine helper/.test(doc)) return "'Engine helper (no kernel counterpart): <what for>' must be the first line"
  if (MIRRORS.test(doc) || KERNEL_TAG.test(doc)) return undefined
  return "no 'Mirrors <symbol>() — <path>' line, '@kernel <path> <symbol>' tag or 'Engine helper (no kernel counterpart): …' first line"
}

describe('engine function headers', () => {
  const all = engineFiles(ENGINE).flatMap((f) => exportedFunctions(f, readFileSync(f, 'utf8')))

  it('finds the exported engine functions', () => {
    // A parser that found nothing would pass the check below vacuously.
    expect(all.length).toBeGreaterThan(200)
    expect(all.map((e) => e.name)).toEqual(expect.arrayContaining(['simulate', 'roundDown', 'memparseSaturating', 'parameq']))
  })

  it('every exported engine function mirrors a kernel function or says it mirrors none', () => {
    const bad = all.flatMap((e) => {
      const why = headerProblem(e.doc)
      return why ? [`${e.where} ${e.name}: ${why}`] : []
    })
    expect(bad).toEqual([])
  })

  it('accepts only the documented forms', () => {
    expect(headerProblem('Mirrors round_down() — include/linux/math.h (v6.12.117:35).')).toBeUndefined()
    expect(headerProblem('Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro).')).toBeUndefined()
    expect(headerProblem('Some words.\n@kernel mm/memblock.c memblock_add_range (v6.12.117)')).toBeUndefined()
    expect(headerProblem('Engine helper (no kernel counterpart): empties the store.\nMore words.')).toBeUndefined()
    expect(headerProblem(undefined)).toBe('no doc comment')
    expect(headerProblem('round_down(x, y) for a power-of-two y (include/linux/math.h).')).toMatch(/^no 'Mirrors/)
    expect(headerProblem('Mirrors round_down() in include/linux/math.h.')).toMatch(/^no 'Mirrors/)
    expect(headerProblem('Mirrors round_down() — somewhere.')).toMatch(/^no 'Mirrors/)
    expect(headerProblem('Empties the store.\nEngine helper (no kernel counterpart): x')).toMatch(/first line/)
    expect(headerProblem('Engine helper (no kernel counterpart):')).toMatch(/first line/)
  })

  it('reads only the comment attached to the function', () => {
    const text = '/**\n * @kernel mm/memblock.c file header\n */\n\nexport function f(): void {}\n/** Mirrors g() — mm/x.c */\nexport const g = () => 1\nexport const h = () => 2\n'
    const found = exportedFunctions('x.ts', text)
    expect(found.map((e) => [e.name, e.doc])).toEqual([
      ['f', undefined],
      ['g', 'Mirrors g() — mm/x.c'],
      ['h', undefined],
    ])
  })
})
