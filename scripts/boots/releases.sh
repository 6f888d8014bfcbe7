#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian trixie-backports' kernels between 6.12 and 7.3 under QEMU, where the oracle
# has 6.12.117 and 7.2.13 only: 6.16.3, 6.17.8, 6.18.5, 6.19.6, 7.0.4, 7.1.3 and 7.3.4 on
# arm64 and amd64, and riscv64's 6.16.3, 6.17.8, 7.0.4 and 7.1.3. (trixie-backports' index
# lists a riscv64 build of 7.3.4 only, and its pool file was not there to download (404); the
# four riscv64 builds above were in the pool when they were added, 2026-12-04; 6.18.5's and
# 6.19.6's were not.) The engine's
# policies for 6.13 – 7.x follow the upstream trees of these releases where they can
# (docs/engine.md); 6.13 – 6.15 stay UNCONFIRMED. Each boot checks one
# release against the model:
#   arm64   crashkernel=256M and crashkernel=512M,high on every release (QEMU's own DT, 4G);
#           on 7.0.4 and 7.3.4 also crashkernel=256M rodata=on (the linear map by pages
#           where BBML2 does not allow blocks), and the oracle's resmem-cma DT (kept as
#           <id>.dtb) with crashkernel=256M; on 7.3.4 crashkernel=256M crashkernel=128M,cma
#           (7.3's arch_reserve_crashkernel() passes cma_size: arch/arm64/mm/init.c@v7.3.4),
#           and crashkernel=256M rodata=off kfence.sample_interval=100 (the linear map with
#           blocks around the kernel's [_text, __init_begin) and [__init_end, __bss_stop),
#           which the 7.3 kernel profile's build layout places);
#   amd64   crashkernel=256M on every release (q35, 4G), crashkernel=512M,high on 6.18.5
#           and 7.3.4; crashkernel=256M crashkernel=512M,cma on 6.17.8 (the first x86_64 to
#           read ,cma), 6.19.6, 7.0.4 and 7.1.3 (Debian builds them without CONFIG_CMA: the
#           stub says "not supported") and 7.3.4 (CONFIG_CMA=y), and on 7.3.4 ,cma sizes the
#           kernel cannot reserve whole: 3584M (halving down to the cap of four areas) and
#           8G (past the end of RAM), and 3408M, what CK008 suggests for 3584M;
#   riscv64 crashkernel=256M at 2G, crashkernel=512M,high at 6G, cma=128M crashkernel=256M
#           at 4G and crashkernel=256M at 1G (QEMU's DT 2 MiB under the top, in the way of
#           the top-down allocations) on each of its four releases, booted as
#           scripts/boots/riscv64.sh boots (OpenSBI, QEMU's DT set to sv57).
# Every boot has memblock=debug. The logs go to test/boots/releases/<id>.log.gz;
# test/verify/boots.test.ts runs verify on those the model agrees with (the set's README
# lists the others and why).
#
# The machines are booted as the oracle boots them (shared/oracle/README.md "How a case
# boots"), with nokaslr. The list is in the order it was booted: every release's arm64
# and amd64 crashkernel=256M first (ckcma and rodata.off-kfence were added last, then the
# amd64 ckcma boots).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-system-x86_64
# (qemu-system-x86), dtc (device-tree-compiler), cpio, curl, dpkg-deb.
# Usage: scripts/boots/releases.sh [workdir] [id pattern]   (downloads about 1 GB into
# workdir; with a shell pattern, only the boots whose <id> matches it, e.g. 'amd64-*-ckcma*')
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin releases "${1:-}"
only=${2:-*}
releases="6.16.3 6.17.8 6.18.5 6.19.6 7.0.4 7.1.3 7.3.4"
for r in $releases; do need "arm64-$r" "amd64-$r"; done
riscv="6.16.3 6.17.8 7.0.4 7.1.3"
for r in $riscv; do need "riscv64-$r"; done
need opensbi
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz
initramfs riscv64 initramfs-riscv64.cpio.gz

# <arch> <release> <variant or machine> <memory> <tag> <cmdline>
while read -r arch release variant mem tag cmdline; do
  id="$arch-$release-$variant-$mem-$tag"
  # shellcheck disable=SC2254
  case $id in $only) ;; *) continue ;; esac
  cp "initramfs-$arch.cpio.gz" initramfs.cpio.gz
  case $arch in
    arm64)
      # shellcheck disable=SC2086
      boot_arm64 "$id" "$(unpacked "arm64-$release")" "$variant" "$mem" $cmdline
      [ "$variant" = plain ] || cp "$id.dtb" "$out/$id.dtb" ;;
    amd64)
      boot_amd64 "$id" "$release" "$variant" "$mem" "memblock=debug $cmdline"
      keep "$id" ;;
    riscv64)
      boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
        -kernel "$(unpacked "riscv64-$release")" -initrd initramfs-riscv64.cpio.gz \
        -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug nokaslr $cmdline"
      keep "$id" ;;
  esac
done <<'EOF'
arm64 6.16.3 plain 4G ck256M crashkernel=256M
amd64 6.16.3 q35 4G ck256M crashkernel=256M
arm64 6.17.8 plain 4G ck256M crashkernel=256M
amd64 6.17.8 q35 4G ck256M crashkernel=256M
arm64 6.18.5 plain 4G ck256M crashkernel=256M
amd64 6.18.5 q35 4G ck256M crashkernel=256M
arm64 6.19.6 plain 4G ck256M crashkernel=256M
amd64 6.19.6 q35 4G ck256M crashkernel=256M
arm64 7.0.4 plain 4G ck256M crashkernel=256M
amd64 7.0.4 q35 4G ck256M crashkernel=256M
arm64 7.1.3 plain 4G ck256M crashkernel=256M
amd64 7.1.3 q35 4G ck256M crashkernel=256M
arm64 7.3.4 plain 4G ck256M crashkernel=256M
amd64 7.3.4 q35 4G ck256M crashkernel=256M
arm64 6.16.3 plain 4G ck512M.high crashkernel=512M,high
arm64 6.17.8 plain 4G ck512M.high crashkernel=512M,high
arm64 6.18.5 plain 4G ck512M.high crashkernel=512M,high
arm64 6.19.6 plain 4G ck512M.high crashkernel=512M,high
arm64 7.0.4 plain 4G ck512M.high crashkernel=512M,high
arm64 7.1.3 plain 4G ck512M.high crashkernel=512M,high
arm64 7.3.4 plain 4G ck512M.high crashkernel=512M,high
arm64 7.0.4 plain 4G ck256M-rodata.on crashkernel=256M rodata=on
arm64 7.3.4 plain 4G ck256M-rodata.on crashkernel=256M rodata=on
arm64 7.0.4 resmem-cma 4G ck256M crashkernel=256M
arm64 7.3.4 resmem-cma 4G ck256M crashkernel=256M
amd64 6.18.5 q35 4G ck512M.high crashkernel=512M,high
amd64 7.3.4 q35 4G ck512M.high crashkernel=512M,high
arm64 7.3.4 plain 4G ckcma crashkernel=256M crashkernel=128M,cma
arm64 7.3.4 plain 4G ck256M-rodata.off-kfence crashkernel=256M rodata=off kfence.sample_interval=100
amd64 6.17.8 q35 4G ckcma crashkernel=256M crashkernel=512M,cma
amd64 7.3.4 q35 4G ckcma crashkernel=256M crashkernel=512M,cma
amd64 7.3.4 q35 4G ckcma.short crashkernel=256M crashkernel=3584M,cma
amd64 7.3.4 q35 4G ckcma.over crashkernel=256M crashkernel=8G,cma
amd64 6.19.6 q35 4G ckcma crashkernel=256M crashkernel=512M,cma
amd64 7.0.4 q35 4G ckcma crashkernel=256M crashkernel=512M,cma
amd64 7.1.3 q35 4G ckcma crashkernel=256M crashkernel=512M,cma
amd64 7.3.4 q35 4G ckcma.suggested crashkernel=256M crashkernel=3408M,cma
riscv64 6.16.3 virt 2G ck256M crashkernel=256M
riscv64 6.17.8 virt 2G ck256M crashkernel=256M
riscv64 7.0.4 virt 2G ck256M crashkernel=256M
riscv64 7.1.3 virt 2G ck256M crashkernel=256M
riscv64 6.16.3 virt 6G ck512M.high crashkernel=512M,high
riscv64 6.17.8 virt 6G ck512M.high crashkernel=512M,high
riscv64 7.0.4 virt 6G ck512M.high crashkernel=512M,high
riscv64 7.1.3 virt 6G ck512M.high crashkernel=512M,high
riscv64 6.16.3 virt 4G cma128M cma=128M crashkernel=256M
riscv64 6.17.8 virt 4G cma128M cma=128M crashkernel=256M
riscv64 7.0.4 virt 4G cma128M cma=128M crashkernel=256M
riscv64 7.1.3 virt 4G cma128M cma=128M crashkernel=256M
riscv64 6.16.3 virt 1G ck256M crashkernel=256M
riscv64 6.17.8 virt 1G ck256M crashkernel=256M
riscv64 7.0.4 virt 1G ck256M crashkernel=256M
riscv64 7.1.3 virt 1G ck256M crashkernel=256M
EOF
version qemu-system-aarch64
