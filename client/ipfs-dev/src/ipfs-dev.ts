#!/usr/bin/env node
// A local, offline IPFS node for development and tests: Helia with a filesystem blockstore,
// serving the subset of the kubo RPC API the client uses (`add`, `cat`, `pin/add`,
// `version`). It has no libp2p, bitswap or gateway client: it dials nobody, nobody dials it.
//
//   medchain-ipfs-dev --repo <dir> [--port 5001] [--allow-origin http://127.0.0.1:8080 ...]
import './polyfill.js'
import { createServer, IncomingMessage, ServerResponse } from 'node:http'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createHeliaLight, type Helia } from 'helia'
import { unixfs, type UnixFS } from '@helia/unixfs'
import { FsBlockstore } from 'blockstore-fs'
import { FsDatastore } from 'datastore-fs'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced, trickle } from 'ipfs-unixfs-importer/layout'
import { CID } from 'multiformats/cid'

/** A running dev node. */
export interface DevIpfs {
  url: string
  close(): Promise<void>
}

function importOptions(q: URLSearchParams) {
  const version = Number(q.get('cid-version') ?? '0')
  const chunker = q.get('chunker') ?? 'size-262144'
  const size = /^size-(\d+)$/.exec(chunker)
  if (!size) throw new Error(`unsupported chunker ${chunker}`)
  if ((q.get('hash') ?? 'sha2-256') !== 'sha2-256') throw new Error('only sha2-256 is supported')
  const rawLeaves = q.has('raw-leaves') ? q.get('raw-leaves') === 'true' : version === 1
  return {
    cidVersion: version as 0 | 1,
    rawLeaves,
    chunker: fixedSize({ chunkSize: Number(size[1]) }),
    layout: q.get('trickle') === 'true' ? trickle() : balanced({ maxChildrenPerNode: 174 }),
    reduceSingleLeafToSelf: true,
  }
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function handle(fs: UnixFS, helia: Helia, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const q = url.searchParams
  switch (url.pathname) {
    case '/api/v0/version':
      return json(res, { Version: 'medchain-ipfs-dev (helia)' })
    case '/api/v0/add': {
      const request = new Request('http://localhost', { method: 'POST', headers: req.headers as HeadersInit, body: (await body(req)) as unknown as BodyInit })
      const form = await request.formData()
      const file = form.get('file')
      if (!file || typeof file === 'string') return fail(res, 400, 'no file part')
      const data = new Uint8Array(await file.arrayBuffer())
      const cid = await fs.addBytes(data, importOptions(q))
      if (q.get('pin') !== 'false') await pin(helia, cid)
      return json(res, { Name: 'record', Hash: cid.toString(), Size: String(data.length) })
    }
    case '/api/v0/cat': {
      const cid = CID.parse(q.get('arg') ?? '')
      const chunks: Uint8Array[] = []
      for await (const c of fs.cat(cid, { offline: true })) chunks.push(c)
      const data = Buffer.concat(chunks)
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-content-length': String(data.length) })
      return res.end(data)
    }
    case '/api/v0/pin/add': {
      const cid = CID.parse(q.get('arg') ?? '')
      await pin(helia, cid)
      return json(res, { Pins: [cid.toString()] })
    }
    default:
      return fail(res, 404, `unsupported ${url.pathname}`)
  }
}

async function pin(helia: Helia, cid: CID) {
  if (await helia.pins.isPinned(cid)) return
  for await (const pinned of helia.pins.add(cid)) void pinned
}

function json(res: ServerResponse, value: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(value) + '\n')
}

function fail(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ Message: message, Code: 0, Type: 'error' }))
}

/** Options of a dev node. */
export interface DevIpfsOptions {
  /** Web origins (`http://127.0.0.1:8080`) whose pages may call the API (CORS), as kubo's
   *  `API.HTTPHeaders.Access-Control-Allow-Origin` allows; every other origin is refused. */
  allowOrigins?: string[]
}

/** Starts a dev node with its repository in `repo`, listening on 127.0.0.1:`port` (0: any). */
export async function startDevIpfs(repo: string, port = 0, options: DevIpfsOptions = {}): Promise<DevIpfs> {
  const allowed = new Set(options.allowOrigins ?? [])
  mkdirSync(repo, { recursive: true })
  // Helia without libp2p, bitswap or HTTP gateways: blocks come only from this repository.
  const helia = createHeliaLight({
    blockstore: new FsBlockstore(join(repo, 'blocks')),
    datastore: new FsDatastore(join(repo, 'datastore')),
  })
  await helia.start()
  const fs = unixfs(helia)
  const server = createServer((req, res) => {
    // A web page may POST here without a CORS preflight, and DNS rebinding could read the
    // answers: refuse anything a browser sends (an Origin header) or that names another host.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const origin = req.headers.origin
    if ((origin !== undefined && !allowed.has(origin)) || !['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      return fail(res, 403, 'browser origins (other than --allow-origin ones) and other hosts are refused')
    }
    if (origin !== undefined) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('vary', 'Origin')
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' })
        return res.end()
      }
    }
    handle(fs, helia, req, res).catch((e: Error) => {
      // A block that is not in the repository cannot be fetched: this node never goes online.
      const notFound = /NotFound|Offline/i.test(e.name) || /not found|offline/i.test(e.message)
      fail(res, notFound ? 404 : 500, notFound ? 'block not found in this offline repository' : e.message)
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://127.0.0.1:${actual}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await helia.stop()
    },
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('medchain-ipfs-dev')) {
  const args = process.argv.slice(2)
  const get = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const repo = get('--repo') ?? '.ipfs-dev'
  const port = Number(get('--port') ?? 5001)
  const allowOrigins = args.flatMap((a, i) => (a === '--allow-origin' && args[i + 1] ? [args[i + 1]] : []))
  startDevIpfs(repo, port, { allowOrigins }).then(
    (node) => console.log(`medchain-ipfs-dev: kubo RPC API on ${node.url} (repo ${repo}, offline)`),
    (e) => {
      console.error(`medchain-ipfs-dev: ${(e as Error).message}`)
      process.exit(1)
    },
  )
}
