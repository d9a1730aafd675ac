#!/usr/bin/env bash
# Generates session keys for a new validator inside its own node's keystore, through that
# node's JSON-RPC (author_rotateKeysWithOwner), with a proof that OWNER (the validator's
# account) holds them. The secret keys never leave the node.
#
#   scripts/validator-keys.sh --owner SS58_ACCOUNT [--rpc http://127.0.0.1:9944]
#
# Prints the `keys` and `proof` to submit as session.setKeys(keys, proof) from OWNER's
# account; then governance adds OWNER with validatorSet.addValidator (see README).
# The RPC must allow unsafe methods: the node listens on localhost (the default) or runs with
# --rpc-methods unsafe behind a firewall.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

owner=""
url="http://127.0.0.1:9944"
while [ $# -gt 0 ]; do
	case "$1" in
		--owner) owner="${2:-}"; shift 2 ;;
		--rpc) url="${2:-}"; shift 2 ;;
		-h | --help) sed -n '2,12p' "$0"; exit 0 ;;
		*) die "unknown option '$1' (see --help)" ;;
	esac
done
[ -n "$owner" ] || die "--owner is required: the SS58 address of the new validator's account"
bin="$(node_binary)"
account_hex="$("$bin" key inspect --output-type json "$owner" 2>/dev/null |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["accountId"])' 2>/dev/null)" ||
	die "'$owner' is not an SS58 address"
response="$(rpc "$url" author_rotateKeysWithOwner "[\"$account_hex\"]" 2>/dev/null)" ||
	die "no node answers at $url"
result="$(printf '%s' "$response" | rpc_result)" || exit 1
printf '%s' "$result" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("keys:  " + r["keys"])
print("proof: " + r.get("proof", ""))
'
