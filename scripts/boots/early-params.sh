#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels (the oracle's 5.10.223, 6.12.117 and 7.2.13) and arm64 5.10.223,
# 6.1.192 and 6.12.117 under QEMU with early parameters whose handlers stop the boot, or print
# that a value is malformed, before the crash kernel is reserved, and with parameters
# parse_args("Booting kernel") complains about after setup_arch(), and keeps each serial log in
# test/boots/early-params/<id>.log.gz (test/verify/boots-early-params.test.ts):
#
# - memmap=nn%ss-T+T with the same type on both sides: parse_memmap_one() passes it to
#   e820__range_update(), whose BUG_ON(old_type == new_type) fires; the type numbers are
#   simple_strtoull() values stored in an enum e820_type (32 bits), so -0x100000001 is -1;
# - a bare `kernelcore`: cmdline_parse_kernelcore() hands its NULL value to
#   parse_option_str(), which reads through it;
# - a bare `initrd` (amd64 6.12): early_initrdmem() hands its NULL value to memparse(), whose
#   _parse_integer_fixup_radix() reads address 0;
# - a bare `movablecore`: cmdline_parse_core() returns -EINVAL, "Malformed early option";
# - a bare `mem` (amd64, arm64, riscv64), `mem=nopentium` (amd64) and a bare `reservelow`
#   (amd64 5.10): early_mem() returns 1, parse_memopt() and parse_reservelow() -EINVAL,
#   "Malformed early option", and no memory limit;
# - a bare `swiotlb` (amd64, arm64): setup_io_tlb_npages() reads *str, address 0;
# - a bare `rodata` (arm64 5.10): parse_rodata() passes its NULL value to strcmp() once
#   kstrtobool() has refused it, which reads address 0 (6.0+ tests it first);
# - `mem=2G movablecore` (arm64): early_mem()'s "Memory limited to 2048MB" comes before the
#   "Malformed early option 'movablecore'" (do_early_param() runs them in command-line order),
#   and `rodata=junk movablecore`: set_debug_rodata()'s complaint before it;
# - `rodata=junk rodata` (amd64 5.10, 6.12, 7.2; with `kfence.sample_interval=abc` on 6.12 and
#   7.2): set_debug_rodata() complains about both values in parse_early_param() from 6.x, about
#   'junk' alone in parse_args() on 5.10 (its __setup("rodata=") never sees a bare `rodata`);
# - a bare `cma` with `debug_pagealloc=junk` (amd64 5.10, 6.12, 7.2; arm64 6.12): early_cma()
#   prints "Config string not provided" and returns -EINVAL where CONFIG_DMA_CMA is built (arm64,
#   amd64 7.2; Debian's amd64 5.10 and 6.12 have no CMA); Debian builds no CONFIG_DEBUG_PAGEALLOC,
#   so no early_param takes debug_pagealloc= and 6.x lists it as unknown;
# - `rodata=junk` (arm64 5.10) and `kfence.sample_interval=abc` (arm64 6.1, 6.12): parse_args()
#   runs 5.10's __setup("rodata=") handler and the builtin module parameter (CONFIG_KFENCE:
#   6.12, not Debian's 6.1) after setup_arch(), so their lines follow "crashkernel reserved"
#   and "Kernel command line:".
#
# The boots that stop have `earlyprintk=serial,ttyS0,115200` (amd64) or earlycon (arm64,
# boot_arm64) first, so the kernel's last words reach the log; they never power off, so they
# run until $BOOT_TIMEOUT (180 s here). The others are booted as the oracle boots them
# (shared/oracle/README.md "How a case boots"): amd64 QEMU q35, -cpu max, one CPU, nokaslr;
# arm64 QEMU virt (scripts/boots/common.sh boot_arm64). The initramfs is busybox.
#
# riscv64 as scripts/boots/riscv64.sh boots it (QEMU virt, -cpu rv64, OpenSBI, the DT's
# paging mode set to the oracle's sv57).
#
# Needs: qemu-system-x86_64, qemu-system-aarch64 and qemu-system-riscv64 (Debian packages
# qemu-system-x86, qemu-system-arm, qemu-system-misc), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/early-params.sh [workdir]   (downloads about 490 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin early-params "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2 arm64-5.10 arm64-6.1 arm64-6.12 riscv64-6.12 opensbi

# A boot that stops never powers off: it runs until $BOOT_TIMEOUT, and keep() would warn.
timeout_for() { if [ "$1" = stops ]; then BOOT_TIMEOUT=180; else BOOT_TIMEOUT=600; fi; export BOOT_TIMEOUT; }
stopped() { gzip -9nc "$1.log" > "$out/$1.log.gz"; echo "$1: $(tail -n 2 "$1.log" | tr -d '\r' | tr '\n' ' ')"; }
# board <id> <preset> <memory> <cmdline>: the board of a boot that stopped (<id>.board.json):
# its log shows no /proc/iomem (arm64: no memory and no command line either), so verify
# takes the machine from the project's preset with the RAM QEMU was given.
board() {
  printf '{ "version": 1, "boards": [{ "id": "%s-%s", "extends": "%s", "ramSize": "%s", "cmdline": "%s" }] }\n' "$2" "$3" "$2" "$3" "$4" > "$out/$1.board.json"
}

# amd64: <series> <memory> <tag> <ends: done|stops> <cmdline>
initramfs amd64 initramfs.cpio.gz
while read -r series mem tag ends cmdline; do
  id="amd64-$series-$mem-$tag"
  timeout_for "$ends"
  boot_amd64 "$id" "$series" q35 "$mem" "$cmdline"
  if [ "$ends" = stops ]; then stopped "$id"; board "$id" qemu-q35-x86_64 "$mem" "console=ttyS0 nokaslr $cmdline"; else keep "$id"; fi
done <<'EOF'
6.12 4G memmap-same-type stops earlyprintk=serial,ttyS0,115200 memmap=256M%0x60000000-1+1 crashkernel=256M
5.10 4G memmap-same-type stops earlyprintk=serial,ttyS0,115200 memmap=256M%0x60000000-1+1 crashkernel=256M
7.2 4G memmap-same-type stops earlyprintk=serial,ttyS0,115200 memmap=256M%0x60000000-2+2 crashkernel=256M
6.12 4G memmap-type-u32 done memmap=256M%0x60000000-0x100000001+2 crashkernel=256M
6.12 4G kernelcore-bare stops earlyprintk=serial,ttyS0,115200 kernelcore crashkernel=256M
6.12 4G initrd-bare stops earlyprintk=serial,ttyS0,115200 initrd crashkernel=256M
6.12 4G movablecore-bare done movablecore crashkernel=256M
6.12 4G mem-bare done mem crashkernel=256M
6.12 4G mem-nopentium done mem=nopentium crashkernel=256M
5.10 4G reservelow-bare done reservelow crashkernel=256M
6.12 4G swiotlb-bare stops earlyprintk=serial,ttyS0,115200 swiotlb crashkernel=256M
5.10 4G cma-bare-pagealloc-junk done cma debug_pagealloc=junk crashkernel=256M
6.12 4G cma-bare-pagealloc-junk done cma debug_pagealloc=junk crashkernel=256M
7.2 4G cma-bare-pagealloc-junk done cma debug_pagealloc=junk crashkernel=256M
5.10 4G rodata-junk-bare done rodata=junk rodata crashkernel=256M
6.12 4G rodata-junk-bare-kfence-abc done rodata=junk rodata kfence.sample_interval=abc crashkernel=256M
7.2 4G rodata-junk-bare-kfence-abc done rodata=junk rodata kfence.sample_interval=abc crashkernel=256M
EOF

# arm64 (boot_arm64: QEMU virt, earlycon, memblock=debug): <series> <memory> <tag> <ends> <options>
initramfs arm64 initramfs.cpio.gz
while read -r series mem tag ends cmdline; do
  id="arm64-$series-$mem-$tag"
  timeout_for "$ends"
  # shellcheck disable=SC2086
  boot_arm64 "$id" "$(unpacked "arm64-$series")" plain "$mem" $cmdline
  if [ "$ends" = stops ]; then board "$id" qemu-virt-arm64 "$mem" "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"; fi
done <<'EOF'
6.12 4G kernelcore-bare stops kernelcore crashkernel=256M
6.12 4G mem-bare done mem crashkernel=256M
6.12 4G mem2G-movablecore-bare done mem=2G movablecore crashkernel=256M
6.12 4G rodata-junk-movablecore-bare done rodata=junk movablecore crashkernel=256M
6.12 4G swiotlb-bare stops swiotlb crashkernel=256M
6.12 4G cma-bare-pagealloc-junk done cma debug_pagealloc=junk crashkernel=256M
5.10 4G rodata-junk done rodata=junk crashkernel=256M
5.10 4G rodata-bare stops rodata crashkernel=256M
6.1 4G kfence-abc done kfence.sample_interval=abc crashkernel=256M
6.12 4G kfence-abc done kfence.sample_interval=abc crashkernel=256M
EOF

# riscv64 (as scripts/boots/riscv64.sh: the DT's paging mode set to the oracle's sv57): <series> <memory> <tag> <cmdline>
initramfs riscv64 initramfs.cpio.gz
while read -r series mem tag cmdline; do
  id="riscv64-$series-$mem-$tag"
  BOOT_TIMEOUT=600
  boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked "riscv64-$series")" -initrd initramfs.cpio.gz -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
  keep "$id"
done <<'EOF'
6.12 4G mem-bare mem crashkernel=256M
EOF
version qemu-system-x86_64
