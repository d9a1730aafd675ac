// The streamed record file format ("MCR2"): chunked AES-256-GCM in the STREAM construction.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { commitment, decryptRecord, decryptRecordStream, encryptRecord, encryptRecordStream, randomBytes, sourceOf, StreamOpener } from '../../src/crypto.js'
import { UserError } from '../../src/errors.js'

function pieces(data: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const parts: Uint8Array[] = []
  for (let at = 0; at < data.length; at += size) parts.push(data.subarray(at, at + size))
  return sourceOf(...parts)
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const p of source) parts.push(p.slice())
  return Buffer.concat(parts)
}

async function sealed(plaintext: Uint8Array, chunk: number, feed = 1000) {
  const r = encryptRecordStream(pieces(plaintext, feed), chunk)
  const file = await collect(r.ciphertext)
  return { r, file }
}

test('a streamed record opens, whole or in pieces, to its plaintext and commitment', async () => {
  // Lengths around the chunk boundaries (the salt's 32 bytes come first).
  for (const [length, chunk] of [[0, 64], [1, 64], [31, 64], [32, 64], [96, 64], [97, 64], [10_000, 64], [5, 8], [200_000, 65_536]]) {
    const plaintext = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff)
    const { r, file } = await sealed(plaintext, chunk, 777)
    assert.deepEqual(Buffer.from(r.contentHash()), Buffer.from(commitment(r.salt, plaintext)))
    const whole = decryptRecord(file, r.dataKey)
    assert.deepEqual(Buffer.from(whole.plaintext), Buffer.from(plaintext), `length ${length}, chunk ${chunk}`)
    const out: Uint8Array[] = []
    const opened = await decryptRecordStream(pieces(file, 333), r.dataKey, (p) => void out.push(p.slice()))
    assert.deepEqual(Buffer.concat(out), Buffer.from(plaintext))
    assert.deepEqual(Buffer.from(opened.salt), Buffer.from(r.salt))
    assert.deepEqual(Buffer.from(opened.contentHash), Buffer.from(r.contentHash()))
  }
})

test('the file is the header and one sealed chunk per chunk of salt and plaintext', async () => {
  const { file } = await sealed(new Uint8Array(100), 64)
  // 15-byte header; 132 bytes of stream: chunks of 64, 64 and 4, each with a 16-byte tag.
  assert.equal(file.length, 15 + (64 + 16) * 2 + (4 + 16))
  assert.equal(new TextDecoder().decode(file.subarray(0, 4)), 'MCR2')
})

test('a dropped, repeated, swapped, tampered or cut-off chunk is refused', async () => {
  const { r, file } = await sealed(Uint8Array.from({ length: 300 }, (_, i) => i & 0xff), 64)
  const header = file.subarray(0, 15)
  const chunks: Uint8Array[] = []
  for (let at = 15; at < file.length; at += 80) chunks.push(file.subarray(at, at + 80))
  const join = (...parts: Uint8Array[]) => Buffer.concat([header, ...parts])
  const variants = {
    'the last chunk dropped (truncated at a chunk boundary)': join(...chunks.slice(0, -1)),
    'a middle chunk dropped': join(chunks[0], ...chunks.slice(2)),
    'a chunk repeated': join(chunks[0], chunks[0], ...chunks.slice(1)),
    'two chunks swapped': join(chunks[1], chunks[0], ...chunks.slice(2)),
    'cut inside the last chunk': file.subarray(0, file.length - 3),
    'a byte appended': Buffer.concat([file, new Uint8Array(1)]),
  }
  for (const [what, bad] of Object.entries(variants)) {
    assert.throws(() => decryptRecord(bad, r.dataKey), UserError, what)
    await assert.rejects(decryptRecordStream(pieces(bad, 50), r.dataKey, () => undefined), UserError, what)
  }
  for (const at of [0, 4, 8, 14, 15, 100, file.length - 1]) {
    const bad = Uint8Array.from(file)
    bad[at] ^= 1
    assert.throws(() => decryptRecord(bad, r.dataKey), UserError, `byte ${at} flipped`)
  }
  assert.throws(() => decryptRecord(file, randomBytes(32)), /wrong key/)
})

test('a hostile header cannot make a reader allocate a huge chunk', () => {
  const header = Buffer.concat([Buffer.from('MCR2'), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(7)])
  assert.throws(() => new StreamOpener(randomBytes(32)).push(header), /chunk size/)
})

test('a large stream holds about one chunk of plaintext, not the file', async () => {
  // 64 MiB of plaintext through encryption and decryption, never more than a few chunks alive.
  const size = 64 * 1024 * 1024
  const block = new Uint8Array(1024 * 1024).fill(7)
  const source = () => sourceOf(...Array.from({ length: size / block.length }, () => block))
  const before = process.memoryUsage().arrayBuffers
  let peak = 0
  const r = encryptRecordStream(source())
  const opened = await decryptRecordStream(r.ciphertext, r.dataKey, () => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - before)
  })
  assert.deepEqual(Buffer.from(opened.contentHash), Buffer.from(r.contentHash()))
  assert.ok(peak < 16 * 1024 * 1024, `${peak} bytes of buffers alive at once`)
})

test('a whole-file record (MCR1) still opens through the streaming reader', async () => {
  const plaintext = new TextEncoder().encode('an older record')
  const r = encryptRecord(plaintext)
  const out: Uint8Array[] = []
  const opened = await decryptRecordStream(pieces(r.ciphertext, 3), r.dataKey, (p) => void out.push(p.slice()))
  assert.deepEqual(Buffer.concat(out), Buffer.from(plaintext))
  assert.deepEqual(Buffer.from(opened.contentHash), Buffer.from(r.contentHash))
})

test('WebCrypto and @noble seal the same chunks: a file written with either opens with the other', async () => {
  const plaintext = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 7) & 0xff)
  // Without WebCrypto's `subtle` (a platform that lacks it), the chunks are sealed and opened
  // with @noble.
  const withoutWebCrypto = async <T>(f: () => Promise<T>): Promise<T> => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto') as PropertyDescriptor
    const random = globalThis.crypto
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: <T extends ArrayBufferView>(a: T) => random.getRandomValues(a) }, configurable: true })
    try {
      return await f()
    } finally {
      Object.defineProperty(globalThis, 'crypto', descriptor)
    }
  }
  const open = async (file: Uint8Array, dataKey: Uint8Array) => {
    const out: Uint8Array[] = []
    const opened = await decryptRecordStream(pieces(file, 5000), dataKey, (p) => void out.push(p.slice()))
    return { plaintext: Buffer.concat(out), contentHash: Buffer.from(opened.contentHash) }
  }
  const byNoble = await withoutWebCrypto(() => sealed(plaintext, 4096))
  const byWebCrypto = await sealed(plaintext, 4096)
  for (const { r, file } of [byNoble, byWebCrypto]) {
    for (const opened of [await open(file, r.dataKey), await withoutWebCrypto(() => open(file, r.dataKey))]) {
      assert.deepEqual(opened.plaintext, Buffer.from(plaintext))
      assert.deepEqual(opened.contentHash, Buffer.from(r.contentHash()))
    }
    assert.deepEqual(Buffer.from(decryptRecord(file, r.dataKey).plaintext), Buffer.from(plaintext))
    const bad = Uint8Array.from(file)
    bad[file.length - 20] ^= 1
    await assert.rejects(open(bad, r.dataKey), /wrong key/)
    await assert.rejects(withoutWebCrypto(() => open(bad, r.dataKey)), /wrong key/)
  }
})
