#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels with `log_buf_len=`: x86's setup_arch() calls setup_log_buf(1)
# before the crash reservation, which memblock-allocates the text buffer and two metadata
# arrays top-down under the top of low RAM. The oracle's 5.10.223, 6.12.117 and 7.2.13 with
# 1M (the three allocations and their sizes), 8M and 16M (the crash region moves down), 32M
# on 4 GiB (the arrays go above 4 GiB: it does not), 16M with movable_node (bottom-up), 64K
# (nothing: the static buffer is larger), a bare `log_buf_len` (malformed), 3G (clamped to 2G,
# which does not fit) and 1G (the metadata does not fit, what was allocated is freed); and
# trixie-backports' 6.16.3, 6.19.6 and 7.0.4 with 1M, for the releases the message and the
# record size change at. And the oracle's arm64 5.10.223, 6.12.117 and 7.2.13 and riscv64
# 6.12.117 and 7.2.13, which call setup_log_buf() only from start_kernel(), after setup_arch(): the early param's lines (the
# 2 GiB clamp, a bare value) and a crash region where it is without the option. Each serial
# log goes to test/boots/log-buf/<id>.log.gz; test/verify/boots.test.ts checks the model
# against it.
#
# The machines are booted as the oracle boots amd64 (q35, -cpu max, nokaslr, one CPU), arm64
# (virt, -cpu max, nokaslr, one CPU) and riscv64 (virt, sv57) with memblock=debug; the initramfs is busybox
# (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64, qemu-system-aarch64 and qemu-system-riscv64 (Debian packages
# qemu-system-x86, qemu-system-arm and qemu-system-misc), dtc, cpio, curl, dpkg-deb.
# Usage: scripts/boots/log-buf.sh [workdir]   (downloads about 600 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin log-buf "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2 amd64-6.16.3 amd64-6.19.6 amd64-7.0.4 arm64-5.10 arm64-6.12 arm64-7.2 riscv64-6.12 riscv64-7.2 opensbi
initramfs amd64 initramfs.cpio.gz
initramfs arm64 initramfs-arm64.cpio.gz
initramfs riscv64 initramfs-riscv64.cpio.gz

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="amd64-$series-q35-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  boot_amd64 "$id" "$series" q35 "$mem" "memblock=debug $cmdline"
  keep "$id"
done <<'EOF2'
5.10 2G lb1M crashkernel=256M log_buf_len=1M
6.12 2G lb1M crashkernel=256M log_buf_len=1M
7.2 2G lb1M crashkernel=256M log_buf_len=1M
6.16.3 2G lb1M crashkernel=256M log_buf_len=1M
6.19.6 2G lb1M crashkernel=256M log_buf_len=1M
7.0.4 2G lb1M crashkernel=256M log_buf_len=1M
5.10 2G lb8M crashkernel=256M log_buf_len=8M
6.12 2G lb16M crashkernel=256M log_buf_len=16M
7.2 4G lb32M crashkernel=512M log_buf_len=32M log_buf_len=64K
6.12 2G lb64K crashkernel=256M log_buf_len=64K
7.2 2G lb-bare crashkernel=256M log_buf_len
6.12 4G lb3G crashkernel=256M log_buf_len=3G
7.2 4G lb3G crashkernel=256M log_buf_len=3G
7.2 4G lb1G crashkernel=256M log_buf_len=1G
6.12 2G lb16M.movable crashkernel=256M log_buf_len=16M movable_node
EOF2

# arm64: <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-virt-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  watch_machine "$id" arm64 "$series" "$mem" "-smp 1" "$cmdline"
  keep "$id"
done <<'EOF2'
5.10 2G lb8M crashkernel=256M log_buf_len=8M
6.12 2G lb16M crashkernel=256M log_buf_len=16M
7.2 2G lb3G crashkernel=256M log_buf_len=3G
7.2 2G lb-bare crashkernel=256M log_buf_len
EOF2

# riscv64, as scripts/boots/riscv64.sh boots it (QEMU virt with the oracle's sv57 DT edit,
# OpenSBI, one CPU): <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="riscv64-$series-virt-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  # shellcheck disable=SC2086
  boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked "riscv64-$series")" -initrd initramfs-riscv64.cpio.gz \
    -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
  keep "$id"
done <<'EOF2'
6.12 3G lb16M crashkernel=256M log_buf_len=16M
7.2 3G lb3G crashkernel=256M log_buf_len=3G
EOF2
version qemu-system-x86_64
