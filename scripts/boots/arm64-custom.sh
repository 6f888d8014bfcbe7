#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Builds arm64 kernels Debian does not ship, from the source of the oracle's 5.10, 6.1, 6.12
# and 7.2 kernels and their own configs, boots them under QEMU and keeps each serial log in
# test/boots/arm64-custom/<id>.log.gz, with each build's config
# (<series>-<flavour>.config.gz).
#
# The oracle and the other sets boot Debian's builds, whose memory options are all alike
# (4K or 16K pages, ZONE_DMA and ZONE_DMA32 on). Board-support kernels differ exactly there,
# so each flavour changes one thing of Debian's arm64 config:
#   6.12 64k    CONFIG_ARM64_64K_PAGES (Debian builds no 64K kernel): the 512 MiB sections,
#               a memmap buffer that cannot be allocated, 3-level tables, 512M mappings;
#   6.12 nodma  CONFIG_ZONE_DMA and CONFIG_ZONE_DMA32 off: no DMA zones, so the crash kernel
#               is reserved early in arm64_memblock_init(), not deferred to bootmem_init();
#   6.12 dma32  CONFIG_ZONE_DMA off, CONFIG_ZONE_DMA32 on: the low limit is 4 GiB;
#   6.1 64k     64K pages on 6.1 (48-bit VA, as 64K server kernels of that age run): the
#               vmemmap start of 5.11 - 6.8, and map_kernel()'s tables at another granule;
#   6.1 16k     16K pages on 6.1: 4 levels, 32M blocks, 7 pages of init_pg_dir;
#   5.10 64k    64K pages on 5.10: 1 GiB sections, the vmemmap right above the fixmap;
#   5.10 16k    16K pages on 5.10;
#   7.2 64k     64K pages on 7.2 (Debian builds 4K and 16K): the vmemmap start of 6.9+, 7.x's
#               map_mem() over the kernel's segments and its create-mapping rules at 64K
#               (with blocks only given rodata=off and an early KFENCE pool);
#   6.12 pagealloc  CONFIG_DEBUG_PAGEALLOC (Debian leaves it out, so its kernels have no
#               debug_pagealloc early_param): a value kstrtobool() refuses, or none, is
#               "Malformed early option 'debug_pagealloc'".
# Everything a boot does before the memblock dump that follows the crash reservation is the
# same code as Debian's; what is left out to make the build short (modules, drivers for
# hardware QEMU virt does not have, networking, block devices and file systems but tmpfs,
# tracing, KVM: see trim()) runs later, or never on this machine. The image is smaller, which
# the board rebuilt from the log takes from the log. One option is added: PTDUMP_DEBUGFS, so
# that the initramfs can print the kernel's page tables and the linear map be compared too.
#
# The boots are made as arm64-16k.sh makes them (QEMU virt, -cpu max, one CPU, nokaslr,
# memblock=debug, the busybox initramfs, the oracle's DT variants).
#
# Needs: gcc-aarch64-linux-gnu, make, flex, bison, bc, libssl-dev, libelf-dev (the kernel's
# build), qemu-system-aarch64, cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/arm64-custom.sh [workdir [<series>-<flavour>…]]   (downloads about
# 780 MB: four source packages, three kernel images for their configs, 7.2's config and
# busybox; a build takes eight to ten minutes on two cores). Naming flavours (6.12-64k
# 7.2-64k …) builds and boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-custom "${1:-}"
sel=""
if [ $# -gt 1 ]; then
  shift
  sel=" $* "
fi
# wanted <series> <flavour>: was this flavour asked for (all are, when none is named)?
wanted() {
  [ -z "$sel" ] && return 0
  case $sel in *" $1-$2 "*) return 0 ;; esac
  return 1
}
# A boot takes seconds; one that panics waits for the timeout.
BOOT_TIMEOUT=120
need arm64-5.10 arm64-6.1 arm64-6.12 linux-config-7.2
need linux-source-5.10 linux-source-6.1 linux-source-6.12 linux-source-7.2
initramfs arm64 initramfs.cpio.gz
for series in 5.10 6.1 6.12 7.2; do
  [ -d "linux-source-$series" ] || tar -xf "$(unpacked "linux-source-$series")"
done

# debian_config <series>: Debian's arm64 config of that series (7.2's from linux-config-7.2).
debian_config() {
  case $1 in
    7.2) xz -dc "$(unpacked linux-config-7.2)" ;;
    *) cat x/arm64-"$1"/boot/config-* ;;
  esac
}

# trim <series> <config>: Debian's config without what runs only after the early boot
# compared here.
trim() {
  c="linux-source-$1/scripts/config --file $2"
  # The page-table dump (/sys/kernel/debug/kernel_page_tables), which the initramfs prints.
  $c --enable PTDUMP_DEBUGFS
  $c --disable MODULES --disable DEBUG_INFO --enable DEBUG_INFO_NONE --disable DEBUG_INFO_BTF \
    --disable DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT --set-str SYSTEM_TRUSTED_KEYS "" \
    --set-str SYSTEM_REVOCATION_KEYS "" --disable MODULE_SIG --disable RUST
  # The SoC platforms (ARCH_BCM, ARCH_ROCKCHIP …), not the ARCH_HAS/SUPPORTS/… capabilities.
  for o in $(grep -o '^CONFIG_ARCH_[A-Z0-9_]*=y' "$2" | sed 's/^CONFIG_//; s/=y$//' |
    grep -Ev '^ARCH_(HAS|SUPPORTS|USE|WANT|MMAP|SPARSEMEM|FLATMEM|SELECT|ENABLE|HIBERNATION|KEEP|MHP|PROC|INLINE|CORRECT|STACKWALK|MIGHT|DMA|HAVE|SPLIT|BINFMT|NR_|FORCE|SUSPEND|CPUIDLE|DEFAULT)'); do
    $c --disable "$o"
  done
  # With MODULES off, Debian's modules become built-in: these go too. (The input drivers
  # must: 6.1's mk712 touchscreen probes ISA ports at boot, which without PCI are unmapped.)
  for o in NET PCI USB_SUPPORT INPUT HID SCSI ATA MD NVME_CORE BLK_DEV_NVME MMC SOUND SND DRM FB \
    MEDIA_SUPPORT WLAN WIRELESS BT INFINIBAND I2C SPI REGULATOR WATCHDOG THERMAL HWMON \
    POWER_SUPPLY IIO PWM NEW_LEDS RTC_CLASS DMADEVICES VIRTIO_MENU VIRTIO SECURITY AUDIT \
    BPF_SYSCALL FTRACE TRACING VIRTUALIZATION KVM BLOCK MISC_FILESYSTEMS NETWORK_FILESYSTEMS \
    STAGING PHYLIB MTD NVMEM GNSS W1 SURFACE_PLATFORMS CHROME_PLATFORMS MAILBOX REMOTEPROC \
    RPMSG SOUNDWIRE SLIMBUS INTERCONNECT COUNTER MOST PECI HTE TEE FPGA FSI SIOX VHOST_MENU \
    ACCESSIBILITY EXTCON MEMORY NTB VFIO UIO PPS PTP_1588_CLOCK MULTIPLEXER \
    BACKLIGHT_CLASS_DEVICE PROFILING PERF_EVENTS HW_RANDOM TCG_TPM CRYPTO_HW KEYS IKCONFIG \
    XZ_DEC GPIOLIB PINCTRL COMMON_CLK_XGENE CDROM QUOTA FANOTIFY DNOTIFY INOTIFY_USER IO_URING \
    INPUT_TOUCHSCREEN INPUT_JOYSTICK INPUT_TABLET INPUT_MISC INPUT_MOUSE INPUT_KEYBOARD SERIO; do
    $c --disable "$o"
  done
}

# build <series> <flavour> <scripts/config options…>: the Image of one flavour, in
# build-<series>-<flavour>, from Debian's config of that series.
build() {
  series=$1 flavour=$2
  shift 2
  wanted "$series" "$flavour" || return 0
  dir="build-$series-$flavour"
  mkdir -p "$dir"
  debian_config "$series" > "$dir/.config"
  trim "$series" "$dir/.config"
  "linux-source-$series/scripts/config" --file "$dir/.config" "$@"
  make -s -C "linux-source-$series" O="$PWD/$dir" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- olddefconfig
  make -s -C "linux-source-$series" O="$PWD/$dir" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- -j"$(nproc)" Image
  gzip -9nc "$dir/.config" > "$out/$series-$flavour.config.gz"
}
build 6.12 64k --disable ARM64_4K_PAGES --enable ARM64_64K_PAGES
build 6.12 nodma --disable ZONE_DMA --disable ZONE_DMA32
build 6.12 dma32 --disable ZONE_DMA
build 6.1 64k --disable ARM64_4K_PAGES --enable ARM64_64K_PAGES
build 6.1 16k --disable ARM64_4K_PAGES --enable ARM64_16K_PAGES
build 5.10 64k --disable ARM64_4K_PAGES --enable ARM64_64K_PAGES
build 5.10 16k --disable ARM64_4K_PAGES --enable ARM64_16K_PAGES
build 7.2 64k --disable ARM64_4K_PAGES --enable ARM64_64K_PAGES
build 6.12 pagealloc --enable DEBUG_PAGEALLOC

# The DT variants are the oracle's (edit_dts in common.sh).

# <series> <flavour> <variant> <memory> <tag> <cmdline>
while read -r series flavour variant mem tag cmdline; do
  wanted "$series" "$flavour" || continue
  # shellcheck disable=SC2086
  boot_arm64 "arm64-$series-$flavour-$variant-$mem-$tag" "build-$series-$flavour/arch/arm64/boot/Image" "$variant" "$mem" $cmdline
done <<'EOF'
6.12 64k plain 1G ck256M crashkernel=256M
6.12 64k plain 2G ck256M crashkernel=256M
6.12 64k plain 4G ck256M crashkernel=256M
6.12 64k plain 4G ck512M.high crashkernel=512M,high
6.12 64k plain 4G none rodata=off
6.12 64k plain 8G ck256M crashkernel=256M
6.12 64k plain 16G ck256M crashkernel=256M
6.12 64k plain 16G ck512M.rodataon crashkernel=512M rodata=on
6.12 64k dma30 4G ck256M crashkernel=256M
6.12 64k twobank 4G ck256M crashkernel=256M
6.12 nodma plain 1G ck256M crashkernel=256M
6.12 nodma plain 4G ck256M crashkernel=256M
6.12 nodma plain 4G ck512M.high crashkernel=512M,high
6.12 nodma plain 8G ck256M.rodataon crashkernel=256M rodata=on
6.12 nodma plain 8G ck1G crashkernel=1G
6.12 nodma plain 16G ck256M crashkernel=256M
6.12 nodma dma30 4G ck256M crashkernel=256M
6.12 dma32 plain 1G ck256M crashkernel=256M
6.12 dma32 plain 4G ck256M crashkernel=256M
6.12 dma32 plain 4G ck512M.high crashkernel=512M,high
6.12 dma32 plain 8G ck256M.rodataon crashkernel=256M rodata=on
6.12 dma32 plain 16G ck256M crashkernel=256M
6.12 dma32 dma30 4G ck256M crashkernel=256M
6.1 64k plain 1G ck256M crashkernel=256M
6.1 64k plain 2G ck256M crashkernel=256M
6.1 64k plain 4G ck256M crashkernel=256M
6.1 64k plain 4G ck512M.high crashkernel=512M,high
6.1 64k plain 4G none rodata=off
6.1 64k plain 8G ck256M crashkernel=256M
6.1 64k plain 16G ck256M crashkernel=256M
6.1 64k dma30 4G ck256M crashkernel=256M
6.1 16k plain 1G ck256M crashkernel=256M
6.1 16k plain 4G ck256M crashkernel=256M
6.1 16k plain 4G ck512M.high crashkernel=512M,high
6.1 16k plain 4G none rodata=off
6.1 16k plain 8G ck256M crashkernel=256M
6.1 16k plain 16G ck256M crashkernel=256M
6.1 16k dma30 4G ck256M crashkernel=256M
5.10 64k plain 1G ck256M crashkernel=256M
5.10 64k plain 4G ck256M crashkernel=256M
5.10 64k plain 4G none rodata=off
5.10 64k plain 8G ck256M crashkernel=256M
5.10 64k plain 16G ck256M crashkernel=256M
5.10 64k dma30 4G ck256M crashkernel=256M
5.10 16k plain 1G ck256M crashkernel=256M
5.10 16k plain 4G ck256M crashkernel=256M
5.10 16k plain 4G none rodata=off
5.10 16k plain 8G ck256M crashkernel=256M
5.10 16k plain 16G ck256M crashkernel=256M
5.10 16k dma30 4G ck256M crashkernel=256M
7.2 64k plain 1G ck256M crashkernel=256M
7.2 64k plain 2G ck256M crashkernel=256M
7.2 64k plain 4G ck256M crashkernel=256M
7.2 64k plain 4G ck512M.high crashkernel=512M,high
7.2 64k plain 4G none rodata=off
7.2 64k plain 8G ck256M crashkernel=256M
7.2 64k plain 16G ck256M crashkernel=256M
7.2 64k plain 16G ck512M.rodatafull crashkernel=512M rodata=full
7.2 64k dma30 4G ck256M crashkernel=256M
7.2 64k twobank 4G ck256M crashkernel=256M
7.2 64k plain 4G kfence.ck256M crashkernel=256M kfence.sample_interval=100
7.2 64k plain 4G kfence.rodataoff rodata=off kfence.sample_interval=100
7.2 64k plain 16G kfence.rodataoff.ck256M crashkernel=256M rodata=off kfence.sample_interval=100
6.12 pagealloc plain 4G junk.ck256M debug_pagealloc=junk crashkernel=256M
6.12 pagealloc plain 4G bare.ck256M debug_pagealloc crashkernel=256M
EOF
version qemu-system-aarch64
