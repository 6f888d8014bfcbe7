#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# A randomized boot differential of arm64 under UEFI firmware with ACPI tables: boots nobody
# chose by hand, started by EDK2 through the kernel's EFI stub. A fixed seed drives
# scripts/boots/random-configs.mjs (kind 6, efiDraws() says what it draws): the oracle's
# 5.10, 6.1 and 6.12 arm64 kernels and trixie-backports' 6.16.3 – 7.3.4, RAM of 1 – 8 GiB,
# one CPU or two, crashkernel= forms, and sometimes acpi=off (the kernel boots the stub's
# device tree), efi=debug, rodata=, kfence.sample_interval=, cma= and mem=. Each serial log
# goes to test/boots/random-efi/<id>.log.gz; test/verify/boots.test.ts runs verify on each,
# the board rebuilt from the log (the set's builds.json adds what a log cannot say).
#
# The machine is QEMU virt as scripts/boots/random.sh boots it (dtb-randomness=off, -cpu
# max,pauth-impdef=on, the RAM a memory backend with reserve=off, the busybox initramfs), with
# Debian bookworm's EDK2 for it as the firmware (-bios QEMU_EFI.fd, package
# qemu-efi-aarch64, as scripts/boots/cmdline-size.sh's efi boots): QEMU hands the Image,
# initrd and command line to the firmware over fw_cfg, and the firmware starts the Image's
# EFI stub, which moves the Image where it allocates it. QEMU gives the firmware ACPI tables,
# so the firmware installs those and no device tree: the kernel gets the stub's own tree
# (/chosen alone). The command line is the console, the early console and the drawn options,
# which always start with `nokaslr memblock=debug` (nokaslr: the stub would otherwise place
# the Image at random; random-dt.sh says why random placements are left out). With acpi=off
# the kernel panics in mm_core_init() (build_all_zonelists(), the stub's tree describes no
# CPU), after the memory setup the logs are for: such a boot is stopped at its panic.
#
#
# The third draw is amd64 under OVMF (Debian bookworm's ovmf, OVMF_CODE_4M.fd with a fresh copy
# of OVMF_VARS_4M.fd, as scripts/boots/amd64-uefi.sh): q35 or pc as random.sh boots them, the
# command line `console=ttyS0` and the drawn options (random-configs.mjs kind 7).
#
# The fourth is riscv64 under EDK2 (kind 11): OpenSBI, then Debian trixie's EDK2 for riscv64
# loaded into QEMU 7.2's flash as scripts/boots/riscv64-uefi.sh loads it (its header says why),
# QEMU's DT set to sv57 and given with -dtb, and the UEFI shell running a startup.nsh from a FAT
# disk that starts the Image's EFI stub with the initrd and `console=ttyS0
# earlycon=uart8250,mmio,0x10000000` and the drawn options.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-efi-aarch64,
# qemu-system-x86_64 (qemu-system-x86) and ovmf for the amd64 draw, qemu-system-riscv64
# (qemu-system-misc) and dtc for the riscv64 draw, cpio, curl, dpkg-deb, node.
# Usage: scripts/boots/random-efi.sh [workdir [seed [count [id glob]]]]
#   (20261209 and 20 unless given; downloads the packages of the selected boots it has not
#   got into workdir; RANDOM_FOLLOWUPS=no leaves out the later draws)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
seed=${2:-20261209} count=${3:-20} only=${4:-*}
configs=$(node "$root/scripts/boots/random-configs.mjs" "$seed" "$count" f 6)
# A second draw, made after the importer was fixed for what the first showed: 12 boots of seed
# 20261210 (ids -gNN), to see the fixes on configurations they were not made from
# (RANDOM_FOLLOWUPS=no leaves it out).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261210 12 g 6)")
# And amd64 under OVMF (kind 7, ovmfDraws()): 12 boots of seed 20261211 (ids -hNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261211 12 h 7)")
# A later draw of both kinds on 2026-12-04, after the engine learned NUMA with mem=: 8 arm64
# boots of seed 20261217 (ids -eNN) and 8 amd64 boots of seed 20261218 (ids -oNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261217 8 e 6)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261218 8 o 7)")
# And 12 more amd64 boots of seed 20261224 (-rNN), after the model placed KFENCE's pool.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261224 12 r 7)")
# And 12 more arm64 boots of seed 20261227 (-sNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261227 12 s 6)")
# And 12 more amd64 boots of seed 20261229 (-tNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261229 12 t 7)")
# And 12 more amd64 boots of seed 20261231 (-wNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261231 12 w 7)")
# And riscv64 under EDK2 (kind 11): 12 boots of seed 20261303 (-uNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261303 12 u 11)")
# And 12 more of seed 20261304 (-vNN), after the importer took the firmware's memory under mem=.
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261304 12 v 11)")
# And 16 more of seed 20261307 (-xNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261307 16 x 11)")
# A draw of both kinds on 2026-12-06, after the boot-panic outcomes: 12 amd64 boots of seed
# 20261504 (-yNN) and 8 arm64 boots of seed 20261505 (-zNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261504 12 y 7)")
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261505 8 z 6)")
# And 8 riscv64 boots under EDK2 (kind 11) the same day, seed 20261511 (-aNN).
[ "${RANDOM_FOLLOWUPS:-yes}" = no ] || configs=$(printf '%s\n%s' "$configs" "$(node "$root/scripts/boots/random-configs.mjs" 20261511 8 a 11)")
begin random-efi "${1:-}"

# The boots the id glob selects, and only their packages.
selected=$(printf '%s\n' "$configs" | select_boots "$only")
need_boots "$selected"
initramfs arm64 initramfs-arm64.cpio.gz
case $selected in *amd64*) initramfs amd64 initramfs-amd64.cpio.gz ;; esac
case $selected in
  *riscv64*)
    need opensbi edk2-riscv64
    initramfs riscv64 initramfs-riscv64.cpio.gz
    # lui t0, 0x20000; jr t0: OpenSBI's next stage jumps to EDK2 in flash (riscv64-uefi.sh).
    printf '\267\002\000\040\147\200\002\000' > jump-to-flash.bin ;;
esac

# Each boot runs under watch_boot (common.sh), which stops it at its end, its panic (with
# acpi=off the kernel cannot reboot either: the stub's tree has no PSCI node, "Reboot failed --
# System halted"), its endless retry, or after 600 s.

printf '%s\n' "$selected" | while read -r arch release machine mem id cpus cmdline; do
  [ -n "$id" ] || continue
  case $arch in
    arm64)
      watch_boot "$id" qemu-system-aarch64 -M "$machine,dtb-randomness=off,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
        -cpu max,pauth-impdef=on -smp "$cpus" -m "$mem" -nodefaults -display none -bios /usr/share/qemu-efi-aarch64/QEMU_EFI.fd \
        -kernel "$(unpacked "$arch-$release")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 $cmdline" ;;
    amd64)
      # OVMF keeps its variables in a second flash: a fresh copy for each boot.
      cp /usr/share/OVMF/OVMF_VARS_4M.fd ovmf-vars.fd
      watch_boot "$id" qemu-system-x86_64 -M "$machine,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
        -cpu max -smp "$cpus" -m "$mem" -nodefaults -display none \
        -drive if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd -drive if=pflash,format=raw,file=ovmf-vars.fd \
        -kernel "$(unpacked "$arch-$release")" -initrd initramfs-amd64.cpio.gz -append "console=ttyS0 $cmdline" ;;
    riscv64)
      code=$(unpacked edk2-riscv64)
      rm -rf esp && mkdir esp
      cp "$(unpacked "$arch-$release")" esp/linux.efi
      cp initramfs-riscv64.cpio.gz esp/initrd
      printf '@echo -off\r\nfs0:\r\nlinux.efi initrd=\\initrd %s\r\n' "console=ttyS0 earlycon=uart8250,mmio,0x10000000 $cmdline" > esp/startup.nsh
      set -- -cpu rv64 -smp "$cpus" -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" -kernel jump-to-flash.bin \
        -device loader,file="$code",addr=0x20000000,force-raw=on -device loader,file="$(dirname "$code")/RISCV_VIRT_VARS.fd",addr=0x22000000,force-raw=on \
        -drive file=fat:esp,format=raw,if=none,id=esp,readonly=on -device virtio-blk-pci,drive=esp
      # QEMU's DT for these options, set to sv57, booted under watch_boot (boot_with_dt() would
      # wait out a panic: an initrd the stub put past mem= leaves no init, u03).
      make_dtb "$id" sv57 qemu-system-riscv64 virt "$@"
      watch_boot "$id" qemu-system-riscv64 -M virt "$@" -dtb "$id.dtb" ;;
  esac
  keep "$id"
done
{ qemu-system-aarch64 --version | head -1; qemu-system-x86_64 --version | head -1; qemu-system-riscv64 --version | head -1; } > "$out/QEMU_VERSION"
