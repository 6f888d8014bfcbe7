#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# A randomized boot differential of arm64 device-tree features: DT edits nobody chose by hand.
# A fixed seed drives scripts/boots/random-configs.mjs (kind 4, its header says what it
# draws): the oracle's four arm64 kernels and trixie-backports' 6.16.3 – 7.3.4, RAM of 1 – 8
# GiB, crashkernel= forms, and edits of the DT QEMU makes: /reserved-memory nodes (static,
# reusable, dynamic with alignments and alloc-ranges, no-map or not, overlapping or outside
# RAM), /memreserve/ entries, an /aliases node, the memory node split around a hole. Each
# serial log goes to test/boots/random-dt/<id>.log.gz with the DTB it booted, <id>.dtb;
# test/verify/boots.test.ts simulates the board imported from both, and
# test/verify/boots-dt-size.test.ts sizes the unflattened tree from the DTB.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots") and as scripts/boots/random.sh boots it: QEMU virt with dtb-randomness=off and
# -cpu max,pauth-impdef=on, one CPU, the RAM a memory backend with reserve=off, the busybox
# initramfs. The DT is QEMU's own for the memory size, kernel, initrd and command line
# (dumpdtb), decompiled, edited by random-configs.mjs and compiled (as in
# scripts/boots/arm64-resmem.sh); since QEMU rewrites the memory nodes of a -dtb, the boot
# is the oracle's two-bank one (shared/oracle/README.md, DT variants): -device loader puts the
# Image, the initrd and the DTB where QEMU's -kernel puts them (0x40200000, 0x48000000,
# 0x48200000) with a stub that enters the Image as QEMU's does, so <id>.dtb is exactly the
# tree the kernel got. The command line is the console, the early console and the drawn
# options, which always start with `nokaslr memblock=debug` (nokaslr: a KASLR kernel's random
# memstart_addr moves the vmemmap against its page-table blocks, arm64-resmem.sh).
#
# Later draws of kind 12 do the same on riscv64 (the oracle's 6.12.117 and 7.2.13 and
# trixie-backports' 6.16.3 – 7.1.3), booted as scripts/boots/riscv64.sh boots them (OpenSBI,
# -kernel, -initrd, QEMU's DT set to sv57 and given with -dtb; QEMU leaves the memory node of a
# riscv64 -dtb alone, so no stub is needed, and OpenSBI adds its own /reserved-memory nodes):
# /reserved-memory and /memreserve/ edits only, kept above 0x90000000 (the kernel and QEMU 7.2's
# initrd lie below) and out of the 2 MiB under 3 GiB where QEMU puts the DT.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb, dtc, node;
# for the riscv64 draws qemu-system-riscv64 (qemu-system-misc).
# Usage: scripts/boots/random-dt.sh [workdir [seed [count [id glob]]]]
#   (20261206 and 24 unless given; downloads the packages of the selected boots it has not
#   got into workdir; RANDOM_FOLLOWUPS=no leaves out the later draws)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
seed=${2:-20261206} count=${3:-24} only=${4:-*}
generator="$root/scripts/boots/random-configs.mjs"
# The draws: <seed> <count> <tag> <kind>, the first from the arguments, then the later ones
# (RANDOM_FOLLOWUPS=no leaves them out), in the order they were made:
#   20261207 (-eNN): after the model was fixed for what the first showed, to see the fixes on
#     configurations they were not made from;
#   20261219 (-bNN): on 2026-12-04, after the engine learned NUMA with mem=;
#   20261226 (-gNN): after 7.3's DMA pool line;
#   20261305 (-hNN), 20261306 (-iNN): riscv64 (kind 12);
#   20261308 (-jNN): riscv64, after the importer kept a DT the log places (i09);
#   20261503 (-kNN): arm64, on 2026-12-06, after the boot-panic outcomes;
#   20261512 (-lNN): riscv64 (kind 12), the same day;
#   20261515 (-mNN): arm64 again, that evening.
draws="$seed $count d 4"
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || draws=$(printf '%s\n%s' "$draws" "$(cat <<'EOF'
20261207 12 e 4
20261219 12 b 4
20261226 16 g 4
20261305 12 h 12
20261306 16 i 12
20261308 16 j 12
20261503 16 k 4
20261512 8 l 12
20261515 16 m 4
EOF
)")
configs=$(printf '%s\n' "$draws" | while read -r s n t k; do node "$generator" "$s" "$n" "$t" "$k"; done)
begin random-dt "${1:-}"

# The boots the id glob selects, and only their packages.
selected=$(printf '%s\n' "$configs" | select_boots "$only")
need_boots "$selected"
initramfs arm64 initramfs-arm64.cpio.gz
case $selected in *riscv64*) need opensbi; initramfs riscv64 initramfs-riscv64.cpio.gz ;; esac

# The drawn DT edit of boot $id: QEMU's DT source on stdin, the edited one out.
dt_edit() {
  dts=$(cat)
  printf '%s\n' "$draws" | while read -r s n t k; do
    case $id in *-"$t"[0-9][0-9]) printf '%s\n' "$dts" | node "$generator" "$s" "$n" "$t" "$k" edit "$id" ;; esac
  done
}
# riscv64: the oracle's QEMU 10 paging mode, then the draw's edit.
riscv_dt_edit() { sed 's/"riscv,sv48"/"riscv,sv57"/' | dt_edit; }

# What QEMU's boot stub does before the Image (shared/oracle/README.md, DT variants): x0 = the
# DTB, x1 – x3 = 0, branch to the Image; 40 bytes at 0x40100000 (ldr x0, =0x48200000; mov x1,
# xzr; mov x2, xzr; mov x3, xzr; ldr x4, =0x40200000; br x4; the two literals).
node -e 'const b = Buffer.alloc(40); [0x580000c0, 0xaa1f03e1, 0xaa1f03e2, 0xaa1f03e3, 0x58000084, 0xd61f0080].forEach((w, i) => b.writeUInt32LE(w, 4 * i)); b.writeBigUInt64LE(0x48200000n, 24); b.writeBigUInt64LE(0x40200000n, 32); require("fs").writeFileSync("stub.bin", b)'

printf '%s\n' "$selected" | while read -r arch release machine mem id cmdline; do
  [ -n "$id" ] || continue
  if [ "$arch" = riscv64 ]; then
    set -- -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
      -kernel "$(unpacked "riscv64-$release")" -initrd initramfs-riscv64.cpio.gz -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 $cmdline"
    # As boot_with_dt() (common.sh), watched: an endless retry is stopped (i09).
    make_dtb "$id" riscv_dt_edit qemu-system-riscv64 virt "$@"
    watch_boot "$id" qemu-system-riscv64 -M virt "$@" -dtb "$id.dtb"
    cp "$id.dtb" "$out/$id.dtb"
    keep "$id"
    continue
  fi
  set -- -M "$machine,dtb-randomness=off,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none
  # QEMU's DT for this machine, kernel, initrd and command line, and its edit.
  qemu-system-aarch64 "$@" -machine dumpdtb="$id.qemu.dtb" -kernel "$(unpacked "arm64-$release")" -initrd initramfs-arm64.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x9000000 $cmdline" < /dev/null > /dev/null 2>&1 || true
  dtc -q -I dtb -O dts "$id.qemu.dtb" | dt_edit > "$id.dts"
  dtc -q -I dts -O dtb "$id.dts" > "$id.dtb"
  # Booted as the oracle boots its two-bank variants (QEMU rewrites the memory nodes of a
  # -dtb): the Image, initrd and DTB where QEMU's -kernel would put them, and the stub.
  timeout 300 qemu-system-aarch64 "$@" -device "loader,file=$(unpacked "arm64-$release"),addr=0x40200000,force-raw=on" \
    -device loader,file=initramfs-arm64.cpio.gz,addr=0x48000000,force-raw=on -device "loader,file=$id.dtb,addr=0x48200000,force-raw=on" \
    -device loader,file=stub.bin,addr=0x40100000,cpu-num=0,force-raw=on -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  cp "$id.dtb" "$out/$id.dtb"
  keep "$id"
done
version qemu-system-aarch64
