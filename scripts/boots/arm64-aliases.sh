#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 kernels (5.10.223, 6.1.192, 6.12.117, 7.2.13) under QEMU with an
# /aliases node, which QEMU's own DTB does not have: of_alias_scan() makes one memblock
# allocation per alias whose path resolves and whose name ends in a decimal id, right below
# the unflattened tree, and skips the others. The aliases: two serial ids of one node, a
# two-digit id, one without an id (skipped), one whose path names no node (skipped), and one
# whose path starts with another alias. Each serial log (memblock=debug) goes to
# test/boots/arm64-aliases/<id>.log.gz with the DTB it booted, <id>.dtb;
# test/verify/boots-dt-size.test.ts checks the tree's and each alias's request against the
# sizes the importer's counts give, and test/verify/boots.test.ts simulates the board
# imported from both.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"): QEMU's own DTB for the memory size and command line (dumpdtb), decompiled, the
# /aliases node added, compiled and booted with -dtb.
# nokaslr: -cpu max has FEAT_RNG, so a KASLR kernel lowers memstart_addr by a random number
# of GiB, which moves the vmemmap against its page-table blocks (scripts/boots/arm64-resmem.sh).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/arm64-aliases.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-aliases "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2
initramfs arm64 initramfs.cpio.gz

# The DT edit: the /aliases node before the root's closing brace (QEMU's node names: pl011@9000000,
# pl031@9010000, pl061@9030000).
add_aliases() {
  sed '$d'
  cat <<'NODE'
	aliases {
		serial0 = "/pl011@9000000";
		serial1 = "/pl011@9000000";
		ethernet10 = "/pl011@9000000";
		mmc = "/pl011@9000000";
		rtc0 = "/pl031@9010000";
		gpio0 = "/pl061@9030000";
		missing0 = "/does-not-exist";
		serial2 = "serial0";
	};
};
NODE
}

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-aliases-$mem-$tag"
  append="console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"
  boot_with_dt "$id" add_aliases qemu-system-aarch64 virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "arm64-$series")" -initrd initramfs.cpio.gz -append "$append"
  cp "$id.dtb" "$out/$id.dtb"
  keep "$id"
done <<'EOF_BOOTS'
7.2 4G ck256M crashkernel=256M
6.12 4G ck256M crashkernel=256M
6.1 4G ck256M crashkernel=256M
5.10 4G ck256M crashkernel=256M
EOF_BOOTS
version qemu-system-aarch64
