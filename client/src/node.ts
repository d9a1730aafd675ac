// Node only: key files and passphrase files on disk. (The rest of the library runs in
// browsers too; import this as `@medchain/client/node`.)
import { randomBytes, scrypt } from 'node:crypto'
import { closeSync, createReadStream, fchmodSync, fstatSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import type { ApiPromise } from '@polkadot/api'
import type { SendOptions } from './chain.js'
import type { Ipfs, Progress } from './ipfs.js'
import { keyJsonFrom, newMnemonic, publicOf, rotatedKeyJson, unlockKeyJson, type Identity, type KeyJson, type Scrypt } from './keys.js'
import { readRecordStream, type Anchor } from './medchain.js'
import { EXIT, UserError } from './errors.js'

// Bulk archives: a directory's tree and manifest, proofs, checking a document.
export { buildArchive, checkDocument, MANIFEST_FORMAT, nodeSha256, proveDocument, readManifest, type BuildOptions, type BuildResult, type ManifestEntry, type ProveOptions, type ReadOptions } from './archive-dir.js'

/** Writes `content` to a new file at `path` with 0600 permissions; refuses to overwrite. */
export function writeSecret(path: string, content: string | Uint8Array): void {
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o600)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new UserError(`${path} exists; refusing to overwrite it`)
    throw new UserError(`cannot write ${path}: ${(e as Error).message}`)
  }
  try {
    fchmodSync(fd, 0o600)
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Reads a file that holds a secret, refusing one that others may read. */
export function readSecret(path: string, what: string): Buffer {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    throw new UserError(`no ${what} at ${path}`)
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new UserError(`${path} is not a file`)
    if ((st.mode & 0o077) !== 0) throw new UserError(`${path} is readable by others; run \`chmod 600 ${path}\``)
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** A passphrase from a file: its content, without one trailing newline. */
export function readPassphrase(path: string): string {
  return readSecret(path, 'passphrase file').toString('utf8').replace(/\r?\n$/, '')
}

function parseKeyFile(path: string, raw: Buffer): KeyJson {
  try {
    return JSON.parse(raw.toString('utf8')) as KeyJson
  } catch {
    throw new UserError(`${path} is not a key file (polkadot.js keyring JSON)`)
  }
}

/** Creates a key file at `path`: a new account (or the one of secret URI `suri`), encrypted
 *  with `passphrase`. Returns the new mnemonic (undefined when `suri` was given). */
export async function createKeyFile(path: string, passphrase: string, suri?: string, name?: string): Promise<{ mnemonic?: string; address: string; encryptionKey: string }> {
  const mnemonic = suri === undefined ? await newMnemonic() : undefined
  const json = await keyJsonFrom(suri ?? (mnemonic as string), passphrase, name)
  writeSecret(path, JSON.stringify(json, null, 2) + '\n')
  return { mnemonic, ...publicOf(json) }
}

/** Loads and unlocks the key file at `path`. */
export async function loadIdentity(path: string, passphrase: string): Promise<Identity> {
  return (await loadKeyFile(path, passphrase)).identity
}

/** Node's scrypt (OpenSSL's), for unlocking key files: it frees its memory (128 MiB for the
 *  N = 2^17 of polkadot.js key files) when done, where polkadot.js's WASM scrypt keeps the
 *  process 128 MiB larger from the first unlock to its exit. */
export const nativeScrypt: Scrypt = (passphrase, salt, { N, p, r }) =>
  new Promise((resolve, reject) => {
    scrypt(passphrase, salt, 64, { N, p, r, maxmem: 256 * N * r * p + (32 << 20) }, (e, key) => (e ? reject(e) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.length))))
  })

/** Loads and unlocks the key file at `path`, with its JSON. */
export async function loadKeyFile(path: string, passphrase: string): Promise<{ json: KeyJson; identity: Identity }> {
  const json = parseKeyFile(path, readSecret(path, 'key file'))
  return { json, identity: await unlockKeyJson(json, passphrase, nativeScrypt) }
}

/** Moves the key file at `path` to key `version` of its account (see `rotatedKeyJson`):
 *  written to a new 0600 file that replaces the old one in one rename, so a crash leaves
 *  either file whole. Returns the identity at that version. */
export async function setKeyFileVersion(path: string, json: KeyJson, who: Identity, version: number, passphrase: string): Promise<Identity> {
  const next = rotatedKeyJson(json, who, version)
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  writeSecret(tmp, JSON.stringify(next, null, 2) + '\n')
  try {
    // Unlocked again from what was written: the file on disk is known good before it counts.
    const identity = await unlockKeyJson(JSON.parse(readFileSync(tmp, 'utf8')) as KeyJson, passphrase, nativeScrypt)
    renameSync(tmp, path)
    return identity
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}

/** The public half of the key file at `path` (no passphrase needed). */
export function readPublic(path: string): { address: string; encryptionKey: string } {
  let raw: Buffer
  try {
    raw = readFileSync(path)
  } catch {
    throw new UserError(`no key file at ${path}`)
  }
  return publicOf(parseKeyFile(path, raw))
}

/** A file's content for `anchorFile`, read from disk piece by piece (1 MiB at a time) as it
 *  is encrypted and uploaded, so a large file is never held in memory. */
export function fileContent(path: string): { stream(): AsyncIterable<Uint8Array>; size: number } {
  let size: number
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new Error('not a file')
    size = st.size
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT'
    throw new UserError(`cannot read ${path}: ${missing ? 'no such file' : (e as Error).message}`, missing ? EXIT.notFound : EXIT.failed)
  }
  return { stream: () => createReadStream(path, { highWaterMark: 1 << 20 }), size }
}

/** Reads `record` into the file `path` (created 0600) as `readRecord` does, streaming: the
 *  plaintext goes to a temporary file beside it, renamed to `path` only once it matched its
 *  anchor, and removed otherwise. Returns its length in bytes, its salt and its anchor. */
export async function readRecordToFile(
  api: ApiPromise,
  ipfs: Ipfs,
  reader: Identity,
  record: number,
  path: string,
  o: SendOptions & { onProgress?: Progress; receipt?: boolean } = {},
): Promise<{ bytes: number; salt: Uint8Array; anchor: Anchor }> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  let fd: number
  try {
    fd = openSync(tmp, 'wx', 0o600)
  } catch (e) {
    throw new UserError(`cannot write beside ${path}: ${(e as Error).message}`)
  }
  let bytes = 0
  let closed = false
  try {
    const { salt, anchor } = await readRecordStream(api, ipfs, reader, record, (piece) => {
      let at = 0
      while (at < piece.length) at += writeSync(fd, piece, at)
      bytes += piece.length
    }, o)
    fsyncSync(fd)
    closeSync(fd)
    closed = true
    renameSync(tmp, path)
    return { bytes, salt, anchor }
  } catch (e) {
    if (!closed) closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
}
