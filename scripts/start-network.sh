#!/usr/bin/env bash
# Starts a four-validator MedChain network (Alice, Bob, Charlie, Dave) on loopback.
#
#   scripts/start-network.sh [--chain local|SPEC.json] [--base-dir DIR] [--base-port PORT]
#                            [--public-rpc]
#
# Node i (0..3) uses p2p port BASE+i, RPC port BASE+100+i and Prometheus port BASE+200+i
# (defaults: 30333.., 30433.., 30533..), its own base path DIR/<name>, the public development
# node key i+1 (00…01 to 00…04; the `rpc` node 00…05), which `local`'s genesis authorizes
# (its peering is permissioned: no other node can connect), and the other three as reserved
# peers. With a chain spec file, a key already in DIR/<name>/node-key is kept (the spec must
# authorize the nodes' keys). Logs: DIR/<name>.log.
# The validators' JSON-RPC listens on loopback only. --public-rpc adds a fifth node, `rpc`,
# that is no authority and serves apps on every interface at port BASE+104 with the flags in
# docker/public-rpc.flags (safe methods only; connection, size, subscription, batch and rate
# limits). Stop it with scripts/stop-network.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

chain=local
base_dir="$MEDCHAIN_ROOT/.local-net"
base_port=30333
public_rpc=0
while [ $# -gt 0 ]; do
	case "$1" in
		--chain) chain="${2:-}"; shift 2 ;;
		--base-dir) base_dir="${2:-}"; shift 2 ;;
		--base-port) base_port="${2:-}"; shift 2 ;;
		--public-rpc) public_rpc=1; shift ;;
		-h | --help) sed -n '2,15p' "$0"; exit 0 ;;
		*) die "unknown option '$1' (see --help)" ;;
	esac
done

case "$chain" in
	local) ;;
	dev) die "chain 'dev' has one validator (Alice); a four-validator network needs 'local' or a chain spec file" ;;
	*) [ -f "$chain" ] || die "unknown chain '$chain': use 'local' or the path of a chain spec JSON file" ;;
esac
case "$base_port" in
	'' | *[!0-9]*) die "--base-port '$base_port' is not a number" ;;
esac
[ "$base_port" -ge 1024 ] && [ "$base_port" -le 65000 ] || die "--base-port must be between 1024 and 65000"

bin="$(node_binary)"
names=(alice bob charlie dave)
[ "$public_rpc" = 1 ] && names+=(rpc)
public_flags=()
if [ "$public_rpc" = 1 ]; then
	flags_file="$MEDCHAIN_ROOT/docker/public-rpc.flags"
	[ -f "$flags_file" ] || die "no $flags_file: the public RPC node's flags are missing"
	while IFS= read -r line; do
		line="${line#"${line%%[![:space:]]*}"}"
		case "$line" in '' | '#'*) continue ;; esac
		public_flags+=("$line")
	done <"$flags_file"
fi
mkdir -p "$base_dir" || die "cannot create $base_dir"

for i in "${!names[@]}"; do
	[ -f "$base_dir/${names[$i]}.pid" ] && kill -0 "$(cat "$base_dir/${names[$i]}.pid")" 2>/dev/null &&
		die "${names[$i]} is already running (pid $(cat "$base_dir/${names[$i]}.pid")): run scripts/stop-network.sh first"
	require_free_port $((base_port + i)) "p2p"
	require_free_port $((base_port + 100 + i)) "RPC"
	require_free_port $((base_port + 200 + i)) "Prometheus"
done

# Node keys and peer ids.
peer_ids=()
for i in "${!names[@]}"; do
	dir="$base_dir/${names[$i]}"
	mkdir -p "$dir"
	# `local` authorizes exactly these keys: a key left from an earlier run is replaced.
	if [ "$chain" = local ] || [ ! -s "$dir/node-key" ]; then
		printf '%064x' $((i + 1)) >"$dir/node-key" || die "could not write the node key of ${names[$i]}"
	fi
	peer_id="$("$bin" key inspect-node-key --file "$dir/node-key" 2>/dev/null)" ||
		die "could not read the node key of ${names[$i]}"
	peer_ids+=("$peer_id")
done

started_at=$(date +%s.%N)
for i in "${!names[@]}"; do
	name="${names[$i]}"
	reserved=()
	for j in 0 1 2 3; do
		[ "$j" = "$i" ] && continue
		reserved+=(--reserved-nodes "/ip4/127.0.0.1/tcp/$((base_port + j))/p2p/${peer_ids[$j]}")
	done
	if [ "$name" = rpc ]; then
		# No keys, no authority; the public flags (external, safe methods, limits).
		role=("${public_flags[@]}")
	else
		# The development session key; JSON-RPC on loopback only (the default).
		role=("--$name" --rpc-cors all)
	fi
	"$bin" --chain "$chain" --base-path "$base_dir/$name" --name "$name" \
		--node-key-file "$base_dir/$name/node-key" \
		--listen-addr "/ip4/127.0.0.1/tcp/$((base_port + i))" \
		--rpc-port $((base_port + 100 + i)) --prometheus-port $((base_port + 200 + i)) \
		--no-mdns --no-telemetry "${role[@]}" \
		"${reserved[@]}" >"$base_dir/$name.log" 2>&1 &
	echo $! >"$base_dir/$name.pid"
done

# A node that exits at once has a reason in its log: show that line, stop the others.
fail_start() {
	local name="$1"
	reason="$(grep -E 'Error|error' "$base_dir/$name.log" | tail -n 1 | sed -E 's/^.*(Error|error):? *//')"
	"$MEDCHAIN_ROOT/scripts/stop-network.sh" --base-dir "$base_dir" >/dev/null 2>&1 || true
	die "$name did not start: ${reason:-see $base_dir/$name.log}"
}

rpc_url="http://127.0.0.1:$((base_port + 100))"
deadline=$(($(date +%s) + 60))
finalized=0
while [ "$(date +%s)" -lt "$deadline" ]; do
	for name in "${names[@]}"; do
		kill -0 "$(cat "$base_dir/$name.pid")" 2>/dev/null || fail_start "$name"
	done
	head="$(rpc "$rpc_url" chain_getFinalizedHead '[]' 2>/dev/null | rpc_result 2>/dev/null || true)"
	if [ -n "$head" ]; then
		number="$(rpc "$rpc_url" chain_getHeader "[\"$head\"]" 2>/dev/null | rpc_result 2>/dev/null |
			python3 -c 'import json,sys; print(int(json.load(sys.stdin)["number"], 16))' 2>/dev/null || echo 0)"
		if [ "${number:-0}" -ge 1 ]; then
			finalized="$number"
			break
		fi
	fi
	sleep 0.5
done
[ "$finalized" -ge 1 ] || die "no block was finalized within 60 s: see the logs in $base_dir"
elapsed=$(python3 -c "import time; print(f'{time.time() - $started_at:.1f}')")
info "MedChain local network is up: block #$finalized finalized ${elapsed} s after start."
for i in "${!names[@]}"; do
	info "  ${names[$i]}: rpc ws://127.0.0.1:$((base_port + 100 + i))  p2p $((base_port + i))  metrics http://127.0.0.1:$((base_port + 200 + i))/metrics"
done
info "Logs in $base_dir; stop with scripts/stop-network.sh --base-dir $base_dir"
