// The patient's emergency key, escrowed with the emergency authorities.
//
// The patient's app makes an X25519 key pair, splits the private key k-of-n with Shamir's
// scheme over GF(2^8) (`shamir-secret-sharing`, audited by Cure53 and Zellic) and seals each
// share to one authority's registered key. It keeps nothing: the private key exists again
// only when k authorities release their shares to a responder in an approved break-glass
// session. Each share on chain is
//   commitment (32) | envelope of the share (purpose 3)
// where commitment = SHA-256("medchain/emergency-share" | 0x00 | pseudonym | version (u32 LE)
// | authority account | share). A share is 33 uniformly random bytes, so the commitment
// hides it; it lets the responder tell which authority released a wrong share, and the
// rebuilt key is checked against the emergency public key on chain before any use.
import { combine, split } from 'shamir-secret-sharing'
import { equalBytes, generateEncryptionKey, sha256, x25519PublicOf } from './crypto.js'
import { open, Purpose, seal } from './envelope.js'
import { UserError } from './errors.js'

const COMMITMENT_LABEL = new TextEncoder().encode('medchain/emergency-share')

/** The commitment to `authority`'s share of version `version` of `patient`'s emergency key. */
export function shareCommitment(patient: Uint8Array, version: number, authority: Uint8Array, share: Uint8Array): Uint8Array {
  const v = new Uint8Array(4)
  new DataView(v.buffer).setUint32(0, version, true)
  const parts = [COMMITMENT_LABEL, new Uint8Array([0]), patient, v, authority, share]
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  return sha256(all)
}

/** An emergency authority, as the patient's app seals a share to it. */
export interface ShareHolder {
  /** The authority's account id (32 bytes). */
  account: Uint8Array
  /** Its registered X25519 key, read at a finalized block. */
  encryptionKey: Uint8Array
}

/** A new emergency key: the public key for the chain, one sealed share per authority. */
export interface EmergencyKeySetup {
  publicKey: Uint8Array
  shares: { authority: Uint8Array; ciphertext: Uint8Array }[]
}

/** Makes version `version` of `patient`'s emergency key, split `threshold`-of-`holders`. */
export async function makeEmergencyKey(
  genesis: Uint8Array,
  patient: Uint8Array,
  version: number,
  threshold: number,
  holders: ShareHolder[],
): Promise<EmergencyKeySetup> {
  if (holders.length < 2) throw new UserError('an emergency key needs at least two authorities')
  if (threshold < 2 || threshold > holders.length) throw new UserError(`the threshold must be 2 to ${holders.length}, not ${threshold}`)
  if (holders.length > 255) throw new UserError('at most 255 share holders')
  const key = generateEncryptionKey()
  const parts = await split(key.privateKey, holders.length, threshold)
  key.privateKey.fill(0)
  try {
    return { publicKey: key.publicKey, shares: await sealShares(genesis, patient, version, holders, parts) }
  } finally {
    for (const p of parts) p.fill(0)
  }
}

async function sealShares(genesis: Uint8Array, patient: Uint8Array, version: number, holders: ShareHolder[], parts: Uint8Array[]): Promise<EmergencyKeySetup['shares']> {
  return Promise.all(
    holders.map(async (h, i) => {
      const envelope = await seal(parts[i], h.encryptionKey, { genesis, purpose: Purpose.EmergencyShare, subject: patient, recipient: h.account, counter: version })
      const ciphertext = new Uint8Array(32 + envelope.length)
      ciphertext.set(shareCommitment(patient, version, h.account, parts[i]))
      ciphertext.set(envelope, 32)
      return { authority: h.account, ciphertext }
    }),
  )
}

/** An authority opens its own share (checking it against the patient's commitment). */
export async function openShare(
  genesis: Uint8Array,
  patient: Uint8Array,
  version: number,
  authority: Uint8Array,
  onChain: Uint8Array,
  authorityPrivateKey: Uint8Array | readonly Uint8Array[],
): Promise<Uint8Array> {
  if (onChain.length < 33) throw new UserError('the share on chain is too short to be a MedChain share')
  const share = await open(onChain.subarray(32), authorityPrivateKey, { genesis, purpose: Purpose.EmergencyShare, subject: patient, recipient: authority, counter: version })
  if (!equalBytes(shareCommitment(patient, version, authority, share), onChain.subarray(0, 32))) {
    throw new UserError("the share does not match the patient's commitment to it")
  }
  return share
}

/** An authority re-seals its share to the responder of break-glass session `session`. */
export function releaseShare(genesis: Uint8Array, patient: Uint8Array, session: number, responder: Uint8Array, responderKey: Uint8Array, share: Uint8Array): Promise<Uint8Array> {
  return seal(share, responderKey, { genesis, purpose: Purpose.ReleasedShare, subject: patient, recipient: responder, counter: session })
}

/** A released share as the responder finds it on chain. */
export interface Released {
  /** The releasing authority's account id. */
  authority: Uint8Array
  ciphertext: Uint8Array
  /** The commitment the patient posted for this authority's share. */
  commitment: Uint8Array
}

/** What the responder learns: the emergency private key, and the authorities whose released
 *  shares were wrong (they do not open or do not match the patient's commitment). */
export interface Rebuilt {
  privateKey: Uint8Array
  wrong: Uint8Array[]
}

/** The responder rebuilds the emergency private key from the shares released in `session`
 *  and checks it against `emergencyPublicKey` (the key on chain). */
export async function rebuildEmergencyKey(
  genesis: Uint8Array,
  patient: Uint8Array,
  version: number,
  session: number,
  responder: Uint8Array,
  responderPrivateKey: Uint8Array | readonly Uint8Array[],
  threshold: number,
  emergencyPublicKey: Uint8Array,
  released: Released[],
): Promise<Rebuilt> {
  const good: Uint8Array[] = []
  const wrong: Uint8Array[] = []
  for (const r of released) {
    try {
      const share = await open(r.ciphertext, responderPrivateKey, { genesis, purpose: Purpose.ReleasedShare, subject: patient, recipient: responder, counter: session })
      if (equalBytes(shareCommitment(patient, version, r.authority, share), r.commitment)) good.push(share)
      else wrong.push(r.authority)
    } catch {
      wrong.push(r.authority)
    }
  }
  if (good.length < threshold) {
    throw new UserError(`${good.length} good share(s) released, ${threshold} needed${wrong.length ? ` (${wrong.length} wrong)` : ''}; wait for more approvals`)
  }
  const privateKey = await combine(good.slice(0, threshold))
  for (const share of good) share.fill(0)
  if (!equalBytes(x25519PublicOf(privateKey), emergencyPublicKey)) {
    privateKey.fill(0)
    throw new UserError('the released shares rebuild a key other than the emergency key on chain')
  }
  return { privateKey, wrong }
}
