#!/usr/bin/env bash
# Runs the FRAME benchmarks of MedChain's pallets on this machine and regenerates their
# weights.rs files; and, named `overhead` and `storage`, the chain-level benchmarks that give
# the runtime its block and extrinsic base weights and its database weights
# (runtime/src/weights/).
#
#   scripts/bench.sh [PALLET ... | overhead | storage]   (default: every pallet under pallets/)
#
# `storage` measures reads and writes on a populated database: it first runs the load
# generator (bench-load, built by `cargo build --release -p medchain-bench-load`) for two
# minutes of anchoring on a dev node, keeps that node's database, and benchmarks it.
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

weights_dir=runtime/src/weights
for pallet in "${pallets[@]}"; do
	case "$pallet" in
	overhead)
		info "benchmarking block and extrinsic overhead (writes $weights_dir) ..."
		"$bin" benchmark overhead \
			--chain dev \
			--wasm-execution compiled \
			--warmup 10 \
			--repeat 100 \
			--header scripts/weights-header.txt \
			--weight-path "$weights_dir"
		continue
		;;
	storage)
		loader="$CARGO_TARGET_DIR/release/bench-load"
		[ -x "$loader" ] || die "$loader not found: cargo build --release -p medchain-bench-load"
		state="$(mktemp -d)"
		info "populating a dev chain's state with the load generator (in $state) ..."
		MEDCHAIN_E2E_KEEP=1 TMPDIR="$state" "$loader" --workloads anchors --steps 80 \
			--step-seconds 120 >"$state/bench-load.log" 2>&1 ||
			die "bench-load failed: see $state/bench-load.log"
		base="$(ls -d "$state"/medchain-e2e-bench-load-dev-*/alice)"
		info "benchmarking database reads and writes (writes $weights_dir) ..."
		"$bin" benchmark storage \
			--chain dev \
			--base-path "$base" \
			--state-version 1 \
			--batch-size 5000 \
			--metric p95 \
			--header scripts/weights-header.txt \
			--weight-path "$weights_dir"
		rm -rf "$state"
		continue
		;;
	esac
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
