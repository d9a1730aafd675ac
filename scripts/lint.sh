#!/usr/bin/env bash
# MedChain's static checks, cheapest first, so that a slip fails in seconds:
#   1. formatting (`cargo fmt --check`, stable rustfmt options only);
#   2. the client's dependencies (`npm ci`), types (`tsc --noEmit`, strict) and lint (ESLint);
#   3. clippy over the runtime side (the runtime, the pallets, the primitives and runtime API
#      crates, every target) with the workspace lints denied, and their rustdoc with broken
#      intra-doc links denied. Both run with the `try-runtime` and `runtime-benchmarks`
#      features, so that they also check the try-runtime build of the runtime and every
#      benchmark; they compile the runtime's dependencies once in check mode (`cargo doc`
#      reuses clippy's artifacts).
#
# The node and the end-to-end crates are linted by scripts/test.sh as they are built
# (`lint_while_building` in scripts/lib.sh: clippy as their compiler), so that their
# dependencies (networking, the wasm executor, the database: half of the crates) are not
# compiled a second time in check mode. Alone, `scripts/lint.sh --all` lints them too.
#
# Usage: scripts/lint.sh [--fast | --all]   --fast: steps 1 and 2 only (seconds)
#                                           --all: step 3 over every crate of the workspace
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

fast=0
crates=(--workspace --exclude medchain-node --exclude medchain-e2e)
case "${1:-}" in
	'') ;;
	--fast) fast=1 ;;
	--all) crates=(--workspace) ;;
	*) die "unknown argument '$1' (usage: scripts/lint.sh [--fast | --all])" ;;
esac
[ $# -le 1 ] || die "one argument at most (usage: scripts/lint.sh [--fast | --all])"

step "format: cargo fmt --check"
cargo fmt --all --check || die "formatting differs: run 'cargo fmt --all'"

step "client: npm ci, tsc --noEmit (strict), eslint"
(
	cd client
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent typecheck
	npm run --silent lint
)

[ "$fast" -eq 1 ] && exit 0

# The features the try-runtime check and the benchmarks need: the runtime's (which enable
# every pallet's); with --all, the node's try-runtime too. The node's own runtime-benchmarks
# (the benchmark CLI) is built by scripts/bench.sh only.
features="try-runtime,medchain-runtime/runtime-benchmarks"

step "clippy: ${crates[*]}, every target, workspace lints denied, try-runtime + benchmarks"
SKIP_WASM_BUILD=1 cargo clippy --release --locked "${crates[@]}" --all-targets \
	--features "$features" -- -D warnings

step "rustdoc: ${crates[*]}, broken intra-doc links denied"
SKIP_WASM_BUILD=1 RUSTDOCFLAGS="-D rustdoc::broken_intra_doc_links -D rustdoc::private_intra_doc_links" \
	cargo doc --release --locked "${crates[@]}" --no-deps --features "$features"
