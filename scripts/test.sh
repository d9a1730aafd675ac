#!/usr/bin/env bash
# MedChain's test command: sets up the machine, runs the static checks (formatting and the
# client's types and lint in seconds, then clippy and rustdoc: scripts/lint.sh), builds
# everything once (release profile), then runs every test: pallet unit tests and
# benchmarks-as-tests, runtime-level tests, the operator scripts' bad-input checks, the
# TypeScript client's tests, the load generator's quick run, and end-to-end tests on real node
# processes (the client's against a dev node and a local offline IPFS node).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

"$MEDCHAIN_ROOT/scripts/setup.sh"

# Formatting and the client's checks first (seconds), then clippy and rustdoc of the runtime
# side: a slip fails before the long build.
"$MEDCHAIN_ROOT/scripts/lint.sh"

# From here on clippy compiles our own crates: the build lints the node and the end-to-end
# tests (and everything else again, with default features) as it compiles them.
lint_while_building

step "build: node, runtime (native + wasm) and all test targets, linted as they compile"
cargo build --release --locked --workspace --all-targets

step "benchmarks as tests (pallets built with runtime-benchmarks; no wasm needed)"
pallets=()
for manifest in pallets/*/Cargo.toml; do
	# Every pallet with benchmarks (the shared test-utils crate has none).
	grep -q '^runtime-benchmarks' "$manifest" || continue
	pallets+=(-p "$(sed -n 's/^name = "\(.*\)"$/\1/p' "$manifest" | head -n 1)")
done
SKIP_WASM_BUILD=1 cargo test --release --locked "${pallets[@]}" --features runtime-benchmarks --quiet

step "operator scripts: bad input gives a one-line reason"
"$MEDCHAIN_ROOT/scripts/test-scripts.sh"

step "client: TypeScript library and CLI (unit tests; end to end on a dev node and a local IPFS node)"
(
	cd client
	# node_modules was installed by scripts/lint.sh (npm ci).
	npm run --silent build
	npm test --silent
	npm run --silent test:e2e
)

step "load: the quick run of the load generator on a dev node (fails if an accepted transaction is lost)"
"$CARGO_TARGET_DIR/release/bench-load" --quick

step "unit, runtime and end-to-end tests"
if cargo nextest --version >/dev/null 2>&1; then
	cargo nextest run --release --locked --workspace --no-fail-fast
else
	cargo test --release --locked --workspace --exclude medchain-e2e
	cargo test --release --locked -p medchain-e2e -- --test-threads 1
fi
