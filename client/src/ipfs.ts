// Talks to any IPFS node through the kubo RPC API (`/api/v0/add`, `/api/v0/cat`,
// `/api/v0/pin/add`). Every chunking parameter is sent explicitly so the CID is the one kubo
// makes for the same settings: CIDv1, raw leaves, SHA-256, fixed 256 KiB chunks, balanced
// layout (kubo's defaults for `ipfs add --cid-version 1`).
import { u8aConcat } from '@polkadot/util'
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

  private async post(path: string, params: Record<string, string>, body?: FormData): Promise<Response> {
    const query = new URLSearchParams(params).toString()
    let response: Response
    try {
      response = await fetch(`${this.url.replace(/\/$/, '')}/api/v0/${path}?${query}`, { method: 'POST', body })
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
    const form = new FormData()
    form.append('file', new Blob([data as Uint8Array<ArrayBuffer>]), 'record')
    onProgress?.(0, data.length)
    const r = await this.post('add', { ...ADD_PARAMS, progress: 'false' }, form)
    const lines = (await r.text()).trim().split('\n')
    const last = JSON.parse(lines[lines.length - 1]) as { Hash: string }
    onProgress?.(data.length, data.length)
    return last.Hash
  }

  /** The content of `cid`. */
  async cat(cid: string, onProgress?: Progress): Promise<Uint8Array> {
    const r = await this.post('cat', { arg: cid })
    const total = Number(r.headers.get('x-content-length') ?? 0)
    const chunks: Uint8Array[] = []
    let done = 0
    const reader = r.body?.getReader()
    if (!reader) return new Uint8Array()
    for (;;) {
      const { value, done: end } = await reader.read()
      if (end) break
      chunks.push(value)
      done += value.length
      onProgress?.(done, total)
    }
    return u8aConcat(...chunks)
  }

  /** Pins `cid`. */
  async pin(cid: string): Promise<void> {
    await this.post('pin/add', { arg: cid })
  }
}
