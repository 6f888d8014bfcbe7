#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 kernels (5.10.223, 6.1.192, 6.12.117, 7.2.13) under QEMU with
# /reserved-memory and /memreserve/ layouts the oracle does not have: several dynamic nodes of
# one size (the order the kernel places them in), alloc-ranges and alignments, a dynamic
# no-map node, a reusable pool beside the default CMA area, /memreserve/ entries, a static
# node with an empty placeholder `reg` entry. Each serial log (memblock=debug) goes to
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
# Usage: scripts/boots/arm64-resmem.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/crashkernel-check-resmem}
out="$root/test/boots/arm64-resmem"
mkdir -p "$work" "$out"
cd "$work"

. "$root/scripts/boots/common.sh"

# Package, sha256 (the oracle's kernels; the versions the boots in the repository were made with).
fetch pool/main/l/linux-signed-arm64/linux-image-5.10.0-32-arm64_5.10.223-1_arm64.deb 53850b52e93158e3055c1d18a5527f9f95250f44b16ee48fb5ab0b42bed44665
fetch http://deb.debian.org/debian-security/pool/updates/main/l/linux-signed-arm64/linux-image-6.1.0-57-arm64_6.1.192-3_arm64.deb 8301bd5b5b2cf8fd5e479832200c23e64eca0ae9ec45c487c5c318b1e44d4692
fetch pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64_6.12.117-1_arm64.deb 73805585385c78e048e63fdfba66da36bab724c2cdebd96a3055a8a4f1ae287a
fetch pool/main/l/linux-signed-arm64/linux-binary-7.2.13+deb14-arm64_7.2.13-1_arm64.deb 9043487c40a7b1c9ef421bbe3f578bf30f1004abd19f259e769f4ff8a26bb40b
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_arm64.deb c833be48abfa16bc19c4966ec93e289ff1ce5d2f1476cad3a57bd105378cd15c

initramfs x/busybox-static initramfs.cpio.gz

kernel() {
  case $1 in
    5.10) echo x/linux-image-5.10.0-32-arm64/boot/vmlinuz-5.10.0-32-arm64 ;;
    6.1) echo x/linux-image-6.1.0-57-arm64/boot/vmlinuz-6.1.0-57-arm64 ;;
    6.12) echo x/linux-image-6.12.117+deb13-arm64/boot/vmlinuz-6.12.117+deb13-arm64 ;;
    7.2) echo x/linux-binary-7.2.13+deb14-arm64/usr/lib/modules/7.2.13+deb14-arm64/vmlinuz ;;
  esac
}

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

# <series> <variant> <memory> <tag> <cmdline>
while read -r series variant mem tag cmdline; do
  id="arm64-$series-$variant-$mem-$tag"
  machine="-cpu max,pauth-impdef=on -smp 1 -m $mem -nodefaults -display none"
  append="console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"
  # shellcheck disable=SC2086
  qemu-system-aarch64 -M virt,dtb-randomness=off,dumpdtb="$id.qemu.dtb" $machine -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz \
    -append "$append" < /dev/null > /dev/null 2>&1 || true
  dtc -q -I dtb -O dts "$id.qemu.dtb" > "$id.qemu.dts"
  { head -1 "$id.qemu.dts"; memreserve "$variant"; sed -e '1d' -e '$d' "$id.qemu.dts"; resmem "$variant"; echo '};'; } > "$id.dts"
  dtc -q -I dts -O dtb "$id.dts" > "$id.dtb"
  # shellcheck disable=SC2086
  timeout 600 qemu-system-aarch64 -M virt,dtb-randomness=off $machine -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz -dtb "$id.dtb" \
    -append "$append" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  cp "$id.dtb" "$out/$id.dtb"
  keep "$id"
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
EOF
qemu-system-aarch64 --version | head -1 > "$out/QEMU_VERSION"
