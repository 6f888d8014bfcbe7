# SPDX-License-Identifier: GPL-2.0-only
# Shared by the scripts in scripts/boots: fetching Debian packages by sha256, the busybox
# initramfs, and keeping a boot's serial log. Sourced, not run; expects $work (the download
# and scratch directory) and $out (where the logs go) to be set.

mirror=http://deb.debian.org/debian

# fetch <pool path or URL> <sha256>: download once, check, unpack into x/<package>.
fetch() {
  f=$(basename "$1")
  case $1 in http*) url=$1 ;; *) url=$mirror/$1 ;; esac
  [ -f "$f" ] || curl -sfO "$url"
  echo "$2  $f" | sha256sum -c --quiet
  mkdir -p "x/${f%%_*}"
  dpkg-deb -x "$f" "x/${f%%_*}"
}

# initramfs <busybox package dir> <output>: a busybox initramfs whose init prints
# /proc/iomem, /proc/cmdline and dmesg between =====ORACLE-BEGIN/END <name>===== markers
# (as the oracle's does), then powers off.
initramfs() {
  rm -rf ir && mkdir -p ir/bin ir/proc ir/sys ir/dev
  cp "$1/usr/bin/busybox" ir/bin/
  cat > ir/init <<'INIT'
#!/bin/busybox sh
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sys /sys
/bin/busybox dmesg -n 1
for s in iomem cmdline; do
  echo "=====ORACLE-BEGIN $s====="
  /bin/busybox cat /proc/$s
  echo "=====ORACLE-END $s====="
done
echo =====ORACLE-BEGIN dmesg=====
/bin/busybox dmesg
echo =====ORACLE-END dmesg=====
echo =====ORACLE-DONE=====
/bin/busybox poweroff -f
INIT
  chmod +x ir/init
  (cd ir && find . | sort | cpio -o -H newc --quiet) | gzip -9n > "$2"
}

# keep <id>: check the boot finished, compress its log into $out, print its crash line.
keep() {
  grep -q '=====ORACLE-DONE=====' "$1.log" || echo "warning: $1 did not finish" >&2
  gzip -9nc "$1.log" > "$out/$1.log.gz"
  echo "$1: $(grep -m1 -E 'crashkernel reserved|Reserving [0-9]+MB of (low )?memory at|crashkernel.*(fail|Fail)|cannot allocate crashkernel' "$1.log" || echo 'no crashkernel line')"
}
