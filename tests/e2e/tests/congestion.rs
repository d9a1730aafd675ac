//! End-to-end: break-glass on a congested development node. Several funded accounts flood the
//! pool with tipped, paid junk (more than four blocks' worth by length) and a registered actor
//! add free junk; an emergency session still opens, and activates with its approvals, within
//! two blocks each, and the fee multiplier rises with the congestion.

use codec::Decode;
use medchain_e2e::*;
use medchain_primitives::{EncryptionKey, OrganizationKind, PractitionerRole};
use medchain_runtime::{Runtime, RuntimeCall, UNIT};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::One, AccountId32};
use std::time::Duration;

const STEP: Duration = Duration::from_secs(30);
/// Paid junk per flooding account: 56 remarks of 60 KiB, 3.3 MiB each, 16.4 MiB in all (the
/// pool holds 20 MiB; a block's normal class, 3.75 MiB).
const JUNK_PER_ACCOUNT: usize = 56;
const JUNK_BYTES: usize = 60 * 1024;

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//medchain-e2e-congestion//{name}"), None)
		.expect("a valid URI")
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

async fn session(rpc: &Rpc, id: u64) -> Result<Option<pallet_emergency::SessionOf<Runtime>>> {
	let key = pallet_emergency::Sessions::<Runtime>::hashed_key_for(id);
	let Some(raw) = rpc.storage(&key).await? else { return Ok(None) };
	pallet_emergency::SessionOf::<Runtime>::decode(&mut &raw[..])
		.map(Some)
		.map_err(|e| e.to_string())
}

/// How many of the flooding accounts' transactions the chain has included: the sum of their
/// on-chain nonces (each started at 0).
async fn included_junk(rpc: &Rpc, floods: &[sp_keyring::Sr25519Keyring]) -> Result<u32> {
	let mut included = 0;
	for who in floods {
		let key = frame_system::Account::<Runtime>::hashed_key_for(who.to_account_id());
		let raw = rpc.storage(&key).await?.ok_or("a funded account has no entry")?;
		let info = frame_system::AccountInfo::<u32, pallet_balances::AccountData<u128>>::decode(
			&mut &raw[..],
		)
		.map_err(|e| e.to_string())?;
		included += info.nonce;
	}
	Ok(included)
}

/// Waits until `done` holds at the best block; returns the best block's number read right
/// after (so no earlier than the block that made it hold).
async fn best_block_when<F, Fut>(rpc: &Rpc, what: &str, mut done: F) -> Result<u32>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<bool>>,
{
	let started = std::time::Instant::now();
	loop {
		if done().await? {
			return rpc.best_number().await;
		}
		if started.elapsed() > Duration::from_secs(60) {
			return Err(format!("timed out waiting for {what}"));
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn break_glass_opens_and_activates_within_two_blocks_under_a_flood() {
	let (net, rpc) = Network::dev("congestion", 45_000).await;
	let CareSetting { patient, pseudonym, .. } = net
		.check(care_setting(&rpc, "medchain-e2e-congestion", H256::repeat_byte(0x51), STEP).await);

	// Sudo registers three emergency services and makes them authorities, in one batch; the
	// first employs the paramedic.
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
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(batch) });
	net.check(rpc.submit_and_wait(&Alice.pair(), sudo, STEP).await);
	let paramedic = pair("paramedic");
	let hire = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&paramedic).into(),
		role: PractitionerRole::EmergencyResponder,
		encryption_key: EncryptionKey([50; 32]),
		credential: H256::repeat_byte(50),
	});
	net.check(rpc.submit_and_wait(&services[0], hire, STEP).await);

	// The flood: tipped paid remarks from five funded accounts, and failing free calls from
	// the patient, all in the pool before the emergency.
	let floods = [Bob, Charlie, Dave, Eve, Ferdie];
	for (i, who) in floods.iter().enumerate() {
		for n in 0..JUNK_PER_ACCOUNT {
			let junk = RuntimeCall::System(frame_system::Call::remark {
				remark: vec![(i * JUNK_PER_ACCOUNT + n) as u8; JUNK_BYTES],
			});
			net.check(rpc.submit_with_tip(&who.pair(), junk, UNIT).await);
		}
	}
	for _ in 0..50 {
		let bogus = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: 999_999 });
		net.check(rpc.submit(&patient, bogus).await);
	}
	let submitted_junk = (floods.len() * JUNK_PER_ACCOUNT) as u32;
	let included = net.check(included_junk(&rpc, &floods).await);
	println!("{} paid junk transactions wait in the pool", submitted_junk - included);

	// The paramedic opens a session: included within two blocks of its submission.
	let session_id = 0;
	let submitted = net.check(rpc.best_number().await);
	let open = RuntimeCall::Emergency(pallet_emergency::Call::open_session {
		patient: pseudonym,
		reason: pallet_emergency::EmergencyReason::EmergencyTreatment,
		justification: H256::repeat_byte(0xaa),
	});
	net.check(rpc.submit(&paramedic, open).await);
	let opened = net.check(
		best_block_when(&rpc, "the session to open", || async {
			Ok(session(&rpc, session_id).await?.is_some())
		})
		.await,
	);
	println!("opened at #{opened}, submitted at #{submitted}");
	assert!(opened <= submitted + 2, "opened at #{opened}, submitted at #{submitted}");

	// Two other services approve: active within two blocks.
	let submitted = net.check(rpc.best_number().await);
	for ems in &services[1..] {
		let approve =
			RuntimeCall::Emergency(pallet_emergency::Call::approve_session { session: session_id });
		net.check(rpc.submit(ems, approve).await);
	}
	let active = net.check(
		best_block_when(&rpc, "the session to activate", || async {
			let now = rpc.best_number().await?;
			Ok(session(&rpc, session_id)
				.await?
				.is_some_and(|s| s.status(now) == pallet_emergency::SessionStatus::Active))
		})
		.await,
	);
	println!("active at #{active}, approvals submitted at #{submitted}");
	assert!(active <= submitted + 2, "active at #{active}, approvals submitted at #{submitted}");

	// The junk was a real backlog: it is still there, and it made paid transactions dearer.
	let left = submitted_junk - net.check(included_junk(&rpc, &floods).await);
	assert!(left > 0, "the flood was gone before the session activated: no congestion tested");
	let key = pallet_transaction_payment::NextFeeMultiplier::<Runtime>::hashed_key().to_vec();
	let raw = net.check(rpc.storage(&key).await).expect("a fee multiplier");
	let multiplier =
		pallet_transaction_payment::Multiplier::decode(&mut &raw[..]).expect("decodes");
	println!("{left} transactions still wait; fee multiplier {multiplier:?}");
	assert!(multiplier > pallet_transaction_payment::Multiplier::one(), "fees did not rise");

	// The node's metrics show the session: opened, open, and awaiting review (as every
	// session does from its opening).
	let port = net.nodes[0].spec.prometheus_port;
	for (metric, expected) in [
		("medchain_breakglass_sessions_opened", 1.0),
		("medchain_breakglass_sessions_open", 1.0),
		("medchain_breakglass_sessions_unreviewed", 1.0),
	] {
		net.check(metric_becomes(port, metric, expected, STEP).await);
	}
}
