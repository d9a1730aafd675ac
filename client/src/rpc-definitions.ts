// polkadot.js definitions of the node's `medchain_*` JSON-RPC methods, so that apps can call
// `api.rpc.medchain.verify(hash)` etc. The answers are JSON (accounts in SS58, CIDs and
// envelopes as hex), returned as polkadot.js `Json`. The runtime APIs behind them need no
// definitions: `api.call.recordsApi.verify(hash)` works from the metadata.
import type { DefinitionRpc } from '@polkadot/types/types'

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
    archive: { description: 'An anchored archive: organization, root, documents, block, time, promoted', params: [{ name: 'archive', type: 'u64' }, at], type: 'Json' },
    verifyArchived: {
      description: 'Whether an inclusion path proves a document (by its salted commitment) at an index of an archive: {"Ok": {...}} or {"Err": reason}',
      params: [{ name: 'archive', type: 'u64' }, { name: 'index', type: 'u64' }, { name: 'commitment', type: 'H256' }, { name: 'path', type: 'Vec<H256>' }, at],
      type: 'Json',
    },
  },
}

// `api.rpc.medchain.*` is typed by the generated augmentation (src/interfaces/augment-api-rpc.ts,
// `npm run typegen`), made from these definitions.
