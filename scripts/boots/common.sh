# SPDX-License-Identifier: GPL-2.0-only
# Shared by the scripts in scripts/boots: the Debian packages they boot (by sha256), the
# busybox initramfs, and keeping a boot's serial log. Sourced, not run, after the caller has
# set $root (the project's root).

mirror=http://deb.debian.org/debian

# begin <set> [workdir]: the set's log directory ($out), a work directory ($work) to
# download and boot in, entered.
begin() {
  out="$root/test/boots/$1"
  work=${2:-/tmp/crashkernel-check-$1}
  mkdir -p "$work" "$out"
  cd "$work"
}

# The packages: <pool path or URL> <sha256> <file in the package to boot or use>. The
# kernels are the oracle's (shared/oracle/kernels/images.json) plus Debian's 16K arm64
# flavour, three earlier 6.12.y arm64 builds (bookworm-backports' 6.12.43 and 6.12.57,
# trixie's 6.12.107), Debian trixie-backports' releases between 6.12 and 7.3 (6.16.3 – 7.3.4,
# arm64 and amd64: linux-image up to 6.18, linux-binary from 6.19; riscv64's 6.16.3, 6.17.8,
# 7.0.4 and 7.1.3, the ones the pool still had), and the sources of
# bullseye's 5.10, bookworm's 6.1, trixie's 6.12 and sid's 7.2
# for the project's own builds, with sid's arm64 config of 7.2 (its linux-binary package has
# none); busybox-static, OpenSBI and the riscv64 EDK2 (qemu-efi-riscv64) are trixie's.
package() {
  case $1 in
    arm64-5.10) echo pool/main/l/linux-signed-arm64/linux-image-5.10.0-32-arm64_5.10.223-1_arm64.deb 53850b52e93158e3055c1d18a5527f9f95250f44b16ee48fb5ab0b42bed44665 boot/vmlinuz-5.10.0-32-arm64 ;;
    arm64-6.1) echo http://deb.debian.org/debian-security/pool/updates/main/l/linux-signed-arm64/linux-image-6.1.0-57-arm64_6.1.192-3_arm64.deb 8301bd5b5b2cf8fd5e479832200c23e64eca0ae9ec45c487c5c318b1e44d4692 boot/vmlinuz-6.1.0-57-arm64 ;;
    arm64-6.12) echo pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64_6.12.117-1_arm64.deb 73805585385c78e048e63fdfba66da36bab724c2cdebd96a3055a8a4f1ae287a boot/vmlinuz-6.12.117+deb13-arm64 ;;
    arm64-7.2) echo pool/main/l/linux-signed-arm64/linux-binary-7.2.13+deb14-arm64_7.2.13-1_arm64.deb 9043487c40a7b1c9ef421bbe3f578bf30f1004abd19f259e769f4ff8a26bb40b usr/lib/modules/7.2.13+deb14-arm64/vmlinuz ;;
    arm64-6.12.43) echo pool/main/l/linux-signed-arm64/linux-image-6.12.43+deb12-arm64_6.12.43-1~bpo12+1_arm64.deb 7f8baab198e05aee5f7f43ec21cf7bb899da87296957bc4bda8964632a84e377 boot/vmlinuz-6.12.43+deb12-arm64 ;;
    arm64-6.12.57) echo pool/main/l/linux-signed-arm64/linux-image-6.12.57+deb12-arm64_6.12.57-1~bpo12+1_arm64.deb f22861fd1eeb6eb0d3b1b02f0edba89836236fae04bf2fb40bf85593c466beb7 boot/vmlinuz-6.12.57+deb12-arm64 ;;
    arm64-6.12.107) echo pool/main/l/linux-signed-arm64/linux-image-6.12.107+deb13-arm64_6.12.107-1_arm64.deb 20c92f3f97dd466e0400a6fcb792bde85af842fbb5e8b471370065e3de9d9fc9 boot/vmlinuz-6.12.107+deb13-arm64 ;;
    arm64-6.12-16k) echo pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64-16k_6.12.117-1_arm64.deb 4fe3f7c1022422e398e81a3087bf1912f4978f4ccf2f8bbb504517142d9a11bb boot/vmlinuz-6.12.117+deb13-arm64-16k ;;
    arm64-7.2-16k) echo pool/main/l/linux-signed-arm64/linux-binary-7.2.13+deb14-arm64-16k_7.2.13-1_arm64.deb a12a8512c48167b3b62056406399414153a494766321a91c1d5fc08cb7c9b253 usr/lib/modules/7.2.13+deb14-arm64-16k/vmlinuz ;;
    amd64-5.10) echo pool/main/l/linux-signed-amd64/linux-image-5.10.0-32-amd64_5.10.223-1_amd64.deb 86a6792f3a03ab15a643f385830cdaa921f15e3e9c8bf63aa55a9243c62fc797 boot/vmlinuz-5.10.0-32-amd64 ;;
    amd64-6.12) echo pool/main/l/linux-signed-amd64/linux-image-6.12.117+deb13-amd64_6.12.117-1_amd64.deb ca712d36790184f6ac125ce2b20ea4e2202ae6bb7817b7de268f1f0115ccda73 boot/vmlinuz-6.12.117+deb13-amd64 ;;
    amd64-7.2) echo pool/main/l/linux-signed-amd64/linux-binary-7.2.13+deb14-amd64_7.2.13-1_amd64.deb fb8cd0ade4ef82d9dde1dcf183d4bf4033db1b549b0acc9973855ad9cc48c4f5 usr/lib/modules/7.2.13+deb14-amd64/vmlinuz ;;
    riscv64-6.12) echo pool/main/l/linux/linux-image-6.12.117+deb13-riscv64_6.12.117-1_riscv64.deb f5d9424b6f6a4518197202effc7e8eeaa90f8d73466c2dba2470f6ea7fb4f55c boot/vmlinux-6.12.117+deb13-riscv64 ;;
    riscv64-7.2) echo pool/main/l/linux/linux-binary-7.2.13+deb14-riscv64_7.2.13-1_riscv64.deb de8e75884c95b246b4bf72b9dc1c004c535f786da8743006bd341e058e948e99 usr/lib/modules/7.2.13+deb14-riscv64/vmlinuz ;;
    riscv64-6.16.3) echo pool/main/l/linux/linux-image-6.16.3+deb13-riscv64_6.16.3-1~bpo13+1_riscv64.deb 41501b1664e348cda81d7b73331e0a0dd67fb8685611099fd6d9397712d1102f boot/vmlinux-6.16.3+deb13-riscv64 ;;
    riscv64-6.17.8) echo pool/main/l/linux/linux-image-6.17.8+deb13-riscv64_6.17.8-1~bpo13+1_riscv64.deb 31afeaf245cf5c0dd187907e6afaaa31ae60d249be2a902129295b706477d658 boot/vmlinux-6.17.8+deb13-riscv64 ;;
    riscv64-7.0.4) echo pool/main/l/linux/linux-binary-7.0.4+deb13-riscv64_7.0.4-1~bpo13+1_riscv64.deb edfa814eaf822e89ca7486e791d4444074e00552756231c25c61fe43f42455a8 boot/vmlinux-7.0.4+deb13-riscv64 ;;
    riscv64-7.1.3) echo pool/main/l/linux/linux-binary-7.1.3+deb13-riscv64_7.1.3-1~bpo13+1_riscv64.deb c1cb99a1793c8d4b0011fb5c3e5c317623c14ae47aff2b531930f40da74a4f79 boot/vmlinux-7.1.3+deb13-riscv64 ;;
    arm64-6.16.3) echo pool/main/l/linux-signed-arm64/linux-image-6.16.3+deb13-arm64_6.16.3-1~bpo13+1_arm64.deb 445ae2c3894f5886d08f4addebd05a5321505fd650b479c200ed11ed1fb45590 boot/vmlinuz-6.16.3+deb13-arm64 ;;
    arm64-6.17.8) echo pool/main/l/linux-signed-arm64/linux-image-6.17.8+deb13-arm64_6.17.8-1~bpo13+1_arm64.deb 689c2a76174359ae712bd1c02756dc437a8e0dc6e0bf2661bbfe1016b03b5473 boot/vmlinuz-6.17.8+deb13-arm64 ;;
    arm64-6.18.5) echo pool/main/l/linux-signed-arm64/linux-image-6.18.5+deb13-arm64_6.18.5-1~bpo13+1_arm64.deb c62f5a0ff93df29397825e078f96c9c181131188294e7a8f6fc84e94835ea3f2 boot/vmlinuz-6.18.5+deb13-arm64 ;;
    arm64-6.19.6) echo pool/main/l/linux-signed-arm64/linux-binary-6.19.6+deb13-arm64_6.19.6-2~bpo13+1_arm64.deb c1b1d5607db8ef7ab5ec6b88df037e7e4378b7e358b06148f5a21888be6d1696 boot/vmlinuz-6.19.6+deb13-arm64 ;;
    arm64-7.0.4) echo pool/main/l/linux-signed-arm64/linux-binary-7.0.4+deb13-arm64_7.0.4-1~bpo13+1_arm64.deb c78caa16ae675b7d56002a13c0179e5033395e4a3c4ef7b993da5b31aa4b8e84 boot/vmlinuz-7.0.4+deb13-arm64 ;;
    arm64-7.1.3) echo pool/main/l/linux-signed-arm64/linux-binary-7.1.3+deb13-arm64_7.1.3-1~bpo13+1_arm64.deb 4c35bbaf2ed6502ed371e6380f5bd35b3b4037df546422b66b9720f27525ec3e boot/vmlinuz-7.1.3+deb13-arm64 ;;
    arm64-7.3.4) echo pool/main/l/linux-signed-arm64/linux-binary-7.3.4+deb13-arm64_7.3.4-1~bpo13+1_arm64.deb 0bbfeddbecdea8ab294daf09eb5cc1f4405af5c044b4b7aa57f5d1eaa205530f usr/lib/modules/7.3.4+deb13-arm64/vmlinuz ;;
    amd64-6.16.3) echo pool/main/l/linux-signed-amd64/linux-image-6.16.3+deb13-amd64_6.16.3-1~bpo13+1_amd64.deb b26df6762a996a50819fc75320c6ad25d659df2e9006cf5e562efc5b210e7f3f boot/vmlinuz-6.16.3+deb13-amd64 ;;
    amd64-6.17.8) echo pool/main/l/linux-signed-amd64/linux-image-6.17.8+deb13-amd64_6.17.8-1~bpo13+1_amd64.deb 821bd69ca64c0e01de72cc1e19e4a129097e616e8fc060cad81804351c9b907c boot/vmlinuz-6.17.8+deb13-amd64 ;;
    amd64-6.18.5) echo pool/main/l/linux-signed-amd64/linux-image-6.18.5+deb13-amd64_6.18.5-1~bpo13+1_amd64.deb a39c2f6db87b039a3b62cfa9256f6054951fbf08e351b7a3e2b5a792f79ea1e7 boot/vmlinuz-6.18.5+deb13-amd64 ;;
    amd64-6.19.6) echo pool/main/l/linux-signed-amd64/linux-binary-6.19.6+deb13-amd64_6.19.6-2~bpo13+1_amd64.deb 7359bec1b18465f68111a546f5a83a861745b223f0b97010e426041d4a39c805 boot/vmlinuz-6.19.6+deb13-amd64 ;;
    amd64-7.0.4) echo pool/main/l/linux-signed-amd64/linux-binary-7.0.4+deb13-amd64_7.0.4-1~bpo13+1_amd64.deb 9ae32d5bfed1c495fbefdbf4eff72ef47f271874af885ef764a8329f7b8362c4 boot/vmlinuz-7.0.4+deb13-amd64 ;;
    amd64-7.1.3) echo pool/main/l/linux-signed-amd64/linux-binary-7.1.3+deb13-amd64_7.1.3-1~bpo13+1_amd64.deb cc44dfbe38c63743bc722db50eacec639f949fcc01ba7fd90cd2f1e76838eae9 boot/vmlinuz-7.1.3+deb13-amd64 ;;
    amd64-7.3.4) echo pool/main/l/linux-signed-amd64/linux-binary-7.3.4+deb13-amd64_7.3.4-1~bpo13+1_amd64.deb 7e3248d03a84dcdda88c567aa8c4038f2e7795d2dd167b112c56f8901b6f513f usr/lib/modules/7.3.4+deb13-amd64/vmlinuz ;;
    # Ubuntu's amd64 builds (test/boots/ubuntu), the newest of each series in the archive on
    # 2026-12-05: jammy's 5.15 and noble's 6.8, the noble HWE series 6.11, 6.14, 6.17 and 7.0,
    # focal's HWE 5.11 and 5.13, jammy's HWE 5.19, 6.2 and 6.5, and the OEM series 5.14, 5.17,
    # 6.0 and 6.1.
    amd64-5.15.0-204-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux/linux-image-unsigned-5.15.0-204-generic_5.15.0-204.214_amd64.deb 2fa65ba92f39485b97c53d68b4245931a2fb6abadadf250769b48f86f7eaa815 boot/vmlinuz-5.15.0-204-generic ;;
    amd64-6.8.0-151-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux/linux-image-unsigned-6.8.0-151-generic_6.8.0-151.151_amd64.deb f7383b6e775f29b1601f88b5acc10863fd8786c9534bf435628b61ce41ccba48 boot/vmlinuz-6.8.0-151-generic ;;
    amd64-6.11.0-29-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-6.11/linux-image-unsigned-6.11.0-29-generic_6.11.0-29.29~24.04.1_amd64.deb 68b6cd1f1fdd6270e9bef7a4605e399a3dddc042b158b5bb60cddad665d5188e boot/vmlinuz-6.11.0-29-generic ;;
    amd64-6.14.0-37-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-6.14/linux-image-unsigned-6.14.0-37-generic_6.14.0-37.37~24.04.1_amd64.deb 686e49cd35a99f336144f60eda4c3b3ad769f9cda3b28989fbea3230b9c787d0 boot/vmlinuz-6.14.0-37-generic ;;
    amd64-6.17.0-42-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-6.17/linux-image-unsigned-6.17.0-42-generic_6.17.0-42.42_amd64.deb 45b7e98dbad83c111a46129512071edb2793ced0f06db10f8fa3f318b57ea18a boot/vmlinuz-6.17.0-42-generic ;;
    amd64-7.0.0-44-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-7.0/linux-image-unsigned-7.0.0-44-generic_7.0.0-44.44~24.04.1_amd64.deb 28f2944a2c66e472e65d3160113f3055ae467fb4a600008e4180cb01bcd4d10e boot/vmlinuz-7.0.0-44-generic ;;
    amd64-5.11.0-46-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-5.11/linux-image-unsigned-5.11.0-46-generic_5.11.0-46.51~20.04.1_amd64.deb ec091b7781d6118cf15eb860b6c7c3f5a3953f1730501a02879461ac662968c6 boot/vmlinuz-5.11.0-46-generic ;;
    amd64-5.13.0-52-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-5.13/linux-image-unsigned-5.13.0-52-generic_5.13.0-52.59~20.04.1_amd64.deb 27182e23c7587d1f60edc68a5277f13459acc663bb8539f677c7979cb525d0fa boot/vmlinuz-5.13.0-52-generic ;;
    amd64-5.14.0-1059-oem) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-oem-5.14/linux-image-unsigned-5.14.0-1059-oem_5.14.0-1059.67_amd64.deb 56f67a21de9b7ee1b54a8fbe84adca6d68e95bd7df4803718aeeac28cb2b37dc boot/vmlinuz-5.14.0-1059-oem ;;
    amd64-5.17.0-1035-oem) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-oem-5.17/linux-image-unsigned-5.17.0-1035-oem_5.17.0-1035.36_amd64.deb db678d7db3c23d78279d406df6104d6c6a279ccd0716dab39b86e279c7732d0b boot/vmlinuz-5.17.0-1035-oem ;;
    amd64-5.19.0-50-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-5.19/linux-image-unsigned-5.19.0-50-generic_5.19.0-50.50_amd64.deb b225ba82fa3c297c22e23808506a986dd464b2d32b14d9bb1629a38e7a3b144f boot/vmlinuz-5.19.0-50-generic ;;
    amd64-6.0.0-1021-oem) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-oem-6.0/linux-image-unsigned-6.0.0-1021-oem_6.0.0-1021.21_amd64.deb 79d073f16171f45160239fa27542be22fa90e851fac3be1b72f2e06b144a076a boot/vmlinuz-6.0.0-1021-oem ;;
    amd64-6.1.0-1036-oem) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-oem-6.1/linux-image-unsigned-6.1.0-1036-oem_6.1.0-1036.36_amd64.deb c53bf06500ddfb91b4b953afa3dac98ad61a99f033a3adfdf5d39a057c723258 boot/vmlinuz-6.1.0-1036-oem ;;
    amd64-6.2.0-39-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-6.2/linux-image-unsigned-6.2.0-39-generic_6.2.0-39.40~22.04.1_amd64.deb 7fb2d55eb2aeb16a5db1cc35eb03e1b0c143df034fb843e7a968f2908f54427b boot/vmlinuz-6.2.0-39-generic ;;
    amd64-6.5.0-45-generic) echo http://archive.ubuntu.com/ubuntu/pool/main/l/linux-hwe-6.5/linux-image-unsigned-6.5.0-45-generic_6.5.0-45.45~22.04.1_amd64.deb a26245439090dfd210e41348d52552e7aea4e91eab25387efdd6aab81187a50d boot/vmlinuz-6.5.0-45-generic ;;
    linux-source-5.10) echo pool/main/l/linux/linux-source-5.10_5.10.223-1_all.deb f733d27d239d65598d96d7a72f71ac50f49f2380192a1b3b4ca2f5ad5144dd63 usr/src/linux-source-5.10.tar.xz ;;
    linux-source-6.1) echo http://deb.debian.org/debian-security/pool/updates/main/l/linux/linux-source-6.1_6.1.192-3_all.deb 5259c57ca92092da39bd2ea803046da0e3c28f2b6a11ea20f6297468188ceb67 usr/src/linux-source-6.1.tar.xz ;;
    linux-source-6.12) echo pool/main/l/linux/linux-source-6.12_6.12.117-1_all.deb 9141325315c7f1eca682113d185a8c77c82814aa6e32f7e127e61d6106403835 usr/src/linux-source-6.12.tar.xz ;;
    linux-source-7.2) echo pool/main/l/linux/linux-source-7.2_7.2.13-1_all.deb 30a8c5fc63f9028a62e6d7b3f7f43bee67425dbce2a05fceba83f9b87c92083d usr/src/linux-source-7.2.tar.xz ;;
    linux-config-7.2) echo pool/main/l/linux/linux-config-7.2_7.2.13-1_arm64.deb 2c3970afca9de6cd6cbf8d87f56ce1788b6b2e74a57eb14ba61418bcea270c2d usr/src/linux-config-7.2/config.arm64_none_arm64.xz ;;
    busybox-arm64) echo pool/main/b/busybox/busybox-static_1.37.0-6+b9_arm64.deb c833be48abfa16bc19c4966ec93e289ff1ce5d2f1476cad3a57bd105378cd15c usr/bin/busybox ;;
    busybox-amd64) echo pool/main/b/busybox/busybox-static_1.37.0-6+b9_amd64.deb 598a3fd92bdafc34cd81196b2952ad36e910e47a4ecf162f8ce5e8e262598e53 usr/bin/busybox ;;
    busybox-riscv64) echo pool/main/b/busybox/busybox-static_1.37.0-6+b9_riscv64.deb 4add476d2b185c5b487c285b38d790f0881a7e4a8e2ddde835f917e770eb8633 usr/bin/busybox ;;
    opensbi) echo pool/main/o/opensbi/opensbi_1.6-1_all.deb dc4a43bd21a0ca11771ed8b19ee6fa8476d1d0f4976bd0b27c0357c699d27e1e usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin ;;
    edk2-riscv64) echo pool/main/e/edk2/qemu-efi-riscv64_2025.02-8+deb13u1_all.deb bda367c8e798ba5e5b7c650f06e350750a35f6764b6715449edc72848ba1f997 usr/share/qemu-efi-riscv64/RISCV_VIRT_CODE.fd ;;
    *) echo "unknown package $1" >&2; return 1 ;;
  esac
}

# need <package>…: download each once, check its sha256, unpack it into x/<package>.
need() {
  for p in "$@"; do
    # shellcheck disable=SC2046
    set -- $(package "$p")
    f=$(basename "$1")
    case $1 in http*) url=$1 ;; *) url=$mirror/$1 ;; esac
    [ -f "$f" ] || curl -sfO "$url"
    echo "$2  $f" | sha256sum -c --quiet
    mkdir -p "x/$p"
    dpkg-deb -x "$f" "x/$p"
  done
}

# select_boots <id glob>: the lines of stdin (`<arch> <release> <machine> <memory> <id> …`, a
# drawn set's boots) whose id the glob matches, as they are.
select_boots() {
  while read -r arch release machine mem id rest; do
    # shellcheck disable=SC2254
    case $id in '') ;; $1) printf '%s\n' "$arch $release $machine $mem $id $rest" ;; esac
  done
}

# need_boots <lines>: the kernel packages (`<arch>-<release>`) of those boots, each once.
need_boots() {
  for p in $(printf '%s\n' "$1" | awk 'NF { print $1 "-" $2 }' | sort -u); do need "$p"; done
}

# unpacked <package>: the file to use of an unpacked package (a kernel image, busybox, firmware).
unpacked() {
  # shellcheck disable=SC2046
  set -- $(package "$1") "$1"
  echo "x/$4/$3"
}

# initramfs <arch> <output>: a busybox initramfs whose init prints /proc/iomem, /proc/cmdline, /proc/meminfo,
# the kernel's page tables where debugfs has them, and dmesg between
# =====ORACLE-BEGIN/END <name>===== markers (as the oracle's does), then powers off.
initramfs() {
  need "busybox-$1"
  # A directory and an archive of this shell's own, renamed into place once whole: two scripts
  # sharing a work directory (run side by side) must not build into each other's tree or boot
  # a half-written archive. (2026-12-06: they did, and some boots got an initramfs without
  # /init and ended in "VFS: Unable to mount root fs".)
  ir="ir.$$"
  rm -rf "$ir" && mkdir -p "$ir/bin" "$ir/proc" "$ir/sys" "$ir/dev"
  cp "$(unpacked "busybox-$1")" "$ir/bin/"
  cat > "$ir/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sys /sys
/bin/busybox dmesg -n 1
for s in iomem cmdline meminfo; do
  echo "=====ORACLE-BEGIN $s====="
  /bin/busybox cat /proc/$s
  echo "=====ORACLE-END $s====="
done
# A kernel with CONFIG_PTDUMP_DEBUGFS (the project's own builds) shows its page tables.
/bin/busybox mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
if [ -e /sys/kernel/debug/kernel_page_tables ]; then
  echo "=====ORACLE-BEGIN kernel_page_tables====="
  /bin/busybox cat /sys/kernel/debug/kernel_page_tables
  echo "=====ORACLE-END kernel_page_tables====="
fi
echo =====ORACLE-BEGIN dmesg=====
/bin/busybox dmesg
echo =====ORACLE-END dmesg=====
echo =====ORACLE-DONE=====
/bin/busybox poweroff -f
INIT
  chmod +x "$ir/init"
  (cd "$ir" && find . | sort | cpio -o -H newc --quiet) | gzip -9n > "$2.$$"
  mv "$2.$$" "$2"
  rm -rf "$ir"
}

# boot_amd64 <id> <series> <machine> <memory> <cmdline>: boots the oracle's amd64 <series> kernel
# as the oracle boots amd64 (QEMU <machine> q35 or pc, -cpu max, one CPU, -m <memory>,
# -kernel, the initramfs.cpio.gz of the working directory, "console=ttyS0 nokaslr <cmdline>")
# and leaves the serial log in <id>.log; at most $BOOT_TIMEOUT seconds (600 unless set).
boot_amd64() {
  timeout "${BOOT_TIMEOUT:-600}" qemu-system-x86_64 -M "$3" -cpu max -smp 1 -m "$4" -nodefaults -display none \
    -kernel "$(unpacked "amd64-$2")" -initrd initramfs.cpio.gz -append "console=ttyS0 nokaslr $5" \
    -serial stdio -no-reboot < /dev/null > "$1.log" 2>&1 || true
}

# keep <id>: check the boot finished, compress its log into $out, print its crash line.
keep() {
  grep -q '=====ORACLE-DONE=====' "$1.log" || echo "warning: $1 did not finish" >&2
  gzip -9nc "$1.log" > "$out/$1.log.gz"
  echo "$1: $(grep -m1 -E 'crashkernel reserved|Reserving [0-9]+MB of (low )?memory at|crashkernel.*(fail|Fail)|cannot allocate crashkernel' "$1.log" || echo 'no crashkernel line')"
}

# version <qemu>: record the QEMU that made the set.
version() {
  "$1" --version | head -1 > "$out/QEMU_VERSION"
}

# watch_boot <id> <qemu> <qemu args…>: QEMU in the background, its serial output in <id>.log,
# stopped once the log has the end of the initramfs's output or a panic (x86's early exception
# handler halts without an "end Kernel panic" line: its "PANIC: early exception", with the
# trace printed right after it), or after 600 s. A log
# past 8 MB is riscv64's endless crash-reservation retry printing one memblock=debug request
# after another (random-dt i09: 112 MB in three minutes): the boot is stopped and the log kept
# up to the retry and a few hundred of its requests (its first 400 lines).
watch_boot() {
  id=$1 qemu=$2
  shift 2
  "$qemu" "$@" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 &
  pid=$!
  n=0
  while kill -0 "$pid" 2>/dev/null && [ "$n" -lt 600 ]; do
    if grep -qs -e '=====ORACLE-DONE=====' -e 'end Kernel panic' -e 'PANIC: early exception' "$id.log"; then sleep 2; break; fi
    if [ "$(wc -c 2>/dev/null < "$id.log" || echo 0)" -gt 8000000 ]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      head -n 400 "$id.log" > "$id.log.cut" && mv "$id.log.cut" "$id.log"
      echo "warning: $id repeats itself (the endless retry?): stopped, its log cut after 400 lines" >&2
      return
    fi
    sleep 1
    n=$((n + 1))
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# uboot_qemu: Debian bookworm's u-boot-qemu 2023.01+dfsg-2+deb12u3 (apt-get download, by sha256),
# unpacked; sets $uboot_dir to the directory of its builds (qemu_arm64, qemu-riscv64_smode, …).
uboot_qemu() {
  ub=u-boot-qemu_2023.01+dfsg-2+deb12u3_all.deb
  [ -f "$ub" ] || apt-get download u-boot-qemu=2023.01+dfsg-2+deb12u3
  echo "02a14f0876b76c0d7d7934e9b83a77515c5bdbad1e00af84c445bfeb1e6b8665  $ub" | sha256sum -c --quiet
  mkdir -p x/u-boot-qemu
  dpkg-deb -x "$ub" x/u-boot-qemu
  uboot_dir=x/u-boot-qemu/usr/lib/u-boot
}

# wait_for <log> <text>: until the log holds <text> (at most 120 s), for a script typing into a
# firmware's serial console.
wait_for() {
  i=0
  until grep -qF -- "$2" "$1" 2>/dev/null; do
    i=$((i + 1))
    [ $i -le 1200 ] || { echo "no '$2' in $1" >&2; return 1; }
    sleep 0.1
  done
}

# sv57: the riscv64 DT edit (boot_with_dt) to the oracle's QEMU 10 paging mode.
sv57() { sed 's/"riscv,sv48"/"riscv,sv57"/'; }

# watch_machine <id> <arch> <kernel> <memory> <smp/numa args> <cmdline>: one arm64 or amd64
# boot as the oracle boots each (arm64 QEMU virt with dtb-randomness=off, or the -M value
# $ARM64_MACHINE when set (virtualization=on: entered at EL2), -cpu max, an early
# console; amd64 q35, -cpu max; nokaslr and memblock=debug on both) with the given -smp and
# -numa arguments, the kernel of package <arch>-<kernel> and the initramfs-<arch>.cpio.gz of
# the working directory, stopped by watch_boot.
watch_machine() {
  wm_id=$1 wm_arch=$2 wm_kernel=$3 wm_mem=$4 wm_numa=$5 wm_cmdline=$6
  if [ "$wm_arch" = arm64 ]; then
    # shellcheck disable=SC2086
    watch_boot "$wm_id" qemu-system-aarch64 -M "${ARM64_MACHINE:-virt,dtb-randomness=off}" -cpu max,pauth-impdef=on -m "$wm_mem" $wm_numa \
      -nodefaults -display none -kernel "$(unpacked "arm64-$wm_kernel")" -initrd initramfs-arm64.cpio.gz \
      -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $wm_cmdline"
  else
    # shellcheck disable=SC2086
    watch_boot "$wm_id" qemu-system-x86_64 -M q35 -cpu max -m "$wm_mem" $wm_numa -nodefaults -display none \
      -kernel "$(unpacked "amd64-$wm_kernel")" -initrd initramfs-amd64.cpio.gz \
      -append "console=ttyS0 nokaslr memblock=debug $wm_cmdline"
  fi
}

# two_nodes <size 0> <size 1>: the QEMU arguments of two NUMA nodes of those sizes, one CPU and
# one memory backend each.
two_nodes() {
  echo "-smp 2 -object memory-backend-ram,id=m0,size=$1,reserve=off -object memory-backend-ram,id=m1,size=$2,reserve=off -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1"
}

# machine_table: boots each line of stdin, `<arch> <kernel> <memory> <nodes> <tag> <cmdline>`
# (nodes "-" for one, or "A+B" for two of those sizes), with watch_machine, as
# <arch>-<kernel>-<memory>[-<nodes>]-<tag>, and keeps its log (ONLY filters the ids).
machine_table() {
  while read -r mt_arch mt_kernel mt_mem mt_nodes mt_tag mt_cmdline; do
    mt_id="$mt_arch-$mt_kernel-$mt_mem-$mt_tag"
    [ "$mt_nodes" = - ] || mt_id="$mt_arch-$mt_kernel-$mt_mem-$mt_nodes-$mt_tag"
    [ -n "${ONLY:-}" ] && case " $ONLY " in *" $mt_id "*) ;; *) continue ;; esac
    mt_numa="-smp 1"
    [ "$mt_nodes" = - ] || mt_numa=$(two_nodes "${mt_nodes%+*}" "${mt_nodes#*+}")
    watch_machine "$mt_id" "$mt_arch" "$mt_kernel" "$mt_mem" "$mt_numa" "$mt_cmdline"
    keep "$mt_id"
  done
}

# dt_boot_arm64 <id> <edit> <kernel package> <initramfs> <memory> <cmdline>: one arm64 boot
# with QEMU's DTB passed through the shell function <edit> (boot_with_dt), as the oracle boots
# arm64 (virt, dtb-randomness=off, -cpu max, one CPU, an early console, memblock=debug,
# nokaslr); keeps the log and the DTB next to it.
dt_boot_arm64() {
  boot_with_dt "$1" "$2" qemu-system-aarch64 virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$5" -nodefaults -display none \
    -kernel "$(unpacked "$3")" -initrd "$4" -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $6"
  cp "$1.dtb" "$out/$1.dtb"
  keep "$1"
}

# boot_with_dt <id> <edit> <qemu> <-M value> <qemu args…>: dump the DTB QEMU makes for these
# arguments, pass its source through the shell function <edit> (stdin to stdout), compile it
# and boot with it (-dtb), the serial output in <id>.log; at most $BOOT_TIMEOUT seconds (900
# unless set).
boot_with_dt() {
  make_dtb "$@"
  id=$1 qemu=$3 mopt=$4
  shift 4
  timeout "${BOOT_TIMEOUT:-900}" "$qemu" -M "$mopt" "$@" -dtb "$id.dtb" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
}

# make_dtb <id> <edit> <qemu> <-M value> <qemu args…>: <id>.dtb, the DTB QEMU makes for these
# arguments passed through the shell function <edit> (its source in <id>.dts), to boot with -dtb.
make_dtb() {
  id=$1 edit=$2 qemu=$3 mopt=$4
  shift 4
  "$qemu" -M "$mopt,dumpdtb=$id.qemu.dtb" "$@" < /dev/null > /dev/null 2>&1 || true
  dtc -q -I dtb -O dts "$id.qemu.dtb" | "$edit" > "$id.dts"
  dtc -q -I dts -O dtb "$id.dts" > "$id.dtb"
}

# boot_arm64 <id> <image> <variant> <memory> <options…>: one arm64 boot as the oracle boots
# arm64 (QEMU virt, dtb-randomness=off, -cpu max, one CPU, the initramfs), with an early
# console, memblock=debug and nokaslr before the options; `plain` boots QEMU's own DTB, any
# other variant the oracle's edit of it (edit_dts). Keeps the log; at most $BOOT_TIMEOUT
# seconds (900 unless set).
boot_arm64() {
  id=$1 image=$2 variant=$3 mem=$4
  shift 4
  machine="-cpu max,pauth-impdef=on -smp 1 -m $mem -nodefaults -display none"
  append="console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $*"
  if [ "$variant" = plain ]; then
    # shellcheck disable=SC2086
    timeout "${BOOT_TIMEOUT:-900}" qemu-system-aarch64 -M virt,dtb-randomness=off $machine -kernel "$image" -initrd initramfs.cpio.gz \
      -append "$append" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  else
    # shellcheck disable=SC2086
    boot_with_dt "$id" edit_dts qemu-system-aarch64 virt,dtb-randomness=off $machine -kernel "$image" -initrd initramfs.cpio.gz \
      -append "$append"
  fi
  keep "$id"
}

# edit_dts: the node (or memory edit) the DT variant $variant adds to QEMU's DTB source on
# stdin, as shared/oracle's cases do (dma30, resmem-cma, resmem-nomap, twobank); for
# boot_with_dt.
edit_dts() {
  case $variant in
    dma30) sed '$d'; cat <<'NODE'
	/* oracle: 30-bit DMA bus like RPi4 emmc2bus */
	dma-bus30 {
		compatible = "simple-bus";
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		dma-ranges = <0x00 0xc0000000 0x00 0x00 0x00 0x40000000>;
	};
};
NODE
    ;;
    resmem-cma) sed '$d'; cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		linux,cma {
			compatible = "shared-dma-pool";
			reusable;
			size = <0x00 0x10000000>;
			alloc-ranges = <0x00 0x40000000 0x00 0x80000000>;
			linux,cma-default;
		};
	};
};
NODE
    ;;
    resmem-nomap) sed '$d'; cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		firmware@f0000000 {
			reg = <0x00 0xf0000000 0x00 0x10000000>;
			no-map;
		};
	};
};
NODE
    ;;
    twobank) sed 's|reg = <0x00 0x40000000 0x01 0x00>;|reg = <0x00 0x40000000 0x00 0x40000000>;\
		device_type = "memory";\
	};\
\
	memory@c0000000 {\
		reg = <0x00 0xc0000000 0x00 0x80000000>;|' ;;
  esac
}

# static_cma_nodes <hex digit>: a /reserved-memory node (DT source) with three static reusable
# shared-dma-pool nodes at 0x<d>0000000: a 16 MiB pool there, a 1 MiB one at 0x<d>8100000 that
# is not CMA-aligned, and a 64 MiB linux,cma-default one at 0x<d+1>0000000 (arm64-resmem's and
# riscv64's static-cma boots).
static_cma_nodes() {
  lo=$1 hi=$(printf '%x' $((0x$1 + 1)))
  cat <<NODE
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		pool@${lo}0000000 { compatible = "shared-dma-pool"; reusable; reg = <0x00 0x${lo}0000000 0x00 0x1000000>; };
		odd@${lo}8100000 { compatible = "shared-dma-pool"; reusable; reg = <0x00 0x${lo}8100000 0x00 0x100000>; };
		linux,cma@${hi}0000000 { compatible = "shared-dma-pool"; reusable; reg = <0x00 0x${hi}0000000 0x00 0x4000000>; linux,cma-default; };
	};
NODE
}
