// SPDX-License-Identifier: GPL-2.0-only
/**
 * Layered settings: board over preset over `defaults`. Each pick returns the value and the
 * pointer of the value it came from, so a finding about a merged value still lands on the
 * line that set it (a preset's value lands on the board's `extends`).
 */
import type { Settings } from './generated/board-matrix.js'
import type { JsonPointer } from '../report/types.js'

/** One source of settings. `base` is where its properties live in the file, if they do. */
export interface Layer {
  settings: Settings
  /** Pointer of the object holding the settings (`/boards/3`, `/defaults`); undefined for a preset. */
  base?: JsonPointer
  /** Where to point for values without a place in the file (the board's `extends`). */
  anchor: JsonPointer
}

/** A value and the pointer of the value in the file. */
export interface Sourced<T> {
  value: T
  pointer: JsonPointer
}

/** Pointer of `key` inside `layer` (or the layer's anchor). */
export function pointerIn(layer: Layer, ...keys: Array<string | number>): JsonPointer {
  return layer.base === undefined ? layer.anchor : `${layer.base}/${keys.join('/')}`
}

/** The topmost value of a setting. */
export function pick<K extends keyof Settings>(layers: readonly Layer[], key: K): Sourced<NonNullable<Settings[K]>> | undefined {
  for (const layer of layers) {
    const value = layer.settings[key]
    if (value !== undefined) return { value: value as NonNullable<Settings[K]>, pointer: pointerIn(layer, key) }
  }
  return undefined
}

/** The settings that merge key by key across layers (pickIn(), mergeSeverity()). */
export const OBJECT_SETTINGS = ['config', 'cpu', 'expect', 'boot', 'dma', 'severity'] as const
type ObjectSetting = (typeof OBJECT_SETTINGS)[number]
/** The RAM settings, which replace each other: a layer that has any of them gives the RAM (pickRam()). */
export const RAM_SETTINGS = ['memory', 'ram', 'ramSize'] as const

/** The topmost value of one key of an object setting (objects merge key by key). */
export function pickIn<O extends ObjectSetting, K extends keyof NonNullable<Settings[O]>>(
  layers: readonly Layer[],
  object: O,
  key: K,
): Sourced<NonNullable<NonNullable<Settings[O]>[K]>> | undefined {
  for (const layer of layers) {
    const obj = layer.settings[object] as Record<PropertyKey, unknown> | undefined
    const value = obj?.[key]
    if (value !== undefined) return { value: value as NonNullable<NonNullable<Settings[O]>[K]>, pointer: pointerIn(layer, object, String(key)) }
  }
  return undefined
}

/** `memory`, `ram` or `ramSize`, whichever the topmost layer that has one sets (they replace each other). */
export function pickRam(
  layers: readonly Layer[],
): { layer: Layer; memory?: NonNullable<Settings['memory']>; ram?: NonNullable<Settings['ram']>; ramSize?: string } | undefined {
  for (const layer of layers) {
    if (layer.settings.memory !== undefined) return { layer, memory: layer.settings.memory }
    if (layer.settings.ram !== undefined) return { layer, ram: layer.settings.ram }
    if (layer.settings.ramSize !== undefined) return { layer, ramSize: layer.settings.ramSize }
  }
  return undefined
}

/** Severity maps merged key by key, lower layers first. */
export function mergeSeverity(layers: readonly Layer[]): Record<string, 'error' | 'warning' | 'note' | 'off'> {
  const out: Record<string, 'error' | 'warning' | 'note' | 'off'> = {}
  for (const layer of [...layers].reverse()) Object.assign(out, layer.settings.severity ?? {})
  return out
}

/** Suppressions of all layers, concatenated (defaults first). */
export function mergeSuppress(layers: readonly Layer[]): Array<{ rule: string; reason: string; pointer: JsonPointer }> {
  return [...layers].reverse().flatMap((layer) => (layer.settings.suppress ?? []).map((s, i) => ({ rule: s.rule, reason: s.reason, pointer: pointerIn(layer, 'suppress', i) })))
}

/**
 * Pointer of a child value. A value from a preset has no place in the file: its pointer is
 * the board's `extends`, and so is every child's.
 */
export function child(pointer: JsonPointer, ...keys: Array<string | number>): JsonPointer {
  return pointer.endsWith('/extends') ? pointer : `${pointer}/${keys.join('/')}`
}
