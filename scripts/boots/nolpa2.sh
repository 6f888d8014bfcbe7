#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's 52-bit arm64 kernels (6.12 and 7.2, 4K and 16K pages: CONFIG_ARM64_LPA2) on a
# CPU without FEAT_LPA2 (-cpu max,lpa2=off) and keeps each serial log in
# test/boots/nolpa2/<id>.log.gz. Every oracle boot runs -cpu max, which has LPA2, so none shows
# what most arm64 hardware (Cortex-A53/A55/A72/A76, Neoverse N1, Apple M1/M2) does with these
# kernels: fall back to VA_BITS_MIN (48 bits, 47 with 16K pages) and to 48-bit
# PHYS_MASK_SHIFT, which sizes sparse_init()'s mem_section root array
# (test/verify/boots.test.ts checks each boot).
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots") with lpa2=off added to -cpu, memblock=debug, an early console and nokaslr, as
# scripts/boots/arm64-16k.sh boots; QEMU's own DTB. One boot keeps LPA2 in the CPU and gives
# the kernel `arm64.nolva` instead, the idreg override that has the same effect
# (arch/arm64/kernel/pi/idreg-override.c); its board (<id>.board.json: the log imported, with
# cpu.lpa2) says what the log cannot: that the CPU has LPA2.
#
# Needs: qemu-system-aarch64, cpio, curl, dpkg-deb, node and the project's dist/ (npm run build).
# Usage: scripts/boots/nolpa2.sh [workdir]   (downloads about 250 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin nolpa2 "${1:-}"
need arm64-6.12 arm64-6.12-16k arm64-7.2
initramfs arm64 initramfs.cpio.gz

# <package> <id> <-cpu> <memory> <cmdline>
while read -r pkg id cpu mem cmdline; do
  # shellcheck disable=SC2086
  timeout "${BOOT_TIMEOUT:-900}" qemu-system-aarch64 -M virt,dtb-randomness=off -cpu "$cpu" -smp 1 -m "$mem" \
    -nodefaults -display none -kernel "$(unpacked "$pkg")" -initrd initramfs.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'BOOTS'
arm64-6.12 arm64-6.12-nolpa2-plain-1G-ck256M max,pauth-impdef=on,lpa2=off 1G crashkernel=256M
arm64-6.12-16k arm64-16k-6.12-nolpa2-plain-4G-ck256M max,pauth-impdef=on,lpa2=off 4G crashkernel=256M
arm64-7.2 arm64-7.2-nolpa2-plain-2G-ck256M max,pauth-impdef=on,lpa2=off 2G crashkernel=256M
arm64-6.12 arm64-6.12-nolva-plain-1G-ck256M max,pauth-impdef=on 1G arm64.nolva crashkernel=256M
BOOTS
# The arm64.nolva boot's board: its log imported, with the LPA2 the CPU has (the log cannot say it).
node "$root/dist/cli/index.js" import arm64-6.12-nolva-plain-1G-ck256M.log --id nolva | node -e '
  const d = JSON.parse(require("fs").readFileSync(0, "utf8")); const b = d.boards[0]
  b.cpu = { lpa2: true }
  b.description = "Imported from the boot log (crashkernel-check import), with cpu.lpa2 true: QEMU -cpu max has LPA2, which arm64.nolva turns off for the kernel."
  console.log(JSON.stringify(d, null, 2))' > "$out/arm64-6.12-nolva-plain-1G-ck256M.board.json"
version qemu-system-aarch64
