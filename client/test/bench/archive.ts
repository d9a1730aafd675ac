// Bulk archive anchoring, measured: building an archive of many small documents end to end
// (walk, read, salt, hash, tree, manifest), the tree alone, one proof from the manifest, and
// checking proofs.
//
//   node dist/test/bench/archive.js [--docs 200000] [--size 1024] [--workers N] [--out report.json]
//
// The documents (random bytes, 100 per subdirectory) are written to a temporary directory
// first, untimed; they are then in the page cache, so the build reads from memory, as it would
// after a first pass over a hot archive (a cold disk adds its own latency). The build runs in a
// child process of its own, so that its peak resident memory (the kernel's VmHWM) is the
// build's. The target: at least 100,000 documents a second end to end for small documents.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes, randomFillSync } from 'node:crypto'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ArchiveTree, inclusionPath, leafHash, nodeHash, toHex, verifyInclusion, type Sha256 } from '../../src/archive.js'
import { buildArchive, nodeSha256, proveDocument, readManifest } from '../../src/archive-dir.js'

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9

function peakRssMiB(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'))
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024
}

/** The build, in this (child) process: prints its figures as JSON. */
async function child(dir: string, manifest: string, workers: string): Promise<void> {
  const cpu = process.cpuUsage()
  const t = process.hrtime.bigint()
  const built = await buildArchive(dir, manifest, workers === 'default' ? {} : { workers: Number(workers) })
  const s = seconds(t)
  const used = process.cpuUsage(cpu)
  process.stdout.write(JSON.stringify({ seconds: s, leaves: built.leaves, root: built.root, cpuSeconds: (used.user + used.system) / 1e6, peakRssMiB: peakRssMiB() }) + '\n')
}

/**
 * Every leaf's path at once, for the verification benchmark: RFC 9162's tree is also built
 * bottom up, pairing each level's nodes left to right and carrying an odd last node up
 * unchanged, so a leaf's path is its sibling at each level that has one. (Checked below
 * against inclusionPath.)
 */
function allLevels(leaves: Uint8Array[], hash: Sha256): Uint8Array[][] {
  const levels = [leaves]
  for (let level = leaves; level.length > 1; ) {
    const up: Uint8Array[] = []
    for (let i = 0; i + 1 < level.length; i += 2) up.push(nodeHash(level[i], level[i + 1], hash))
    if (level.length % 2) up.push(level[level.length - 1])
    levels.push(up)
    level = up
  }
  return levels
}

function pathFromLevels(levels: Uint8Array[][], index: number): Uint8Array[] {
  const path: Uint8Array[] = []
  for (let l = 0, i = index; l < levels.length - 1; l++, i = Math.floor(i / 2)) {
    const sibling = i ^ 1
    if (sibling < levels[l].length) path.push(levels[l][sibling])
  }
  return path
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function main(argv: string[]): Promise<void> {
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined)
  const docs = Number(at('--docs') ?? 200_000)
  const size = Number(at('--size') ?? 1024)
  const workers = at('--workers') ?? 'default'
  const out = at('--out')
  if (!Number.isSafeInteger(docs) || docs < 1 || !Number.isSafeInteger(size) || size < 0) throw new Error('--docs is a number from 1, --size a number of bytes')
  const tmp = mkdtempSync(join(tmpdir(), 'medchain-archive-bench-'))
  try {
    // The documents, untimed.
    const dir = join(tmp, 'docs')
    let t = process.hrtime.bigint()
    const block = Buffer.allocUnsafe(size * 100)
    for (let i = 0; i < docs; i++) {
      if (i % 100 === 0) {
        mkdirSync(join(dir, `d${String(i / 100).padStart(6, '0')}`), { recursive: true })
        randomFillSync(block)
      }
      writeFileSync(join(dir, `d${String(Math.floor(i / 100)).padStart(6, '0')}`, `doc${String(i % 100).padStart(3, '0')}.bin`), block.subarray((i % 100) * size, (i % 100 + 1) * size))
    }
    process.stderr.write(`${docs} documents of ${size} bytes written in ${seconds(t).toFixed(1)} s\n`)

    // The build, end to end, in a child process.
    const manifest = join(tmp, 'archive.jsonl')
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, manifest, workers], { encoding: 'utf8', maxBuffer: 1 << 20 })
    if (run.status !== 0) throw new Error(`the build failed: ${run.stderr}`)
    const build = JSON.parse(run.stdout) as { seconds: number; leaves: number; root: string; cpuSeconds: number; peakRssMiB: number }
    if (build.leaves !== docs) throw new Error(`built ${build.leaves} documents of ${docs}`)

    // The tree alone, over commitments in memory: node:crypto's SHA-256 (what the build uses)
    // and @noble's (the browser-safe default).
    const commitments = randomBytes(docs * 32)
    const treeRate = (hash: Sha256 | undefined, n: number) => {
      const tree = new ArchiveTree(hash)
      const t0 = process.hrtime.bigint()
      for (let i = 0; i < n; i++) tree.add(commitments.subarray(i * 32, i * 32 + 32))
      tree.root()
      return n / seconds(t0)
    }
    const treeNode = treeRate(nodeSha256, docs)
    const treeNoble = treeRate(undefined, Math.min(docs, 100_000))

    // One proof from the manifest (read once, whole, and checked).
    t = process.hrtime.bigint()
    const proof = await proveDocument(manifest, Math.floor(docs / 3))
    const proveSeconds = seconds(t)
    if (proof.root !== build.root) throw new Error('the proof has another root')

    // Checking 10,000 proofs of random documents.
    const leaves: Uint8Array[] = []
    const entries: Uint8Array[] = []
    for await (const e of readManifest(manifest)) {
      const c = Buffer.from(e.commitment.slice(2), 'hex')
      entries.push(c)
      leaves.push(leafHash(c, nodeSha256))
    }
    const levels = allLevels(leaves, nodeSha256)
    const root = Buffer.from(build.root.slice(2), 'hex')
    if (toHex(levels[levels.length - 1][0]) !== build.root) throw new Error('the bottom-up tree has another root')
    for (const i of [0, Math.floor(docs / 2), docs - 1]) {
      if (inclusionPath(leaves, i, nodeSha256).map(toHex).join() !== pathFromLevels(levels, i).map(toHex).join()) throw new Error(`paths differ for ${i}`)
    }
    const claims = Array.from({ length: 10_000 }, () => {
      const index = randomBytes(6).readUIntBE(0, 6) % docs
      return { root, size: docs, index, commitment: entries[index], path: pathFromLevels(levels, index) }
    })
    const verifyTimes = (hash: Sha256 | undefined) => {
      const times: number[] = []
      for (const claim of claims) {
        const t0 = process.hrtime.bigint()
        const ok = verifyInclusion(claim, hash)
        times.push(Number(process.hrtime.bigint() - t0) / 1e3)
        if (!ok) throw new Error(`the proof of ${claim.index} does not verify`)
      }
      times.sort((a, b) => a - b)
      return { p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length }
    }
    verifyTimes(undefined) // warm up
    const verifyNoble = verifyTimes(undefined)
    const verifyNode = verifyTimes(nodeSha256)

    const mb = (docs * size) / 1e6
    const report = {
      docs,
      size,
      workers,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      build: {
        seconds: build.seconds,
        docsPerSecond: docs / build.seconds,
        mbPerSecond: mb / build.seconds,
        cpuSeconds: build.cpuSeconds,
        cpuMicrosecondsPerDoc: (build.cpuSeconds / docs) * 1e6,
        peakRssMiB: build.peakRssMiB,
        manifestBytes: readFileSync(manifest).length,
      },
      treeOnly: { nodeCryptoDocsPerSecond: treeNode, nobleDocsPerSecond: treeNoble },
      prove: { seconds: proveSeconds, pathLength: proof.path.length },
      verify: { proofs: claims.length, noble: verifyNoble, nodeCrypto: verifyNode },
    }
    const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
    const rows: Array<[string, string]> = [
      ['documents × size', `${f(docs)} × ${f(size)} B`],
      ['build, end to end', `${f(build.seconds, 2)} s: ${f(docs / build.seconds)} docs/s, ${f(mb / build.seconds, 1)} MB/s`],
      ['build CPU (all threads)', `${f(build.cpuSeconds, 2)} s, ${f((build.cpuSeconds / docs) * 1e6, 1)} µs/doc`],
      ['build peak RSS', `${f(build.peakRssMiB, 1)} MiB`],
      ['tree only (node:crypto)', `${f(treeNode)} docs/s`],
      ['tree only (@noble)', `${f(treeNoble)} docs/s`],
      ['proveDocument (one)', `${f(proveSeconds * 1e3)} ms, path of ${proof.path.length}`],
      ['verifyInclusion (@noble)', `p50 ${f(verifyNoble.p50, 1)} µs, p99 ${f(verifyNoble.p99, 1)} µs`],
      ['verifyInclusion (node:crypto)', `p50 ${f(verifyNode.p50, 1)} µs, p99 ${f(verifyNode.p99, 1)} µs`],
    ]
    const width = Math.max(...rows.map(([k]) => k.length))
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`)
    if (out) writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const argv = process.argv.slice(2)
if (argv[0] === '--child') await child(argv[1], argv[2], argv[3])
else await main(argv)
