// SPDX-License-Identifier: GPL-2.0-only
/** The injection payload of the hostile catalogue, and a matrix that puts it everywhere. */
import { board, matrix } from './harness.js'

/** One string that tries everything at once. */
export const PAYLOAD =
  'x\n::error::INJECTED%0A\r\n::add-mask::secret\n::set-output name=errors::0\u001b[2J\u0007 ' +
  '<script>alert(1)</script><img src=x onerror=alert(2)> [link](javascript:alert(3)) ![i](https://e.invalid/x.png) ' +
  '@octocat #1 | a | b `code` <!--INJ--> </details><b>INJ</b> </td><td>INJ ***bold*** $x$ ~~s~~ %25 %3A'

/** Boards that put PAYLOAD into every string field that a message, a layout name or a summary quotes. */
export function payloadMatrix(): string {
  const failing = { extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'] }
  return matrix(
    { id: PAYLOAD, ...failing },
    { id: 'preset', extends: PAYLOAD, kernels: ['6.12'] },
    { id: 'key', ...failing, [PAYLOAD]: 1 },
    board({ id: 'device', devices: [{ name: PAYLOAD, bus: PAYLOAD }] }),
    board({ id: 'variant', memory: undefined, ram: [{ name: PAYLOAD, memory: [{ base: '0x40000000', size: '2G' }] }, { name: PAYLOAD, memory: [{ base: '0x40000000', size: '1G' }] }] }),
    board({ id: 'reservation', reservations: [{ kind: 'fixed', name: PAYLOAD, base: '0x10000', size: '4K', description: PAYLOAD }] }),
    board({ id: 'policy', kernels: [{ release: '6.12', policy: PAYLOAD }] }),
    board({ id: 'size', memory: [{ base: '0x40000000', size: PAYLOAD }] }),
    board({ id: 'node', dma: { ranges: [{ node: PAYLOAD, cpuAddr: '0', size: '1G' }] }, devices: [{ name: 'd', bus: 'elsewhere' }] }),
    { id: 'named', name: PAYLOAD, description: PAYLOAD, ...failing, cmdline: `crashkernel=9G ${PAYLOAD}`, suppress: [{ rule: 'CK004', reason: PAYLOAD }] },
    { id: 'token', ...failing, cmdline: `crashkernel=1Gx${PAYLOAD.replace(/ /g, '_')}` },
  )
}
