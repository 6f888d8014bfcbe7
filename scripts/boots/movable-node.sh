#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's amd64 Debian kernels (5.10.223, 6.12.117, 7.2.13) with `movable_node`:
# x86's setup_arch() then allocates bottom-up until numa_init() has parsed SRAT (the
# real-mode trampoline, init_mem_mapping() mapping upwards from the kernel's end with its
# page tables above the kernel, a relocated initrd, the SLIT's distance table), and top-down
# again from NODE_DATA on, the crash kernel included. One node or two (QEMU's -numa, with a
# distance table, so a SLIT), and mem= below the initrd, which then moves. Each serial log goes
# to test/boots/movable-node/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# The machines are booted as the oracle boots amd64 (q35 or pc, -cpu max, nokaslr) with
# memblock=debug; the initramfs is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/movable-node.sh [workdir]   (downloads about 100 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin movable-node "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2
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
5.10 q35 2G - - ck256M crashkernel=256M movable_node
5.10 q35 4G - - ck256M crashkernel=256M movable_node
6.12 q35 2G - - ck256M crashkernel=256M movable_node
6.12 q35 4G - - ck256M crashkernel=256M movable_node
7.2 q35 2G - - ck256M crashkernel=256M movable_node
7.2 q35 4G - - ck256M crashkernel=256M movable_node
6.12 q35 8G - - ck512M crashkernel=512M movable_node
7.2 q35 6G - - ck512M.high crashkernel=512M,high movable_node
6.12 q35 2G - - ck128M.mem1G crashkernel=128M mem=1G movable_node
7.2 pc 4G 2G 2G ck256M crashkernel=256M movable_node
5.10 q35 6G 3G 3G ck512M crashkernel=512M movable_node
6.12 pc 6G 3G 3G ck256M crashkernel=256M movable_node
EOF2
version qemu-system-x86_64
