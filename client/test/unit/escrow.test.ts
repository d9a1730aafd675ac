import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateEncryptionKey, x25519PublicOf } from '../../src/crypto.js'
import { makeEmergencyKey, openShare, rebuildEmergencyKey, releaseShare, type Released } from '../../src/escrow.js'

const genesis = new Uint8Array(32).fill(1)
const patient = new Uint8Array(32).fill(2)
const responder = { account: new Uint8Array(32).fill(9), key: generateEncryptionKey() }
const authorities = [3, 4, 5].map((b) => ({ account: new Uint8Array(32).fill(b), key: generateEncryptionKey() }))

async function setUp(version = 0) {
  const setup = await makeEmergencyKey(genesis, patient, version, 2, authorities.map((a) => ({ account: a.account, encryptionKey: a.key.publicKey })))
  return setup
}

async function release(setup: Awaited<ReturnType<typeof setUp>>, which: number[], session = 7): Promise<Released[]> {
  return Promise.all(
    which.map(async (i) => {
      const share = await openShare(genesis, patient, 0, authorities[i].account, setup.shares[i].ciphertext, authorities[i].key.privateKey)
      const ciphertext = await releaseShare(genesis, patient, session, responder.account, responder.key.publicKey, share)
      return { authority: authorities[i].account, ciphertext, commitment: setup.shares[i].ciphertext.subarray(0, 32) }
    }),
  )
}

test('two of three released shares rebuild the emergency key, checked against its public key', async () => {
  const setup = await setUp()
  assert.equal(setup.shares.length, 3)
  for (const pair of [[0, 1], [1, 2], [0, 2]]) {
    const rebuilt = await rebuildEmergencyKey(genesis, patient, 0, 7, responder.account, responder.key.privateKey, 2, setup.publicKey, await release(setup, pair))
    assert.deepEqual(x25519PublicOf(rebuilt.privateKey), setup.publicKey)
    assert.deepEqual(rebuilt.wrong, [])
  }
})

test('one share is not enough', async () => {
  const setup = await setUp()
  await assert.rejects(rebuildEmergencyKey(genesis, patient, 0, 7, responder.account, responder.key.privateKey, 2, setup.publicKey, await release(setup, [1])), /1 good share\(s\) released, 2 needed/)
})

test('an authority cannot open another authority\'s share, nor a share of another patient or version', async () => {
  const setup = await setUp()
  await assert.rejects(openShare(genesis, patient, 0, authorities[0].account, setup.shares[1].ciphertext, authorities[0].key.privateKey), /does not open/)
  await assert.rejects(openShare(genesis, new Uint8Array(32).fill(8), 0, authorities[0].account, setup.shares[0].ciphertext, authorities[0].key.privateKey), /does not open/)
  await assert.rejects(openShare(genesis, patient, 1, authorities[0].account, setup.shares[0].ciphertext, authorities[0].key.privateKey), /does not open/)
})

test('a wrong released share is detected and its authority named; the rest still rebuild the key', async () => {
  const setup = await setUp()
  const released = await release(setup, [0, 1, 2])
  // Authority 1 releases a share of its own making, sealed correctly to the responder.
  const forged = new Uint8Array(33).fill(0x42)
  released[1] = { ...released[1], ciphertext: await releaseShare(genesis, patient, 7, responder.account, responder.key.publicKey, forged) }
  const rebuilt = await rebuildEmergencyKey(genesis, patient, 0, 7, responder.account, responder.key.privateKey, 2, setup.publicKey, released)
  assert.deepEqual(rebuilt.wrong, [authorities[1].account])
  assert.deepEqual(x25519PublicOf(rebuilt.privateKey), setup.publicKey)
})

test('shares released for another session or responder do not open', async () => {
  const setup = await setUp()
  const other = await release(setup, [0, 1], 8)
  await assert.rejects(rebuildEmergencyKey(genesis, patient, 0, 7, responder.account, responder.key.privateKey, 2, setup.publicKey, other), /0 good share/)
})

test('shares that rebuild another key are refused', async () => {
  const setup = await setUp()
  await assert.rejects(
    rebuildEmergencyKey(genesis, patient, 0, 7, responder.account, responder.key.privateKey, 2, generateEncryptionKey().publicKey, await release(setup, [0, 1])),
    /rebuild a key other than the emergency key/,
  )
})
