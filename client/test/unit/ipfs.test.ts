import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CID } from 'multiformats/cid'
import { Ipfs } from '../../src/ipfs.js'
import { startDevIpfs, type DevIpfs } from '@medchain/ipfs-dev'

let node: DevIpfs
let ipfs: Ipfs

before(async () => {
  node = await startDevIpfs(mkdtempSync(join(tmpdir(), 'medchain-ipfs-')))
  ipfs = new Ipfs(node.url)
})
after(() => node.close())

const hello = new TextEncoder().encode('hello world\n')

test("CIDs are kubo's for the same settings", async () => {
  // `ipfs add --cid-version 1 hello.txt` (raw leaves).
  assert.equal(await ipfs.add(hello), 'bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4')
  // `ipfs add hello.txt` (CIDv0, dag-pb leaves): kubo's well-known QmT78zSu...
  const r = await fetch(`${node.url}/api/v0/add?cid-version=0&raw-leaves=false&chunker=size-262144`, {
    method: 'POST',
    body: (() => {
      const f = new FormData()
      f.append('file', new Blob([hello]), 'hello.txt')
      return f
    })(),
  })
  assert.equal(((await r.json()) as { Hash: string }).Hash, 'QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o')
})

test('a multi-chunk file round-trips under a dag-pb root', async () => {
  const data = randomBytes(600 * 1024)
  const seen: number[] = []
  const cid = await ipfs.add(data, (done) => seen.push(done))
  const parsed = CID.parse(cid)
  assert.equal(parsed.version, 1)
  assert.equal(parsed.code, 0x70, 'three 256 KiB chunks are linked by a dag-pb node')
  assert.deepEqual(Buffer.from(await ipfs.cat(cid)), data)
  assert.equal(seen[seen.length - 1], data.length)
  await ipfs.pin(cid)
})

test('unknown CIDs and unreachable nodes give one-line errors', async () => {
  const missing = 'bafkreie7ohywtosou76tasm7j63yigtzxe7d5zqus4zu3j6oltvgtibeom'
  await assert.rejects(ipfs.cat(missing), /does not have bafkrei/)
  await assert.rejects(new Ipfs('http://127.0.0.1:1').version(), /cannot reach the IPFS node/)
})

test('a streamed upload is sent as it is read, not held in memory', async () => {
  // A node that reads and drops what it is sent. Node's fetch once kept a copy of a streamed
  // body until the request ended (a tee for redirects): the whole upload.
  const size = 96 * 1024 * 1024
  let received = 0
  const server = createServer((req, res) => {
    req.on('data', (c: Buffer) => void (received += c.length))
    req.on('end', () => res.end(JSON.stringify({ Hash: 'dropped' }) + '\n'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const before = process.memoryUsage().arrayBuffers
    let peak = 0
    // Fresh 1 MiB pieces, made as they are asked for.
    let sent = 0
    const source: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          peak = Math.max(peak, process.memoryUsage().arrayBuffers - before)
          if (sent >= size) return Promise.resolve({ done: true, value: undefined })
          sent += 1024 * 1024
          return Promise.resolve({ done: false, value: new Uint8Array(1024 * 1024).fill(sent & 0xff) })
        },
      }),
    }
    assert.equal(await new Ipfs(`http://127.0.0.1:${port}`).addStream(source), 'dropped')
    assert.ok(received > size)
    assert.ok(peak < size / 2, `${peak} bytes of buffers alive at once`)
  } finally {
    server.close()
  }
})
