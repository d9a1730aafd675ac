// Record encryption, commitments and X25519 keys, on the audited @noble libraries, so the same
// code runs in Node and in browsers. (Key envelopes are HPKE: envelope.ts.)
//
// A record file on IPFS ("MCR1"):
//   "MCR1" | nonce (12) | AES-256-GCM(dataKey, salt (32) | plaintext) | tag (16)
//   with "MCR1" as additional data. The salt travels inside the ciphertext: whoever can read
//   the record can recompute the anchored commitment SHA-256(salt | plaintext). Each record has
//   its own fresh data key; a new version of a record gets a new key.
//
// GCM is not key-committing: a dishonest author could make one file that opens to different
// plaintexts under two keys. Only `readRecord`'s check against the anchored commitment gives
// every reader the same record; `decryptRecord` alone does not.
import { x25519 } from '@noble/curves/ed25519.js'
import { gcm } from '@noble/ciphers/aes.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'
import { randomBytes as nobleRandomBytes } from '@noble/hashes/utils.js'
import { UserError } from './errors.js'

const MAGIC = new TextEncoder().encode('MCR1')
const NONCE = 12
const TAG = 16
const SALT = 32

/** An X25519 key pair, raw 32-byte keys. */
export interface EncryptionKeyPair {
  publicKey: Uint8Array
  privateKey: Uint8Array
}

/** `n` bytes from the platform's CSPRNG (`crypto.getRandomValues`). */
export function randomBytes(n: number): Uint8Array {
  return nobleRandomBytes(n)
}

/** The public key of an X25519 private key. */
export function x25519PublicOf(privateKey: Uint8Array): Uint8Array {
  if (privateKey.length !== 32) throw new UserError('an X25519 private key has 32 bytes')
  return x25519.getPublicKey(privateKey)
}

/** A fresh X25519 key pair. */
export function generateEncryptionKey(): EncryptionKeyPair {
  const privateKey = x25519.utils.randomSecretKey()
  return { privateKey, publicKey: x25519.getPublicKey(privateKey) }
}

/** The highest key version an account derives (a rotation moves to the next). */
export const MAX_KEY_VERSION = 255

/**
 * The X25519 key of an account, derived from the account's sr25519 secret key (the 64-byte
 * expanded key that the mnemonic, or the polkadot.js keyring JSON, gives):
 * `HKDF-SHA256(ikm = secret key, salt = "medchain", info, 32)` with info
 * `"medchain/x25519/v1"` for key version 0 and `"medchain/x25519/v1/<version>"` (decimal) for
 * the versions a key rotation moves to (1 to {@link MAX_KEY_VERSION}). The 24 words therefore
 * back up the ability to decrypt, with every key version, as well as to sign.
 */
export function deriveEncryptionKey(sr25519SecretKey: Uint8Array, version = 0): EncryptionKeyPair {
  if (sr25519SecretKey.length !== 64) throw new UserError('an sr25519 secret key has 64 bytes')
  if (!Number.isInteger(version) || version < 0 || version > MAX_KEY_VERSION) throw new UserError(`a key version is a whole number from 0 to ${MAX_KEY_VERSION}`)
  const enc = new TextEncoder()
  const info = version === 0 ? 'medchain/x25519/v1' : `medchain/x25519/v1/${version}`
  const privateKey = hkdf(nobleSha256, sr25519SecretKey, enc.encode('medchain'), enc.encode(info), 32)
  return { privateKey, publicKey: x25519.getPublicKey(privateKey) }
}

/** SHA-256 of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data)
}

/** HMAC-SHA256 of `data` under `key`. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(nobleSha256, key, data)
}

/** The salted commitment anchored on chain: SHA-256(salt | plaintext). */
export function commitment(salt: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return nobleSha256.create().update(salt).update(plaintext).digest()
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
  const dataKey = randomBytes(32)
  const salt = randomBytes(SALT)
  const nonce = randomBytes(NONCE)
  const body = new Uint8Array(SALT + plaintext.length)
  body.set(salt)
  body.set(plaintext, SALT)
  const sealed = gcm(dataKey, nonce, MAGIC).encrypt(body)
  const ciphertext = new Uint8Array(MAGIC.length + NONCE + sealed.length)
  ciphertext.set(MAGIC)
  ciphertext.set(nonce, MAGIC.length)
  ciphertext.set(sealed, MAGIC.length + NONCE)
  return { ciphertext, dataKey, salt, contentHash: commitment(salt, plaintext) }
}

/** Decrypts a record file with its data key; refuses anything tampered with. */
export function decryptRecord(file: Uint8Array, dataKey: Uint8Array): { salt: Uint8Array; plaintext: Uint8Array } {
  if (dataKey.length !== 32) throw new UserError('a data key has 32 bytes')
  if (file.length < MAGIC.length + NONCE + SALT + TAG || !MAGIC.every((b, i) => file[i] === b)) {
    throw new UserError('not a MedChain record file (bad header or too short)')
  }
  const nonce = file.subarray(MAGIC.length, MAGIC.length + NONCE)
  let opened: Uint8Array
  try {
    opened = gcm(dataKey, nonce, MAGIC).decrypt(file.subarray(MAGIC.length + NONCE))
  } catch {
    throw new UserError('the record file does not decrypt with this key: wrong key or tampered file')
  }
  return { salt: opened.subarray(0, SALT), plaintext: opened.subarray(SALT) }
}

/** Constant-time equality of two byte strings. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}
