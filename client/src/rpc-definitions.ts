// polkadot.js definitions of the node's `medchain_*` JSON-RPC methods, so that apps can call
// `api.rpc.medchain.verify(hash)` etc. The answers are JSON (accounts in SS58, CIDs and
// envelopes as hex), returned as polkadot.js `Json`. The runtime APIs behind them need no
// definitions: `api.call.recordsApi.verify(hash)` works from the metadata.
import type { AugmentedRpc } from '@polkadot/rpc-core/types'
import type { Json, Text, u32, u64 } from '@polkadot/types'
import type { BlockHash, H256 } from '@polkadot/types/interfaces'
import type { AnyNumber, DefinitionRpc, Observable } from '@polkadot/types/types'

const at = { name: 'at', type: 'BlockHash', isOptional: true }
const page = (first: string, firstType: string) => [
  { name: first, type: firstType },
  { name: 'from', type: 'u32', isOptional: true },
  { name: 'limit', type: 'u32', isOptional: true },
  at,
]

/** The `medchain` RPC section. */
export const medchainRpc: Record<string, Record<string, DefinitionRpc>> = {
  medchain: {
    verify: { description: 'Whether a salted content hash is anchored, and by whom', params: [{ name: 'contentHash', type: 'H256' }, at], type: 'Json' },
    record: { description: "A record's anchor", params: [{ name: 'record', type: 'u64' }, at], type: 'Json' },
    recordsOf: { description: "A patient's record ids", params: page('patient', 'H256'), type: 'Json' },
    versionsOf: { description: "A record's version chain", params: page('record', 'u64'), type: 'Json' },
    envelope: { description: "A record's key envelope for a party", params: [{ name: 'record', type: 'u64' }, { name: 'party', type: 'Text' }, at], type: 'Json' },
    accessReason: { description: 'Whether an account may read a record now, and why', params: [{ name: 'who', type: 'Text' }, { name: 'record', type: 'u64' }, at], type: 'Json' },
    grantsOf: { description: "A patient's grants, in the order made, from a position", params: page('patient', 'H256'), type: 'Json' },
    requestsOf: { description: 'The requests made to a patient, in the order made, from a position', params: page('patient', 'H256'), type: 'Json' },
    auditTrail: { description: "A patient's audit trail", params: page('patient', 'H256'), type: 'Json' },
    sessionsOf: { description: "The break-glass sessions on a patient's records", params: page('patient', 'H256'), type: 'Json' },
    sessionStatus: { description: 'Where a break-glass session stands', params: [{ name: 'session', type: 'u64' }, at], type: 'Json' },
  },
}

type Hash = H256 | string | Uint8Array
type At = BlockHash | string | Uint8Array
type Id = u64 | AnyNumber | Uint8Array
type Paged<First> = AugmentedRpc<(first: First, from?: Id, limit?: u32 | AnyNumber | Uint8Array, at?: At) => Observable<Json>>

// `api.rpc.medchain.*` as TypeScript sees it (what polkadot.js typegen would write for
// `medchainRpc`).
declare module '@polkadot/rpc-core/types/jsonrpc' {
  interface RpcInterface {
    medchain: {
      verify: AugmentedRpc<(contentHash: Hash, at?: At) => Observable<Json>>
      record: AugmentedRpc<(record: Id, at?: At) => Observable<Json>>
      recordsOf: Paged<Hash>
      versionsOf: Paged<Id>
      envelope: AugmentedRpc<(record: Id, party: Text | string, at?: At) => Observable<Json>>
      accessReason: AugmentedRpc<(who: Text | string, record: Id, at?: At) => Observable<Json>>
      grantsOf: Paged<Hash>
      requestsOf: Paged<Hash>
      auditTrail: Paged<Hash>
      sessionsOf: Paged<Hash>
      sessionStatus: AugmentedRpc<(session: Id, at?: At) => Observable<Json>>
    }
  }
}
