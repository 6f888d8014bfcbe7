#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots arm64 kernels with protected KVM, `kvm-arm.mode=protected`, entered at EL2 (QEMU virt
# with virtualization=on): bootmem_init() calls kvm_hyp_reserve() before the crash kernel, and
# it memblock-allocates the hypervisor's memory (tens of MiB, PMD-aligned) at the top of RAM,
# so the crash region placed after it moves down by that much where both want the same top.
# The oracle's 5.10.223 (no protected KVM), 6.1.192, 6.12.117 (4K and 16K pages) and 7.2.13,
# and trixie-backports' 6.16.3, 6.17.8, 6.19.6, 7.0.4 and 7.3.4, on 1 – 8 GiB, one node or two, with
# crashkernel=256M (and 512M,high), plus `kvm-arm.mode=protected kvm-arm.mode=none` and the
# same command line entered at EL1 (QEMU's default: "KVM is not available"), and 6.12 and 7.2
# under UEFI with ACPI. Each serial log
# goes to test/boots/pkvm/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# Booted as the oracle boots arm64 (virt, -cpu max, nokaslr, one CPU or two nodes as
# scripts/boots/numa.sh) with memblock=debug, the initramfs busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-efi-aarch64, cpio, curl,
# dpkg-deb.
# Usage: scripts/boots/pkvm.sh [workdir]   (downloads about 500 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin pkvm "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-6.12-16k arm64-6.16.3 arm64-6.17.8 arm64-6.19.6 arm64-7.0.4 arm64-7.2 arm64-7.3.4
initramfs arm64 initramfs-arm64.cpio.gz
version qemu-system-aarch64

# <arch> <kernel> <memory> <nodes> <tag> <cmdline> (machine_table), entered at EL2.
ARM64_MACHINE=virt,dtb-randomness=off,virtualization=on machine_table <<'EOF2'
arm64 5.10 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.1 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.1 4G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 1G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 4G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 8G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 4G - pk2 crashkernel=512M,high kvm-arm.mode=protected
arm64 6.12 4G 2G+2G pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 2G - pk3 crashkernel=256M kvm-arm.mode=protected kvm-arm.mode=none
arm64 6.12 2G - pk0 crashkernel=256M
arm64 6.12-16k 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.16.3 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.17.8 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 6.19.6 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 7.0.4 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 7.2 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 7.3.4 2G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 7.3.4 4G - pk2 crashkernel=512M,high kvm-arm.mode=protected
arm64 7.2 4G - pk1 crashkernel=256M kvm-arm.mode=protected
arm64 7.2 4G - pk2 crashkernel=512M,high kvm-arm.mode=protected
EOF2

# The same entered at EL1.
machine_table <<'EOF2'
arm64 6.1 2G - pk1-el1 crashkernel=256M kvm-arm.mode=protected
arm64 6.12 2G - pk1-el1 crashkernel=256M kvm-arm.mode=protected
EOF2

# Under UEFI with ACPI, entered at EL2 (Debian bookworm's EDK2, as scripts/boots/random-efi.sh
# boots it): the EFI memory map splits memblock.memory into regions, which kvm_hyp_reserve()
# counts one by one.
for k in 6.12 7.2; do
  id=arm64-$k-2G-efi-pk1
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  watch_boot "$id" qemu-system-aarch64 -M virt,dtb-randomness=off,virtualization=on,memory-backend=ram -object memory-backend-ram,id=ram,size=2G,reserve=off \
    -cpu max,pauth-impdef=on -smp 1 -m 2G -nodefaults -display none -bios /usr/share/qemu-efi-aarch64/QEMU_EFI.fd \
    -kernel "$(unpacked "arm64-$k")" -initrd initramfs-arm64.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x9000000 nokaslr memblock=debug crashkernel=256M kvm-arm.mode=protected"
  keep "$id"
done
