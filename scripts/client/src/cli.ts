#!/usr/bin/env node
// `medchain`: the command line for MedChain's flows. Run `medchain help`.
import './polyfill.js'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util'
import type { ApiPromise } from '@polkadot/api'
import type { u64, Vec } from '@polkadot/types'
import { connect, send } from './chain.js'
import { UserError } from './errors.js'
import { Ipfs, type Progress } from './ipfs.js'
import { backupKeyFile, createKeyFile, loadIdentity, restoreKeyFile } from './keys.js'
import { sha256 } from './crypto.js'
import * as mc from './medchain.js'
import { auditEvents, auditTable, consents } from './fhir.js'

const HELP = `medchain: MedChain's client (keys, records on IPFS, consent, break-glass)

Global options: --node ws://127.0.0.1:9944 (or MEDCHAIN_WS_URL), --ipfs http://127.0.0.1:5001
(or MEDCHAIN_IPFS; any node with the kubo RPC API).

  keys new --out FILE [--suri URI]            new sr25519 account + X25519 encryption key (0600)
  keys show --key FILE                        the account and public encryption key
  keys backup --key FILE --out FILE --passphrase-file FILE
  keys restore --backup FILE --out FILE --passphrase-file FILE
  pseudonym --secret-file FILE --id IDENTIFIER   HMAC-SHA256 pseudonym of a patient
  register organization --key SUDO --org-key FILE --kind Hospital [--credential TEXT]   (bootstrap, by sudo)
  register practitioner --key ORG --practitioner-key FILE --role Physician
  register patient --key PRACTITIONER --patient-key FILE --pseudonym HEX [--approvals N] [--no-break-glass]
  anchor --key AUTHOR --patient PSEUDONYM --file PATH --kind KIND      encrypt, store on IPFS, anchor
  records --patient PSEUDONYM                 the patient's records
  grant --key PATIENT --to ACCOUNT [--read-write] [--purpose Treatment] [--expires-at BLOCK]
        [--kinds K1,K2] [--records R1,R2]
  revoke --key PATIENT --grant ID
  share --key HOLDER --record ID --to ACCOUNT      wrap the record's key for ACCOUNT
  unshare --key HOLDER --record ID --from ACCOUNT
  request --key PARTY --patient PSEUDONYM --duration BLOCKS [--purpose Payment]
  approve --key PATIENT --request ID  |  deny --key PATIENT --request ID
  read --key READER --record ID --out PATH    fetch, decrypt, check against the anchor
  verify --file PATH --salt HEX               is this file (with its salt) anchored?
  audit --patient PSEUDONYM [--fhir]          the audit trail: a table, or FHIR AuditEvents
  consents --patient PSEUDONYM                the grants as FHIR Consent resources
  break-glass open --key RESPONDER --patient P --reason EmergencyTreatment --justification-file F
  break-glass approve|close --key KEY --session ID
  break-glass review --key AUDITOR --session ID (--justified | --unjustified) --finding-file F
  break-glass list --patient PSEUDONYM
`

type Args = { positional: string[]; flags: Map<string, string | true> }

function parse(argv: string[]): Args {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--')) {
      const next = argv[i + 1]
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(a.slice(2), next)
        i++
      } else flags.set(a.slice(2), true)
    } else positional.push(a)
  }
  return { positional, flags }
}

function opt(args: Args, name: string): string | undefined {
  const v = args.flags.get(name)
  if (v === true) throw new UserError(`--${name} needs a value`)
  return v
}

function need(args: Args, name: string): string {
  const v = opt(args, name)
  if (v === undefined) throw new UserError(`--${name} is required (see \`medchain help\`)`)
  return v
}

function num(args: Args, name: string): number {
  const v = need(args, name)
  if (!/^\d+$/.test(v)) throw new UserError(`--${name} must be a number, not '${v}'`)
  return Number(v)
}

function h256(args: Args, name: string): string {
  const v = need(args, name)
  if (!isHex(v, 256)) throw new UserError(`--${name} must be 0x followed by 64 hex digits`)
  return v
}

function readInput(path: string): Uint8Array {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file')
    return readFileSync(path)
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`)
  }
}

function progress(label: string): Progress | undefined {
  if (!process.stderr.isTTY) return undefined
  return (done, total) => {
    if (total < 1 << 20) return
    process.stderr.write(`\r${label}: ${Math.floor((done / total) * 100)}% of ${(total / (1 << 20)).toFixed(1)} MiB${done >= total ? '\n' : ''}`)
  }
}

async function withApi<T>(args: Args, f: (api: ApiPromise) => Promise<T>): Promise<T> {
  const api = await connect(opt(args, 'node') ?? process.env.MEDCHAIN_WS_URL ?? 'ws://127.0.0.1:9944')
  try {
    return await f(api)
  } finally {
    await api.disconnect()
  }
}

const ipfsOf = (args: Args) => new Ipfs(opt(args, 'ipfs') ?? process.env.MEDCHAIN_IPFS ?? 'http://127.0.0.1:5001')
const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined)

async function run(argv: string[]): Promise<void> {
  const args = parse(argv)
  const [command, sub] = args.positional
  const key = () => loadIdentity(need(args, 'key'))
  switch (command) {
    case undefined:
    case 'help':
      process.stdout.write(HELP)
      return
    case 'keys': {
      if (sub === 'new') {
        const file = await createKeyFile(need(args, 'out'), opt(args, 'suri'))
        console.log(`account ${file.account}\nencryption key ${file.encryption.publicKey}\nwritten to ${need(args, 'out')} (0600); back it up with \`medchain keys backup\``)
      } else if (sub === 'show') {
        const id = await key()
        console.log(`account ${id.address}\nencryption key ${u8aToHex(id.encryptionPublic)}`)
      } else if (sub === 'backup') {
        backupKeyFile(need(args, 'key'), need(args, 'out'), readFileSync(need(args, 'passphrase-file'), 'utf8').trim())
        console.log(`encrypted backup written to ${need(args, 'out')} (0600)`)
      } else if (sub === 'restore') {
        restoreKeyFile(need(args, 'backup'), need(args, 'out'), readFileSync(need(args, 'passphrase-file'), 'utf8').trim())
        console.log(`key file restored to ${need(args, 'out')} (0600)`)
      } else throw new UserError(`unknown keys command '${sub ?? ''}' (new, show, backup, restore)`)
      return
    }
    case 'pseudonym':
      console.log(mc.pseudonym(readInput(need(args, 'secret-file')), need(args, 'id')))
      return
    case 'register':
      return withApi(args, async (api) => {
        const by = await key()
        const t = api.tx
        if (sub === 'organization') {
          const org = await loadIdentity(need(args, 'org-key'))
          const credential = u8aToHex(sha256(Buffer.from(opt(args, 'credential') ?? '')))
          const inner = t.providers.registerOrganization(org.address, need(args, 'kind'), u8aToHex(org.encryptionPublic), credential)
          await send(api, by.pair, t.sudo.sudo(inner))
          console.log(`organization ${org.address} registered`)
        } else if (sub === 'practitioner') {
          const p = await loadIdentity(need(args, 'practitioner-key'))
          await send(api, by.pair, t.providers.registerPractitioner(p.address, need(args, 'role'), u8aToHex(p.encryptionPublic), u8aToHex(sha256(Buffer.from(opt(args, 'credential') ?? '')))))
          console.log(`practitioner ${p.address} registered`)
        } else if (sub === 'patient') {
          const p = await loadIdentity(need(args, 'patient-key'))
          const approvals = opt(args, 'approvals') ? num(args, 'approvals') : 2
          await mc.registerPatientFor(api, by, p, h256(args, 'pseudonym'), { allowed: !args.flags.has('no-break-glass'), approvals })
          console.log(`patient ${h256(args, 'pseudonym')} registered for ${p.address}`)
        } else throw new UserError(`unknown register command '${sub ?? ''}' (organization, practitioner, patient)`)
      })
    case 'anchor':
      return withApi(args, async (api) => {
        const data = readInput(need(args, 'file'))
        const author = await key()
        const ipfs = ipfsOf(args)
        await ipfs.version()
        const a = await mc.anchorFile(api, ipfs, author, h256(args, 'patient'), data, need(args, 'kind'), progress('storing on IPFS'))
        console.log(`record ${a.record}\ncid ${a.cid}\ncontent hash ${a.contentHash}`)
      })
    case 'records':
      return withApi(args, async (api) => {
        const ids = (await api.call.recordsApi.recordsOf<Vec<u64>>(h256(args, 'patient'), 0, 100)).map((x) => x.toNumber())
        for (const id of ids) {
          const a = await mc.anchorOf(api, id)
          console.log(`${id}\t${a.cid}\t${a.contentHash}\tby ${a.author}${a.retracted ? '\tretracted' : ''}`)
        }
      })
    case 'grant':
      return withApi(args, async (api) => {
        const by = await key()
        const patient = await mc.patientOf(api, by.address).catch(() => h256(args, 'patient'))
        const id = await mc.grant(api, by, patient, need(args, 'to'), {
          permission: args.flags.has('read-write') ? 'ReadWrite' : 'Read',
          purpose: (opt(args, 'purpose') as 'Treatment') ?? 'Treatment',
          expiresAt: opt(args, 'expires-at') ? num(args, 'expires-at') : undefined,
          kinds: list(opt(args, 'kinds')),
          records: list(opt(args, 'records'))?.map(Number),
        })
        console.log(`grant ${id}`)
      })
    case 'revoke':
      return withApi(args, async (api) => {
        const sent = await mc.revoke(api, await key(), num(args, 'grant'))
        const removed = sent.events.find((e) => e.method === 'AccessRevoked')?.data
        console.log(`grant ${num(args, 'grant')} revoked; ${Number(removed?.envelopesRemoved ?? 0)} key envelopes removed`)
      })
    case 'share':
      return withApi(args, async (api) => {
        await mc.shareKey(api, await key(), num(args, 'record'), need(args, 'to'))
        console.log(`record ${num(args, 'record')}'s key shared with ${need(args, 'to')}`)
      })
    case 'unshare':
      return withApi(args, async (api) => {
        await mc.removeEnvelope(api, await key(), num(args, 'record'), need(args, 'from'))
        console.log(`${need(args, 'from')}'s key envelope for record ${num(args, 'record')} removed`)
      })
    case 'request':
      return withApi(args, async (api) => {
        const id = await mc.requestAccess(api, await key(), h256(args, 'patient'), {
          durationBlocks: num(args, 'duration'),
          purpose: (opt(args, 'purpose') as 'Payment') ?? 'Payment',
          kinds: list(opt(args, 'kinds')),
          records: list(opt(args, 'records'))?.map(Number),
        })
        console.log(`request ${id}`)
      })
    case 'approve':
    case 'deny':
      return withApi(args, async (api) => {
        const grant = await mc.decideRequest(api, await key(), num(args, 'request'), command === 'approve')
        console.log(command === 'approve' ? `request ${num(args, 'request')} approved: grant ${grant}` : `request ${num(args, 'request')} denied`)
      })
    case 'read':
      return withApi(args, async (api) => {
        const reader = await key()
        const out = need(args, 'out')
        const { plaintext, salt } = await mc.readRecord(api, ipfsOf(args), reader, num(args, 'record'), progress('fetching from IPFS'))
        writeFileSync(out, plaintext, { mode: 0o600 })
        console.log(`record ${num(args, 'record')}: ${plaintext.length} bytes, matches its anchor; written to ${out}\nsalt ${u8aToHex(salt)}`)
      })
    case 'verify':
      return withApi(args, async (api) => {
        const salt = need(args, 'salt')
        if (!isHex(salt, 256)) throw new UserError('--salt must be 0x followed by 64 hex digits')
        const proof = await mc.verifyFile(api, readInput(need(args, 'file')), hexToU8a(salt))
        if (!proof) throw new UserError('this file (with this salt) is not anchored on MedChain')
        console.log(JSON.stringify(proof, null, 2))
      })
    case 'audit':
      return withApi(args, async (api) => {
        const patient = h256(args, 'patient')
        const entries = await mc.auditTrail(api, patient)
        console.log(args.flags.has('fhir') ? JSON.stringify(await auditEvents(api, patient, entries), null, 2) : await auditTable(api, entries))
      })
    case 'consents':
      return withApi(args, async (api) => {
        const patient = h256(args, 'patient')
        console.log(JSON.stringify(await consents(api, patient, await mc.grantsOf(api, patient)), null, 2))
      })
    case 'break-glass':
      return withApi(args, async (api) => {
        if (sub === 'list') {
          console.log(JSON.stringify(await mc.sessionsOf(api, h256(args, 'patient')), null, 2))
          return
        }
        const by = await key()
        if (sub === 'open') {
          const justification = sha256(readInput(need(args, 'justification-file')))
          const id = await mc.openSession(api, by, h256(args, 'patient'), opt(args, 'reason') ?? 'EmergencyTreatment', justification)
          console.log(`session ${id} opened; it needs the emergency authorities' approvals`)
        } else if (sub === 'approve' || sub === 'close') {
          await mc.breakGlass[sub](api, by, num(args, 'session'))
          console.log(`session ${num(args, 'session')} ${sub === 'approve' ? 'approved' : 'closed'}`)
        } else if (sub === 'review') {
          const justified = args.flags.has('justified')
          if (justified === args.flags.has('unjustified')) throw new UserError('give exactly one of --justified and --unjustified')
          await mc.breakGlass.review(api, by, num(args, 'session'), justified, sha256(readInput(need(args, 'finding-file'))))
          console.log(`session ${num(args, 'session')} reviewed: ${justified ? 'justified' : 'unjustified'}`)
        } else throw new UserError(`unknown break-glass command '${sub ?? ''}' (open, approve, close, review, list)`)
      })
    default:
      throw new UserError(`unknown command '${command}' (see \`medchain help\`)`)
  }
}

// polkadot.js logs failed RPC calls to the console itself; the CLI reports each failure once,
// as one line (set MEDCHAIN_DEBUG to see everything).
if (!process.env.MEDCHAIN_DEBUG) {
  const error = console.error
  console.error = (...args: unknown[]) => {
    if (/RPC-CORE|API\/INIT|API-WS|REGISTRY|METADATA/.test(args.map(String).join(' '))) return
    error(...args)
  }
  console.warn = (...args: unknown[]) => {
    if (/RPC-CORE|API\/INIT|API-WS|REGISTRY|METADATA/.test(args.map(String).join(' '))) return
    error(...args)
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: Error) => {
    if (e instanceof UserError) console.error(`medchain: ${e.message}`)
    else console.error(`medchain: unexpected error: ${e.message}${process.env.MEDCHAIN_DEBUG ? `\n${e.stack}` : ''}`)
    process.exit(1)
  },
)
