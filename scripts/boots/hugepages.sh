#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots amd64 kernels with gigantic (1 GiB) boot-time huge pages, `hugepagesz=1G hugepages=N`:
# from 6.15 (6.16.3 – 6.19.6 here) x86's setup_arch() calls hugetlb_bootmem_alloc() right after
# hugetlb_cma_reserve() when the CPU has GBPAGES, before arch_reserve_crashkernel(), and it
# memblock-allocates the gigantic pages there (memblock_alloc_try_nid_raw() round-robin over
# the nodes, or memblock_alloc_exact_nid_raw() for a `hugepages=N:C` node list), so the crash
# region placed after them moves; before 6.15 and from 7.0 they are allocated after the crash
# kernel.
# trixie-backports' 6.17.8 with one page on 4 GiB under `crashkernel=512M,high`, two on 8 GiB
# and on 3 GiB (nothing below 4 GiB: the allocation fails), `default_hugepagesz=1G`,
# `hugepages=` before `hugepagesz=`, the pair given twice, three pages round-robin over two
# 4 GiB nodes and a `0:1,1:2` node list, more pages than fit (8 on 4 GiB), a 2 MiB hstate
# before the 1 GiB one, and one page under `crashkernel=1G,high` on 4 GiB and `2G,high` on
# 8 GiB (hp12, hp13: the crash region, placed after the page, moves); 6.16.3 and 6.19.6 with
# hp1 – hp3, hp12 and hp13; the oracle's 6.12.117, Ubuntu's 6.14 and trixie-backports' 7.0.4
# with hp1, hp2, hp12 and hp13; a bare `hugepages` on 6.12, 6.16.3, 6.17.8, 6.18.5, 6.19.6,
# 7.0.4, arm64 6.17.8 and riscv64 6.17.8, and a bare `hugepagesz` on 6.17.8: from 6.15 the three are early
# parameters whose handler, hugetlb_add_param(), copies the value with strlen() (hp-bare,
# hpsz-bare; those that stop there need earlyprintk on amd64). None of these builds has CONFIG_CMA (the 6.12, 6.16 and 6.17
# packages' /boot/config-*; no `hugetlb_cma` parameter in the 6.14, 6.19 and 7.0 images, whose
# packages ship no config), so there is no hp11 with `hugetlb_cma=` as well. Each serial log
# goes to test/boots/hugepages/<id>.log.gz; test/verify/boots.test.ts checks the model against
# it.
#
# The machines are booted as the oracle boots amd64 (q35, -cpu max, which has GBPAGES,
# nokaslr) with memblock=debug, one CPU, or two CPUs and two memory backends as nodes 0 and 1
# (as scripts/boots/numa.sh); the initramfs is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), qemu-system-aarch64
# (qemu-system-arm), qemu-system-riscv64 (qemu-system-misc), dtc, cpio, curl, dpkg-deb.
# Usage: scripts/boots/hugepages.sh [workdir]   (downloads about 560 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin hugepages "${1:-}"
need amd64-6.12 amd64-6.14.0-37-generic amd64-6.16.3 amd64-6.17.8 amd64-6.18.5 amd64-6.19.6 amd64-7.0.4 arm64-6.17.8 riscv64-6.17.8 opensbi
initramfs amd64 initramfs-amd64.cpio.gz
initramfs arm64 initramfs-arm64.cpio.gz
initramfs riscv64 initramfs-riscv64.cpio.gz

# <arch> <kernel> <memory> <nodes> <tag> <cmdline> (machine_table)
machine_table <<'EOF2'
amd64 6.17.8 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 6.17.8 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.17.8 3G - hp3 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.17.8 4G - hp4 crashkernel=256M default_hugepagesz=1G hugepages=1
amd64 6.17.8 4G - hp5 crashkernel=256M hugepages=1 hugepagesz=1G
amd64 6.17.8 4G - hp6 crashkernel=256M hugepagesz=1G hugepages=1 hugepagesz=1G hugepages=2
amd64 6.17.8 8G 4G+4G hp7 crashkernel=256M hugepagesz=1G hugepages=3
amd64 6.17.8 8G 4G+4G hp8 crashkernel=256M hugepagesz=1G hugepages=0:1,1:2
amd64 6.17.8 4G - hp9 crashkernel=256M hugepagesz=1G hugepages=8
amd64 6.17.8 4G - hp10 crashkernel=256M hugepagesz=2M hugepages=16 hugepagesz=1G hugepages=1
amd64 6.17.8 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 6.17.8 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 6.16.3 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 6.16.3 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.16.3 3G - hp3 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.16.3 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 6.16.3 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 6.19.6 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 6.19.6 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.19.6 3G - hp3 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.19.6 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 6.19.6 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 6.12 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 6.12 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.12 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 6.12 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 6.14.0-37-generic 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 6.14.0-37-generic 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 6.14.0-37-generic 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 6.14.0-37-generic 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 7.0.4 4G - hp1 crashkernel=512M,high hugepagesz=1G hugepages=1
amd64 7.0.4 8G - hp2 crashkernel=256M hugepagesz=1G hugepages=2
amd64 7.0.4 4G - hp12 crashkernel=1G,high hugepagesz=1G hugepages=1
amd64 7.0.4 8G - hp13 crashkernel=2G,high hugepagesz=1G hugepages=1
amd64 6.17.8 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
amd64 6.17.8 4G - hpsz-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepagesz
amd64 7.0.4 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
amd64 6.12 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
amd64 6.16.3 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
amd64 6.18.5 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
amd64 6.19.6 4G - hp-bare earlyprintk=serial,ttyS0,115200 crashkernel=256M hugepages
arm64 6.17.8 4G - hp-bare crashkernel=256M hugepages
EOF2

# riscv64 6.17.8, booted as scripts/boots/riscv64.sh boots riscv64 (QEMU virt with the
# oracle's sv57 DT edit, OpenSBI, one CPU): it stops in parse_early_param(), so at most 180 s.
id=riscv64-6.17.8-4G-hp-bare
if [ -z "${ONLY:-}" ] || case " $ONLY " in *" $id "*) true ;; *) false ;; esac; then
  BOOT_TIMEOUT=180 boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m 4G -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked riscv64-6.17.8)" -initrd initramfs-riscv64.cpio.gz \
    -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug crashkernel=256M hugepages"
  keep "$id"
fi
version qemu-system-x86_64
