// The library in a browser: headless Chromium (Debian's `chromium`, driven by puppeteer-core)
// loads the browser build (`dist/browser/medchain.js`, made by `npm run build`), connects to a
// real dev node and the local IPFS node, unlocks a physician's keyring JSON, anchors a record
// and reads it back, all inside the page. The chain and a Node-side read by the patient then
// confirm what the page did. On the same node, governance through the CLI as it runs after
// sudo is removed: a council motion proposed, voted and closed, and a failing one reported.
// And the CLI through a wss:// endpoint (a TLS front with a certificate the test makes), trusted
// only when Node is given its CA.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { connect as tcpConnect, type AddressInfo } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { createServer, type Server } from 'node:http'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { ApiPromise } from '@polkadot/api'
import { u8aToHex } from '@polkadot/util'
import { startDevIpfs, type DevIpfs } from '@medchain/ipfs-dev'
import puppeteer, { type Browser } from 'puppeteer-core'
import { connect, send } from '../../src/chain.js'
import { randomBytes } from '../../src/crypto.js'
import { Ipfs } from '../../src/ipfs.js'
import { keyJsonFrom, newMnemonic, unlockKeyJson, type Identity, type KeyJson } from '../../src/keys.js'
import * as mc from '../../src/medchain.js'
import { writeSecret } from '../../src/node.js'

const RPC_PORT = 45_300
const NODE_URL = `ws://127.0.0.1:${RPC_PORT}`
const PASS = 'a long passphrase for the browser test'
const BUNDLE = join(import.meta.dirname, '../../browser/medchain.js')
const nodeBinary =
  process.env.MEDCHAIN_NODE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/medchain-target'), 'release/medchain-node')
const chromium = process.env.MEDCHAIN_CHROMIUM ?? '/usr/bin/chromium'
const dir = mkdtempSync(join(tmpdir(), 'medchain-browser-'))

let node: ChildProcess
let api: ApiPromise
let ipfsNode: DevIpfs
let server: Server
let origin: string
let browser: Browser
/** The patient of the browser test, and the record the page anchored. */
let anchoredInPage: { pseudonym: string; record: number } | undefined

const run = promisify(execFile)
const passFile = join(dir, 'passphrase')
writeSecret(passFile, PASS)
/** Runs the CLI against the dev node (or `env`'s); resolves with stdout or rejects with
 *  `exit <code>: <stderr>`. */
async function cliRun(args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const all = { ...process.env, MEDCHAIN_WS_URL: NODE_URL, MEDCHAIN_PASSPHRASE_FILE: passFile, ...env }
    return (await run(process.execPath, [join(import.meta.dirname, '../../src/cli.js'), ...args], { timeout: 180_000, env: all })).stdout
  } catch (e) {
    const err = e as { code?: number; stderr?: string }
    throw new Error(`exit ${err.code}: ${err.stderr ?? ''}`)
  }
}

/** A new account's keyring JSON and its unlocked identity. */
async function account(): Promise<{ json: KeyJson; id: Identity }> {
  const json = await keyJsonFrom(await newMnemonic(), PASS)
  return { json, id: await unlockKeyJson(json, PASS) }
}

// The page: the browser build as an ES module, and the scenario a web app would run.
const PAGE = `<!doctype html><meta charset="utf-8"><title>MedChain in a browser</title>
<script type="module">
  import * as medchain from '/medchain.js'
  window.scenario = async ({ node, ipfsUrl, keyJson, passphrase, patient, text }) => {
    const api = await medchain.connect(node)
    try {
      const doctor = await medchain.unlockKeyJson(keyJson, passphrase)
      const ipfs = new medchain.Ipfs(ipfsUrl)
      const anchored = await medchain.anchorFile(api, ipfs, doctor, patient, new TextEncoder().encode(text), 'LabResult')
      const read = await medchain.readRecord(api, ipfs, doctor, anchored.record)
      return {
        record: anchored.record,
        cid: anchored.cid,
        contentHash: anchored.contentHash,
        plaintext: new TextDecoder().decode(read.plaintext),
        nodeGlobals: typeof process !== 'undefined' || typeof Buffer !== 'undefined',
      }
    } finally {
      await api.disconnect()
    }
  }
  window.ready = true
</script>`

before(async () => {
  assert.ok(existsSync(nodeBinary), `build the node first: ${nodeBinary} is missing`)
  assert.ok(existsSync(chromium), `no Chromium at ${chromium}: scripts/setup.sh installs Debian's chromium (or set MEDCHAIN_CHROMIUM)`)
  assert.ok(existsSync(BUNDLE), `no browser build at ${BUNDLE}: run npm run build`)
  node = spawn(nodeBinary, ['--dev', '--tmp', '--rpc-port', String(RPC_PORT), '--port', '45301', '--no-prometheus', '--no-mdns', '--no-telemetry'], { stdio: ['ignore', 'ignore', 'pipe'] })
  node.stderr?.resume()
  // The page's own origin serves the page and the bundle.
  server = createServer((req, res) => {
    if (req.url === '/medchain.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      return res.end(readFileSync(BUNDLE))
    }
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(PAGE)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  ipfsNode = await startDevIpfs(join(dir, 'ipfs'), 0, { allowOrigins: [origin] })
  for (let i = 0; ; i++) {
    try {
      api = await connect(NODE_URL, 3_000)
      break
    } catch (e) {
      if (i > 40) throw e
      await new Promise((r) => setTimeout(r, 1_000))
    }
  }
  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
})

after(async () => {
  await browser?.close()
  await api?.disconnect()
  await ipfsNode?.close()
  server?.close()
  node?.kill('SIGKILL')
})

test('in headless Chromium, the browser build anchors a record and reads it back', async () => {
  // Registry set-up from Node: a hospital, its physician, a patient who lets the hospital write.
  const sudo = await unlockKeyJson(await keyJsonFrom('//Alice', PASS), PASS)
  const hospital = await account()
  const doctor = await account()
  const patient = await account()
  await send(api, sudo.account, api.tx.sudo.sudo(api.tx.providers.registerOrganization(hospital.id.address, 'Hospital', u8aToHex(hospital.id.encryptionPublic), u8aToHex(randomBytes(32)))))
  await send(api, hospital.id.account, api.tx.providers.registerPractitioner(doctor.id.address, 'Physician', u8aToHex(doctor.id.encryptionPublic), u8aToHex(randomBytes(32))))
  const pseudonym = u8aToHex(randomBytes(32))
  await mc.registerPatientFor(api, doctor.id, await mc.signRegistrationConsent(api, patient.id, doctor.id.address, pseudonym))
  await mc.grant(api, patient.id, pseudonym, hospital.id.address, { permission: 'ReadWrite' })

  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(origin)
  await page.waitForFunction('window.ready === true', { timeout: 30_000 })
  const text = `HbA1c 6.1 % (${new Date(0).toISOString()})`
  const params = { node: NODE_URL, ipfsUrl: ipfsNode.url, keyJson: doctor.json, passphrase: PASS, patient: pseudonym, text }
  const result = (await page.evaluate(`window.scenario(${JSON.stringify(params)})`)) as {
    record: number
    cid: string
    contentHash: string
    plaintext: string
    nodeGlobals: boolean
  }
  assert.deepEqual(errors, [])
  assert.equal(result.nodeGlobals, false, 'a real browser page: no process, no Buffer')
  assert.equal(result.plaintext, text, 'the page read back what it anchored')

  // The chain holds the page's anchor, by the physician, and the patient reads the same record
  // from Node: the browser's envelopes and record file are the Node client's formats.
  const anchor = await mc.anchorOf(api, result.record)
  assert.equal(anchor.author, doctor.id.address)
  assert.equal(anchor.contentHash, result.contentHash)
  assert.equal(anchor.cid, result.cid)
  const read = await mc.readRecord(api, new Ipfs(ipfsNode.url), patient.id, result.record)
  assert.equal(new TextDecoder().decode(read.plaintext), text)
  // The page's read is in the audit trail (a read receipt sent from the browser).
  const reads = (await mc.auditTrail(api, pseudonym)).filter((e) => typeof e.event === 'object' && 'RecordRead' in e.event)
  assert.ok(reads.some((e) => e.actor === doctor.id.address), "the physician's read from the browser is receipted")
  anchoredInPage = { pseudonym, record: result.record }
})

test('governance by council motion through the CLI: proposed, voted, closed; a failing motion is a failure', async () => {
  const cli = (...args: string[]) => cliRun(args)
  // The dev council: Alice, Bob and Charlie; a motion needs two of three.
  for (const who of ['Alice', 'Bob']) {
    writeSecret(join(dir, `${who}.suri`), `//${who}`)
    await cli('keys', 'import', '--suri-file', join(dir, `${who}.suri`), '--out', join(dir, `${who}.json`))
  }
  const lab = await account()
  const register = () =>
    cli('register', 'organization', '--key', join(dir, 'Alice.json'), '--via', 'council', '--account', lab.id.address, '--encryption-key', u8aToHex(lab.id.encryptionPublic), '--kind', 'Laboratory')
  const motion = (printed: string) => {
    const m = /council motion (\d+) proposed \((0x[0-9a-f]{64})\); it needs 2 ayes, the proposer's included/.exec(printed)
    assert.ok(m, printed)
    return { index: m[1], hash: m[2] }
  }
  const first = motion(await register())
  assert.equal((await api.query.providers.organizations(lab.id.address)).toJSON(), null, 'nothing happens before the vote')
  await cli('council', 'vote', '--key', join(dir, 'Alice.json'), '--motion', first.hash, '--index', first.index, '--aye')
  await assert.rejects(cli('council', 'close', '--key', join(dir, 'Alice.json'), '--motion', first.hash, '--index', first.index), /TooEarly/)
  await cli('council', 'vote', '--key', join(dir, 'Bob.json'), '--motion', first.hash, '--index', first.index, '--aye')
  assert.match(await cli('council', 'close', '--key', join(dir, 'Alice.json'), '--motion', first.hash, '--index', first.index), /closed and executed/)
  assert.ok((await api.query.providers.organizations(lab.id.address)).toJSON(), 'the motion registered the laboratory')
  // The same registration again: the motion passes, the call it carries fails, and the CLI says so.
  const second = motion(await register())
  for (const who of ['Alice', 'Bob']) await cli('council', 'vote', '--key', join(dir, `${who}.json`), '--motion', second.hash, '--index', second.index, '--aye')
  await assert.rejects(cli('council', 'close', '--key', join(dir, 'Alice.json'), '--motion', second.hash, '--index', second.index), /exit 1: medchain: council call failed: providers\.\w+/)
})

test('a wss:// endpoint: the CLI reads through TLS when Node trusts the certificate, and refuses it otherwise', async () => {
  assert.ok(anchoredInPage, 'the browser test anchored a record')
  // A TLS front for the node's RPC port, as a reverse proxy in front of a public RPC node
  // would be, with a certificate for localhost made here by openssl.
  const cert = join(dir, 'tls-cert.pem')
  const key = join(dir, 'tls-key.pem')
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'])
  const front = createTlsServer({ cert: readFileSync(cert), key: readFileSync(key) }, (socket) => {
    const upstream = tcpConnect(RPC_PORT, '127.0.0.1')
    socket.pipe(upstream).pipe(socket)
    socket.on('error', () => upstream.destroy())
    upstream.on('error', () => socket.destroy())
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  const url = `wss://localhost:${(front.address() as AddressInfo).port}`
  try {
    const listed = await cliRun(['records', '--patient', anchoredInPage.pseudonym, '--node', url], { NODE_EXTRA_CA_CERTS: cert })
    assert.match(listed, new RegExp(`^${anchoredInPage.record}\tbaf`, 'm'), 'the record, read over wss://')
    // The same endpoint with a certificate Node does not trust: refused, as unreachable.
    await assert.rejects(cliRun(['records', '--patient', anchoredInPage.pseudonym, '--node', url, '--timeout', '10']), /exit 4: medchain: cannot reach a MedChain node at wss:/)
  } finally {
    front.close()
  }
})
