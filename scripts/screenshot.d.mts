// SPDX-License-Identifier: GPL-2.0-only
/** Types for scripts/screenshot.mjs (used by test/html/chromium.test.ts). */
export type Scheme = 'light' | 'dark'
export interface ChromiumOptions {
  timeoutMs?: number
  scheme?: Scheme
  js?: boolean
}
export interface ChromiumRun {
  code: number | null
  stdout: string
  stderr: string
}
export declare const CHROMIUM: string
export declare const CHROMIUM_FLAGS: readonly string[]
export declare function chromiumAvailable(): boolean
export declare function runChromium(args: readonly string[], options?: ChromiumOptions): Promise<ChromiumRun>
export declare function dumpDom(file: string, options?: ChromiumOptions & { hash?: string }): Promise<ChromiumRun>
export declare function screenshot(file: string, png: string, options?: ChromiumOptions & { width?: number; height?: number; hash?: string }): Promise<string>
export interface PageOptions {
  media?: 'screen' | 'print'
  scheme?: Scheme
  width?: number
  height?: number
  timeoutMs?: number
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function withPage<T>(file: string, use: (call: (method: string, params?: object) => Promise<any>) => Promise<T>, options?: PageOptions): Promise<T>
export declare function accessibleNames(file: string, role: string): Promise<string[]>
export declare function evaluateInPage(file: string, expression: string, options?: PageOptions): Promise<unknown>
export declare function openSections(html: string, n: number): string
