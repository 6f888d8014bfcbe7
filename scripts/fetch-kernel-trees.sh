#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Fetches the upstream release trees the kernel-*-fixture scripts are built from besides
# Debian's linux-source packages: Ubuntu ships each release's own tarball as the orig.tar.gz of
# a linux-hwe-X.Y / linux-oem-X.Y (or another flavour's) source package, unchanged.
#   scripts/fetch-kernel-trees.sh DEST [X.Y...]
# writes DEST/linux-X.Y with what the fixtures and the engine's citations read (Makefile, mm/,
# kernel/, lib/, include/, init/, tools/, arch/{arm64,riscv,x86}/, drivers/of/,
# drivers/firmware/efi/, drivers/acpi/arm64/, drivers/base/, drivers/iommu/,
# Documentation/admin-guide/kernel-parameters.txt). Without releases it fetches the fifteen the
# fixtures use. Needs curl and tar, and http://archive.ubuntu.com.
set -eu
dest=${1:?usage: fetch-kernel-trees.sh DEST [X.Y...]}
shift
[ $# -gt 0 ] || set -- 5.11 5.13 5.14 5.15 5.17 5.19 6.0 6.1 6.2 6.5 6.8 6.11 6.14 6.17 7.0
pool=http://archive.ubuntu.com/ubuntu/pool/main/l
mkdir -p "$dest"
for v in "$@"; do
  [ -d "$dest/linux-$v" ] && { echo "linux-$v: already there"; continue; }
  # The source packages that carry the release's tarball, in the order they are tried (the
  # archive drops some as their suites end).
  got=
  for p in linux-hwe-$v linux-oem-$v linux linux-aws-$v linux-gcp-$v linux-azure-$v linux-allwinner-$v linux-riscv-$v; do
    if curl -sf "$pool/$p/${p}_$v.0.orig.tar.gz" -o "$dest/$v.tar.gz"; then got=$p; break; fi
  done
  [ -n "$got" ] || { echo "linux-$v: no orig tarball found" >&2; rm -f "$dest/$v.tar.gz"; continue; }
  top=$(tar -tzf "$dest/$v.tar.gz" | head -1 | cut -d/ -f1)
  tar -xzf "$dest/$v.tar.gz" -C "$dest" --wildcards "$top/Makefile" "$top/mm/*" "$top/kernel/*" "$top/lib/*" \
    "$top/include/*" "$top/init/*" "$top/tools/*" "$top/arch/arm64/*" "$top/arch/riscv/*" "$top/arch/x86/*" \
    "$top/drivers/of/*" "$top/drivers/firmware/efi/*" "$top/drivers/acpi/arm64/*" "$top/drivers/base/*" \
    "$top/drivers/iommu/*" "$top/Documentation/admin-guide/kernel-parameters.txt"
  [ "$top" = "linux-$v" ] || mv "$dest/$top" "$dest/linux-$v"
  rm -f "$dest/$v.tar.gz"
  echo "linux-$v: from $got ($(awk '/^VERSION =/{a=$3} /^PATCHLEVEL =/{b=$3} /^SUBLEVEL =/{c=$3} END{print a "." b "." c}' "$dest/linux-$v/Makefile"))"
done
