#!/usr/bin/env bash
# Sets up the machine, builds the node and starts a single-validator development chain
# (Alice) with JSON-RPC on ws://127.0.0.1:9944. Extra arguments go to the node.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$MEDCHAIN_ROOT/scripts/setup.sh"
cd "$MEDCHAIN_ROOT"
info "building medchain-node (release; about 25 minutes the first time on 2 cores) ..."
cargo build --release --locked -p medchain-node
require_free_port 9944 "RPC"
require_free_port 30333 "p2p"
exec "$(node_binary)" --dev --rpc-cors all "$@"
