//! End-to-end: the registry and the fee-free path on a real development node, driven over
//! JSON-RPC the way apps do. Every account except Alice (sudo) holds no tokens at all.

use codec::Decode;
use medchain_e2e::*;
use medchain_primitives::{EmergencyPolicy, EncryptionKey};
use medchain_runtime::{Runtime, RuntimeCall};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::AccountId32;
use std::time::Duration;

const STEP: Duration = Duration::from_secs(30);

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//medchain-e2e//{name}"), None).expect("a valid URI")
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

/// The account's nonce and free balance, read from storage.
async fn nonce_and_balance(rpc: &Rpc, who: &AccountId32) -> Result<(u32, u128)> {
	let key = frame_system::Account::<Runtime>::hashed_key_for(who);
	let Some(raw) = rpc.storage(&key).await? else { return Ok((0, 0)) };
	let info =
		frame_system::AccountInfo::<u32, pallet_balances::AccountData<u128>>::decode(&mut &raw[..])
			.map_err(|e| e.to_string())?;
	Ok((info.nonce, info.data.free))
}

async fn is_registered_patient(rpc: &Rpc, who: &AccountId32) -> Result<bool> {
	let key = pallet_patients::PseudonymOf::<Runtime>::hashed_key_for(who);
	Ok(rpc.storage(&key).await?.is_some())
}

#[tokio::test(flavor = "multi_thread")]
async fn registered_actors_work_without_tokens_and_spam_stays_bounded() {
	let (net, rpc) = Network::dev("registry", 43_000).await;

	// Sudo registers a hospital (bootstrap governance); the hospital, with no tokens,
	// registers a physician; the physician registers a patient who signed the registration
	// payload.
	let CareSetting { hospital, doctor, patient, .. } =
		net.check(care_setting(&rpc, "medchain-e2e", H256::repeat_byte(0x42), STEP).await);
	assert!(net.check(is_registered_patient(&rpc, &account(&patient)).await));

	// The patient, with no tokens, names a guardian, who signed its acceptance (at its nonce,
	// for a deadline within the hour).
	let guardian = pair("guardian");
	let genesis = net.check(rpc.genesis_hash().await);
	let deadline = net.check(rpc.best_number().await) + 100;
	let nonce = net.check(rpc.next_nonce(&account(&guardian)).await);
	let payload =
		pallet_patients::guardian_payload(&genesis, &H256::repeat_byte(0x42), &nonce, &deadline);
	let call = RuntimeCall::Patients(pallet_patients::Call::add_guardian {
		guardian: account(&guardian).into(),
		deadline,
		acceptance: sp_runtime::MultiSignature::from(guardian.sign(&payload)),
	});
	net.check(rpc.submit_and_wait(&patient, call, STEP).await);
	let ward = pallet_patients::Wards::<Runtime>::hashed_key_for(
		account(&guardian),
		H256::repeat_byte(0x42),
	);
	assert!(net.check(rpc.storage(&ward).await).is_some(), "the guardian was not named");

	for who in [&hospital, &doctor, &patient] {
		let (_, free) = net.check(nonce_and_balance(&rpc, &account(who)).await);
		assert_eq!(free, 0, "a registered actor was charged");
	}

	// An unregistered account without tokens is turned away by the pool.
	let stranger = pair("stranger");
	let call = RuntimeCall::Patients(pallet_patients::Call::register {
		pseudonym: H256::repeat_byte(0x43),
		encryption_key: EncryptionKey([4; 32]),
		emergency_policy: EmergencyPolicy { allowed: true, required_approvals: 2 },
	});
	let refused = rpc.submit(&stranger, call).await.expect_err("the pool refuses the stranger");
	assert!(refused.contains("1010"), "unexpected refusal: {refused}");

	// Spam: the physician sends 30 more transactions than the quota allows. The pool takes
	// them (its checks run against the same state), but blocks include only the quota and
	// the rest are dropped as unpayable.
	let quota = medchain_runtime::configs::FREE_CALLS_PER_WINDOW;
	let (start_nonce, _) = net.check(nonce_and_balance(&rpc, &account(&doctor)).await);
	let used_so_far = start_nonce; // every earlier transaction of the physician was free
	let sent = quota + 30;
	let mut submitted = 0;
	for i in 0..sent {
		let call = RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
			key: EncryptionKey([10 + (i % 2) as u8; 32]),
		});
		if rpc.submit(&doctor, call).await.is_ok() {
			submitted += 1;
		}
	}
	assert!(submitted >= quota - used_so_far, "the pool refused free transactions");
	let expected = quota;
	net.check(
		wait_for(Duration::from_secs(60), "the quota's transactions to be included", || async {
			Ok(nonce_and_balance(&rpc, &account(&doctor)).await?.0 >= expected)
		})
		.await,
	);
	// Give the node a few more blocks: nothing beyond the quota lands.
	let best = net.check(rpc.best_number().await);
	net.check(
		wait_for(Duration::from_secs(30), "three more blocks", || async {
			Ok(rpc.best_number().await? >= best + 3)
		})
		.await,
	);
	let (nonce, free) = net.check(nonce_and_balance(&rpc, &account(&doctor)).await);
	assert_eq!(nonce, quota, "more free transactions landed than the quota allows");
	assert_eq!(free, 0);

	// One more, now that the quota is spent on chain: the pool refuses it, saying why.
	let call = RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
		key: EncryptionKey([12; 32]),
	});
	let refused = rpc.submit(&doctor, call).await.expect_err("the pool refuses it");
	assert!(refused.contains("Custom error: 61"), "not the free tier's refusal: {refused}");
	// The node counts the free tier's refusals: at submission, and at block building (the
	// spam the pool admitted against the same state, then found over the quota).
	let port = net.nodes[0].spec.prometheus_port;
	let at = |place: &str| {
		prometheus_series(port, "medchain_free_tier_refusals_total", &format!("at=\"{place}\""))
	};
	let at_submission = net.check(at("submission")).expect("the submission series");
	let at_block = net.check(at("block")).expect("the block series");
	println!("free-tier refusals: {at_submission} at submission, {at_block} at block building");
	assert!(at_submission >= 1.0, "the refusal at submission was not counted");
}
