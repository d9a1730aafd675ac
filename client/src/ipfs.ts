// Talks to any IPFS node through the kubo RPC API (`/api/v0/add`, `/api/v0/cat`,
// `/api/v0/pin/add`). Every chunking parameter is sent explicitly so the CID is the one kubo
// makes for the same settings: CIDv1, raw leaves, SHA-256, fixed 256 KiB chunks, balanced
// layout (kubo's defaults for `ipfs add --cid-version 1`).
import { u8aConcat } from '@polkadot/util'
import { sourceOf } from './crypto.js'
import { EXIT, UserError } from './errors.js'

/** The add parameters: kubo's `ipfs add --cid-version 1`, written out. */
export const ADD_PARAMS = {
  'cid-version': '1',
  'raw-leaves': 'true',
  hash: 'sha2-256',
  chunker: 'size-262144',
  trickle: 'false',
  pin: 'true',
}

/** Progress callback: bytes done out of total. */
export type Progress = (done: number, total: number) => void

/** A kubo RPC client. */
export class Ipfs {
  constructor(readonly url: string) {}

  private async post(path: string, params: Record<string, string>, body?: FormData | ReadableStream<Uint8Array>, contentType?: string): Promise<Response> {
    const query = new URLSearchParams(params).toString()
    let response: Response
    try {
      const init: RequestInit & { duplex?: 'half' } = { method: 'POST', body }
      if (contentType) init.headers = { 'content-type': contentType }
      if (body instanceof ReadableStream) {
        // A streamed body (Node's fetch) is sent as it is read. Unless the request may not
        // follow a redirect and has no window, fetch clones it first, teeing the body: the
        // branch the clone keeps is never read and buffers the whole upload
        // (nodejs/undici#4058). A stream cannot be sent again on a redirect anyway, and the
        // kubo API does not redirect.
        init.duplex = 'half'
        init.redirect = 'error'
        init.window = null
      }
      response = await fetch(`${this.url.replace(/\/$/, '')}/api/v0/${path}?${query}`, init)
    } catch (e) {
      throw new UserError(`cannot reach the IPFS node at ${this.url} (${(e as Error).message}); is it running?`, EXIT.unreachable)
    }
    if (response.status === 404 && path === 'cat') {
      throw new UserError(`the IPFS node does not have ${params.arg} (was it added there, or pinned elsewhere?)`, EXIT.notFound)
    }
    if (!response.ok) {
      const text = (await response.text()).slice(0, 200)
      throw new UserError(`the IPFS node refused ${path}: ${response.status} ${text}`)
    }
    return response
  }

  /** The node's version string (checks that it answers). */
  async version(): Promise<string> {
    const r = await this.post('version', {})
    return ((await r.json()) as { Version: string }).Version
  }

  /** Adds `data` (pinned); returns its CID (base32 CIDv1). */
  async add(data: Uint8Array, onProgress?: Progress): Promise<string> {
    return this.addStream(sourceOf(data), onProgress, data.length)
  }

  /** Adds what `source` yields (pinned), streaming it to the node: in Node the upload holds
   *  one piece at a time; a browser, which cannot stream a request body over HTTP/1.1, sends
   *  a Blob of the pieces. Returns the CID (base32 CIDv1). `total`, if known, is passed to
   *  `onProgress` with the bytes sent so far. */
  async addStream(source: AsyncIterable<Uint8Array>, onProgress?: Progress, total = 0): Promise<string> {
    let sent = 0
    const counted = async function* () {
      onProgress?.(0, total)
      for await (const piece of source) {
        sent += piece.length
        yield piece
        onProgress?.(sent, Math.max(total, sent))
      }
    }
    let r: Response
    if (typeof process !== 'undefined' && process.versions?.node) {
      const boundary = `medchain-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`
      const encoder = new TextEncoder()
      const head = encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="record"\r\nContent-Type: application/octet-stream\r\n\r\n`)
      const tail = encoder.encode(`\r\n--${boundary}--\r\n`)
      const parts = (async function* () {
        yield head
        yield* counted()
        yield tail
      })()
      // A failure of the source (reading the file, encrypting) is the error to report, not
      // the aborted upload it causes.
      let failed: { error: unknown } | undefined
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { value, done } = await parts.next()
            if (done) controller.close()
            else controller.enqueue(value)
          } catch (error) {
            failed = { error }
            controller.error(error)
          }
        },
      })
      try {
        r = await this.post('add', { ...ADD_PARAMS, progress: 'false' }, body, `multipart/form-data; boundary=${boundary}`)
      } catch (e) {
        if (failed) throw failed.error
        throw e
      }
    } else {
      const pieces: Uint8Array[] = []
      for await (const piece of counted()) pieces.push(piece)
      const form = new FormData()
      form.append('file', new Blob(pieces as Uint8Array<ArrayBuffer>[]), 'record')
      r = await this.post('add', { ...ADD_PARAMS, progress: 'false' }, form)
    }
    const lines = (await r.text()).trim().split('\n')
    const last = JSON.parse(lines[lines.length - 1]) as { Hash: string }
    return last.Hash
  }

  /** The content of `cid`. */
  async cat(cid: string, onProgress?: Progress): Promise<Uint8Array> {
    const chunks: Uint8Array[] = []
    for await (const piece of this.catStream(cid, onProgress)) chunks.push(piece)
    return u8aConcat(...chunks)
  }

  /** The content of `cid`, piece by piece as the node sends it. */
  async *catStream(cid: string, onProgress?: Progress): AsyncIterable<Uint8Array> {
    const r = await this.post('cat', { arg: cid })
    const total = Number(r.headers.get('x-content-length') ?? 0)
    let done = 0
    const reader = r.body?.getReader()
    if (!reader) return
    try {
      for (;;) {
        const { value, done: end } = await reader.read()
        if (end) break
        done += value.length
        onProgress?.(done, total)
        yield value
      }
    } finally {
      reader.releaseLock()
    }
  }

  /** Pins `cid`. */
  async pin(cid: string): Promise<void> {
    await this.post('pin/add', { arg: cid })
  }
}
