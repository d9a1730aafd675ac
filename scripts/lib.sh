# Shared helpers of MedChain's scripts. Source it; do not run it.

MEDCHAIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/medchain-target}"

# One-line error and exit.
die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

info() {
	printf '%s\n' "$*" >&2
}

# A heading for one step of a long script, with the time.
step() {
	printf '\n=== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"
}

# The node binary: $MEDCHAIN_NODE_BIN, else the release build.
node_binary() {
	local bin="${MEDCHAIN_NODE_BIN:-$CARGO_TARGET_DIR/release/medchain-node}"
	[ -x "$bin" ] || die "node binary not found at $bin: build it with 'cargo build --release -p medchain-node' (or scripts/dev.sh), or set MEDCHAIN_NODE_BIN"
	printf '%s\n' "$bin"
}

# True if something listens on 127.0.0.1:$1.
port_busy() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
	local port="$1" what="$2"
	case "$port" in
		'' | *[!0-9]*) die "$what port '$port' is not a number" ;;
	esac
	[ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "$what port $port is out of range (1-65535)"
	if port_busy "$port"; then
		die "$what port $port is already in use: stop what uses it or choose another --base-port"
	fi
}

# JSON-RPC call: rpc URL METHOD PARAMS_JSON. Prints the response body.
rpc() {
	curl -sS --max-time 10 -H 'Content-Type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":$3}" "$1"
}

# Extracts .result (or dies with .error.message) from a JSON-RPC response on stdin.
rpc_result() {
	python3 -c '
import json, sys
r = json.load(sys.stdin)
if "error" in r:
    print("error: " + r["error"].get("message", "unknown RPC error"), file=sys.stderr)
    sys.exit(1)
print(json.dumps(r["result"]) if not isinstance(r["result"], str) else r["result"])
'
}

# Makes clippy the compiler of the workspace's own crates for the cargo commands that follow:
# each of our crates is linted (workspace lints, warnings denied) while it is compiled for
# real, so the node and the end-to-end crates need no separate `cargo clippy`, whose
# check-mode pass would compile all of their dependencies a second time. Dependencies are
# compiled by rustc as usual (and so is the runtime inside its wasm build, a dependency of
# that build's own workspace). Every cargo command of one run must see the same setting, or
# cargo rebuilds our crates. What it builds carries `--cfg clippy` and clippy's unoptimized
# MIR: test with it, ship what `cargo build` alone builds (scripts/dev.sh, the Dockerfile).
lint_while_building() {
	local driver
	driver="$(cd "$MEDCHAIN_ROOT" && rustup which clippy-driver)" ||
		die "clippy-driver not found: run scripts/setup.sh (rust-toolchain.toml lists clippy)"
	export RUSTC_WORKSPACE_WRAPPER="$driver"
	# clippy-driver's own way of taking `-D warnings` (what `cargo clippy -- -D warnings` sets).
	export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
}
