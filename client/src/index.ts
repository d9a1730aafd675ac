// MedChain's client library (runs in Node and in browsers; key files on disk are in
// `@medchain/client/node`).
export * from './errors.js'
export * from './crypto.js'
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
