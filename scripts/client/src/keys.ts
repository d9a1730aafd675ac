// Key files: an sr25519 account (signs transactions) and a separate X25519 encryption key
// (receives key envelopes). Written with 0600 permissions, never overwritten, never printed.
// Backups are encrypted with a passphrase (scrypt + AES-256-GCM).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { Keyring } from '@polkadot/keyring'
import type { KeyringPair } from '@polkadot/keyring/types'
import { hexToU8a, u8aToHex } from '@polkadot/util'
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto'
import { generateEncryptionKey, x25519PublicOf } from './crypto.js'
import { SS58_FORMAT } from './chain.js'
import { UserError } from './errors.js'

/** What a key file holds. */
export interface KeyFile {
  kind: 'medchain-key'
  version: 1
  /** The account's secret URI: a BIP-39 mnemonic (or a development URI such as `//Alice`). */
  suri: string
  /** The account, in MedChain's address format (for reference). */
  account: string
  /** The X25519 encryption key. */
  encryption: { publicKey: string; privateKey: string }
}

/** What an encrypted key-file backup holds. */
export interface KeyBackup {
  kind: 'medchain-key-backup'
  version: 1
  /** The passphrase's key derivation; `salt` in hex. */
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string }
  /** The AES-256-GCM nonce, in hex. */
  nonce: string
  /** The encrypted key file followed by its 16-byte tag, in base64. */
  ciphertext: string
}

/** A loaded identity: the signing pair and the encryption key. */
export interface Identity {
  pair: KeyringPair
  address: string
  encryptionPublic: Uint8Array
  encryptionPrivate: Uint8Array
}

async function pairOf(suri: string): Promise<KeyringPair> {
  await cryptoWaitReady()
  try {
    return new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT }).addFromUri(suri)
  } catch (e) {
    throw new UserError(`the key file's account secret is invalid (${(e as Error).message})`)
  }
}

/** A new key file's content: a fresh mnemonic (or `suri`) and a fresh X25519 key. */
export async function newKeyFile(suri?: string): Promise<KeyFile> {
  await cryptoWaitReady()
  const secret = suri ?? mnemonicGenerate(24)
  const pair = await pairOf(secret)
  const enc = generateEncryptionKey()
  return {
    kind: 'medchain-key',
    version: 1,
    suri: secret,
    account: pair.address,
    encryption: { publicKey: u8aToHex(enc.publicKey), privateKey: u8aToHex(enc.privateKey) },
  }
}

/** Writes `content` to `path` with 0600 permissions; refuses to overwrite. */
export function writeSecret(path: string, content: string): void {
  try {
    writeFileSync(path, content, { mode: 0o600, flag: 'wx' })
    chmodSync(path, 0o600)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new UserError(`${path} exists; refusing to overwrite a key file`)
    throw new UserError(`cannot write ${path}: ${(e as Error).message}`)
  }
}

/** Creates a key file at `path`. */
export async function createKeyFile(path: string, suri?: string): Promise<KeyFile> {
  const file = await newKeyFile(suri)
  writeSecret(path, JSON.stringify(file, null, 2) + '\n')
  return file
}

/** Loads the identity in the key file at `path`. */
export async function loadIdentity(path: string): Promise<Identity> {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    throw new UserError(`no key file at ${path} (create one with \`medchain keys new --out ${path}\`)`)
  }
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new UserError(`${path} is readable by others; run \`chmod 600 ${path}\``)
  }
  let file: KeyFile
  try {
    file = JSON.parse(raw) as KeyFile
  } catch {
    throw new UserError(`${path} is not a MedChain key file`)
  }
  if (file.kind !== 'medchain-key' || !file.suri || !file.encryption?.privateKey) {
    throw new UserError(`${path} is not a MedChain key file`)
  }
  const pair = await pairOf(file.suri)
  const encryptionPrivate = hexToU8a(file.encryption.privateKey)
  return { pair, address: pair.address, encryptionPrivate, encryptionPublic: x25519PublicOf(encryptionPrivate) }
}

/** An encrypted backup of the key file at `path`, protected by `passphrase`. */
export function backupKeyFile(path: string, out: string, passphrase: string): void {
  if (passphrase.length < 12) throw new UserError('use a passphrase of at least 12 characters')
  const plain = readFileSync(path)
  const salt = randomBytes(16)
  const nonce = randomBytes(12)
  const key = scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  const backup: KeyBackup = {
    kind: 'medchain-key-backup',
    version: 1,
    kdf: { name: 'scrypt', N: 1 << 15, r: 8, p: 1, salt: salt.toString('hex') },
    nonce: nonce.toString('hex'),
    ciphertext: Buffer.concat([body, cipher.getAuthTag()]).toString('base64'),
  }
  writeSecret(out, JSON.stringify(backup, null, 2) + '\n')
}

/** Restores a key file from an encrypted backup. */
export function restoreKeyFile(backupPath: string, out: string, passphrase: string): void {
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as KeyBackup
  if (backup.kind !== 'medchain-key-backup') throw new UserError(`${backupPath} is not a MedChain key backup`)
  const key = scryptSync(passphrase, Buffer.from(backup.kdf.salt, 'hex'), 32, {
    N: backup.kdf.N,
    r: backup.kdf.r,
    p: backup.kdf.p,
    maxmem: 64 * 1024 * 1024,
  })
  const data = Buffer.from(backup.ciphertext, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(backup.nonce, 'hex'))
  decipher.setAuthTag(data.subarray(data.length - 16))
  let plain: Buffer
  try {
    plain = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()])
  } catch {
    throw new UserError('wrong passphrase (or a damaged backup)')
  }
  writeSecret(out, plain.toString('utf8'))
}
