// The definitions `@polkadot/typegen` reads (`npm run typegen`): the node's `medchain_*`
// JSON-RPC methods. Everything else is generated from the runtime's metadata.
export { default as medchain } from './medchain/definitions.js'
