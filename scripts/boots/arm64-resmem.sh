#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 kernels (5.10.223, 6.1.192, 6.12.117, 7.2.13) under QEMU with
# /reserved-memory and /memreserve/ layouts the oracle does not have: several dynamic nodes of
# one size (the order the kernel places them in), alloc-ranges and alignments, a dynamic
# no-map node, a reusable pool beside the default CMA area, /memreserve/ entries, a static
# node with an empty placeholder `reg` entry, static reusable pools (one the default CMA
# area, one not CMA-aligned), with and without cma=, and no-map nodes whose edges lie inside a
# page (subpage-nomap; fw4k on the 16K kernels: 4K-aligned edges), which split a bank where the
# "Early memory node ranges" leave the page out. Each serial log (memblock=debug) goes to
# test/boots/arm64-resmem/<id>.log.gz with the DTB it booted, <id>.dtb;
# test/verify/boots.test.ts simulates the board imported from both (the reservations from
# the DTB, as a user's board would have them, not from where the kernel put them).
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"): QEMU's own DTB for the memory size and command line (dumpdtb), decompiled, the
# variant's nodes added, compiled and booted with -dtb.
# nokaslr: -cpu max has FEAT_RNG, so a KASLR kernel lowers memstart_addr by a random number
# of GiB, which moves the vmemmap against its page-table blocks; a 5.10 boot with 4 GiB then
# allocated 3 vmemmap tables instead of 2, and the memblock dumps compared here would differ
# from boot to boot (docs/engine.md, "What no boot checks").
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/arm64-resmem.sh [workdir]   (downloads about 330 MB into workdir;
#   ONLY="<id> …" boots only those)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-resmem "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2 arm64-6.12-16k arm64-7.2-16k
initramfs arm64 initramfs.cpio.gz

# The /reserved-memory node of each variant (inserted before the root's closing brace), and
# the /memreserve/ lines (after /dts-v1/;).
resmem() {
  case $1 in
    same-size) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		pool-a { compatible = "shared-dma-pool"; size = <0x00 0x1000000>; };
		pool-b { compatible = "shared-dma-pool"; size = <0x00 0x1000000>; };
		pool-c { compatible = "shared-dma-pool"; size = <0x00 0x1000000>; };
	};
NODE
    ;;
    ranges) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		fw-low {
			size = <0x00 0x2000000>;
			alignment = <0x00 0x4000000>;
			alloc-ranges = <0x00 0x40000000 0x00 0x10000000 0x00 0x80000000 0x00 0x10000000>;
			no-map;
		};
		dsp { compatible = "shared-dma-pool"; size = <0x00 0x800000>; alloc-ranges = <0x00 0xc0000000 0x00 0x20000000>; };
		gpu { compatible = "shared-dma-pool"; reusable; size = <0x00 0x4000000>; alignment = <0x00 0x2000000>; };
		linux,cma { compatible = "shared-dma-pool"; reusable; size = <0x00 0x8000000>; linux,cma-default; };
	};
NODE
    ;;
    static-cma) static_cma_nodes a ;;
    subpage-nomap) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		nm1@50000100 { reg = <0x00 0x50000100 0x00 0x1ffe00>; no-map; };
		nm2@60000800 { reg = <0x00 0x60000800 0x00 0x3ff800>; no-map; };
	};
NODE
    ;;
    fw4k) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		fw@52001000 { reg = <0x00 0x52001000 0x00 0x1ffe000>; no-map; };
	};
NODE
    ;;
    memreserve) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		fw@f8000000 { reg = <0x00 0x0 0x00 0x0 0x00 0xf8000000 0x00 0x1000000>; no-map; };
		pool { compatible = "shared-dma-pool"; size = <0x00 0x2000000>; };
	};
NODE
    ;;
  esac
}
memreserve() {
  case $1 in
    memreserve) printf '/memreserve/ 0x70000000 0x200000;\n/memreserve/ 0x70400000 0x0;\n/memreserve/ 0x70800000 0x200000;\n' ;;
  esac
}

# The DT edit: /memreserve/ after the header, the /reserved-memory node before the root's end.
add_variant() {
  read -r header
  echo "$header"
  memreserve "$variant"
  sed '$d'
  resmem "$variant"
  echo '};'
}

# <series> <variant> <memory> <tag> <cmdline>
while read -r series variant mem tag cmdline; do
  id="arm64-$series-$variant-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  dt_boot_arm64 "$id" add_variant "arm64-$series" initramfs.cpio.gz "$mem" "$cmdline"
done <<'EOF'
5.10 same-size 4G ck256M crashkernel=256M
6.1 same-size 4G ck256M crashkernel=256M
6.12 same-size 4G ck256M crashkernel=256M
7.2 same-size 4G ck256M crashkernel=256M
5.10 ranges 4G ck256M crashkernel=256M
6.1 ranges 4G ck256M crashkernel=256M
6.12 ranges 4G ck256M crashkernel=256M
7.2 ranges 4G ck256M crashkernel=256M
5.10 memreserve 4G ck256M crashkernel=256M
6.1 memreserve 4G ck256M crashkernel=256M
6.12 memreserve 4G ck256M crashkernel=256M
7.2 memreserve 4G ck256M crashkernel=256M
5.10 static-cma 4G ck256M crashkernel=256M
6.1 static-cma 4G ck256M crashkernel=256M
6.12 static-cma 4G ck256M crashkernel=256M
7.2 static-cma 4G ck256M crashkernel=256M
5.10 static-cma 4G cma64M-ck256M cma=64M crashkernel=256M
6.12 static-cma 4G cma64M-ck256M cma=64M crashkernel=256M
7.2 static-cma 4G cma64M-ck256M cma=64M crashkernel=256M
7.2 subpage-nomap 3G ck256M crashkernel=256M
6.12 subpage-nomap 3G ck256M crashkernel=256M
6.1 subpage-nomap 3G ck256M crashkernel=256M
5.10 subpage-nomap 3G ck256M crashkernel=256M
7.2-16k fw4k 4G ck256M crashkernel=256M
6.12-16k fw4k 4G ck256M crashkernel=256M
EOF
version qemu-system-aarch64
