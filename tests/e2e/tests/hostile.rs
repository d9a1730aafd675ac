//! End-to-end: hostile input over JSON-RPC against a real development node, table-driven.
//!
//! Each row sends one bad input the way an attacker's app would: a signed transaction with a
//! bad argument, the wrong origin or a replay; raw bytes that are not a valid extrinsic; a
//! malformed runtime API call; an oversized request. Each must get its named error or a clear
//! refusal, and leave MedChain's state as it was: every stored entry of the registry,
//! records, consent, break-glass and governance pallets is byte-identical before and after,
//! and a transaction refused by the pool does not even advance its sender's nonce.
//!
//! A transaction that passes the pool's checks and fails in dispatch is included (its sender
//! cannot be made to pay for the pool's work otherwise), and its named error is read from the
//! `ExtrinsicFailed` event of the block that included it.

use codec::{Compact, Decode, Encode};
use jsonrpsee::{
	core::{client::ClientT, params::BatchRequestBuilder},
	http_client::HttpClientBuilder,
	rpc_params,
};
use medchain_e2e::*;
use medchain_primitives::{
	EncryptionKey, OrganizationKind, Permission, PractitionerRole, Purpose, RecordKind, Scope,
};
use medchain_runtime::{signing::ChainContext, Runtime, RuntimeCall, RuntimeError, RuntimeEvent};
use sp_core::{sr25519, Pair, H256};
use sp_io::hashing::twox_128;
use sp_runtime::{generic::Era, AccountId32};
use std::time::Duration;

const STEP: Duration = Duration::from_secs(30);
/// kubo's CIDv1 (raw leaves) of `hello world\n`.
const CID: &str = "01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447";
/// The pallets whose every entry must be unchanged by a refused input.
const WATCHED: [&str; 9] = [
	"Providers",
	"Patients",
	"Records",
	"Consent",
	"Emergency",
	"Sudo",
	"ValidatorSet",
	"Council",
	"CouncilMembership",
];

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//medchain-e2e-hostile//{name}"), None)
		.expect("a valid URI")
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

/// What a row must get.
#[derive(Debug)]
enum Expect {
	/// Refused before any block: by the pool, the RPC layer or the runtime API; the error
	/// message contains this text.
	Refused(&'static str),
	/// Refused by the pool because the runtime cannot decode it: like every Substrate
	/// runtime, its `validate_transaction` traps on arguments that do not decode, so the
	/// caller gets error 1002 naming `validate_transaction`, and the node's log says which
	/// field did not decode.
	Undecodable,
	/// Included, and its dispatch fails with this error (`Pallet(Error)`, or a
	/// `DispatchError` such as `BadOrigin`).
	Fails(&'static str),
}

/// One hostile input. (A table of a few dozen rows: the size of the signed variant does not
/// matter.)
#[allow(clippy::large_enum_variant)]
enum Input {
	/// A transaction signed by the pair (mortal, at its next nonce).
	Signed(sr25519::Pair, RuntimeCall),
	/// Raw bytes for `author_submitExtrinsic`, with the account whose nonce must not move.
	Raw(Vec<u8>, Option<AccountId32>),
	/// A JSON-RPC method and its parameters (read-only calls).
	Rpc(&'static str, Vec<serde_json::Value>),
}

struct Row {
	what: &'static str,
	input: Input,
	expect: Expect,
}

/// A digest of every entry (key and value) of the watched pallets at block `at`, and the
/// entries. What moves on its own is left out: the current session and the block at which it
/// started (every session), and the blocks each validator authored (every block).
async fn watched_state(rpc: &Rpc, at: H256) -> Result<(H256, Vec<(String, String)>)> {
	let moving: Vec<String> = [&b"CurrentSessionStart"[..], b"CurrentSession", b"AuthoredBlocks"]
		.iter()
		.map(|item| to_hex(&frame_support::storage::storage_prefix(b"ValidatorSet", item)))
		.collect();
	let mut all = Vec::new();
	for pallet in WATCHED {
		let prefix = to_hex(&twox_128(pallet.as_bytes()));
		let mut keys: Vec<String> = Vec::new();
		loop {
			let start = keys.last().cloned();
			let page: Vec<String> = serde_json::from_value(
				rpc.call("state_getKeysPaged", rpc_params![&prefix, 1000, start, at]).await?,
			)
			.map_err(|e| e.to_string())?;
			let full = page.len() == 1000;
			keys.extend(page);
			if !full {
				break;
			}
		}
		for chunk in keys.chunks(500) {
			let sets = rpc.call("state_queryStorageAt", rpc_params![chunk, at]).await?;
			let changes = sets[0]["changes"].as_array().ok_or("queryStorageAt without changes")?;
			for change in changes {
				let key = change[0].as_str().unwrap_or_default();
				// The two values by their keys, the map by its prefix.
				let moves = key == moving[0] || key == moving[1] || key.starts_with(&moving[2]);
				if !moves {
					all.push((change[0].to_string(), change[1].to_string()));
				}
			}
		}
	}
	all.sort();
	Ok((H256(sp_io::hashing::blake2_256(&all.encode())), all))
}

async fn best_hash(rpc: &Rpc) -> Result<H256> {
	let best = rpc.best_number().await?;
	rpc.block_hash(best).await?.ok_or_else(|| "no best block".to_string())
}

/// The stored nonce of `who` (0 for an account that does not exist).
async fn nonce(rpc: &Rpc, who: &AccountId32) -> Result<u32> {
	let key = frame_system::Account::<Runtime>::hashed_key_for(who);
	let Some(raw) = rpc.storage(&key).await? else { return Ok(0) };
	frame_system::AccountInfo::<u32, pallet_balances::AccountData<u128>>::decode(&mut &raw[..])
		.map(|info| info.nonce)
		.map_err(|e| e.to_string())
}

/// Waits for `blocks` more blocks.
async fn blocks_pass(rpc: &Rpc, blocks: u32) -> Result<()> {
	let from = rpc.best_number().await?;
	wait_for(STEP, "more blocks", || async { Ok(rpc.best_number().await? >= from + blocks) }).await
}

/// How the transaction `hash`, included in one of the blocks from `from` on, was dispatched:
/// `Ok(())`, or the error as `Pallet(Error)` (or the `DispatchError`).
async fn dispatch_outcome(
	rpc: &Rpc,
	hash: H256,
	from: u32,
) -> Result<std::result::Result<(), String>> {
	let best = rpc.best_number().await?;
	for number in from..=best {
		let block_hash = rpc.block_hash(number).await?.ok_or("a block vanished")?;
		let block = rpc.call("chain_getBlock", rpc_params![block_hash]).await?;
		let extrinsics = block["block"]["extrinsics"].as_array().ok_or("block without body")?;
		let Some(index) = extrinsics.iter().position(|x| {
			x.as_str()
				.and_then(|x| from_hex(x).ok())
				.is_some_and(|bytes| H256(sp_io::hashing::blake2_256(&bytes)) == hash)
		}) else {
			continue;
		};
		let key = frame_support::storage::storage_prefix(b"System", b"Events");
		let raw = rpc.storage_at(&key, Some(block_hash)).await?.ok_or("block without events")?;
		let events = Vec::<frame_system::EventRecord<RuntimeEvent, H256>>::decode(&mut &raw[..])
			.map_err(|e| e.to_string())?;
		let index = u32::try_from(index).map_err(|e| e.to_string())?;
		for record in events {
			if record.phase != frame_system::Phase::ApplyExtrinsic(index) {
				continue;
			}
			match record.event {
				RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { .. }) => {
					return Ok(Ok(()))
				},
				RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
					dispatch_error,
					..
				}) => {
					return Ok(Err(match RuntimeError::from_dispatch_error(dispatch_error) {
						Some(error) => format!("{error:?}"),
						None => format!("{dispatch_error:?}"),
					}))
				},
				_ => {},
			}
		}
		return Err(format!("block #{number} has no outcome event for {hash:?}"));
	}
	Err(format!("{hash:?} is in none of blocks #{from}..#{best}"))
}

/// Signs `call` by `signer` at its next nonce, mortal from the finalized block.
async fn signed(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> Result<Vec<u8>> {
	signed_in(rpc, signer, call, None).await
}

/// As [`signed`], in `era` if given, for the chain with `genesis` if given.
async fn signed_in(
	rpc: &Rpc,
	signer: &sr25519::Pair,
	call: RuntimeCall,
	era: Option<Era>,
) -> Result<Vec<u8>> {
	let nonce = rpc.next_nonce(&account(signer)).await?;
	let context = ChainContext::for_this_runtime(rpc.genesis_hash().await?, rpc.finalized().await?);
	let era = era.unwrap_or(Era::mortal(
		medchain_runtime::signing::MORTAL_PERIOD,
		u64::from(context.checkpoint.0),
	));
	Ok(medchain_runtime::signing::signed_extrinsic_in_era(signer, call, nonce, context, era)
		.encode())
}

/// A transaction signed for `valid`, whose call bytes are then replaced by `call_bytes`
/// (the extrinsic's call comes last): the pool must fail to decode it.
async fn with_call_bytes(
	rpc: &Rpc,
	signer: &sr25519::Pair,
	valid: RuntimeCall,
	call_bytes: Vec<u8>,
) -> Result<Input> {
	let valid_len = valid.encoded_size();
	let encoded = signed(rpc, signer, valid).await?;
	let body = Vec::<u8>::decode(&mut &encoded[..]).map_err(|e| e.to_string())?;
	let mut body = body[..body.len() - valid_len].to_vec();
	body.extend(call_bytes);
	Ok(Input::Raw(body.encode(), Some(account(signer))))
}

/// The first two bytes of `call`'s encoding: its pallet and call indices.
fn indices(call: &RuntimeCall) -> Vec<u8> {
	call.encode()[..2].to_vec()
}

fn anchor(patient: H256, cid: Vec<u8>) -> RuntimeCall {
	RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient,
		content_hash: H256::repeat_byte(0x77),
		cid: cid.try_into().expect("within the bound"),
		kind: RecordKind::LabResult,
		patient_envelope: vec![0xe1; 92].try_into().expect("short"),
	})
}

fn grant(
	patient: H256,
	grantee: AccountId32,
	scope: Scope,
	expires_at: Option<u32>,
) -> RuntimeCall {
	RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient,
		grantee,
		scope,
		permission: Permission::Read,
		purpose: Purpose::Treatment,
		expires_at,
	})
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_inputs_get_their_named_error_and_change_nothing() {
	let (net, rpc) = Network::dev("hostile", 46_000).await;
	let pseudonym = H256::repeat_byte(0x61);
	let CareSetting { hospital, doctor, patient, .. } =
		net.check(care_setting(&rpc, "medchain-e2e-hostile", pseudonym, STEP).await);
	let alice = sp_keyring::Sr25519Keyring::Alice.pair();
	let bob = sp_keyring::Sr25519Keyring::Bob.pair();
	let stranger = pair("stranger");

	// A clinic the patient never granted anything, with its physician.
	let (clinic, outsider) = (pair("clinic"), pair("outsider"));
	let register = RuntimeCall::Providers(pallet_providers::Call::register_organization {
		organization: account(&clinic).into(),
		kind: OrganizationKind::Clinic,
		encryption_key: EncryptionKey([6; 32]),
		credential: H256::repeat_byte(6),
	});
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(register) });
	net.check(rpc.submit_and_wait(&alice, sudo, STEP).await);
	let register = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&outsider).into(),
		role: PractitionerRole::Physician,
		encryption_key: EncryptionKey([8; 32]),
		credential: H256::repeat_byte(8),
	});
	net.check(rpc.submit_and_wait(&clinic, register, STEP).await);

	// The patient lets the hospital write (grant 0); its physician anchors record 0; the
	// patient grants the physician read access (grant 1) and revokes it. The revocation's
	// bytes are kept for a replay.
	let write = RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(&hospital),
		scope: Scope::AllRecords,
		permission: Permission::ReadWrite,
		purpose: Purpose::Treatment,
		expires_at: None,
	});
	net.check(rpc.submit_and_wait(&patient, write, STEP).await);
	let cid = hex::decode(CID).expect("hex");
	net.check(rpc.submit_and_wait(&doctor, anchor(pseudonym, cid.clone()), STEP).await);
	let read = grant(pseudonym, account(&doctor), Scope::AllRecords, None);
	net.check(rpc.submit_and_wait(&patient, read, STEP).await);
	let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: 1 });
	let revocation = net.check(signed(&rpc, &patient, revoke.clone()).await);
	let before = net.check(nonce(&rpc, &account(&patient)).await);
	net.check(rpc.submit_raw(&revocation).await);
	net.check(
		wait_for(STEP, "the revocation", || async {
			Ok(nonce(&rpc, &account(&patient)).await? > before)
		})
		.await,
	);
	let immortal = net
		.check(signed_in(&rpc, &doctor, anchor(pseudonym, cid.clone()), Some(Era::Immortal)).await);
	let mut bad_signature = net.check(signed(&rpc, &doctor, anchor(pseudonym, cid.clone())).await);
	// The signature follows the compact length (2 bytes here), the version byte and the
	// address (1 + 32 bytes) and the signature's own type byte.
	bad_signature[2 + 1 + 33 + 1 + 10] ^= 0x01;

	let anchor_ix = indices(&anchor(pseudonym, cid.clone()));
	let grant_ix = indices(&grant(pseudonym, account(&hospital), Scope::AllRecords, None));
	let rotate = |key: [u8; 32]| {
		RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
			key: EncryptionKey(key),
		})
	};
	let rotate_ix = indices(&rotate([9; 32]));
	let anchor_bytes = |cid: &[u8], kind: &[u8]| {
		[
			&anchor_ix[..],
			&pseudonym.encode(),
			&H256::repeat_byte(0x77).encode(),
			&cid.to_vec().encode(),
			kind,
			&vec![0xe1u8; 92].encode(),
		]
		.concat()
	};
	let grant_bytes = |scope: &[u8], permission: u8| {
		[
			&grant_ix[..],
			&pseudonym.encode(),
			&account(&hospital).encode(),
			scope,
			&[permission],
			&Purpose::Treatment.encode(),
			&None::<u32>.encode(),
		]
		.concat()
	};
	let mut top_bit_set = [
		0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4,
		0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49,
		0xb8, 0x00,
	];
	top_bit_set[31] |= 0x80;
	let mut one = [0u8; 32];
	one[0] = 1;
	let register_org = RuntimeCall::Providers(pallet_providers::Call::register_organization {
		organization: account(&stranger).into(),
		kind: OrganizationKind::Hospital,
		encryption_key: EncryptionKey([5; 32]),
		credential: H256::repeat_byte(5),
	});
	let open_session = RuntimeCall::Emergency(pallet_emergency::Call::open_session {
		patient: pseudonym,
		reason: pallet_emergency::EmergencyReason::EmergencyTreatment,
		justification: H256::repeat_byte(0x99),
	});

	let raw = |bytes: Vec<u8>| Input::Raw(bytes, None);
	let hex = |bytes: &[u8]| serde_json::Value::String(to_hex(bytes));
	let rows = vec![
		Row {
			what: "CID over its bound (97 bytes)",
			input: net.check(
				with_call_bytes(
					&rpc,
					&doctor,
					anchor(pseudonym, cid.clone()),
					anchor_bytes(&[0x01; 97], &[RecordKind::LabResult.encode()[0]]),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "CID that is not a CID",
			input: Input::Signed(doctor.clone(), anchor(pseudonym, vec![0xff; 40])),
			expect: Expect::Fails("Records(MalformedCid)"),
		},
		Row {
			what: "CID whose digest is cut short",
			input: Input::Signed(doctor.clone(), anchor(pseudonym, cid[..cid.len() - 1].to_vec())),
			expect: Expect::Fails("Records(MalformedCid)"),
		},
		Row {
			what: "CID declaring a 31-byte SHA-256 digest",
			input: Input::Signed(
				doctor.clone(),
				anchor(pseudonym, [&[0x01, 0x55, 0x12, 0x1f][..], &[0xab; 31]].concat()),
			),
			expect: Expect::Fails("Records(DigestLengthMismatch)"),
		},
		Row {
			what: "CID with an unsupported codec",
			input: Input::Signed(
				doctor.clone(),
				anchor(pseudonym, [&[0x01, 0x60], &cid[2..]].concat()),
			),
			expect: Expect::Fails("Records(UnsupportedCodec)"),
		},
		Row {
			what: "CID with a SHA-1 multihash",
			input: Input::Signed(
				doctor.clone(),
				anchor(pseudonym, [&[0x01, 0x55, 0x11, 0x14][..], &[0xab; 20]].concat()),
			),
			expect: Expect::Fails("Records(UnsupportedMultihash)"),
		},
		Row {
			what: "CID version 0 with a raw-leaves prefix",
			input: Input::Signed(doctor.clone(), anchor(pseudonym, [&[0x00], &cid[1..]].concat())),
			expect: Expect::Fails("Records(UnsupportedCidVersion)"),
		},
		Row {
			what: "unknown record kind code",
			input: net.check(
				with_call_bytes(
					&rpc,
					&doctor,
					anchor(pseudonym, cid.clone()),
					anchor_bytes(&cid, &[0xee]),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "envelope one byte short of its declared length",
			input: net.check(
				with_call_bytes(&rpc, &doctor, anchor(pseudonym, cid.clone()), {
					let mut bytes = anchor_bytes(&cid, &RecordKind::LabResult.encode());
					bytes.pop();
					bytes
				})
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "encryption key of 31 bytes",
			input: net.check(
				with_call_bytes(
					&rpc,
					&doctor,
					rotate([9; 32]),
					[&rotate_ix[..], &[7; 31]].concat(),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "small-order X25519 key 0",
			input: Input::Signed(doctor.clone(), rotate([0; 32])),
			expect: Expect::Fails("Providers(UnusableKey)"),
		},
		Row {
			what: "small-order X25519 key 1",
			input: Input::Signed(doctor.clone(), rotate(one)),
			expect: Expect::Fails("Providers(UnusableKey)"),
		},
		Row {
			what: "small-order X25519 key of order 8, top bit set",
			input: Input::Signed(doctor.clone(), rotate(top_bit_set)),
			expect: Expect::Fails("Providers(UnusableKey)"),
		},
		Row {
			what: "patient's key rotated to a small-order point",
			input: Input::Signed(
				patient.clone(),
				RuntimeCall::Patients(pallet_patients::Call::rotate_encryption_key {
					key: EncryptionKey([0; 32]),
				}),
			),
			expect: Expect::Fails("Patients(UnusableKey)"),
		},
		Row {
			what: "unknown permission code",
			input: net.check(
				with_call_bytes(
					&rpc,
					&patient,
					grant(pseudonym, account(&hospital), Scope::AllRecords, None),
					grant_bytes(&Scope::AllRecords.encode(), 7),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "scope of 17 kinds (bound 16)",
			input: net.check(
				with_call_bytes(
					&rpc,
					&patient,
					grant(pseudonym, account(&hospital), Scope::AllRecords, None),
					grant_bytes(&[&[1u8][..], &Compact(17u32).encode(), &[0u8; 17]].concat(), 0),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "scope of 65 records (bound 64)",
			input: net.check(
				with_call_bytes(
					&rpc,
					&patient,
					grant(pseudonym, account(&hospital), Scope::AllRecords, None),
					grant_bytes(
						&[&[2u8][..], &(0..65u64).collect::<Vec<_>>().encode()].concat(),
						0,
					),
				)
				.await,
			),
			expect: Expect::Undecodable,
		},
		Row {
			what: "scope of no records",
			input: Input::Signed(
				patient.clone(),
				grant(pseudonym, account(&hospital), Scope::Records(Default::default()), None),
			),
			expect: Expect::Fails("Consent(InvalidScope)"),
		},
		Row {
			what: "grant that expired before it was made",
			input: Input::Signed(
				patient.clone(),
				grant(pseudonym, account(&doctor), Scope::AllRecords, Some(1)),
			),
			expect: Expect::Fails("Consent(ExpiryInPast)"),
		},
		Row {
			what: "grant to oneself",
			input: Input::Signed(
				patient.clone(),
				grant(pseudonym, account(&patient), Scope::AllRecords, None),
			),
			expect: Expect::Fails("Consent(SelfGrant)"),
		},
		Row {
			what: "revoking a revoked grant",
			input: Input::Signed(patient.clone(), revoke.clone()),
			expect: Expect::Fails("Consent(AlreadyRevoked)"),
		},
		Row {
			what: "revoking the patient's grant as the grantee's physician",
			input: Input::Signed(
				doctor.clone(),
				RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: 0 }),
			),
			expect: Expect::Refused("Inability to pay some fees"),
		},
		Row {
			what: "anchoring by another organization's physician, never granted",
			input: Input::Signed(outsider.clone(), anchor(pseudonym, cid.clone())),
			expect: Expect::Fails("Records(NotAuthorized)"),
		},
		Row {
			what: "governance call signed by a funded account",
			input: Input::Signed(bob.clone(), register_org.clone()),
			expect: Expect::Fails("BadOrigin"),
		},
		Row {
			what: "runtime upgrade authorized by a council member's own signature",
			input: Input::Signed(
				bob.clone(),
				RuntimeCall::Upgrades(pallet_upgrades::Call::authorize_upgrade {
					code_hash: H256::repeat_byte(0x66),
				}),
			),
			expect: Expect::Fails("BadOrigin"),
		},
		Row {
			what: "unsigned runtime code that governance never authorized",
			input: raw(medchain_runtime::UncheckedExtrinsic::new_bare(RuntimeCall::System(
				frame_system::Call::apply_authorized_upgrade { code: vec![0x42; 4096] },
			))
			.encode()),
			expect: Expect::Refused("Transaction call is not expected"),
		},
		Row {
			what: "sudo by an account that is not the sudo key",
			input: Input::Signed(
				bob.clone(),
				RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(register_org.clone()) }),
			),
			expect: Expect::Fails("Sudo(RequireSudo)"),
		},
		Row {
			what: "governance call signed by a registered physician without tokens",
			input: Input::Signed(doctor.clone(), register_org.clone()),
			expect: Expect::Refused("Inability to pay some fees"),
		},
		Row {
			what: "anchoring by an unregistered account without tokens",
			input: Input::Signed(stranger.clone(), anchor(pseudonym, cid.clone())),
			expect: Expect::Refused("Inability to pay some fees"),
		},
		Row {
			what: "break-glass opened by the patient (no emergency role)",
			input: Input::Signed(patient.clone(), open_session.clone()),
			expect: Expect::Refused("Inability to pay some fees"),
		},
		Row {
			what: "break-glass opened by the hospital itself (no emergency role)",
			input: Input::Signed(hospital.clone(), open_session.clone()),
			expect: Expect::Fails("Emergency(NotResponder)"),
		},
		Row {
			what: "replay of an included mortal transaction",
			input: Input::Raw(revocation.clone(), Some(account(&patient))),
			// The pool bans the hash of a transaction it included for 30 minutes; after that,
			// the spent nonce makes it "outdated".
			expect: Expect::Refused("Transaction is temporarily banned"),
		},
		Row {
			what: "immortal transaction",
			input: Input::Raw(immortal.clone(), Some(account(&doctor))),
			expect: Expect::Refused("Custom error: 62"),
		},
		Row {
			what: "replay of the immortal transaction",
			input: Input::Raw(immortal, Some(account(&doctor))),
			// Refused once, its hash is banned from the pool.
			expect: Expect::Refused("Transaction is temporarily banned"),
		},
		Row {
			what: "transaction with a bad signature",
			input: Input::Raw(bad_signature, Some(account(&doctor))),
			expect: Expect::Refused("bad signature"),
		},
		Row {
			what: "transaction signed for another runtime version",
			input: Input::Raw(
				{
					let nonce = net.check(rpc.next_nonce(&account(&doctor)).await);
					let mut context = ChainContext::for_this_runtime(
						net.check(rpc.genesis_hash().await),
						net.check(rpc.finalized().await),
					);
					context.spec_version -= 1;
					medchain_runtime::signing::signed_extrinsic(
						&doctor,
						anchor(pseudonym, cid.clone()),
						nonce,
						context,
					)
					.encode()
				},
				Some(account(&doctor)),
			),
			expect: Expect::Refused("bad signature"),
		},
		Row {
			what: "author_submitExtrinsic of random bytes",
			input: raw((0..200u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()),
			expect: Expect::Undecodable,
		},
		Row {
			what: "author_submitExtrinsic of nothing",
			input: raw(Vec::new()),
			expect: Expect::Refused("Could not decode `OpaqueExtrinsic"),
		},
		Row {
			what: "author_submitExtrinsic with a length prefix past the end",
			input: raw([&Compact(1_000u32).encode()[..], &[0x84; 10]].concat()),
			expect: Expect::Refused("Could not decode `OpaqueExtrinsic"),
		},
		Row {
			what: "state_call with malformed SCALE arguments",
			input: Input::Rpc("state_call", vec!["RecordsApi_record".into(), hex(&[1, 2])]),
			// A runtime API traps on arguments that do not decode (error 4003).
			expect: Expect::Refused("Execution aborted due to trap"),
		},
		Row {
			what: "state_call of an unknown runtime API",
			input: Input::Rpc("state_call", vec!["RecordsApi_burn".into(), hex(&[])]),
			expect: Expect::Refused("not found"),
		},
		Row {
			what: "medchain_verify with a 31-byte hash",
			input: Input::Rpc("medchain_verify", vec![hex(&[7; 31])]),
			expect: Expect::Refused("Invalid params"),
		},
		Row {
			what: "medchain_accessReason with a malformed account",
			input: Input::Rpc("medchain_accessReason", vec!["5Gxx".into(), 0.into()]),
			expect: Expect::Refused("SS58"),
		},
	];

	let mut table = Vec::new();
	for Row { what, input, expect } in rows {
		let at = net.check(best_hash(&rpc).await);
		let (state, entries) = net.check(watched_state(&rpc, at).await);
		let start = net.check(rpc.best_number().await);
		let sender = match &input {
			Input::Signed(signer, _) => Some(account(signer)),
			Input::Raw(_, sender) => sender.clone(),
			Input::Rpc(..) => None,
		};
		let sender_nonce = match &sender {
			Some(who) => Some(net.check(nonce(&rpc, who).await)),
			None => None,
		};
		let sent = match input {
			Input::Signed(signer, call) => {
				let bytes = net.check(signed(&rpc, &signer, call).await);
				rpc.submit_raw(&bytes).await.map(Some)
			},
			Input::Raw(bytes, _) => rpc.submit_raw(&bytes).await.map(Some),
			Input::Rpc(method, params) => {
				let mut array = jsonrpsee::core::params::ArrayParams::new();
				for p in params {
					array.insert(p).expect("serializable");
				}
				rpc.call(method, array).await.map(|_| None)
			},
		};
		let outcome = match (&expect, sent) {
			(Expect::Undecodable, Err(error)) => {
				assert!(
					error.contains("1002") && error.contains("validate_transaction"),
					"{what}: expected the pool to refuse it as undecodable, got {error}"
				);
				let log = net.logs();
				let reason = log
					.lines()
					.rfind(|l| l.contains("Bad input data provided to validate_transaction"))
					.unwrap_or_else(|| panic!("{what}: the node's log gives no reason:\n{log}"));
				net.check(blocks_pass(&rpc, 2).await);
				if let (Some(who), Some(n)) = (&sender, sender_nonce) {
					assert_eq!(net.check(nonce(&rpc, who).await), n, "{what}: the nonce moved");
				}
				let reason = reason.split("validate_transaction: ").nth(1).unwrap_or(reason);
				format!("refused by the pool, undecodable (node log: {})", reason.trim())
			},
			(Expect::Refused(text), Err(error)) => {
				assert!(
					error.contains(text),
					"{what}: expected a refusal with {text:?}, got {error}"
				);
				// Nothing of it reaches a block: the sender's nonce stays.
				net.check(blocks_pass(&rpc, 2).await);
				if let (Some(who), Some(n)) = (&sender, sender_nonce) {
					assert_eq!(net.check(nonce(&rpc, who).await), n, "{what}: the nonce moved");
				}
				format!("refused: {}", error.lines().next().unwrap_or_default())
			},
			(Expect::Fails(name), Ok(Some(hash))) => {
				let signer = sender.clone().expect("a signed row");
				net.check(
					wait_for(STEP, "the transaction to be included", || async {
						Ok(nonce(&rpc, &signer).await? > sender_nonce.unwrap_or_default())
					})
					.await,
				);
				let result = net.check(dispatch_outcome(&rpc, hash, start).await);
				let error = result.expect_err(&format!("{what}: the call succeeded"));
				assert_eq!(error, *name, "{what}: the wrong error");
				format!("included, failed: {error}")
			},
			(expect, sent) => panic!("{what}: expected {expect:?}, got {sent:?}"),
		};
		let after = net.check(best_hash(&rpc).await);
		let (state_after, entries_after) = net.check(watched_state(&rpc, after).await);
		if state_after != state {
			let changed: Vec<_> = entries_after.iter().filter(|e| !entries.contains(e)).collect();
			let gone: Vec<_> = entries.iter().filter(|e| !entries_after.contains(e)).collect();
			panic!("{what}: MedChain's state changed: new or changed {changed:?}, gone {gone:?}");
		}
		table.push(format!("| {what} | {outcome} | unchanged ({} entries) |", entries.len()));
	}

	// Oversized JSON-RPC requests: a 16 MiB request (the node's default limit is 15 MiB)
	// and, through the same client, a batch that is too big in total.
	let big = HttpClientBuilder::default()
		.max_request_size(64 << 20)
		.request_timeout(Duration::from_secs(30))
		.build(format!("http://127.0.0.1:{}", net.nodes[0].spec.rpc_port))
		.expect("client");
	let at = net.check(best_hash(&rpc).await);
	let (state, _) = net.check(watched_state(&rpc, at).await);
	let oversized = big
		.request::<serde_json::Value, _>(
			"author_submitExtrinsic",
			rpc_params![to_hex(&vec![0u8; 8 << 20])],
		)
		.await
		.expect_err("a 16 MiB request is refused");
	let oversized = oversized.to_string();
	assert!(refused_for_size(&oversized), "{oversized}");
	table.push(format!("| 16 MiB JSON-RPC request | refused: {oversized} | unchanged |"));
	let mut batch = BatchRequestBuilder::new();
	for _ in 0..40 {
		batch
			.insert("author_submitExtrinsic", rpc_params![to_hex(&vec![0u8; 256 << 10])])
			.expect("batch");
	}
	let refused =
		big.batch_request::<serde_json::Value>(batch).await.expect_err("a 20 MiB batch is refused");
	let refused = refused.to_string();
	assert!(refused_for_size(&refused), "{refused}");
	table.push(format!("| batch of 40 requests, 20 MiB | refused: {refused} | unchanged |"));
	net.check(blocks_pass(&rpc, 1).await);
	let after = net.check(best_hash(&rpc).await);
	assert_eq!(net.check(watched_state(&rpc, after).await).0, state);

	println!("| hostile input | outcome | MedChain state |\n|---|---|---|\n{}", table.join("\n"));
}
