// A patient's audit trail and grants as FHIR R4 resources (AuditEvent, Consent), and as a
// plain table. Block numbers become times through the blocks' timestamps.
import type { ApiPromise } from '@polkadot/api'
import type { u32, u64 } from '@polkadot/types'
import type { GrantJson } from './chain-types.js'

const PATIENT = 'urn:medchain:patient'
const ACCOUNT = 'urn:medchain:account'
const PURPOSE: Record<string, string> = { Treatment: 'TREAT', Payment: 'HPAYMT', Research: 'HRESCH', Operations: 'HOPERAT' }

/** The time of block `number` (ISO 8601), from its timestamp. */
export async function blockTime(api: ApiPromise, number: number, cache = new Map<number, string>()): Promise<string> {
  const known = cache.get(number)
  if (known) return known
  const hash = await api.rpc.chain.getBlockHash(number)
  const at = await api.at(hash)
  const ms = (await at.query.timestamp.now<u64>()).toNumber()
  const iso = new Date(ms).toISOString()
  cache.set(number, iso)
  return iso
}

function eventName(event: Record<string, unknown> | string): string {
  return typeof event === 'string' ? event : Object.keys(event)[0]
}

function eventDetail(event: Record<string, unknown> | string): Record<string, unknown> {
  return typeof event === 'string' ? {} : ((Object.values(event)[0] as Record<string, unknown>) ?? {})
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** FHIR AuditEvent action code of a MedChain audit event. */
function action(name: string): string {
  if (/Read/.test(name)) return 'R'
  if (/Created|Requested|Opened|Shared|Set|Posted|Released|Anchored|Added/.test(name)) return 'C'
  if (/Revoked|Removed|Cancelled|Closed|Expired|Retracted/.test(name)) return 'D'
  return 'U'
}

/** The audit trail as a table (one line per entry). */
export async function auditTable(api: ApiPromise, entries: { at: number; actor: string; event: Record<string, unknown> | string }[]): Promise<string> {
  const cache = new Map<number, string>()
  const rows = [['#', 'time', 'block', 'event', 'details', 'actor']]
  let i = 0
  for (const e of entries) {
    const detail = Object.entries(eventDetail(e.event)).map(([k, v]) => `${k}=${String(v)}`).join(' ')
    rows.push([String(i++), await blockTime(api, e.at, cache), String(e.at), eventName(e.event), detail, e.actor])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()).join('\n')
}

/** The audit trail as a FHIR R4 Bundle of AuditEvent resources. */
export async function auditEvents(api: ApiPromise, patient: string, entries: { at: number; actor: string; event: Record<string, unknown> | string }[]) {
  const cache = new Map<number, string>()
  const resources = []
  for (const [i, e] of entries.entries()) {
    const name = eventName(e.event)
    resources.push({
      resource: {
        resourceType: 'AuditEvent',
        id: `${patient.slice(2, 18)}-${i}`,
        type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' },
        subtype: [{ system: 'https://medchain.example/fhir/CodeSystem/audit-event', code: lower(name), display: name }],
        action: action(name),
        recorded: await blockTime(api, e.at, cache),
        outcome: '0',
        agent: [{ who: { identifier: { system: ACCOUNT, value: e.actor } }, requestor: true }],
        source: { observer: { display: 'MedChain' } },
        entity: [
          { what: { identifier: { system: PATIENT, value: patient } }, role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' } },
          ...Object.entries(eventDetail(e.event)).map(([k, v]) => ({ what: { identifier: { system: `urn:medchain:${k}`, value: String(v) } } })),
        ],
        extension: [{ url: 'https://medchain.example/fhir/StructureDefinition/block', valueUnsignedInt: e.at }],
      },
    })
  }
  return { resourceType: 'Bundle', type: 'collection', entry: resources }
}

/** The patient's grants as a FHIR R4 Bundle of Consent resources. */
export async function consents(api: ApiPromise, patient: string, grants: { id: number; grant: GrantJson }[]) {
  const cache = new Map<number, string>()
  const now = (await api.query.system.number<u32>()).toNumber()
  const entries = []
  for (const { id, grant: g } of grants) {
    const active = !g.revoked && (g.expiresAt == null || now < g.expiresAt)
    const provision: Record<string, unknown> = {
      type: 'permit',
      actor: [{ role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }] }, reference: { identifier: { system: ACCOUNT, value: g.grantee } } }],
      action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: g.permission === 'ReadWrite' ? 'correct' : 'access' }] }],
      purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: PURPOSE[g.purpose] ?? g.purpose }],
    }
    if (g.expiresAt != null) provision.extension = [{ url: 'https://medchain.example/fhir/StructureDefinition/expires-at-block', valueUnsignedInt: g.expiresAt }]
    entries.push({
      resource: {
        resourceType: 'Consent',
        id: `grant-${id}`,
        status: active ? 'active' : 'inactive',
        scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
        category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
        patient: { identifier: { system: PATIENT, value: patient } },
        dateTime: await blockTime(api, g.grantedAt, cache),
        performer: [{ identifier: { system: ACCOUNT, value: g.grantedBy } }],
        policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
        provision,
      },
    })
  }
  return { resourceType: 'Bundle', type: 'collection', entry: entries }
}
