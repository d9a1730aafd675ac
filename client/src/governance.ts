// Governance calls: while the consortium bootstraps, sudo; after `sudo.remove_key`, a council
// motion (propose, vote, close) that two thirds of the council's members approve.
import type { ApiPromise } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import type { Option, Vec } from '@polkadot/types'
import type { AccountId32, Call } from '@polkadot/types/interfaces'
import { eventData, send, type SendOptions, type Sent } from './chain.js'
import { UserError } from './errors.js'
import type { Identity } from './keys.js'

/** How a governance call is made. */
export type Via = 'sudo' | 'council'

/** The council's members. */
export async function councilMembers(api: ApiPromise): Promise<string[]> {
  return (await api.query.council.members<Vec<AccountId32>>()).map((m) => m.toString())
}

/** The votes a governance motion needs: two thirds of the council, rounded up. */
export async function councilThreshold(api: ApiPromise): Promise<number> {
  return Math.ceil(((await councilMembers(api)).length * 2) / 3)
}

/** A council motion. */
export interface Motion {
  index: number
  hash: string
  threshold: number
}

/** A council member proposes `call` as a motion needing two thirds of the council. */
export async function propose(api: ApiPromise, by: Identity, call: SubmittableExtrinsic<'promise'>, o?: SendOptions): Promise<Motion> {
  const members = await councilMembers(api)
  if (!members.includes(by.address)) throw new UserError(`${by.address} is not a council member`)
  const threshold = await councilThreshold(api)
  if (threshold < 2) throw new UserError('the council has fewer than two members; governance by motion needs at least two votes')
  const sent = await send(api, by.account, api.tx.council.propose(threshold, call, call.method.encodedLength), o)
  const d = eventData(sent, 'council', 'Proposed')
  return { index: Number(d.proposalIndex), hash: String(d.proposalHash), threshold }
}

/** A council member votes on motion `hash` (index `index`). */
export function vote(api: ApiPromise, by: Identity, hash: string, index: number, aye: boolean, o?: SendOptions): Promise<Sent> {
  return send(api, by.account, api.tx.council.vote(hash, index, aye), o)
}

/** Anyone closes motion `hash` once it has its votes (or its time ran out): an approved motion
 *  executes, and a failure of the call it carries is reported as an error. */
export async function close(api: ApiPromise, by: Identity, hash: string, index: number, o?: SendOptions): Promise<Sent> {
  const proposal = await api.query.council.proposalOf<Option<Call>>(hash)
  if (proposal.isNone) throw new UserError(`no open council motion ${hash}`)
  const call = api.tx(proposal.unwrap())
  const { weight } = await call.paymentInfo(by.address)
  const sent = await send(api, by.account, api.tx.council.close(hash, index, weight, call.method.encodedLength), o)
  if (sent.events.some((e) => e.section === 'council' && e.method === 'Disapproved')) throw new UserError(`council motion ${index} was disapproved`)
  return sent
}

/** Makes governance call `call`: through sudo (the result is the inner call's), or as a council
 *  motion (returned for the other members to vote on and anyone to close). */
export async function govern(api: ApiPromise, by: Identity, call: SubmittableExtrinsic<'promise'>, via: Via, o?: SendOptions): Promise<{ sent?: Sent; motion?: Motion }> {
  if (via === 'sudo') return { sent: await send(api, by.account, api.tx.sudo.sudo(call), o) }
  return { motion: await propose(api, by, call, o) }
}
