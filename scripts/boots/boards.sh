#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 kernels on QEMU's models of real boards, with the board's own device
# tree from the kernel package, and keeps each serial log in test/boots/boards/<id>.log.gz
# beside the DTB the kernel got (<id>.dtb). Every other set boots QEMU virt, whose DT QEMU
# writes itself; these are the trees board-support teams ship: a SoC whose /soc dma-ranges
# reach only the first 1 GiB (so ZONE_DMA is all of it on 5.10+), a /memreserve/ entry for the
# spin table, a 64 MiB default CMA pool in /reserved-memory, and 123 nodes to unflatten.
#
# - raspi3b: the Raspberry Pi 3 Model B (BCM2837, 1 GiB, of which QEMU gives the kernel the
#   960 MiB below the VideoCore's 64 MiB), bcm2837-rpi-3-b.dtb;
# - raspi3ap: the Raspberry Pi 3 Model A+ (512 MiB, 448 MiB to the kernel),
#   bcm2837-rpi-3-a-plus.dtb: a small board, where large crashkernel= sizes fail.
#
# QEMU loads the kernel at 2 MiB, the initrd at 128 MiB and the DTB after it at the next 2 MiB
# (hw/arm/boot.c), and edits the tree first: /memory, /chosen (bootargs, the initrd), the spin
# table. The DTB kept is QEMU's edited one (-M <board>,dumpdtb=), as /sys/firmware/fdt on a
# running board is what the kernel got. Debian's linux-binary packages (6.19 on) ship no DTBs:
# their boots take 6.18.5's tree, as a board whose firmware supplies the DT would.
#
# memblock=debug and an early console (the PL011 at 0x3f201000) on every boot; no nokaslr
# (the boards give no seed: "KASLR disabled due to lack of seed"). QEMU's model of the power
# domains makes bcm2835_power_probe() fault (a synchronous external abort long after the
# reservation: 7.x on both boards, and every release on raspi3ap, where it kills init): those
# boots blacklist its initcall.
#
# Needs: qemu-system-aarch64, cpio, curl, dpkg-deb.
# Usage: scripts/boots/boards.sh [workdir]   (downloads about 700 MB into workdir; ONLY="<id> …"
# boots only those)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin boards "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2 arm64-6.16.3 arm64-6.18.5 arm64-7.0.4
initramfs arm64 initramfs-arm64.cpio.gz

# dtb <release> <file>: the board DT of that release's package (6.18.5's for linux-binary ones).
dtb() {
  found=$(find "x/arm64-$1" -path "*/broadcom/$2" | head -n 1)
  [ -n "$found" ] || found=$(find x/arm64-6.18.5 -path "*/broadcom/$2" | head -n 1)
  echo "$found"
}

# <package release> <QEMU board> <memory> <DT file> <tag> <command line…>
while read -r rel board mem dt tag cmdline; do
  id="arm64-$rel-$board-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  case $rel-$board in 7.*|*-raspi3ap) cmdline="initcall_blacklist=bcm2835_power_driver_init $cmdline" ;; esac
  set -- -m "$mem" -smp 4 -kernel "$(unpacked "arm64-$rel")" -dtb "$(dtb "$rel" "$dt")" -initrd initramfs-arm64.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x3f201000 memblock=debug $cmdline" -display none
  qemu-system-aarch64 -M "$board,dumpdtb=$id.dtb" "$@" > /dev/null 2>&1
  cp "$id.dtb" "$out/$id.dtb"
  watch_boot "$id" qemu-system-aarch64 -M "$board" "$@"
  keep "$id"
done <<'BOOTS'
5.10 raspi3b 1G bcm2837-rpi-3-b.dtb ck256M crashkernel=256M
6.1 raspi3b 1G bcm2837-rpi-3-b.dtb ck256M crashkernel=256M
6.12 raspi3b 1G bcm2837-rpi-3-b.dtb ck256M crashkernel=256M
6.12 raspi3b 1G bcm2837-rpi-3-b.dtb ck512M.high crashkernel=512M,high
6.16.3 raspi3b 1G bcm2837-rpi-3-b.dtb ck384M crashkernel=384M
6.18.5 raspi3b 1G bcm2837-rpi-3-b.dtb ranges crashkernel=512M-1G:128M,1G-:256M
7.0.4 raspi3b 1G bcm2837-rpi-3-b.dtb ck768M crashkernel=768M
7.2 raspi3b 1G bcm2837-rpi-3-b.dtb ck256M crashkernel=256M
5.10 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck256M crashkernel=256M
6.1 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck384M crashkernel=384M
6.12 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck128M crashkernel=128M
7.2 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck384M crashkernel=384M
7.2 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck192M crashkernel=192M
6.12 raspi3b 1G bcm2837-rpi-3-b.dtb ck128M-at256M crashkernel=128M@0x10000000
6.1 raspi3b 1G bcm2837-rpi-3-b.dtb ck256M.low crashkernel=256M,low
7.2 raspi3b 1G bcm2837-rpi-3-b.dtb cma128M cma=128M crashkernel=256M
5.10 raspi3b 1G bcm2837-rpi-3-b.dtb ck512M crashkernel=512M
5.10 raspi3b 1G bcm2837-rpi-3-b.dtb ranges crashkernel=512M-1G:128M,1G-:384M
6.12 raspi3b 1G bcm2837-rpi-3-b.dtb ranges crashkernel=512M-1G:128M,1G-:384M
6.12 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb ck256M crashkernel=256M
7.2 raspi3ap 512M bcm2837-rpi-3-a-plus.dtb cma16M cma=16M crashkernel=256M
BOOTS
version qemu-system-aarch64
