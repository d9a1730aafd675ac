// The MedChain flows as a library: register, encrypt + store on IPFS + anchor (with the
// author's own key copy and the patient's emergency envelope), amend and retract, grant and
// revoke, share and remove key envelopes, request / approve / deny / cancel, read (fetch,
// unwrap, decrypt, check against the anchor, read receipt), verify a file, the emergency key
// and break-glass end to end, patients' and providers' own calls, audit trails.
//
// Keys that the client encrypts to are read at the latest finalized block.
import type { ApiPromise } from '@polkadot/api'
import type { ApiDecoration, SubmittableExtrinsic } from '@polkadot/api/types'
import type { Bytes, Enum, Option, Result, Struct, u64, Vec } from '@polkadot/types'
import type { AccountId32, H256 } from '@polkadot/types/interfaces'
import type { AnyJson, ITuple } from '@polkadot/types/types'
import { compactAddLength, hexToU8a, isHex, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto'
import { CID } from 'multiformats/cid'
import { commitment, decryptRecordStream, encryptRecordStream, hmacSha256, MAX_KEY_VERSION, sourceOf } from './crypto.js'
import { atFinalized, eventData, send, type SendOptions, type Sent } from './chain.js'
import type {
  AuditEntryCodec,
  EmergencyKeyCodec,
  GrantCodec,
  GrantJson,
  KeyEnvelopeCodec,
  PatientCodec,
  ProviderCodec,
  RecordCodec,
} from './chain-types.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { checkProof, type ArchiveProof } from './archive.js'
import { EXIT, UserError } from './errors.js'
import { makeEmergencyKey, openShare, rebuildEmergencyKey, releaseShare, type Released } from './escrow.js'
import { open, openWith, Purpose, seal, type EnvelopeContext } from './envelope.js'
import type { Ipfs, Progress } from './ipfs.js'
import { decryptionKeys, signPayload, SS58_FORMAT, type Identity } from './keys.js'

/** Record kinds of the chain's fixed vocabulary; anything else is sent as a FHIR type. */
export const RECORD_KINDS = ['ClinicalNote', 'LabResult', 'Imaging', 'Prescription', 'Diagnosis', 'VitalSigns', 'DischargeSummary', 'Other'] as const

/** A record kind of the fixed vocabulary. */
export type RecordKindCode = (typeof RECORD_KINDS)[number]

/** A record kind argument: a fixed code or a FHIR resource type name. */
export function recordKind(kind: string): RecordKindCode | { Fhir: string } {
  if ((RECORD_KINDS as readonly string[]).includes(kind)) return kind as RecordKindCode
  if (!/^[A-Z][A-Za-z]{0,63}$/.test(kind)) {
    throw new UserError(`unknown record kind '${kind}': use one of ${RECORD_KINDS.join(', ')} or a FHIR resource type name`)
  }
  return { Fhir: u8aToHex(stringToU8a(kind)) }
}

/** A patient's pseudonym: HMAC-SHA256 of their identifier under the institution's secret.
 *  Never a plain hash: identifiers are too few to hide behind one. */
export function pseudonym(secret: Uint8Array, identifier: string): string {
  if (secret.length < 16) throw new UserError('the pseudonym secret must have at least 16 bytes')
  return u8aToHex(hmacSha256(secret, stringToU8a(identifier.trim())))
}

/** An account's 32-byte id. */
export const accountId = (address: string): Uint8Array => decodeAddress(address)
/** An account id in MedChain's address format. */
export const address = (id: Uint8Array | string): string => encodeAddress(id, SS58_FORMAT)
const genesisOf = (api: ApiPromise) => api.genesisHash.toU8a()

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

/** A patient's break-glass policy. */
export interface EmergencyPolicy {
  allowed: boolean
  approvals: number
}

function checkPolicy(p: EmergencyPolicy): void {
  if (!Number.isInteger(p.approvals) || p.approvals < 1 || p.approvals > 255) throw new UserError(`approvals must be 1 to 255, not ${p.approvals}`)
}

/** A registration consent the patient signed on their own device, for the practitioner to
 *  submit. Everything in it is public. */
export interface RegistrationConsent {
  kind: 'medchain-registration-consent'
  genesis: string
  account: string
  pseudonym: string
  encryptionKey: string
  registrar: string
  deadline: number
  policy: EmergencyPolicy
  signature: string
}

/** The patient signs their consent to be registered by practitioner `registrar`. */
export async function signRegistrationConsent(api: ApiPromise, patient: Identity, registrar: string, pseudonymHex: string, policy: EmergencyPolicy = { allowed: true, approvals: 2 }): Promise<RegistrationConsent> {
  checkPolicy(policy)
  if (!isHex(pseudonymHex, 256)) throw new UserError('a pseudonym is 0x followed by 64 hex digits')
  const genesis = api.genesisHash.toHex()
  const deadline = (await api.rpc.chain.getHeader()).number.toNumber() + CONSENT_VALIDITY_BLOCKS
  const payload = registrationPayload(genesis, registrar, deadline, pseudonymHex, patient.encryptionPublic, policy.allowed, policy.approvals)
  const signature = await signPayload(patient.account, payload)
  return { kind: 'medchain-registration-consent', genesis, account: patient.address, pseudonym: pseudonymHex, encryptionKey: u8aToHex(patient.encryptionPublic), registrar: address(registrar), deadline, policy, signature: u8aToHex(signature) }
}

/** The practitioner registers a patient with the consent the patient signed. */
export async function registerPatientFor(api: ApiPromise, by: Identity, consent: RegistrationConsent, o?: SendOptions): Promise<Sent> {
  if (consent.kind !== 'medchain-registration-consent') throw new UserError('not a MedChain registration consent')
  if (consent.genesis !== api.genesisHash.toHex()) throw new UserError('the consent was signed for another chain')
  if (address(consent.registrar) !== address(by.address)) throw new UserError(`the consent names ${consent.registrar} as registrar, not ${by.address}`)
  const p = consent.policy
  return send(
    api,
    by.account,
    api.tx.patients.registerFor(consent.account, consent.pseudonym, consent.encryptionKey, { allowed: p.allowed, requiredApprovals: p.approvals }, consent.deadline, { Sr25519: consent.signature }),
    o,
  )
}

/** A patient registers themself (where the chain's limits allow it). */
export async function registerSelf(api: ApiPromise, patient: Identity, pseudonymHex: string, policy: EmergencyPolicy, o?: SendOptions): Promise<Sent> {
  checkPolicy(policy)
  return send(api, patient.account, api.tx.patients.register(pseudonymHex, u8aToHex(patient.encryptionPublic), { allowed: policy.allowed, requiredApprovals: policy.approvals }), o)
}

/** The payload a guardian signs to accept guardianship of `patient`: the SCALE encoding of
 *  (context, genesis hash, patient, the guardian's nonce, deadline) that the patients pallet
 *  checks. Any transaction the guardian sends afterwards voids an unused acceptance. */
export function guardianPayload(genesis: string, patient: string, nonce: number, deadline: number): Uint8Array {
  const le32 = (n: number) => {
    const b = new Uint8Array(4)
    new DataView(b.buffer).setUint32(0, n, true)
    return b
  }
  return u8aConcat(compactAddLength(stringToU8a('medchain/patients/accept-guardianship/v1')), hexToU8a(genesis), hexToU8a(patient), le32(nonce), le32(deadline))
}

/** A guardian's signed acceptance, for the patient to submit. Everything in it is public. */
export interface GuardianAcceptance {
  kind: 'medchain-guardian-acceptance'
  genesis: string
  guardian: string
  patient: string
  deadline: number
  signature: string
}

/** The future guardian accepts, on their own device, to be `patient`'s guardian. */
export async function signGuardianAcceptance(api: ApiPromise, guardian: Identity, patient: string): Promise<GuardianAcceptance> {
  if (!isHex(patient, 256)) throw new UserError('a pseudonym is 0x followed by 64 hex digits')
  const genesis = api.genesisHash.toHex()
  const nonce = (await api.rpc.system.accountNextIndex(guardian.address)).toNumber()
  const deadline = (await api.rpc.chain.getHeader()).number.toNumber() + CONSENT_VALIDITY_BLOCKS
  const signature = await signPayload(guardian.account, guardianPayload(genesis, patient, nonce, deadline))
  return { kind: 'medchain-guardian-acceptance', genesis, guardian: guardian.address, patient, deadline, signature: u8aToHex(signature) }
}

/** The patient names a guardian, with the guardian's acceptance. */
export async function addGuardian(api: ApiPromise, patient: Identity, acceptance: GuardianAcceptance, o?: SendOptions): Promise<Sent> {
  if (acceptance.kind !== 'medchain-guardian-acceptance') throw new UserError('not a MedChain guardian acceptance')
  if (acceptance.genesis !== api.genesisHash.toHex()) throw new UserError('the acceptance was signed for another chain')
  if (acceptance.patient !== (await pseudonymOf(api, patient.address))) throw new UserError(`the acceptance is for patient ${acceptance.patient}, not for ${patient.address}`)
  return send(api, patient.account, api.tx.patients.addGuardian(acceptance.guardian, acceptance.deadline, { Sr25519: acceptance.signature }), o)
}

/** The patient (or the guardian, stepping down) removes a guardian. */
export function removeGuardian(api: ApiPromise, by: Identity, patient: string, guardian: string, o?: SendOptions): Promise<Sent> {
  return send(api, by.account, api.tx.patients.removeGuardian(patient, guardian), o)
}

/** The patient or a guardian sets the break-glass policy. */
export function setEmergencyPolicy(api: ApiPromise, by: Identity, patient: string, policy: EmergencyPolicy, o?: SendOptions): Promise<Sent> {
  checkPolicy(policy)
  return send(api, by.account, api.tx.patients.setEmergencyPolicy(patient, { allowed: policy.allowed, requiredApprovals: policy.approvals }), o)
}

/** The patient erases their registration (right to erasure): the account link, key, policy,
 *  guardians and every key envelope addressed to them or shared for their records go; the
 *  pseudonym stays as a tombstone, the anchors as proofs. */
export function erasePatient(api: ApiPromise, patient: Identity, o?: SendOptions): Promise<Sent> {
  return send(api, patient.account, api.tx.patients.deregister(), o)
}

/** A provider's status. */
export type ProviderStatus = 'Active' | 'Suspended'

/** An organization's practitioner calls (signed by the organization): status, removal, credential. */
export const practitioners = {
  setStatus: (api: ApiPromise, org: Identity, practitioner: string, status: ProviderStatus, o?: SendOptions) => send(api, org.account, api.tx.providers.setPractitionerStatus(practitioner, status), o),
  remove: (api: ApiPromise, org: Identity, practitioner: string, o?: SendOptions) => send(api, org.account, api.tx.providers.removePractitioner(practitioner), o),
  setCredential: (api: ApiPromise, org: Identity, practitioner: string, credential: string, o?: SendOptions) => send(api, org.account, api.tx.providers.setPractitionerCredential(practitioner, credential), o),
}

/** Governance's organization calls (through `govern`: sudo or a council motion). */
export const organizationCalls = {
  setStatus: (api: ApiPromise, organization: string, status: ProviderStatus) => api.tx.providers.setOrganizationStatus(organization, status),
  remove: (api: ApiPromise, organization: string) => api.tx.providers.removeOrganization(organization),
  setCredential: (api: ApiPromise, organization: string, credential: string) => api.tx.providers.setOrganizationCredential(organization, credential),
}

/** The X25519 key the registry holds, at the latest finalized block, for a patient (by
 *  pseudonym) or for an organization or practitioner (by account: the chain shares keys
 *  only with providers). */
export async function registeredKey(api: ApiPromise, who: { account?: string; patient?: string }, at?: ApiDecoration<'promise'>): Promise<Uint8Array> {
  const state = at ?? (await atFinalized(api))
  if (who.patient) {
    const p = await state.query.patients.patients<Option<PatientCodec>>(who.patient)
    if (p.isNone) throw new UserError(`no patient is registered under ${who.patient} (at the latest finalized block)`)
    return p.unwrap().encryptionKey.toU8a()
  }
  const account = who.account as string
  const org = await state.query.providers.organizations<Option<ProviderCodec>>(account)
  if (org.isSome) return org.unwrap().encryptionKey.toU8a()
  const practitioner = await state.query.providers.practitioners<Option<ProviderCodec>>(account)
  if (practitioner.isSome) return practitioner.unwrap().encryptionKey.toU8a()
  throw new UserError(`${account} is no registered organization or practitioner (at the latest finalized block)`)
}

/** The pseudonym of the patient whose account is `account`, if any. */
export async function pseudonymOf(api: ApiPromise, account: string): Promise<string | undefined> {
  const pseudo = await api.query.patients.pseudonymOf<Option<H256>>(account)
  return pseudo.isNone ? undefined : pseudo.unwrap().toHex()
}

/** The pseudonym of the patient whose account is `account`. */
export async function patientOf(api: ApiPromise, account: string): Promise<string> {
  const p = await pseudonymOf(api, account)
  if (!p) throw new UserError(`${account} is not a registered patient`)
  return p
}

/** The context of the envelope of a record with `contentHash` for `recipient` (an account,
 *  or the patient's pseudonym for the patient's own envelope). */
export function recordKeyContext(api: ApiPromise, contentHash: string, recipient: Uint8Array): EnvelopeContext {
  return { genesis: genesisOf(api), purpose: Purpose.RecordKey, subject: hexToU8a(contentHash), recipient }
}

/** Where the chain holds an account's X25519 key (at the latest finalized block): its
 *  patient entry (by pseudonym) and its organization or practitioner entry. */
export interface KeyHolder {
  patient?: { pseudonym: string; key: Uint8Array }
  provider?: { key: Uint8Array }
}

/** The roles in which the chain holds `account`'s key; refuses an account it holds none for. */
export async function keyHolder(api: ApiPromise, account: string, at?: ApiDecoration<'promise'>): Promise<KeyHolder> {
  const state = at ?? (await atFinalized(api))
  const holder: KeyHolder = {}
  const pseudo = await state.query.patients.pseudonymOf<Option<H256>>(account)
  if (pseudo.isSome) {
    const p = pseudo.unwrap().toHex()
    holder.patient = { pseudonym: p, key: await registeredKey(api, { patient: p }, state) }
  }
  const org = await state.query.providers.organizations<Option<ProviderCodec>>(account)
  const practitioner = org.isSome ? org : await state.query.providers.practitioners<Option<ProviderCodec>>(account)
  if (practitioner.isSome) holder.provider = { key: practitioner.unwrap().encryptionKey.toU8a() }
  if (!holder.patient && !holder.provider) throw new UserError(`${account} is no registered patient, organization or practitioner (at the latest finalized block): the chain holds no key of it`)
  return holder
}

/** The key version of `who` whose public key is `key`, searched from 0 to MAX_KEY_VERSION;
 *  undefined when no version of the account derives it. */
export function versionOfKey(who: Identity, key: Uint8Array): number | undefined {
  const hex = u8aToHex(key)
  if (hex === u8aToHex(who.encryptionPublic)) return who.encryptionVersion ?? 0
  if (!who.encryptionKeyAt) return undefined
  for (let v = 0; v <= MAX_KEY_VERSION; v++) if (u8aToHex(who.encryptionKeyAt(v).publicKey) === hex) return v
  return undefined
}

/** The key version the chain holds for `who` (the highest of its roles'). Refuses a key that
 *  no version of the account derives (it was registered from another device or account). */
export async function chainKeyVersion(api: ApiPromise, who: Identity, holder?: KeyHolder): Promise<number> {
  const h = holder ?? (await keyHolder(api, who.address))
  let version = -1
  for (const [role, entry] of [['patient', h.patient], ['provider', h.provider]] as const) {
    if (!entry) continue
    const v = versionOfKey(who, entry.key)
    if (v === undefined) throw new UserError(`the chain's ${role} key for ${who.address} (${u8aToHex(entry.key)}) is no key this account derives: it was not registered from these 24 words`)
    version = Math.max(version, v)
  }
  return version
}

/** Registers `who`'s current X25519 key (its key version) on chain in every role the chain
 *  holds a key of it: `patients.rotate_encryption_key` and/or
 *  `providers.rotate_encryption_key`. Roles that already hold it are left alone. */
export async function rotateEncryptionKey(api: ApiPromise, who: Identity, o?: SendOptions): Promise<{ rotated: ('patient' | 'provider')[] }> {
  const holder = await keyHolder(api, who.address)
  const key = u8aToHex(who.encryptionPublic)
  const rotated: ('patient' | 'provider')[] = []
  if (holder.patient && u8aToHex(holder.patient.key) !== key) {
    await send(api, who.account, api.tx.patients.rotateEncryptionKey(key), o)
    rotated.push('patient')
  }
  if (holder.provider && u8aToHex(holder.provider.key) !== key) {
    await send(api, who.account, api.tx.providers.rotateEncryptionKey(key), o)
    rotated.push('provider')
  }
  return { rotated }
}

/** What a re-wrap did. */
export interface Rewrapped {
  /** Envelopes re-sealed to the current key. */
  rewrapped: number
  /** Envelopes that already opened with the current key. */
  current: number
  /** Records whose envelope opens with none of the account's keys (named, left alone). */
  unreadable: number[]
}

/** After a key rotation: re-seals every envelope the chain hands `who` (its own patient
 *  envelopes, and those shared with it as a provider, including its own copies as an author)
 *  that opens only with an earlier key version, to its current key, in
 *  `records.rewrap_envelopes` batches. Idempotent: a second run finds nothing to do, so an
 *  interrupted run is finished by running it again. The chain must already hold the current
 *  key (`rotateEncryptionKey`). */
export async function rewrapEnvelopes(api: ApiPromise, who: Identity, o?: SendOptions): Promise<Rewrapped> {
  const state = await atFinalized(api)
  const holder = await keyHolder(api, who.address, state)
  const key = u8aToHex(who.encryptionPublic)
  for (const [role, entry] of [['patient', holder.patient], ['provider', holder.provider]] as const) {
    if (entry && u8aToHex(entry.key) !== key) throw new UserError(`the chain's ${role} key for ${who.address} is not this key file's (version ${who.encryptionVersion ?? 0}) at the latest finalized block: run \`medchain keys rewrap\` (it brings the two to the same version)`)
  }
  // Which envelopes: the patient's own records; the records shared with the account (index
  // keys: account, patient, record), except its own patient's. One call covers one patient's
  // records, so the list is grouped by patient.
  const items: { record: number; patient: string; recipient: Uint8Array }[] = []
  if (holder.patient) {
    const own = holder.patient.pseudonym
    for (const record of await recordsOf(api, own)) items.push({ record, patient: own, recipient: hexToU8a(own) })
  }
  if (holder.provider) {
    // A partial key (the account alone) lists one holder's index entries; the generated
    // typing wants the NMap's first two keys.
    const byHolder = state.query.records.sharedWith.keys as unknown as (holder: string) => Promise<{ args: unknown[] }[]>
    const shared: typeof items = []
    for (const k of await byHolder(who.address)) {
      const [, patient, record] = k.args as [AccountId32, H256, u64]
      if (holder.patient && patient.toHex() === holder.patient.pseudonym) continue
      shared.push({ record: record.toNumber(), patient: patient.toHex(), recipient: accountId(who.address) })
    }
    shared.sort((a, b) => (a.patient < b.patient ? -1 : a.patient > b.patient ? 1 : a.record - b.record))
    items.push(...shared)
  }
  const result: Rewrapped = { rewrapped: 0, current: 0, unreadable: [] }
  const max = api.consts.records.maxRewrapBatch.toNumber()
  let batch: { patient: string; envelopes: [number, string][] } = { patient: '', envelopes: [] }
  const flush = async () => {
    if (batch.envelopes.length === 0) return
    const { patient, envelopes } = batch
    batch = { patient: '', envelopes: [] }
    await send(api, who.account, api.tx.records.rewrapEnvelopes(patient, key, envelopes), o)
  }
  for (const { record, patient, recipient } of items) {
    const envelope = await api.call.recordsApi.envelope<Option<KeyEnvelopeCodec>>(record, who.address)
    // None: the envelope went (revoked, pruned) since the list was read.
    if (envelope.isNone) continue
    const anchor = await anchorOf(api, record)
    const ctx = recordKeyContext(api, anchor.contentHash, recipient)
    let opened: { secret: Uint8Array; index: number }
    try {
      opened = await openWith(envelope.unwrap().ciphertext.toU8a(true), decryptionKeys(who), ctx)
    } catch {
      result.unreadable.push(record)
      continue
    }
    try {
      if (opened.index === 0) {
        result.current++
        continue
      }
      if (batch.patient !== patient || batch.envelopes.length >= max) await flush()
      batch.patient = patient
      batch.envelopes.push([record, u8aToHex(await seal(opened.secret, who.encryptionPublic, ctx))])
      result.rewrapped++
    } finally {
      opened.secret.fill(0)
    }
  }
  await flush()
  return result
}

/** The result of anchoring a file. */
export interface Anchored {
  record: number
  cid: string
  contentHash: string
  /** Whether the record's key was wrapped for the patient's emergency key: `posted`, or why
   *  not (`no-emergency-key`, `emergency-key-exposed`: the patient's app should rotate it). */
  emergency: 'posted' | 'no-emergency-key' | 'emergency-key-exposed'
}

/** The patient's emergency key as the chain holds it. */
export interface EmergencyKeyInfo {
  key: Uint8Array
  version: number
  threshold: number
  shares: { authority: string; ciphertext: Uint8Array }[]
  exposedIn?: number
}

/** `patient`'s emergency key, if one is set. */
export async function emergencyKeyOf(api: ApiPromise, patient: string, at?: ApiDecoration<'promise'>): Promise<EmergencyKeyInfo | undefined> {
  const state = at ?? api
  const k = await state.query.emergency.emergencyKeys<Option<EmergencyKeyCodec>>(patient)
  if (k.isNone) return undefined
  const v = k.unwrap()
  return {
    key: v.key.toU8a(),
    version: v.version.toNumber(),
    threshold: v.threshold.toNumber(),
    shares: v.shares.map((s) => ({ authority: s.authority.toString(), ciphertext: s.ciphertext.toU8a(true) })),
    exposedIn: v.exposedIn.isSome ? v.exposedIn.unwrap().toNumber() : undefined,
  }
}

/** The patient's emergency key if data keys may be sealed to it: the same version at the
 *  finalized block (whose key is trusted) and at the best block, exposed at neither (an
 *  exposed key was rebuilt by a responder). */
async function usableEmergencyKey(api: ApiPromise, patient: string, state: ApiDecoration<'promise'>): Promise<EmergencyKeyInfo | 'exposed' | undefined> {
  const final = await emergencyKeyOf(api, patient, state)
  const best = await emergencyKeyOf(api, patient)
  if (!final || !best) return undefined
  if (final.exposedIn !== undefined || best.exposedIn !== undefined) return 'exposed'
  if (final.version !== best.version) throw new UserError(`patient ${patient}'s emergency key is changing; post its envelopes again once it is final (\`medchain emergency-key post\`)`)
  return final
}

/** The calls that follow an anchor: the author's own key copy (a provider author), and the
 *  emergency envelope. */
/** The key the chain holds for `author` as an organization or practitioner (at the latest
 *  finalized block), which the author's own key copies are sealed to; undefined for an author
 *  that is no provider (a patient holds the patient's own envelope). Refuses when it is not the
 *  identity's current key: a key file made again from the words, or one whose version field
 *  was edited back, must not seal to a key rotated away from. */
async function authorCopyKey(api: ApiPromise, author: Identity): Promise<Uint8Array | undefined> {
  let key: Uint8Array
  try {
    key = await registeredKey(api, { account: author.address })
  } catch (e) {
    if (!(e instanceof UserError)) throw e
    return undefined
  }
  if (u8aToHex(key) !== u8aToHex(author.encryptionPublic)) {
    throw new UserError(`the chain holds another key for ${author.address} than this key file's (version ${author.encryptionVersion ?? 0}): run \`medchain keys rewrap\` first`)
  }
  return key
}

async function afterAnchor(api: ApiPromise, author: Identity, authorKey: Uint8Array | undefined, patient: string, record: number, contentHash: string, dataKey: Uint8Array, o?: SendOptions): Promise<Anchored['emergency']> {
  const calls: SubmittableExtrinsic<'promise'>[] = []
  const state = await atFinalized(api)
  // The chain keeps envelopes for providers only: a patient author holds the patient's own.
  if (authorKey) {
    const mine = await seal(dataKey, authorKey, recordKeyContext(api, contentHash, accountId(author.address)))
    calls.push(api.tx.records.shareKey(record, author.address, u8aToHex(mine)))
  }
  const ek = await usableEmergencyKey(api, patient, state)
  let emergency: Anchored['emergency'] = 'no-emergency-key'
  if (ek === 'exposed') emergency = 'emergency-key-exposed'
  else if (ek) {
    const env = await seal(dataKey, ek.key, { genesis: genesisOf(api), purpose: Purpose.EmergencyRecordKey, subject: hexToU8a(contentHash), recipient: hexToU8a(patient), counter: ek.version })
    calls.push(api.tx.emergency.postEmergencyEnvelopes(patient, ek.version, [[record, u8aToHex(env)]]))
    emergency = 'posted'
  }
  // One transaction each, not a batch: batches are never on the free path. The first need
  // only be in a block: the last one's finality implies it.
  for (const [i, call] of calls.entries()) await send(api, author.account, call, i === calls.length - 1 ? o : { ...o, wait: 'in-block' })
  return emergency
}

/** A record's content: bytes in memory, or a source read piece by piece (a file: see
 *  `fileContent` in `@medchain/client/node`), whose `size` (if known) drives progress. */
export type Content = Uint8Array | { stream(): AsyncIterable<Uint8Array>; size?: number }

function pieces(content: Content): { source: AsyncIterable<Uint8Array>; size?: number } {
  if (content instanceof Uint8Array) return { source: sourceOf(content), size: content.length }
  return { source: content.stream(), size: content.size }
}

/** Encrypts `content` (streamed: a large file is never held in memory), stores the
 *  ciphertext on IPFS and anchors SHA-256(salt | plaintext)
 *  and the CID for `patient` with the data key wrapped for the patient; then keeps the
 *  author's own copy of the key and wraps it for the patient's emergency key. `previous`
 *  makes it a new version of that record (`amend_record`). */
export async function anchorFile(
  api: ApiPromise,
  ipfs: Ipfs,
  author: Identity,
  patient: string,
  content: Content,
  kind: string,
  o: SendOptions & { onProgress?: Progress; previous?: number } = {},
): Promise<Anchored> {
  if (o.previous !== undefined && (await anchorOf(api, o.previous)).patient !== patient) {
    throw new UserError(`record ${o.previous} is not patient ${patient}'s`)
  }
  const previous = o.previous
  return storeAndAnchor(api, ipfs, author, patient, content, kind, o, {
    event: previous === undefined ? 'RecordAnchored' : 'RecordAmended',
    tx: (contentHash, cid, k, envelope) => previous === undefined
      ? api.tx.records.anchorRecord(patient, contentHash, cid, k, envelope)
      : api.tx.records.amendRecord(previous, contentHash, cid, k, envelope),
  })
}

/** How `storeAndAnchor` anchors: the transaction, the event naming the record, and for an
 *  archived document the salt it was committed with. */
interface AnchorWith {
  tx(contentHash: string, cid: string, kind: ReturnType<typeof recordKind>, envelope: string): SubmittableExtrinsic<'promise'>
  event: string
  salt?: Uint8Array
  /** The commitment the content must have (with `salt`). */
  expect?: string
}

async function storeAndAnchor(
  api: ApiPromise,
  ipfs: Ipfs,
  author: Identity,
  patient: string,
  content: Content,
  kind: string,
  o: SendOptions & { onProgress?: Progress },
  how: AnchorWith,
): Promise<Anchored> {
  const k = recordKind(kind)
  const patientKey = await registeredKey(api, { patient })
  // Checked before anything irreversible.
  const authorKey = await authorCopyKey(api, author)
  const { source, size } = pieces(content)
  const encrypted = encryptRecordStream(source, undefined, how.salt)
  const cid = await ipfs.addStream(encrypted.ciphertext, o.onProgress, size)
  const contentHash = u8aToHex(encrypted.contentHash())
  if (how.expect !== undefined && contentHash !== how.expect.toLowerCase()) {
    encrypted.dataKey.fill(0)
    throw new UserError(`the file is not the archived document: its commitment with the proof's salt is ${contentHash}, the archive's is ${how.expect}`)
  }
  const envelope = await seal(encrypted.dataKey, patientKey, recordKeyContext(api, contentHash, hexToU8a(patient)))
  const cidBytes = u8aToHex(CID.parse(cid).bytes)
  const sent = await send(api, author.account, how.tx(contentHash, cidBytes, k, u8aToHex(envelope)), o)
  const record = Number(eventData(sent, 'records', how.event).record)
  let emergency: Anchored['emergency']
  try {
    emergency = await afterAnchor(api, author, authorKey, patient, record, contentHash, encrypted.dataKey, o)
  } catch (e) {
    if (!(e instanceof UserError)) throw e
    throw new UserError(`record ${record} is anchored (cid ${cid}), but keeping the author's key copy or the emergency envelope failed: ${e.message}`)
  } finally {
    encrypted.dataKey.fill(0)
  }
  return { record, cid, contentHash, emergency }
}

/** A record's anchor as the chain holds it. */
export interface Anchor {
  patient: string
  contentHash: string
  cid: string
  author: string
  version: number
  /** The version that supersedes this one. */
  supersededBy?: number
  /** Why and by whom it was retracted. */
  retraction?: { by: string; at: number; reason: string }
}

/** The anchor of `record`. */
export async function anchorOf(api: ApiPromise, record: number): Promise<Anchor> {
  const r = await api.call.recordsApi.record<Option<RecordCodec>>(record)
  if (r.isNone) throw new UserError(`no record ${record} is anchored`, EXIT.notFound)
  const a = r.unwrap()
  const retraction = a.retraction.isSome ? a.retraction.unwrap() : undefined
  return {
    patient: a.patient.toHex(),
    contentHash: a.contentHash.toHex(),
    cid: CID.decode(a.cid.toU8a(true)).toString(),
    author: a.author.toString(),
    version: a.version.toNumber(),
    supersededBy: a.next.isSome ? a.next.unwrap().toNumber() : undefined,
    retraction: retraction ? { by: retraction.by.toString(), at: retraction.at.toNumber(), reason: retraction.reason.type } : undefined,
  }
}

/** The versions of `record`'s version chain, oldest first. */
export async function versionsOf(api: ApiPromise, record: number): Promise<number[]> {
  const out: number[] = []
  for (let from = 0; ; from += 100) {
    const page = await api.call.recordsApi.versionsOf<Vec<u64>>(record, from, 100)
    out.push(...page.map((x) => x.toNumber()))
    if (page.length < 100) return out
  }
}

/** `who`'s data key for `record`, from their envelope. */
export async function dataKeyFor(api: ApiPromise, who: Identity, record: number, anchor?: Anchor): Promise<Uint8Array> {
  const a = anchor ?? (await anchorOf(api, record))
  const envelope = await api.call.recordsApi.envelope<Option<KeyEnvelopeCodec>>(record, who.address)
  if (envelope.isNone) {
    throw new UserError(`${who.address} holds no key envelope for record ${record}; ask the patient or the author to share it`)
  }
  const own = (await pseudonymOf(api, who.address)) === a.patient
  const ctx = recordKeyContext(api, a.contentHash, own ? hexToU8a(a.patient) : accountId(who.address))
  return open(envelope.unwrap().ciphertext.toU8a(true), decryptionKeys(who), ctx)
}

/** A record read and checked against its anchor. */
export interface ReadResult {
  plaintext: Uint8Array
  salt: Uint8Array
  anchor: Anchor
}

/** Fetches and decrypts `record` with its data key, streaming: `sink` gets the plaintext
 *  piece by piece, before it is checked; refuses (throws) unless SHA-256(salt | plaintext)
 *  is the anchored hash. */
async function fetchAndCheck(ipfs: Ipfs, record: number, anchor: Anchor, dataKey: Uint8Array, sink: (piece: Uint8Array) => Promise<void> | void, onProgress?: Progress): Promise<Uint8Array> {
  const { salt, contentHash } = await decryptRecordStream(ipfs.catStream(anchor.cid, onProgress), dataKey, sink)
  if (u8aToHex(contentHash) !== anchor.contentHash) {
    throw new UserError(`record ${record}: the decrypted content does not match the anchored hash; refusing it`)
  }
  return salt
}

/** Checks that `reader` may read `record` and unwraps its key. */
async function openFor(api: ApiPromise, reader: Identity, record: number): Promise<{ anchor: Anchor; dataKey: Uint8Array }> {
  const anchor = await anchorOf(api, record)
  const reason = await api.call.consentApi.accessReason<Option<Enum>>(reader.address, record)
  if (reason.isNone) throw new UserError(`${reader.address} may not read record ${record} now (no grant, or it was revoked or expired)`)
  return { anchor, dataKey: await dataKeyFor(api, reader, record, anchor) }
}

/** Reads `record` as `readRecord` does, streaming its plaintext to `sink` instead of holding
 *  it: for large files. The sink sees the plaintext before the check against the anchor:
 *  keep what it wrote only if this resolves (`readRecordToFile` in `@medchain/client/node`
 *  does). */
export async function readRecordStream(
  api: ApiPromise,
  ipfs: Ipfs,
  reader: Identity,
  record: number,
  sink: (piece: Uint8Array) => Promise<void> | void,
  o: SendOptions & { onProgress?: Progress; receipt?: boolean } = {},
): Promise<{ salt: Uint8Array; anchor: Anchor }> {
  const { anchor, dataKey } = await openFor(api, reader, record)
  try {
    const salt = await fetchAndCheck(ipfs, record, anchor, dataKey, sink, o.onProgress)
    if (o.receipt !== false) await send(api, reader.account, api.tx.consent.submitReadReceipt(record), o)
    return { salt, anchor }
  } finally {
    dataKey.fill(0)
  }
}

/** Reads `record`: checks the access check, fetches the ciphertext from IPFS, unwraps the
 *  key, decrypts, refuses unless SHA-256(salt | plaintext) is the anchored hash, and sends a
 *  read receipt so the read is in the patient's audit trail. The result's `anchor` says
 *  whether the record was superseded or retracted: a caller shows that. */
export async function readRecord(api: ApiPromise, ipfs: Ipfs, reader: Identity, record: number, o: SendOptions & { onProgress?: Progress; receipt?: boolean } = {}): Promise<ReadResult> {
  const parts: Uint8Array[] = []
  const { salt, anchor } = await readRecordStream(api, ipfs, reader, record, (piece) => void parts.push(piece.slice()), o)
  return { plaintext: u8aConcat(...parts), salt, anchor }
}

/** Shares `record`'s key with `recipient` (their registered key), as the patient, a guardian
 *  or the author holding the key. */
export async function shareKey(api: ApiPromise, holder: Identity, record: number, recipient: string, o?: SendOptions): Promise<Sent> {
  const anchor = await anchorOf(api, record)
  // Sealed only for a recipient the chain lets read the record now (at the best block and at
  // the finalized one).
  const state = await atFinalized(api)
  for (const at of [api, state]) {
    if ((await at.call.consentApi.accessReason<Option<Enum>>(recipient, record)).isNone) {
      throw new UserError(`${recipient} may not read record ${record} (no grant, or it was revoked or expired): the key is not shared`)
    }
  }
  const dataKey = await dataKeyFor(api, holder, record, anchor)
  const envelope = await seal(dataKey, await registeredKey(api, { account: recipient }, state), recordKeyContext(api, anchor.contentHash, accountId(recipient)))
  return send(api, holder.account, api.tx.records.shareKey(record, recipient, u8aToHex(envelope)), o)
}

/** Removes `recipient`'s envelope of `record` (`records.remove_envelope`). */
export function removeEnvelope(api: ApiPromise, holder: Identity, record: number, recipient: string, o?: SendOptions): Promise<Sent> {
  return send(api, holder.account, api.tx.records.removeEnvelope(record, recipient), o)
}

/** Why a record is retracted. */
export const RETRACTION_REASONS = ['EnteredInError', 'WrongPatient', 'Duplicate', 'PatientRequest'] as const

/** Retracts `record` (its author or the patient). */
export function retractRecord(api: ApiPromise, by: Identity, record: number, reason: (typeof RETRACTION_REASONS)[number], o?: SendOptions): Promise<Sent> {
  if (!RETRACTION_REASONS.includes(reason)) throw new UserError(`the reason is one of ${RETRACTION_REASONS.join(', ')}`)
  return send(api, by.account, api.tx.records.retractRecord(record, reason), o)
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
  // An empty list is a mistake, never "everything".
  if (o.records !== undefined && o.records.length === 0) throw new UserError('the list of records is empty')
  if (o.kinds !== undefined && o.kinds.length === 0) throw new UserError('the list of kinds is empty')
  if (o.records) return { Records: o.records }
  if (o.kinds) return { Kinds: o.kinds.map(recordKind) }
  return 'AllRecords'
}

/** Grants `grantee` access to the patient's records; returns the grant id. */
export async function grant(api: ApiPromise, by: Identity, patient: string, grantee: string, o: GrantOptions & SendOptions = {}): Promise<number> {
  const sent = await send(api, by.account, api.tx.consent.grantAccess(patient, grantee, scope(o), o.permission ?? 'Read', o.purpose ?? 'Treatment', o.expiresAt ?? null), o)
  return Number(eventData(sent, 'consent', 'AccessGranted').grant)
}

/** Revokes a grant (the grantee's envelopes go with it). Revocation stops the chain from
 *  handing the key out; a party that already read a record keeps what it read, and an
 *  envelope it was sent stays in the chain's history. */
export function revoke(api: ApiPromise, by: Identity, grantId: number, o?: SendOptions): Promise<Sent> {
  return send(api, by.account, api.tx.consent.revokeAccess(grantId), o)
}

/** Research terms of a request: the ethics approval's reference (a hash) and the body that
 *  approved it (an organization's account). */
export interface ResearchTerms {
  ethicsApproval: string
  approvedBy: string
}

/** A third party asks for access; returns the request id. */
export async function requestAccess(
  api: ApiPromise,
  by: Identity,
  patient: string,
  o: { purpose?: 'Treatment' | 'Payment' | 'Operations' | 'Research'; durationBlocks: number; kinds?: string[]; records?: number[]; research?: ResearchTerms } & SendOptions,
): Promise<number> {
  const purpose = o.purpose ?? 'Payment'
  if ((purpose === 'Research') !== (o.research !== undefined)) throw new UserError('a research request needs research terms, and only a research request has them')
  const sent = await send(api, by.account, api.tx.consent.requestAccess(patient, scope(o), 'Read', purpose, o.durationBlocks, o.research ?? null), o)
  return Number(eventData(sent, 'consent', 'AccessRequested').request)
}

/** The patient approves (creating a grant; returns its id) or denies a request. */
export async function decideRequest(api: ApiPromise, by: Identity, request: number, approve: boolean, o?: SendOptions): Promise<number | undefined> {
  const sent = await send(api, by.account, approve ? api.tx.consent.approveRequest(request) : api.tx.consent.denyRequest(request), o)
  return approve ? Number(eventData(sent, 'consent', 'RequestApproved').grant) : undefined
}

/** Anchors an archive's root (`buildArchive` in `@medchain/client/node` builds it from a
 *  directory): one transaction, signed by the organization, whatever the number of documents.
 *  Returns the archive's id. */
export async function anchorArchive(api: ApiPromise, organization: Identity, root: string, leaves: number, o?: SendOptions): Promise<number> {
  if (!isHex(root, 256)) throw new UserError('an archive root is 0x and 64 hex digits')
  if (!Number.isSafeInteger(leaves) || leaves < 1) throw new UserError('an archive has at least one document')
  // Checked before sending: a refused transaction would still publish the root in a block,
  // where another organization could anchor it first.
  if (!(await activeOrganization(api, organization.address))) {
    throw new UserError(`${organization.address} is not an active organization (NotAnOrganization): an archive is anchored by its organization's own key`)
  }
  const sent = await send(api, organization.account, api.tx.records.anchorArchive(root, leaves), o)
  return Number(eventData(sent, 'records', 'ArchiveAnchored').archive)
}

type ProviderEntry = { status?: string; organization?: string }

/** Whether `account` is an active organization, at the best block. */
async function activeOrganization(api: ApiPromise, account: string): Promise<boolean> {
  const org = (await api.query.providers.organizations(account)).toJSON() as ProviderEntry | null
  return org?.status === 'Active'
}

/** Whether `account` is `organization` (active) or an active practitioner of it, at the best block. */
async function ofOrganization(api: ApiPromise, account: string, organization: string): Promise<boolean> {
  const same = (a: string, b: string) => u8aToHex(decodeAddress(a)) === u8aToHex(decodeAddress(b))
  if (same(account, organization)) return activeOrganization(api, account)
  const practitioner = (await api.query.providers.practitioners(account)).toJSON() as ProviderEntry | null
  return practitioner?.status === 'Active' && practitioner.organization !== undefined && same(practitioner.organization, organization) && (await activeOrganization(api, organization))
}

/** What the chain says about an archived document. */
export type ArchiveCheck =
  | { ok: true; archive: number; index: number; organization: string; root: string; leaves: number; anchoredAt: number; timestamp: number; record?: number }
  | { ok: false; reason: 'UnknownArchive' | 'IndexOutOfRange' | 'InvalidProof' | 'NotAnchoredRoot' }

/** Whether `proof` proves its document in archive `proof.archive` on chain: checked locally,
 *  then by the chain's `ArchivesApi` (which also names the record it was promoted to). */
export async function verifyArchived(api: ApiPromise, proof: ArchiveProof): Promise<ArchiveCheck> {
  const p = checkProof(proof)
  if (p.archive === undefined) throw new UserError('the proof names no archive: anchor the archive, then give its id (--archive)')
  const answer = await api.call.archivesApi.verifyArchived<Result<Struct, Enum>>(p.archive, p.index, p.commitment, p.path)
  if (answer.isErr) return { ok: false, reason: answer.asErr.type as 'UnknownArchive' | 'IndexOutOfRange' | 'InvalidProof' }
  const v = answer.asOk.toJSON() as { organization: string; root: string; leaves: number; anchoredAt: number; timestamp: number; record: number | null }
  // The chain proved it against its own root; a proof carrying another root is someone else's.
  if (v.root !== p.root) return { ok: false, reason: 'NotAnchoredRoot' }
  return {
    ok: true,
    archive: p.archive,
    index: p.index,
    organization: encodeAddress(v.organization, SS58_FORMAT),
    root: v.root,
    leaves: Number(v.leaves),
    anchoredAt: Number(v.anchoredAt),
    timestamp: Number(v.timestamp),
    ...(v.record === null ? {} : { record: Number(v.record) }),
  }
}

/** Promotes an archived document to a record, to share it: checks the file against the
 *  proof's commitment (with its salt) before anything leaves the machine, encrypts it with
 *  that salt (so the record's commitment is the archived one), stores it on IPFS and anchors
 *  it through `promote_archived` (the archive's organization or its practitioner, who may
 *  write for the patient); then the author's key copy and the emergency envelope, as for any
 *  record. */
export async function promoteArchived(
  api: ApiPromise,
  ipfs: Ipfs,
  author: Identity,
  patient: string,
  proof: ArchiveProof,
  content: Content,
  kind: string,
  o: SendOptions & { onProgress?: Progress } = {},
): Promise<Anchored> {
  const p = checkProof(proof)
  if (p.archive === undefined) throw new UserError('the proof names no archive: give the archive\'s id')
  const archive = p.archive
  const check = await verifyArchived(api, p)
  if (!check.ok) throw new UserError(`the proof does not hold on chain: ${check.reason}`)
  if (check.record !== undefined) throw new UserError(`the document is already record ${check.record}`)
  // Checked before anything is sent: a refused promotion would still publish the document's
  // commitment in a block.
  if (!(await ofOrganization(api, author.address, check.organization))) {
    throw new UserError(`${author.address} is neither archive ${archive}'s organization nor an active practitioner of it (NotArchiveOrganization)`)
  }
  // The file must be the archived document: checked before it is encrypted and uploaded.
  const hash = sha256.create().update(hexToU8a(p.salt))
  for await (const piece of pieces(content).source) hash.update(piece)
  if (u8aToHex(hash.digest()) !== p.commitment) throw new UserError(`the file is not document ${p.index} of archive ${archive}: its commitment with the proof's salt differs`)
  return storeAndAnchor(api, ipfs, author, patient, content, kind, o, {
    event: 'RecordAnchored',
    salt: hexToU8a(p.salt),
    expect: p.commitment,
    tx: (contentHash, cid, k, envelope) =>
      api.tx.records.promoteArchived(archive, p.index, p.path, { patient, contentHash: contentHash, cid, kind: k, patientEnvelope: envelope }),
  })
}

/** What the chain says about a file someone hands you, with its salt. */
export async function verifyFile(api: ApiPromise, plaintext: Uint8Array, salt: Uint8Array): Promise<Record<string, unknown> | undefined> {
  const hash = u8aToHex(commitment(salt, plaintext))
  const proof = await api.call.recordsApi.verify<Option<Struct>>(hash)
  return proof.isNone ? undefined : { contentHash: hash, ...proof.unwrap().toJSON() }
}

async function pages<T>(fetch: (from: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let from = 0; ; from += 100) {
    const page = await fetch(from)
    out.push(...page)
    if (page.length < 100) return out
  }
}

/** A patient's records (every id). */
export function recordsOf(api: ApiPromise, patient: string): Promise<number[]> {
  return pages(async (from) => (await api.call.recordsApi.recordsOf<Vec<u64>>(patient, from, 100)).map((x) => x.toNumber()))
}

/** A patient's audit trail (every entry). */
export function auditTrail(api: ApiPromise, patient: string): Promise<{ at: number; actor: string; event: Record<string, unknown> | string }[]> {
  return pages(async (from) =>
    (await api.call.consentApi.auditTrail<Vec<AuditEntryCodec>>(patient, from, 100)).map((e) => ({
      at: e.at.toNumber(),
      actor: e.actor.toString(),
      event: e.event.isBasic ? e.event.type : { [e.event.type]: e.event.value.toJSON() },
    })),
  )
}

/** A patient's grants (every one, in the order made). */
export function grantsOf(api: ApiPromise, patient: string): Promise<{ id: number; grant: GrantJson }[]> {
  return pages(async (from) => (await api.call.consentApi.grantsOf<Vec<ITuple<[u64, GrantCodec]>>>(patient, from, 100)).map(([id, g]) => ({ id: id.toNumber(), grant: g.toJSON() })))
}

/** A patient's access requests (every one, with its status). */
export function requestsOf(api: ApiPromise, patient: string): Promise<{ id: number; request: Record<string, AnyJson> }[]> {
  return pages(async (from) => (await api.call.consentApi.requestsOf<Vec<ITuple<[u64, Struct]>>>(patient, from, 100)).map(([id, r]) => ({ id: id.toNumber(), request: r.toJSON() })))
}

/** A patient's break-glass sessions (every one, oldest first). */
export function sessionsOf(api: ApiPromise, patient: string): Promise<{ id: number; session: Record<string, AnyJson> }[]> {
  return pages(async (from) => (await api.call.emergencyApi.sessionsOf<Vec<ITuple<[u64, Struct]>>>(patient, from, 100)).map(([id, s]) => ({ id: id.toNumber(), session: s.toJSON() })))
}

// ---- The emergency key and break-glass ----

/** The emergency authorities (organizations' accounts). */
export async function emergencyAuthorities(api: ApiPromise, at?: ApiDecoration<'promise'>): Promise<string[]> {
  const list = await (at ?? api).query.emergency.authorities<Vec<AccountId32>>()
  return list.map((a) => a.toString())
}

/** The shares a new emergency key needs: the patient's policy's approvals, never below the
 *  consortium's minimum. */
async function emergencyThreshold(api: ApiPromise, patient: string, at: ApiDecoration<'promise'>): Promise<number> {
  const p = await at.query.patients.patients<Option<PatientCodec>>(patient)
  if (p.isNone) throw new UserError(`no patient is registered under ${patient}`)
  const policy = p.unwrap().emergencyPolicy
  if (!policy.allowed.isTrue) throw new UserError("the patient's policy does not allow break-glass; an emergency key would never be used")
  const min = (api.consts.emergency.minEmergencyApprovals as unknown as { toNumber(): number }).toNumber()
  return Math.max(policy.requiredApprovals.toNumber(), min)
}

/** Sets (or rotates) `patient`'s emergency key, split among `authorities` (default: every
 *  emergency authority), then wraps the data key of every record the signer can open for
 *  the new key. Run by the patient's own app (or a guardian's). */
export async function setEmergencyKey(api: ApiPromise, by: Identity, patient: string, o: SendOptions & { authorities?: string[] } = {}): Promise<{ version: number; threshold: number; authorities: string[]; envelopes: number; skipped: number[] }> {
  const state = await atFinalized(api)
  const authorities = o.authorities ?? (await emergencyAuthorities(api, state))
  const threshold = await emergencyThreshold(api, patient, state)
  if (authorities.length < threshold) throw new UserError(`${authorities.length} emergency authorities, but the policy needs ${threshold} approvals`)
  const holders = await Promise.all(authorities.map(async (a) => ({ account: accountId(a), encryptionKey: await registeredKey(api, { account: a }, state) })))
  // Replacing the key while a session is open would void the shares released for it.
  for (const { id } of await sessionsOf(api, patient)) {
    const status = await sessionStatus(api, id)
    if (status === 'Pending' || status === 'Active') throw new UserError(`break-glass session ${id} is ${status}: set the emergency key once it has ended`)
  }
  const current = await emergencyKeyOf(api, patient)
  const version = current ? current.version + 1 : 0
  const setup = await makeEmergencyKey(genesisOf(api), hexToU8a(patient), version, threshold, holders)
  const shares = setup.shares.map((s) => ({ authority: address(s.authority), ciphertext: u8aToHex(s.ciphertext) }))
  const sent = await send(api, by.account, api.tx.emergency.setEmergencyKey(patient, u8aToHex(setup.publicKey), threshold, shares), o)
  const set = Number(eventData(sent, 'emergency', 'EmergencyKeySet').version)
  if (set !== version) {
    throw new UserError(`the chain set emergency key version ${set}, but the shares were made for version ${version} (someone else set a key meanwhile): run \`medchain emergency-key set\` again`)
  }
  const { posted, skipped } = await postEmergencyEnvelopes(api, by, patient, { ...o, key: { key: setup.publicKey, version: set } })
  return { version: set, threshold, authorities, envelopes: posted, skipped }
}

/** Wraps, for the patient's current emergency key, the data key of each of the patient's
 *  records that `by` can open (the patient, a guardian, or an author), in batches. Returns
 *  how many were posted and the records skipped (no envelope for `by`, or retracted). */
export async function postEmergencyEnvelopes(api: ApiPromise, by: Identity, patient: string, o: SendOptions & { key?: { key: Uint8Array; version: number }; records?: number[] } = {}): Promise<{ posted: number; skipped: number[] }> {
  const found = o.key ?? (await usableEmergencyKey(api, patient, await atFinalized(api)))
  if (!found) throw new UserError(`patient ${patient} has no emergency key (at a finalized block); set one first`)
  if (found === 'exposed') throw new UserError(`patient ${patient}'s emergency key was exposed in a break-glass session: rotate it (\`medchain emergency-key set\`) instead`)
  const ek = found
  const batch = (api.consts.emergency.maxEnvelopesPerCall as unknown as { toNumber(): number } | undefined)?.toNumber() ?? 32
  const pending: [number, string][] = []
  const skipped: number[] = []
  for (const record of o.records ?? (await recordsOf(api, patient))) {
    try {
      const anchor = await anchorOf(api, record)
      if (anchor.retraction) {
        skipped.push(record)
        continue
      }
      const dataKey = await dataKeyFor(api, by, record, anchor)
      const env = await seal(dataKey, ek.key, { genesis: genesisOf(api), purpose: Purpose.EmergencyRecordKey, subject: hexToU8a(anchor.contentHash), recipient: hexToU8a(patient), counter: ek.version })
      pending.push([record, u8aToHex(env)])
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      skipped.push(record)
    }
  }
  for (let i = 0; i < pending.length; i += batch) {
    await send(api, by.account, api.tx.emergency.postEmergencyEnvelopes(patient, ek.version, pending.slice(i, i + batch)), o)
  }
  return { posted: pending.length, skipped }
}

/** Why a responder breaks the glass. */
export const EMERGENCY_REASONS = ['EmergencyTreatment', 'EmergencyRoomTreatment', 'BreakTheGlass', 'Threat', 'Disaster'] as const
export type EmergencyReason = (typeof EMERGENCY_REASONS)[number]

/** Break-glass: a responder opens a session; returns its id. `justification` is a salted
 *  commitment to the written justification (kept by the responder's institution). */
export async function openSession(api: ApiPromise, responder: Identity, patient: string, reason: EmergencyReason, justification: Uint8Array, o?: SendOptions): Promise<number> {
  const sent = await send(api, responder.account, api.tx.emergency.openSession(patient, reason, u8aToHex(justification)), o)
  return Number(eventData(sent, 'emergency', 'SessionOpened').session)
}

interface SessionCodec extends Struct {
  readonly patient: H256
  readonly responder: AccountId32
  readonly approvals: Vec<Struct & { readonly authority: AccountId32 }>
}

/** A break-glass session as the state at `at` holds it. */
async function sessionOf(api: ApiPromise, session: number, at?: ApiDecoration<'promise'>): Promise<{ patient: string; responder: string; approvedBy: string[] }> {
  const s = await (at ?? api).query.emergency.sessions<Option<SessionCodec>>(session)
  if (s.isNone) throw new UserError(`no break-glass session ${session}`, EXIT.notFound)
  const v = s.unwrap()
  return { patient: v.patient.toHex(), responder: v.responder.toString(), approvedBy: v.approvals.map((a) => address(a.authority.toString())) }
}

/** Where session `session` stands now (`Pending`, `Active`, `Expired`, `Lapsed`, `Closed`). */
export async function sessionStatus(api: ApiPromise, session: number): Promise<string> {
  const status = await api.call.emergencyApi.sessionStatus<Option<Enum>>(session)
  if (status.isNone) throw new UserError(`no break-glass session ${session}`, EXIT.notFound)
  return status.unwrap().type
}

// A call the chain refuses is still included in a block with its arguments, so a secret sealed
// for a call is disclosed to its recipient whether or not the call succeeds. Before sealing,
// the client checks every condition the chain would (at the best block, and for whom it seals
// to, at a finalized one) and refuses to seal when one fails.

/** An emergency authority that approved `session` releases its share of the patient's
 *  emergency key, re-sealed to the responder's registered key (read at a finalized block). */
export async function releaseKeyShare(api: ApiPromise, authority: Identity, session: number, o?: SendOptions): Promise<Sent> {
  const me = address(authority.address)
  // The session, the key and the responder's key at one finalized block; the session's
  // standing and this authority's approval and release also at the best block.
  const state = await atFinalized(api)
  const final = await sessionOf(api, session, state)
  const best = await sessionOf(api, session)
  if (best.patient !== final.patient || address(best.responder) !== address(final.responder)) {
    throw new UserError(`session ${session} is not yet final; try again in a few seconds`)
  }
  const { patient, responder } = final
  const status = await sessionStatus(api, session)
  if (status !== 'Active') throw new UserError(`session ${session} is ${status}, not Active: no share is released for it`)
  if (!final.approvedBy.includes(me) || !best.approvedBy.includes(me)) throw new UserError(`${me} has not approved session ${session} (at a finalized block): approve it first`)
  if ((await api.query.emergency.releasedShares<Option<Bytes>>(session, me)).isSome) throw new UserError(`${me} already released its share for session ${session}`)
  const ek = await emergencyKeyOf(api, patient, state)
  if (!ek) throw new UserError(`patient ${patient} has no emergency key: there is no share to release`)
  const current = await emergencyKeyOf(api, patient)
  if (current?.version !== ek.version) throw new UserError(`patient ${patient}'s emergency key is changing; try again in a few seconds`)
  const mine = ek.shares.find((s) => address(s.authority) === me)
  if (!mine) throw new UserError(`${me} holds no share of patient ${patient}'s emergency key`)
  const responderKey = await registeredKey(api, { account: responder }, state)
  const share = await openShare(genesisOf(api), hexToU8a(patient), ek.version, accountId(me), mine.ciphertext, decryptionKeys(authority))
  try {
    const sealed = await releaseShare(genesisOf(api), hexToU8a(patient), session, accountId(responder), responderKey, share)
    return await send(api, authority.account, api.tx.emergency.releaseKeyShare(session, u8aToHex(sealed)), o)
  } finally {
    share.fill(0)
  }
}

/** The responder of an active session rebuilds the patient's emergency key from the released
 *  shares (naming any authority whose share was wrong), then reads `records` (default: every
 *  record of the patient with an emergency envelope), each checked against its anchor and
 *  receipted in the audit trail. */
export async function breakGlassRead(
  api: ApiPromise,
  ipfs: Ipfs,
  responder: Identity,
  session: number,
  o: SendOptions & { records?: number[]; onProgress?: Progress } = {},
): Promise<{ records: (ReadResult & { record: number })[]; failed: { record: number; reason: string }[]; wrongShares: string[] }> {
  const { patient, responder: who } = await sessionOf(api, session)
  if (address(who) !== address(responder.address)) throw new UserError(`session ${session} is ${who}'s, not ${responder.address}'s`)
  const ek = await emergencyKeyOf(api, patient)
  if (!ek) throw new UserError(`patient ${patient} has no emergency key`)
  const released: Released[] = []
  for (const s of ek.shares) {
    const r = await api.query.emergency.releasedShares<Option<Bytes>>(session, s.authority)
    if (r.isSome) released.push({ authority: accountId(s.authority), ciphertext: r.unwrap().toU8a(true), commitment: s.ciphertext.subarray(0, 32) })
  }
  const rebuilt = await rebuildEmergencyKey(genesisOf(api), hexToU8a(patient), ek.version, session, accountId(responder.address), decryptionKeys(responder), ek.threshold, ek.key, released)
  const ids = o.records ?? (await recordsOf(api, patient))
  const out: (ReadResult & { record: number })[] = []
  // Reading every record, one that fails its check is reported, not allowed to hide the rest.
  const failed: { record: number; reason: string }[] = []
  try {
    for (const record of ids) {
      try {
        const env = await api.query.emergency.emergencyEnvelopes<Option<Struct & { version: { toNumber(): number }; ciphertext: Bytes }>>(patient, record)
        if (env.isNone) {
          if (o.records) throw new UserError(`record ${record} has no emergency envelope`)
          continue
        }
        const e = env.unwrap()
        if (e.version.toNumber() !== ek.version) throw new UserError(`record ${record}: its emergency envelope is for key version ${e.version.toNumber()}, not ${ek.version}`)
        const anchor = await anchorOf(api, record)
        const dataKey = await open(e.ciphertext.toU8a(true), rebuilt.privateKey, { genesis: genesisOf(api), purpose: Purpose.EmergencyRecordKey, subject: hexToU8a(anchor.contentHash), recipient: hexToU8a(patient), counter: ek.version })
        const parts: Uint8Array[] = []
        const salt = await fetchAndCheck(ipfs, record, anchor, dataKey, (piece) => void parts.push(piece.slice()), o.onProgress)
        const plaintext = u8aConcat(...parts)
        await send(api, responder.account, api.tx.consent.submitReadReceipt(record), o)
        out.push({ record, plaintext, salt, anchor })
      } catch (e) {
        if (o.records || !(e instanceof UserError)) throw e
        failed.push({ record, reason: e.message })
      }
    }
  } finally {
    rebuilt.privateKey.fill(0)
  }
  return { records: out, failed, wrongShares: rebuilt.wrong.map((a) => address(a)) }
}

/** Break-glass steps that need no keys: approve, close, review, clean. */
export const breakGlass = {
  approve: (api: ApiPromise, by: Identity, session: number, o?: SendOptions) => send(api, by.account, api.tx.emergency.approveSession(session), o),
  close: (api: ApiPromise, by: Identity, session: number, o?: SendOptions) => send(api, by.account, api.tx.emergency.closeSession(session), o),
  review: (api: ApiPromise, by: Identity, session: number, justified: boolean, finding: Uint8Array, o?: SendOptions) =>
    send(api, by.account, api.tx.emergency.reviewSession(session, justified, u8aToHex(finding)), o),
  clean: (api: ApiPromise, by: Identity, session: number, o?: SendOptions) => send(api, by.account, api.tx.emergency.cleanSession(session), o),
}

/** The whole record `record`'s envelope context helper for apps writing their own flows. */
export { Purpose }
