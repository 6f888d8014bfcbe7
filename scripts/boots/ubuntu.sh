#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Ubuntu's amd64 kernels under QEMU, the newest build of each series in the archive
# (test/boots/ubuntu/README.md lists them with the upstream release each is based on): focal's
# and jammy's HWE and OEM series from 5.11 to 6.5, jammy's 5.15, noble's 6.8 and its HWE
# series 6.11, 6.14, 6.17 and 7.0. The Debian builds the other sets boot leave
# 5.11 – 6.0, 6.2 – 6.11 and 6.13 – 6.15 without a boot behind their policies; Ubuntu's
# builds are the most common kernels of those series a user will bring, and their banners
# name the upstream release they are based on ("(Ubuntu 5.15.0-204.214-generic 5.15.224)").
# Each serial log is kept in test/boots/ubuntu/<id>.log.gz; the set's builds.json gives each
# build's bzImage init_size, which no Debian profile has (test/verify/boots.test.ts).
#
# The machine is booted as the oracle boots amd64 (shared/oracle/README.md "How a case
# boots"): QEMU q35 or pc, -cpu max, one CPU, -kernel, the busybox initramfs
# (scripts/boots/common.sh), nokaslr and memblock=debug.
#
# Needs: qemu-system-x86_64, cpio, curl, dpkg-deb.
# Usage: [BUILDS="…"] [NUMA_ONLY=yes] scripts/boots/ubuntu.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin ubuntu "${1:-}"
builds='5.11.0-46-generic 5.13.0-52-generic 5.14.0-1059-oem 5.15.0-204-generic 5.17.0-1035-oem 5.19.0-50-generic 6.0.0-1021-oem 6.1.0-1036-oem 6.2.0-39-generic 6.5.0-45-generic 6.8.0-151-generic 6.11.0-29-generic 6.14.0-37-generic 6.17.0-42-generic 7.0.0-44-generic'
# BUILDS="…" boots only those.
builds=${BUILDS:-$builds}
for b in $builds; do need "amd64-$b"; done
initramfs amd64 initramfs.cpio.gz

# <machine> <memory> <tag> <cmdline>, on every build: the oracle's plain size; ,high above
# 4 GiB; Ubuntu's own defaults (jammy's grub snippet 512M-:192M, noble's range list) at
# 4 GiB and 8 GiB; a size that does not fit under 4 GiB on a 2049M machine; a fixed offset
# above 4 GiB with ,low; mem= cutting the high RAM off.
while read -r machine mem tag cmdline; do
  [ "${NUMA_ONLY:-no}" = yes ] && break
  for b in $builds; do
    id="amd64-$b-$machine-$mem-$tag"
    boot_amd64 "$id" "$b" "$machine" "$mem" "memblock=debug $cmdline"
    keep "$id"
  done
done <<'LIST'
q35 4G ck256M crashkernel=256M
q35 8G ck512M.high crashkernel=512M,high
pc 4G jammy crashkernel=512M-:192M
q35 4G noble crashkernel=2G-4G:320M,4G-32G:512M,32G-64G:1024M,64G-128G:2048M,128G-:4096M
q35 8G noble crashkernel=2G-4G:320M,4G-32G:512M,32G-64G:1024M,64G-128G:2048M,128G-:4096M
pc 2049M ck1G crashkernel=1G
q35 6G at-high-low crashkernel=256M@0x180000000 crashkernel=64M,low
q35 6G mem3G crashkernel=384M mem=3G
LIST
# And a node of 2 MiB on every build: q35, 4 GiB, node 0 4094M with the CPU, node 1 the last
# 2 MiB and no CPU. numa_register_memblks() gives a node spanning less than NODE_MIN_SIZE (4 MiB)
# no NODE_DATA until "x86/mm: Drop the 4 MB restriction on minimal NUMA node memory size"
# (X86Policy.nodeMinSize); from 5.18 free_area_init() brings it up as a memoryless node.
# Up to 5.17 it does not, and memmap_init() dereferences the node's missing NODE_DATA: the
# boot panics before the console is up, and only earlyprintk= shows it (README.md). Such a
# boot prints nothing here: it is stopped after 60 s, booted again with earlyprintk= (again
# stopped after 60 s: the panic halts) and kept as <id>.earlyprintk, its log ending in the panic.
two_nodes() {
  timeout 60 qemu-system-x86_64 -M q35 -cpu max -smp 1 -m 4G \
    -object memory-backend-ram,id=m0,size=4094M,reserve=off -object memory-backend-ram,id=m1,size=2M,reserve=off \
    -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,memdev=m1 -nodefaults -display none \
    -kernel "$(unpacked "amd64-$1")" -initrd initramfs.cpio.gz -append "console=ttyS0 $2nokaslr memblock=debug crashkernel=256M" \
    -serial stdio -no-reboot < /dev/null > "$3.log" 2>&1 || true
}
for b in $builds; do
  id="amd64-$b-q35-4G-4094M+2M-ck256M"
  two_nodes "$b" '' "$id"
  if grep -q '=====ORACLE-DONE=====' "$id.log"; then keep "$id"; continue; fi
  two_nodes "$b" 'earlyprintk=serial,ttyS0 ' "$id.earlyprintk"
  gzip -9nc "$id.earlyprintk.log" > "$out/$id.earlyprintk.log.gz"
  echo "$id: no console output; with earlyprintk=: $(grep -m1 -E '^\[[ 0-9.]+\] RIP: ' "$id.earlyprintk.log" || echo 'no RIP line')"
done
version qemu-system-x86_64
