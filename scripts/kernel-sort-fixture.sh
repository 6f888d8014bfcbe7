#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-sort.json: permutations from the kernel's own lib/sort.c.
#   scripts/kernel-sort-fixture.sh <linux-source-5.10> <linux-source-6.1> <linux-source-6.12> <linux-source-7.2>
# Needs gcc and node. The inputs are drawn from few bases and sizes so that many records tie,
# which is where an unstable sort shows its order. 5.10 and 6.1 must agree (sort()), and so
# must 6.12 and 7.2 (sortDoublePop()).
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
ver() { basename "$1" | sed 's/^linux-source-//'; }
for tree in "$1" "$2" "$3" "$4"; do
  v=$(ver "$tree")
  case "$v" in 5.*) swap=swap_func_t ;; *) swap=swap_r_func_t ;; esac
  gcc -O1 -DSWAP_FUNC_T="$swap" -I"$here/kernel-sort/include" -o "$tmp/sort-$v" "$here/kernel-sort/harness.c" "$tree/lib/sort.c"
  "$tmp/sort-$v" < "$tmp/in.txt" > "$tmp/out-$v.txt"
done
cmp "$tmp/out-$(ver "$1").txt" "$tmp/out-$(ver "$2").txt"
cmp "$tmp/out-$(ver "$3").txt" "$tmp/out-$(ver "$4").txt"
node -e '
const fs = require("fs")
const [inp, out, outDp, v1, v2, v3, v4, dest] = process.argv.slice(1)
const lines = (f) => fs.readFileSync(f, "utf8").trim().split("\n")
const ins = lines(inp), outs = lines(out), outsDp = lines(outDp)
const cases = ins.map((l, i) => {
  const w = l.split(" ")
  const n = Number(w[0])
  return { records: Array.from({ length: n }, (_, k) => [w[1 + 2 * k], w[2 + 2 * k]]), sorted: outs[i].split(" ").map(Number), sortedDoublePop: outsDp[i].split(" ").map(Number) }
})
const about = "lib/sort.c on reserved_mem records compared by base, then size (hex); the original indices in sorted order: sorted by linux-source-" + v1 + " and " + v2 + " (identical output), sortedDoublePop by " + v3 + " and " + v4 + " (identical output). Made by scripts/kernel-sort-fixture.sh."
fs.writeFileSync(dest, JSON.stringify({ about, cases }) + "\n")
' "$tmp/in.txt" "$tmp/out-$(ver "$1").txt" "$tmp/out-$(ver "$3").txt" "$(ver "$1")" "$(ver "$2")" "$(ver "$3")" "$(ver "$4")" "$root/test/fixtures/kernel-sort.json"
echo "wrote $root/test/fixtures/kernel-sort.json"
