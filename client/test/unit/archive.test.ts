// The archive tree (RFC 9162 Merkle Tree Hash, SHA-256), its proofs, and archives of
// directories with their manifests.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ArchiveTree,
  archiveRoot,
  inclusionPath,
  leafHash,
  nodeHash,
  pathLength,
  proofFromJson,
  proofToJson,
  toHex,
  verifyInclusion,
  verifyProof,
  type ArchiveProof,
} from '../../src/archive.js'
import { buildArchive, checkDocument, nodeSha256, proveDocument, readManifest, type ManifestEntry } from '../../src/archive-dir.js'
import { commitment } from '../../src/crypto.js'
import { UserError } from '../../src/errors.js'

const sha = (...parts: Uint8Array[]) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}
const u32 = (i: number) => {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, i)
  return b
}
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

// RFC 9162 §2.1.1 and §2.1.3.1, written out recursively as the RFC states them.
const refLeaf = (c: Uint8Array) => sha(Uint8Array.of(0), c)
const refNode = (l: Uint8Array, r: Uint8Array) => sha(Uint8Array.of(1), l, r)
const split = (n: number) => {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}
const mth = (d: Uint8Array[]): Uint8Array => (d.length === 1 ? refLeaf(d[0]) : refNode(mth(d.slice(0, split(d.length))), mth(d.slice(split(d.length)))))
const refPath = (m: number, d: Uint8Array[]): Uint8Array[] => {
  if (d.length === 1) return []
  const k = split(d.length)
  return m < k ? [...refPath(m, d.slice(0, k)), mth(d.slice(k))] : [...refPath(m - k, d.slice(k)), mth(d.slice(0, k))]
}
/** Which side the proved node is on at each level, bottom up: a path checks against another
 *  size exactly when these agree (RFC 9162's verification binds the size only through them). */
const sides = (m: number, n: number): string => {
  if (n === 1) return ''
  const k = split(n)
  return m < k ? sides(m, k) + 'L' : sides(m - k, n - k) + 'R'
}
const flip = (b: Uint8Array, bit = 0) => {
  const c = b.slice()
  c[bit >> 3] ^= 1 << (bit & 7)
  return c
}

test('leaf and node hashes are domain-separated SHA-256', () => {
  const c = sha(u32(7))
  assert.equal(hex(leafHash(c)), hex(sha(Uint8Array.of(0), c)))
  assert.equal(hex(nodeHash(c, refLeaf(c))), hex(sha(Uint8Array.of(1), c, refLeaf(c))))
  assert.equal(hex(leafHash(c, nodeSha256)), hex(leafHash(c)))
  assert.throws(() => leafHash(new Uint8Array(31)), UserError)
})

test('for 1 to 70 documents, the streaming root is the RFC 9162 MTH, and every proof verifies and nothing else does', () => {
  assert.throws(() => new ArchiveTree().root(), UserError)
  assert.throws(() => archiveRoot([]), UserError)
  for (let n = 1; n <= 70; n++) {
    const d = Array.from({ length: n }, (_, i) => sha(Uint8Array.of(n), u32(i)))
    const root = mth(d)
    const tree = new ArchiveTree()
    for (const c of d) tree.add(c)
    assert.equal(tree.size, n)
    assert.equal(hex(tree.root()), hex(root), `root of ${n}`)
    assert.equal(hex(tree.root()), hex(root), 'root() leaves the tree as it was')
    assert.equal(hex(archiveRoot(d, nodeSha256)), hex(root))
    const leaves = d.map((c) => leafHash(c))
    const packed = Buffer.concat(leaves)
    for (let i = 0; i < n; i++) {
      const path = inclusionPath(leaves, i)
      assert.deepEqual(path.map(hex), refPath(i, d).map(hex), `path of ${i} of ${n}`)
      assert.deepEqual(inclusionPath(packed, i, nodeSha256).map(hex), path.map(hex))
      assert.equal(pathLength(i, n), path.length)
      const claim = { root, size: n, index: i, commitment: d[i], path }
      assert.ok(verifyInclusion(claim), `proof of ${i} of ${n}`)
      assert.ok(verifyInclusion(claim, nodeSha256))
      for (let j = 0; j < path.length; j++) assert.ok(!verifyInclusion({ ...claim, path: path.map((p, k) => (k === j ? flip(p, (i * 7 + j) % 256) : p)) }), 'a flipped bit in the path')
      assert.ok(!verifyInclusion({ ...claim, commitment: flip(d[i], i % 256) }), 'a flipped bit in the commitment')
      assert.ok(!verifyInclusion({ ...claim, root: flip(root, 255) }), 'a flipped bit in the root')
      assert.ok(!verifyInclusion({ ...claim, commitment: d[(i + 1) % n] }) || n === 1, "another document's commitment")
      for (let j = 0; j < n; j++) if (j !== i) assert.ok(!verifyInclusion({ ...claim, index: j }, nodeSha256), `index ${j} for ${i} of ${n}`)
      for (const index of [n, n + 1, -1, 0.5, Number.MAX_SAFE_INTEGER + 1]) assert.ok(!verifyInclusion({ ...claim, index }))
      for (const size of [n - 1, n + 1, 2 * n, n + 64]) {
        if (size <= i) assert.ok(!verifyInclusion({ ...claim, size }))
        else assert.equal(verifyInclusion({ ...claim, size }), sides(i, size) === sides(i, n), `size ${size} for ${i} of ${n}`)
      }
      assert.ok(!verifyInclusion({ ...claim, path: [...path, root] }), 'a path one too long')
      assert.ok(!verifyInclusion({ ...claim, path: [...path, sha(u32(n))] }), 'a path one too long')
      if (path.length) assert.ok(!verifyInclusion({ ...claim, path: path.slice(0, -1) }), 'a path one too short')
      if (path.length) assert.ok(!verifyInclusion({ ...claim, path: path.slice(1) }), 'a path without its first hash')
    }
  }
})

test('a wrong size fails exactly when it changes the path shape: the root and size are anchored together', () => {
  // RFC 9162's check binds the size through the path's shape only: index 0 of 3 leaves and
  // of 4 have the same shape ([leaf 1, then the right subtree]), so a proof of index 0 of 3
  // also checks against that root with size 4. The chain anchors the size with the root.
  const d = Array.from({ length: 40 }, (_, i) => sha(u32(i)))
  const root = mth(d)
  for (let i = 0; i < d.length; i++) {
    const claim = { root, size: d.length, index: i, commitment: d[i], path: refPath(i, d) }
    for (let size = i + 1; size <= 130; size++) assert.equal(verifyInclusion({ ...claim, size }), sides(i, size) === sides(i, 40), `index ${i}, size ${size}`)
  }
  const three = d.slice(0, 3)
  assert.ok(verifyInclusion({ root: mth(three), size: 4, index: 0, commitment: d[0], path: refPath(0, three) }))
  assert.ok(!verifyInclusion({ root: mth(three), size: 4, index: 2, commitment: d[2], path: refPath(2, three) }))
})

test('a tree fed whole perfect subtrees equals one fed leaf by leaf', () => {
  const d = Array.from({ length: 37 }, (_, i) => sha(u32(i)))
  const t = new ArchiveTree()
  for (let at = 0; at < 32; at += 8) t.addSubtree(mth(d.slice(at, at + 8)), 8)
  t.addSubtree(mth(d.slice(32, 36)), 4)
  t.add(d[36])
  assert.equal(hex(t.root()), hex(mth(d)))
  assert.throws(() => t.addSubtree(mth(d.slice(0, 2)), 2), UserError) // 37 is not a multiple of 2
  assert.throws(() => new ArchiveTree().addSubtree(mth(d.slice(0, 3)), 3), UserError)
})

function fixturePath(): string {
  // From dist/test/unit (compiled) or test/unit (run from source) up to the repository.
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'pallets/records/fixtures/archive-vectors.json')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('pallets/records/fixtures/archive-vectors.json not found')
}

test('the cross-implementation vectors (shared with the runtime) hold', () => {
  const v = JSON.parse(readFileSync(fixturePath(), 'utf8')) as {
    tree: string
    cases: Array<{ leaves: number; root: string; proofs: Array<{ index: number; path: string[] }> }>
  }
  assert.equal(v.tree, 'rfc9162-sha256')
  assert.deepEqual(
    v.cases.map((c) => c.leaves),
    [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100],
  )
  for (const c of v.cases) {
    const d = Array.from({ length: c.leaves }, (_, i) => sha(u32(i)))
    assert.equal(toHex(archiveRoot(d)), c.root, `root of ${c.leaves}`)
    const leaves = d.map((x) => leafHash(x))
    for (const p of c.proofs) {
      assert.deepEqual(inclusionPath(leaves, p.index).map(toHex), p.path, `path of ${p.index} of ${c.leaves}`)
      const path = p.path.map((h) => Buffer.from(h.slice(2), 'hex'))
      assert.ok(verifyInclusion({ root: Buffer.from(c.root.slice(2), 'hex'), size: c.leaves, index: p.index, commitment: d[p.index], path }))
    }
  }
  // The first vectors, by hand: one leaf is its leaf hash; two are a node of the two.
  assert.equal(v.cases[0].root, toHex(refLeaf(sha(u32(0)))))
  assert.equal(v.cases[1].root, toHex(refNode(refLeaf(sha(u32(0))), refLeaf(sha(u32(1))))))
})

test('proofs go to JSON and back, and malformed ones are refused with the field named', () => {
  const d = Array.from({ length: 5 }, (_, i) => sha(u32(i)))
  const salt = sha(u32(99))
  const proof: ArchiveProof = { index: 3, leaves: 5, root: toHex(mth(d)), commitment: toHex(d[3]), salt: toHex(salt), path: refPath(3, d).map(toHex), archive: 7 }
  const json = proofToJson(proof)
  assert.deepEqual(proofFromJson(json), proof)
  assert.ok(verifyProof(proofFromJson(json)))
  const { archive: _archive, ...withoutArchive } = proof
  void _archive
  assert.deepEqual(proofFromJson(JSON.stringify(withoutArchive)), withoutArchive)
  assert.equal(proofFromJson(JSON.stringify({ ...proof, root: proof.root.toUpperCase().replace('0X', '0x') })).root, proof.root, 'hex in either case, normalized')
  const bad: Array<[unknown, RegExp]> = [
    [{ ...proof, index: 5 }, /"index"/],
    [{ ...proof, index: -1 }, /"index"/],
    [{ ...proof, index: 1.5 }, /"index"/],
    [{ ...proof, index: '3' }, /"index"/],
    [{ ...proof, leaves: 0 }, /"leaves"/],
    [{ ...proof, leaves: 2 ** 53 }, /"leaves"/],
    [{ ...proof, root: proof.root.slice(0, -2) }, /"root"/],
    [{ ...proof, commitment: proof.commitment.slice(2) }, /"commitment"/],
    [{ ...proof, salt: 'zz' }, /"salt"/],
    [{ ...proof, path: [...proof.path, proof.root] }, /"path" has 4 hashes; document 3 of 5 has 3/],
    [{ ...proof, path: proof.path.slice(1) }, /"path"/],
    [{ ...proof, path: [proof.path[0], 'x', proof.path[2]] }, /hash 1 of the proof's "path"/],
    [{ ...proof, path: 'x' }, /"path"/],
    [{ ...proof, archive: -1 }, /"archive"/],
    [{ ...proof, extra: 1 }, /no field "extra"/],
    [[], /JSON object/],
  ]
  for (const [value, message] of bad) {
    assert.throws(() => proofFromJson(JSON.stringify(value)), (e: Error) => e instanceof UserError && message.test(e.message), JSON.stringify(value))
  }
  const { salt: _salt, ...noSalt } = proof
  void _salt
  assert.throws(() => proofFromJson(JSON.stringify(noSalt)), /"salt"/)
  assert.throws(() => proofFromJson('{'), /not valid JSON/)
  assert.throws(() => proofToJson({ ...proof, index: 9 }), UserError)
  assert.ok(!verifyProof({ ...proof, commitment: toHex(d[2]) }))
})

function makeTree(root: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    'a/b/c.txt': new TextEncoder().encode('a nested document'),
    'a/x.txt': new TextEncoder().encode('x'),
    'a-b.txt': new TextEncoder().encode('sorted before a/ by its bytes ("-" < "/")'),
    'empty.txt': new Uint8Array(0),
    'big.bin': Uint8Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => (i * 2654435761) >>> 24),
    'é/ü.txt': new TextEncoder().encode('UTF-8 names'),
    'z\u{1F600}.txt': new TextEncoder().encode('an astral character sorts after U+FFFD in UTF-8, before it in UTF-16'),
    'z\uFFFD.txt': new TextEncoder().encode('U+FFFD'),
  }
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), content)
  }
  symlinkSync(join(root, 'a/x.txt'), join(root, 'link.txt'))
  mkdirSync(join(root, 'empty-dir'))
  return files
}

async function entriesOf(manifest: string): Promise<ManifestEntry[]> {
  const out: ManifestEntry[] = []
  for await (const e of readManifest(manifest)) out.push(e)
  return out
}

test('a directory becomes an archive: manifest, proofs, checks', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'medchain-archive-'))
  try {
    const dir = join(tmp, 'docs')
    mkdirSync(dir)
    const files = makeTree(dir)
    let fifo = 0
    try {
      execFileSync('mkfifo', [join(dir, 'a/fifo')])
      fifo = 1
    } catch {
      // no mkfifo here: the symbolic link alone is skipped
    }
    const manifest = join(tmp, 'archive.jsonl')
    const progress: number[] = []
    const built = await buildArchive(dir, manifest, { onProgress: (n) => progress.push(n) })
    const names = Object.keys(files).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    assert.equal(built.leaves, names.length)
    assert.equal(built.skipped, 1 + fifo)
    assert.equal(built.manifest, manifest)
    assert.equal(progress.at(-1), names.length)
    assert.equal(statSync(manifest).mode & 0o777, 0o600)
    assert.deepEqual(readdirSync(tmp).sort(), ['archive.jsonl', 'docs'], 'no temporary file left')

    const text = readFileSync(manifest, 'utf8').split('\n')
    assert.equal(text[0], '{"format":"medchain-archive/1","tree":"rfc9162-sha256"}')
    assert.equal(text.at(-1), '')
    assert.equal(text.at(-2), `{"leaves":${names.length},"root":"${built.root}"}`)
    const entries = await entriesOf(manifest)
    assert.deepEqual(
      entries.map((e) => e.path),
      names,
    )
    assert.deepEqual(
      entries.map((e) => e.index),
      names.map((_, i) => i),
    )
    for (const e of entries) {
      const salt = Buffer.from(e.salt.slice(2), 'hex')
      assert.equal(e.commitment, toHex(commitment(salt, files[e.path])), e.path)
    }
    assert.equal(new Set(entries.map((e) => e.salt)).size, entries.length, 'a fresh salt per document')
    assert.equal(toHex(archiveRoot(entries.map((e) => Buffer.from(e.commitment.slice(2), 'hex')))), built.root)

    for (const e of entries) {
      const proof = await proveDocument(manifest, e.path, { archive: 3 })
      assert.equal(proof.archive, 3)
      assert.equal(proof.index, e.index)
      assert.equal(proof.root, built.root)
      assert.deepEqual(proofFromJson(proofToJson(proof)), proof)
      assert.ok(await checkDocument(join(dir, e.path), proof), e.path)
      const { archive: _a, ...unnamed } = proof
      void _a
      assert.deepEqual(await proveDocument(manifest, e.index), unnamed, 'by index as by path')
    }
    const proof = await proveDocument(manifest, 'a/x.txt', { root: built.root })
    assert.ok(!(await checkDocument(join(dir, 'a/b/c.txt'), proof)), 'another file')
    assert.ok(!(await checkDocument(join(dir, 'a/x.txt'), { ...proof, salt: toHex(sha(u32(1))) })), 'another salt')
    assert.ok(!(await checkDocument(join(dir, 'a/x.txt'), { ...proof, index: 0 })), 'another index')
    writeFileSync(join(dir, 'a/x.txt'), 'X')
    assert.ok(!(await checkDocument(join(dir, 'a/x.txt'), proof)), 'an altered file')
    const bigProof = await proveDocument(manifest, 'big.bin')
    const big = Buffer.from(files['big.bin'])
    big[big.length - 1] ^= 1
    writeFileSync(join(dir, 'big.bin'), big)
    assert.ok(!(await checkDocument(join(dir, 'big.bin'), bigProof)), 'a large file altered in its last byte')
    await assert.rejects(proveDocument(manifest, 'link.txt'), (e: Error) => e instanceof UserError && e.exitCode === 3)
    await assert.rejects(proveDocument(manifest, names.length), /no document/)
    await assert.rejects(proveDocument(manifest, 0, { root: toHex(sha(u32(0))) }), /another archive/)
    await assert.rejects(checkDocument(join(dir, 'missing'), proof), (e: Error) => e instanceof UserError && e.exitCode === 3)

    // A manifest altered in any way the reader can see is refused.
    const lines = readFileSync(manifest, 'utf8').split('\n')
    const altered = (f: (l: string[]) => string[]) => {
      const p = join(tmp, `altered-${Math.random().toString(16).slice(2)}.jsonl`)
      writeFileSync(p, f(lines.slice()).join('\n'))
      return p
    }
    const swapHex = (l: string, field: string) => l.replace(new RegExp(`"${field}":"0x(.)`), (_, c: string) => `"${field}":"0x${c === '0' ? '1' : '0'}`)
    const refusals: Array<[string, string, RegExp]> = [
      ['a commitment changed', altered((l) => ((l[2] = swapHex(l[2], 'commitment')), l)), /do not make the trailer's root/],
      ['the root changed', altered((l) => ((l[l.length - 2] = swapHex(l[l.length - 2], 'root')), l)), /do not make the trailer's root/],
      ['a line dropped', altered((l) => (l.splice(3, 1), l)), /index 3 where 2 was expected|index/],
      ['two lines swapped', altered((l) => [l[0], l[1], l[3], l[2], ...l.slice(4)]), /index/],
      ['the trailer dropped', altered((l) => (l.splice(l.length - 2, 1), l)), /truncated/],
      ['cut in a line', altered((l) => [...l.slice(0, 4), l[4].slice(0, 20)]), /not JSON/],
      ['a bad header', altered((l) => ((l[0] = '{"format":"other"}'), l)), /not an archive manifest/],
      ['a malformed salt', altered((l) => ((l[1] = l[1].replace('"salt":"0x', '"salt":"0x0')), l)), /malformed salt/],
      ['a line after the trailer', altered((l) => [...l.slice(0, -1), l[1], '']), /after the trailer/],
      ['a path out of order', altered((l) => ((l[2] = l[2].replace(/"path":"[^"]*"/, '"path":"0"')), l)), /not in order/],
      ['a path with ..', altered((l) => ((l[1] = l[1].replace(/"path":"[^"]*"/, '"path":"../etc"')), l)), /malformed path/],
    ]
    for (const [what, p, message] of refusals) {
      await assert.rejects(entriesOf(p), (e: Error) => e instanceof UserError && message.test(e.message), what)
      await assert.rejects(proveDocument(p, 0), UserError, what)
    }

    // Refusals of buildArchive, none leaving a file behind.
    await assert.rejects(buildArchive(dir, manifest), /exists/)
    await assert.rejects(buildArchive(dir, join(dir, 'a/manifest.jsonl')), /inside the archived directory/)
    await assert.rejects(buildArchive(dir, dir), /inside the archived directory/)
    await assert.rejects(buildArchive(join(dir, 'empty-dir'), join(tmp, 'none.jsonl')), /no documents/)
    await assert.rejects(buildArchive(join(tmp, 'missing'), join(tmp, 'none.jsonl')), (e: Error) => e instanceof UserError && e.exitCode === 3)
    assert.ok(!existsSync(join(tmp, 'none.jsonl')))
    assert.ok(!readdirSync(tmp).some((n) => n.endsWith('.tmp')), 'no temporary file left')
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'a/b/c.txt'), 0)
      await assert.rejects(buildArchive(dir, join(tmp, 'unreadable.jsonl')), /cannot read/)
      assert.ok(!readdirSync(tmp).some((n) => n.endsWith('.tmp') || n === 'unreadable.jsonl'))
      chmodSync(join(dir, 'a/b/c.txt'), 0o644)
    }
    const again = await buildArchive(dir, manifest, { overwrite: true, workers: 0 })
    assert.notEqual(again.root, built.root, 'fresh salts, a new root')
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
})

test('worker threads build the same manifest order as this thread, and valid roots', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'medchain-archive-'))
  try {
    const dir = join(tmp, 'docs')
    // 1,300 documents: two full batches of 512 and a partial one, 30 per directory.
    for (let i = 0; i < 1300; i++) {
      const sub = join(dir, `d${Math.floor(i / 30)}`)
      if (i % 30 === 0) mkdirSync(sub, { recursive: true })
      writeFileSync(join(sub, `f${i}`), `document ${i}`)
    }
    const inThread = await buildArchive(dir, join(tmp, 'one.jsonl'), { workers: 0 })
    const inWorkers = await buildArchive(dir, join(tmp, 'two.jsonl'), { workers: 2 })
    assert.equal(inThread.leaves, 1300)
    assert.equal(inWorkers.leaves, 1300)
    const one = await entriesOf(join(tmp, 'one.jsonl'))
    const two = await entriesOf(join(tmp, 'two.jsonl'))
    assert.deepEqual(
      two.map((e) => e.path),
      one.map((e) => e.path),
    )
    assert.equal(toHex(archiveRoot(two.map((e) => Buffer.from(e.commitment.slice(2), 'hex')))), inWorkers.root)
    for (const i of [0, 511, 512, 1023, 1024, 1299]) {
      const proof = await proveDocument(join(tmp, 'two.jsonl'), i)
      assert.ok(await checkDocument(join(dir, two[i].path), proof))
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
})
