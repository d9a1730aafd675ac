// Key envelopes: a secret (a record's 32-byte data key, or a share of a patient's emergency
// key) sealed to one recipient's X25519 key with HPKE (RFC 9180), base mode, single shot:
// DHKEM(X25519, HKDF-SHA256) 0x0020, HKDF-SHA256 0x0001, AES-256-GCM 0x0002, through
// `@hpke/core`. Any HPKE implementation (Rust `hpke`, OpenSSL 3.2+, BoringSSL, Go circl,
// Bouncy Castle) opens it given the context below.
//
// Envelope (version 2):  0x02 | enc (32) | ciphertext with its tag (secret length + 16)
//   a data key's envelope is 81 bytes.
// HPKE `info` binds the envelope to its context, so an envelope copied to another record,
// recipient, purpose, chain, key version or session does not open:
//   "medchain/envelope" | 0x00 | version (1) | purpose (1) | genesis hash (32)
//   | subject (32) | recipient (32) | counter (u64, little endian)
// with, by purpose:
//   1 record key            subject: the record's content hash (its commitment, unique on
//                           chain and known before the record id is), recipient: the
//                           recipient's account, or the patient's pseudonym for the patient's
//                           own envelope; counter 0
//   2 emergency record key  subject: the record's content hash, recipient: the patient's
//                           pseudonym, counter: the emergency key's version
//   3 emergency share       subject: the patient's pseudonym, recipient: the authority's
//                           account, counter: the emergency key's version
//   4 released share        subject: the patient's pseudonym, recipient: the responder's
//                           account, counter: the break-glass session id
import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core'
import { UserError } from './errors.js'

/** The envelope format's version byte. */
export const ENVELOPE_VERSION = 2
/** The length of a data key's envelope. */
export const ENVELOPE_LENGTH = 1 + 32 + 32 + 16

/** What an envelope's secret is for. */
export const Purpose = {
  RecordKey: 1,
  EmergencyRecordKey: 2,
  EmergencyShare: 3,
  ReleasedShare: 4,
} as const
export type Purpose = (typeof Purpose)[keyof typeof Purpose]

/** The context an envelope is bound to. */
export interface EnvelopeContext {
  /** The chain's genesis hash (32 bytes). */
  genesis: Uint8Array
  purpose: Purpose
  /** 32 bytes: a content hash or a pseudonym (see the module documentation). */
  subject: Uint8Array
  /** 32 bytes: an account id or a pseudonym. */
  recipient: Uint8Array
  /** An emergency key version or a session id; 0 for record keys. */
  counter?: number | bigint
}

const LABEL = new TextEncoder().encode('medchain/envelope')

/** The HPKE `info` of an envelope with context `c`. */
export function envelopeInfo(c: EnvelopeContext): Uint8Array {
  for (const [name, v] of [['genesis', c.genesis], ['subject', c.subject], ['recipient', c.recipient]] as const) {
    if (v.length !== 32) throw new UserError(`an envelope's ${name} has 32 bytes, not ${v.length}`)
  }
  const counter = BigInt(c.counter ?? 0)
  if (counter < 0n || counter >= 1n << 64n) throw new UserError('an envelope counter is a u64')
  const info = new Uint8Array(LABEL.length + 3 + 96 + 8)
  info.set(LABEL)
  let at = LABEL.length
  info[at++] = 0
  info[at++] = ENVELOPE_VERSION
  info[at++] = c.purpose
  for (const part of [c.genesis, c.subject, c.recipient]) {
    info.set(part, at)
    at += 32
  }
  new DataView(info.buffer).setBigUint64(at, counter, true)
  return info
}

/** MedChain's HPKE suite. */
export function hpkeSuite(): CipherSuite {
  return new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() })
}

/** Seals `secret` for the holder of X25519 key `recipientPublicKey`, bound to `context`. */
export async function seal(secret: Uint8Array, recipientPublicKey: Uint8Array, context: EnvelopeContext): Promise<Uint8Array> {
  if (recipientPublicKey.length !== 32) throw new UserError('an X25519 public key has 32 bytes')
  if (secret.length === 0 || secret.length > 64) throw new UserError('an envelope holds 1 to 64 bytes')
  const suite = hpkeSuite()
  let sealed: { enc: ArrayBuffer; ct: ArrayBuffer }
  try {
    const recipient = await suite.kem.importKey('raw', recipientPublicKey.slice().buffer, true)
    sealed = await suite.seal({ recipientPublicKey: recipient, info: envelopeInfo(context) }, secret)
  } catch (e) {
    // A low-order or otherwise unusable key (the chain refuses to register those).
    throw new UserError(`cannot seal to this X25519 key (${(e as Error).message})`)
  }
  const enc = new Uint8Array(sealed.enc)
  const ct = new Uint8Array(sealed.ct)
  const out = new Uint8Array(1 + enc.length + ct.length)
  out[0] = ENVELOPE_VERSION
  out.set(enc, 1)
  out.set(ct, 1 + enc.length)
  return out
}

/** Opens an envelope with the recipient's X25519 private key (or the first of several that
 *  opens it: a party's current key, then the keys it rotated away from); refuses one made for
 *  another context, recipient or key, and anything tampered with. */
export async function open(envelope: Uint8Array, recipientPrivateKey: Uint8Array | readonly Uint8Array[], context: EnvelopeContext): Promise<Uint8Array> {
  return (await openWith(envelope, recipientPrivateKey instanceof Uint8Array ? [recipientPrivateKey] : recipientPrivateKey, context)).secret
}

/** Opens an envelope with the first of `recipientPrivateKeys` that opens it, and says which. */
export async function openWith(envelope: Uint8Array, recipientPrivateKeys: readonly Uint8Array[], context: EnvelopeContext): Promise<{ secret: Uint8Array; index: number }> {
  if (envelope.length < 1 + 32 + 16 + 1) throw new UserError(`an envelope has at least 50 bytes, this one ${envelope.length}`)
  if (envelope[0] !== ENVELOPE_VERSION) throw new UserError(`unknown envelope version ${envelope[0]} (this client reads version ${ENVELOPE_VERSION})`)
  if (recipientPrivateKeys.length === 0 || recipientPrivateKeys.some((k) => k.length !== 32)) throw new UserError('an X25519 private key has 32 bytes')
  const suite = hpkeSuite()
  const info = envelopeInfo(context)
  for (const [index, privateKey] of recipientPrivateKeys.entries()) {
    try {
      const key = await suite.kem.importKey('raw', privateKey.slice().buffer, false)
      const pt = await suite.open({ recipientKey: key, enc: envelope.subarray(1, 33), info }, envelope.subarray(33))
      return { secret: new Uint8Array(pt), index }
    } catch {
      // Not this key: try the next.
    }
  }
  throw new UserError('the envelope does not open: not for this key or this record, recipient or purpose (or tampered with)')
}
