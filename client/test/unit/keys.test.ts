import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady, encodeAddress, signatureVerify } from '@polkadot/util-crypto'
import { u8aToHex } from '@polkadot/util'
import { deriveEncryptionKey } from '../../src/crypto.js'
import { decryptionKeys, keyJsonFrom, publicOf, rotatedKeyJson, signPayload, unlockKeyJson, type KeyJson } from '../../src/keys.js'
import { open, seal, Purpose } from '../../src/envelope.js'
import { pseudonym, registrationPayload } from '../../src/medchain.js'
import { createKeyFile, loadIdentity, nativeScrypt, readPublic } from '../../src/node.js'

const dir = mkdtempSync(join(tmpdir(), 'medchain-keys-'))
const PASS = 'correct horse battery staple'

test('key files are private polkadot.js keyring JSON, never overwritten, and unlock only with their passphrase', async () => {
  const path = join(dir, 'a.json')
  const made = await createKeyFile(path, PASS)
  assert.equal(statSync(path).mode & 0o777, 0o600)
  assert.equal(made.mnemonic?.split(' ').length, 24)
  await assert.rejects(createKeyFile(path, PASS), /refusing to overwrite/)
  const json = JSON.parse(readFileSync(path, 'utf8')) as KeyJson
  // What polkadot.js apps and the extension import: encrypted pkcs8, scrypt + xsalsa20-poly1305.
  assert.deepEqual(json.encoding, { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' })
  assert.ok(!readFileSync(path, 'utf8').includes(made.mnemonic))
  const id = await loadIdentity(path, PASS)
  assert.equal(id.address, made.address)
  assert.equal(u8aToHex(id.encryptionPublic), made.encryptionKey)
  assert.deepEqual(readPublic(path), { address: made.address, encryptionKey: made.encryptionKey })
  await assert.rejects(loadIdentity(path, 'wrong passphrase!!'), /wrong passphrase/)
  chmodSync(path, 0o644)
  await assert.rejects(loadIdentity(path, PASS), /readable by others/)
  await assert.rejects(loadIdentity(join(dir, 'missing.json'), PASS), /no key file/)
  await assert.rejects(createKeyFile(join(dir, 'short.json'), 'short'), /at least 12/)
})

test('the 24 words restore the account and its X25519 key; polkadot.js keyring opens the file', async () => {
  const made = await createKeyFile(join(dir, 'b.json'), PASS)
  const restored = await keyJsonFrom(made.mnemonic as string, 'another passphrase')
  assert.deepEqual(publicOf(restored), { address: made.address, encryptionKey: made.encryptionKey })
  // The same file in polkadot.js's own keyring (as apps or the extension would load it).
  await cryptoWaitReady()
  const pair = new Keyring({ type: 'sr25519', ss58Format: 6336 }).addFromJson(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as KeyJson)
  pair.unlock(PASS)
  assert.equal(pair.address, made.address)
  const message = new TextEncoder().encode('consent')
  assert.ok(pair.verify(message, pair.sign(message), pair.publicKey))
  await assert.rejects(keyJsonFrom(Array(12).fill('abandon').join(' '), PASS), /not a valid BIP-39/)
})

test('a key file whose recorded X25519 key was swapped is refused', async () => {
  const json = await keyJsonFrom('//Alice', PASS)
  const other = deriveEncryptionKey(new Uint8Array(64).fill(7)).publicKey
  const altered = { ...json, meta: { ...json.meta, medchainX25519: u8aToHex(other) } }
  await assert.rejects(unlockKeyJson(altered, PASS), /altered/)
  assert.equal((await unlockKeyJson(json, PASS)).address, publicOf(json).address)
})

test('a rotated key file derives the next key version and still opens what was sealed to the earlier ones', async () => {
  const json = await keyJsonFrom('//Bob', PASS)
  const v0 = await unlockKeyJson(json, PASS)
  assert.equal(v0.encryptionVersion, 0)
  assert.deepEqual(v0.earlierEncryptionKeys, [])
  const context = { genesis: new Uint8Array(32), purpose: Purpose.RecordKey, subject: new Uint8Array(32).fill(1), recipient: new Uint8Array(32).fill(2) }
  const secret = new Uint8Array(32).fill(9)
  const sealedToV0 = await seal(secret, v0.encryptionPublic, context)

  const moved = rotatedKeyJson(json, v0, 2)
  assert.equal(moved.meta.medchainX25519Version, 2)
  assert.equal(moved.encoded, json.encoded, 'the encrypted secret is untouched')
  const v2 = await unlockKeyJson(moved, PASS)
  assert.equal(v2.encryptionVersion, 2)
  assert.notEqual(u8aToHex(v2.encryptionPublic), u8aToHex(v0.encryptionPublic))
  assert.equal(decryptionKeys(v2).length, 3, 'versions 2, 1 and 0')
  assert.deepEqual(await open(sealedToV0, decryptionKeys(v2), context), secret)
  await assert.rejects(open(sealedToV0, v2.encryptionPrivate, context), /does not open/)
  // The version field is public meta: changing it without the matching key is caught.
  await assert.rejects(unlockKeyJson({ ...moved, meta: { ...moved.meta, medchainX25519Version: 3 } }, PASS), /altered/)
  await assert.rejects(unlockKeyJson({ ...moved, meta: { ...moved.meta, medchainX25519Version: 256 } }, PASS), /key version/)
  await assert.rejects(unlockKeyJson({ ...moved, meta: { ...moved.meta, medchainX25519Version: -1 } }, PASS), /key version/)
  const charlie = await unlockKeyJson(await keyJsonFrom('//Charlie', PASS), PASS)
  assert.throws(() => rotatedKeyJson(json, charlie, 1), /not the key file's account/)
})

test('pseudonyms are keyed hashes', () => {
  const secret = Buffer.alloc(32, 7)
  const a = pseudonym(secret, 'NHS 943 476 5919')
  assert.match(a, /^0x[0-9a-f]{64}$/)
  assert.equal(pseudonym(secret, 'NHS 943 476 5919'), a)
  assert.notEqual(pseudonym(Buffer.alloc(32, 8), 'NHS 943 476 5919'), a)
  assert.throws(() => pseudonym(Buffer.alloc(8), 'x'), /at least 16 bytes/)
})

test('the registration payload is the SCALE encoding the chain checks', () => {
  const registrar = encodeAddress(new Uint8Array(32).fill(0x44))
  const payload = registrationPayload(`0x${'11'.repeat(32)}`, registrar, 0x01020304, `0x${'22'.repeat(32)}`, new Uint8Array(32).fill(3), true, 2)
  const context = 'medchain/patients/register-for/v2'
  assert.equal(payload[0], context.length << 2)
  assert.equal(Buffer.from(payload.subarray(1, 1 + context.length)).toString(), context)
  let at = 1 + context.length
  assert.deepEqual([...payload.subarray(at, at + 32)], new Array(32).fill(0x11))
  at += 32
  assert.deepEqual([...payload.subarray(at, at + 32)], new Array(32).fill(0x44))
  at += 32
  // The deadline block, a little-endian u32.
  assert.deepEqual([...payload.subarray(at, at + 4)], [4, 3, 2, 1])
  at += 4
  assert.deepEqual([...payload.subarray(at, at + 32)], new Array(32).fill(0x22))
  at += 32
  assert.deepEqual([...payload.subarray(at, at + 32)], new Array(32).fill(3))
  at += 32
  assert.deepEqual([...payload.subarray(at)], [1, 2])
})

test("Node's native scrypt unlocks a key file as polkadot.js's does", async () => {
  const json = await keyJsonFrom('//Bob', PASS)
  const wasm = await unlockKeyJson(json, PASS)
  const native = await unlockKeyJson(json, PASS, nativeScrypt)
  assert.equal(native.address, wasm.address)
  assert.deepEqual(native.encryptionPrivate, wasm.encryptionPrivate)
  const payload = new TextEncoder().encode('signed')
  assert.ok(signatureVerify(payload, await signPayload(native.account, payload), wasm.address).isValid)
  await assert.rejects(unlockKeyJson(json, `${PASS}!`, nativeScrypt), /wrong passphrase/)
  await assert.rejects(unlockKeyJson(json, '', nativeScrypt), /wrong passphrase/)
})
