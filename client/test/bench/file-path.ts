// The end-to-end path of one file, measured by size: encryption, the IPFS upload, anchoring
// to inclusion and to finality, and the read path (fetch, unwrap the key, decrypt, check
// against the anchor), each step's time and the client's peak memory.
//
//   node dist/test/bench/file-path.js [--sizes 100K,1M,10M,100M] [--out report.json]
//
// It starts a dev node (`MEDCHAIN_NODE_BIN`, or the release build in CARGO_TARGET_DIR) and a
// local IPFS node, registers a hospital, a physician and a patient who lets the hospital
// write, then measures each size in a child process of its own, so that the peak resident
// memory it reports (the kernel's VmHWM) is that one file's. Files are streamed: the target is
// a peak under 256 MiB for 100 MiB.
import { spawn, execFile } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createHash, randomBytes } from 'node:crypto'
import { u8aToHex, hexToU8a } from '@polkadot/util'
import { CID } from 'multiformats/cid'
import { connect, eventData, send } from '../../src/chain.js'
import { encryptRecordStream } from '../../src/crypto.js'
import { seal } from '../../src/envelope.js'
import { Ipfs } from '../../src/ipfs.js'
import * as mc from '../../src/medchain.js'
import { createKeyFile, fileContent, loadIdentity, readRecordToFile } from '../../src/node.js'

const PASS = 'a long passphrase for the benchmark keys'
const MIB = 1024 * 1024

function peakRssMiB(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'))
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9

/** One size, in this process: what the parent passes on the command line. */
async function child(args: string[]): Promise<void> {
  const [url, ipfsUrl, dir, patient, file] = args
  // The keys are unlocked first, as a client asks for its passphrase before it connects: each
  // unlock's scrypt takes 128 MiB for a moment (polkadot.js key files, N = 2^17).
  const doctor = await loadIdentity(join(dir, 'doctor.json'), PASS)
  const reader = await loadIdentity(join(dir, 'patient.json'), PASS)
  const api = await connect(url)
  const ipfs = new Ipfs(ipfsUrl)
  const content = fileContent(file)
  const result: Record<string, number> = { bytes: content.size }

  // Encryption alone, streamed from disk to nowhere.
  let t = process.hrtime.bigint()
  const alone = encryptRecordStream(content.stream())
  for await (const piece of alone.ciphertext) void piece
  result.encryptSeconds = seconds(t)

  // Encryption and the IPFS upload, streamed together (the real path).
  t = process.hrtime.bigint()
  const encrypted = encryptRecordStream(content.stream())
  const cid = await ipfs.addStream(encrypted.ciphertext)
  result.encryptAndAddSeconds = seconds(t)
  const contentHash = u8aToHex(encrypted.contentHash())

  // Anchoring: to inclusion, then to finality.
  const patientKey = await mc.registeredKey(api, { patient })
  const envelope = await seal(encrypted.dataKey, patientKey, mc.recordKeyContext(api, contentHash, hexToU8a(patient)))
  const call = api.tx.records.anchorRecord(patient, contentHash, u8aToHex(CID.parse(cid).bytes), 'Imaging', u8aToHex(envelope))
  t = process.hrtime.bigint()
  const sent = await send(api, doctor.account, call, { wait: 'in-block' })
  result.inclusionSeconds = seconds(t)
  const record = Number(eventData(sent, 'records', 'RecordAnchored').record)
  for (;;) {
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber()
    const included = (await api.rpc.chain.getHeader(sent.blockHash)).number.toNumber()
    if (finalized >= included) break
    await new Promise((r) => setTimeout(r, 100))
  }
  result.finalitySeconds = seconds(t)

  // The read path, as the patient: fetch, unwrap, decrypt, check, to a file.
  const out = `${file}.read`
  t = process.hrtime.bigint()
  const read = await readRecordToFile(api, ipfs, reader, record, out, { receipt: false })
  result.readSeconds = seconds(t)
  if (read.bytes !== content.size) throw new Error(`read ${read.bytes} bytes of ${content.size}`)
  const same = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')
  if (content.size <= 16 * MIB && same(out) !== same(file)) throw new Error('the record read back differs')
  rmSync(out)
  result.peakRssMiB = peakRssMiB()
  await api.disconnect()
  process.stdout.write(JSON.stringify(result) + '\n')
}

function parseSize(s: string): number {
  const m = /^(\d+)([KM]?)$/.exec(s)
  if (!m) throw new Error(`a size is a number with K or M: ${s}`)
  return Number(m[1]) * (m[2] === 'M' ? MIB : m[2] === 'K' ? 1024 : 1)
}

/** Writes `size` random bytes to `path` without holding them. */
function randomFile(path: string, size: number): void {
  const fd = openSync(path, 'w')
  for (let done = 0; done < size; done += MIB) writeSync(fd, randomBytes(Math.min(MIB, size - done)))
  closeSync(fd)
}

async function parent(argv: string[]): Promise<void> {
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined)
  const sizes = (at('--sizes') ?? '100K,1M,10M,100M').split(',')
  const dir = mkdtempSync(join(tmpdir(), 'medchain-file-path-'))
  const nodeBinary = process.env.MEDCHAIN_NODE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/medchain-target'), 'release/medchain-node')
  if (!existsSync(nodeBinary)) throw new Error(`build the node first: ${nodeBinary} is missing`)
  const rpcPort = 47_900
  const node = spawn(nodeBinary, ['--dev', '--tmp', '--rpc-port', String(rpcPort), '--port', '47901', '--no-prometheus', '--no-mdns', '--no-telemetry'], { stdio: 'ignore' })
  // Imported here, not at the top: the measured child process has no use for Helia.
  const { startDevIpfs } = await import('@medchain/ipfs-dev')
  const ipfsNode = await startDevIpfs(join(dir, 'ipfs'))
  const url = `ws://127.0.0.1:${rpcPort}`
  try {
    let api
    for (let i = 0; ; i++) {
      try {
        api = await connect(url, 3_000)
        break
      } catch (e) {
        if (i > 40) throw e
        await new Promise((r) => setTimeout(r, 1_000))
      }
    }
    await createKeyFile(join(dir, 'sudo.json'), PASS, '//Alice')
    const sudo = await loadIdentity(join(dir, 'sudo.json'), PASS)
    for (const name of ['hospital', 'doctor', 'patient']) await createKeyFile(join(dir, `${name}.json`), PASS)
    const [hospital, doctor, patientId] = await Promise.all(['hospital', 'doctor', 'patient'].map((n) => loadIdentity(join(dir, `${n}.json`), PASS)))
    const credential = u8aToHex(randomBytes(32))
    await send(api, sudo.account, api.tx.sudo.sudo(api.tx.providers.registerOrganization(hospital.address, 'Hospital', u8aToHex(hospital.encryptionPublic), credential)))
    await send(api, hospital.account, api.tx.providers.registerPractitioner(doctor.address, 'Physician', u8aToHex(doctor.encryptionPublic), credential))
    const patient = mc.pseudonym(randomBytes(32), 'benchmark patient')
    const consent = await mc.signRegistrationConsent(api, patientId, doctor.address, patient)
    await mc.registerPatientFor(api, doctor, consent)
    await mc.grant(api, patientId, patient, hospital.address, { permission: 'ReadWrite' })
    await api.disconnect()

    const rows: Record<string, number | string>[] = []
    for (const size of sizes) {
      const file = join(dir, `file-${size}`)
      randomFile(file, parseSize(size))
      const { stdout } = await promisify(execFile)(process.execPath, [process.argv[1], 'child', url, ipfsNode.url, dir, patient, file], { maxBuffer: 1 << 20 })
      const row = { size, ...(JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, number>) }
      rows.push(row)
      rmSync(file)
      process.stderr.write(`${JSON.stringify(row)}\n`)
    }
    const f = (n: unknown) => (typeof n === 'number' ? n.toFixed(2) : String(n))
    const table = [
      '| size | encrypt s | encrypt + IPFS add s | anchor to inclusion s | to finality s | read (fetch, unwrap, decrypt, check) s | client peak RSS MiB |',
      '|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.size} | ${f(r.encryptSeconds)} | ${f(r.encryptAndAddSeconds)} | ${f(r.inclusionSeconds)} | ${f(r.finalitySeconds)} | ${f(r.readSeconds)} | ${f(r.peakRssMiB)} |`),
    ].join('\n')
    process.stdout.write(table + '\n')
    const out = at('--out')
    if (out) writeFileSync(out, JSON.stringify(rows, null, 2))
    const over = rows.filter((r) => parseSize(String(r.size)) >= 100 * MIB && Number(r.peakRssMiB) >= 256)
    if (over.length) throw new Error(`peak memory over 256 MiB: ${JSON.stringify(over)}`)
  } finally {
    await ipfsNode.close()
    node.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}

const argv = process.argv.slice(2)
await (argv[0] === 'child' ? child(argv.slice(1)) : parent(argv)).catch((e: Error) => {
  process.stderr.write(`file-path: ${e.message}\n`)
  process.exit(1)
})
