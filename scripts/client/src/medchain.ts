// The MedChain flows as a library: register, encrypt + store on IPFS + anchor, grant and
// revoke, share and remove key envelopes, request / approve / deny, read (fetch, unwrap,
// decrypt, check against the anchor), verify a file, break-glass steps, audit trails.
import type { ApiPromise } from '@polkadot/api'
import type { Enum, Option, Struct, u64, Vec } from '@polkadot/types'
import type { H256 } from '@polkadot/types/interfaces'
import type { AnyJson, ITuple } from '@polkadot/types/types'
import { compactAddLength, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import { decodeAddress } from '@polkadot/util-crypto'
import { createHmac } from 'node:crypto'
import { CID } from 'multiformats/cid'
import { commitment, decryptRecord, encryptRecord, unwrapKey, wrapKey } from './crypto.js'
import { eventData, send, type Sent } from './chain.js'
import type { AuditEntryCodec, GrantCodec, GrantJson, KeyEnvelopeCodec, PatientCodec, ProviderCodec, RecordCodec } from './chain-types.js'
import { UserError } from './errors.js'
import type { Ipfs, Progress } from './ipfs.js'
import type { Identity } from './keys.js'

/** Record kinds of the chain's fixed vocabulary; anything else is sent as a FHIR type. */
export const RECORD_KINDS = ['ClinicalNote', 'LabResult', 'Imaging', 'Prescription', 'Diagnosis', 'VitalSigns', 'DischargeSummary', 'Other']

/** A record kind argument: a fixed code or a FHIR resource type name. */
export function recordKind(kind: string): Record<string, unknown> | string {
  if (RECORD_KINDS.includes(kind)) return kind
  if (!/^[A-Z][A-Za-z]{0,63}$/.test(kind)) {
    throw new UserError(`unknown record kind '${kind}': use one of ${RECORD_KINDS.join(', ')} or a FHIR resource type name`)
  }
  return { Fhir: u8aToHex(stringToU8a(kind)) }
}

/** A patient's pseudonym: HMAC-SHA256 of their identifier under the institution's secret.
 *  Never a plain hash: identifiers are too few to hide behind one. */
export function pseudonym(secret: Uint8Array, identifier: string): string {
  if (secret.length < 16) throw new UserError('the pseudonym secret must have at least 16 bytes')
  return u8aToHex(createHmac('sha256', secret).update(identifier.trim()).digest())
}

/** How long a registration consent is good for, in blocks (the chain allows at most an hour). */
export const CONSENT_VALIDITY_BLOCKS = 100

/**
 * The payload a patient signs so that practitioner `registrar` may register them until block
 * `deadline`: the SCALE encoding of (context, genesis hash, registrar, deadline, pseudonym,
 * key, policy) that the patients pallet checks.
 */
export function registrationPayload(
  genesis: string,
  registrar: string,
  deadline: number,
  patient: string,
  key: Uint8Array,
  allowed: boolean,
  approvals: number,
): Uint8Array {
  const block = new Uint8Array(4)
  new DataView(block.buffer).setUint32(0, deadline, true)
  return u8aConcat(
    compactAddLength(stringToU8a('medchain/patients/register-for/v2')),
    hexToU8a(genesis),
    decodeAddress(registrar),
    block,
    hexToU8a(patient),
    key,
    new Uint8Array([allowed ? 1 : 0, approvals]),
  )
}

/** The X25519 key the registry holds for an organization, practitioner or patient. */
export async function registeredKey(api: ApiPromise, who: { account?: string; patient?: string }): Promise<Uint8Array> {
  if (who.patient) {
    const p = await api.query.patients.patients<Option<PatientCodec>>(who.patient)
    if (p.isNone) throw new UserError(`no patient is registered under ${who.patient}`)
    return p.unwrap().encryptionKey.toU8a()
  }
  const account = who.account as string
  const org = await api.query.providers.organizations<Option<ProviderCodec>>(account)
  if (org.isSome) return org.unwrap().encryptionKey.toU8a()
  const practitioner = await api.query.providers.practitioners<Option<ProviderCodec>>(account)
  if (practitioner.isSome) return practitioner.unwrap().encryptionKey.toU8a()
  const pseudo = await api.query.patients.pseudonymOf<Option<H256>>(account)
  if (pseudo.isSome) return registeredKey(api, { patient: pseudo.unwrap().toHex() })
  throw new UserError(`${account} is not registered (no organization, practitioner or patient)`)
}

/** The pseudonym of the patient whose account is `account`. */
export async function patientOf(api: ApiPromise, account: string): Promise<string> {
  const pseudo = await api.query.patients.pseudonymOf<Option<H256>>(account)
  if (pseudo.isNone) throw new UserError(`${account} is not a registered patient`)
  return pseudo.unwrap().toHex()
}

/** Registers `patient` (who signs the consent payload) through practitioner `by`. */
export async function registerPatientFor(
  api: ApiPromise,
  by: Identity,
  patient: Identity,
  pseudonymHex: string,
  policy = { allowed: true, approvals: 2 },
): Promise<Sent> {
  const genesis = api.genesisHash.toHex()
  const deadline = (await api.rpc.chain.getHeader()).number.toNumber() + CONSENT_VALIDITY_BLOCKS
  const payload = registrationPayload(genesis, by.address, deadline, pseudonymHex, patient.encryptionPublic, policy.allowed, policy.approvals)
  const signature = { Sr25519: u8aToHex(patient.pair.sign(payload)) }
  return send(
    api,
    by.pair,
    api.tx.patients.registerFor(patient.address, pseudonymHex, u8aToHex(patient.encryptionPublic), { allowed: policy.allowed, requiredApprovals: policy.approvals }, deadline, signature),
  )
}

/** The result of anchoring a file. */
export interface Anchored {
  record: number
  cid: string
  contentHash: string
}

/** Encrypts `plaintext`, stores the ciphertext on IPFS, anchors SHA-256(salt | plaintext)
 *  and the CID for `patient`, with the data key wrapped for the patient. */
export async function anchorFile(
  api: ApiPromise,
  ipfs: Ipfs,
  author: Identity,
  patient: string,
  plaintext: Uint8Array,
  kind: string,
  onProgress?: Progress,
): Promise<Anchored> {
  const k = recordKind(kind)
  const patientKey = await registeredKey(api, { patient })
  const encrypted = encryptRecord(plaintext)
  const cid = await ipfs.add(encrypted.ciphertext, onProgress)
  const envelope = wrapKey(encrypted.dataKey, patientKey)
  const sent = await send(
    api,
    author.pair,
    api.tx.records.anchorRecord(patient, u8aToHex(encrypted.contentHash), u8aToHex(CID.parse(cid).bytes), k, u8aToHex(envelope)),
  )
  const data = eventData(sent, 'records', 'RecordAnchored')
  return { record: Number(data?.record), cid, contentHash: u8aToHex(encrypted.contentHash) }
}

/** A record's anchor as the chain holds it. */
export interface Anchor {
  patient: string
  contentHash: string
  cid: string
  author: string
  retracted: boolean
}

/** The anchor of `record`. */
export async function anchorOf(api: ApiPromise, record: number): Promise<Anchor> {
  const r = await api.call.recordsApi.record<Option<RecordCodec>>(record)
  if (r.isNone) throw new UserError(`no record ${record} is anchored`)
  const a = r.unwrap()
  return {
    patient: a.patient.toHex(),
    contentHash: a.contentHash.toHex(),
    cid: CID.decode(a.cid.toU8a(true)).toString(),
    author: a.author.toString(),
    retracted: a.retraction.isSome,
  }
}

/** `who`'s data key for `record`, from their envelope. */
export async function dataKeyFor(api: ApiPromise, who: Identity, record: number): Promise<Uint8Array> {
  const envelope = await api.call.recordsApi.envelope<Option<KeyEnvelopeCodec>>(record, who.address)
  if (envelope.isNone) {
    throw new UserError(`${who.address} holds no key envelope for record ${record}; ask the patient or the author to share it`)
  }
  return unwrapKey(envelope.unwrap().ciphertext.toU8a(true), who.encryptionPrivate)
}

/** Reads `record`: checks the access check, fetches the ciphertext from IPFS, unwraps the
 *  key, decrypts, and refuses unless SHA-256(salt | plaintext) is the anchored hash. */
export async function readRecord(
  api: ApiPromise,
  ipfs: Ipfs,
  reader: Identity,
  record: number,
  onProgress?: Progress,
): Promise<{ plaintext: Uint8Array; salt: Uint8Array }> {
  const anchor = await anchorOf(api, record)
  const reason = await api.call.consentApi.accessReason<Option<Enum>>(reader.address, record)
  if (reason.isNone) throw new UserError(`${reader.address} may not read record ${record} now (no grant, or it was revoked or expired)`)
  const dataKey = await dataKeyFor(api, reader, record)
  const file = await ipfs.cat(anchor.cid, onProgress)
  const { salt, plaintext } = decryptRecord(file, dataKey)
  if (u8aToHex(commitment(salt, plaintext)) !== anchor.contentHash) {
    throw new UserError(`record ${record}: the decrypted content does not match the anchored hash; refusing it`)
  }
  return { plaintext, salt }
}

/** Shares `record`'s key with `recipient` (their registered key), as the patient, a guardian
 *  or the author holding the key. */
export async function shareKey(api: ApiPromise, holder: Identity, record: number, recipient: string): Promise<Sent> {
  const dataKey = await dataKeyFor(api, holder, record)
  const envelope = wrapKey(dataKey, await registeredKey(api, { account: recipient }))
  return send(api, holder.pair, api.tx.records.shareKey(record, recipient, u8aToHex(envelope)))
}

/** Removes `recipient`'s envelope of `record` (`records.remove_envelope`). */
export async function removeEnvelope(api: ApiPromise, holder: Identity, record: number, recipient: string): Promise<Sent> {
  return send(api, holder.pair, api.tx.records.removeEnvelope(record, recipient))
}

/** Grant options. */
export interface GrantOptions {
  permission?: 'Read' | 'ReadWrite'
  purpose?: 'Treatment' | 'Payment' | 'Operations'
  expiresAt?: number
  kinds?: string[]
  records?: number[]
}

function scope(o: { kinds?: string[]; records?: number[] }) {
  if (o.records?.length) return { Records: o.records }
  if (o.kinds?.length) return { Kinds: o.kinds.map(recordKind) }
  return 'AllRecords'
}

/** Grants `grantee` access to the patient's records; returns the grant id. */
export async function grant(api: ApiPromise, by: Identity, patient: string, grantee: string, o: GrantOptions = {}): Promise<number> {
  const sent = await send(
    api,
    by.pair,
    api.tx.consent.grantAccess(patient, grantee, scope(o), o.permission ?? 'Read', o.purpose ?? 'Treatment', o.expiresAt ?? null),
  )
  return Number(eventData(sent, 'consent', 'AccessGranted')?.grant)
}

/** Revokes a grant (the grantee's envelopes go with it). */
export async function revoke(api: ApiPromise, by: Identity, grantId: number): Promise<Sent> {
  return send(api, by.pair, api.tx.consent.revokeAccess(grantId))
}

/** A third party asks for access; returns the request id. */
export async function requestAccess(
  api: ApiPromise,
  by: Identity,
  patient: string,
  o: { purpose?: 'Treatment' | 'Payment' | 'Operations'; durationBlocks: number; kinds?: string[]; records?: number[] },
): Promise<number> {
  const sent = await send(api, by.pair, api.tx.consent.requestAccess(patient, scope(o), 'Read', o.purpose ?? 'Payment', o.durationBlocks, null))
  return Number(eventData(sent, 'consent', 'AccessRequested')?.request)
}

/** The patient approves (creating a grant; returns its id) or denies a request. */
export async function decideRequest(api: ApiPromise, by: Identity, request: number, approve: boolean): Promise<number | undefined> {
  const sent = await send(api, by.pair, approve ? api.tx.consent.approveRequest(request) : api.tx.consent.denyRequest(request))
  return approve ? Number(eventData(sent, 'consent', 'RequestApproved')?.grant) : undefined
}

/** What the chain says about a file someone hands you, with its salt. */
export async function verifyFile(api: ApiPromise, plaintext: Uint8Array, salt: Uint8Array): Promise<Record<string, unknown> | undefined> {
  const hash = u8aToHex(commitment(salt, plaintext))
  const proof = await api.call.recordsApi.verify<Option<Struct>>(hash)
  return proof.isNone ? undefined : { contentHash: hash, ...proof.unwrap().toJSON() }
}

/** A patient's audit trail (every entry). */
export async function auditTrail(api: ApiPromise, patient: string): Promise<{ at: number; actor: string; event: Record<string, unknown> | string }[]> {
  const out: { at: number; actor: string; event: Record<string, unknown> | string }[] = []
  for (let from = 0; ; from += 100) {
    const page = await api.call.consentApi.auditTrail<Vec<AuditEntryCodec>>(patient, from, 100)
    for (const e of page) {
      const event = e.event.isBasic ? e.event.type : { [e.event.type]: e.event.value.toJSON() }
      out.push({ at: e.at.toNumber(), actor: e.actor.toString(), event })
    }
    if (page.length < 100) return out
  }
}

/** A patient's grants (every one, in the order made), page by page. */
export async function grantsOf(api: ApiPromise, patient: string): Promise<{ id: number; grant: GrantJson }[]> {
  const out: { id: number; grant: GrantJson }[] = []
  for (let from = 0; ; from += 100) {
    const page = await api.call.consentApi.grantsOf<Vec<ITuple<[u64, GrantCodec]>>>(patient, from, 100)
    out.push(...page.map(([id, g]) => ({ id: id.toNumber(), grant: g.toJSON() })))
    if (page.length < 100) return out
  }
}

/** A patient's break-glass sessions (every one, oldest first), page by page. */
export async function sessionsOf(api: ApiPromise, patient: string): Promise<{ id: number; session: Record<string, AnyJson> }[]> {
  const out: { id: number; session: Record<string, AnyJson> }[] = []
  for (let from = 0; ; from += 100) {
    const page = await api.call.emergencyApi.sessionsOf<Vec<ITuple<[u64, Struct]>>>(patient, from, 100)
    out.push(...page.map(([id, s]) => ({ id: id.toNumber(), session: s.toJSON() })))
    if (page.length < 100) return out
  }
}

/** Break-glass: a responder opens a session; returns its id. */
export async function openSession(api: ApiPromise, responder: Identity, patient: string, reason: string, justification: Uint8Array): Promise<number> {
  const sent = await send(api, responder.pair, api.tx.emergency.openSession(patient, reason, u8aToHex(justification)))
  return Number(eventData(sent, 'emergency', 'SessionOpened')?.session)
}

/** Break-glass: an authority approves; `close` ends it early; `review` records a finding. */
export const breakGlass = {
  approve: (api: ApiPromise, by: Identity, session: number) => send(api, by.pair, api.tx.emergency.approveSession(session)),
  close: (api: ApiPromise, by: Identity, session: number) => send(api, by.pair, api.tx.emergency.closeSession(session)),
  review: (api: ApiPromise, by: Identity, session: number, justified: boolean, finding: Uint8Array) =>
    send(api, by.pair, api.tx.emergency.reviewSession(session, justified, u8aToHex(finding))),
}
