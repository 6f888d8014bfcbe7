#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-sort.json: permutations from the kernel's own lib/sort.c.
#   scripts/kernel-sort-fixture.sh <linux-source-5.10> <linux-source-6.1>
# Needs gcc and node. The inputs are drawn from few bases and sizes so that many records tie,
# which is where an unstable sort shows its order.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node -e '
let s = 12345
const rnd = (k) => { s = (s * 1103515245 + 12345) % 2147483648; return s % k }
const bases = ["0", "80000000", "f0000000", "40000000"], sizes = ["0", "1000", "100000"]
for (let t = 0; t < 400; t++) {
  const n = 1 + rnd(12)
  const recs = Array.from({ length: n }, () => rnd(3) === 0 ? "0 0" : bases[rnd(4)] + " " + sizes[rnd(3)])
  console.log(n + " " + recs.join(" "))
}' > "$tmp/in.txt"
for tree in "$1" "$2"; do
  v=$(basename "$tree" | sed 's/^linux-source-//')
  case "$v" in 5.*) swap=swap_func_t ;; *) swap=swap_r_func_t ;; esac
  gcc -O1 -DSWAP_FUNC_T="$swap" -I"$here/kernel-sort/include" -o "$tmp/sort-$v" "$here/kernel-sort/harness.c" "$tree/lib/sort.c"
  "$tmp/sort-$v" < "$tmp/in.txt" > "$tmp/out-$v.txt"
done
cmp "$tmp/out-$(basename "$1" | sed 's/^linux-source-//').txt" "$tmp/out-$(basename "$2" | sed 's/^linux-source-//').txt"
node -e '
const fs = require("fs")
const [inp, out, v1, v2] = process.argv.slice(1)
const ins = fs.readFileSync(inp, "utf8").trim().split("\n"), outs = fs.readFileSync(out, "utf8").trim().split("\n")
const cases = ins.map((l, i) => { const w = l.split(" "); const n = Number(w[0]); return { records: Array.from({ length: n }, (_, k) => [w[1 + 2 * k], w[2 + 2 * k]]), sorted: outs[i].split(" ").map(Number) } })
const doc = { about: "lib/sort.c of linux-source-" + v1 + " and " + v2 + " (identical output) on reserved_mem records compared by base, then size (hex); sorted lists the original indices in sorted order. Made by scripts/kernel-sort-fixture.sh.", cases }
fs.writeFileSync(process.argv[5], JSON.stringify(doc) + "\n")
' "$tmp/in.txt" "$tmp/out-$(basename "$1" | sed 's/^linux-source-//').txt" "$(basename "$1" | sed 's/^linux-source-//')" "$(basename "$2" | sed 's/^linux-source-//')" "$root/test/fixtures/kernel-sort.json"
echo "wrote $root/test/fixtures/kernel-sort.json"
