#!/usr/bin/env node
// `medchain`: the command line for MedChain's flows. `medchain --help`, `medchain <command>
// --help`. Unknown commands and flags are errors (exit 2). Secrets are read from files, never
// from the command line: key files are polkadot.js keyring JSON, unlocked with the passphrase
// in `--passphrase-file` (or the file named by MEDCHAIN_PASSPHRASE_FILE).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import type { ApiPromise } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util'
import { isAddress } from '@polkadot/util-crypto'
import { connect, send, type SendOptions, type WaitFor } from './chain.js'
import { MAX_KEY_VERSION, randomBytes, sha256 } from './crypto.js'
import { EXIT, UserError } from './errors.js'
import { auditEvents, auditTable, consents } from './fhir.js'
import { close, govern, vote, type Via } from './governance.js'
import { proofFromJson, proofToJson } from './archive.js'
import { buildArchive, checkDocument, proveDocument, readManifest } from './archive-dir.js'
import { Ipfs, type Progress } from './ipfs.js'
import type { Identity } from './keys.js'
import * as mc from './medchain.js'
import { createKeyFile, fileContent, loadIdentity, loadKeyFile, readPassphrase, readPublic, readRecordToFile, readSecret, setKeyFileVersion, writeSecret } from './node.js'

const VERSION = '0.2.0'
const ORGANIZATION_KINDS = ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Insurer', 'ResearchBody', 'EmergencyService'] as const
const PRACTITIONER_ROLES = ['Physician', 'Nurse', 'LabTechnician', 'Pharmacist', 'EmergencyResponder', 'EmergencyCallAttendant', 'Researcher', 'Auditor'] as const

// ---- option parsers ----
const int = (name: string, min = 0, max = Number.MAX_SAFE_INTEGER) => (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`)
  return Number(v)
}
const h256 = (v: string) => {
  if (!isHex(v, 256)) throw new InvalidArgumentError('expected 0x followed by 64 hex digits')
  return v
}
const x25519Key = h256
const account = (v: string): string => {
  if (!isAddress(v)) throw new InvalidArgumentError(`'${String(v)}' is not an account address`)
  return v
}
const list = (parse: (v: string) => string | number) => (v: string) => {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean).map(parse)
  if (items.length === 0) throw new InvalidArgumentError('the list is empty')
  return items
}
const U32 = 4_294_967_295

type Common = { node?: string; ipfs?: string; wait: WaitFor; timeout: number; key?: string; passphraseFile?: string }

function withChain(c: Command): Command {
  return c
    .addOption(new Option('--node <url>', 'the node (ws:// or wss://)').env('MEDCHAIN_WS_URL').default('ws://127.0.0.1:9944'))
    .addOption(new Option('--wait <when>', 'wait until the transaction is in a block or final').choices(['in-block', 'finalized']).default('finalized'))
    .addOption(new Option('--timeout <seconds>', 'give up waiting after this long').argParser(int('--timeout', 1, 3600)).default(120))
}
function withKey(c: Command): Command {
  return withChain(c)
    .requiredOption('--key <file>', 'your key file (polkadot.js keyring JSON)')
    .addOption(new Option('--passphrase-file <file>', "the key file's passphrase (0600)").env('MEDCHAIN_PASSPHRASE_FILE'))
}
function withIpfs(c: Command): Command {
  return c.addOption(new Option('--ipfs <url>', 'the IPFS node (kubo RPC API)').env('MEDCHAIN_IPFS').default('http://127.0.0.1:5001'))
}

const sendOptions = (o: Common): SendOptions => ({ wait: o.wait, timeoutMs: o.timeout * 1000 })

function passphrase(o: Common): string {
  if (!o.passphraseFile) throw new UserError('give the passphrase in a file: --passphrase-file FILE (or MEDCHAIN_PASSPHRASE_FILE)', EXIT.usage)
  return readPassphrase(o.passphraseFile)
}
const unlocked = new WeakMap<Common, Promise<Identity>>()
/** The key file of `--key`, unlocked once per command. */
const me = (o: Common): Promise<Identity> => {
  let identity = unlocked.get(o)
  if (!identity) {
    identity = loadIdentity(o.key as string, passphrase(o))
    unlocked.set(o, identity)
  }
  return identity
}

async function withApi<T>(o: Common, f: (api: ApiPromise) => Promise<T>): Promise<T> {
  // The key file is unlocked before connecting: its scrypt (128 MiB) is freed before the
  // connection and the chain's metadata take their share, which keeps a large file's path
  // under 256 MiB; and a wrong passphrase fails before any network traffic.
  if (o.key) await me(o)
  const api = await connect(o.node as string)
  try {
    return await f(api)
  } finally {
    await api.disconnect()
  }
}

function readInput(path: string): Uint8Array {
  try {
    if (path === '-') return readFileSync(0)
    if (!statSync(path).isFile()) throw new Error('not a file')
    return readFileSync(path)
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT'
    throw new UserError(`cannot read ${path}: ${missing ? 'no such file' : (e as Error).message}`, missing ? EXIT.notFound : EXIT.failed)
  }
}

/** A document's salted commitment (`--credential-file`, justifications, findings): the salt
 *  is written beside the document (`<file>.salt`) so its holder can prove it later. */
function saltedDocumentHash(path: string | undefined): string {
  if (!path) return u8aToHex(sha256(randomBytes(32)))
  const doc = readInput(path)
  // The salt is kept before the transaction is sent (so a commitment on chain always has its
  // salt), and a retry reuses it.
  let salt: Uint8Array
  if (existsSync(`${path}.salt`)) {
    const kept = readSecret(`${path}.salt`, 'salt file').toString('utf8').trim()
    if (!isHex(kept, 256)) throw new UserError(`${path}.salt is not a salt (0x and 64 hex digits)`)
    salt = hexToU8a(kept)
  } else {
    salt = randomBytes(32)
    writeSecret(`${path}.salt`, u8aToHex(salt) + '\n')
  }
  return u8aToHex(sha256(new Uint8Array([...salt, ...doc])))
}

/** Writes a decrypted record to `path` (0600): through a new temporary file renamed over the
 *  target, so an existing file's permissions or a symlink at `path` are never reused. */
function progress(label: string): Progress | undefined {
  if (!process.stderr.isTTY) return undefined
  return (done, total) => {
    if (total < 1 << 20) return
    process.stderr.write(`\r${label}: ${Math.floor((done / total) * 100)}% of ${(total / (1 << 20)).toFixed(1)} MiB${done >= total ? '\n' : ''}`)
  }
}

const out = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n')
}
const ipfsOf = (o: Common) => new Ipfs(o.ipfs as string)

/** Runs a governance call through sudo or as a council motion, and says which. */
async function governed(api: ApiPromise, by: Identity, call: SubmittableExtrinsic<'promise'>, via: Via, o: Common, done: string): Promise<void> {
  const r = await govern(api, by, call, via, sendOptions(o))
  if (r.motion) out(`council motion ${r.motion.index} proposed (${r.motion.hash}); it needs ${r.motion.threshold} ayes, the proposer's included: \`medchain council vote --motion ${r.motion.hash} --index ${r.motion.index} --aye\`, then \`medchain council close\``)
  else out(done)
}
const viaOption = () => new Option('--via <how>', 'governance through sudo or a council motion').choices(['sudo', 'council']).default('sudo')

// ---- the commands ----
const program = new Command('medchain')
  .description("MedChain's command line: keys, registration, anchoring and reading records, consent, break-glass, audit trails.")
  .version(VERSION)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error: ') ? `medchain: ${s.slice(7).replace(/\n(?=.)/g, ' ')}` : s) })
  .addHelpText(
    'after',
    `
Exit codes: 0 done; 1 refused or failed (the message says why); 2 bad command line;
3 not found (record, anchor, file); 4 node or IPFS node unreachable or too slow.`,
  )

const keys = program.command('keys').description('key files: polkadot.js keyring JSON with a derived X25519 key')
keys
  .command('new')
  .description('create a new account (24 words) and its key file, encrypted with your passphrase')
  .requiredOption('--out <file>', 'the key file to write (0600, never overwritten)')
  .option('--mnemonic-out <file>', 'also write the 24 words here (0600): they back up the account and its X25519 key')
  .option('--name <name>', 'a name in the key file (shown by wallets)')
  .addOption(new Option('--passphrase-file <file>', 'the passphrase to encrypt it with').env('MEDCHAIN_PASSPHRASE_FILE'))
  .action(async (o: Common & { out: string; mnemonicOut?: string; name?: string }) => {
    for (const path of [o.out, o.mnemonicOut]) if (path && existsSync(path)) throw new UserError(`${path} exists; refusing to overwrite it`)
    const k = await createKeyFile(o.out, passphrase(o), undefined, o.name)
    if (o.mnemonicOut) writeSecret(o.mnemonicOut, (k.mnemonic as string) + '\n')
    out(`account ${k.address}\nencryption key ${k.encryptionKey}\nwritten to ${o.out} (0600)${o.mnemonicOut ? `; the 24 words to ${o.mnemonicOut}` : '; keep a copy of it: without --mnemonic-out the words were not kept'}`)
  })
keys
  .command('import')
  .description('make a key file from your 24 words (or, for development, a secret URI such as //Alice)')
  .requiredOption('--out <file>', 'the key file to write')
  .option('--mnemonic-file <file>', 'a file holding the words')
  .option('--suri-file <file>', 'a file holding a secret URI (development)')
  .option('--name <name>', 'a name in the key file')
  .addOption(new Option('--passphrase-file <file>', 'the passphrase to encrypt it with').env('MEDCHAIN_PASSPHRASE_FILE'))
  .action(async (o: Common & { out: string; mnemonicFile?: string; suriFile?: string; name?: string }) => {
    if (!o.mnemonicFile === !o.suriFile) throw new UserError('give exactly one of --mnemonic-file and --suri-file', EXIT.usage)
    const secret = readSecret((o.mnemonicFile ?? o.suriFile) as string, 'secret file').toString('utf8').trim()
    const k = await createKeyFile(o.out, passphrase(o), secret, o.name)
    out(`account ${k.address}\nencryption key ${k.encryptionKey}\nwritten to ${o.out} (0600)`)
  })
keys
  .command('show')
  .description("a key file's public values (no passphrase needed)")
  .requiredOption('--key <file>', 'the key file')
  .option('--json', 'as JSON')
  .action((o: { key: string; json?: boolean }) => {
    const k = readPublic(o.key)
    out(o.json ? JSON.stringify({ account: k.address, encryptionKey: k.encryptionKey }) : `account ${k.address}\nencryption key ${k.encryptionKey}`)
  })

function rewrapReport(r: mc.Rewrapped): void {
  out(`${r.rewrapped} envelope(s) re-wrapped to the current key; ${r.current} already on it`)
  if (r.unreadable.length > 0) {
    throw new UserError(`the envelopes of record(s) ${r.unreadable.join(', ')} open with none of this account's keys: they were left as they are (ask the patient or the author to share them again)`)
  }
}

withKey(
  keys
    .command('rotate')
    .description(
      'move to the next X25519 key of your account: the key file and the chain (as a patient and/or a provider) take it, then every envelope the chain holds for you is re-wrapped to it. If it stops half way, `keys rewrap` finishes it',
    ),
).action(async (o: Common) => {
  const pass = passphrase(o)
  const { json, identity } = await loadKeyFile(o.key as string, pass)
  await withApi(o, async (api) => {
    const onChain = await mc.chainKeyVersion(api, identity)
    // Never a version used before: the key being rotated away from may have leaked.
    const next = Math.max(identity.encryptionVersion ?? 0, onChain) + 1
    if (next > MAX_KEY_VERSION) throw new UserError(`this account has used all ${MAX_KEY_VERSION} key versions: move to a new account`)
    const rotated = await setKeyFileVersion(o.key as string, json, identity, next, pass)
    out(`key file ${o.key} moved to key version ${next}: encryption key ${u8aToHex(rotated.encryptionPublic)}`)
    // Final before the re-wrap: it reads the keys the chain holds at a finalized block.
    const { rotated: roles } = await mc.rotateEncryptionKey(api, rotated, { ...sendOptions(o), wait: 'finalized' })
    out(`the chain holds it as your ${roles.join(' and ')} key`)
    rewrapReport(await mc.rewrapEnvelopes(api, rotated, sendOptions(o)))
  })
})
withKey(
  keys
    .command('rewrap')
    .description(
      "finish a rotation, or take up a key file made again from your 24 words: the key file and the chain are brought to the newer of their key versions, then every envelope sealed to an earlier version is re-wrapped to it",
    ),
).action(async (o: Common) => {
  const pass = passphrase(o)
  const loaded = await loadKeyFile(o.key as string, pass)
  let identity = loaded.identity
  await withApi(o, async (api) => {
    const onChain = await mc.chainKeyVersion(api, identity)
    const version = identity.encryptionVersion ?? 0
    if (onChain > version) {
      identity = await setKeyFileVersion(o.key as string, loaded.json, identity, onChain, pass)
      out(`key file ${o.key} moved to key version ${onChain}, the one the chain holds`)
    } else {
      const { rotated: roles } = await mc.rotateEncryptionKey(api, identity, { ...sendOptions(o), wait: 'finalized' })
      if (roles.length > 0) out(`the chain now holds key version ${version} as your ${roles.join(' and ')} key`)
    }
    rewrapReport(await mc.rewrapEnvelopes(api, identity, sendOptions(o)))
  })
})

program
  .command('pseudonym')
  .description("a patient's pseudonym: HMAC-SHA256 of their identifier under your institution's secret")
  .requiredOption('--secret-file <file>', "the institution's pseudonym secret (0600)")
  .requiredOption('--id-file <file>', "a file holding the patient's identifier ('-' for stdin)")
  .action((o: { secretFile: string; idFile: string }) => {
    const id = new TextDecoder().decode(readInput(o.idFile))
    out(mc.pseudonym(readSecret(o.secretFile, 'pseudonym secret'), id))
  })

const consentCommand = program.command('consent').description('patients: consent to be registered by a practitioner, signed on your own device')
withKey(
  consentCommand
    .command('sign')
    .description('write a signed registration consent for the practitioner to submit')
    .requiredOption('--pseudonym <hex>', 'your pseudonym (from the institution)', h256)
    .requiredOption('--registrar <account>', 'the practitioner who will register you', account)
    .option('--no-break-glass', 'never allow break-glass access')
    .option('--approvals <n>', 'emergency approvals your break-glass needs', int('--approvals', 1, 255), 2)
    .requiredOption('--out <file>', 'the consent file to write'),
).action(
  async (o: Common & { pseudonym: string; registrar: string; breakGlass: boolean; approvals: number; out: string }) =>
    withApi(o, async (api) => {
      const consent = await mc.signRegistrationConsent(api, await me(o), o.registrar, o.pseudonym, { allowed: o.breakGlass, approvals: o.approvals })
      writeFileSync(o.out, JSON.stringify(consent, null, 2) + '\n', { flag: 'wx' })
      out(`consent for ${o.registrar} to register you until block ${consent.deadline} written to ${o.out}`)
    }),
)

const register = program.command('register').description('registration: organizations (governance), practitioners (their organization), patients')
withKey(
  register
    .command('organization')
    .description('register an organization (sudo, or a council motion after sudo is removed)')
    .requiredOption('--account <account>', "the organization's account", account)
    .requiredOption('--encryption-key <hex>', "its X25519 key (from its `keys show`)", x25519Key)
    .addOption(new Option('--kind <kind>', 'what it is').choices(ORGANIZATION_KINDS).makeOptionMandatory())
    .option('--credential-file <file>', 'its accreditation document (its salted hash goes on chain)')
    .addOption(viaOption()),
).action(async (o: Common & { account: string; encryptionKey: string; kind: (typeof ORGANIZATION_KINDS)[number]; credentialFile?: string; via: Via }) =>
  withApi(o, async (api) => {
    const call = api.tx.providers.registerOrganization(o.account, o.kind, o.encryptionKey, saltedDocumentHash(o.credentialFile))
    await governed(api, await me(o), call, o.via, o, `organization ${o.account} registered`)
  }),
)
withKey(
  register
    .command('practitioner')
    .description('register a practitioner of your organization')
    .requiredOption('--account <account>', "the practitioner's account", account)
    .requiredOption('--encryption-key <hex>', 'their X25519 key', x25519Key)
    .addOption(new Option('--role <role>', 'their role').choices(PRACTITIONER_ROLES).makeOptionMandatory())
    .option('--credential-file <file>', 'their licence (its salted hash goes on chain)'),
).action(async (o: Common & { account: string; encryptionKey: string; role: (typeof PRACTITIONER_ROLES)[number]; credentialFile?: string }) =>
  withApi(o, async (api) => {
    await send(api, (await me(o)).account, api.tx.providers.registerPractitioner(o.account, o.role, o.encryptionKey, saltedDocumentHash(o.credentialFile)), sendOptions(o))
    out(`practitioner ${o.account} registered`)
  }),
)
withKey(register.command('patient').description('register a patient with the consent they signed (`medchain consent sign`)').requiredOption('--consent <file>', 'the signed consent')).action(
  async (o: Common & { consent: string }) =>
    withApi(o, async (api) => {
      let consent: mc.RegistrationConsent
      try {
        consent = JSON.parse(new TextDecoder().decode(readInput(o.consent))) as mc.RegistrationConsent
      } catch (e) {
        if (e instanceof UserError) throw e
        throw new UserError(`${o.consent} is not a registration consent`)
      }
      await mc.registerPatientFor(api, await me(o), consent, sendOptions(o))
      out(`patient ${consent.pseudonym} registered for ${consent.account}`)
    }),
)
withKey(
  register
    .command('self')
    .description('register yourself as a patient (where the consortium allows it)')
    .requiredOption('--pseudonym <hex>', 'your pseudonym', h256)
    .option('--no-break-glass', 'never allow break-glass access')
    .option('--approvals <n>', 'emergency approvals your break-glass needs', int('--approvals', 1, 255), 2),
).action(async (o: Common & { pseudonym: string; breakGlass: boolean; approvals: number }) =>
  withApi(o, async (api) => {
    await mc.registerSelf(api, await me(o), o.pseudonym, { allowed: o.breakGlass, approvals: o.approvals }, sendOptions(o))
    out(`patient ${o.pseudonym} registered`)
  }),
)

withKey(
  withIpfs(
    program
      .command('anchor')
      .description("encrypt a file, store it on IPFS and anchor it for a patient (with your own key copy and the patient's emergency envelope)")
      .requiredOption('--patient <pseudonym>', "the patient's pseudonym", h256)
      .requiredOption('--file <file>', "the record ('-' for stdin)")
      .requiredOption('--kind <kind>', `${mc.RECORD_KINDS.join(', ')} or a FHIR resource type`)
      .option('--amends <record>', 'anchor it as a new version of this record', int('--amends')),
  ),
).action(async (o: Common & { patient: string; file: string; kind: string; amends?: number }) =>
  withApi(o, async (api) => {
    // A file is streamed from disk (encrypted and uploaded piece by piece); stdin is read whole.
    const content = o.file === '-' ? readInput(o.file) : fileContent(o.file)
    const ipfs = ipfsOf(o)
    await ipfs.version()
    const a = await mc.anchorFile(api, ipfs, await me(o), o.patient, content, o.kind, { ...sendOptions(o), onProgress: progress('storing on IPFS'), previous: o.amends })
    out(`record ${a.record}\ncid ${a.cid}\ncontent hash ${a.contentHash}${a.emergency === 'posted' ? '' : a.emergency === 'emergency-key-exposed' ? "\nwarning: the patient's emergency key was exposed in a break-glass session; the record is not reachable in an emergency until the patient rotates it" : ''}`)
  }),
)
withKey(
  program
    .command('retract')
    .description('retract a record (its author or the patient); it stays provable, marked retracted')
    .requiredOption('--record <id>', 'the record', int('--record'))
    .addOption(new Option('--reason <reason>', 'why').choices([...mc.RETRACTION_REASONS]).makeOptionMandatory()),
).action(async (o: Common & { record: number; reason: (typeof mc.RETRACTION_REASONS)[number] }) =>
  withApi(o, async (api) => {
    await mc.retractRecord(api, await me(o), o.record, o.reason, sendOptions(o))
    out(`record ${o.record} retracted (${o.reason})`)
  }),
)
withChain(program.command('records').description("a patient's records").requiredOption('--patient <pseudonym>', "the patient's pseudonym", h256).option('--json', 'as JSON')).action(
  async (o: Common & { patient: string; json?: boolean }) =>
    withApi(o, async (api) => {
      const rows = []
      for (const id of await mc.recordsOf(api, o.patient)) rows.push({ id, ...(await mc.anchorOf(api, id)) })
      if (o.json) return out(JSON.stringify(rows, null, 2))
      for (const r of rows) out(`${r.id}\t${r.cid}\t${r.contentHash}\tby ${r.author}\tv${r.version}${r.supersededBy !== undefined ? `\tsuperseded by ${r.supersededBy}` : ''}${r.retraction ? `\tretracted (${r.retraction.reason})` : ''}`)
    }),
)
withChain(program.command('versions').description("a record's versions, oldest first").requiredOption('--record <id>', 'any version of the record', int('--record'))).action(
  async (o: Common & { record: number }) =>
    withApi(o, async (api) => {
      await mc.anchorOf(api, o.record)
      for (const id of await mc.versionsOf(api, o.record)) {
        const a = await mc.anchorOf(api, id)
        out(`${id}\tv${a.version}${a.supersededBy === undefined ? '\tcurrent' : ''}${a.retraction ? `\tretracted (${a.retraction.reason})` : ''}`)
      }
    }),
)
withKey(
  withIpfs(
    program
      .command('read')
      .description('read a record: fetch, decrypt, check against its anchor, and leave a read receipt in the audit trail')
      .requiredOption('--record <id>', 'the record', int('--record'))
      .requiredOption('--out <file>', "where to write it ('-' for stdout)")
      .option('--force', 'overwrite --out if it exists')
      .option('--allow-retracted', 'read a retracted or superseded record (exit 0 anyway)'),
  ),
).action(async (o: Common & { record: number; out: string; force?: boolean; allowRetracted?: boolean }) =>
  withApi(o, async (api) => {
    if (o.out !== '-' && !o.force && existsSync(o.out)) throw new UserError(`${o.out} exists; add --force to overwrite it`)
    const options = { ...sendOptions(o), onProgress: progress('fetching from IPFS') }
    // To a file: streamed into a temporary file, kept only once it matched its anchor.
    let r: { bytes: number; salt: Uint8Array; anchor: mc.Anchor }
    if (o.out === '-') {
      const read = await mc.readRecord(api, ipfsOf(o), await me(o), o.record, options)
      process.stdout.write(read.plaintext)
      r = { bytes: read.plaintext.length, salt: read.salt, anchor: read.anchor }
    } else {
      r = await readRecordToFile(api, ipfsOf(o), await me(o), o.record, o.out, options)
    }
    const note = r.anchor.retraction ? `RETRACTED (${r.anchor.retraction.reason}) at block ${r.anchor.retraction.at}` : r.anchor.supersededBy !== undefined ? `SUPERSEDED by record ${r.anchor.supersededBy}` : ''
    // The status goes to stdout, unless the record itself does.
    const status = o.out === '-' ? process.stderr : process.stdout
    status.write(`record ${o.record}: ${r.bytes} bytes, matches its anchor${o.out === '-' ? '' : `; written to ${o.out}`}\nsalt ${u8aToHex(r.salt)}\n`)
    if (note) process.stderr.write(`warning: this record was ${note}\n`)
    if (note && !o.allowRetracted) throw new UserError(`record ${o.record} was ${note}; read it anyway with --allow-retracted`)
  }),
)
withChain(
  program
    .command('verify')
    .description('is this file (with its salt) anchored? what the chain says about it')
    .requiredOption('--file <file>', 'the file')
    .requiredOption('--salt <hex>', 'its salt', h256),
).action(async (o: Common & { file: string; salt: string }) =>
  withApi(o, async (api) => {
    const proof = await mc.verifyFile(api, readInput(o.file), hexToU8a(o.salt))
    if (!proof) throw new UserError('this file (with this salt) is not anchored on MedChain', EXIT.notFound)
    out(JSON.stringify(proof, null, 2))
  }),
)

withKey(
  program
    .command('grant')
    .description("grant access to a patient's records (the patient or a guardian)")
    .requiredOption('--to <account>', 'the grantee', account)
    .option('--patient <pseudonym>', 'the patient (default: yours; a guardian names the ward)', h256)
    .option('--read-write', 'let the grantee anchor records too')
    .addOption(new Option('--purpose <purpose>', 'why').choices(['Treatment', 'Payment', 'Operations']).default('Treatment'))
    .option('--expires-at <block>', 'the block the grant ends at', int('--expires-at', 0, U32))
    .option('--kinds <kinds>', 'only these record kinds (comma-separated)', list(String))
    .option('--records <ids>', 'only these records (comma-separated)', list(int('--records'))),
).action(async (o: Common & { to: string; patient?: string; readWrite?: boolean; purpose: 'Treatment'; expiresAt?: number; kinds?: string[]; records?: number[] }) =>
  withApi(o, async (api) => {
    const by = await me(o)
    const patient = o.patient ?? (await mc.patientOf(api, by.address))
    const id = await mc.grant(api, by, patient, o.to, { ...sendOptions(o), permission: o.readWrite ? 'ReadWrite' : 'Read', purpose: o.purpose, expiresAt: o.expiresAt, kinds: o.kinds, records: o.records })
    out(`grant ${id}`)
  }),
)
withKey(program.command('revoke').description('revoke a grant (its envelopes go with it)').requiredOption('--grant <id>', 'the grant', int('--grant'))).action(async (o: Common & { grant: number }) =>
  withApi(o, async (api) => {
    const sent = await mc.revoke(api, await me(o), o.grant, sendOptions(o))
    const removed = sent.events.find((e) => e.method === 'AccessRevoked')?.data
    out(`grant ${o.grant} revoked; ${Number(removed?.envelopesRemoved ?? 0)} key envelopes removed (what the grantee already read, it keeps)`)
  }),
)
withKey(program.command('share').description("share a record's key with a provider who may read it").requiredOption('--record <id>', 'the record', int('--record')).requiredOption('--to <account>', 'the recipient', account)).action(
  async (o: Common & { record: number; to: string }) =>
    withApi(o, async (api) => {
      await mc.shareKey(api, await me(o), o.record, o.to, sendOptions(o))
      out(`record ${o.record}'s key shared with ${o.to}`)
    }),
)
withKey(program.command('unshare').description("remove a party's key envelope for a record").requiredOption('--record <id>', 'the record', int('--record')).requiredOption('--from <account>', 'the party', account)).action(
  async (o: Common & { record: number; from: string }) =>
    withApi(o, async (api) => {
      await mc.removeEnvelope(api, await me(o), o.record, o.from, sendOptions(o))
      out(`${o.from}'s key envelope for record ${o.record} removed`)
    }),
)
withKey(
  program
    .command('request')
    .description("ask a patient for access (insurers, researchers, other providers)")
    .requiredOption('--patient <pseudonym>', 'the patient', h256)
    .requiredOption('--duration <blocks>', 'how long the access would last', int('--duration', 1, U32))
    .addOption(new Option('--purpose <purpose>', 'why').choices(['Treatment', 'Payment', 'Operations', 'Research']).default('Payment'))
    .option('--kinds <kinds>', 'only these record kinds', list(String))
    .option('--records <ids>', 'only these records', list(int('--records')))
    .option('--ethics-approval <hash>', 'research: the ethics approval document (salted hash)', h256)
    .option('--approved-by <account>', 'research: the body that approved it', account),
).action(async (o: Common & { patient: string; duration: number; purpose: 'Payment'; kinds?: string[]; records?: number[]; ethicsApproval?: string; approvedBy?: string }) =>
  withApi(o, async (api) => {
    if (!o.ethicsApproval !== !o.approvedBy) throw new UserError('give both --ethics-approval and --approved-by, or neither', EXIT.usage)
    const research = o.ethicsApproval ? { ethicsApproval: o.ethicsApproval, approvedBy: o.approvedBy as string } : undefined
    const id = await mc.requestAccess(api, await me(o), o.patient, { ...sendOptions(o), durationBlocks: o.duration, purpose: o.purpose, kinds: o.kinds, records: o.records, research })
    out(`request ${id}`)
  }),
)
withChain(program.command('requests').description("a patient's access requests").requiredOption('--patient <pseudonym>', 'the patient', h256)).action(async (o: Common & { patient: string }) =>
  withApi(o, async (api) => out(JSON.stringify(await mc.requestsOf(api, o.patient), null, 2))),
)
for (const [name, what] of [['approve', 'approve a request (creates a grant)'], ['deny', 'deny a request'], ['cancel', 'withdraw your own request']] as const) {
  withKey(program.command(name).description(what).requiredOption('--request <id>', 'the request', int('--request'))).action(async (o: Common & { request: number }) =>
    withApi(o, async (api) => {
      const by = await me(o)
      if (name === 'cancel') {
        await send(api, by.account, api.tx.consent.cancelRequest(o.request), sendOptions(o))
        return out(`request ${o.request} cancelled`)
      }
      const grant = await mc.decideRequest(api, by, o.request, name === 'approve', sendOptions(o))
      out(name === 'approve' ? `request ${o.request} approved: grant ${grant}` : `request ${o.request} denied`)
    }),
  )
}
withKey(program.command('clean-expired').description("remove a patient's expired grants and their envelopes (anyone)").requiredOption('--patient <pseudonym>', 'the patient', h256).option('--limit <n>', 'at most this many', int('--limit', 1, 1000), 50)).action(
  async (o: Common & { patient: string; limit: number }) =>
    withApi(o, async (api) => {
        await send(api, (await me(o)).account, api.tx.consent.cleanExpired(o.patient, o.limit), sendOptions(o))
      out(`expired grants of ${o.patient} cleaned`)
    }),
)
withChain(program.command('audit').description("a patient's audit trail").requiredOption('--patient <pseudonym>', 'the patient', h256).option('--fhir', 'as FHIR R4 AuditEvents')).action(
  async (o: Common & { patient: string; fhir?: boolean }) =>
    withApi(o, async (api) => {
      const entries = await mc.auditTrail(api, o.patient)
      out(o.fhir ? JSON.stringify(await auditEvents(api, o.patient, entries), null, 2) : await auditTable(api, entries))
    }),
)
withChain(program.command('consents').description("a patient's grants as FHIR R4 Consents").requiredOption('--patient <pseudonym>', 'the patient', h256)).action(async (o: Common & { patient: string }) =>
  withApi(o, async (api) => out(JSON.stringify(await consents(api, o.patient, await mc.grantsOf(api, o.patient)), null, 2))),
)

// ---- patients' own calls ----
const patientCommand = program.command('patient').description("patients: break-glass policy, erasure")
withKey(
  patientCommand
    .command('policy')
    .description('set the break-glass policy (the patient or a guardian)')
    .requiredOption('--patient <pseudonym>', 'the patient', h256)
    .option('--no-break-glass', 'never allow break-glass access')
    .requiredOption('--approvals <n>', 'emergency approvals a session needs', int('--approvals', 1, 255)),
).action(async (o: Common & { patient: string; breakGlass: boolean; approvals: number }) =>
  withApi(o, async (api) => {
    await mc.setEmergencyPolicy(api, await me(o), o.patient, { allowed: o.breakGlass, approvals: o.approvals }, sendOptions(o))
    out(`break-glass ${o.breakGlass ? `allowed with ${o.approvals} approvals` : 'not allowed'}${o.breakGlass ? '; if the threshold changed, set the emergency key again (`medchain emergency-key set`)' : ''}`)
  }),
)
withKey(patientCommand.command('erase').description('erase your registration (right to erasure); cannot be undone').option('--yes', 'yes, erase it')).action(
  async (o: Common & { yes?: boolean }) =>
    withApi(o, async (api) => {
      if (!o.yes) throw new UserError('erasure cannot be undone: add --yes', EXIT.usage)
      const by = await me(o)
      const pseudonym = await mc.patientOf(api, by.address)
      await mc.erasePatient(api, by, sendOptions(o))
      out(`patient ${pseudonym} erased: no key envelope for its records is left on chain; its anchors stay as proofs`)
    }),
)
const guardian = program.command('guardian').description("guardians: accepted by the guardian, named by the patient")
withKey(
  guardian
    .command('accept')
    .description("the future guardian signs their acceptance (on their own device) for the patient to submit")
    .requiredOption('--patient <pseudonym>', 'the patient', h256)
    .requiredOption('--out <file>', 'the acceptance file to write'),
).action(async (o: Common & { patient: string; out: string }) =>
  withApi(o, async (api) => {
    const a = await mc.signGuardianAcceptance(api, await me(o), o.patient)
    writeFileSync(o.out, JSON.stringify(a, null, 2) + '\n', { flag: 'wx' })
    out(`acceptance written to ${o.out}; valid until block ${a.deadline}, and only until you send another transaction`)
  }),
)
withKey(guardian.command('add').description('the patient names a guardian with their acceptance').requiredOption('--acceptance <file>', "the guardian's signed acceptance")).action(
  async (o: Common & { acceptance: string }) =>
    withApi(o, async (api) => {
      let a: mc.GuardianAcceptance
      try {
        a = JSON.parse(new TextDecoder().decode(readInput(o.acceptance))) as mc.GuardianAcceptance
      } catch (e) {
        if (e instanceof UserError) throw e
        throw new UserError(`${o.acceptance} is not a guardian acceptance`)
      }
      await mc.addGuardian(api, await me(o), a, sendOptions(o))
      out(`${a.guardian} is now a guardian of ${a.patient}`)
    }),
)
withKey(
  guardian
    .command('remove')
    .description('the patient removes a guardian, or a guardian steps down')
    .requiredOption('--patient <pseudonym>', 'the patient', h256)
    .requiredOption('--guardian <account>', 'the guardian', account),
).action(async (o: Common & { patient: string; guardian: string }) =>
  withApi(o, async (api) => {
    await mc.removeGuardian(api, await me(o), o.patient, o.guardian, sendOptions(o))
    out(`${o.guardian} is no longer a guardian of ${o.patient}`)
  }),
)

// ---- providers ----
const statusOption = () => new Option('--status <status>', 'the new status').choices(['Active', 'Suspended']).makeOptionMandatory()
const organization = program.command('organization').description('organizations (governance: sudo or a council motion)')
withKey(organization.command('status').description('suspend or reactivate an organization').requiredOption('--account <account>', 'the organization', account).addOption(statusOption()).addOption(viaOption())).action(
  async (o: Common & { account: string; status: mc.ProviderStatus; via: Via }) =>
    withApi(o, async (api) => governed(api, await me(o), mc.organizationCalls.setStatus(api, o.account, o.status), o.via, o, `organization ${o.account}: ${o.status}`)),
)
withKey(organization.command('remove').description('remove an organization (its staff and grants go with it)').requiredOption('--account <account>', 'the organization', account).addOption(viaOption())).action(
  async (o: Common & { account: string; via: Via }) => withApi(o, async (api) => governed(api, await me(o), mc.organizationCalls.remove(api, o.account), o.via, o, `organization ${o.account} removed`)),
)
withKey(
  organization
    .command('credential')
    .description("replace an organization's credential")
    .requiredOption('--account <account>', 'the organization', account)
    .requiredOption('--credential-file <file>', 'its accreditation document (its salted hash goes on chain)')
    .addOption(viaOption()),
).action(async (o: Common & { account: string; credentialFile: string; via: Via }) =>
  withApi(o, async (api) => governed(api, await me(o), mc.organizationCalls.setCredential(api, o.account, saltedDocumentHash(o.credentialFile)), o.via, o, `organization ${o.account}: credential replaced`)),
)
const practitioner = program.command('practitioner').description("an organization's practitioners (signed by the organization)")
withKey(practitioner.command('status').description('suspend or reactivate a practitioner').requiredOption('--account <account>', 'the practitioner', account).addOption(statusOption())).action(
  async (o: Common & { account: string; status: mc.ProviderStatus }) =>
    withApi(o, async (api) => {
      await mc.practitioners.setStatus(api, await me(o), o.account, o.status, sendOptions(o))
      out(`practitioner ${o.account}: ${o.status}`)
    }),
)
withKey(practitioner.command('remove').description('remove a practitioner (their envelopes go)').requiredOption('--account <account>', 'the practitioner', account)).action(
  async (o: Common & { account: string }) =>
    withApi(o, async (api) => {
      await mc.practitioners.remove(api, await me(o), o.account, sendOptions(o))
      out(`practitioner ${o.account} removed`)
    }),
)
withKey(
  practitioner
    .command('credential')
    .description("replace a practitioner's credential")
    .requiredOption('--account <account>', 'the practitioner', account)
    .requiredOption('--credential-file <file>', 'their licence (its salted hash goes on chain)'),
).action(async (o: Common & { account: string; credentialFile: string }) =>
  withApi(o, async (api) => {
    await mc.practitioners.setCredential(api, await me(o), o.account, saltedDocumentHash(o.credentialFile), sendOptions(o))
    out(`practitioner ${o.account}: credential replaced`)
  }),
)

// ---- the emergency key and break-glass ----
const ekey = program.command('emergency-key').description("the patient's emergency key, escrowed with the emergency authorities")
withKey(
  ekey
    .command('set')
    .description('set or rotate your emergency key (split among the authorities) and wrap your records for it')
    .requiredOption('--patient <pseudonym>', 'the patient (yours, or your ward as a guardian)', h256)
    .option('--authorities <accounts>', 'share holders (default: every emergency authority)', list(account)),
).action(async (o: Common & { patient: string; authorities?: string[] }) =>
  withApi(o, async (api) => {
    const r = await mc.setEmergencyKey(api, await me(o), o.patient, { ...sendOptions(o), authorities: o.authorities })
    out(`emergency key version ${r.version} set: ${r.threshold} of ${r.authorities.length} authorities rebuild it; ${r.envelopes} record(s) wrapped for it${r.skipped.length ? `; skipped ${r.skipped.join(', ')} (retracted or no key)` : ''}`)
  }),
)
withKey(ekey.command('post').description("wrap the patient's records for the current emergency key (records anchored without it)").requiredOption('--patient <pseudonym>', 'the patient', h256)).action(
  async (o: Common & { patient: string }) =>
    withApi(o, async (api) => {
      const r = await mc.postEmergencyEnvelopes(api, await me(o), o.patient, sendOptions(o))
      out(`${r.posted} record(s) wrapped for the emergency key${r.skipped.length ? `; skipped ${r.skipped.join(', ')}` : ''}`)
    }),
)
withChain(ekey.command('status').description("the patient's emergency key: version, threshold, holders, exposure").requiredOption('--patient <pseudonym>', 'the patient', h256)).action(
  async (o: Common & { patient: string }) =>
    withApi(o, async (api) => {
      const k = await mc.emergencyKeyOf(api, o.patient)
      if (!k) throw new UserError(`patient ${o.patient} has no emergency key`, EXIT.notFound)
      out(`version ${k.version}\nthreshold ${k.threshold} of ${k.shares.length}\nholders ${k.shares.map((s) => s.authority).join(', ')}\n${k.exposedIn === undefined ? 'not exposed' : `EXPOSED in session ${k.exposedIn}: rotate it with \`medchain emergency-key set\``}`)
    }),
)

const bg = program.command('break-glass').description('emergency access when the patient cannot consent')
withKey(
  bg
    .command('open')
    .description('responders: open a session (it needs the emergency authorities\' approvals)')
    .requiredOption('--patient <pseudonym>', 'the patient', h256)
    .requiredOption('--justification-file <file>', 'your written justification (its salted hash goes on chain; the salt is written beside it)')
    .addOption(new Option('--reason <reason>', 'the reason').choices(mc.EMERGENCY_REASONS).default('EmergencyTreatment')),
).action(async (o: Common & { patient: string; justificationFile: string; reason: mc.EmergencyReason }) =>
  withApi(o, async (api) => {
    const id = await mc.openSession(api, await me(o), o.patient, o.reason, hexToU8a(saltedDocumentHash(o.justificationFile)), sendOptions(o))
    out(`session ${id} opened; it needs the emergency authorities' approvals`)
  }),
)
for (const [name, what] of [['approve', 'authorities: approve a session'], ['release', "authorities: release your share of the patient's emergency key to the responder"], ['close', 'end a session early'], ['clean', 'clean up an ended session (anyone)']] as const) {
  withKey(bg.command(name).description(what).requiredOption('--session <id>', 'the session', int('--session'))).action(async (o: Common & { session: number }) =>
    withApi(o, async (api) => {
      const by = await me(o)
      if (name === 'release') await mc.releaseKeyShare(api, by, o.session, sendOptions(o))
      else await mc.breakGlass[name](api, by, o.session, sendOptions(o))
      out(`session ${o.session}: ${{ approve: 'approved', release: 'key share released to the responder', close: 'closed', clean: 'cleaned' }[name]}`)
    }),
  )
}
withKey(
  withIpfs(
    bg
      .command('read')
      .description("responders: rebuild the patient's emergency key from the released shares and read the records")
      .requiredOption('--session <id>', 'your session', int('--session'))
      .requiredOption('--out-dir <dir>', 'where to write the records (record-<id>)')
      .option('--records <ids>', 'only these records', list(int('--records'))),
  ),
).action(async (o: Common & { session: number; outDir: string; records?: number[] }) =>
  withApi(o, async (api) => {
    if (!existsSync(o.outDir) || !statSync(o.outDir).isDirectory()) throw new UserError(`${o.outDir} is not a directory`, EXIT.notFound)
    for (const id of o.records ?? []) if (existsSync(`${o.outDir}/record-${id}`)) throw new UserError(`${o.outDir}/record-${id} exists`)
    const r = await mc.breakGlassRead(api, ipfsOf(o), await me(o), o.session, { ...sendOptions(o), records: o.records })
    for (const rec of r.records) {
      writeSecret(`${o.outDir}/record-${rec.record}`, rec.plaintext)
      out(`record ${rec.record}: ${rec.plaintext.length} bytes, matches its anchor; written to ${o.outDir}/record-${rec.record}${rec.anchor.retraction ? ` (RETRACTED: ${rec.anchor.retraction.reason})` : rec.anchor.supersededBy !== undefined ? ` (superseded by ${rec.anchor.supersededBy})` : ''}`)
    }
    if (r.wrongShares.length) process.stderr.write(`warning: wrong key shares released by ${r.wrongShares.join(', ')}; report them\n`)
    if (r.failed.length) throw new UserError(`${r.records.length} record(s) read; refused ${r.failed.map((f) => f.reason).join('; ')}`)
  }),
)
withKey(
  bg
    .command('review')
    .description('authorities: record the review of an ended session')
    .requiredOption('--session <id>', 'the session', int('--session'))
    .requiredOption('--finding-file <file>', 'the written finding (its salted hash goes on chain)')
    .option('--justified', 'the session was justified')
    .option('--unjustified', 'the session was not justified'),
).action(async (o: Common & { session: number; findingFile: string; justified?: boolean; unjustified?: boolean }) =>
  withApi(o, async (api) => {
    if (!o.justified === !o.unjustified) throw new UserError('give exactly one of --justified and --unjustified', EXIT.usage)
    await mc.breakGlass.review(api, await me(o), o.session, !!o.justified, hexToU8a(saltedDocumentHash(o.findingFile)), sendOptions(o))
    out(`session ${o.session} reviewed: ${o.justified ? 'justified' : 'unjustified'}`)
  }),
)
withChain(bg.command('list').description("a patient's break-glass sessions").requiredOption('--patient <pseudonym>', 'the patient', h256)).action(async (o: Common & { patient: string }) =>
  withApi(o, async (api) => out(JSON.stringify(await mc.sessionsOf(api, o.patient), null, 2))),
)
const authority = program.command('authority').description('emergency authorities (governance)')
for (const name of ['add', 'remove'] as const) {
  withKey(authority.command(name).description(`${name} an emergency authority (an emergency service)`).requiredOption('--account <account>', "the organization's account", account).addOption(viaOption())).action(
    async (o: Common & { account: string; via: Via }) =>
      withApi(o, async (api) => {
        const call = name === 'add' ? api.tx.emergency.addAuthority(o.account) : api.tx.emergency.removeAuthority(o.account)
        await governed(api, await me(o), call, o.via, o, `emergency authority ${o.account} ${name === 'add' ? 'added' : 'removed'}`)
      }),
  )
}

// ---- council ----
const council = program.command('council').description('council motions: governance once sudo is removed')
withKey(
  council
    .command('vote')
    .description('vote on a motion')
    .requiredOption('--motion <hash>', "the motion's hash", h256)
    .requiredOption('--index <n>', "the motion's index", int('--index', 0, U32))
    .option('--aye', 'vote for')
    .option('--nay', 'vote against'),
).action(async (o: Common & { motion: string; index: number; aye?: boolean; nay?: boolean }) =>
  withApi(o, async (api) => {
    if (!o.aye === !o.nay) throw new UserError('give exactly one of --aye and --nay', EXIT.usage)
    await vote(api, await me(o), o.motion, o.index, !!o.aye, sendOptions(o))
    out(`voted ${o.aye ? 'aye' : 'nay'} on motion ${o.index}`)
  }),
)
withKey(council.command('close').description('close a motion that has its votes: it executes').requiredOption('--motion <hash>', "the motion's hash", h256).requiredOption('--index <n>', "the motion's index", int('--index', 0, U32))).action(
  async (o: Common & { motion: string; index: number }) =>
    withApi(o, async (api) => {
      await close(api, await me(o), o.motion, o.index, sendOptions(o))
      out(`motion ${o.index} closed and executed`)
    }),
)

const archiveCommand = program.command('archive').description("bulk archive anchoring: one root over an organization's existing documents, each proved later and promoted to a record when shared")
archiveCommand
  .command('build')
  .description('build the archive tree of a directory (every regular file, salted) and write its manifest (0600: it holds the salts)')
  .argument('<dir>', 'the directory')
  .requiredOption('--manifest <file>', 'the manifest to write (JSON Lines)')
  .option('--overwrite', 'replace an existing manifest')
  .action(async (dir: string, o: { manifest: string; overwrite?: boolean }) => {
    const started = process.hrtime.bigint()
    const r = await buildArchive(dir, o.manifest, { overwrite: o.overwrite })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    out(`root ${r.root}
documents ${r.leaves}${r.skipped ? `
skipped ${r.skipped} (symbolic links, special files)` : ''}
manifest ${r.manifest}
${Math.round(r.leaves / Math.max(seconds, 1e-6))} documents/s`)
  })
withKey(
  archiveCommand
    .command('anchor')
    .description("anchor a manifest's root on chain (signed by the organization)")
    .requiredOption('--manifest <file>', 'the manifest (`medchain archive build`)'),
).action(async (o: Common & { manifest: string }) =>
  withApi(o, async (api) => {
    const manifest = readManifest(o.manifest)
    let next = await manifest.next()
    while (!next.done) next = await manifest.next()
    const { root, leaves } = next.value
    const archive = await mc.anchorArchive(api, await me(o), root, leaves, sendOptions(o))
    out(`archive ${archive}
root ${root}
documents ${leaves}`)
  }),
)
archiveCommand
  .command('prove')
  .description("a document's proof from the manifest (0600: it holds the document's salt)")
  .requiredOption('--manifest <file>', 'the manifest')
  .requiredOption('--document <path-or-index>', 'the document: its path in the manifest, or its index')
  .option('--archive <id>', "the archive's id on chain", int('--archive'))
  .requiredOption('--out <file>', 'where to write the proof (JSON)')
  .action(async (o: { manifest: string; document: string; archive?: number; out: string }) => {
    const which = /^\d+$/.test(o.document) ? Number(o.document) : o.document
    const proof = await proveDocument(o.manifest, which, { archive: o.archive })
    writeSecret(o.out, proofToJson(proof))
    out(`document ${proof.index} of ${proof.leaves}: proof written to ${o.out}`)
  })
withChain(
  archiveCommand
    .command('verify')
    .description('is this document in that anchored archive? (with --file: and is this file the document?)')
    .requiredOption('--proof <file>', 'the proof (`medchain archive prove`)')
    .option('--file <file>', 'the document, checked against the proof first'),
).action(async (o: Common & { proof: string; file?: string }) =>
  withApi(o, async (api) => {
    const proof = proofFromJson(readSecret(o.proof, 'proof').toString('utf8'))
    if (o.file !== undefined && !(await checkDocument(o.file, proof))) throw new UserError(`${o.file} is not the document of this proof`, EXIT.failed)
    const r = await mc.verifyArchived(api, proof)
    if (!r.ok) throw new UserError(`the document is not proved in archive ${proof.archive}: ${r.reason}`, r.reason === 'UnknownArchive' ? EXIT.notFound : EXIT.failed)
    out(JSON.stringify(r, null, 2))
  }),
)
withKey(
  withIpfs(
    archiveCommand
      .command('promote')
      .description('promote an archived document to a record of a patient (the archive\'s organization or its practitioner, who may write for the patient)')
      .requiredOption('--proof <file>', 'the proof (`medchain archive prove --archive`)')
      .requiredOption('--file <file>', 'the document')
      .requiredOption('--patient <pseudonym>', "the patient's pseudonym", h256)
      .requiredOption('--kind <kind>', `${mc.RECORD_KINDS.join(', ')} or a FHIR resource type`),
  ),
).action(async (o: Common & { proof: string; file: string; patient: string; kind: string }) =>
  withApi(o, async (api) => {
    const proof = proofFromJson(readSecret(o.proof, 'proof').toString('utf8'))
    const ipfs = ipfsOf(o)
    await ipfs.version()
    const a = await mc.promoteArchived(api, ipfs, await me(o), o.patient, proof, fileContent(o.file), o.kind, { ...sendOptions(o), onProgress: progress('storing on IPFS') })
    out(`record ${a.record}\ncid ${a.cid}\ncontent hash ${a.contentHash}\narchived in archive ${proof.archive} as document ${proof.index}`)
  }),
)

// ---- running ----
// polkadot.js logs failed RPC calls to the console itself; the CLI reports each failure once,
// as one line (set MEDCHAIN_DEBUG to see everything).
if (!process.env.MEDCHAIN_DEBUG) {
  const quiet = (...args: unknown[]) => {
    if (/RPC-CORE|API\/INIT|API-WS|REGISTRY|METADATA/.test(args.map(String).join(' '))) return
    process.stderr.write(args.map(String).join(' ') + '\n')
  }
  console.error = quiet
  console.warn = quiet
}

program.parseAsync(process.argv).then(
  () => process.exit(EXIT.ok),
  (e: Error) => {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were printed already.
      process.exit(e.exitCode === 0 ? EXIT.ok : EXIT.usage)
    }
    if (e instanceof UserError) process.stderr.write(`medchain: ${e.message}\n`)
    else process.stderr.write(`medchain: unexpected error: ${e.message}${process.env.MEDCHAIN_DEBUG ? `\n${e.stack}` : ''}\n`)
    process.exit(e instanceof UserError ? e.exitCode : EXIT.failed)
  },
)
