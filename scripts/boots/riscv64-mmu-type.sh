#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots riscv64 kernels on the DT QEMU 7.2 (Debian bookworm's) writes for its virt machine,
# unedited: it names the CPU's paging mode `mmu-type = "riscv,sv48"`, while `-cpu rv64` takes
# Sv57. A kernel with set_satp_mode_from_fdt() (mainline 6.18; stable 6.17.7 by the 6.17
# stable queue, UNCONFIRMED) takes the DT's Sv48 as a limit; one without probes the CPU and
# runs Sv57, with two more linear-map tables. Each boot checks one release's side of that:
# trixie-backports' riscv64 6.16.3, 6.17.8, 7.0.4 and 7.1.3 (the builds the pool had,
# scripts/boots/releases.sh), crashkernel=256M at 2 GiB, and 6.16.3 and 7.0.4 once more
# with no5lvl (the command line's limit, Sv48, on both sides) and no4lvl (Sv39 below the
# DT's Sv48: min_not_zero() of the two). The boards are the logs imported with `vaBits` 48
# (the DT's mode, which `import` reads from the DT) and `cpu.satpMode` 57 (the CPU's), in
# test/boots/riscv64-mmu-type/<id>.board.json; the logs (memblock=debug) beside them;
# test/verify/boots.test.ts checks the model against each.
#
# Booted as scripts/boots/riscv64.sh boots (the oracle's OpenSBI as -bios, -kernel, one CPU,
# nokaslr), without its DT edit to sv57.
#
# Needs: qemu-system-riscv64 (Debian package qemu-system-misc), cpio, curl, dpkg-deb.
# Usage: scripts/boots/riscv64-mmu-type.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin riscv64-mmu-type "${1:-}"
need riscv64-6.16.3 riscv64-6.17.8 riscv64-7.0.4 riscv64-7.1.3 opensbi
initramfs riscv64 initramfs.cpio.gz

# <release> <memory> <tag> <cmdline>
while read -r release mem tag cmdline; do
  id="riscv64-$release-virt-$mem-$tag"
  watch_boot "$id" qemu-system-riscv64 -M virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked "riscv64-$release")" -initrd initramfs.cpio.gz \
    -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug nokaslr $cmdline"
  keep "$id"
done <<'LIST'
6.16.3 2G ck256M crashkernel=256M
6.17.8 2G ck256M crashkernel=256M
7.0.4 2G ck256M crashkernel=256M
7.1.3 2G ck256M crashkernel=256M
6.16.3 2G ck256M.no5lvl crashkernel=256M no5lvl
7.0.4 2G ck256M.no5lvl crashkernel=256M no5lvl
6.16.3 2G ck256M.no4lvl crashkernel=256M no4lvl
7.0.4 2G ck256M.no4lvl crashkernel=256M no4lvl
LIST
version qemu-system-riscv64
