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

/** Each account's lane: its next transaction is signed (with the pool-aware next nonce) once
 *  the node has taken the one before, so one account's concurrent sends reach the pool in
 *  nonce order and never race for a nonce. */
const lanes = new Map<string, Promise<void>>()
/** Each account's next nonce as this client knows it: the pool's answer for the next nonce
 *  can lag behind a transaction it took a moment ago. Forgotten when a send fails. */
const nextNonces = new Map<string, number>()

/** How often `send` submits a transaction again that the node's pool dropped (full, or
 *  evicted) before any block took it; and after how long. */
export const RESUBMISSIONS = 3
const RESUBMIT_AFTER_MS = 3_000

/** Signs `tx` as `from`, sends it and waits (by default for finality); a failed dispatch,
 *  of the call or of a call inside it, becomes a one-line error naming the pallet's error
 *  and its documentation. Never resolves for a transaction that did not do what it asked.
 *
 *  Concurrent sends of one account go out in order (each signed once the node took the one
 *  before); a transaction the pool drops is sent again, the same signed bytes, up to
 *  `RESUBMISSIONS` times, so nothing the node accepted is silently lost. */
export async function send(api: ApiPromise, from: Account, tx: SubmittableExtrinsic<'promise'>, o: SendOptions = {}): Promise<Sent> {
  const wait = o.wait ?? 'finalized'
  const timeoutMs = o.timeoutMs ?? 120_000
  let releaseLane: () => void = () => undefined
  const taken = new Promise<void>((r) => (releaseLane = r))
  const previous = lanes.get(from.address) ?? Promise.resolve()
  const lane = previous.then(() => taken)
  lanes.set(from.address, lane)
  void lane.then(() => {
    if (lanes.get(from.address) === lane) lanes.delete(from.address)
  })
  return new Promise<Sent>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined
    let settled = false
    let included: string | undefined
    let resubmitted = 0
    let signedNonce: number | undefined
    const done = (f: () => void, failed = false) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      // A send that failed may leave its nonce unused: the next asks the node again.
      if (failed) nextNonces.delete(from.address)
      releaseLane()
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
    const refused = (e: Error) => {
      const m = e.message
      const hint = m.includes('Custom error: 61')
        ? ' (the free quota is spent: wait for the next window, or fund the account)'
        : m.includes('1010')
          ? ' (is the account registered and active, within its free quota, or funded?)'
          : ''
      done(() => reject(new UserError(`the node refused the transaction: ${m}${hint}`)), true)
    }
    const watch = (sending: Promise<() => void>) =>
      sending
        .then((u) => {
          if (settled) u()
          else unsubscribe = u
        })
        .catch(refused)
    const onStatus = (result: ISubmittableResult) => {
      // The node has the transaction: the account's next may go, with the next nonce.
      if (signedNonce !== undefined && !result.isError) nextNonces.set(from.address, Math.max(nextNonces.get(from.address) ?? 0, signedNonce + 1))
      releaseLane()
      if (result.status.isRetracted) {
        included = undefined
        return
      }
      if (result.status.isDropped && resubmitted < RESUBMISSIONS) {
        // Dropped before any block took it (the pool was full): the same signed bytes again.
        resubmitted += 1
        unsubscribe?.()
        unsubscribe = undefined
        setTimeout(() => {
          if (!settled) void watch(tx.send(onStatus))
        }, RESUBMIT_AFTER_MS)
        return
      }
      if (result.isError) {
        const again = resubmitted ? `, after ${resubmitted} resubmission${resubmitted > 1 ? 's' : ''}` : ''
        return done(() => reject(new UserError(`the transaction was not included (${result.status.type}${again})`)), true)
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
    void previous.then(async () => {
      if (settled) return
      let nonce: number
      try {
        nonce = Math.max((await api.rpc.system.accountNextIndex(from.address)).toNumber(), nextNonces.get(from.address) ?? 0)
      } catch (e) {
        return refused(e as Error)
      }
      signedNonce = nonce
      const sending = 'signer' in from ? tx.signAndSend(from.address, { signer: from.signer, nonce }, onStatus) : tx.signAndSend(from, { nonce }, onStatus)
      void watch(sending)
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
