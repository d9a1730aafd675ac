// The client's end-to-end scenario against a real MedChain development node and the local
// offline IPFS node, in two parts that run as two test files, each with its own node, so that
// they run side by side (`walkthrough.test.ts`, `break-glass.test.ts`).
//
// main: the README walkthrough through the CLI (a hospital anchors a scan, the patient grants
// a specialist, the specialist reads and verifies it, the patient revokes, the specialist is
// refused), insurer requests approved and denied, an expired grant refused, a CID that does
// not match its anchor refused, bad input giving one-line errors with their exit codes,
// corrections (amend, versions, retract), the revocation of the hospital's grant taking its
// physician's key, suspensions, a guardian, and the patient's erasure leaving nothing
// decryptable through the chain.
// break-glass: the patient escrows an emergency key with three authorities, two approve a
// paramedic's session and release their shares, the paramedic rebuilds the key and reads the
// records (each read in the audit trail; the mismatched record refused and named), and the
// patient rotates the exposed key; then the patient, a reader and an author rotate their own
// X25519 keys and re-wrap their envelopes, and a key file made again from the words catches up.
// Both end with a privacy scan: every stored key and value at every block, and every block's
// extrinsics and events, searched for each piece of personal data the test holds.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
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
import { gcm } from '@noble/ciphers/aes.js'
import { startDevIpfs, type DevIpfs } from '@medchain/ipfs-dev'
import { connect, eventData, send } from '../../src/chain.js'
import { commitment, encryptRecord } from '../../src/crypto.js'
import { open, seal } from '../../src/envelope.js'
import { Ipfs } from '../../src/ipfs.js'
import type { Identity } from '../../src/keys.js'
import * as mc from '../../src/medchain.js'
import { createKeyFile, loadIdentity, writeSecret } from '../../src/node.js'
import { proofFromJson } from '../../src/archive.js'
import { readManifest } from '../../src/archive-dir.js'

/** The two parts of the scenario. */
export type Part = 'main' | 'break-glass'

/** Registers part `which` of the scenario, on a dev node at RPC port `rpcPort`. */
export function scenario(which: Part, rpcPort: number, p2pPort: number): void {
  const part = (parts: Part[], title: string, fn: () => Promise<void>) => {
    if (parts.includes(which)) test(title, fn)
  }
  const run = promisify(execFile)
  const sha256OfSaltAndFile = (salt: string, file: Uint8Array) => commitment(hexToU8a(salt), file)
  const NODE_URL = `ws://127.0.0.1:${rpcPort}`
  const CLI = join(import.meta.dirname, '../../src/cli.js')
  const dir = mkdtempSync(join(tmpdir(), 'medchain-e2e-'))
  const nodeBinary =
    process.env.MEDCHAIN_NODE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/medchain-target'), 'release/medchain-node')

  let node: ChildProcess
  let ipfsNode: DevIpfs
  let api: ApiPromise
  let ipfs: Ipfs
  const ids: Record<string, Identity> = {}
  const mnemonics: Record<string, string> = {}
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
    const { plaintext, salt } = await mc.readRecord(api, ipfs, ids.patient, record, { receipt: false })
    keep(`${label}: content`, plaintext.length > 4096 ? plaintext.subarray(plaintext.length / 2, plaintext.length / 2 + 64) : plaintext)
    keep(`${label}: start of content`, plaintext.subarray(0, 64))
    keep(`${label}: salt`, salt)
    keep(`${label}: data key`, await mc.dataKeyFor(api, ids.patient, record))
  }

  /** How `execFile` fails: the exit code and what the process wrote to stderr. */
  type ExecError = { stderr?: string; code?: number }

  /** A FHIR Bundle as the CLI prints it, with the resource fields a test reads. */
  type FhirBundle<Resource> = { resourceType: string; entry: { resource: Resource }[] }

  const PASSPHRASE_FILE = join(dir, 'passphrase')
  writeSecret(PASSPHRASE_FILE, 'a long passphrase for the test keys\n')
  const PASS = 'a long passphrase for the test keys'

  /** Runs the CLI (node, IPFS node and passphrase file from the environment, as an operator
   *  would set them); resolves with stdout, or rejects with `exit <code>: <stderr>`. */
  async function cli(...args: string[]): Promise<string> {
    try {
      const env = { ...process.env, MEDCHAIN_WS_URL: NODE_URL, MEDCHAIN_IPFS: ipfsNode.url, MEDCHAIN_PASSPHRASE_FILE: PASSPHRASE_FILE }
      const { stdout } = await run(process.execPath, [CLI, ...args], { timeout: 180_000, env })
      return stdout
    } catch (e) {
      const err = e as ExecError
      throw new Error(`exit ${err.code}: ${err.stderr ?? ''}`)
    }
  }

  async function identity(name: string, suri?: string): Promise<Identity> {
    const made = await createKeyFile(keyFile(name), PASS, suri)
    ids[name] = await loadIdentity(keyFile(name), PASS)
    keep(`${name}'s encryption private key`, ids[name].encryptionPrivate)
    if (made.mnemonic) keep(`${name}'s account secret`, made.mnemonic)
    if (made.mnemonic) mnemonics[name] = made.mnemonic
    return ids[name]
  }

  /** Reloads `name`'s key file (after a rotation moved it to another key version). */
  async function reload(name: string): Promise<Identity> {
    ids[name] = await loadIdentity(keyFile(name), PASS)
    keep(`${name}'s encryption private key, version ${ids[name].encryptionVersion}`, ids[name].encryptionPrivate)
    return ids[name]
  }

  /** `name`'s public values as `keys show --json` prints them (what another party is given). */
  async function shown(name: string): Promise<{ account: string; encryptionKey: string }> {
    return JSON.parse(await cli('keys', 'show', '--key', keyFile(name), '--json')) as { account: string; encryptionKey: string }
  }

  async function bestNumber(): Promise<number> {
    return (await api.rpc.chain.getHeader()).number.toNumber()
  }

  /** The MCR1 record format, encrypting `plaintext` under a given key (to build a file that
   *  decrypts but is not the anchored content). */
  function encryptUnder(plaintext: Uint8Array, dataKey: Uint8Array): Uint8Array {
    const salt = randomBytes(32)
    const nonce = randomBytes(12)
    const magic = utf8('MCR1')
    const sealed = gcm(dataKey, nonce, magic).encrypt(Uint8Array.from([...salt, ...plaintext]))
    return Uint8Array.from([...magic, ...nonce, ...sealed])
  }

  before(async () => {
    assert.ok(existsSync(nodeBinary), `build the node first: ${nodeBinary} is missing`)
    // An archive node: the privacy scan reads the state of every block.
    node = spawn(nodeBinary, ['--dev', '--tmp', '--state-pruning', 'archive', '--rpc-port', String(rpcPort), '--port', String(p2pPort), '--no-prometheus', '--no-mdns', '--no-telemetry'], {
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
    // Bootstrap through the CLI, each party holding only its own key file: sudo (Alice)
    // registers a hospital, a specialist's clinic and an insurer from their public values; each
    // registers its staff; the patient signs their registration consent on their own device
    // and the hospital's physician submits it.
    writeSecret(join(dir, 'alice.suri'), '//Alice\n')
    await cli('keys', 'import', '--suri-file', join(dir, 'alice.suri'), '--out', keyFile('sudo'))
    ids.sudo = await loadIdentity(keyFile('sudo'), PASS)
    for (const [name, kind] of [['hospital', 'Hospital'], ['clinic', 'Clinic'], ['insurer', 'Insurer']] as const) {
      await identity(name)
      const k = await shown(name)
      const done = await cli('register', 'organization', '--key', keyFile('sudo'), '--account', k.account, '--encryption-key', k.encryptionKey, '--kind', kind)
      assert.match(done, /registered/)
    }
    for (const [name, org, role] of [['doctor', 'hospital', 'Physician'], ['specialist', 'clinic', 'Physician'], ['reviewer', 'insurer', 'Physician']] as const) {
      await identity(name)
      const k = await shown(name)
      await cli('register', 'practitioner', '--key', keyFile(org), '--account', k.account, '--encryption-key', k.encryptionKey, '--role', role)
    }
    const patient = await identity('patient')
    const consent = join(dir, 'consent.json')
    await cli('consent', 'sign', '--key', keyFile('patient'), '--pseudonym', PATIENT, '--registrar', ids.doctor.address, '--out', consent)
    assert.match(await cli('register', 'patient', '--key', keyFile('doctor'), '--consent', consent), /registered/)
    // The patient lets the hospital (and so its physicians) write.
    await mc.grant(api, patient, PATIENT, ids.hospital.address, { permission: 'ReadWrite' })
  })

  after(async () => {
    await api?.disconnect()
    await ipfsNode?.close()
    node?.kill('SIGKILL')
  })

  part(['main'], 'the walkthrough: anchor, grant, read and verify, revoke, refused', async () => {
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
    await assert.rejects(cli('read', '--key', keyFile('specialist'), '--record', String(record), '--out', join(dir, 'again.dcm')), /may not read record/)

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

  part(['main'], 'an insurer request approved and one denied', async () => {
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
    // Governance suspends the insurer: its access stops at once; reactivated, it is back.
    await cli('organization', 'status', '--key', keyFile('sudo'), '--account', ids.insurer.address, '--status', 'Suspended')
    assert.equal((await api.call.consentApi.accessReason(ids.insurer.address, record)).toJSON(), null)
    await cli('organization', 'status', '--key', keyFile('sudo'), '--account', ids.insurer.address, '--status', 'Active')
    assert.deepEqual((await api.call.consentApi.accessReason(ids.insurer.address, record)).toJSON(), { grant })
  })

  part(['main'], "one account's concurrent sends all land, in nonce order", async () => {
    // Eight anchors of one practitioner at once: each is signed once the node took the one
    // before (no two race for a nonce), and each lands as its own record.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`vital signs ${i} of ${NAME}`), 'VitalSigns', { wait: 'in-block' })),
    )
    const records = results.map((r) => r.record)
    assert.equal(new Set(records).size, 8)
    for (const record of records) assert.ok((await mc.anchorOf(api, record)).contentHash)
  })

  part(['main'], "a hospital's archive: built from a directory, anchored in one transaction, a document proved, then promoted to the patient's record", async () => {
    const archiveDir = join(dir, 'archive')
    mkdirSync(join(archiveDir, '2019', 'lab'), { recursive: true })
    mkdirSync(join(archiveDir, '2020'), { recursive: true })
    const letterFile = join(archiveDir, '2019', 'lab', 'letter.txt')
    const letter = utf8(`discharge letter for ${NAME}, 2019`)
    writeFileSync(letterFile, letter)
    writeFileSync(join(archiveDir, '2019', 'lab', 'cbc.csv'), utf8(`${NAME},hb,13.1\n`))
    writeFileSync(join(archiveDir, '2020', 'scan.bin'), randomBytes(300 * 1024))
    const manifest = join(dir, 'archive.manifest')
    const built = await cli('archive', 'build', archiveDir, '--manifest', manifest)
    assert.match(built, /documents 3/)
    const root = /root (0x[0-9a-f]{64})/.exec(built)?.[1]
    // The salts stay with the hospital: none may reach the chain (the privacy scan checks).
    for await (const entry of readManifest(manifest)) keep(`archived ${entry.path}: salt`, hexToU8a(entry.salt))
    // Only the organization anchors an archive; its physician may not (the client refuses
    // before sending: a refused transaction would publish the root).
    await assert.rejects(cli('archive', 'anchor', '--key', keyFile('doctor'), '--manifest', manifest), /exit 1: .*NotAnOrganization/)
    const anchored = await cli('archive', 'anchor', '--key', keyFile('hospital'), '--manifest', manifest)
    const archive = Number(/archive (\d+)/.exec(anchored)?.[1])
    assert.match(anchored, new RegExp(`root ${root}`))

    const proofFile = join(dir, 'letter.proof.json')
    await cli('archive', 'prove', '--manifest', manifest, '--document', '2019/lab/letter.txt', '--archive', String(archive), '--out', proofFile)
    const verified = JSON.parse(await cli('archive', 'verify', '--proof', proofFile, '--file', letterFile)) as mc.ArchiveCheck
    assert.ok(verified.ok && verified.archive === archive && verified.leaves === 3 && verified.record === undefined)
    assert.equal(verified.ok && verified.organization, ids.hospital.address)
    // Another file is not the document; the node's JSON-RPC method answers as the runtime API.
    const altered = join(dir, 'altered.txt')
    writeFileSync(altered, utf8('discharge letter for someone else'))
    await assert.rejects(cli('archive', 'verify', '--proof', proofFile, '--file', altered), /exit 1: .*not the document/)
    const proof = proofFromJson(readFileSync(proofFile, 'utf8'))
    const rpc = (await api.rpc.medchain.verifyArchived(archive, proof.index, proof.commitment, proof.path)).toJSON() as { Ok?: { leaves: number } }
    assert.equal(rpc.Ok?.leaves, 3)
    const wrong = (await api.rpc.medchain.verifyArchived(archive, (proof.index + 1) % 3, proof.commitment, proof.path)).toJSON()
    assert.deepEqual(wrong, { Err: 'InvalidProof' })

    // Promoted by the hospital's physician (who may write for the patient): a record like any
    // other, whose commitment is the archived one; the patient reads it back.
    const promoted = await cli('archive', 'promote', '--key', keyFile('doctor'), '--proof', proofFile, '--file', letterFile, '--patient', PATIENT, '--kind', 'DischargeSummary')
    const record = Number(/record (\d+)/.exec(promoted)?.[1])
    const read = await mc.readRecord(api, ipfs, ids.patient, record, { receipt: false })
    assert.deepEqual(read.plaintext, letter)
    assert.equal(u8aToHex(read.salt), proof.salt)
    await keepRecord(record, 'the archived letter')
    const again = JSON.parse(await cli('archive', 'verify', '--proof', proofFile)) as mc.ArchiveCheck
    assert.equal(again.ok && again.record, record)
    // Promoting it again, or another organization's physician promoting, is refused.
    await assert.rejects(cli('archive', 'promote', '--key', keyFile('doctor'), '--proof', proofFile, '--file', letterFile, '--patient', PATIENT, '--kind', 'DischargeSummary'), /exit 1: .*already record/)
    const scanProof = join(dir, 'scan.proof.json')
    await cli('archive', 'prove', '--manifest', manifest, '--document', '2020/scan.bin', '--archive', String(archive), '--out', scanProof)
    await assert.rejects(cli('archive', 'promote', '--key', keyFile('specialist'), '--proof', scanProof, '--file', join(archiveDir, '2020', 'scan.bin'), '--patient', PATIENT, '--kind', 'Imaging'), /exit 1: .*NotArchiveOrganization/)
  })

  part(['main'], 'an expired grant is refused', async () => {
    const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`lab panel of ${NATIONAL_ID}: HbA1c 7.9 %`), 'LabResult')
    await keepRecord(record, 'the lab panel')
    // The grant must be final before the key is shared (the client seals only for access it
    // finds at the finalized block too).
    const expiresAt = (await bestNumber()) + 12
    await mc.grant(api, ids.patient, PATIENT, ids.specialist.address, { expiresAt })
    await mc.shareKey(api, ids.patient, record, ids.specialist.address, { wait: 'in-block' })
    assert.ok((await mc.readRecord(api, ipfs, ids.specialist, record, { receipt: false })).plaintext.length > 0)
    while ((await bestNumber()) < expiresAt) await new Promise((r) => setTimeout(r, 1_000))
    await assert.rejects(mc.readRecord(api, ipfs, ids.specialist, record), /may not read record/)
  })

  part(['main', 'break-glass'], 'a CID whose content does not match the anchor is refused', async () => {
    // The anchor names one content, the CID another file encrypted under the same key.
    const real = encryptRecord(utf8(`the anchored report on ${NAME}`))
    const other = encryptUnder(utf8(`a different report on ${NAME}`), real.dataKey)
    keep('the anchored report', `the anchored report on ${NAME}`)
    keep('the anchored report: salt', real.salt)
    keep('the anchored report: data key', real.dataKey)
    const cid = await ipfs.add(other)
    const contentHash = u8aToHex(real.contentHash)
    const envelope = await seal(real.dataKey, await mc.registeredKey(api, { patient: PATIENT }), mc.recordKeyContext(api, contentHash, hexToU8a(PATIENT)))
    const sent = await send(api, ids.doctor.account, api.tx.records.anchorRecord(PATIENT, contentHash, u8aToHex(CID.parse(cid).bytes), 'ClinicalNote', u8aToHex(envelope)))
    const record = Number(eventData(sent, 'records', 'RecordAnchored').record)
    await assert.rejects(mc.readRecord(api, ipfs, ids.patient, record), /does not match the anchored hash/)
  })

  part(['main'], 'bad input gives one-line errors with documented exit codes and changes nothing', async () => {
    const count = async () => (await api.call.recordsApi.recordsOf<Vec<u64>>(PATIENT, 0, 100)).length
    const before = await count()
    const oneLine = async (p: Promise<string>, code: number, pattern: RegExp) => {
      const e = await p.then(
        () => assert.fail('expected a failure'),
        (e: Error) => e,
      )
      assert.match(e.message, pattern)
      assert.match(e.message, new RegExp(`^exit ${code}: medchain: [^\n]+\n?$`), `exit ${code}, one line, no stack trace: ${e.message}`)
    }
    const file = join(dir, 'note.txt')
    writeFileSync(file, 'note')
    const anchorArgs = ['anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--kind', 'Imaging']
    // 2: the command line is wrong (unknown flags are errors, not ignored).
    await oneLine(cli('grant', '--key', keyFile('patient'), '--to', ids.specialist.address, '--read-wrte'), 2, /unknown option '--read-wrte'/)
    await oneLine(cli(...anchorArgs, '--file', file, '--patient', 'MRN-1234'), 2, /64 hex digits/)
    await oneLine(cli('anchor', '--key', keyFile('doctor')), 2, /required option/)
    await oneLine(cli('frobnicate'), 2, /unknown command/)
    // 3: something named does not exist.
    await oneLine(cli(...anchorArgs, '--file', join(dir, 'missing.pdf')), 3, /no such file/)
    await oneLine(cli('records', '--patient', PATIENT).then(() => cli('versions', '--record', '999999')), 3, /no record 999999/)
    // 4: the node or the IPFS node cannot be reached.
    await oneLine(cli(...anchorArgs, '--file', file, '--ipfs', 'http://127.0.0.1:1'), 4, /cannot reach the IPFS node/)
    await oneLine(cli('records', '--patient', PATIENT, '--node', 'ws://127.0.0.1:1'), 4, /cannot reach a MedChain node/)
    // 1: refused, with the reason.
    const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`x-ray of ${NAME}'s left wrist`), 'Imaging')
    await keepRecord(record, 'the x-ray')
    // A key file whose recorded X25519 key was swapped for someone else's.
    const altered = JSON.parse(readFileSync(keyFile('patient'), 'utf8')) as { meta: Record<string, string> }
    altered.meta.medchainX25519 = u8aToHex(ids.specialist.encryptionPublic)
    writeSecret(keyFile('patient-altered'), JSON.stringify(altered))
    await oneLine(cli('read', '--key', keyFile('patient-altered'), '--record', String(record), '--out', join(dir, 'x')), 1, /altered/)
    const wrongPass = join(dir, 'wrong-passphrase')
    writeSecret(wrongPass, 'not the passphrase at all')
    await oneLine(cli('grant', '--key', keyFile('patient'), '--to', ids.specialist.address, '--passphrase-file', wrongPass), 1, /wrong passphrase/)
    // An account that is registered nowhere (and has no tokens).
    await identity('stranger')
    await oneLine(cli(...anchorArgs, '--key', keyFile('stranger'), '--file', file), 1, /refused the transaction/)
    await oneLine(cli(...anchorArgs, '--file', file, '--kind', 'not a kind'), 1, /unknown record kind/)
    await oneLine(cli('grant', '--key', keyFile('patient'), '--to', ids.stranger.address), 1, /NotActiveProvider/)
    // A failing call under sudo is a failure, not "registered" (sudo itself succeeds).
    const h = await shown('hospital')
    await oneLine(cli('register', 'organization', '--key', keyFile('sudo'), '--account', h.account, '--encryption-key', h.encryptionKey, '--kind', 'Hospital'), 1, /sudo call failed: providers\.\w+/)
    assert.equal(await count(), before + 1, 'only the one successful anchor landed')
  })

  part(['main'], 'corrections: an amended record says it is superseded, a retracted one says so, and reading them needs --allow-retracted', async () => {
    const first = join(dir, 'report-v1.txt')
    const second = join(dir, 'report-v2.txt')
    writeFileSync(first, `ECG of ${NAME}: sinus rhythm`)
    writeFileSync(second, `ECG of ${NAME}: sinus rhythm, QT 480 ms (corrected)`)
    const v1 = Number(/record (\d+)/.exec(await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', first, '--kind', 'ClinicalNote'))?.[1])
    const v2 = Number(/record (\d+)/.exec(await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', second, '--kind', 'ClinicalNote', '--amends', String(v1)))?.[1])
    await keepRecord(v1, 'the first ECG report')
    await keepRecord(v2, 'the corrected ECG report')
    assert.match(await cli('versions', '--record', String(v1)), new RegExp(`^${v1}\tv1\n${v2}\tv2\tcurrent\n$`))
    // Amending a superseded version is refused.
    await assert.rejects(cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', second, '--kind', 'ClinicalNote', '--amends', String(v1)), /AlreadySuperseded|AlreadyAnchored/)
    const out = join(dir, 'ecg')
    await assert.rejects(cli('read', '--key', keyFile('patient'), '--record', String(v1), '--out', out), new RegExp(`exit 1: [^]*SUPERSEDED by record ${v2}`))
    assert.equal(readFileSync(out, 'utf8'), readFileSync(first, 'utf8'), 'the record was still written, with the warning')
    await assert.rejects(cli('read', '--key', keyFile('patient'), '--record', String(v1), '--out', out), /exists; add --force/)
    await cli('read', '--key', keyFile('patient'), '--record', String(v1), '--out', out, '--force', '--allow-retracted')
    assert.match(await cli('retract', '--key', keyFile('doctor'), '--record', String(v2), '--reason', 'EnteredInError'), /retracted \(EnteredInError\)/)
    await assert.rejects(cli('read', '--key', keyFile('patient'), '--record', String(v2), '--out', join(dir, 'ecg2')), /RETRACTED \(EnteredInError\)/)
    assert.match(await cli('records', '--patient', PATIENT), new RegExp(`${v2}\t.*retracted \\(EnteredInError\\)`))
  })

  part(['main'], "revoking the hospital's grant takes its physician's key", async () => {
    const { record } = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`referral: ${NAME} to cardiology`), 'ClinicalNote')
    await keepRecord(record, 'the referral')
    // The patient hands the key to the hospital's other physician through the hospital's grant.
    const colleague = await identity('colleague')
    await send(api, ids.hospital.account, api.tx.providers.registerPractitioner(colleague.address, 'Nurse', u8aToHex(colleague.encryptionPublic), u8aToHex(randomBytes(32))))
    await mc.shareKey(api, ids.patient, record, colleague.address)
    assert.ok((await mc.readRecord(api, ipfs, colleague, record)).plaintext.length > 0)
    // The hospital suspends its nurse: no access while suspended.
    await cli('practitioner', 'status', '--key', keyFile('hospital'), '--account', colleague.address, '--status', 'Suspended')
    await assert.rejects(mc.readRecord(api, ipfs, colleague, record), /may not read record/)
    await cli('practitioner', 'status', '--key', keyFile('hospital'), '--account', colleague.address, '--status', 'Active')
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

  /** Sends `call` through sudo (Alice); `send` fails unless the call itself succeeded. */
  async function sudo(call: Parameters<ApiPromise['tx']['sudo']['sudo']>[0]): Promise<void> {
    const sent = await send(api, ids.sudo.account, api.tx.sudo.sudo(call))
    assert.deepEqual(eventData(sent, 'sudo', 'Sudid').sudoResult, { ok: null }, 'the call under sudo succeeded')
  }

  part(['break-glass'], "break-glass end to end: the emergency key escrowed with three authorities, two release their shares, the paramedic reads, the patient rotates", async () => {
    for (const name of ['ambulance', 'ems-north', 'ems-south', 'ems-east']) {
      await identity(name)
      const k = await shown(name)
      await cli('register', 'organization', '--key', keyFile('sudo'), '--account', k.account, '--encryption-key', k.encryptionKey, '--kind', 'EmergencyService')
    }
    for (const name of ['ems-north', 'ems-south', 'ems-east']) await cli('authority', 'add', '--key', keyFile('sudo'), '--account', ids[name].address)
    const paramedic = await identity('paramedic')
    const p = await shown('paramedic')
    await cli('register', 'practitioner', '--key', keyFile('ambulance'), '--account', p.account, '--encryption-key', p.encryptionKey, '--role', 'EmergencyResponder')

    // The patient's app escrows an emergency key: 2 of 3 shares (the policy's two approvals),
    // and wraps every record it can open for it.
    const set = await cli('emergency-key', 'set', '--key', keyFile('patient'), '--patient', PATIENT)
    assert.match(set, /emergency key version 0 set: 2 of 3 authorities rebuild it; \d+ record\(s\) wrapped/)
    // A record anchored afterwards, by the hospital's physician, is wrapped for it at once.
    const allergies = `allergies of ${NAME}: penicillin (anaphylaxis)`
    const allergyFile = join(dir, 'allergies.txt')
    writeFileSync(allergyFile, allergies)
    const anchored = await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', allergyFile, '--kind', 'ClinicalNote')
    assert.doesNotMatch(anchored, /warning/)
    const record = Number(/record (\d+)/.exec(anchored)?.[1])
    await keepRecord(record, 'the allergy list')
    assert.ok((await api.query.emergency.emergencyEnvelopes(PATIENT, record)).toJSON(), 'the emergency envelope was posted with the anchor')

    // The written justification stays with the responder's service; the chain gets a salted hash.
    const justification = `${NAME}, national id ${NATIONAL_ID}, found unconscious at home; allergies unknown to the crew`
    keep('the break-glass justification', justification)
    const justificationFile = join(dir, 'justification.txt')
    writeFileSync(justificationFile, justification)
    const opened = await cli('break-glass', 'open', '--key', keyFile('paramedic'), '--patient', PATIENT, '--justification-file', justificationFile)
    const session = Number(/session (\d+)/.exec(opened)?.[1])
    const out = join(dir, 'emergency')
    mkdirSync(out)
    // Before approvals and shares, nothing: no access, no key.
    await assert.rejects(cli('break-glass', 'read', '--key', keyFile('paramedic'), '--session', String(session), '--out-dir', out), /exit 1: .*SessionNotActive|0 good share|may not read/)
    await cli('break-glass', 'approve', '--key', keyFile('ems-north'), '--session', String(session))
    await assert.rejects(cli('break-glass', 'release', '--key', keyFile('ems-north'), '--session', String(session)), /is Pending, not Active/)
    await cli('break-glass', 'approve', '--key', keyFile('ems-south'), '--session', String(session))
    assert.deepEqual((await api.call.consentApi.accessReason(paramedic.address, record)).toJSON(), { breakGlass: session })
    // An authority that did not approve cannot release.
    await assert.rejects(cli('break-glass', 'release', '--key', keyFile('ems-east'), '--session', String(session)), /has not approved session/)
    await cli('break-glass', 'release', '--key', keyFile('ems-north'), '--session', String(session))
    await assert.rejects(cli('break-glass', 'read', '--key', keyFile('paramedic'), '--session', String(session), '--out-dir', out, '--records', String(record)), /1 good share\(s\) released, 2 needed/)
    // This authority rotated its key since the patient sealed its share: the share opens with
    // the earlier key version, which its key file still derives.
    assert.match(await cli('keys', 'rotate', '--key', keyFile('ems-south')), /key version 1[^]*provider key[^]*0 envelope\(s\) re-wrapped/)
    await reload('ems-south')
    await cli('break-glass', 'release', '--key', keyFile('ems-south'), '--session', String(session))
    // Someone else's key cannot use the released shares.
    await assert.rejects(cli('break-glass', 'read', '--key', keyFile('doctor'), '--session', String(session), '--out-dir', out), /not .*'s/)

    const read = await cli('break-glass', 'read', '--key', keyFile('paramedic'), '--session', String(session), '--out-dir', out, '--records', String(record))
    assert.match(read, new RegExp(`record ${record}: ${allergies.length} bytes, matches its anchor`))
    assert.equal(readFileSync(join(out, `record-${record}`), 'utf8'), allergies)
    // Every record: the one whose IPFS file does not match its anchor (above) is refused and
    // named; the others are read.
    const all = join(dir, 'emergency-all')
    mkdirSync(all)
    await assert.rejects(cli('break-glass', 'read', '--key', keyFile('paramedic'), '--session', String(session), '--out-dir', all), /exit 1: medchain: \d+ record\(s\) read; refused record \d+: the decrypted content does not match the anchored hash/)
    assert.equal(readFileSync(join(all, `record-${record}`), 'utf8'), allergies)
    const reads = (await mc.auditTrail(api, PATIENT)).filter((e) => typeof e.event === 'object' && 'RecordRead' in e.event && e.actor === paramedic.address)
    assert.ok(reads.some((e) => (e.event as { RecordRead: { record: number } }).RecordRead.record === record), "the paramedic's read is in the audit trail")
    assert.ok(reads.length >= 2, 'every record the paramedic read is receipted')

    // The key is exposed now: no new envelopes for it; the patient's app sees it and rotates.
    assert.match(await cli('emergency-key', 'status', '--patient', PATIENT), new RegExp(`EXPOSED in session ${session}`))
    const after = await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', allergyFile, '--kind', 'ClinicalNote').catch((e: Error) => e.message)
    assert.match(after, /AlreadyAnchored|emergency key was exposed/)
    // Not while the session is open (the shares released for it would be voided), nor may
    // records be wrapped for the exposed key.
    await assert.rejects(cli('emergency-key', 'set', '--key', keyFile('patient'), '--patient', PATIENT), new RegExp(`session ${session} is Active`))
    await assert.rejects(cli('emergency-key', 'post', '--key', keyFile('patient'), '--patient', PATIENT), /was exposed in a break-glass session/)
    await cli('break-glass', 'close', '--key', keyFile('paramedic'), '--session', String(session))
    assert.equal((await api.call.consentApi.accessReason(paramedic.address, record)).toJSON(), null, 'no access after the session is closed')
    assert.match(await cli('emergency-key', 'set', '--key', keyFile('patient'), '--patient', PATIENT), /emergency key version 1 set/)
    assert.match(await cli('emergency-key', 'status', '--patient', PATIENT), /version 1\nthreshold 2 of 3\n.*\nnot exposed/)
    const finding = `review: ${NAME} was unconscious and alone; the access was justified`
    keep('the review finding', finding)
    await sudo(api.tx.emergency.reviewSession(session, true, u8aToHex(sha('sha256', utf8(finding)))))
    const shownSession = (await mc.sessionsOf(api, PATIENT)).find((s) => s.id === session)
    assert.ok(shownSession, 'the patient sees the session')
    assert.ok(shownSession.session.closure && shownSession.session.review, 'closed and reviewed')
  })

  part(['break-glass'], 'key rotation: the patient, a reader and an author move to new keys and re-wrap their envelopes; a key file made again from the words catches up', async () => {
    const note = `cardiology letter: ${NAME}, atrial fibrillation, started on apixaban`
    const noteFile = join(dir, 'letter.txt')
    writeFileSync(noteFile, note)
    const record = Number(/record (\d+)/.exec(await cli('anchor', '--key', keyFile('doctor'), '--patient', PATIENT, '--file', noteFile, '--kind', 'ClinicalNote'))?.[1])
    await keepRecord(record, 'the cardiology letter')
    await cli('grant', '--key', keyFile('patient'), '--to', ids.specialist.address)
    await cli('share', '--key', keyFile('patient'), '--record', String(record), '--to', ids.specialist.address)
    const ownRecords = (await mc.recordsOf(api, PATIENT)).length
    const before = { patient: ids.patient, specialist: ids.specialist, doctor: ids.doctor }
    const envelopeOf = async (who: Identity) => (await api.call.recordsApi.envelope(record, who.address)).toJSON() as { ciphertext: string }
    const readAs = async (name: string) => {
      const out = join(dir, `letter-${name}-${randomBytes(4).toString('hex')}.txt`)
      await cli('read', '--key', keyFile(name), '--record', String(record), '--out', out)
      return readFileSync(out, 'utf8')
    }

    // The patient: every one of her records' envelopes moves to the new key.
    const rotated = await cli('keys', 'rotate', '--key', keyFile('patient'))
    assert.match(rotated, /moved to key version 1/)
    assert.match(rotated, /as your patient key/)
    assert.match(rotated, new RegExp(`${ownRecords} envelope\\(s\\) re-wrapped to the current key; 0 already on it`))
    const patient = await reload('patient')
    assert.equal(patient.encryptionVersion, 1)
    assert.equal(u8aToHex(await mc.registeredKey(api, { patient: PATIENT })), u8aToHex(patient.encryptionPublic))
    assert.notEqual(u8aToHex(patient.encryptionPublic), u8aToHex(before.patient.encryptionPublic))
    // What the chain hands her now opens with the new key only.
    const ctx = mc.recordKeyContext(api, (await mc.anchorOf(api, record)).contentHash, hexToU8a(PATIENT))
    const sealed = hexToU8a((await envelopeOf(patient)).ciphertext)
    await assert.rejects(open(sealed, before.patient.encryptionPrivate, ctx), /does not open/)
    assert.equal(u8aToHex(await open(sealed, patient.encryptionPrivate, ctx)), u8aToHex(await mc.dataKeyFor(api, patient, record)))
    assert.equal(await readAs('patient'), note)
    // Nothing is left to do: a second run (what finishes an interrupted one) changes nothing.
    assert.match(await cli('keys', 'rewrap', '--key', keyFile('patient')), new RegExp(`0 envelope\\(s\\) re-wrapped to the current key; ${ownRecords} already on it`))

    // A reader (the specialist, holding one shared envelope) and the author (the physician,
    // holding its own copies of what it wrote) rotate as providers.
    assert.match(await cli('keys', 'rotate', '--key', keyFile('specialist')), /as your provider key\n1 envelope\(s\) re-wrapped/)
    await reload('specialist')
    assert.equal(await readAs('specialist'), note)
    const authored = await cli('keys', 'rotate', '--key', keyFile('doctor'))
    assert.match(authored, /as your provider key\n[1-9]\d* envelope\(s\) re-wrapped/)
    await reload('doctor')
    assert.equal(await readAs('doctor'), note)
    // Records anchored after the rotation are sealed to the new keys.
    const later = await mc.anchorFile(api, ipfs, ids.doctor, PATIENT, utf8(`follow-up of ${NAME}: INR stable`), 'ClinicalNote')
    await keepRecord(later.record, 'the follow-up')
    assert.ok((await mc.dataKeyFor(api, ids.doctor, later.record)).length === 32)

    // The specialist's key file, made again from its 24 words, starts at key version 0: it
    // opens nothing the chain now hands it until `keys rewrap` catches it up.
    const words = join(dir, 'specialist.words')
    writeSecret(words, mnemonics.specialist + '\n')
    await cli('keys', 'import', '--mnemonic-file', words, '--out', keyFile('specialist-restored'))
    await assert.rejects(readAs('specialist-restored'), /does not open/)
    assert.match(await cli('keys', 'rewrap', '--key', keyFile('specialist-restored')), /moved to key version 1, the one the chain holds\n0 envelope\(s\) re-wrapped to the current key; 1 already on it/)
    assert.equal(await readAs('specialist-restored'), note)
    // The physician's key file made again from its words is at version 0 too: it anchors
    // nothing (its own copy of the record key would be sealed to a key it rotated away from)
    // until it catches up.
    writeSecret(join(dir, 'doctor.words'), mnemonics.doctor + '\n')
    await cli('keys', 'import', '--mnemonic-file', join(dir, 'doctor.words'), '--out', keyFile('doctor-restored'))
    const anchoredBefore = (await mc.recordsOf(api, PATIENT)).length
    await assert.rejects(cli('anchor', '--key', keyFile('doctor-restored'), '--patient', PATIENT, '--file', noteFile, '--kind', 'ClinicalNote'), /exit 1: .*holds another key .*run `medchain keys rewrap` first/)
    assert.equal((await mc.recordsOf(api, PATIENT)).length, anchoredBefore, 'nothing was anchored')
    // An account the chain holds no key of has nothing to rotate.
    await identity('drifter')
    await assert.rejects(cli('keys', 'rotate', '--key', keyFile('drifter')), /exit 1: .*no registered patient, organization or practitioner/)
  })

  part(['main'], 'erasure leaves nothing decryptable through the chain', async () => {
    const records = (await api.call.recordsApi.recordsOf<Vec<u64>>(PATIENT, 0, 100)).map((r) => r.toNumber())
    assert.ok(records.length > 0)
    // A guardian accepts on their own device, the patient names them, the guardian changes the
    // break-glass policy (free: a guardian acts in the patient's matters), then steps down.
    await identity('guardian')
    const acceptance = join(dir, 'guardian-acceptance.json')
    await cli('guardian', 'accept', '--key', keyFile('guardian'), '--patient', PATIENT, '--out', acceptance)
    assert.match(await cli('guardian', 'add', '--key', keyFile('patient'), '--acceptance', acceptance), /is now a guardian/)
    await cli('patient', 'policy', '--key', keyFile('guardian'), '--patient', PATIENT, '--approvals', '3')
    const stored = (await api.query.patients.patients(PATIENT)).toJSON() as { emergencyPolicy: { requiredApprovals: number } }
    assert.equal(stored.emergencyPolicy.requiredApprovals, 3)
    await cli('guardian', 'remove', '--key', keyFile('guardian'), '--patient', PATIENT, '--guardian', ids.guardian.address)
    await assert.rejects(cli('patient', 'policy', '--key', keyFile('guardian'), '--patient', PATIENT, '--approvals', '2'), /exit 1: .*(NotAuthorized|refused the transaction)/)
    // Erasure asks for --yes.
    await assert.rejects(cli('patient', 'erase', '--key', keyFile('patient')), /exit 2: .*--yes/)
    assert.match(await cli('patient', 'erase', '--key', keyFile('patient'), '--yes'), new RegExp(`patient ${PATIENT} erased`))
    for (const record of records) {
      for (const who of [ids.patient, ids.specialist, ids.insurer, ids.doctor]) {
        assert.equal((await api.call.recordsApi.envelope(record, who.address)).toJSON(), null)
        assert.equal((await api.call.consentApi.accessReason(who.address, record)).toJSON(), null)
      }
    }
    // Every entry of the map (the generated typing asks for the first key; none means all).
    const left = await (api.query.records.envelopes.entries as unknown as () => Promise<unknown[]>)()
    assert.equal(left.length, 0, 'no shared envelope of the erased patient remains')
    await assert.rejects(mc.readRecord(api, ipfs, ids.patient, records[0]), /may not read|not registered|no envelope/i)
  })

  part(['main', 'break-glass'], 'privacy scan: no personal data in any stored value, extrinsic or event of any block', async () => {
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
}
