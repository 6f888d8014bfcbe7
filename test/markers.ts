// SPDX-License-Identifier: GPL-2.0-only
/**
 * Inline fixture markers: `/*!SC002 unknownProperty*\/` placed right before the token a
 * finding must point at. Returns what each marker expects, with the 1-based line and column
 * of the character after the marker.
 */
export interface Expected {
  ruleId: string
  messageId: string
  line: number
  column: number
}

export function readMarkers(text: string): Expected[] {
  const out: Expected[] = []
  const re = /\/\*!(\w+) (\w+)\*\//g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = m.index + m[0].length
    const before = text.slice(0, after)
    const line = before.split('\n').length
    const column = after - before.lastIndexOf('\n')
    out.push({ ruleId: m[1] ?? '', messageId: m[2] ?? '', line, column })
  }
  return out
}
