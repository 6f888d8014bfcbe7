#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# A randomized boot differential: configurations nobody chose by hand. A fixed seed drives
# scripts/boots/random-configs.mjs, which draws N boots across arm64 (QEMU virt) and amd64
# (q35 or pc), Debian builds of each, odd RAM sizes, and command lines of the forms the
# kernel's crashkernel= parser and the early parameters the model reads take (see its
# header). Each serial log goes to test/boots/random/<id>.log.gz;
# test/verify/boots.test.ts runs verify on each.
#
# The machine is booted as the oracle boots it (shared/oracle/README.md "How a case boots"):
# QEMU virt with dtb-randomness=off and -cpu max,pauth-impdef=on, or q35/pc with -cpu max;
# one CPU; -kernel; the RAM a memory backend that reserves no host memory up front
# (reserve=off); the busybox initramfs (scripts/boots/common.sh). Unlike the other sets the
# command line has only the console (arm64 also the early console) before the drawn
# options: nokaslr and memblock=debug are drawn too.
#
# Needs: qemu-system-aarch64, qemu-system-x86_64, cpio, curl, dpkg-deb, node; for the riscv64
# draw qemu-system-riscv64 (Debian package qemu-system-misc) and dtc.
# Usage: scripts/boots/random.sh [workdir [seed [count [id glob]]]]
#   (20261202 and 40 unless given; downloads the packages of the selected boots it has not
#   got into workdir; RANDOM_FOLLOWUPS=no leaves out the later draws and the
#   follow-up boots)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
seed=${2:-20261202} count=${3:-40} only=${4:-*}
configs=$(node "$root/scripts/boots/random-configs.mjs" "$seed" "$count")
# A second draw, made after the model was fixed for what the first showed: 12 boots of seed
# 4242 (ids -vNN), to see the fixes on configurations they were not made from.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 4242 12 v)")
# A third draw, of the second kind (random-configs.mjs's header: it also draws numa=, rodata=
# junk, swiotlb=<slabs>,<areas>, odd cma= sizes, crashkernel=…,cma and mem= around the
# crashkernel size): 24 boots of seed 20261203 (ids -wNN), and 24 more of seed 20261205 (-yNN)
# once those had agreed.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261203 24 w 2)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261205 24 y 2)")
# And riscv64 (kind 3): 8 boots of seed 20261204 (ids -xNN), booted as scripts/boots/riscv64.sh
# boots (the DT QEMU makes, set to sv57 as the oracle's QEMU 10 says).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261204 8 x 3)")
# A later draw of kinds 2 and 3, made after the engine had learned NUMA, the device tree's sizes,
# x86's EFI and DMA pool lines and more early parameters: 24 boots of seed 20261206 (-zNN) and 8
# riscv64 boots of seed 20261207 (-qNN), to see those on configurations they were not made from.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261206 24 z 2)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261207 8 q 3)")
# A draw of kinds 2 and 3 made on 2026-12-04, after the engine had learned NUMA with mem=:
# 24 boots of seed 20261214 (-pNN) and 8 riscv64 boots of seed 20261215 (-jNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261214 24 p 2)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261215 8 j 3)")
# Then 12 more riscv64 boots of seed 20261216 (-iNN), after the importer placed the DT at Next Arg1.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261216 12 i 3)")
# And 12 of seed 20261223 (-uNN), after riscv64's initrd joined builds.json.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261223 12 u 3)")
# And 12 of seed 20261228 (-kNN), after a DT past mem= was left out.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261228 12 k 3)")
# Kind 10, riscv64's trixie-backports builds (6.16.3, 6.17.8, 7.0.4, 7.1.3), once releases/
# had them: 16 of seed 20261301 (-eNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261301 16 e 10)")
# And 16 more of seed 20261302 (-fNN), after the importer read riscv64's paging mode from a DT.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261302 16 f 10)")
# A draw made on 2026-12-05, after the riscv64 linear-map generations (6.4 – 6.11) and the x86
# first-2M probe by release: 16 boots of kind 2, seed 20261401 (-gNN), and 8 of kind 10
# (trixie-backports' riscv64), seed 20261402 (-hNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261401 16 g 2)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261402 8 h 10)")
# And 24 of kind 13 (Ubuntu's amd64 builds of 5.11 – 7.0, test/boots/ubuntu), seed 20261403
# (-lNN), once the importer read Ubuntu's banner and the engine NODE_MIN_SIZE.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261403 24 l 13)")
# A draw of kind 2 made on 2026-12-06, after the boot-panic outcomes, NUMA emulation and
# log_buf_len=: 24 boots of seed 20261501 (-mNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261501 24 m 2)")
# And 12 of kind 13 (Ubuntu's amd64 builds) the same day, seed 20261507 (-nNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261507 12 n 13)")
# And riscv64 the same day: 8 of kind 3 (6.12.117 and 7.2.13), seed 20261508 (-sNN), and 8 of
# kind 10 (trixie-backports' builds), seed 20261509 (-oNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261508 8 s 3)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261509 8 o 10)")
# And 24 more of kind 2 that evening, seed 20261513 (-aNN), after verify read x86's
# trampoline panic.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261513 24 a 2)")
begin random "${1:-}"

# The follow-ups: boots made by hand, after the drawn ones, to explain what those disagreed
# on (test/boots/random/README.md): rodata=off and kfence.sample_interval=100 on a 4G q35
# boot of every amd64 build, 5.10, 6.12 and 7.2 at 2049M (and 5.10 at 2048M), and KASLR
# boots (no nokaslr) at 3583M, whose image lands where KASLR puts it each time. And riscv64
# at 1 GiB and below without memblock=debug (after j02): QEMU's DT then lies 2 MiB under the top;
# then riscv64 and arm64 at 512M and 640M, with and without it.
followups=$(cat <<'EOF'
amd64 5.10 q35 4G amd64-5.10-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 6.12 q35 4G amd64-6.12-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 6.16.3 q35 4G amd64-6.16.3-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 6.17.8 q35 4G amd64-6.17.8-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 6.18.5 q35 4G amd64-6.18.5-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 6.19.6 q35 4G amd64-6.19.6-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 7.0.4 q35 4G amd64-7.0.4-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 7.1.3 q35 4G amd64-7.1.3-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 7.2 q35 4G amd64-7.2-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 7.3.4 q35 4G amd64-7.3.4-q35-4G-rodata.off nokaslr crashkernel=256M rodata=off
amd64 5.10 q35 4G amd64-5.10-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 6.12 q35 4G amd64-6.12-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 6.16.3 q35 4G amd64-6.16.3-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 6.17.8 q35 4G amd64-6.17.8-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 6.18.5 q35 4G amd64-6.18.5-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 6.19.6 q35 4G amd64-6.19.6-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 7.0.4 q35 4G amd64-7.0.4-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 7.1.3 q35 4G amd64-7.1.3-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 7.2 q35 4G amd64-7.2-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 7.3.4 q35 4G amd64-7.3.4-q35-4G-kfence100 nokaslr crashkernel=256M kfence.sample_interval=100
amd64 5.10 pc 2049M amd64-5.10-pc-2049M-ck256M nokaslr crashkernel=256M
amd64 5.10 q35 2049M amd64-5.10-q35-2049M-ck256M nokaslr crashkernel=256M
amd64 5.10 pc 2048M amd64-5.10-pc-2048M-ck256M nokaslr crashkernel=256M
amd64 6.12 pc 2049M amd64-6.12-pc-2049M-ck256M nokaslr crashkernel=256M
amd64 7.2 pc 2049M amd64-7.2-pc-2049M-ck256M nokaslr crashkernel=256M
amd64 5.10 q35 3583M amd64-5.10-q35-3583M-kaslr1 crashkernel=256M
amd64 5.10 q35 3583M amd64-5.10-q35-3583M-kaslr2 crashkernel=256M
amd64 6.12 q35 3583M amd64-6.12-q35-3583M-kaslr1 crashkernel=256M
amd64 7.2 q35 3583M amd64-7.2-q35-3583M-kaslr1 crashkernel=256M
amd64 6.17.8 q35 3583M amd64-6.17.8-q35-3583M-kaslr1 crashkernel=256M
riscv64 6.12 virt 768M riscv64-6.12-virt-768M-ck128M nokaslr crashkernel=128M
riscv64 7.2 virt 768M riscv64-7.2-virt-768M-ck128M nokaslr crashkernel=128M
riscv64 6.12 virt 896M riscv64-6.12-virt-896M-ck192M nokaslr crashkernel=192M
riscv64 6.12 virt 1G riscv64-6.12-virt-1G-kfence100 nokaslr kfence.sample_interval=100 crashkernel=256M
riscv64 7.2 virt 1G riscv64-7.2-virt-1G-ck256M nokaslr crashkernel=256M
riscv64 7.2 virt 1G riscv64-7.2-virt-1G-cma64M nokaslr cma=64M crashkernel=128M
riscv64 6.12 virt 512M riscv64-6.12-virt-512M-ck128M nokaslr memblock=debug crashkernel=128M
riscv64 7.2 virt 512M riscv64-7.2-virt-512M-ck128M nokaslr crashkernel=128M
riscv64 6.12 virt 640M riscv64-6.12-virt-640M-cma32M nokaslr cma=32M crashkernel=64M
riscv64 7.2 virt 640M riscv64-7.2-virt-640M-ck192M nokaslr memblock=debug crashkernel=192M
arm64 6.12 virt 512M arm64-6.12-virt-512M-ck128M nokaslr memblock=debug crashkernel=128M
arm64 7.2 virt 640M arm64-7.2-virt-640M-ck64M nokaslr crashkernel=64M
EOF
)

[ "${RANDOM_FOLLOWUPS:-yes}" = no ] && followups=
# The boots the id glob selects, and only their packages.
selected=$(printf '%s\n%s\n' "$configs" "$followups" | select_boots "$only")
need_boots "$selected"
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz
case $selected in *riscv64*) need opensbi; initramfs riscv64 initramfs-riscv64.cpio.gz ;; esac

printf '%s\n' "$selected" | while read -r arch release machine mem id cmdline; do
  [ -n "$id" ] || continue
  case $arch in
    arm64)
      timeout 300 qemu-system-aarch64 -M virt,dtb-randomness=off,memory-backend=ram -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
        -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(unpacked "arm64-$release")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    amd64)
      timeout 300 qemu-system-x86_64 -M "$machine,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
        -cpu max -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(unpacked "amd64-$release")" -initrd initramfs-amd64.cpio.gz -append "console=ttyS0 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    riscv64)
      BOOT_TIMEOUT=600 boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
        -kernel "$(unpacked "riscv64-$release")" -initrd initramfs-riscv64.cpio.gz -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 $cmdline" ;;
  esac
  keep "$id"
done
version qemu-system-x86_64
