#!/usr/bin/env bash
# MedChain's static checks, cheapest first, so that a slip fails in seconds:
#   1. formatting (`cargo fmt --check`, stable rustfmt options only);
#   2. the client's dependencies (`npm ci`), types (`tsc --noEmit`, strict) and lint (ESLint);
#   3. clippy over every crate and target with the workspace lints denied, and the rustdoc of
#      our crates with broken intra-doc links denied. Both run with the `try-runtime` and
#      `runtime-benchmarks` features, so that they also check the try-runtime build of the
#      runtime and node and every benchmark. They compile each dependency once in check mode
#      (minutes on a clean machine; `cargo doc` reuses clippy's dependency artifacts).
#
# Usage: scripts/lint.sh [--fast]     --fast: steps 1 and 2 only (seconds)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

fast=0
case "${1:-}" in
	'') ;;
	--fast) fast=1 ;;
	*) die "unknown argument '$1' (usage: scripts/lint.sh [--fast])" ;;
esac

step "format: cargo fmt --check"
cargo fmt --all --check || die "formatting differs: run 'cargo fmt --all'"

step "client: npm ci, tsc --noEmit (strict), eslint"
(
	cd scripts/client
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent typecheck
	npm run --silent lint
)

[ "$fast" -eq 1 ] && exit 0

# The features the try-runtime check and the benchmarks need: the runtime's (which enable
# every pallet's) and the node's try-runtime. The node's own runtime-benchmarks (the
# benchmark CLI) is built by scripts/bench.sh only.
features="try-runtime,medchain-runtime/runtime-benchmarks"

step "clippy: every crate and target, workspace lints denied, try-runtime + benchmarks"
SKIP_WASM_BUILD=1 cargo clippy --release --locked --workspace --all-targets \
	--features "$features" -- -D warnings

step "rustdoc: our crates, broken intra-doc links denied"
SKIP_WASM_BUILD=1 RUSTDOCFLAGS="-D rustdoc::broken_intra_doc_links -D rustdoc::private_intra_doc_links" \
	cargo doc --release --locked --workspace --no-deps --features "$features"
