//! A validator's GRANDPA equivocation reported on a running network.
//!
//! - Crafted: two different prevotes in one round signed with Dave's (development) GRANDPA
//!   key, reported by a watcher with the key ownership proof the nodes' runtime API generates
//!   (`GrandpaApi_generate_key_ownership_proof`, what the GRANDPA voter asks for when it
//!   reports).
//! - Twins: a second process started with Dave's keys. It votes for its best block
//!   (`--grandpa-vote-lag 0`) while Dave's first instance keeps the default (one block
//!   behind the best), so the two sign different prevotes in the same rounds; the other
//!   validators' nodes detect it and report it themselves (unsigned, with the proof).
//!
//! Either way the offence lands, Dave leaves the validator set and GRANDPA's authorities, and
//! the three others keep finalizing.

use codec::{Decode, Encode};
use medchain_e2e::*;
use medchain_runtime::RuntimeCall;
use sp_core::H256;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring::Alice, Sr25519Keyring::Dave};
use std::time::Duration;

async fn validators(rpc: &Rpc) -> Result<Vec<sp_runtime::AccountId32>> {
	let key = pallet_validator_set::Validators::<medchain_runtime::Runtime>::hashed_key();
	let raw = rpc.storage(&key).await?.ok_or("no validator set in storage")?;
	Vec::<sp_runtime::AccountId32>::decode(&mut &raw[..]).map_err(|e| e.to_string())
}

async fn best_hash(rpc: &Rpc) -> Result<H256> {
	let best = rpc.best_number().await?;
	rpc.block_hash(best).await?.ok_or_else(|| "no best block".to_string())
}

async fn grandpa_authorities(rpc: &Rpc) -> Result<Vec<sp_consensus_grandpa::AuthorityId>> {
	let raw = rpc.state_call("GrandpaApi_grandpa_authorities", &[], best_hash(rpc).await?).await?;
	let list =
		sp_consensus_grandpa::AuthorityList::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
	Ok(list.into_iter().map(|(id, _)| id).collect())
}

/// Dave's two prevotes for different blocks in `round` of set `set_id`.
fn double_vote(set_id: u64, round: u64) -> sp_consensus_grandpa::EquivocationProof<H256, u32> {
	let vote = |byte: u8| {
		let prevote =
			finality_grandpa::Prevote { target_hash: H256::repeat_byte(byte), target_number: 1 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, Ed25519Keyring::Dave.sign(&payload).into())
	};
	sp_consensus_grandpa::EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: Ed25519Keyring::Dave.public().into(),
			first: vote(1),
			second: vote(2),
		}),
	)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_equivocating_validator_is_reported_and_leaves_the_set_while_finality_continues() {
	let mut net = Network::prepare("equivocation", four_validators(53_000)).expect("prepare");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let alice = net.node("alice").rpc.clone();
	net.check(finalized_at_least(&alice, 2, Duration::from_secs(90)).await);

	// The key ownership proof, from the node's runtime API, for the current set.
	let at = net.check(best_hash(&alice).await);
	let raw = net.check(alice.state_call("GrandpaApi_current_set_id", &[], at).await);
	let set_id = u64::decode(&mut &raw[..]).expect("a set id");
	let dave: sp_consensus_grandpa::AuthorityId = Ed25519Keyring::Dave.public().into();
	let args = (set_id, dave.clone()).encode();
	let raw =
		net.check(alice.state_call("GrandpaApi_generate_key_ownership_proof", &args, at).await);
	let opaque = Option::<Vec<u8>>::decode(&mut &raw[..]).expect("an optional proof");
	let proof = opaque.expect("Dave's key is a validator's: the node proves it");
	let key_owner_proof =
		sp_session::MembershipProof::decode(&mut &proof[..]).expect("a membership proof");

	// A watcher (Alice's account) reports it; an honest pair of votes would be refused.
	let report = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation {
		equivocation_proof: Box::new(double_vote(set_id, 1)),
		key_owner_proof,
	});
	net.check(alice.submit_and_wait(&Alice.pair(), report, Duration::from_secs(60)).await);
	let set = net.check(validators(&alice).await);
	assert!(!set.contains(&Dave.to_account_id()), "the report did not remove Dave: {set:?}");
	let prefix =
		[sp_io::hashing::twox_128(b"Offences"), sp_io::hashing::twox_128(b"Reports")].concat();
	let head = net.check(best_hash(&alice).await);
	assert_eq!(net.check(alice.storage_pairs(&prefix, head).await).len(), 1, "one offence");

	// Within two sessions Dave's key leaves GRANDPA's set, and the three others go on
	// finalizing without it (Dave's node keeps running, no longer an authority).
	net.check(
		wait_for(Duration::from_secs(120), "Dave's key to leave the GRANDPA set", || async {
			Ok(!grandpa_authorities(&alice).await?.contains(&dave))
		})
		.await,
	);
	let from = net.check(alice.finalized().await).0;
	net.check(finalized_at_least(&alice, from + 10, Duration::from_secs(90)).await);
	let bob = net.node("bob").rpc.clone();
	let (number, hash) = net.check(bob.finalized().await);
	assert_eq!(net.check(alice.block_hash(number).await), Some(hash), "forked at #{number}");
}

#[tokio::test(flavor = "multi_thread")]
async fn two_instances_with_one_validators_keys_are_reported_by_the_network_and_removed() {
	let mut specs = four_validators(56_000);
	// Dave's twin: Dave's session keys in its own keystore, on the public RPC node's
	// (authorized) node key, voting for its best block.
	specs.push(NodeSpec {
		name: "rpc".to_string(),
		dev_key: false,
		extra_args: vec!["--grandpa-vote-lag".into(), "0".into()],
		..dev_validator("rpc", 56_000, 4)
	});
	let mut net = Network::prepare("twins", specs).expect("prepare");
	for (scheme, key_type) in [("Sr25519", "aura"), ("Ed25519", "gran")] {
		let args =
			["key", "insert", "--scheme", scheme, "--suri", "//Dave", "--key-type", key_type];
		let out = net.node("rpc").run_subcommand(&args).expect("run key insert");
		assert!(out.status.success(), "key insert: {}", String::from_utf8_lossy(&out.stderr));
	}
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let alice = net.node("alice").rpc.clone();
	net.check(finalized_at_least(&alice, 2, Duration::from_secs(120)).await);

	// Nobody submits anything: the honest nodes' GRANDPA voters see Dave's two prevotes in a
	// round and report them.
	let dave = Dave.to_account_id();
	net.check(
		wait_for(Duration::from_secs(180), "the network to report Dave", || async {
			Ok(!validators(&alice).await?.contains(&dave))
		})
		.await,
	);
	let grandpa_dave: sp_consensus_grandpa::AuthorityId = Ed25519Keyring::Dave.public().into();
	net.check(
		wait_for(Duration::from_secs(120), "Dave's key to leave the GRANDPA set", || async {
			Ok(!grandpa_authorities(&alice).await?.contains(&grandpa_dave))
		})
		.await,
	);
	// The three others finalize on.
	let from = net.check(alice.finalized().await).0;
	net.check(finalized_at_least(&alice, from + 5, Duration::from_secs(90)).await);
	let charlie = net.node("charlie").rpc.clone();
	let (number, hash) = net.check(charlie.finalized().await);
	assert_eq!(net.check(alice.block_hash(number).await), Some(hash), "forked at #{number}");
}
