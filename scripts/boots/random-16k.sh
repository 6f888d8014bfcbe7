#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# A randomized boot differential of Debian's 16K-page arm64 kernels: configurations nobody
# chose by hand (scripts/boots/arm64-16k.sh's 20 boots were picked by hand). A fixed seed
# drives scripts/boots/random-configs.mjs (kind 8, sixteenKDraws() says what it draws): the
# arm64-16k flavour of trixie's 6.12.117 and sid's 7.2.13, RAM of 1 – 16 GiB (odd sizes half
# the time), `nokaslr memblock=debug`, a crashkernel= form, and sometimes rodata=,
# kfence.sample_interval=, cma=, mem= and numa=off. Each serial log goes to
# test/boots/random-16k/<id>.log.gz; test/verify/boots.test.ts runs verify on each and
# compares its memblock dump with the model's, boots-16k.test.ts checks the board says 16K.
#
# The machine is booted as scripts/boots/random.sh boots arm64 (the oracle's way, shared/oracle/README.md
# "How a case boots"): QEMU virt with dtb-randomness=off and -cpu max,pauth-impdef=on, one
# CPU, -kernel, the RAM a memory backend that reserves no host memory up front (reserve=off),
# the busybox initramfs (scripts/boots/common.sh), and the command line the console, the early
# console and the drawn options. nokaslr: test/boots/arm64-16k/README.md says why.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb, node.
# Usage: scripts/boots/random-16k.sh [workdir [seed [count [id glob]]]]
#   (20261212 and 20 unless given; downloads the packages of the selected boots it has not
#   got into workdir; RANDOM_FOLLOWUPS=no leaves out the second draw)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
seed=${2:-20261212} count=${3:-20} only=${4:-*}
configs=$(node "$root/scripts/boots/random-configs.mjs" "$seed" "$count" k 8)
# A second draw, made once the first had agreed: 20 boots of seed 20261213 (ids -mNN), to see
# more configurations (RANDOM_FOLLOWUPS=no leaves it out).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261213 20 m 8)")
# A third, on 2026-12-04, after the engine learned NUMA with mem=: 12 boots of seed 20261221 (-cNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261221 12 c 8)")
# A fourth, on 2026-12-06, after the boot-panic outcomes: 12 boots of seed 20261510 (-dNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261510 12 d 8)")
begin random-16k "${1:-}"

# The boots the id glob selects, and only their packages (arm64-<release>-16k).
selected=$(printf '%s\n' "$configs" | select_boots "$only")
need_boots "$selected"
initramfs arm64 initramfs-arm64.cpio.gz

printf '%s\n' "$selected" | while read -r arch release machine mem id cmdline; do
  [ -n "$id" ] || continue
  timeout 600 qemu-system-aarch64 -M "$machine,dtb-randomness=off,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "$arch-$release")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done
version qemu-system-aarch64
