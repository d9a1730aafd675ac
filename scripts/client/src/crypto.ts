// Record encryption and key envelopes, with Node's own crypto (no extra dependency).
//
// A record file on IPFS:   "MCR1" | nonce (12) | AES-256-GCM(dataKey, salt (32) | plaintext) | tag (16)
//   with "MCR1" as additional data. The salt travels inside the ciphertext: whoever can read
//   the record can recompute the anchored commitment SHA-256(salt | plaintext).
// A key envelope (92 bytes): ephemeral X25519 public key (32) | nonce (12) |
//   AES-256-GCM(KEK, dataKey) (32) | tag (16), where
//   KEK = HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral | recipient,
//                     info = "medchain/envelope/v1").
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  KeyObject,
} from 'node:crypto'
import { UserError } from './errors.js'

const MAGIC = Buffer.from('MCR1')
const NONCE = 12
const TAG = 16
const SALT = 32
const INFO = Buffer.from('medchain/envelope/v1')
/** The length of a key envelope. */
export const ENVELOPE_LENGTH = 32 + NONCE + 32 + TAG

/** An X25519 key pair, raw 32-byte keys. */
export interface EncryptionKeyPair {
  publicKey: Uint8Array
  privateKey: Uint8Array
}

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url')

function privateKeyObject(privateKey: Uint8Array): KeyObject {
  const publicKey = x25519PublicOf(privateKey)
  return createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: b64u(privateKey), x: b64u(publicKey) }, format: 'jwk' })
}

function publicKeyObject(publicKey: Uint8Array): KeyObject {
  if (publicKey.length !== 32) throw new UserError('an X25519 public key has 32 bytes')
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64u(publicKey) }, format: 'jwk' })
}

/** The public key of an X25519 private key. */
export function x25519PublicOf(privateKey: Uint8Array): Uint8Array {
  if (privateKey.length !== 32) throw new UserError('an X25519 private key has 32 bytes')
  // PKCS#8 prefix of an X25519 private key (RFC 8410).
  const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), Buffer.from(privateKey)])
  const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  const jwk = createPublicKey(key).export({ format: 'jwk' })
  return Buffer.from(jwk.x as string, 'base64url')
}

/** A fresh X25519 key pair for receiving key envelopes. */
export function generateEncryptionKey(): EncryptionKeyPair {
  const { privateKey } = generateKeyPairSync('x25519')
  const jwk = privateKey.export({ format: 'jwk' })
  return { publicKey: Buffer.from(jwk.x as string, 'base64url'), privateKey: Buffer.from(jwk.d as string, 'base64url') }
}

/** SHA-256 of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest()
}

/** The salted commitment anchored on chain: SHA-256(salt | plaintext). */
export function commitment(salt: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return createHash('sha256').update(salt).update(plaintext).digest()
}

/** An encrypted record, ready for IPFS, with what the chain and the readers need. */
export interface EncryptedRecord {
  /** The file to store on IPFS. */
  ciphertext: Uint8Array
  /** The record's data key (never leaves the client in the clear). */
  dataKey: Uint8Array
  /** The random salt of the commitment. */
  salt: Uint8Array
  /** SHA-256(salt | plaintext), anchored on chain. */
  contentHash: Uint8Array
}

/** Encrypts `plaintext` under a fresh data key with a fresh salt. */
export function encryptRecord(plaintext: Uint8Array): EncryptedRecord {
  return encryptRecordWith(plaintext, randomBytes(32))
}

/** Encrypts `plaintext` under `dataKey` with a fresh salt (a new version of a record may
 *  keep its key). */
export function encryptRecordWith(plaintext: Uint8Array, dataKey: Uint8Array): EncryptedRecord {
  if (dataKey.length !== 32) throw new UserError('a data key has 32 bytes')
  const salt = randomBytes(SALT)
  const nonce = randomBytes(NONCE)
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(dataKey), nonce)
  cipher.setAAD(MAGIC)
  const body = Buffer.concat([cipher.update(salt), cipher.update(plaintext), cipher.final()])
  const ciphertext = Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()])
  return { ciphertext, dataKey, salt, contentHash: commitment(salt, plaintext) }
}

/** Decrypts a record file with its data key; refuses anything tampered with. */
export function decryptRecord(file: Uint8Array, dataKey: Uint8Array): { salt: Uint8Array; plaintext: Uint8Array } {
  const buf = Buffer.from(file)
  if (buf.length < MAGIC.length + NONCE + SALT + TAG || !buf.subarray(0, 4).equals(MAGIC)) {
    throw new UserError('not a MedChain record file (bad header or too short)')
  }
  const nonce = buf.subarray(4, 4 + NONCE)
  const body = buf.subarray(4 + NONCE, buf.length - TAG)
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(dataKey), nonce)
  decipher.setAAD(MAGIC)
  decipher.setAuthTag(buf.subarray(buf.length - TAG))
  let opened: Buffer
  try {
    opened = Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new UserError('the record file does not decrypt with this key: wrong key or tampered file')
  }
  return { salt: opened.subarray(0, SALT), plaintext: opened.subarray(SALT) }
}

function kek(shared: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), INFO, 32))
}

/** Wraps a data key for the holder of `recipientPublicKey`. */
export function wrapKey(dataKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  const ephemeral = generateEncryptionKey()
  const shared = diffieHellman({ privateKey: privateKeyObject(ephemeral.privateKey), publicKey: publicKeyObject(recipientPublicKey) })
  const nonce = randomBytes(NONCE)
  const cipher = createCipheriv('aes-256-gcm', kek(shared, ephemeral.publicKey, recipientPublicKey), nonce)
  cipher.setAAD(Buffer.from(ephemeral.publicKey))
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return Buffer.concat([ephemeral.publicKey, nonce, body, cipher.getAuthTag()])
}

/** Unwraps an envelope with the recipient's private key. */
export function unwrapKey(envelope: Uint8Array, privateKey: Uint8Array): Uint8Array {
  const buf = Buffer.from(envelope)
  if (buf.length !== ENVELOPE_LENGTH) throw new UserError(`a key envelope has ${ENVELOPE_LENGTH} bytes, this one ${buf.length}`)
  const ephemeral = buf.subarray(0, 32)
  const nonce = buf.subarray(32, 32 + NONCE)
  const body = buf.subarray(32 + NONCE, buf.length - TAG)
  const recipient = x25519PublicOf(privateKey)
  let shared: Buffer
  try {
    shared = diffieHellman({ privateKey: privateKeyObject(privateKey), publicKey: publicKeyObject(ephemeral) })
  } catch {
    throw new UserError('the key envelope is malformed')
  }
  const decipher = createDecipheriv('aes-256-gcm', kek(shared, ephemeral, recipient), nonce)
  decipher.setAAD(ephemeral)
  decipher.setAuthTag(buf.subarray(buf.length - TAG))
  try {
    return Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new UserError('the key envelope is not for this key (or was tampered with)')
  }
}
