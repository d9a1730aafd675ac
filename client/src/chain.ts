// The chain side: connecting, signing and sending MedChain calls with polkadot.js, turning
// failures (the call's own, or the inner call of sudo, a council motion or a batch) into
// one-line errors, and the events a call emitted into plain objects. (The runtime API
// queries and flows are in medchain.ts.)
import { ApiPromise, WsProvider } from '@polkadot/api'
import type { ApiDecoration, SubmittableExtrinsic } from '@polkadot/api/types'
import type { DispatchError } from '@polkadot/types/interfaces'
import type { ISubmittableResult } from '@polkadot/types/types'
import { u8aToHex } from '@polkadot/util'
import { EXIT, UserError } from './errors.js'
import type { Account } from './keys.js'
import { medchainRpc } from './rpc-definitions.js'

export { SS58_FORMAT } from './keys.js'

/** Connects to a node's WebSocket JSON-RPC (`ws://` or `wss://`); fails in `timeoutMs` if
 *  nobody answers. `autoConnect` keeps a long-running app reconnecting after a drop. */
export async function connect(url: string, timeoutMs = 15_000, autoConnect = false): Promise<ApiPromise> {
  if (!/^wss?:\/\//.test(url)) throw new UserError(`a node URL starts with ws:// or wss://, not '${url}'`)
  const provider = new WsProvider(url, autoConnect ? 2_500 : false)
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)
  })
  try {
    if (!autoConnect) await Promise.race([provider.connect(), timeout])
    return await Promise.race([ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true, rpc: medchainRpc }), timeout])
  } catch (e) {
    await provider.disconnect().catch(() => undefined)
    throw new UserError(`cannot reach a MedChain node at ${url} (${(e as Error).message}); is it running?`, EXIT.unreachable)
  } finally {
    clearTimeout(timer)
  }
}

/** The chain's state at its latest finalized block: what keys to encrypt to are read from. */
export async function atFinalized(api: ApiPromise): Promise<ApiDecoration<'promise'>> {
  return api.at(await api.rpc.chain.getFinalizedHead())
}

/** Where `send` waits: for inclusion in a block, or for that block's finality (the default:
 *  an id printed after finality never changes). */
export type WaitFor = 'in-block' | 'finalized'

/** How `send` waits. */
export interface SendOptions {
  wait?: WaitFor
  /** Give up (and say so) after this long; the transaction may still be included later. */
  timeoutMs?: number
}

/** What a transaction did. */
export interface Sent {
  blockHash: string
  finalized: boolean
  /** Each event's fields by name (camelCase), or by position when unnamed. */
  events: { section: string; method: string; data: Record<string, unknown> }[]
}

/** A dispatch error as one line: `pallet.Error: its documentation`. */
export function describeDispatchError(api: ApiPromise, failure: DispatchError): string {
  if (failure.isModule) {
    const meta = api.registry.findMetaError(failure.asModule)
    return `${meta.section}.${meta.name}: ${meta.docs.join(' ').trim()}`
  }
  if (failure.isToken) return `token error: ${failure.asToken.type}`
  if (failure.isArithmetic) return `arithmetic error: ${failure.asArithmetic.type}`
  return failure.type
}

/** The failure of an inner call reported by an event the outer call succeeded with: sudo's
 *  `Sudid`/`SudoAsDone`, a council motion's `Executed`/`MemberExecuted`, utility's
 *  `BatchInterrupted`/`ItemFailed`. Undefined when every inner call succeeded. */
function innerFailure(api: ApiPromise, result: ISubmittableResult): string | undefined {
  for (const { event } of result.events) {
    const key = `${event.section}.${event.method}`
    if (['sudo.Sudid', 'sudo.SudoAsDone', 'council.Executed', 'council.MemberExecuted'].includes(key)) {
      const r = event.data[event.data.length - 1] as unknown as { isErr: boolean; asErr: DispatchError }
      if (r.isErr) return `${key.split('.')[0]} call failed: ${describeDispatchError(api, r.asErr)}`
    }
    if (key === 'utility.BatchInterrupted' || key === 'utility.ItemFailed') {
      const err = event.data[event.data.length - 1] as unknown as DispatchError
      return `batched call failed: ${describeDispatchError(api, err)}`
    }
  }
  return undefined
}

/** Signs `tx` as `from`, sends it and waits (by default for finality); a failed dispatch,
 *  of the call or of a call inside it, becomes a one-line error naming the pallet's error
 *  and its documentation. Never resolves for a transaction that did not do what it asked. */
export async function send(api: ApiPromise, from: Account, tx: SubmittableExtrinsic<'promise'>, o: SendOptions = {}): Promise<Sent> {
  const wait = o.wait ?? 'finalized'
  const timeoutMs = o.timeoutMs ?? 120_000
  return new Promise<Sent>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined
    let settled = false
    let included: string | undefined
    const done = (f: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      unsubscribe?.()
      f()
    }
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new UserError(
              included
                ? `the transaction is in block ${included} but not final after ${timeoutMs / 1000} s; check again before repeating it`
                : `the transaction was not included within ${timeoutMs / 1000} s (it may still be); check before repeating it`,
            ),
          ),
        ),
      timeoutMs,
    )
    const onStatus = (result: ISubmittableResult) => {
      if (result.status.isRetracted) {
        included = undefined
        return
      }
      if (result.isError) {
        return done(() => reject(new UserError(`the transaction was not included (${result.status.type})`)))
      }
      if (!result.status.isInBlock && !result.status.isFinalized) return
      const blockHash = result.status.isInBlock ? result.status.asInBlock.toHex() : result.status.asFinalized.toHex()
      included = blockHash
      if (result.dispatchError) {
        const message = describeDispatchError(api, result.dispatchError)
        return done(() => reject(new UserError(message)))
      }
      const inner = innerFailure(api, result)
      if (inner) return done(() => reject(new UserError(inner)))
      if (wait === 'finalized' && !result.status.isFinalized) return
      const events = result.events.map(({ event }) => {
        const names: string[] = event.data.names ?? []
        const data: Record<string, unknown> = {}
        event.data.forEach((value, i) => {
          const name = names[i] ? names[i].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : String(i)
          data[name] = value.toPrimitive()
        })
        return { section: event.section, method: event.method, data }
      })
      done(() => resolve({ blockHash, finalized: result.status.isFinalized, events }))
    }
    const sending = 'signer' in from ? tx.signAndSend(from.address, { signer: from.signer, nonce: -1 }, onStatus) : tx.signAndSend(from, { nonce: -1 }, onStatus)
    sending
      .then((u) => {
        if (settled) u()
        else unsubscribe = u
      })
      .catch((e: Error) => {
        const m = e.message
        const hint = m.includes('Custom error: 61')
          ? ' (the free quota is spent: wait for the next window, or fund the account)'
          : m.includes('1010')
            ? ' (is the account registered and active, within its free quota, or funded?)'
            : ''
        done(() => reject(new UserError(`the node refused the transaction: ${m}${hint}`)))
      })
  })
}

/** The value of event `section.method` in `sent`; throws if the call did not emit it. */
export function eventData(sent: Sent, section: string, method: string): Record<string, unknown> {
  const data = sent.events.find((e) => e.section === section && e.method === method)?.data
  if (!data) throw new UserError(`the transaction succeeded but emitted no ${section}.${method}`)
  return data
}

/** 0x-hex of bytes. */
export const hex = (b: Uint8Array) => u8aToHex(b)
