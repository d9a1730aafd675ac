#!/usr/bin/env bash
# Stops the nodes started by scripts/start-network.sh (their databases stay, so a later start
# resumes the same chain; delete the base dir for a fresh one).
#
#   scripts/stop-network.sh [--base-dir DIR]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

base_dir="$MEDCHAIN_ROOT/.local-net"
while [ $# -gt 0 ]; do
	case "$1" in
		--base-dir) base_dir="${2:-}"; shift 2 ;;
		-h | --help) sed -n '2,6p' "$0"; exit 0 ;;
		*) die "unknown option '$1' (see --help)" ;;
	esac
done
[ -d "$base_dir" ] || die "no network in $base_dir (nothing to stop)"

stopped=0
for pidfile in "$base_dir"/*.pid; do
	[ -e "$pidfile" ] || continue
	pid="$(cat "$pidfile")"
	if kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		for _ in $(seq 1 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		kill -9 "$pid" 2>/dev/null || true
		stopped=$((stopped + 1))
	fi
	rm -f "$pidfile"
done
info "stopped $stopped node(s) in $base_dir"
