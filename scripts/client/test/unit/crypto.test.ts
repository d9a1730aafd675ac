import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  commitment,
  decryptRecord,
  encryptRecord,
  ENVELOPE_LENGTH,
  generateEncryptionKey,
  unwrapKey,
  wrapKey,
  x25519PublicOf,
} from '../../src/crypto.js'
import { UserError } from '../../src/errors.js'

const text = new TextEncoder().encode('MRI brain, T2 FLAIR: no acute findings')

test('a record decrypts with its key and its salted hash is the commitment', () => {
  const r = encryptRecord(text)
  const { salt, plaintext } = decryptRecord(r.ciphertext, r.dataKey)
  assert.deepEqual(Buffer.from(plaintext), Buffer.from(text))
  assert.deepEqual(Buffer.from(salt), Buffer.from(r.salt))
  assert.deepEqual(Buffer.from(commitment(salt, plaintext)), Buffer.from(r.contentHash))
  // The plain hash is not the commitment.
  assert.notDeepEqual(Buffer.from(commitment(new Uint8Array(), text)), Buffer.from(r.contentHash))
})

test('the same file encrypts differently each time', () => {
  const a = encryptRecord(text)
  const b = encryptRecord(text)
  assert.notDeepEqual(Buffer.from(a.ciphertext), Buffer.from(b.ciphertext))
  assert.notDeepEqual(Buffer.from(a.contentHash), Buffer.from(b.contentHash))
})

test('envelopes for several recipients each open the same key, and only for them', () => {
  const r = encryptRecord(text)
  const recipients = [generateEncryptionKey(), generateEncryptionKey(), generateEncryptionKey()]
  const envelopes = recipients.map((k) => wrapKey(r.dataKey, k.publicKey))
  for (const [i, k] of recipients.entries()) {
    assert.equal(envelopes[i].length, ENVELOPE_LENGTH)
    assert.deepEqual(Buffer.from(unwrapKey(envelopes[i], k.privateKey)), Buffer.from(r.dataKey))
    const other = recipients[(i + 1) % recipients.length]
    assert.throws(() => unwrapKey(envelopes[i], other.privateKey), UserError)
  }
  assert.deepEqual(Buffer.from(x25519PublicOf(recipients[0].privateKey)), Buffer.from(recipients[0].publicKey))
})

test('tampered ciphertexts, keys and envelopes are refused', () => {
  const r = encryptRecord(text)
  for (const at of [5, 20, r.ciphertext.length - 1]) {
    const bad = Buffer.from(r.ciphertext)
    bad[at] ^= 1
    assert.throws(() => decryptRecord(bad, r.dataKey), /wrong key or tampered|bad header/)
  }
  const wrongKey = Buffer.from(r.dataKey)
  wrongKey[0] ^= 1
  assert.throws(() => decryptRecord(r.ciphertext, wrongKey), UserError)
  assert.throws(() => decryptRecord(new Uint8Array(10), r.dataKey), /not a MedChain record/)
  const k = generateEncryptionKey()
  const envelope = Buffer.from(wrapKey(r.dataKey, k.publicKey))
  envelope[50] ^= 1
  assert.throws(() => unwrapKey(envelope, k.privateKey), /not for this key/)
  assert.throws(() => unwrapKey(envelope.subarray(1), k.privateKey), /92 bytes/)
})
