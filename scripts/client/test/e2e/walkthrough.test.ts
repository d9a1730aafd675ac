// End to end against a real MedChain development node and the local offline IPFS node:
// the README walkthrough through the CLI (a hospital anchors a scan, the patient grants a
// specialist, the specialist reads and verifies it, the patient revokes, the specialist is
// refused), insurer requests approved and denied, an expired grant refused, a CID that does
// not match its anchor refused, bad input giving one-line errors that change nothing; then
// the revocation of the hospital's grant taking its physician's key, a break-glass session
// approved by two emergency authorities, closed and reviewed, and the patient's erasure
// leaving nothing decryptable through the chain. Last, a privacy scan: every stored key and
// value at every block, and every block's extrinsics and events, searched for each piece of
// personal data the test holds.
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
import { WsProvider } from '@polkadot/api'
import { blake2AsU8a, keccakAsU8a } from '@polkadot/util-crypto'
import { createHash } from 'node:crypto'
import { connect, eventData, send } from '../../src/chain.js'
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

// Personal data in the test's hands, which must never reach the chain: the privacy scan at
// the end looks for every piece (and, for bytes, their hex text too).
const NAME = 'Maria Keller'
const NATIONAL_ID = '756.9217.0467.52'
const PSEUDONYM_SECRET = Buffer.alloc(32, 0x5a)
const PATIENT = mc.pseudonym(PSEUDONYM_SECRET, NATIONAL_ID)
const secrets: { label: string; bytes: Uint8Array }[] = []
const utf8 = (text: string) => new TextEncoder().encode(text)
function keep(label: string, data: Uint8Array | string): void {
  secrets.push({ label, bytes: typeof data === 'string' ? utf8(data) : data })
}
const sha = (algorithm: string, data: Uint8Array) => createHash(algorithm).update(data).digest()
keep('the name', NAME)
keep('the national id', NATIONAL_ID)
keep('the national id without separators', NATIONAL_ID.replace(/\./g, ''))
keep('the pseudonym secret', PSEUDONYM_SECRET)
for (const [what, text] of [['national id', NATIONAL_ID], ['name', NAME]]) {
  keep(`SHA-256 of the ${what}`, sha('sha256', utf8(text)))
  keep(`SHA-512 of the ${what}`, sha('sha512', utf8(text)))
  keep(`SHA-1 of the ${what}`, sha('sha1', utf8(text)))
  keep(`BLAKE2b-256 of the ${what}`, blake2AsU8a(utf8(text)))
  keep(`Keccak-256 of the ${what}`, keccakAsU8a(utf8(text)))
}

/** Keeps what reading `record` reveals to the patient: its content, salt and data key. */
async function keepRecord(record: number, label: string): Promise<void> {
  const { plaintext, salt } = await mc.readRecord(api, ipfs, ids.patient, record)
  keep(`${label}: content`, plaintext.length > 4096 ? plaintext.subarray(plaintext.length / 2, plaintext.length / 2 + 64) : plaintext)
  keep(`${label}: start of content`, plaintext.subarray(0, 64))
  keep(`${label}: salt`, salt)
  keep(`${label}: data key`, await mc.dataKeyFor(api, ids.patient, record))
}

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
  const file = await createKeyFile(keyFile(name), suri)
  ids[name] = await loadIdentity(keyFile(name))
  keep(`${name}'s encryption private key`, ids[name].encryptionPrivate)
  if (!suri) keep(`${name}'s account secret`, file.suri)
  return ids[name]
}

async function bestNumber(): Promise<number> {
  return (await api.rpc.chain.getHeader()).number.toNumber()
}

before(async () => {
  assert.ok(existsSync(nodeBinary), `build the node first: ${nodeBinary} is missing`)
  // An archive node: the privacy scan reads the state of every block.
  node = spawn(nodeBinary, ['--dev', '--tmp', '--state-pruning', 'archive', '--rpc-port', String(RPC_PORT), '--port', '45000', '--no-prometheus', '--no-mdns', '--no-telemetry'], {
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
  await keepRecord(record, 'the scan')
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
  const summary = `discharge summary: ${NAME}, admitted with pneumonia, discharged on amoxicillin`
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(summary), 'DischargeSummary')
  await keepRecord(record, 'the discharge summary')
  const approved = await mc.requestAccess(api, ids.insurer, PATIENT, { durationBlocks: 100 })
  const grant = await mc.decideRequest(api, ids.patient, approved, true)
  const reason = (await api.call.consentApi.accessReason(ids.reviewer.address, record)).toJSON()
  assert.deepEqual(reason, { grant })
  await mc.shareKey(api, ids.patient, record, ids.insurer.address)
  const { plaintext } = await mc.readRecord(api, ipfs, ids.insurer, record)
  assert.equal(new TextDecoder().decode(plaintext), summary)

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
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`lab panel of ${NATIONAL_ID}: HbA1c 7.9 %`), 'LabResult')
  await keepRecord(record, 'the lab panel')
  const expiresAt = (await bestNumber()) + 3
  await mc.grant(api, ids.patient, PATIENT, ids.specialist.address, { expiresAt })
  await mc.shareKey(api, ids.patient, record, ids.specialist.address)
  assert.ok((await mc.readRecord(api, ipfs, ids.specialist, record)).plaintext.length > 0)
  while ((await bestNumber()) < expiresAt) await new Promise((r) => setTimeout(r, 1_000))
  await assert.rejects(mc.readRecord(api, ipfs, ids.specialist, record), /may not read record/)
})

test('a CID whose content does not match the anchor is refused', async () => {
  // The anchor names one content, the CID another file encrypted under the same key.
  const real = encryptRecord(utf8(`the anchored report on ${NAME}`))
  const other = encryptRecordWith(utf8(`a different report on ${NAME}`), real.dataKey)
  keep('the anchored report', `the anchored report on ${NAME}`)
  keep('the anchored report: salt', real.salt)
  keep('the anchored report: data key', real.dataKey)
  keep('the different report: salt', other.salt)
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
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`x-ray of ${NAME}'s left wrist`), 'Imaging')
  await keepRecord(record, 'the x-ray')
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
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`referral: ${NAME} to cardiology`), 'ClinicalNote')
  await keepRecord(record, 'the referral')
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

/** Sends `call` through sudo (Alice) and fails unless the call itself succeeded. */
async function sudo(call: Parameters<ApiPromise['tx']['sudo']['sudo']>[0]): Promise<void> {
  const sent = await send(api, ids.sudo.pair, api.tx.sudo.sudo(call))
  assert.deepEqual(eventData(sent, 'sudo', 'Sudid')?.sudoResult, { ok: null }, 'the call under sudo succeeded')
}

test("break-glass: a paramedic's session approved by two authorities, closed, reviewed and shown to the patient", async () => {
  for (const name of ['ambulance', 'ems-north', 'ems-south']) {
    const org = await identity(name)
    await sudo(api.tx.providers.registerOrganization(org.address, 'EmergencyService', u8aToHex(org.encryptionPublic), u8aToHex(randomBytes(32))))
  }
  for (const name of ['ems-north', 'ems-south']) await sudo(api.tx.emergency.addAuthority(ids[name].address))
  const paramedic = await identity('paramedic')
  await send(api, ids.ambulance.pair, api.tx.providers.registerPractitioner(paramedic.address, 'EmergencyResponder', u8aToHex(paramedic.encryptionPublic), u8aToHex(randomBytes(32))))
  // The hospital's grant was revoked above: the patient grants it write access again.
  await mc.grant(api, ids.patient, PATIENT, ids.hospital.address, { permission: 'ReadWrite' })
  const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`allergies of ${NAME}: penicillin (anaphylaxis)`), 'ClinicalNote')
  await keepRecord(record, 'the allergy list')

  // The written justification stays with the responder's service; the chain gets its hash.
  const justification = `${NAME}, national id ${NATIONAL_ID}, found unconscious at home; allergies unknown to the crew`
  keep('the break-glass justification', justification)
  const session = await mc.openSession(api, paramedic, PATIENT, 'EmergencyTreatment', sha('sha256', utf8(justification)))
  const reason = async () => (await api.call.consentApi.accessReason(paramedic.address, record)).toJSON()
  assert.equal(await reason(), null, 'no access before the approvals')
  await mc.breakGlass.approve(api, ids['ems-north'], session)
  assert.equal(await reason(), null, 'one approval of two is not enough')
  await mc.breakGlass.approve(api, ids['ems-south'], session)
  assert.deepEqual(await reason(), { breakGlass: session })
  await mc.breakGlass.close(api, paramedic, session)
  assert.equal(await reason(), null, 'no access after the session is closed')

  const finding = `review: ${NAME} was unconscious and alone; the access was justified`
  keep('the review finding', finding)
  await sudo(api.tx.emergency.reviewSession(session, true, u8aToHex(sha('sha256', utf8(finding)))))
  const shown = (await mc.sessionsOf(api, PATIENT)).find((s) => s.id === session)
  assert.ok(shown, 'the patient sees the session')
  assert.ok(shown.session.closure && shown.session.review, 'closed and reviewed')
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

test('privacy scan: no personal data in any stored value, extrinsic or event of any block', async () => {
  // Each secret as bytes and as hex text (an app might put either in a byte field).
  const needles = secrets
    .filter(({ bytes }) => bytes.length >= 8)
    .flatMap(({ label, bytes }) => [
      { label, bytes: Buffer.from(bytes) },
      { label: `${label} (as hex text)`, bytes: Buffer.from(u8aToHex(bytes).slice(2)) },
    ])
  assert.ok(needles.length >= 60, `the scenario handed the scan ${needles.length} needles`)
  // The scan must see what is on chain: the pseudonym is, and so is the walkthrough's anchor.
  const controls = new Map([['the pseudonym', Buffer.from(hexToU8a(PATIENT))]])
  const seen = new Set<string>()
  const found: string[] = []
  const scan = (where: string, blob: Buffer) => {
    for (const n of needles) if (blob.includes(n.bytes)) found.push(`${n.label} in ${where}`)
    for (const [label, bytes] of controls) if (blob.includes(bytes)) seen.add(label)
  }

  const raw = new WsProvider(NODE_URL)
  await raw.isReady
  const call = <T>(method: string, params: unknown[]) => raw.send<T>(method, params)
  const CODE = '0x3a636f6465' // ':code', the runtime itself (written at genesis and by upgrades)
  const eventsKey = api.query.system.events.key()
  let entries = 0
  let extrinsics = 0
  const head = (await api.rpc.chain.getHeader()).number.toNumber()
  try {
    for (let n = 0; n <= head; n++) {
      const hash = await call<string>('chain_getBlockHash', [n])
      const block = await call<{ block: { extrinsics: string[] } }>('chain_getBlock', [hash])
      block.block.extrinsics.forEach((x, i) => scan(`extrinsic ${i} of block #${n}`, Buffer.from(hexToU8a(x))))
      extrinsics += block.block.extrinsics.length
      const keys: string[] = []
      for (;;) {
        const page = await call<string[]>('state_getKeysPaged', ['0x', 1000, keys.at(-1) ?? null, hash])
        keys.push(...page)
        if (page.length < 1000) break
      }
      const wanted = keys.filter((k) => k !== CODE)
      for (let i = 0; i < wanted.length; i += 500) {
        const sets = await call<{ changes: [string, string | null][] }[]>('state_queryStorageAt', [wanted.slice(i, i + 500), hash])
        for (const [key, value] of sets.flatMap((set) => set.changes)) {
          const where = key === eventsKey ? `the events of block #${n}` : `storage ${key.slice(0, 66)}… at block #${n}`
          scan(where, Buffer.from(hexToU8a(key)))
          if (value) scan(where, Buffer.from(hexToU8a(value)))
          entries++
        }
      }
    }
  } finally {
    await raw.disconnect()
  }
  console.log(`privacy scan: ${head + 1} blocks, ${extrinsics} extrinsics, ${entries} stored entries, ${needles.length} needles`)
  assert.deepEqual([...seen], [...controls.keys()], 'the scan reads what is on chain')
  assert.deepEqual(found, [], 'personal data on chain')
})
