// Bulk archive anchoring, the Node side: a directory of existing documents becomes an archive
// tree (archive.ts) and a manifest file; a document is later proved from the manifest and
// checked against its file.
//
// The manifest (JSON Lines, UTF-8, written with mode 0600):
//   {"format":"medchain-archive/1","tree":"rfc9162-sha256"}
//   {"index":0,"path":"a/first.pdf","salt":"0x…","commitment":"0x…"}
//   … one line per document, index 0 to n - 1 …
//   {"leaves":n,"root":"0x…"}
// Paths are relative to the archived directory, '/'-separated, in the order of their UTF-8
// bytes (which is the documents' index order); the commitment is SHA-256(salt | content).
// The manifest holds every document's salt: with a salt and a commitment anyone can test
// guesses of a document's content, so the manifest is as private as the documents. It must be
// kept as long as the archive is to be proved: without it no proof can be made.
//
// What a manifest's reader checks: the header, the index sequence, the path order, and that
// the commitments make the trailer's root (and, given one, the anchored root). A salt or a
// path edited in the manifest is caught only when the document is checked against its file.
import { isUtf8 } from 'node:buffer'
import { hash as nodeHashOnce, createHash, randomFillSync, randomBytes as nodeRandomBytes } from 'node:crypto'
import { closeSync, constants, createReadStream, fchmodSync, fstatSync, fsyncSync, openSync, readSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Dirent } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { ARCHIVE_TREE, ArchiveTree, checkProof, hashFromHex, inclusionPath, toHex, verifyInclusion, type ArchiveProof, type Sha256 } from './archive.js'
import { EXIT, UserError } from './errors.js'

/** The manifest format this module writes and reads. */
export const MANIFEST_FORMAT = 'medchain-archive/1'

/** node:crypto's SHA-256, one shot (several times faster than @noble's for small inputs). */
export const nodeSha256: Sha256 = (data) => nodeHashOnce('sha256', data, 'buffer')

const SALT = 32
const HASH = 32
/** Files up to this size are read with one read into a reused buffer; larger ones in chunks
 *  of this size. */
const WHOLE = 1024 * 1024
/** Documents per batch handed to a worker: a power of two, so that a full batch is a perfect
 *  subtree of the archive's tree. */
const BATCH = 512
/** How a file is opened: never through a symbolic link, never blocking on a FIFO. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

/** Options of {@link buildArchive}. */
export interface BuildOptions {
  /** Called after each batch of documents with the number done so far. */
  onProgress?(documents: number): void
  /** Worker threads reading and hashing the files (default: the number of CPUs, at most 4;
   *  0: all in this thread). Workers start only for archives of more than one batch. */
  workers?: number
  /** Replace an existing manifest (default: refuse, since it may be the only copy of an
   *  anchored archive's salts). */
  overwrite?: boolean
}

/** What {@link buildArchive} made. */
export interface BuildResult {
  /** The archive's root (0x and 64 hex digits), to anchor. */
  root: string
  /** The number of documents. */
  leaves: number
  /** Entries left out: symbolic links and special files (FIFOs, sockets, devices). */
  skipped: number
  /** The manifest's absolute path. */
  manifest: string
}

/** A document's line in the manifest. */
export interface ManifestEntry {
  index: number
  /** Relative to the archived directory, '/'-separated. */
  path: string
  /** 0x and 64 hex digits. */
  salt: string
  /** SHA-256(salt | content), 0x and 64 hex digits. */
  commitment: string
}

// ---------------------------------------------------------------------------------------------
// Committing batches of files (in worker threads, or in this thread).

/** Per thread: salt (32) | content, hashed in one call for files up to WHOLE bytes. */
let scratch: Buffer | undefined

/** A batch of files: documents `start` to `start + paths.length - 1`. */
interface Batch {
  start: number
  /** Relative to the archived directory, '/'-separated. */
  paths: string[]
}

/** What a batch gives: its manifest lines, its leaves' hashes, and for a full batch the root
 *  of their perfect subtree. */
interface Committed {
  text: Uint8Array
  leaves: Uint8Array
  root?: Uint8Array
}

/** SHA-256(salt | the content of the open file `fd`), into `out` at `at`. */
function commitFile(fd: number, size: number, salt: Uint8Array, out: Uint8Array, at: number): void {
  scratch ??= Buffer.allocUnsafe(SALT + WHOLE)
  const buf = scratch
  buf.set(salt)
  if (size <= WHOLE) {
    // A small file with one read, of its size as fstat gave it (as readFileSync does).
    let n = 0
    for (let r = 1; n < size && r > 0; n += r) r = readSync(fd, buf, SALT + n, size - n, -1)
    out.set(nodeHashOnce('sha256', buf.subarray(0, SALT + n), 'buffer'), at)
  } else {
    // A large file in chunks, never whole in memory.
    const h = createHash('sha256').update(buf.subarray(0, SALT))
    for (let r = readSync(fd, buf, 0, WHOLE, -1); r > 0; r = readSync(fd, buf, 0, WHOLE, -1)) h.update(buf.subarray(0, r))
    out.set(h.digest(), at)
  }
}

/**
 * Gives each file of a batch a fresh salt, computes its commitment and leaf hash, and writes
 * its manifest line. The walk saw regular files only: an entry that is no longer one (replaced
 * by a link, a FIFO) is an error, since the indices were given out.
 */
function commitBatch(root: string, { start, paths }: Batch): Committed {
  const salts = randomFillSync(Buffer.allocUnsafe(paths.length * SALT))
  const commitments = Buffer.allocUnsafe(HASH)
  const leaves = new Uint8Array(paths.length * HASH)
  const leafInput = Buffer.alloc(1 + HASH)
  let text = ''
  for (let i = 0; i < paths.length; i++) {
    const abs = root + sep + paths[i]
    let fd: number
    try {
      fd = openSync(abs, OPEN_FLAGS)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ELOOP') throw new UserError(`${abs} became a symbolic link during the build: build again`)
      throw new UserError(`cannot read ${abs}: ${(e as Error).message}`, code === 'ENOENT' ? EXIT.notFound : EXIT.failed)
    }
    try {
      const st = fstatSync(fd)
      if (!st.isFile()) throw new UserError(`${abs} is no longer a regular file: build again`)
      commitFile(fd, st.size, salts.subarray(i * SALT, (i + 1) * SALT), commitments, 0)
    } catch (e) {
      if (e instanceof UserError) throw e
      throw new UserError(`cannot read ${abs}: ${(e as Error).message}`)
    } finally {
      closeSync(fd)
    }
    commitments.copy(leafInput, 1)
    leaves.set(nodeHashOnce('sha256', leafInput, 'buffer'), i * HASH)
    text += `{"index":${start + i},"path":${JSON.stringify(paths[i])},"salt":"0x${salts.toString('hex', i * SALT, (i + 1) * SALT)}","commitment":"0x${commitments.toString('hex')}"}\n`
  }
  // TextEncoder's arrays have buffers of their own (never Buffer's shared pool): transferable.
  const result: Committed = { text: new TextEncoder().encode(text), leaves }
  if (paths.length === BATCH) {
    const tree = new ArchiveTree(nodeSha256)
    for (let i = 0; i < paths.length; i++) tree.addLeafHash(leaves.subarray(i * HASH, (i + 1) * HASH))
    result.root = tree.root()
  }
  return result
}

interface WorkerReply {
  committed?: Committed
  error?: { message: string; exitCode: number }
}

const WORKER_MARK = 'medchain-archive-worker'

// This module, started as a worker by buildArchive: commits the batches it is sent.
if (!isMainThread && parentPort && (workerData as { role?: string } | undefined)?.role === WORKER_MARK) {
  const port = parentPort
  const { root } = workerData as { root: string }
  port.on('message', (batch: Batch) => {
    let reply: WorkerReply
    try {
      reply = { committed: commitBatch(root, batch) }
    } catch (e) {
      reply = { error: { message: (e as Error).message, exitCode: e instanceof UserError ? e.exitCode : EXIT.failed } }
    }
    const c = reply.committed
    port.postMessage(reply, c ? [c.text.buffer as ArrayBuffer, c.leaves.buffer as ArrayBuffer, ...(c.root ? [c.root.buffer as ArrayBuffer] : [])] : [])
  })
}

/** Worker threads, each answering its batches in order. */
class Pool {
  private readonly workers: Worker[] = []
  private readonly waiting: Array<Array<{ resolve(r: Committed): void; reject(e: Error): void }>> = []
  private next = 0
  private failure?: Error

  constructor(count: number, root: string) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_MARK, root } })
      const queue: Array<{ resolve(r: Committed): void; reject(e: Error): void }> = []
      worker.on('message', (reply: WorkerReply) => {
        const waiter = queue.shift()
        if (!waiter) return
        if (reply.committed) waiter.resolve(reply.committed)
        else waiter.reject(new UserError(reply.error?.message ?? 'an archive worker failed', reply.error?.exitCode))
      })
      const fail = (e: Error) => {
        this.failure ??= e
        for (const waiter of queue.splice(0)) waiter.reject(e)
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(new Error(`an archive worker stopped (exit code ${code})`)))
      this.workers.push(worker)
      this.waiting.push(queue)
    }
  }

  run(batch: Batch): Promise<Committed> {
    if (this.failure) return Promise.reject(this.failure)
    const i = this.next
    this.next = (this.next + 1) % this.workers.length
    return new Promise((resolve, reject) => {
      this.waiting[i].push({ resolve, reject })
      this.workers[i].postMessage(batch)
    })
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the archive workers were stopped')
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

// ---------------------------------------------------------------------------------------------
// The directory walk.

const SLASH = Buffer.from('/')

/**
 * The regular files under `root`, in the order of their relative paths' UTF-8 bytes. A
 * depth-first walk gives that order when each directory's entries are sorted by their names'
 * bytes with a '/' appended to the names of directories (no name contains '/'), holding one
 * listing per level. Symbolic links and special files are counted in `skipped.count`.
 */
function* walk(root: string, skipped: { count: number }): Generator<string> {
  const stack: Array<{ abs: string; rel: string; entries: Array<{ key: Buffer; dirent: Dirent<Buffer> }>; at: number }> = []
  const open = (abs: string, rel: string) => {
    let dirents: Dirent<Buffer>[]
    try {
      dirents = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' })
    } catch (e) {
      throw new UserError(`cannot read the directory ${abs}: ${(e as Error).message}`)
    }
    const entries = dirents.map((dirent) => ({ dirent, key: dirent.isDirectory() ? Buffer.concat([dirent.name, SLASH]) : dirent.name }))
    entries.sort((a, b) => Buffer.compare(a.key, b.key))
    stack.push({ abs, rel, entries, at: 0 })
  }
  open(root, '')
  while (stack.length) {
    const top = stack[stack.length - 1]
    if (top.at === top.entries.length) {
      stack.pop()
      continue
    }
    const { dirent } = top.entries[top.at++]
    if (!isUtf8(dirent.name)) throw new UserError(`a name in ${top.abs} is not valid UTF-8 (${dirent.name.toString('hex')} in hex): rename it, the manifest names files in UTF-8`)
    const name = dirent.name.toString('utf8')
    const rel = top.rel ? top.rel + '/' + name : name
    if (dirent.isDirectory()) open(top.abs + sep + name, rel)
    else if (dirent.isFile()) yield rel
    else skipped.count += 1
  }
}

// ---------------------------------------------------------------------------------------------
// Building an archive.

/** `path`'s absolute, symlink-free form, for a file that may not exist yet (its directory
 *  must). */
function realFilePath(path: string): string {
  let parent: string
  try {
    parent = realpathSync(dirname(resolve(path)))
  } catch {
    throw new UserError(`the directory of ${path} does not exist`, EXIT.notFound)
  }
  return join(parent, basename(resolve(path)))
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * Builds the archive of every regular file under `dir` (recursively, in the order of their
 * relative paths' UTF-8 bytes; symbolic links and special files are skipped and counted): a
 * fresh random salt per file, its commitment SHA-256(salt | content) read streaming, the tree,
 * and the manifest at `manifestPath` (see the top of this file), written to a temporary file
 * next to it and renamed at the end, so that a build that fails or crashes leaves no partial
 * manifest. Refuses a manifest inside `dir`, an existing manifest unless `overwrite`, and an
 * archive with no documents. Files must not change during the build (a changed file fails its
 * check later; build again).
 */
export async function buildArchive(dir: string, manifestPath: string, opts: BuildOptions = {}): Promise<BuildResult> {
  let root: string
  try {
    root = realpathSync(dir)
  } catch {
    throw new UserError(`no directory ${dir}`, EXIT.notFound)
  }
  if (!statSync(root).isDirectory()) throw new UserError(`${dir} is not a directory`)
  const manifest = realFilePath(manifestPath)
  const inside = relative(root, manifest)
  if (inside === '' || (!isAbsolute(inside) && inside !== '..' && !inside.startsWith('..' + sep))) {
    throw new UserError(`the manifest ${manifestPath} would be inside the archived directory ${dir}: write it elsewhere`)
  }
  if (!opts.overwrite && exists(manifest)) throw new UserError(`${manifestPath} exists: it may be the only copy of an archive's salts; remove it or choose another path`)
  const workers = Math.max(0, Math.floor(opts.workers ?? Math.min(4, availableParallelism())))

  const temp = `${manifest}.${nodeRandomBytes(6).toString('hex')}.tmp`
  let fd: number
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
  } catch (e) {
    throw new UserError(`cannot write the manifest next to ${manifestPath}: ${(e as Error).message}`)
  }
  fchmodSync(fd, 0o600)
  let pool: Pool | undefined
  let closed = false
  let done = false
  try {
    writeSync(fd, `{"format":"${MANIFEST_FORMAT}","tree":"${ARCHIVE_TREE}"}\n`)
    const tree = new ArchiveTree(nodeSha256)
    const skipped = { count: 0 }
    const files = walk(root, skipped)
    let walked = false
    let taken = 0
    const take = (): Batch | undefined => {
      if (walked) return undefined
      const batch: Batch = { start: taken, paths: [] }
      while (batch.paths.length < BATCH) {
        const next = files.next()
        if (next.done) {
          walked = true
          break
        }
        batch.paths.push(next.value)
      }
      taken += batch.paths.length
      return batch.paths.length ? batch : undefined
    }
    // Batches come back in order: the tree takes a full batch as one perfect subtree (it
    // starts at a multiple of its size), the last one leaf by leaf.
    const consume = (c: Committed) => {
      if (c.root) tree.addSubtree(c.root, BATCH)
      else for (let at = 0; at < c.leaves.length; at += HASH) tree.addLeafHash(c.leaves.subarray(at, at + HASH))
      writeSync(fd, c.text)
      opts.onProgress?.(tree.size)
    }

    const first = take()
    if (first && (walked || workers === 0)) {
      // A small archive, or no workers: all in this thread, giving the event loop a turn
      // between batches.
      for (let batch: Batch | undefined = first; batch; batch = take()) {
        consume(commitBatch(root, batch))
        await new Promise((r) => setImmediate(r))
      }
    } else if (first) {
      // Workers read, hash and write the lines; this thread walks, adds the batches' subtrees
      // to the tree and writes the manifest.
      pool = new Pool(workers, root)
      const inFlight: Array<Promise<Committed>> = []
      const send = (batch: Batch) => {
        const result = (pool as Pool).run(batch)
        result.catch(() => undefined) // awaited in order below; not unhandled meanwhile
        inFlight.push(result)
      }
      send(first)
      for (;;) {
        for (let batch; inFlight.length < 4 * workers && (batch = take()); ) send(batch)
        const head = inFlight.shift()
        if (!head) break
        consume(await head)
      }
    }
    if (!tree.size) throw new UserError(`${dir} has no documents (regular files) to archive`)
    const rootHex = toHex(tree.root())
    writeSync(fd, `{"leaves":${tree.size},"root":"${rootHex}"}\n`)
    fsyncSync(fd)
    closed = true
    closeSync(fd)
    try {
      renameSync(temp, manifest)
    } catch (e) {
      throw new UserError(`cannot write the manifest ${manifestPath}: ${(e as Error).message}`)
    }
    done = true
    try {
      const d = openSync(dirname(manifest), constants.O_RDONLY)
      fsyncSync(d)
      closeSync(d)
    } catch {
      // The directory's entry reaches the disk a little later: nothing to undo.
    }
    return { root: rootHex, leaves: tree.size, skipped: skipped.count, manifest }
  } finally {
    if (pool) await pool.close()
    if (!done) {
      if (!closed) closeSync(fd)
      rmSync(temp, { force: true })
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a manifest, proving and checking documents.

const HEX_HASH = /^0x[0-9a-f]{64}$/

/** The lines of a UTF-8 text file, streamed, a chunk's worth at a time, with the number of
 *  the first (from 1). */
async function* lines(path: string): AsyncGenerator<{ lines: string[]; first: number }> {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 })
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let rest = ''
  let number = 1
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string
      try {
        text = rest + decoder.decode(chunk, { stream: true })
      } catch {
        throw new UserError(`${path} is not UTF-8 text: not an archive manifest`)
      }
      const last = text.lastIndexOf('\n')
      if (last < 0) {
        rest = text
        continue
      }
      const batch = text.slice(0, last).split('\n')
      rest = text.slice(last + 1)
      yield { lines: batch, first: number }
      number += batch.length
    }
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError(`cannot read the manifest ${path}: ${(e as Error).message}`, code === 'ENOENT' ? EXIT.notFound : EXIT.failed)
  } finally {
    stream.destroy()
  }
  if (rest) yield { lines: [rest], first: number }
}

function exactKeys(o: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(o)
  return own.length === keys.length && keys.every((k) => k in o)
}

/** Whether `p` is a relative '/'-separated path without empty, '.' or '..' components. */
function cleanPath(p: string): boolean {
  return p.length > 0 && !p.split('/').some((c) => c === '' || c === '.' || c === '..') && !p.includes('\0')
}

/** Options of {@link readManifest} and {@link proveDocument}. */
export interface ReadOptions {
  /** The root anchored on chain: a manifest with another root is refused. */
  root?: string
}

interface Scanned {
  entry: ManifestEntry
  leaf: Buffer
}

/** The entries of a manifest with their leaf hashes, a chunk's worth at a time; checks
 *  everything (see readManifest) and returns the trailer. */
async function* scan(path: string, opts: ReadOptions): AsyncGenerator<Scanned[], { leaves: number; root: string }> {
  const tree = new ArchiveTree(nodeSha256)
  const leafInput = Buffer.alloc(1 + HASH)
  let header = false
  let trailer: { leaves: number; root: string } | undefined
  let previous: Buffer | undefined
  for await (const { lines: batch, first } of lines(path)) {
    const out: Scanned[] = []
    for (let i = 0; i < batch.length; i++) {
      const where = () => `${path}, line ${first + i}`
      if (trailer) throw new UserError(`${where()}: a line after the trailer`)
      let o: Record<string, unknown>
      try {
        o = JSON.parse(batch[i]) as Record<string, unknown>
      } catch {
        throw new UserError(`${where()}: not JSON`)
      }
      if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new UserError(`${where()}: not a JSON object`)
      if (!header) {
        if (o.format !== MANIFEST_FORMAT) throw new UserError(`${path} is not an archive manifest (its first line has no "format":"${MANIFEST_FORMAT}")`)
        if (o.tree !== ARCHIVE_TREE || !exactKeys(o, ['format', 'tree'])) throw new UserError(`${where()}: an unknown tree (${JSON.stringify(o.tree)}); expected "${ARCHIVE_TREE}"`)
        header = true
        continue
      }
      if ('leaves' in o) {
        if (!exactKeys(o, ['leaves', 'root']) || typeof o.leaves !== 'number' || typeof o.root !== 'string' || !HEX_HASH.test(o.root)) throw new UserError(`${where()}: a malformed trailer`)
        trailer = { leaves: o.leaves, root: o.root }
        continue
      }
      if (!exactKeys(o, ['index', 'path', 'salt', 'commitment'])) throw new UserError(`${where()}: not a document entry (index, path, salt, commitment)`)
      const { index, path: p, salt, commitment } = o
      if (index !== tree.size) throw new UserError(`${where()}: index ${JSON.stringify(index)} where ${tree.size} was expected (a line is missing, repeated or moved)`)
      if (typeof p !== 'string' || !cleanPath(p)) throw new UserError(`${where()}: a malformed path`)
      const bytes = Buffer.from(p)
      if (previous && Buffer.compare(previous, bytes) >= 0) throw new UserError(`${where()}: the paths are not in order (a line was moved or repeated)`)
      previous = bytes
      if (typeof salt !== 'string' || !HEX_HASH.test(salt)) throw new UserError(`${where()}: a malformed salt`)
      if (typeof commitment !== 'string' || !HEX_HASH.test(commitment)) throw new UserError(`${where()}: a malformed commitment`)
      leafInput.write(commitment.slice(2), 1, 'hex')
      const leaf = nodeHashOnce('sha256', leafInput, 'buffer')
      tree.addLeafHash(leaf)
      out.push({ entry: { index, path: p, salt, commitment }, leaf })
    }
    if (out.length) yield out
  }
  if (!header) throw new UserError(`${path} is empty: not an archive manifest`)
  if (!trailer) throw new UserError(`${path} is truncated: no trailer line with the root`)
  if (trailer.leaves !== tree.size) throw new UserError(`${path}: the trailer counts ${trailer.leaves} documents, the manifest lists ${tree.size}`)
  if (!tree.size) throw new UserError(`${path} lists no documents`)
  const root = toHex(tree.root())
  if (root !== trailer.root) throw new UserError(`${path}: the commitments do not make the trailer's root (the manifest was altered or damaged)`)
  if (opts.root !== undefined && root !== toHex(hashFromHex(opts.root, 'the anchored root'))) throw new UserError(`${path} is the manifest of another archive (root ${root}, not ${opts.root})`)
  return trailer
}

/**
 * The entries of a manifest, streamed, in index order. The manifest is checked as it is read
 * (header, index sequence, path order, field formats) and at its end (the trailer's count and
 * root against the root the commitments make, and `opts.root` if given): the iteration throws
 * a UserError on anything wrong, so an entry is only trusted once the iteration completed.
 * Returns the trailer.
 */
export async function* readManifest(path: string, opts: ReadOptions = {}): AsyncGenerator<ManifestEntry, { leaves: number; root: string }> {
  const batches = scan(path, opts)
  for (let next = await batches.next(); ; next = await batches.next()) {
    if (next.done) return next.value
    for (const { entry } of next.value) yield entry
  }
}

/** Options of {@link proveDocument}. */
export interface ProveOptions extends ReadOptions {
  /** The archive's id on chain, recorded in the proof. */
  archive?: number
}

/**
 * The proof of one document of a manifest, named by its path (as in the manifest) or its
 * index. Reads the manifest once, keeping only the 32-byte leaf hashes (packed), and checks
 * it whole (see readManifest) before making the path.
 */
export async function proveDocument(manifestPath: string, pathOrIndex: string | number, opts: ProveOptions = {}): Promise<ArchiveProof> {
  if (typeof pathOrIndex === 'number' && (!Number.isSafeInteger(pathOrIndex) || pathOrIndex < 0)) throw new UserError('a document index is a whole number from 0')
  let leaves = Buffer.allocUnsafe(1024 * HASH)
  let count = 0
  let found: ManifestEntry | undefined
  const batches = scan(manifestPath, opts)
  let next = await batches.next()
  for (; !next.done; next = await batches.next()) {
    for (const { entry, leaf } of next.value) {
      if (typeof pathOrIndex === 'number' ? entry.index === pathOrIndex : entry.path === pathOrIndex) found = entry
      if ((count + 1) * HASH > leaves.length) {
        const more = Buffer.allocUnsafe(leaves.length * 2)
        leaves.copy(more, 0, 0, count * HASH)
        leaves = more
      }
      leaf.copy(leaves, count * HASH)
      count += 1
    }
  }
  const trailer = next.value
  if (!found) throw new UserError(`${manifestPath} has no document ${typeof pathOrIndex === 'number' ? pathOrIndex : JSON.stringify(pathOrIndex)}`, EXIT.notFound)
  const path = inclusionPath(leaves.subarray(0, count * HASH), found.index, nodeSha256).map(toHex)
  const proof: ArchiveProof = { index: found.index, leaves: count, root: trailer.root, commitment: found.commitment, salt: found.salt, path }
  if (opts.archive !== undefined) proof.archive = opts.archive
  return checkProof(proof)
}

/** SHA-256(salt | the file's content), read in chunks. */
async function fileCommitment(filePath: string, salt: Uint8Array): Promise<Buffer> {
  const h = createHash('sha256').update(salt)
  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: WHOLE }) as AsyncIterable<Buffer>) h.update(chunk)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError(`cannot read ${filePath}: ${(e as Error).message}`, code === 'ENOENT' ? EXIT.notFound : EXIT.failed)
  }
  return h.digest()
}

/**
 * Whether the file at `filePath` is the document `proof` proves: its commitment, recomputed
 * from the file and the proof's salt, is the proof's, and the proof's path leads from it to
 * the proof's root. (That root must still be compared with the one anchored on chain.)
 */
export async function checkDocument(filePath: string, proof: ArchiveProof): Promise<boolean> {
  const p = checkProof(proof)
  const c = await fileCommitment(filePath, hashFromHex(p.salt, 'salt'))
  if (toHex(c) !== p.commitment) return false
  return verifyInclusion({ root: hashFromHex(p.root, 'root'), size: p.leaves, index: p.index, commitment: c, path: p.path.map((h) => hashFromHex(h, 'path')) }, nodeSha256)
}
