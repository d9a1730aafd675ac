// The chain side: connecting, signing and sending MedChain calls with polkadot.js, turning
// failures into one-line errors and the events a call emitted into plain objects. (The
// runtime API queries are in medchain.ts.)
import { ApiPromise, WsProvider } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import type { KeyringPair } from '@polkadot/keyring/types'
import type { ISubmittableResult } from '@polkadot/types/types'
import { u8aToHex } from '@polkadot/util'
import { UserError } from './errors.js'
import { medchainRpc } from './rpc-definitions.js'

/** MedChain's SS58 address format. */
export const SS58_FORMAT = 6336

/** Connects to a node's WebSocket JSON-RPC; fails in `timeoutMs` if nobody answers. */
export async function connect(url: string, timeoutMs = 15_000): Promise<ApiPromise> {
  const provider = new WsProvider(url, false)
  try {
    await Promise.race([
      provider.connect(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    const api = await Promise.race([
      ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true, rpc: medchainRpc }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    return api
  } catch (e) {
    await provider.disconnect().catch(() => undefined)
    throw new UserError(`cannot reach a MedChain node at ${url} (${(e as Error).message}); is it running?`)
  }
}

/** What a transaction did once in a block. */
export interface Sent {
  blockHash: string
  /** Each event's fields by name (camelCase), or by position when unnamed. */
  events: { section: string; method: string; data: Record<string, unknown> }[]
}

/** Signs `tx` with `signer`, sends it and waits until it is in a block; a failed dispatch
 *  becomes a one-line error naming the pallet's error and its documentation. */
export async function send(api: ApiPromise, signer: KeyringPair, tx: SubmittableExtrinsic<'promise'>): Promise<Sent> {
  return new Promise<Sent>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined
    const done = (f: () => void) => {
      unsubscribe?.()
      f()
    }
    tx.signAndSend(signer, { nonce: -1 }, (result: ISubmittableResult) => {
      if (result.isError) {
        return done(() => reject(new UserError(`the transaction was dropped (${result.status.type})`)))
      }
      if (!result.status.isInBlock && !result.status.isFinalized) return
      const failure = result.dispatchError
      if (failure) {
        let message = failure.toString()
        if (failure.isModule) {
          const meta = api.registry.findMetaError(failure.asModule)
          message = `${meta.section}.${meta.name}: ${meta.docs.join(' ').trim()}`
        }
        return done(() => reject(new UserError(message)))
      }
      const events = result.events.map(({ event }) => {
        // Named fields (snake_case in the metadata) as camelCase keys.
        const names: string[] = event.data.names ?? []
        const data: Record<string, unknown> = {}
        event.data.forEach((value, i) => {
          const name = names[i] ? names[i].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : String(i)
          data[name] = value.toPrimitive()
        })
        return { section: event.section, method: event.method, data }
      })
      done(() => resolve({ blockHash: result.status.isInBlock ? result.status.asInBlock.toHex() : result.status.asFinalized.toHex(), events }))
    })
      .then((u) => {
        unsubscribe = u
      })
      .catch((e: Error) => {
        const m = e.message
        if (m.includes('1010')) {
          reject(new UserError(`the node refused the transaction: ${m} (is the account registered and active, or funded?)`))
        } else {
          reject(new UserError(`the node refused the transaction: ${m}`))
        }
      })
  })
}

/** The value of event `section.method` in `sent`, if emitted. */
export function eventData(sent: Sent, section: string, method: string): Record<string, unknown> | undefined {
  return sent.events.find((e) => e.section === section && e.method === method)?.data
}

/** 0x-hex of bytes. */
export const hex = (b: Uint8Array) => u8aToHex(b)
