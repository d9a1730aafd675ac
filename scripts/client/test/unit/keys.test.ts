import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backupKeyFile, createKeyFile, loadIdentity, restoreKeyFile } from '../../src/keys.js'
import { pseudonym, registrationPayload } from '../../src/medchain.js'
import { encodeAddress } from '@polkadot/util-crypto'

const dir = mkdtempSync(join(tmpdir(), 'medchain-keys-'))

test('key files are private, never overwritten, and load back', async () => {
  const path = join(dir, 'a.json')
  const file = await createKeyFile(path)
  assert.equal(statSync(path).mode & 0o777, 0o600)
  await assert.rejects(createKeyFile(path), /refusing to overwrite/)
  const id = await loadIdentity(path)
  assert.equal(id.address, file.account)
  assert.ok(id.address.length > 40)
  assert.equal(Buffer.from(id.encryptionPublic).toString('hex'), file.encryption.publicKey.slice(2))
  chmodSync(path, 0o644)
  await assert.rejects(loadIdentity(path), /readable by others/)
  await assert.rejects(loadIdentity(join(dir, 'missing.json')), /no key file/)
})

test('a backup restores only with its passphrase', async () => {
  const path = join(dir, 'b.json')
  await createKeyFile(path)
  backupKeyFile(path, join(dir, 'b.backup'), 'correct horse battery staple')
  assert.equal(statSync(join(dir, 'b.backup')).mode & 0o777, 0o600)
  assert.ok(!readFileSync(join(dir, 'b.backup'), 'utf8').includes('suri'))
  assert.throws(() => restoreKeyFile(join(dir, 'b.backup'), join(dir, 'c.json'), 'wrong passphrase!!'), /wrong passphrase/)
  restoreKeyFile(join(dir, 'b.backup'), join(dir, 'c.json'), 'correct horse battery staple')
  assert.deepEqual(readFileSync(join(dir, 'c.json')), readFileSync(path))
  assert.throws(() => backupKeyFile(path, join(dir, 'd.backup'), 'short'), /at least 12/)
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
