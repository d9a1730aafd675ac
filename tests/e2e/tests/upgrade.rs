//! End-to-end: a runtime upgrade of a running four-validator network, through governance.
//!
//! The network starts on the release runtime, gets a hospital, a physician, a patient with
//! three anchored records, a grant and an active break-glass session. Before the upgrade, the
//! next version (the upgrade rehearsal, `runtime/src/upgrade_rehearsal.rs`, built as a second
//! wasm blob) is checked with try-runtime against the network's state, downloaded over
//! JSON-RPC: its migrations' `pre_upgrade` and `post_upgrade`, every pallet's `try_state` and
//! storage version, in the rehearsal's own wasm, as `try-runtime on-runtime-upgrade` would;
//! the same state with one record spoiled must fail that check. Then governance upgrades it,
//! in one test by sudo (`sudo(system.set_code)`), in the other after sudo's key is removed, by
//! a two-thirds council motion (`upgrades.authorize_upgrade(code_hash)`) and an unsigned
//! `system.apply_authorized_upgrade(code)` that anyone may send. Each checks that blocks are
//! authored and finalized by every node under the new version, every record, grant and
//! session answers exactly as before (and the care pallets' storage is byte-identical), they
//! behave the same (a new anchor, a revocation), and the new version's change is live: a quota
//! the old version refused is accepted.

use codec::{Decode, Encode};
use frame_support::storage::StoragePrefixedMap;
use medchain_e2e::*;
use medchain_primitives::{
	AccessReason, EncryptionKey, OrganizationKind, Permission, PractitionerRole, Purpose,
	RecordKind, Scope,
};
use medchain_runtime::{api_types, Runtime, RuntimeCall, RuntimeEvent};
use sc_executor::{HeapAllocStrategy, RuntimeVersion, WasmExecutor};
use sp_core::{
	sr25519,
	traits::{CallContext, CodeExecutor, ReadRuntimeVersion, WrappedRuntimeCode},
	Pair, H256,
};
use sp_keyring::Sr25519Keyring::Alice;
use sp_runtime::{AccountId32, DispatchResult};
use std::time::Duration;

const STEP: Duration = Duration::from_secs(30);
const SEED: &str = "medchain-e2e-upgrade";

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//{SEED}//{name}"), None).expect("a valid URI")
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

/// Who governs the network in a test: sudo (Alice's key), or the council (Alice, Bob and
/// Charlie; two thirds pass a motion) once sudo's key is removed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Governance {
	Sudo,
	Council,
}

/// Has governance dispatch `call`, waits for it to be included and returns the call's own
/// result (from `Sudo.Sudid`, or the council's `Executed` when it closed the motion). For the
/// council, a motion (Alice proposes, Alice and Bob vote aye, Alice closes), numbered from the
/// council's proposal count.
async fn govern(rpc: &Rpc, by: Governance, call: RuntimeCall) -> Result<DispatchResult> {
	let from = rpc.best_number().await?;
	match by {
		Governance::Sudo => rpc.submit_and_wait(&Alice.pair(), sudo(call), STEP).await?,
		Governance::Council => {
			let key = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::hashed_key();
			let index = match rpc.storage(&key).await? {
				Some(raw) => u32::decode(&mut &raw[..]).map_err(|e| e.to_string())?,
				None => 0,
			};
			council_motion(rpc, call, index).await?
		},
	}
	// The last governance result in the blocks since.
	let mut result = None;
	for number in from..=rpc.best_number().await? {
		let hash = rpc.block_hash(number).await?.ok_or("a block vanished")?;
		let key = frame_support::storage::storage_prefix(b"System", b"Events");
		let Some(raw) = rpc.storage_at(&key, Some(hash)).await? else { continue };
		let events = Vec::<frame_system::EventRecord<RuntimeEvent, H256>>::decode(&mut &raw[..])
			.map_err(|e| e.to_string())?;
		for record in events {
			match record.event {
				RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => {
					result = Some(sudo_result)
				},
				RuntimeEvent::Council(pallet_collective::Event::Executed { result: r, .. }) => {
					result = Some(r)
				},
				_ => {},
			}
		}
	}
	result.ok_or_else(|| format!("no result of {by:?}'s call in blocks #{from} and after"))
}

/// The runtime upgrade authorized and not yet applied, as `frame-system` stores it: the code
/// hash and whether the version is checked.
async fn authorized_upgrade(rpc: &Rpc) -> Result<Option<(H256, bool)>> {
	let key = frame_support::storage::storage_prefix(b"System", b"AuthorizedUpgrade");
	let Some(raw) = rpc.storage(&key).await? else { return Ok(None) };
	Ok(Some(<(H256, bool)>::decode(&mut &raw[..]).map_err(|e| e.to_string())?))
}

/// The upgrade rehearsal's wasm blob.
fn rehearsal_code() -> &'static [u8] {
	medchain_runtime::upgrade_rehearsal_wasm::WASM_BINARY
		.expect("the upgrade rehearsal's blob (built unless SKIP_WASM_BUILD is set)")
}

/// The names of the care pallets, whose storage an upgrade must leave as it was.
const CARE_PALLETS: [&str; 5] = ["Providers", "Patients", "Records", "Consent", "Emergency"];

/// What the network holds before the upgrade.
struct Fixture {
	care: CareSetting,
	/// The anchored records' commitments.
	commitments: Vec<H256>,
	/// The patient's grant to the hospital.
	grant: u64,
}

fn document_commitment(n: u32) -> H256 {
	let document = format!("discharge letter {n}: follow-up in two weeks");
	let salt = sp_io::hashing::blake2_256(format!("upgrade salt {n}").as_bytes());
	H256(sp_io::hashing::sha2_256(&[&salt[..], document.as_bytes()].concat()))
}

fn anchor(pseudonym: H256, n: u32) -> RuntimeCall {
	// A CIDv1 (raw, sha2-256) of the document's ciphertext.
	let digest = sp_io::hashing::sha2_256(format!("ciphertext {n}").as_bytes());
	let cid = [&[0x01, 0x55, 0x12, 0x20][..], &digest[..]].concat();
	RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient: pseudonym,
		content_hash: document_commitment(n),
		cid: cid.try_into().expect("a short CID"),
		kind: RecordKind::ClinicalNote,
		patient_envelope: vec![0xe2; 92].try_into().expect("a short envelope"),
	})
}

/// Registers the care setting, a grant, three records and an active break-glass session.
async fn populate(rpc: &Rpc) -> Result<Fixture> {
	let pseudonym = H256::repeat_byte(0x7a);
	let care = care_setting(rpc, SEED, pseudonym, STEP).await?;
	let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(&care.hospital),
		scope: Scope::AllRecords,
		permission: Permission::ReadWrite,
		purpose: Purpose::Treatment,
		expires_at: None,
	});
	rpc.submit_and_wait(&care.patient, grant, STEP).await?;
	let mut commitments = Vec::new();
	for n in 0..3 {
		rpc.submit_and_wait(&care.doctor, anchor(pseudonym, n), STEP).await?;
		commitments.push(document_commitment(n));
	}

	// Three emergency services, made authorities by sudo; the first employs a paramedic,
	// who opens a session that the other two approve.
	let services = [pair("ems-a"), pair("ems-b"), pair("ems-c")];
	let mut calls = Vec::new();
	for (i, ems) in services.iter().enumerate() {
		calls.push(RuntimeCall::Providers(pallet_providers::Call::register_organization {
			organization: account(ems).into(),
			kind: OrganizationKind::EmergencyService,
			encryption_key: EncryptionKey([40 + i as u8; 32]),
			credential: H256::repeat_byte(40 + i as u8),
		}));
		calls.push(RuntimeCall::Emergency(pallet_emergency::Call::add_authority {
			authority: account(ems).into(),
		}));
	}
	let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls });
	rpc.submit_and_wait(&Alice.pair(), sudo(batch), STEP).await?;
	let paramedic = pair("paramedic");
	let hire = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&paramedic).into(),
		role: PractitionerRole::EmergencyResponder,
		encryption_key: EncryptionKey([50; 32]),
		credential: H256::repeat_byte(50),
	});
	rpc.submit_and_wait(&services[0], hire, STEP).await?;
	let open = RuntimeCall::Emergency(pallet_emergency::Call::open_session {
		patient: pseudonym,
		reason: pallet_emergency::EmergencyReason::EmergencyTreatment,
		justification: H256::repeat_byte(0xaa),
	});
	rpc.submit_and_wait(&paramedic, open, STEP).await?;
	for ems in &services[1..] {
		let approve =
			RuntimeCall::Emergency(pallet_emergency::Call::approve_session { session: 0 });
		rpc.submit_and_wait(ems, approve, STEP).await?;
	}
	Ok(Fixture { care, commitments, grant: 0 })
}

/// Everything the runtime APIs answer about the fixture at block `at`, SCALE-encoded, in a
/// fixed order: each record's verification and anchor, the physician's access to it and its
/// envelope for the patient, the patient's records, grants, requests, audit trail and
/// break-glass sessions, and the session's status.
async fn answers(rpc: &Rpc, fixture: &Fixture, at: H256) -> Result<Vec<(String, Vec<u8>)>> {
	let patient = fixture.care.pseudonym;
	let mut all = Vec::new();
	let mut ask = |name: String, raw: Vec<u8>| all.push((name, raw));
	for commitment in &fixture.commitments {
		let raw = rpc.state_call("RecordsApi_verify", &commitment.encode(), at).await?;
		let found = Option::<api_types::Verification>::decode(&mut &raw[..])
			.map_err(|e| e.to_string())?
			.ok_or_else(|| format!("record {commitment:?} is not anchored"))?;
		ask(format!("verify {commitment:?}"), raw);
		let id = found.record.encode();
		ask(
			format!("record {:?}", found.record),
			rpc.state_call("RecordsApi_record", &id, at).await?,
		);
		let who = (account(&fixture.care.hospital), found.record).encode();
		ask(
			format!("access_reason {:?}", found.record),
			rpc.state_call("ConsentApi_access_reason", &who, at).await?,
		);
		let party = (found.record, account(&fixture.care.patient)).encode();
		ask(
			format!("envelope {:?}", found.record),
			rpc.state_call("RecordsApi_envelope", &party, at).await?,
		);
	}
	let page = (patient, 0u32, 100u32).encode();
	for method in [
		"RecordsApi_records_of",
		"ConsentApi_grants_of",
		"ConsentApi_requests_of",
		"ConsentApi_audit_trail",
		"EmergencyApi_sessions_of",
	] {
		ask(method.to_string(), rpc.state_call(method, &page, at).await?);
	}
	ask(
		"session_status 0".to_string(),
		rpc.state_call("EmergencyApi_session_status", &0u64.encode(), at).await?,
	);
	Ok(all)
}

/// Every storage entry of the care pallets at block `at`.
async fn care_state(rpc: &Rpc, at: H256) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
	let mut all = Vec::new();
	for pallet in CARE_PALLETS {
		all.extend(rpc.storage_pairs(&sp_io::hashing::twox_128(pallet.as_bytes()), at).await?);
	}
	Ok(all)
}

/// The free tier's quota at the best block (calls per window).
async fn quota_calls(rpc: &Rpc) -> Result<Option<u32>> {
	let key = pallet_free_tier::CurrentQuota::<Runtime>::hashed_key();
	let Some(raw) = rpc.storage(&key).await? else { return Ok(None) };
	let quota = pallet_free_tier::Quota::<u32>::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
	Ok(Some(quota.calls))
}

/// A quota that the release refuses (over its 10,000 calls per window) and the rehearsal
/// accepts (up to 20,000).
fn bigger_quota() -> RuntimeCall {
	RuntimeCall::FreeTier(pallet_free_tier::Call::set_quota { calls: 15_000, window: 100 })
}

fn executor() -> WasmExecutor<sp_io::SubstrateHostFunctions> {
	WasmExecutor::builder()
		.with_offchain_heap_alloc_strategy(HeapAllocStrategy::Dynamic { maximum_pages: None })
		.build()
}

/// `frame_support::traits::UpgradeCheckSelect`'s first two variants, by their encoding (the
/// type exists only with the try-runtime feature, which the native build leaves off).
#[derive(Clone, Copy, Encode)]
enum Checks {
	/// Only the migrations.
	None,
	/// Pre- and post-upgrade checks, every pallet's `try_state` and storage version.
	All,
}

/// Runs the rehearsal's `TryRuntime_on_runtime_upgrade` with `checks` on `state` (with the
/// rehearsal's code in place, as try-runtime's `on-runtime-upgrade` does); returns the
/// migrations' weight, or why a check failed.
fn try_runtime_upgrade(
	state: &[(Vec<u8>, Vec<u8>)],
	checks: Checks,
) -> std::result::Result<sp_runtime::Weight, String> {
	let code = rehearsal_code();
	let mut top: std::collections::BTreeMap<Vec<u8>, Vec<u8>> = state.iter().cloned().collect();
	top.insert(sp_core::storage::well_known_keys::CODE.to_vec(), code.to_vec());
	let mut ext = sp_io::TestExternalities::new(sp_core::storage::Storage {
		top,
		children_default: Default::default(),
	});
	let fetch = WrappedRuntimeCode(code.into());
	let runtime_code = sp_core::traits::RuntimeCode {
		code_fetcher: &fetch,
		heap_pages: None,
		hash: sp_io::hashing::blake2_256(code).to_vec(),
	};
	let (result, _) = executor().call(
		&mut ext.ext(),
		&runtime_code,
		"TryRuntime_on_runtime_upgrade",
		&checks.encode(),
		CallContext::Offchain,
	);
	let raw = result.map_err(|e| e.to_string())?;
	let (weight, _max) = <(sp_runtime::Weight, sp_runtime::Weight)>::decode(&mut &raw[..])
		.map_err(|e| e.to_string())?;
	Ok(weight)
}

#[tokio::test(flavor = "multi_thread")]
async fn sudo_upgrades_a_running_network_and_nothing_is_lost() {
	upgrade_a_running_network(Governance::Sudo, "upgrade-sudo", 50_000).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_sudo_a_council_motion_upgrades_a_running_network_and_nothing_is_lost() {
	upgrade_a_running_network(Governance::Council, "upgrade-council", 51_000).await;
}

/// The whole scenario, with governance `by`, on four validators on ports from `base`.
async fn upgrade_a_running_network(by: Governance, label: &str, base: u16) {
	let mut net = Network::prepare(label, four_validators(base)).expect("prepare");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let all = net.rpcs();
	let watch = FinalityWatch::spawn(all.clone());
	let rpc = net.node("alice").rpc.clone();
	net.check(finalized_at_least(&rpc, 1, Duration::from_secs(90)).await);

	// The rehearsal is the next version of this runtime: same name and transaction
	// version, a higher spec_version.
	let release = medchain_runtime::VERSION;
	let mut scratch = sp_io::TestExternalities::default();
	let raw = executor()
		.read_runtime_version(rehearsal_code(), &mut scratch.ext())
		.expect("the rehearsal's version");
	let next = RuntimeVersion::decode(&mut &raw[..]).expect("a runtime version");
	assert_eq!(next.spec_name, release.spec_name);
	assert_eq!(next.transaction_version, release.transaction_version);
	assert_eq!(
		next.spec_version,
		release.spec_version + 1,
		"bump the rehearsal's spec_version with the release's (runtime/src/lib.rs)"
	);
	assert_eq!(net.check(rpc.runtime_version().await).0, release.spec_version);

	let fixture = net.check(populate(&rpc).await);

	// The release refuses a quota over its bound: included, nothing changes.
	let quota_before = net.check(quota_calls(&rpc).await);
	let refused = net.check(govern(&rpc, by, bigger_quota()).await);
	assert!(refused.is_err(), "the release took a quota of 15,000: {refused:?}");
	assert_eq!(net.check(quota_calls(&rpc).await), quota_before, "the release took 15,000");

	if by == Governance::Council {
		// The network hands over from sudo: from now on, only the council governs.
		let remove = RuntimeCall::Sudo(pallet_sudo::Call::remove_key {});
		net.check(rpc.submit_and_wait(&Alice.pair(), remove, STEP).await);
		let key = pallet_sudo::Key::<Runtime>::hashed_key();
		assert_eq!(net.check(rpc.storage(&key).await), None, "sudo's key is still there");
	}

	// The state before the upgrade, at a finalized block that holds all of the above.
	let best = net.check(rpc.best_number().await);
	net.check(finalized_at_least(&rpc, best, Duration::from_secs(60)).await);
	let (before_number, before) = net.check(rpc.finalized().await);
	let answers_before = net.check(answers(&rpc, &fixture, before).await);
	let care_before = net.check(care_state(&rpc, before).await);
	assert!(care_before.len() > 20, "only {} care entries", care_before.len());

	// try-runtime: the rehearsal's migrations and checks on the network's whole state.
	let state = net.check(rpc.storage_pairs(&[], before).await);
	let weight =
		try_runtime_upgrade(&state, Checks::All).unwrap_or_else(|e| panic!("try-runtime: {e}"));
	println!(
		"try-runtime on-runtime-upgrade on {} keys at #{before_number}: ok, weight {weight:?}",
		state.len()
	);
	// The check can fail: the same state with one record's value cut short does.
	let records = <pallet_records::Records<Runtime> as StoragePrefixedMap<_>>::final_prefix();
	let mut spoiled = state.clone();
	let entry = spoiled
		.iter_mut()
		.find(|(key, _)| key.starts_with(&records) && key.len() > records.len())
		.expect("a record in the state");
	entry.1.truncate(10);
	let refused =
		try_runtime_upgrade(&spoiled, Checks::All).expect_err("a spoiled record passed the checks");
	println!("try-runtime on a spoiled record: {}", refused.lines().next().unwrap_or_default());
	// It is the checks that refuse it: the migrations alone run on it.
	try_runtime_upgrade(&spoiled, Checks::None)
		.unwrap_or_else(|e| panic!("the migrations alone failed on a spoiled record: {e}"));

	// The upgrade.
	println!("upgrade by {by:?} to {} bytes of code", rehearsal_code().len());
	match by {
		Governance::Sudo => {
			let set_code = frame_system::Call::set_code { code: rehearsal_code().to_vec() };
			net.check(rpc.submit(&Alice.pair(), sudo(RuntimeCall::System(set_code))).await);
		},
		Governance::Council => {
			// The council authorizes the code's hash (a motion of 33 bytes, not the code) ...
			let code_hash = H256(sp_io::hashing::blake2_256(rehearsal_code()));
			let authorize = pallet_upgrades::Call::authorize_upgrade { code_hash };
			assert_eq!(net.check(govern(&rpc, by, RuntimeCall::Upgrades(authorize)).await), Ok(()));
			assert_eq!(net.check(authorized_upgrade(&rpc).await), Some((code_hash, true)));
			// ... and anyone hands in the code, unsigned: no account, no fee.
			let apply =
				frame_system::Call::apply_authorized_upgrade { code: rehearsal_code().to_vec() };
			let bare = medchain_runtime::UncheckedExtrinsic::new_bare(RuntimeCall::System(apply));
			net.check(rpc.submit_raw(&bare.encode()).await);
		},
	}
	for (name, node) in &all {
		net.check(
			wait_for(
				Duration::from_secs(60),
				&format!("{name} to run the new version"),
				|| async { Ok(node.runtime_version().await?.0 == next.spec_version) },
			)
			.await,
		);
	}
	// The block that sets the code reports the new version; the next one, the first the new
	// code executes, runs its migrations and records that it did.
	let key = frame_system::LastRuntimeUpgrade::<Runtime>::hashed_key();
	net.check(
		wait_for(Duration::from_secs(30), "the new version's migrations", || async {
			let raw = rpc.storage(&key).await?.ok_or("no last runtime upgrade")?;
			let last = frame_system::LastRuntimeUpgradeInfo::decode(&mut &raw[..])
				.map_err(|e| e.to_string())?;
			Ok(last.spec_version.0 == next.spec_version)
		})
		.await,
	);

	// Blocks go on: every node finalizes five more blocks under the new version.
	let (upgraded_at, _) = net.check(rpc.finalized().await);
	for (_, node) in &all {
		net.check(finalized_at_least(node, upgraded_at + 5, Duration::from_secs(60)).await);
	}
	let (after_number, after) = net.check(rpc.finalized().await);
	println!("upgraded to {} by #{upgraded_at}; finalized #{after_number}", next.spec_version);

	// Nothing lost: every answer and every care entry as before.
	let answers_after = net.check(answers(&rpc, &fixture, after).await);
	for (was, is) in answers_before.iter().zip(&answers_after) {
		assert_eq!(was, is, "{} changed with the upgrade", was.0);
	}
	assert_eq!(answers_before.len(), answers_after.len());
	assert!(net.check(care_state(&rpc, after).await) == care_before, "care storage changed");

	if by == Governance::Council {
		assert_eq!(net.check(authorized_upgrade(&rpc).await), None, "the authorization is used");
	}

	// The new version's change is live: the same quota is accepted now.
	assert_eq!(net.check(govern(&rpc, by, bigger_quota()).await), Ok(()));
	assert_eq!(net.check(quota_calls(&rpc).await), Some(15_000));

	// And everything behaves as before: the physician anchors a new record (signed for the
	// new version), the patient revokes the hospital's grant and the hospital's access ends.
	let pseudonym = fixture.care.pseudonym;
	net.check(rpc.submit_and_wait(&fixture.care.doctor, anchor(pseudonym, 3), STEP).await);
	let best = net.check(rpc.block_hash(net.check(rpc.best_number().await)).await).expect("best");
	let raw = net
		.check(rpc.state_call("RecordsApi_verify", &document_commitment(3).encode(), best).await);
	let found = Option::<api_types::Verification>::decode(&mut &raw[..]).expect("decodes");
	let found = found.expect("the record anchored after the upgrade");
	assert_eq!(found.author, account(&fixture.care.doctor));
	let who = (account(&fixture.care.hospital), found.record).encode();
	let raw = net.check(rpc.state_call("ConsentApi_access_reason", &who, best).await);
	let reason = Option::<AccessReason>::decode(&mut &raw[..]).expect("decodes");
	assert_eq!(reason, Some(AccessReason::Grant(fixture.grant)), "the hospital's grant");
	let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: fixture.grant });
	net.check(rpc.submit_and_wait(&fixture.care.patient, revoke, STEP).await);
	let best = net.check(rpc.block_hash(net.check(rpc.best_number().await)).await).expect("best");
	let who = (account(&fixture.care.hospital), found.record).encode();
	let raw = net.check(rpc.state_call("ConsentApi_access_reason", &who, best).await);
	let reason = Option::<AccessReason>::decode(&mut &raw[..]).expect("decodes");
	assert_eq!(reason, None, "the hospital still reads after the revocation");

	// No two nodes finalized different blocks at any height, before, during or after.
	let checked = net.check(watch.verdict(&all).await);
	println!("finality agreed on every node at every height up to #{checked}");
}
