#!/usr/bin/env bash
# Checks that the operator scripts answer bad input with one line and a non-zero exit.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MEDCHAIN_ROOT"

passed=0
failed=0
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"; [ -n "${blocker_pid:-}" ] && kill "$blocker_pid" 2>/dev/null' EXIT

# expect_one_line NAME PATTERN COMMAND...: the command fails with exactly one line on
# stderr matching PATTERN.
expect_one_line() {
	local name="$1" pattern="$2"
	shift 2
	local err
	err="$("$@" 2>&1 >/dev/null)"
	local status=$?
	local lines
	lines="$(printf '%s' "$err" | grep -c '')"
	if [ "$status" -ne 0 ] && [ "$lines" -eq 1 ] && printf '%s' "$err" | grep -qE -- "$pattern"; then
		passed=$((passed + 1))
		printf 'ok   %s\n' "$name"
	else
		failed=$((failed + 1))
		printf 'FAIL %s (exit %s, %s line(s)):\n%s\n' "$name" "$status" "$lines" "$err"
	fi
}

expect_one_line "missing binary" "node binary not found" \
	env MEDCHAIN_NODE_BIN="$scratch/no-such-node" scripts/start-network.sh --base-dir "$scratch/a"
expect_one_line "bad chain name" "unknown chain 'nosuchchain'" \
	scripts/start-network.sh --chain nosuchchain --base-dir "$scratch/b"
expect_one_line "dev chain refused for four validators" "four-validator network needs" \
	scripts/start-network.sh --chain dev --base-dir "$scratch/c"
expect_one_line "bad base port" "is not a number" \
	scripts/start-network.sh --base-port abc --base-dir "$scratch/d"
expect_one_line "unknown option" "unknown option '--frobnicate'" \
	scripts/start-network.sh --frobnicate

# A port taken by another process.
busy_port=43333
python3 -c "
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $busy_port)); s.listen(); time.sleep(60)" &
blocker_pid=$!
for _ in $(seq 1 50); do port_busy "$busy_port" && break; sleep 0.1; done
expect_one_line "busy port" "port $busy_port is already in use" \
	scripts/start-network.sh --base-port "$busy_port" --base-dir "$scratch/e"
kill "$blocker_pid" 2>/dev/null
blocker_pid=""

expect_one_line "stop without a network" "no network in" \
	scripts/stop-network.sh --base-dir "$scratch/none"
expect_one_line "validator keys without owner" "--owner is required" \
	scripts/validator-keys.sh
expect_one_line "validator keys with a bad address" "is not an SS58 address" \
	scripts/validator-keys.sh --owner not-an-address
expect_one_line "validator keys with no node" "no node answers" \
	scripts/validator-keys.sh --owner 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY --rpc http://127.0.0.1:1
expect_one_line "node: bad chain name" "unknown chain .nosuchchain." \
	"$(node_binary)" --chain nosuchchain --tmp

alice_account=5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
printf '%064x' 1 >"$scratch/node-key-1"
printf 'not a key' >"$scratch/not-a-key"
genesis=0x$(printf '%064x' 7)
expect_one_line "node ownership: no key file" "cannot read the node key file" \
	"$(node_binary)" node-ownership --node-key-file "$scratch/no-such-key" --owner "$alice_account" --genesis-hash "$genesis"
expect_one_line "node ownership: not a key" "is not a node key" \
	"$(node_binary)" node-ownership --node-key-file "$scratch/not-a-key" --owner "$alice_account" --genesis-hash "$genesis"
expect_one_line "node ownership: bad owner" "--owner is not an SS58 account" \
	"$(node_binary)" node-ownership --node-key-file "$scratch/node-key-1" --owner not-an-account --genesis-hash "$genesis"
expect_one_line "node ownership: bad genesis hash" "--genesis-hash is not a 32-byte hex hash" \
	"$(node_binary)" node-ownership --node-key-file "$scratch/node-key-1" --owner "$alice_account" --genesis-hash 0x1234
# Development node key 1 is Alice's validator node in local_testnet and the compose file.
if "$(node_binary)" node-ownership --node-key-file "$scratch/node-key-1" --owner "$alice_account" --genesis-hash "$genesis" |
	grep -q '"peerId":"12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"'; then
	passed=$((passed + 1))
	printf 'ok   %s\n' "node ownership: prints the peer id and proof"
else
	failed=$((failed + 1))
	printf 'FAIL %s\n' "node ownership: prints the peer id and proof"
fi

printf '%s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
