// End to end against a real MedChain development node and the local offline IPFS node:
// the README walkthrough through the CLI (a hospital anchors a scan, the patient grants a
// specialist, the specialist reads and verifies it, the patient revokes, the specialist is
// refused), insurer requests approved and denied, an expired grant refused, a CID that does
// not match its anchor refused, bad input giving one-line errors that change nothing; then
// the revocation of the hospital's grant taking its physician's key, and the patient's
// erasure leaving nothing decryptable through the chain.
import '../../src/polyfill.js'
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { randomBytes } from 'node:crypto'
import type { ApiPromise } from '@polkadot/api'
import type { u64, Vec } from '@polkadot/types'
import type { AnyJson } from '@polkadot/types/types'
import { hexToU8a, u8aToHex } from '@polkadot/util'
import { decodeAddress } from '@polkadot/util-crypto'
import { CID } from 'multiformats/cid'
import { connect, send } from '../../src/chain.js'
import { commitment, encryptRecordWith, encryptRecord, wrapKey } from '../../src/crypto.js'
import { Ipfs } from '../../src/ipfs.js'
import { startDevIpfs, type DevIpfs } from '../../src/ipfs-dev.js'
import { createKeyFile, loadIdentity, type Identity, type KeyFile } from '../../src/keys.js'
import * as mc from '../../src/medchain.js'

const run = promisify(execFile)
const sha256OfSaltAndFile = (salt: string, file: Uint8Array) => commitment(hexToU8a(salt), file)
const RPC_PORT = 45_100
const NODE_URL = `ws://127.0.0.1:${RPC_PORT}`
const CLI = join(import.meta.dirname, '../../src/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'medchain-e2e-'))
const nodeBinary =
  process.env.MEDCHAIN_NODE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/medchain-target'), 'release/medchain-node')

let node: ChildProcess
let ipfsNode: DevIpfs
let api: ApiPromise
let ipfs: Ipfs
const ids: Record<string, Identity> = {}
const keyFile = (name: string) => join(dir, `${name}.json`)
const PATIENT = mc.pseudonym(Buffer.alloc(32, 0x5a), 'patient-0001')

/** How `execFile` fails: the exit code and what the process wrote to stderr. */
type ExecError = { stderr?: string; code?: number }

/** A FHIR Bundle as the CLI prints it, with the resource fields a test reads. */
type FhirBundle<Resource> = { resourceType: string; entry: { resource: Resource }[] }

/** Runs the CLI; resolves with stdout, or rejects with its one-line stderr. */
async function cli(...args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args, '--node', NODE_URL, '--ipfs', ipfsNode.url], { timeout: 60_000 })
    return stdout
  } catch (e) {
    const err = e as ExecError
    throw new Error(`exit ${err.code}: ${err.stderr ?? ''}`)
  }
}

async function identity(name: string, suri?: string): Promise<Identity> {
  await createKeyFile(keyFile(name), suri)
  ids[name] = await loadIdentity(keyFile(name))
  return ids[name]
}

async function bestNumber(): Promise<number> {
  return (await api.rpc.chain.getHeader()).number.toNumber()
}

before(async () => {
  assert.ok(existsSync(nodeBinary), `build the node first: ${nodeBinary} is missing`)
  node = spawn(nodeBinary, ['--dev', '--tmp', '--rpc-port', String(RPC_PORT), '--port', '45000', '--no-prometheus', '--no-mdns', '--no-telemetry'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  node.stderr?.resume()
  ipfsNode = await startDevIpfs(join(dir, 'ipfs'))
  ipfs = new Ipfs(ipfsNode.url)
  for (let i = 0; ; i++) {
    try {
      api = await connect(NODE_URL, 3_000)
      break
    } catch (e) {
      if (i > 40) throw e
      await new Promise((r) => setTimeout(r, 1_000))
    }
  }
  // Bootstrap: sudo (Alice) registers a hospital, a specialist's clinic and an insurer;
  // each registers its staff; the hospital's physician registers the patient.
  const sudo = await identity('sudo', '//Alice')
  for (const [name, kind] of [['hospital', 'Hospital'], ['clinic', 'Clinic'], ['insurer', 'Insurer']] as const) {
    const org = await identity(name)
    const t = api.tx
    await send(api, sudo.pair, t.sudo.sudo(t.providers.registerOrganization(org.address, kind, u8aToHex(org.encryptionPublic), u8aToHex(randomBytes(32)))))
  }
  for (const [name, org, role] of [['doctor', 'hospital', 'Physician'], ['specialist', 'clinic', 'Physician'], ['reviewer', 'insurer', 'Physician']] as const) {
    const p = await identity(name)
    await send(api, ids[org].pair, api.tx.providers.registerPractitioner(p.address, role, u8aToHex(p.encryptionPublic), u8aToHex(randomBytes(32))))
  }
  const patient = await identity('patient')
  await mc.registerPatientFor(api, ids.doctor, patient, PATIENT)
  // The patient lets the hospital (and so its physicians) write.
  await mc.grant(api, patient, PATIENT, ids.hospital.address, { permission: 'ReadWrite' })
})

after(async () => {
  await api?.disconnect()
  await ipfsNode?.close()
  node?.kill('SIGKILL')
})

test('the walkthrough: anchor, grant, read and verify, revoke, refused', async () => {
  const scan = join(dir, 'scan.dcm')
  writeFileSync(scan, randomBytes(700 * 1024))
  const anchored = await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', scan, '--kind', 'Imaging')
  const record = Number(/record (\d+)/.exec(anchored)?.[1])
  assert.match(anchored, /cid bafy/, 'a 700 KiB file is stored as a dag-pb DAG')

  const granted = await cli('grant', '--key', keyFile('patient'), '--to', ids.specialist.address)
  const grant = Number(/grant (\d+)/.exec(granted)?.[1])
  await cli('share', '--key', keyFile('patient'), '--record', String(record), '--to', ids.specialist.address)

  const out = join(dir, 'read.dcm')
  const read = await cli('read', '--key', keyFile('specialist'), '--record', String(record), '--out', out)
  assert.deepEqual(readFileSync(out), readFileSync(scan))
  const salt = /salt (0x[0-9a-f]{64})/.exec(read)?.[1] as string
  const proof = JSON.parse(await cli('verify', '--file', out, '--salt', salt)) as { record: number; patient: string }
  assert.equal(proof.record, record)
  assert.equal(proof.patient, PATIENT)
  // A file with a wrong salt (or altered) is not anchored.
  await assert.rejects(cli('verify', '--file', out, '--salt', u8aToHex(randomBytes(32))), /not anchored/)

  const revoked = await cli('revoke', '--key', keyFile('patient'), '--grant', String(grant))
  assert.match(revoked, /1 key envelopes removed/)
  await assert.rejects(cli('read', '--key', keyFile('specialist'), '--record', String(record), '--out', out), /may not read record/)

  const table = await cli('audit', '--patient', PATIENT)
  for (const step of ['GrantCreated', 'KeyShared', 'GrantRevoked']) assert.match(table, new RegExp(step))
  const bundle = JSON.parse(await cli('audit', '--patient', PATIENT, '--fhir')) as FhirBundle<{ resourceType: string; recorded?: string }>
  assert.equal(bundle.resourceType, 'Bundle')
  assert.ok(bundle.entry.every((e) => e.resource.resourceType === 'AuditEvent' && e.resource.recorded))
  // The node's JSON-RPC method, through the definitions the package ships.
  const rpcProof = (await api.rpc.medchain.verify(u8aToHex(sha256OfSaltAndFile(salt, readFileSync(out))))).toJSON()
  assert.equal(rpcProof.record, record)
  const consents = JSON.parse(await cli('consents', '--patient', PATIENT)) as FhirBundle<{ status: string }>
  const statuses = consents.entry.map((e) => e.resource.status)
  assert.deepEqual(statuses, ['active', 'inactive'])
})

test('an insurer request approved and one denied', async () => {
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, new TextEncoder().encode('discharge summary'), 'DischargeSummary')
  const approved = await mc.requestAccess(api, ids.insurer, PATIENT, { durationBlocks: 100 })
  const grant = await mc.decideRequest(api, ids.patient, approved, true)
  const reason = (await api.call.consentApi.accessReason(ids.reviewer.address, record)).toJSON()
  assert.deepEqual(reason, { grant })
  await mc.shareKey(api, ids.patient, record, ids.insurer.address)
  const { plaintext } = await mc.readRecord(api, ipfs, ids.insurer, record)
  assert.equal(new TextDecoder().decode(plaintext), 'discharge summary')

  // An insurer may only ask for payment: a request for operations is refused outright.
  await assert.rejects(mc.requestAccess(api, ids.insurer, PATIENT, { durationBlocks: 100, purpose: 'Operations' }), /PurposeNotAllowed/)
  const denied = await mc.requestAccess(api, ids.insurer, PATIENT, { durationBlocks: 50, kinds: ['LabResult'] })
  await mc.decideRequest(api, ids.patient, denied, false)
  const requests = (await api.call.consentApi.requestsOf(PATIENT, 0, 10)).toJSON() as [number, { status: AnyJson }][]
  const statusOf = (id: number) => requests.find(([r]) => r === id)![1].status
  assert.deepEqual(statusOf(approved), { approved: grant })
  assert.deepEqual(statusOf(denied), { denied: null })
})

test('an expired grant is refused', async () => {
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, new TextEncoder().encode('lab panel'), 'LabResult')
  const expiresAt = (await bestNumber()) + 3
  await mc.grant(api, ids.patient, PATIENT, ids.specialist.address, { expiresAt })
  await mc.shareKey(api, ids.patient, record, ids.specialist.address)
  assert.ok((await mc.readRecord(api, ipfs, ids.specialist, record)).plaintext.length > 0)
  while ((await bestNumber()) < expiresAt) await new Promise((r) => setTimeout(r, 1_000))
  await assert.rejects(mc.readRecord(api, ipfs, ids.specialist, record), /may not read record/)
})

test('a CID whose content does not match the anchor is refused', async () => {
  // The anchor names one content, the CID another file encrypted under the same key.
  const real = encryptRecord(new TextEncoder().encode('the anchored report'))
  const other = encryptRecordWith(new TextEncoder().encode('a different report'), real.dataKey)
  const cid = await ipfs.add(other.ciphertext)
  const envelope = wrapKey(real.dataKey, await mc.registeredKey(api, { patient: PATIENT }))
  const sent = await send(
    api,
    ids.doctor.pair,
    api.tx.records.anchorRecord(PATIENT, u8aToHex(real.contentHash), u8aToHex(CID.parse(cid).bytes), 'ClinicalNote', u8aToHex(envelope)),
  )
  const record = Number(sent.events.find((e) => e.method === 'RecordAnchored')?.data && sent.events.find((e) => e.method === 'RecordAnchored')!.data.record)
  await assert.rejects(mc.readRecord(api, ipfs, ids.patient, record), /does not match the anchored hash/)
})

test('bad input gives one-line errors and changes nothing', async () => {
  const count = async () => (await api.call.recordsApi.recordsOf<Vec<u64>>(PATIENT, 0, 100)).length
  const before = await count()
  const oneLine = async (p: Promise<string>, pattern: RegExp) => {
    const e = await p.then(
      () => assert.fail('expected a failure'),
      (e: Error) => e,
    )
    assert.match(e.message, pattern)
    assert.match(e.message, /^exit 1: medchain: [^\n]+\n?$/, `one line, no stack trace: ${e.message}`)
  }
  await oneLine(cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', join(dir, 'missing.pdf'), '--kind', 'Imaging'), /no such file/)
  const file = join(dir, 'note.txt')
  writeFileSync(file, 'note')
  await oneLine(
    run(process.execPath, [CLI, 'anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', file, '--kind', 'Imaging', '--node', NODE_URL, '--ipfs', 'http://127.0.0.1:1'])
      .then((r) => r.stdout)
      .catch((e: ExecError) => Promise.reject(new Error(`exit ${e.code}: ${e.stderr}`))),
    /cannot reach the IPFS node/,
  )
  await oneLine(
    run(process.execPath, [CLI, 'records', '--patient', PATIENT, '--node', 'ws://127.0.0.1:1'])
      .then((r) => r.stdout)
      .catch((e: ExecError) => Promise.reject(new Error(`exit ${e.code}: ${e.stderr}`))),
    /cannot reach a MedChain node/,
  )
  // A wrong key: the patient's account with another encryption key than the registered one.
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, new TextEncoder().encode('x-ray'), 'Imaging')
  const patientSuri = (JSON.parse(readFileSync(keyFile('patient'), 'utf8')) as KeyFile).suri
  await createKeyFile(keyFile('patient-wrong-key'), patientSuri)
  await oneLine(cli('read', '--key', keyFile('patient-wrong-key'), '--record', String(record), '--out', join(dir, 'x')), /not for this key/)
  // An account that is registered nowhere (and has no tokens).
  await identity('stranger')
  await oneLine(cli('anchor', '--key', keyFile('stranger'), '--patient', PATIENT, '--file', file, '--kind', 'Imaging'), /refused the transaction/)
  await oneLine(cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', file, '--kind', 'not a kind'), /unknown record kind/)
  await oneLine(cli('grant', '--key', keyFile('patient'), '--to', ids.stranger.address), /NotActiveProvider/)
  await oneLine(cli('read', '--key', join(dir, 'nope.json'), '--record', '0', '--out', join(dir, 'y')), /no key file/)
  assert.equal(await count(), before + 1, 'only the one successful anchor landed')
})

test("revoking the hospital's grant takes its physician's key", async () => {
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, new TextEncoder().encode('referral'), 'ClinicalNote')
  // The patient hands the key to the hospital's other physician through the hospital's grant.
  const colleague = await identity('colleague')
  await send(api, ids.hospital.pair, api.tx.providers.registerPractitioner(colleague.address, 'Nurse', u8aToHex(colleague.encryptionPublic), u8aToHex(randomBytes(32))))
  await mc.shareKey(api, ids.patient, record, colleague.address)
  assert.ok((await mc.readRecord(api, ipfs, colleague, record)).plaintext.length > 0)
  const same = (a: string, b: string) => u8aToHex(decodeAddress(a)) === u8aToHex(decodeAddress(b))
  const hospitalGrant = (await mc.grantsOf(api, PATIENT)).find((g) => same(g.grant.grantee, ids.hospital.address) && g.grant.revoked === null)
  assert.ok(hospitalGrant, "the hospital's grant")
  await mc.revoke(api, ids.patient, hospitalGrant.id)
  // The envelope is gone from the chain's state, and reading is refused.
  const stored = await api.query.records.envelopes(record, colleague.address)
  assert.ok((stored as unknown as { isNone: boolean }).isNone, 'the envelope is deleted')
  assert.equal((await api.call.recordsApi.envelope(record, colleague.address)).toJSON(), null)
  await assert.rejects(mc.readRecord(api, ipfs, colleague, record), /may not read record/)
})

test('erasure leaves nothing decryptable through the chain', async () => {
  const records = (await api.call.recordsApi.recordsOf<Vec<u64>>(PATIENT, 0, 100)).map((r) => r.toNumber())
  assert.ok(records.length > 0)
  await send(api, ids.patient.pair, api.tx.patients.deregister())
  for (const record of records) {
    for (const who of [ids.patient, ids.specialist, ids.insurer, ids.doctor]) {
      assert.equal((await api.call.recordsApi.envelope(record, who.address)).toJSON(), null)
      assert.equal((await api.call.consentApi.accessReason(who.address, record)).toJSON(), null)
    }
  }
  const left = await api.query.records.envelopes.entries()
  assert.equal(left.length, 0, 'no shared envelope of the erased patient remains')
  await assert.rejects(mc.readRecord(api, ipfs, ids.patient, records[0]), /may not read|not registered|no envelope/i)
})
