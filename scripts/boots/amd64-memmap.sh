#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels (the oracle's 5.10.223, 6.12.117 and 7.2.13; 7.1.3 once) under QEMU with
# mem= and memmap= on the command line, and keeps each serial log in
# test/boots/amd64-memmap/<id>.log.gz. No oracle case uses those options; these boots check
# the engine's e820 edits (parse_memmap_one(), e820__update_table()) and reserve_initrd(),
# which moves an initrd the edited map leaves outside RAM (test/verify/boots-memmap.test.ts).
# And an e820 map with no free RAM under 1 MiB (`memmap=exactmap` keeping only the first 64K,
# which the kernel reserves): reserve_real_mode() prints that it found no trampoline (6.12.117
# and trixie-backports' 7.1.3 the old line, 7.2.13 the new one), the crash kernel is reserved,
# and init_real_mode() panics ("Real mode trampoline was not allocated"; panic=-1 ends it).
#
# The machine is booted as the oracle boots amd64 (shared/oracle/README.md "How a case
# boots"): QEMU q35 or pc, -cpu max, one CPU, -kernel, an initramfs, nokaslr. The initramfs
# is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-memmap.sh [workdir]   (downloads about 85 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin amd64-memmap "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2 amd64-7.1.3
initramfs amd64 initramfs.cpio.gz

# <series> <machine> <memory> <tag> <cmdline>
while read -r series machine mem tag cmdline; do
  id="amd64-$series-$machine-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  boot_amd64 "$id" "$series" "$machine" "$mem" "$cmdline"
  keep "$id"
done <<'EOF'
6.12 q35 4G memmap-reserve memmap=256M$0x60000000 crashkernel=256M
6.12 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
6.12 q35 4G memmap-pmem memmap=1G!0x40000000 crashkernel=256M
6.12 q35 4G memmap-acpi memmap=512M#0x50000000 crashkernel=256M
6.12 q35 4G memmap-convert memmap=256M%0x60000000-1+2 crashkernel=256M
6.12 q35 4G memmap-size memmap=1536M crashkernel=256M
6.12 q35 4G mem1536M mem=1536M crashkernel=256M
6.12 q35 8G memmap-reserve-high memmap=1G$0x200000000 crashkernel=512M,high
6.12 pc 4G memmap-add memmap=64M@0xc0000000 crashkernel=256M
6.12 q35 4G memmap-two memmap=128M$0x70000000 memmap=128M$0x40000000 crashkernel=512M
6.12 q35 1G memmap-reserve memmap=64M$0x3000000 crashkernel=256M
5.10 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
5.10 q35 4G mem1536M mem=1536M crashkernel=256M
5.10 q35 4G memmap-reserve memmap=256M$0x60000000 crashkernel=256M
7.2 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
7.2 q35 4G mem1536M mem=1536M crashkernel=256M
7.2 q35 8G memmap-reserve-high memmap=1G$0x200000000 crashkernel=512M,high
7.2 pc 4G mem3G mem=3G crashkernel=512M
5.10 q35 1G memmap-reserve memmap=64M$0x3000000 crashkernel=256M
7.2 q35 1G memmap-reserve memmap=64M$0x3000000 crashkernel=256M
6.12 q35 1G memmap-end-in memmap=1M$0x3c2f000 crashkernel=256M
6.12 q35 1G memmap-end-out memmap=1M$0x3c30000 crashkernel=256M
6.12 q35 2G memmap-no-sub1M earlyprintk=serial,ttyS0,115200 panic=-1 memblock=debug memmap=exactmap memmap=64K@0 memmap=1900M@1M crashkernel=256M
7.1.3 q35 2G memmap-no-sub1M earlyprintk=serial,ttyS0,115200 panic=-1 memblock=debug memmap=exactmap memmap=64K@0 memmap=1900M@1M crashkernel=256M
7.2 q35 2G memmap-no-sub1M earlyprintk=serial,ttyS0,115200 panic=-1 memblock=debug memmap=exactmap memmap=64K@0 memmap=1900M@1M crashkernel=256M
EOF
version qemu-system-x86_64
