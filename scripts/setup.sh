#!/usr/bin/env bash
# Installs what building MedChain needs on a Debian machine with rustup: clang and libclang
# (RocksDB bindings), protoc (networking), curl, and the Rust targets and components pinned in
# rust-toolchain.toml (wasm32 for the runtime, rust-src).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need_apt=()
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
[ -e /usr/lib/llvm-14/lib/libclang.so ] || ls /usr/lib/llvm-*/lib/libclang*.so >/dev/null 2>&1 || need_apt+=(libclang-dev)
command -v protoc >/dev/null 2>&1 || need_apt+=(protobuf-compiler)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
# Headless Chromium for the client's browser test (client/test/e2e/browser.test.ts).
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# A certificate for the client's wss:// test.
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)

if [ "${#need_apt[@]}" -gt 0 ]; then
	command -v apt-get >/dev/null 2>&1 || die "missing ${need_apt[*]} and no apt-get to install them: install them by hand"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	info "installing ${need_apt[*]} ..."
	$sudo apt-get update -qq >/dev/null || die "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null ||
		die "apt-get install ${need_apt[*]} failed"
fi

command -v rustup >/dev/null 2>&1 || die "rustup not found: install Rust with rustup first"
# The client (client/) needs Node.js 20 or later with npm.
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
[ "$node_major" -ge 20 ] && command -v npm >/dev/null 2>&1 ||
	die "the client needs Node.js 20 or later with npm (found: $(node --version 2>/dev/null || echo none))"
cd "$MEDCHAIN_ROOT"
# rust-toolchain.toml names the toolchain, targets and components; this installs them.
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
rustup target add wasm32-unknown-unknown wasm32v1-none >/dev/null 2>&1 ||
	die "could not add the wasm32 targets with rustup"
rustup component add rust-src >/dev/null 2>&1 || die "could not add rust-src with rustup"
info "setup: build dependencies are present"
