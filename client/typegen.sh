#!/usr/bin/env bash
# Regenerates the API augmentation in src/interfaces (`api.tx`, `api.query`, `api.consts`,
# `api.call`, events, errors and `api.rpc.medchain`) from a running node's metadata, with
# @polkadot/typegen. Run it after a runtime change: `npm run typegen [http://host:port]`
# (default: the dev node, http://127.0.0.1:9944). tsx lets typegen load the TypeScript
# definitions in src/interfaces.
set -euo pipefail
cd "$(dirname "$0")"
url=${1:-http://127.0.0.1:9944}
trap 'rm -f .metadata.json' EXIT
curl -sf -H 'Content-Type: application/json' \
	-d '{"id":1,"jsonrpc":"2.0","method":"state_getMetadata","params":[]}' "$url" >.metadata.json ||
	{ echo "typegen: no node answers at $url" >&2; exit 1; }
typegen=node_modules/@polkadot/typegen/scripts
node --import tsx "$typegen/polkadot-types-from-defs.mjs" --package @medchain/client/interfaces --input ./src/interfaces --endpoint ./.metadata.json
node --import tsx "$typegen/polkadot-types-from-chain.mjs" --package @medchain/client/interfaces --endpoint ./.metadata.json --output ./src/interfaces --strict
