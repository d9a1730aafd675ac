// The shapes polkadot.js decodes MedChain's storage items and runtime API answers into (it
// builds them from the runtime's metadata; field names in camelCase). Only the fields the
// client reads are declared. Pass them as the type argument of a query or call, e.g.
// `api.call.recordsApi.record<Option<RecordCodec>>(id)`.
import type { bool, Bytes, Enum, Option, Struct, U8aFixed, u8, u32, u64, Vec } from '@polkadot/types'
import type { AccountId32, H256 } from '@polkadot/types/interfaces'
import type { AnyJson } from '@polkadot/types/types'

/** `patients.patients(pseudonym)`: a registered patient. */
export interface PatientCodec extends Struct {
  readonly account: AccountId32
  readonly encryptionKey: U8aFixed
  readonly emergencyPolicy: Struct & { readonly allowed: bool; readonly requiredApprovals: u8 }
  readonly guardians: Vec<AccountId32>
}

/** `emergency.emergencyKeys(pseudonym)`: a patient's emergency key and its shares. */
export interface EmergencyKeyCodec extends Struct {
  readonly key: U8aFixed
  readonly version: u32
  readonly threshold: u8
  readonly shares: Vec<Struct & { readonly authority: AccountId32; readonly ciphertext: Bytes }>
  readonly exposedIn: Option<u64>
}

/** `providers.organizations(account)` and `providers.practitioners(account)`. */
export interface ProviderCodec extends Struct {
  readonly encryptionKey: U8aFixed
}

/** `recordsApi.record(id)`: a record's anchor. */
export interface RecordCodec extends Struct {
  readonly patient: H256
  readonly contentHash: H256
  readonly cid: Bytes
  readonly author: AccountId32
  readonly version: u32
  readonly next: Option<u64>
  readonly retraction: Option<Struct & { readonly by: AccountId32; readonly at: u32; readonly reason: Enum }>
}

/** `recordsApi.envelope(record, party)`: a record's data key wrapped for one party. */
export interface KeyEnvelopeCodec extends Struct {
  readonly ciphertext: Bytes
}

/** `consentApi.auditTrail(patient, from, limit)`: one entry of a patient's audit trail. */
export interface AuditEntryCodec extends Struct {
  readonly at: u32
  readonly actor: AccountId32
  /** An `AuditEvent` variant (e.g. `GrantCreated { grant }`). */
  readonly event: Enum
}

/** A grant in JSON form: accounts in SS58, the pseudonym in hex, blocks as numbers. (A type
 *  alias, not an interface, so that it fits `Struct.toJSON()`'s `Record<string, AnyJson>`.) */
export type GrantJson = {
  patient: string
  grantee: string
  /** The grantee's registration the grant was made for (a re-registered account starts with nothing). */
  registration: number
  /** An enum with data, in polkadot.js JSON form: `{ allRecords: null }`, `{ records: [..] }`. */
  scope: AnyJson
  permission: 'Read' | 'ReadWrite'
  purpose: 'Treatment' | 'Payment' | 'Research' | 'Operations'
  research: { ethicsApproval: string; approvedBy: string } | null
  grantedBy: string
  grantedAt: number
  expiresAt: number | null
  revoked: { by: string; at: number } | null
  request: number | null
}

/** `consentApi.grantsOf(patient, from, limit)`: one grant (with its id alongside). */
export interface GrantCodec extends Struct {
  toJSON(): GrantJson
}
