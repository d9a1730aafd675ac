// MedChain's client library (runs in Node and in browsers; key files on disk are in
// `@medchain/client/node`). The API augmentation generated from the runtime's metadata
// (`src/interfaces`, `npm run typegen`) types `api.tx`, `api.query`, `api.call`, events and errors.
import './interfaces/augment-api.js'
import './interfaces/types-lookup.js'
export * from './errors.js'
export * from './crypto.js'
export * from './archive.js'
export * from './envelope.js'
export * from './escrow.js'
export * from './ipfs.js'
export * from './chain.js'
export * from './chain-types.js'
export * from './keys.js'
export * from './medchain.js'
export * from './governance.js'
export * from './fhir.js'
export * from './rpc-definitions.js'
