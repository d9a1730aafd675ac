#!/usr/bin/env bash
# Runs the FRAME benchmarks of MedChain's pallets on this machine and regenerates their
# weights.rs files.
#
#   scripts/bench.sh [PALLET ...]      (default: every pallet under pallets/)
#
# Builds medchain-node with --features runtime-benchmarks (as
# $CARGO_TARGET_DIR/release/medchain-node-bench; the normal node binary is kept as it was).
# Steps and repeats can be lowered for a quick look with STEPS=2 REPEAT=1 (never commit
# weights made that way).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

steps="${STEPS:-50}"
repeat="${REPEAT:-20}"
node="$CARGO_TARGET_DIR/release/medchain-node"
bin="$CARGO_TARGET_DIR/release/medchain-node-bench"

"$MEDCHAIN_ROOT/scripts/setup.sh"
info "building medchain-node with runtime benchmarks ..."
# The benchmark build shares the target directory (and every crate whose features do not
# change) with the normal build; keep the normal binary aside while cargo replaces it.
saved=""
if [ -f "$node" ]; then
	saved="$(mktemp "$CARGO_TARGET_DIR/release/medchain-node.saved.XXXXXX")"
	cp -p "$node" "$saved"
fi
restore() { [ -n "$saved" ] && mv -f "$saved" "$node"; saved=""; }
trap restore EXIT
cargo build --release --locked -p medchain-node --features runtime-benchmarks
cp -p "$node" "$bin"
restore

if [ $# -gt 0 ]; then
	pallets=("$@")
else
	pallets=()
	for dir in pallets/*/; do
		# Pallets only (pallets/test-utils is a test double, with no benchmarks).
		[ -f "${dir}src/benchmarking.rs" ] || continue
		pallets+=("pallet_$(basename "$dir" | tr '-' '_')")
	done
fi

for pallet in "${pallets[@]}"; do
	crate_dir="pallets/$(printf '%s' "${pallet#pallet_}" | tr '_' '-')"
	[ -d "$crate_dir" ] || die "no pallet directory $crate_dir for $pallet"
	info "benchmarking $pallet (steps $steps, repeat $repeat) ..."
	"$bin" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$steps" \
		--repeat "$repeat" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template scripts/frame-weight-template.hbs \
		--output "$crate_dir/src/weights.rs"
done
info "weights written; review the diff and commit it"
