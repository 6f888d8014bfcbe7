#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 kernels (the oracle's 5.10.223, 6.1.192, 6.12.117 and the 16K
# 6.12.117) under QEMU with more memory than the oracle's 16 GiB: enough for the memmap to
# cross page-table blocks of the vmemmap region (a 4K memmap of more than 1 GiB, 64 GiB of
# RAM; a 16K one of more than 1 GiB, 256 GiB). Each log, with memblock=debug, goes to
# test/boots/arm64-large/<id>.log.gz; test/verify/boots.test.ts compares the memblock dump
# with the model's.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"), with the RAM as a memory backend that reserves no host memory up front
# (reserve=off): the guest only touches what it uses. And with nokaslr: -cpu max has
# FEAT_RNG, so a KASLR kernel lowers memstart_addr by a random number of GiB
# (memstart_offset_seed), which moves the linear map and the vmemmap against the 512 GiB
# blocks of their page tables; with this much RAM one boot in a few then allocates one table
# more (a 5.10 boot did, two of the same did not).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-large.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/crashkernel-check-large}
out="$root/test/boots/arm64-large"
mkdir -p "$work" "$out"
cd "$work"

. "$root/scripts/boots/common.sh"

# Package, sha256 (the versions the boots in the repository were made with).
fetch pool/main/l/linux-signed-arm64/linux-image-5.10.0-32-arm64_5.10.223-1_arm64.deb 53850b52e93158e3055c1d18a5527f9f95250f44b16ee48fb5ab0b42bed44665
fetch http://deb.debian.org/debian-security/pool/updates/main/l/linux-signed-arm64/linux-image-6.1.0-57-arm64_6.1.192-3_arm64.deb 8301bd5b5b2cf8fd5e479832200c23e64eca0ae9ec45c487c5c318b1e44d4692
fetch pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64_6.12.117-1_arm64.deb 73805585385c78e048e63fdfba66da36bab724c2cdebd96a3055a8a4f1ae287a
fetch pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64-16k_6.12.117-1_arm64.deb 4fe3f7c1022422e398e81a3087bf1912f4978f4ccf2f8bbb504517142d9a11bb
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_arm64.deb c833be48abfa16bc19c4966ec93e289ff1ce5d2f1476cad3a57bd105378cd15c

initramfs x/busybox-static initramfs.cpio.gz

kernel() {
  case $1 in
    5.10) echo x/linux-image-5.10.0-32-arm64/boot/vmlinuz-5.10.0-32-arm64 ;;
    6.1) echo x/linux-image-6.1.0-57-arm64/boot/vmlinuz-6.1.0-57-arm64 ;;
    6.12) echo x/linux-image-6.12.117+deb13-arm64/boot/vmlinuz-6.12.117+deb13-arm64 ;;
    6.12-16k) echo x/linux-image-6.12.117+deb13-arm64-16k/boot/vmlinuz-6.12.117+deb13-arm64-16k ;;
  esac
}

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-plain-$mem-$tag"
  timeout 900 qemu-system-aarch64 -M virt,dtb-randomness=off,memory-backend=ram -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
6.12 63G ck256M crashkernel=256M
6.12 65G ck512M.high crashkernel=512M,high
5.10 65G ck512M.high crashkernel=512M,high
6.1 65G ck512M.high crashkernel=512M,high
6.12-16k 257G ck512M.high crashkernel=512M,high
EOF2
qemu-system-aarch64 --version | head -1 > "$out/QEMU_VERSION"
