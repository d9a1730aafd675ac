// Record encryption, commitments and X25519 keys, on the audited @noble libraries, so the same
// code runs in Node and in browsers. (Key envelopes are HPKE: envelope.ts.)
//
// A record file on IPFS ("MCR1"):
//   "MCR1" | nonce (12) | AES-256-GCM(dataKey, salt (32) | plaintext) | tag (16)
//   with "MCR1" as additional data. The salt travels inside the ciphertext: whoever can read
//   the record can recompute the anchored commitment SHA-256(salt | plaintext). Each record has
//   its own fresh data key; a new version of a record gets a new key.
//
// A streamed record file ("MCR2"), what the client writes: the same content, in chunks, so
// that neither writing nor reading a large file (an imaging study) holds it in memory:
//   header = "MCR2" | chunk size (u32, big-endian) | nonce prefix (7 random bytes)
//   file   = header | sealed chunk 0 | sealed chunk 1 | ... | sealed chunk n-1
//   The plaintext stream salt (32) | plaintext is cut into chunks of exactly `chunk size`
//   bytes but the last (1 to `chunk size` bytes); chunk i is sealed with AES-256-GCM under the
//   data key, nonce = prefix | i (u32, big-endian) | 1 if it is the last chunk else 0, and the
//   header as additional data, and followed by its 16-byte tag. This is the STREAM
//   construction (Hoang, Reyhanitabar, Rogaway, Vizár, 2015): a chunk moved, dropped,
//   repeated or cut off at the end fails to open, and so does a file truncated at a chunk
//   boundary (its new last chunk was not sealed as the last).
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
const STREAM_MAGIC = new TextEncoder().encode('MCR2')
const PREFIX = 7
const STREAM_HEADER = STREAM_MAGIC.length + 4 + PREFIX
/** The plaintext bytes of each chunk of a streamed record file (64 KiB). */
export const STREAM_CHUNK = 64 * 1024
/** The largest chunk size a streamed record file may declare (16 MiB), so that a hostile
 *  header cannot make a reader allocate more. */
const MAX_STREAM_CHUNK = 16 * 1024 * 1024
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

/** Decrypts a record file (either format) with its data key; refuses anything tampered
 *  with. */
export function decryptRecord(file: Uint8Array, dataKey: Uint8Array): { salt: Uint8Array; plaintext: Uint8Array } {
  if (dataKey.length !== 32) throw new UserError('a data key has 32 bytes')
  if (file.length >= STREAM_MAGIC.length && STREAM_MAGIC.every((b, i) => file[i] === b)) {
    const opener = new StreamOpener(dataKey)
    const parts = [...opener.push(file), ...opener.end()]
    const all = concatBytes(parts)
    return { salt: all.subarray(0, SALT), plaintext: all.subarray(SALT) }
  }
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

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function streamNonce(prefix: Uint8Array, index: number, last: boolean): Uint8Array {
  if (index > 0xffffffff) throw new UserError('a streamed record file has at most 2^32 chunks')
  const nonce = new Uint8Array(NONCE)
  nonce.set(prefix)
  new DataView(nonce.buffer).setUint32(PREFIX, index)
  nonce[NONCE - 1] = last ? 1 : 0
  return nonce
}

const OPEN_FAILED = 'the record file does not decrypt with this key: wrong key, or a tampered, reordered or truncated file'

/** AES-256-GCM under one data key with one header as additional data: the chunks of a
 *  streamed record file. WebCrypto's where the platform has it (as HPKE in envelope.ts
 *  needs it), @noble's otherwise; the bytes are the same. WebCrypto is native, and spares the
 *  garbage of @noble's, which builds a GHASH table of 4,096 objects for every 64 KiB chunk
 *  (1,600 tables for 100 MiB, on the JS heap, which grew by up to 90 MiB for it). */
interface ChunkCipher {
  seal(nonce: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array>
  /** Rejects a chunk that does not open. */
  open(nonce: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>
}

async function chunkCipher(dataKey: Uint8Array, header: Uint8Array): Promise<ChunkCipher> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) {
    return {
      seal: (nonce, plaintext) => new Promise((resolve) => resolve(gcm(dataKey, nonce, header).encrypt(plaintext))),
      open: (nonce, sealed) => new Promise((resolve) => resolve(gcm(dataKey, nonce, header).decrypt(sealed))),
    }
  }
  const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>
  const key = await subtle.importKey('raw', bytes(dataKey), 'AES-GCM', false, ['encrypt', 'decrypt'])
  const params = (nonce: Uint8Array): AesGcmParams => ({ name: 'AES-GCM', iv: bytes(nonce), additionalData: bytes(header), tagLength: 128 })
  return {
    seal: async (nonce, plaintext) => new Uint8Array(await subtle.encrypt(params(nonce), key, bytes(plaintext))),
    open: async (nonce, sealed) => new Uint8Array(await subtle.decrypt(params(nonce), key, bytes(sealed))),
  }
}

/** `parts` as an async source, one after the other (no copy). */
export function sourceOf(...parts: Uint8Array[]): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      let i = 0
      return {
        next: () => Promise.resolve(i < parts.length ? { done: false, value: parts[i++] } : { done: true, value: undefined }),
      }
    },
  }
}

/** A record being encrypted as a stream: its ciphertext (read it once, to the end), and
 *  after that its commitment. */
export interface RecordStream {
  /** The "MCR2" file, chunk by chunk. */
  ciphertext: AsyncIterable<Uint8Array>
  /** The record's data key (never leaves the client in the clear). */
  dataKey: Uint8Array
  /** The random salt of the commitment. */
  salt: Uint8Array
  /** SHA-256(salt | plaintext): available once `ciphertext` was read to the end. */
  contentHash(): Uint8Array
}

/** Encrypts the plaintext `source` yields as a streamed record file ("MCR2") under a fresh
 *  data key with a fresh salt, holding about one chunk in memory at a time. `salt` is given
 *  only for a document committed to before (an archived one, promoted with the salt its
 *  archive committed to); never reuse a salt otherwise. */
export function encryptRecordStream(source: AsyncIterable<Uint8Array>, chunkSize = STREAM_CHUNK, salt: Uint8Array = randomBytes(SALT)): RecordStream {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_STREAM_CHUNK) throw new UserError(`a chunk size is 1 to ${MAX_STREAM_CHUNK} bytes`)
  if (salt.length !== SALT) throw new UserError(`a salt is ${SALT} bytes`)
  const dataKey = randomBytes(32)
  const prefix = randomBytes(PREFIX)
  const header = new Uint8Array(STREAM_HEADER)
  header.set(STREAM_MAGIC)
  new DataView(header.buffer).setUint32(STREAM_MAGIC.length, chunkSize)
  header.set(prefix, STREAM_MAGIC.length + 4)
  const hash = nobleSha256.create().update(salt)
  let digest: Uint8Array | undefined
  async function* ciphertext(): AsyncIterable<Uint8Array> {
    yield header
    const cipher = await chunkCipher(dataKey, header)
    const pending = new Uint8Array(chunkSize)
    pending.set(salt.subarray(0, Math.min(SALT, chunkSize)))
    let filled = Math.min(SALT, chunkSize)
    let index = 0
    // One chunk at a time: `pending` is refilled only once its seal is done.
    const seal = async (last: boolean) => {
      const sealed = await cipher.seal(streamNonce(prefix, index, last), pending.subarray(0, filled))
      index += 1
      filled = 0
      return sealed
    }
    const feed = async function* (bytes: Uint8Array): AsyncGenerator<Uint8Array> {
      let at = 0
      while (at < bytes.length) {
        // A full chunk is sealed only once more data follows: the last one is sealed at the end.
        if (filled === chunkSize) yield await seal(false)
        const n = Math.min(chunkSize - filled, bytes.length - at)
        pending.set(bytes.subarray(at, at + n), filled)
        filled += n
        at += n
      }
    }
    yield* feed(salt.subarray(Math.min(SALT, chunkSize)))
    for await (const piece of source) {
      hash.update(piece)
      yield* feed(piece)
    }
    yield await seal(true)
    digest = hash.digest()
  }
  return {
    ciphertext: ciphertext(),
    dataKey,
    salt,
    contentHash: () => {
      if (!digest) throw new Error('the ciphertext was not read to the end')
      return digest
    },
  }
}

/** A sealed chunk of a streamed record file, with its nonce. */
interface SealedChunk {
  nonce: Uint8Array
  sealed: Uint8Array
}

/** Cuts a streamed record file ("MCR2") pushed to it in pieces of any size into its header
 *  (checked) and its sealed chunks, in order. Holds at most about two chunks. */
class StreamCutter {
  private buffered: Uint8Array[] = []
  private bufferedLength = 0
  private chunkSize = 0
  private index = 0
  /** The header, once read. */
  header?: Uint8Array

  /** The next `n` buffered bytes (copying only when they span pieces). */
  private take(n: number): Uint8Array {
    let out: Uint8Array
    if (this.buffered[0].length >= n) {
      out = this.buffered[0].subarray(0, n)
      this.buffered[0] = this.buffered[0].subarray(n)
    } else {
      out = new Uint8Array(n)
      let at = 0
      while (at < n) {
        const first = this.buffered[0]
        const k = Math.min(first.length, n - at)
        out.set(first.subarray(0, k), at)
        at += k
        this.buffered[0] = first.subarray(k)
        if (!this.buffered[0].length) this.buffered.shift()
      }
    }
    if (this.buffered.length && !this.buffered[0].length) this.buffered.shift()
    this.bufferedLength -= n
    return out
  }

  private chunk(n: number, last: boolean): SealedChunk {
    const header = this.header as Uint8Array
    const nonce = streamNonce(header.subarray(STREAM_MAGIC.length + 4), this.index, last)
    this.index += 1
    return { nonce, sealed: this.take(n) }
  }

  /** Adds the next `piece` of the file. */
  push(piece: Uint8Array): void {
    this.buffered.push(piece)
    this.bufferedLength += piece.length
  }

  /** The next sealed chunk that more bytes follow (so not the last), if it is all there. */
  next(): SealedChunk | undefined {
    if (!this.header) {
      if (this.bufferedLength < STREAM_HEADER) return undefined
      const header = new Uint8Array(this.take(STREAM_HEADER))
      if (!STREAM_MAGIC.every((b, i) => header[i] === b)) throw new UserError('not a streamed MedChain record file (bad header)')
      const chunkSize = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(STREAM_MAGIC.length)
      if (chunkSize < 1 || chunkSize > MAX_STREAM_CHUNK) throw new UserError(`a streamed record file with a chunk size of ${chunkSize} bytes`)
      this.header = header
      this.chunkSize = chunkSize
    }
    // A full sealed chunk is a middle one only once more bytes follow it.
    return this.bufferedLength > this.chunkSize + TAG ? this.chunk(this.chunkSize + TAG, false) : undefined
  }

  /** The end of the file: its last sealed chunk. */
  last(): SealedChunk {
    if (!this.header) throw new UserError('not a MedChain record file (too short)')
    if (this.bufferedLength <= TAG) throw new UserError('the record file is truncated')
    return this.chunk(this.bufferedLength, true)
  }
}

/** Opens a streamed record file ("MCR2") pushed to it in pieces of any size: each `push`
 *  returns the plaintext stream (salt first) it could open, `end` the rest; anything
 *  reordered, tampered with or cut off throws. Holds at most about two chunks. */
export class StreamOpener {
  private readonly cutter = new StreamCutter()

  constructor(private readonly dataKey: Uint8Array) {
    if (dataKey.length !== 32) throw new UserError('a data key has 32 bytes')
  }

  private open({ nonce, sealed }: SealedChunk): Uint8Array {
    try {
      return gcm(this.dataKey, nonce, this.cutter.header as Uint8Array).decrypt(sealed)
    } catch {
      throw new UserError(OPEN_FAILED)
    }
  }

  /** Adds the next `piece` of the file; returns what it opened. */
  push(piece: Uint8Array): Uint8Array[] {
    this.cutter.push(piece)
    const out: Uint8Array[] = []
    for (let chunk = this.cutter.next(); chunk; chunk = this.cutter.next()) out.push(this.open(chunk))
    return out
  }

  /** The end of the file: opens the last chunk. */
  end(): Uint8Array[] {
    return [this.open(this.cutter.last())]
  }
}

/** Decrypts the record file `source` yields (streamed, or an older whole-file one), passing the plaintext (without the salt)
 *  to `sink` piece by piece; returns the salt and SHA-256(salt | plaintext), to be checked
 *  against the anchor before the output is trusted. Throws on anything tampered with. */
export async function decryptRecordStream(
  source: AsyncIterable<Uint8Array>,
  dataKey: Uint8Array,
  sink: (plaintext: Uint8Array) => Promise<void> | void,
): Promise<{ salt: Uint8Array; contentHash: Uint8Array }> {
  if (dataKey.length !== 32) throw new UserError('a data key has 32 bytes')
  const cutter = new StreamCutter()
  let cipher: ChunkCipher | undefined
  const hash = nobleSha256.create()
  const salt = new Uint8Array(SALT)
  let seen = 0
  const emit = async (plain: Uint8Array) => {
    hash.update(plain)
    if (seen < SALT) {
      const n = Math.min(SALT - seen, plain.length)
      salt.set(plain.subarray(0, n), seen)
      seen += n
      plain = plain.subarray(n)
    }
    if (plain.length) await sink(plain)
  }
  // One chunk at a time: opened, then passed on, before the next is cut.
  const open = async ({ nonce, sealed }: SealedChunk) => {
    cipher ??= await chunkCipher(dataKey, cutter.header as Uint8Array)
    let plain: Uint8Array
    try {
      plain = await cipher.open(nonce, sealed)
    } catch {
      throw new UserError(OPEN_FAILED)
    }
    await emit(plain)
  }
  const push = async (piece: Uint8Array) => {
    cutter.push(piece)
    for (let chunk = cutter.next(); chunk; chunk = cutter.next()) await open(chunk)
  }
  // A whole-file record ("MCR1", written before streaming) is opened whole.
  let head: Uint8Array[] | undefined = []
  let headLength = 0
  const pieces = source[Symbol.asyncIterator]()
  for (let next = await pieces.next(); !next.done; next = await pieces.next()) {
    const piece = next.value
    if (head) {
      head.push(piece)
      headLength += piece.length
      if (headLength < MAGIC.length) continue
      const start = concatBytes(head)
      if (MAGIC.every((b, i) => start[i] === b)) {
        const rest: Uint8Array[] = [start]
        for (let more = await pieces.next(); !more.done; more = await pieces.next()) rest.push(more.value)
        const { salt: s, plaintext } = decryptRecord(concatBytes(rest), dataKey)
        await emit(s)
        await emit(plaintext)
        return { salt, contentHash: hash.digest() }
      }
      head = undefined
      await push(start)
      continue
    }
    await push(piece)
  }
  if (head) await push(concatBytes(head))
  await open(cutter.last())
  if (seen < SALT) throw new UserError('the record file is truncated (no salt)')
  return { salt, contentHash: hash.digest() }
}

/** Constant-time equality of two byte strings. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}
