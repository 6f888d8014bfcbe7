#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's amd64 Debian kernels (5.10.223, 6.12.117, 7.2.13) and Ubuntu's generic 6.11
# (built without CONFIG_NUMA_EMU: there `numa=fake=` is a malformed early option) with
# `numa=fake=`: NUMA emulation (mm/numa_emulation.c; arch/x86/mm/numa_emulation.c up to 6.11)
# splits the firmware's nodes into fake ones before numa_register_memblks(), each of which then
# gets its NODE_DATA at its own top, before the crash kernel. The three forms (a count N, a
# node size with M or G, N per physical node with U), on one node (no SRAT: dummy_numa_init())
# and on two (QEMU's -numa with a SLIT, whose table emulation copies and frees), with numa=off,
# with mem=, and the limits: a size below 32 MiB, more nodes than MAX_NUMNODES. And `NU` on two
# nodes whose second can hold fewer than N fake nodes (4032M + 64M, `numa=fake=4U`): a release
# that counts the nodes each physical node made refuses the split, one that compares the running
# total does not ("mm/fake-numa: fix under-allocation detection in uniform split"); the oracle's
# 6.12.117 and 7.2.13 and trixie-backports' 6.16.3 – 7.1.3 place the stable fix. Each serial
# log goes to test/boots/numa-fake/<id>.log.gz; test/verify/boots.test.ts checks the model
# against it.
#
# The machines are booted as the oracle boots amd64 (q35 or pc, -cpu max, nokaslr) with
# memblock=debug; the initramfs is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/numa-fake.sh [workdir]   (downloads about 800 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin numa-fake "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2 amd64-6.11.0-29-generic amd64-6.16.3 amd64-6.17.8 amd64-6.18.5 amd64-6.19.6 amd64-7.0.4 amd64-7.1.3
initramfs amd64 initramfs.cpio.gz

# <series> <machine> <memory> <node 0> <node 1> <tag> <cmdline>; "-" for the nodes: no -numa.
while read -r series machine mem n0 n1 tag cmdline; do
  if [ "$n0" = - ]; then
    id="amd64-$series-$machine-$mem-$tag"
    numa="-smp 1"
  else
    id="amd64-$series-$machine-$mem-$n0+$n1-$tag"
    numa="-smp 2 -object memory-backend-ram,id=m0,size=$n0,reserve=off -object memory-backend-ram,id=m1,size=$n1,reserve=off"
    numa="$numa -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1 -numa dist,src=0,dst=1,val=21"
  fi
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  # shellcheck disable=SC2086
  timeout 600 qemu-system-x86_64 -M "$machine" -cpu max -m "$mem" $numa -nodefaults -display none \
    -kernel "$(unpacked "amd64-$series")" -initrd initramfs.cpio.gz \
    -append "console=ttyS0 nokaslr memblock=debug $cmdline" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
5.10 q35 4G - - fake2 crashkernel=256M numa=fake=2
6.12 q35 4G - - fake2 crashkernel=256M numa=fake=2
7.2 q35 4G - - fake2 crashkernel=256M numa=fake=2
6.12 q35 2G - - fake4 crashkernel=256M numa=fake=4
5.10 q35 2G - - fake3 crashkernel=128M numa=fake=3
7.2 q35 8G - - fake1G crashkernel=512M numa=fake=1G
5.10 q35 8G - - fake1536M crashkernel=512M numa=fake=1536M
6.12 q35 2G - - fake16M crashkernel=128M numa=fake=16M
6.12 q35 4G - - fake2U crashkernel=256M numa=fake=2U
7.2 q35 4G - - fake2000 crashkernel=256M numa=fake=2000
7.2 q35 6G - - fake8.high crashkernel=512M,high numa=fake=8
6.12 q35 4G - - fake3.mem3G crashkernel=256M mem=3G numa=fake=3
5.10 q35 4G - - off.fake2 crashkernel=256M numa=off numa=fake=2
6.11.0-29-generic q35 4G - - off.fake2 crashkernel=256M numa=off numa=fake=2
6.12 q35 4G - - off.fake2 crashkernel=256M numa=off numa=fake=2
5.10 pc 6G 3G 3G fake4 crashkernel=256M numa=fake=4
6.12 q35 6G 3G 3G fake2U crashkernel=256M numa=fake=2U
7.2 q35 6G 2G 4G fake3 crashkernel=256M numa=fake=3
6.12 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
7.2 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
6.16.3 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
6.17.8 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
6.18.5 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
6.19.6 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
7.0.4 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
7.1.3 q35 4G 4032M 64M fake4U crashkernel=256M numa=fake=4U
EOF2
version qemu-system-x86_64
