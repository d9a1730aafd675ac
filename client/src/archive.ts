// Bulk archive anchoring: one root on chain for an archive of documents, and a proof per
// document. Browser-safe (no node: imports); the directory walk and the manifest file are in
// archive-dir.ts (Node only).
//
// A hospital joining the consortium gives each existing document a fresh random 32-byte salt
// and computes its commitment c = SHA-256(salt | plaintext), the same commitment a MedChain
// record anchors (`commitment()` in crypto.ts). It then commits to all of them with one root,
// anchored in one transaction, and later proves any document with its index and inclusion path.
//
// The tree is the Merkle Tree Hash of RFC 9162 (Certificate Transparency version 2.0) §2.1.1
// with SHA-256, bit for bit the same as the runtime's (pallets/records/src/archive.rs):
//   leaf hash      = SHA-256(0x00 | c)                 (c is the 32-byte commitment)
//   interior node  = SHA-256(0x01 | left | right)
//   MTH(D[0:1])    = the leaf hash of D[0]
//   MTH(D[0:n])    = node(MTH(D[0:k]), MTH(D[k:n])) for n > 1, k the largest power of two < n
// Leaves are in index order, 0 to n - 1; an empty archive has no root (an error).
// An inclusion proof is PATH(m, D[0:n]) of RFC 9162 §2.1.3.1 (the sibling hashes from the
// leaf up to the root), checked with the algorithm of §2.1.3.2; a path has at most 64 hashes.
// The cross-implementation vectors are in pallets/records/fixtures/archive-vectors.json.
//
// Whoever holds a document's salt and its commitment can test guesses of its content: the
// salts and proofs are as private as the documents. The chain holds only the root and size.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'
import { UserError } from './errors.js'

/** A SHA-256 implementation: a fresh 32-byte digest of one byte string, keeping nothing of
 *  its input (the tree reuses its scratch buffers). Defaults to @noble/hashes; in Node,
 *  archive-dir.ts passes node:crypto's (`nodeSha256`), several times faster. */
export type Sha256 = (data: Uint8Array) => Uint8Array

/** The longest inclusion path (a tree of up to 2^64 leaves). */
export const MAX_PATH = 64
/** The tree's name in manifests, proofs and the vector file. */
export const ARCHIVE_TREE = 'rfc9162-sha256'

const HASH = 32
const nobleHash: Sha256 = (data) => nobleSha256(data)

/** SHA-256(0x00 | commitment): the leaf of a document. */
export function leafHash(commitment: Uint8Array, hash: Sha256 = nobleHash): Uint8Array {
  if (commitment.length !== HASH) throw new UserError('a commitment has 32 bytes')
  const input = new Uint8Array(1 + HASH)
  input.set(commitment, 1)
  return hash(input)
}

/** SHA-256(0x01 | left | right): an interior node. */
export function nodeHash(left: Uint8Array, right: Uint8Array, hash: Sha256 = nobleHash): Uint8Array {
  if (left.length !== HASH || right.length !== HASH) throw new UserError('a tree hash has 32 bytes')
  const input = new Uint8Array(1 + 2 * HASH)
  input[0] = 1
  input.set(left, 1)
  input.set(right, 1 + HASH)
  return hash(input)
}

/**
 * The tree of an archive, built one document at a time in index order, in O(log n) memory: it
 * keeps the roots of the perfect subtrees the leaves so far make (a binary counter), at most
 * 64 hashes. `root()` folds them right to left, which is RFC 9162's MTH of all the leaves.
 */
export class ArchiveTree {
  /** The roots of the perfect subtrees, largest (leftmost) first, 32 bytes each: subtree j
   *  has 2^h leaves for the j-th highest set bit h of the size, as in a binary counter. */
  private readonly stack = new Uint8Array(MAX_PATH * HASH)
  private depth = 0
  private count = 0
  private readonly leafInput = new Uint8Array(1 + HASH)
  private readonly nodeInput = new Uint8Array(1 + 2 * HASH)

  constructor(private readonly hash: Sha256 = nobleHash) {
    this.nodeInput[0] = 1
  }

  /** The number of documents added. */
  get size(): number {
    return this.count
  }

  /** Adds the next document by its commitment (32 bytes); returns its index. */
  add(commitment: Uint8Array): number {
    if (commitment.length !== HASH) throw new UserError('a commitment has 32 bytes')
    this.leafInput.set(commitment, 1)
    return this.push(this.hash(this.leafInput))
  }

  /** Adds the next leaf by its leaf hash, SHA-256(0x00 | commitment); returns its index. */
  addLeafHash(leaf: Uint8Array): number {
    if (leaf.length !== HASH) throw new UserError('a leaf hash has 32 bytes')
    return this.push(leaf)
  }

  /**
   * Adds `leaves` (a power of two) leaves at once by the root of their perfect subtree, which
   * must start at a multiple of `leaves` (the size so far is one). Returns the first one's
   * index. For builders that hash batches of leaves elsewhere (in worker threads).
   */
  addSubtree(root: Uint8Array, leaves: number): number {
    if (root.length !== HASH) throw new UserError('a subtree root has 32 bytes')
    if (!Number.isSafeInteger(leaves) || leaves < 1 || 2 ** Math.round(Math.log2(leaves)) !== leaves) throw new UserError('a perfect subtree has a power of two of leaves')
    if (this.count % leaves) throw new UserError(`a subtree of ${leaves} leaves cannot start at leaf ${this.count}`)
    return this.push(root, leaves)
  }

  private push(leaf: Uint8Array, leaves = 1): number {
    if (this.count + leaves > Number.MAX_SAFE_INTEGER) throw new UserError('an archive has fewer than 2^53 documents')
    // Each trailing 1 bit of the count (in units of the new subtree's size) is a perfect
    // subtree as large as the one being built: merge them, like a carry.
    let h = leaf
    for (let c = this.count / leaves; c % 2 === 1; c = (c - 1) / 2) {
      this.depth -= 1
      this.nodeInput.set(this.stack.subarray(this.depth * HASH, (this.depth + 1) * HASH), 1)
      this.nodeInput.set(h, 1 + HASH)
      h = this.hash(this.nodeInput)
    }
    this.stack.set(h, this.depth * HASH)
    this.depth += 1
    const index = this.count
    this.count += leaves
    return index
  }

  /** The root of the documents added so far (RFC 9162's MTH), folding the perfect subtrees
   *  right to left; an empty tree has none. */
  root(): Uint8Array {
    if (!this.count) throw new UserError('an empty archive has no root')
    let r: Uint8Array = this.stack.subarray((this.depth - 1) * HASH, this.depth * HASH)
    for (let j = this.depth - 2; j >= 0; j--) {
      this.nodeInput.set(this.stack.subarray(j * HASH, (j + 1) * HASH), 1)
      this.nodeInput.set(r, 1 + HASH)
      r = this.hash(this.nodeInput)
    }
    // A plain copy: neither a view of the stack nor a Buffer of a shared pool.
    return Uint8Array.from(r)
  }
}

/** The root of the archive whose documents have these commitments, in index order. */
export function archiveRoot(commitments: Iterable<Uint8Array>, hash: Sha256 = nobleHash): Uint8Array {
  const tree = new ArchiveTree(hash)
  for (const c of commitments) tree.add(c)
  return tree.root()
}

/** All leaf hashes of an archive: a list of 32-byte hashes, or one array of them packed end
 *  to end (32 bytes each, a few million objects fewer in memory). */
export type LeafHashes = readonly Uint8Array[] | Uint8Array

function leafCount(leaves: LeafHashes): number {
  if (leaves instanceof Uint8Array) {
    if (leaves.length % HASH) throw new UserError('packed leaf hashes are 32 bytes each')
    return leaves.length / HASH
  }
  return leaves.length
}

function leafAt(leaves: LeafHashes, i: number): Uint8Array {
  const leaf = leaves instanceof Uint8Array ? leaves.subarray(i * HASH, (i + 1) * HASH) : leaves[i]
  if (leaf.length !== HASH) throw new UserError('a leaf hash has 32 bytes')
  return leaf
}

function subtreeRoot(leaves: LeafHashes, from: number, to: number, hash: Sha256): Uint8Array {
  const tree = new ArchiveTree(hash)
  for (let i = from; i < to; i++) tree.addLeafHash(leafAt(leaves, i))
  return tree.root()
}

/** The largest power of two below `n` (n > 1). */
function splitOf(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** The number of hashes in the inclusion path of leaf `index` of a tree of `size` leaves. */
export function pathLength(index: number, size: number): number {
  checkPosition(index, size)
  let length = 0
  while (size > 1) {
    const k = splitOf(size)
    if (index < k) size = k
    else {
      index -= k
      size -= k
    }
    length += 1
  }
  return length
}

function checkPosition(index: number, size: number): void {
  if (!Number.isSafeInteger(size) || size < 1) throw new UserError('an archive size is a whole number from 1 to 2^53 - 1')
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new UserError(`a document index is a whole number below the archive's size (${size})`)
}

/**
 * The inclusion path of leaf `index` among all the archive's leaf hashes (RFC 9162 §2.1.3.1
 * PATH(m, D[n])): the sibling hashes from the leaf up to the root. O(n) time (each sibling
 * subtree is hashed once, with the streaming tree), O(log n) memory besides the leaves.
 */
export function inclusionPath(leafHashes: LeafHashes, index: number, hash: Sha256 = nobleHash): Uint8Array[] {
  const n = leafCount(leafHashes)
  if (!n) throw new UserError('an empty archive has no proofs')
  checkPosition(index, n)
  // Walk down from the root, noting each sibling subtree; the path lists them bottom up.
  const siblings: Array<[number, number]> = []
  let from = 0
  let to = n
  while (to - from > 1) {
    const k = splitOf(to - from)
    if (index < from + k) {
      siblings.push([from + k, to])
      to = from + k
    } else {
      siblings.push([from, from + k])
      from += k
    }
  }
  return siblings.reverse().map(([a, b]) => subtreeRoot(leafHashes, a, b, hash))
}

/** What {@link verifyInclusion} checks. */
export interface InclusionClaim {
  /** The archive's root, as anchored. */
  root: Uint8Array
  /** The archive's number of documents, as anchored. */
  size: number
  /** The document's index in the archive. */
  index: number
  /** The document's commitment, SHA-256(salt | plaintext). */
  commitment: Uint8Array
  /** Its inclusion path, bottom up. */
  path: readonly Uint8Array[]
}

/**
 * Whether `path` proves that the document with this commitment is leaf `index` of the archive
 * of `size` documents whose root is `root` (RFC 9162 §2.1.3.2). An index outside the tree, a
 * path too long or too short, or any other hash fails; malformed arguments fail too (false).
 */
export function verifyInclusion(claim: InclusionClaim, hash: Sha256 = nobleHash): boolean {
  const { root, size, index, commitment, path } = claim
  if (!Number.isSafeInteger(size) || !Number.isSafeInteger(index) || index < 0 || index >= size) return false
  if (path.length > MAX_PATH || root.length !== HASH || commitment.length !== HASH) return false
  if (path.some((p) => p.length !== HASH)) return false
  // fn and sn of the RFC; numbers up to 2^53, so halving is by division, not by bit shifts.
  let fn = index
  let sn = size - 1
  const input = new Uint8Array(1 + 2 * HASH)
  input.set(commitment, 1)
  let r = hash(input.subarray(0, 1 + HASH))
  input[0] = 1
  for (const p of path) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      input.set(r, 1 + HASH)
      input.set(p, 1)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      input.set(r, 1)
      input.set(p, 1 + HASH)
    }
    r = hash(input)
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equal(r, root)
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}

/** The proof that a document is in an anchored archive. Hex values are `0x` and 64 lowercase
 *  hex digits. Holds the document's salt: it is as private as the document. */
export interface ArchiveProof {
  /** The document's index in the archive (0-based). */
  index: number
  /** The archive's number of documents. */
  leaves: number
  /** The archive's root. */
  root: string
  /** The document's commitment, SHA-256(salt | plaintext). */
  commitment: string
  /** The document's 32-byte salt. */
  salt: string
  /** The inclusion path, bottom up (RFC 9162 §2.1.3.1). */
  path: string[]
  /** The archive's id on chain, once anchored. */
  archive?: number
}

/** `bytes` as `0x` and lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  let s = '0x'
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]]
  return s
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** The 32 bytes of a `0x`-prefixed 64-digit hex string (either case); `what` names it in the
 *  error. */
export function hashFromHex(value: unknown, what: string): Uint8Array {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value)) throw new UserError(`${what} is not a 32-byte hex value (0x and 64 hex digits)`)
  const out = new Uint8Array(HASH)
  for (let i = 0; i < HASH; i++) out[i] = parseInt(value.slice(2 + 2 * i, 4 + 2 * i), 16)
  return out
}

const PROOF_FIELDS = new Set(['index', 'leaves', 'root', 'commitment', 'salt', 'path', 'archive'])

/** Checks every field of a proof (from JSON or from anywhere else) and returns it normalized
 *  (lowercase hex); throws a UserError naming the first malformed field. */
export function checkProof(value: unknown): ArchiveProof {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError('an archive proof is a JSON object')
  const o = value as Record<string, unknown>
  for (const key of Object.keys(o)) if (!PROOF_FIELDS.has(key)) throw new UserError(`an archive proof has no field "${key}"`)
  const { leaves, index } = o
  if (typeof leaves !== 'number' || !Number.isSafeInteger(leaves) || leaves < 1) throw new UserError('the proof\'s "leaves" is not a whole number from 1 to 2^53 - 1')
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0 || index >= leaves) throw new UserError(`the proof's "index" is not a whole number below "leaves" (${leaves})`)
  const hex = (v: unknown, what: string) => toHex(hashFromHex(v, what))
  const root = hex(o.root, 'the proof\'s "root"')
  const commitment = hex(o.commitment, 'the proof\'s "commitment"')
  const salt = hex(o.salt, 'the proof\'s "salt"')
  if (!Array.isArray(o.path)) throw new UserError('the proof\'s "path" is not a list of hashes')
  const expected = pathLength(index, leaves)
  if (o.path.length !== expected) throw new UserError(`the proof's "path" has ${o.path.length} hashes; document ${index} of ${leaves} has ${expected}`)
  const path = (o.path as unknown[]).map((p, i) => hex(p, `hash ${i} of the proof's "path"`))
  const proof: ArchiveProof = { index, leaves, root, commitment, salt, path }
  if (o.archive !== undefined) {
    if (typeof o.archive !== 'number' || !Number.isSafeInteger(o.archive) || o.archive < 0) throw new UserError('the proof\'s "archive" is not an archive id (a whole number)')
    proof.archive = o.archive
  }
  return proof
}

/** A proof as JSON text (pretty-printed, fields in a fixed order), checked first. */
export function proofToJson(proof: ArchiveProof): string {
  const p = checkProof(proof)
  const ordered = { ...(p.archive !== undefined ? { archive: p.archive } : {}), index: p.index, leaves: p.leaves, root: p.root, commitment: p.commitment, salt: p.salt, path: p.path }
  return JSON.stringify(ordered, null, 2) + '\n'
}

/** A proof from JSON text, every field checked (UserError on anything malformed). */
export function proofFromJson(text: string): ArchiveProof {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UserError('an archive proof is not valid JSON')
  }
  return checkProof(value)
}

/** Whether a proof's own commitment is in the archive its root and size name (the salt is not
 *  used: checking a document's content against the commitment is `checkDocument`'s part). */
export function verifyProof(proof: ArchiveProof, hash: Sha256 = nobleHash): boolean {
  const p = checkProof(proof)
  return verifyInclusion(
    { root: hashFromHex(p.root, 'root'), size: p.leaves, index: p.index, commitment: hashFromHex(p.commitment, 'commitment'), path: p.path.map((h) => hashFromHex(h, 'path')) },
    hash,
  )
}
