//! End-to-end: a four-validator MedChain network of real node processes, observed and driven
//! over JSON-RPC only.
//!
//! Each test starts its own network on its own loopback ports; the README's test command runs
//! them one at a time (`--test-threads 1`) so that four nodes get the machine's two cores.

use codec::{Decode, Encode};
use jsonrpsee::rpc_params;
use medchain_e2e::*;
use medchain_runtime::{RuntimeCall, SessionKeys};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::generic::DigestItem;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_finalize_tolerate_one_down_and_a_restart_catches_up() {
	let mut net = Network::prepare("finality", four_validators(41_000)).expect("prepare network");
	let started = Instant::now();
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let alice = net.node("alice").rpc.clone();
	let dave = net.node("dave").rpc.clone();

	// The first finalized block arrives within 90 s of start: four nodes start while the other
	// end-to-end tests run beside them on two cores (in one CI run they took 24 s to open
	// their ports); the time it took is printed below.
	net.check(finalized_at_least(&alice, 1, Duration::from_secs(90)).await);
	let first_finality = started.elapsed();
	println!("first finalized block after {:.1} s", first_finality.as_secs_f64());

	// All four nodes author and finalize together.
	net.check(finalized_at_least(&alice, 4, Duration::from_secs(60)).await);
	net.check(finalized_at_least(&dave, 4, Duration::from_secs(30)).await);

	// Every validator tries to drop its session keys, which would shrink the authority set at
	// the next rotation below the minimum of three (to nothing, if all four could). Each
	// transaction is included and fails; the rest of the test runs through the rotations.
	let validators = [Alice, Bob, Charlie, Dave];
	let mut nonces = Vec::new();
	for v in validators {
		nonces.push(net.check(alice.next_nonce(&v.to_account_id()).await));
		let purge = RuntimeCall::Session(pallet_session::Call::purge_keys {});
		net.check(alice.submit(&v.pair(), purge).await);
	}
	for (v, before) in validators.iter().zip(nonces) {
		let who = v.to_account_id();
		net.check(
			wait_for(Duration::from_secs(30), "the purge_keys transaction", || async {
				Ok(alice.next_nonce(&who).await? > before)
			})
			.await,
		);
	}
	let (purged_at, _) = net.check(alice.finalized().await);

	// Dave goes down: three of four validators are more than 2/3, so finality continues.
	net.node("dave").stop();
	let (stopped_at, _) = net.check(alice.finalized().await);
	net.check(finalized_at_least(&alice, stopped_at + 5, Duration::from_secs(60)).await);

	// Dave restarts on its existing database and catches up to the same finalized hash.
	let (target, target_hash) = net.check(alice.finalized().await);
	net.node("dave").start().expect("restart dave");
	net.check(finalized_at_least(&dave, target, Duration::from_secs(90)).await);
	let dave_hash = net.check(dave.block_hash(target).await);
	assert_eq!(dave_hash, Some(target_hash), "dave's block #{target} differs from alice's");

	// And the network keeps finalizing with all four.
	net.check(finalized_at_least(&dave, target + 3, Duration::from_secs(60)).await);

	// Two sessions after the purge attempts, all four are still Aura authorities and their keys
	// are still registered.
	let rotated = purged_at + 2 * medchain_runtime::configs::DEFAULT_SESSION_LENGTH + 1;
	net.check(finalized_at_least(&alice, rotated, Duration::from_secs(120)).await);
	let (_, hash) = net.check(alice.finalized().await);
	let raw = net.check(alice.state_call("AuraApi_authorities", &[], hash).await);
	let authorities = Vec::<AuraId>::decode(&mut &raw[..]).expect("authorities decode");
	assert_eq!(authorities.len(), 4, "a validator left the authority set: {authorities:?}");
	for v in validators {
		let key = pallet_session::NextKeys::<medchain_runtime::Runtime>::hashed_key_for(
			v.to_account_id(),
		);
		assert!(net.check(alice.storage(&key).await).is_some(), "{v:?}'s session keys are gone");
	}
}

/// The author of block `hash`: Aura's slot modulo the authorities of its parent.
async fn aura_author(rpc: &Rpc, hash: H256) -> Result<AuraId> {
	let header = rpc.header(hash).await?;
	let parent: H256 =
		serde_json::from_value(header["parentHash"].clone()).map_err(|e| e.to_string())?;
	let logs = header["digest"]["logs"].as_array().ok_or("header without digest")?;
	let slot = logs
		.iter()
		.filter_map(|l| l.as_str())
		.filter_map(|l| from_hex(l).ok())
		.filter_map(|raw| DigestItem::decode(&mut &raw[..]).ok())
		.find_map(|item| match item {
			DigestItem::PreRuntime(id, data) if id == *b"aura" => u64::decode(&mut &data[..]).ok(),
			_ => None,
		})
		.ok_or("block without an Aura pre-runtime digest")?;
	let raw = rpc.state_call("AuraApi_authorities", &[], parent).await?;
	let authorities = Vec::<AuraId>::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
	let index = usize::try_from(slot % authorities.len() as u64).map_err(|e| e.to_string())?;
	authorities.get(index).cloned().ok_or_else(|| "no authority for slot".to_string())
}

async fn validators(rpc: &Rpc) -> Result<Vec<sp_runtime::AccountId32>> {
	let key = pallet_validator_set::Validators::<medchain_runtime::Runtime>::hashed_key();
	let raw = rpc.storage(&key).await?.ok_or("no validator set in storage")?;
	Vec::<sp_runtime::AccountId32>::decode(&mut &raw[..]).map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_validator_added_by_a_council_motion_starts_authoring_and_a_removed_one_stops() {
	let mut specs = four_validators(42_000);
	specs.push(NodeSpec {
		chain: "local".into(),
		name: "eve".into(),
		dev_key: false,
		validator: true,
		p2p_port: 42_004,
		rpc_port: 42_104,
		prometheus_port: 42_204,
		extra_args: Vec::new(),
	});
	let mut net = Network::prepare("add-validator", specs).expect("prepare network");
	for node in net.nodes.iter_mut().filter(|n| n.spec.name != "eve") {
		node.start().expect("start node");
	}
	let alice = net.node("alice").rpc.clone();
	let eve_rpc = net.node("eve").rpc.clone();
	// The network is permissioned: Eve's institution's node joins once governance registers
	// it (here sudo, while the network bootstraps).
	net.check(finalized_at_least(&alice, 1, Duration::from_secs(90)).await);
	let eve_node = net.node("eve").node_id();
	let eve_node = net.check(eve_node);
	let register =
		RuntimeCall::Peering(pallet_peering::Call::add_well_known_node { node: eve_node });
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(register) });
	net.check(alice.submit_and_wait(&Alice.pair(), sudo, Duration::from_secs(30)).await);
	net.node("eve").start().expect("start node");
	// Five nodes start on two cores: genesis alone can take 20 s on a loaded machine. How fast
	// finality starts is the other test's subject; here it only has to start.
	net.check(finalized_at_least(&alice, 1, Duration::from_secs(90)).await);
	net.check(finalized_at_least(&eve_rpc, 1, Duration::from_secs(90)).await);

	// The operator of Eve's node generates session keys in its keystore, with a proof that
	// Eve's account owns them, and registers them on chain.
	let eve = Eve.to_account_id();
	let generated = net.check(
		eve_rpc.call("author_rotateKeysWithOwner", rpc_params![to_hex(&eve.encode())]).await,
	);
	let keys_raw =
		net.check(from_hex(generated["keys"].as_str().expect("rotateKeysWithOwner returns keys")));
	let proof = net
		.check(from_hex(generated["proof"].as_str().expect("rotateKeysWithOwner returns a proof")));
	let keys = SessionKeys::decode(&mut &keys_raw[..]).expect("session keys decode");
	let set_keys =
		RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof });
	net.check(alice.submit_and_wait(&Eve.pair(), set_keys, Duration::from_secs(30)).await);

	// A council motion (Alice proposes, Alice and Bob vote aye: 2 of 3) adds Eve.
	let add_eve = RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
		validator: eve.clone().into(),
	});
	net.check(council_motion(&alice, add_eve, 0).await);
	let set = net.check(validators(&alice).await);
	assert!(set.contains(&eve), "the motion did not add Eve: validator set is {set:?}");

	// Within two sessions (2 x 10 blocks) Eve's key is an Aura authority and Eve authors.
	let started = Instant::now();
	let timeout = Duration::from_secs(150);
	let mut authored = None;
	let mut seen = 0u32;
	while started.elapsed() < timeout && authored.is_none() {
		tokio::time::sleep(Duration::from_secs(1)).await;
		let Ok(best) = alice.best_number().await else { continue };
		while seen < best {
			seen += 1;
			let Ok(Some(hash)) = alice.block_hash(seen).await else { break };
			if let Ok(author) = aura_author(&alice, hash).await {
				if author == keys.aura {
					authored = Some(seen);
				}
			}
		}
	}
	let block =
		authored.unwrap_or_else(|| panic!("Eve authored no block in {timeout:?}\n{}", net.logs()));
	println!("Eve authored block #{block}");

	// Eve's blocks are finalized like everyone's.
	net.check(finalized_at_least(&alice, block, Duration::from_secs(60)).await);

	// A second motion removes Dave. Once the set without Dave is in force, Dave's node keeps
	// running but authors nothing, and the other four keep finalizing.
	let remove_dave = RuntimeCall::ValidatorSet(pallet_validator_set::Call::remove_validator {
		validator: Dave.to_account_id().into(),
	});
	net.check(council_motion(&alice, remove_dave, 1).await);
	let set = net.check(validators(&alice).await);
	assert!(!set.contains(&Dave.to_account_id()), "the motion did not remove Dave: {set:?}");
	let dave_aura: AuraId = Dave.public().into();
	let best_hash = |rpc: Rpc| async move {
		let best = rpc.best_number().await?;
		rpc.block_hash(best).await?.ok_or_else(|| "no best block".to_string())
	};
	net.check(
		wait_for(Duration::from_secs(120), "Dave to leave the Aura authorities", || async {
			let hash = best_hash(alice.clone()).await?;
			let raw = alice.state_call("AuraApi_authorities", &[], hash).await?;
			let authorities = Vec::<AuraId>::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
			Ok(!authorities.contains(&dave_aura))
		})
		.await,
	);
	let from = net.check(alice.best_number().await) + 1;
	// Twelve more blocks: with five authorities, Dave would have had two or three slots.
	net.check(finalized_at_least(&alice, from + 12, Duration::from_secs(90)).await);
	for number in from..=from + 12 {
		let hash = net.check(alice.block_hash(number).await).expect("finalized block exists");
		let author = net.check(aura_author(&alice, hash).await);
		assert_ne!(author, dave_aura, "removed validator Dave authored block #{number}");
	}
}
