import { test } from 'node:test'
import assert from 'node:assert/strict'
import { hkdfSync } from 'node:crypto'
import { u8aToHex } from '@polkadot/util'
import { Aes128Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core'
import { commitment, decryptRecord, deriveEncryptionKey, encryptRecord, generateEncryptionKey, x25519PublicOf } from '../../src/crypto.js'
import { ENVELOPE_LENGTH, envelopeInfo, open, Purpose, seal, type EnvelopeContext } from '../../src/envelope.js'
import { UserError } from '../../src/errors.js'

const text = new TextEncoder().encode('MRI brain, T2 FLAIR: no acute findings')
const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'))
const filled = (b: number) => new Uint8Array(32).fill(b)

test('a record decrypts with its key and its salted hash is the commitment', () => {
  const r = encryptRecord(text)
  const { salt, plaintext } = decryptRecord(r.ciphertext, r.dataKey)
  assert.deepEqual(Buffer.from(plaintext), Buffer.from(text))
  assert.deepEqual(Buffer.from(salt), Buffer.from(r.salt))
  assert.deepEqual(Buffer.from(commitment(salt, plaintext)), Buffer.from(r.contentHash))
  assert.notDeepEqual(Buffer.from(commitment(new Uint8Array(), text)), Buffer.from(r.contentHash))
})

test('the same file encrypts differently each time, under a fresh key', () => {
  const a = encryptRecord(text)
  const b = encryptRecord(text)
  assert.notDeepEqual(Buffer.from(a.ciphertext), Buffer.from(b.ciphertext))
  assert.notDeepEqual(Buffer.from(a.dataKey), Buffer.from(b.dataKey))
})

test('a tampered record file, header included, or a wrong key is refused', () => {
  const r = encryptRecord(text)
  for (const at of [0, 5, 20, r.ciphertext.length - 1]) {
    const bad = Uint8Array.from(r.ciphertext)
    bad[at] ^= 1
    assert.throws(() => decryptRecord(bad, r.dataKey), UserError)
  }
  assert.throws(() => decryptRecord(r.ciphertext, encryptRecord(text).dataKey), /wrong key or tampered/)
  assert.throws(() => decryptRecord(r.ciphertext, new Uint8Array(31)), /32 bytes/)
})

test('RFC 9180 A.1.1: the HPKE library gives the RFC base-mode ciphertext for X25519/HKDF-SHA256', async () => {
  const suite = new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() })
  const info = hex('4f6465206f6e2061204772656369616e2055726e')
  const pkR = await suite.kem.importKey('raw', hex('3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d').buffer, true)
  const sealed = await suite.seal(
    { recipientPublicKey: pkR, info, ekm: hex('7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234') },
    hex('4265617574792069732074727574682c20747275746820626561757479'),
    hex('436f756e742d30'),
  )
  assert.equal(Buffer.from(sealed.enc).toString('hex'), '37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431')
  assert.equal(Buffer.from(sealed.ct).toString('hex'), 'f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a')
  const skR = await suite.kem.importKey('raw', hex('4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8').buffer, false)
  const pt = await suite.open({ recipientKey: skR, enc: sealed.enc, info }, sealed.ct, hex('436f756e742d30'))
  assert.equal(Buffer.from(pt).toString(), 'Beauty is truth, truth beauty')
  // The RFC's key pair is an X25519 pair as this client computes it.
  assert.equal(Buffer.from(x25519PublicOf(hex('4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8'))).toString('hex'), '3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d')
})

const context = (over: Partial<EnvelopeContext> = {}): EnvelopeContext => ({ genesis: filled(1), purpose: Purpose.RecordKey, subject: filled(2), recipient: filled(3), ...over })

test('an envelope opens for its recipient in its context: 81 bytes, version byte first', async () => {
  const r = generateEncryptionKey()
  const key = filled(9)
  const env = await seal(key, r.publicKey, context())
  assert.equal(env.length, ENVELOPE_LENGTH)
  assert.equal(env[0], 2)
  assert.deepEqual(await open(env, r.privateKey, context()), key)
})

test('an envelope moved to another record, recipient, purpose, chain or counter does not open', async () => {
  const r = generateEncryptionKey()
  const env = await seal(filled(9), r.publicKey, context())
  for (const moved of [
    context({ subject: filled(4) }),
    context({ recipient: filled(5) }),
    context({ purpose: Purpose.EmergencyRecordKey }),
    context({ genesis: filled(6) }),
    context({ counter: 1 }),
  ]) {
    await assert.rejects(open(env, r.privateKey, moved), /does not open/)
  }
  await assert.rejects(open(env, generateEncryptionKey().privateKey, context()), /does not open/)
  const tampered = Uint8Array.from(env)
  tampered[40] ^= 1
  await assert.rejects(open(tampered, r.privateKey, context()), /does not open/)
  const otherVersion = Uint8Array.from(env)
  otherVersion[0] = 1
  await assert.rejects(open(otherVersion, r.privateKey, context()), /unknown envelope version 1/)
})

test('the envelope info is laid out as documented', () => {
  const info = envelopeInfo(context({ counter: 258 }))
  assert.equal(info.length, 17 + 3 + 96 + 8)
  assert.equal(new TextDecoder().decode(info.subarray(0, 17)), 'medchain/envelope')
  assert.deepEqual([...info.subarray(17, 20)], [0, 2, Purpose.RecordKey])
  assert.deepEqual([...info.subarray(116)], [2, 1, 0, 0, 0, 0, 0, 0])
  assert.throws(() => envelopeInfo(context({ subject: new Uint8Array(31) })), /32 bytes/)
})

test('sealing to a low-order point is refused with a clear error', async () => {
  await assert.rejects(seal(filled(9), new Uint8Array(32), context()), /cannot seal to this X25519 key/)
  await assert.rejects(seal(filled(9), new Uint8Array(31), context()), /32 bytes/)
})

test('the X25519 key derived from an account is deterministic and documented', () => {
  const secret = new Uint8Array(64).map((_, i) => i)
  const a = deriveEncryptionKey(secret)
  assert.deepEqual(a, deriveEncryptionKey(secret))
  assert.deepEqual(a.publicKey, x25519PublicOf(a.privateKey))
  assert.notDeepEqual(a.privateKey, deriveEncryptionKey(secret.map((b) => b ^ 1)).privateKey)
  assert.throws(() => deriveEncryptionKey(new Uint8Array(32)), /64 bytes/)
})

test('key versions derive along the documented path, version 0 being the original key', () => {
  const secret = new Uint8Array(64).map((_, i) => 255 - i)
  // Node's own HKDF as the independent implementation of the documented derivation.
  const expected = (info: string) => new Uint8Array(hkdfSync('sha256', secret, 'medchain', info, 32))
  assert.deepEqual(deriveEncryptionKey(secret).privateKey, expected('medchain/x25519/v1'))
  assert.deepEqual(deriveEncryptionKey(secret, 0), deriveEncryptionKey(secret))
  assert.deepEqual(deriveEncryptionKey(secret, 1).privateKey, expected('medchain/x25519/v1/1'))
  assert.deepEqual(deriveEncryptionKey(secret, 255).privateKey, expected('medchain/x25519/v1/255'))
  const versions = new Set(Array.from({ length: 8 }, (_, v) => u8aToHex(deriveEncryptionKey(secret, v).publicKey)))
  assert.equal(versions.size, 8, 'every version is another key')
  for (const bad of [-1, 256, 1.5, Number.NaN]) assert.throws(() => deriveEncryptionKey(secret, bad), /key version/)
})
