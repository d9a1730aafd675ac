// Keys: an sr25519 account that signs, and the X25519 key that opens key envelopes, derived
// from the account (crypto.ts `deriveEncryptionKey`), so the account's 24 words back up both.
//
// A key is stored as polkadot.js keyring JSON (`pair.toJson(passphrase)`: the account's secret
// encrypted with scrypt + xsalsa20-poly1305), which polkadot.js apps, the browser extension,
// Talisman and SubWallet import. MedChain adds two public fields: `meta.medchainX25519`, the
// X25519 public key, checked against the derived key whenever the file is unlocked, and
// `meta.medchainX25519Version`, the key version it was derived at (0 unless the key was
// rotated: `rotatedKeyJson`). Every earlier version is derived again at unlock, so that
// envelopes sealed to a key rotated away from still open.
//
// In a browser an app may sign with the extension's injected signer instead (`extensionAccount`);
// the extension has no X25519, so such an app holds the decryption key itself.
import { Keyring } from '@polkadot/keyring'
import { decodePair } from '@polkadot/keyring/pair/decode'
import type { KeyringPair, KeyringPair$Json } from '@polkadot/keyring/types'
import type { Signer } from '@polkadot/types/types'
import { hexToU8a, isHex, stringToU8a, u8aFixLength, u8aToHex } from '@polkadot/util'
import { base64Decode, cryptoWaitReady, jsonDecryptData, mnemonicGenerate, mnemonicValidate, naclDecrypt, scryptFromU8a } from '@polkadot/util-crypto'
import { deriveEncryptionKey, MAX_KEY_VERSION, x25519PublicOf, type EncryptionKeyPair } from './crypto.js'
import { UserError } from './errors.js'

/** MedChain's SS58 address format. */
export const SS58_FORMAT = 6336

/** An account signing through an injected signer (the polkadot.js extension, a wallet). */
export interface ExtensionAccount {
  address: string
  signer: Signer
}

/** Who signs a transaction: a keyring pair held by the app, or an injected signer. */
export type Account = KeyringPair | ExtensionAccount

/** A MedChain identity: the account that signs and the X25519 key that opens envelopes. */
export interface Identity {
  address: string
  account: Account
  encryptionPublic: Uint8Array
  encryptionPrivate: Uint8Array
  /** The key version of `encryptionPrivate` (0 unless rotated). */
  encryptionVersion?: number
  /** The private keys of the earlier versions, newest first: envelopes sealed before a
   *  rotation open with them until they are re-wrapped. */
  earlierEncryptionKeys?: Uint8Array[]
  /** Derives the key of another version (an identity unlocked from a key file). */
  encryptionKeyAt?: (version: number) => EncryptionKeyPair
}

/** A MedChain key file: polkadot.js keyring JSON with the X25519 public key in its meta. */
export type KeyJson = KeyringPair$Json & { meta: { name?: string; medchainX25519?: string; medchainX25519Version?: number } }

/** The private keys that may open `who`'s envelopes: the current one first, then the earlier
 *  versions, newest first. */
export function decryptionKeys(who: Identity): Uint8Array[] {
  return [who.encryptionPrivate, ...(who.earlierEncryptionKeys ?? [])]
}

/** The key version recorded in key JSON (0 when absent). */
export function keyVersionOf(json: KeyJson): number {
  const v = json.meta?.medchainX25519Version ?? 0
  if (!Number.isInteger(v) || v < 0 || v > MAX_KEY_VERSION) throw new UserError(`the key file's key version is not a whole number from 0 to ${MAX_KEY_VERSION}; the file was altered`)
  return v
}

/** Key JSON moved to key `version` of the same account (after a rotation, or to match the
 *  version the chain holds): only the public meta changes, so no passphrase is needed, and
 *  the unlock check still catches an altered file. */
export function rotatedKeyJson(json: KeyJson, who: Identity, version: number): KeyJson {
  if (!who.encryptionKeyAt) throw new UserError('this identity cannot derive other key versions (unlock it from its key file)')
  if (address(json.address) !== address(who.address)) throw new UserError("the identity is not the key file's account")
  const { publicKey } = who.encryptionKeyAt(version)
  return { ...json, meta: { ...json.meta, medchainX25519: u8aToHex(publicKey), medchainX25519Version: version } }
}

function address(a: string): string {
  return keyring().encodeAddress(keyring().decodeAddress(a))
}

/** The shortest passphrase a new key file accepts. */
export const MIN_PASSPHRASE = 12

function keyring(): Keyring {
  return new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT })
}

/** The 64-byte sr25519 secret key of `pair` (which must be unlocked). */
function secretOf(pair: KeyringPair): Uint8Array {
  return decodePair(undefined, pair.encodePkcs8(), 'none').secretKey
}

/** A fresh 24-word mnemonic. */
export async function newMnemonic(): Promise<string> {
  await cryptoWaitReady()
  return mnemonicGenerate(24)
}

/** The keyring JSON of the account with secret URI `suri` (a mnemonic, optionally with a
 *  derivation path, or a development URI such as `//Alice`), encrypted with `passphrase`. */
export async function keyJsonFrom(suri: string, passphrase: string, name?: string): Promise<KeyJson> {
  await cryptoWaitReady()
  if (passphrase.length < MIN_PASSPHRASE) throw new UserError(`use a passphrase of at least ${MIN_PASSPHRASE} characters`)
  const words = suri.trim().split(/\s+/)
  if (words.length >= 12 && !suri.includes('/') && !mnemonicValidate(suri.trim())) throw new UserError('that is not a valid BIP-39 mnemonic (check the words)')
  let pair: KeyringPair
  try {
    pair = keyring().addFromUri(suri.trim(), { name })
  } catch (e) {
    throw new UserError(`invalid account secret (${(e as Error).message})`)
  }
  const enc = deriveEncryptionKey(secretOf(pair))
  pair.setMeta({ medchainX25519: u8aToHex(enc.publicKey) })
  return pair.toJson(passphrase)
}

/** scrypt as keyring JSON uses it: the 64-byte key of `passphrase` with `salt` and the
 *  file's cost parameters. */
export type Scrypt = (passphrase: Uint8Array, salt: Uint8Array, params: { N: number; p: number; r: number }) => Promise<Uint8Array>

/** The content of key JSON, decrypted as polkadot.js `jsonDecryptData` does, but with the
 *  scrypt `scrypt` when given (polkadot.js runs its WASM one, whose memory grows by the 128 MiB
 *  that N = 2^17 takes and never shrinks again). */
async function decryptKeyJson(json: KeyJson, passphrase: string, scrypt?: Scrypt): Promise<Uint8Array> {
  const encrypted = base64Decode(json.encoded)
  const type = json.encoding.type
  const types = type === undefined ? undefined : Array.isArray(type) ? type : [type]
  if (!scrypt || !passphrase || !types?.includes('scrypt') || !types.includes('xsalsa20-poly1305')) return jsonDecryptData(encrypted, passphrase, types)
  const { params, salt } = scryptFromU8a(encrypted)
  const password = await scrypt(stringToU8a(passphrase), salt, params)
  // As `jsonDecryptData`: scrypt header (salt, N, p, r: 44 bytes) | nonce (24) | sealed.
  const sealed = encrypted.subarray(44)
  const decrypted = naclDecrypt(sealed.subarray(24), sealed.subarray(0, 24), u8aFixLength(password, 256, true))
  if (!decrypted) throw new Error('Unable to decode using the supplied passphrase')
  return decrypted
}

/** Unlocks key JSON with its passphrase; `scrypt`, if given, is the scrypt to use (Node's
 *  native one: `loadKeyFile` in `@medchain/client/node`). */
export async function unlockKeyJson(json: KeyJson, passphrase: string, scrypt?: Scrypt): Promise<Identity> {
  await cryptoWaitReady()
  if (!json || typeof json.encoded !== 'string' || !json.encoding || !json.address) throw new UserError('not polkadot.js keyring JSON')
  let secretKey: Uint8Array
  let pair: KeyringPair
  try {
    // One scrypt run: the decoded pair becomes the keyring pair.
    const decoded = decodePair(undefined, await decryptKeyJson(json, passphrase, scrypt), 'none')
    secretKey = decoded.secretKey
    pair = keyring().addFromPair(decoded, json.meta)
  } catch {
    throw new UserError('wrong passphrase (or a damaged key file)')
  }
  if (pair.address !== keyring().encodeAddress(keyring().decodeAddress(json.address))) {
    throw new UserError("the key file's address is not its key's; the file was altered")
  }
  const version = keyVersionOf(json)
  const enc = deriveEncryptionKey(secretKey, version)
  const recorded = json.meta?.medchainX25519
  if (recorded !== undefined && recorded !== u8aToHex(enc.publicKey)) {
    throw new UserError("the key file's recorded X25519 key is not the one its account derives; the file was altered")
  }
  const earlier: Uint8Array[] = []
  for (let v = version - 1; v >= 0; v--) earlier.push(deriveEncryptionKey(secretKey, v).privateKey)
  return {
    address: pair.address,
    account: pair,
    encryptionPublic: enc.publicKey,
    encryptionPrivate: enc.privateKey,
    encryptionVersion: version,
    earlierEncryptionKeys: earlier,
    encryptionKeyAt: (v: number) => deriveEncryptionKey(secretKey, v),
  }
}

/** The public half of key JSON, read without the passphrase. */
export function publicOf(json: KeyJson): { address: string; encryptionKey: string } {
  const key = json.meta?.medchainX25519
  if (!json.address || !key || !isHex(key, 256)) throw new UserError('not a MedChain key (no X25519 key in its meta)')
  return { address: keyring().encodeAddress(keyring().decodeAddress(json.address)), encryptionKey: key }
}

/** An identity signing through an injected signer, with an X25519 key the app holds. */
export function extensionIdentity(address: string, signer: Signer, encryptionPrivate: Uint8Array): Identity {
  return { address, account: { address, signer }, encryptionPrivate, encryptionPublic: x25519PublicOf(encryptionPrivate) }
}

/** Signs `payload` as `account` (raw sr25519 for a pair, `signRaw` for an injected signer,
 *  which wraps it in `<Bytes>`..`</Bytes>`: the chain accepts both). */
export async function signPayload(account: Account, payload: Uint8Array): Promise<Uint8Array> {
  if ('signer' in account) {
    if (!account.signer.signRaw) throw new UserError('this signer cannot sign raw payloads')
    const { signature } = await account.signer.signRaw({ address: account.address, data: u8aToHex(payload), type: 'bytes' })
    return hexToU8a(signature)
  }
  return account.sign(payload)
}
