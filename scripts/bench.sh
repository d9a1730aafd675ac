#!/usr/bin/env bash
# Runs the FRAME benchmarks of MedChain's pallets on this machine and regenerates their
# weights.rs files.
#
#   scripts/bench.sh [PALLET ...]      (default: every pallet under pallets/)
#
# Builds medchain-node with --features runtime-benchmarks in its own target directory
# ($CARGO_TARGET_DIR/bench), so the normal build is left alone. Steps and repeats can be
# lowered for a quick look with STEPS=2 REPEAT=1 (never commit weights made that way).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

steps="${STEPS:-50}"
repeat="${REPEAT:-20}"
bench_target="$CARGO_TARGET_DIR/bench"

"$MEDCHAIN_ROOT/scripts/setup.sh"
info "building medchain-node with runtime benchmarks ..."
CARGO_TARGET_DIR="$bench_target" cargo build --release --locked -p medchain-node --features runtime-benchmarks
bin="$bench_target/release/medchain-node"

if [ $# -gt 0 ]; then
	pallets=("$@")
else
	pallets=()
	for dir in pallets/*/; do
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
