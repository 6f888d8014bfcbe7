# SPDX-License-Identifier: GPL-2.0-only
# Shared by ../kernel-mmu-fixture.sh (arm64) and ../kernel-riscv-mmu-fixture.sh (riscv64):
# sourced, not run, after ../kernel-fixture-lib.sh.

# cut_fns FILE "NAMES" KEEP-REGEX "REQUIRED": each named function's first definition in FILE,
# from its header line (in column 0, not a prototype) to the next "}" in column 0, and every
# line matching KEEP-REGEX (e.g. a #define the functions need, with its continuation lines;
# only the first definition of a macro; "" for none); fails unless each of REQUIRED (names some
# trees lack are left out of it) was found.
cut_fns() {
  awk -v names="$(echo $2)" -v keep="$3" -v required="$(echo $4)" '
    BEGIN { n = split(names, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
    cont { if (!skip) print; cont = /\\$/; next }
    keep != "" && $0 ~ keep { skip = ($2 in seen); seen[$2] = 1; if (!skip) print; cont = /\\$/; next }
    !inf && /^[a-z]/ && !/;[ \t]*$/ && match($0, /[A-Za-z0-9_]+\(/) {
      nm = substr($0, RSTART, RLENGTH - 1)
      if ((nm in want) && !(nm in done)) { inf = 1; done[nm] = 1 }
    }
    inf { print }
    inf && /^}/ { inf = 0; print "" }
    END {
      n = split(required, r, " ")
      for (i = 1; i <= n; i++) if (!(r[i] in done)) { print "cut_fns: " r[i] " not found" > "/dev/stderr"; bad = 1 }
      exit bad
    }
  ' "$1"
}

# run_harness BIN IN OUT: the harness on IN; its stderr (ASan, UBSan, its own checks) fails
# the script, and so does an output shorter than the input.
run_harness() {
  "$1" < "$2" > "$3" 2> "$3.err"
  if [ -s "$3.err" ]; then cat "$3.err" >&2; exit 1; fi
  [ "$(wc -l < "$3")" = "$(wc -l < "$2")" ] || { echo "$1: output short" >&2; exit 1; }
}

# The compiler flags of every harness build.
HARNESS_CFLAGS="-O1 -g -fsanitize=address,undefined -Wall -Wno-unused-function -Wno-unused-variable -Wno-unused-but-set-variable -Werror=implicit-function-declaration"
