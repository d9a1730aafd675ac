//! Permissioned peering on real processes: four validators of `local_testnet` (whose nodes its
//! genesis authorizes) and a fifth node with a fresh node key, given the network's chain spec
//! and a bootnode.
//!
//! - Unknown, the fifth node syncs nothing: it stays at genesis while the network finalizes,
//!   and no validator lists it as a peer.
//! - Once a hospital registers it (`peering.addNode`, signed by the hospital, with the node
//!   key's proof), it syncs to the network's head and the validators list it.
//! - Once governance suspends the hospital, every validator drops it within a few blocks and
//!   its chain stops following the network's.

use jsonrpsee::rpc_params;
use medchain_e2e::*;
use medchain_primitives::{ownership_message, EncryptionKey, OrganizationKind, Status};
use medchain_runtime::RuntimeCall;
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring::Alice;
use std::time::Duration;

/// The peer ids `rpc`'s node has open sync connections with (`system_peers`).
async fn peers_of(rpc: &Rpc) -> Result<Vec<String>> {
	let peers = rpc.call("system_peers", rpc_params![]).await?;
	let list = peers.as_array().ok_or_else(|| format!("system_peers returned {peers}"))?;
	Ok(list.iter().filter_map(|p| p["peerId"].as_str().map(String::from)).collect())
}

async fn sudo(rpc: &Rpc, call: RuntimeCall) -> Result<()> {
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	rpc.submit_and_wait(&Alice.pair(), sudo, Duration::from_secs(30)).await
}

#[tokio::test(flavor = "multi_thread")]
async fn only_registered_nodes_of_active_organizations_join_the_network() {
	let base = 52_000;
	let mut net = Network::prepare("peering", four_validators(base)).expect("prepare network");
	let mut stranger = Node::prepare(
		net.dir.path(),
		NodeSpec {
			chain: "local".into(),
			name: "stranger".into(),
			dev_key: false,
			validator: false,
			p2p_port: base + 4,
			rpc_port: base + 104,
			prometheus_port: base + 204,
			extra_args: vec!["--bootnodes".into(), net.nodes[0].multiaddr()],
		},
	)
	.expect("prepare the fifth node");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let alice = net.node("alice").rpc.clone();
	net.check(finalized_at_least(&alice, 1, Duration::from_secs(90)).await);
	stranger.start().expect("start the fifth node");
	let rpcs = net.rpcs();

	// Unknown: while the network finalizes six more blocks, the node stays at genesis and no
	// validator has it as a peer (it reaches them: it knows Alice's address, and discovery
	// gives it the others').
	let from = net.check(alice.finalized().await).0;
	net.check(finalized_at_least(&alice, from + 6, Duration::from_secs(60)).await);
	let best = net.check(stranger.rpc.best_number().await);
	assert_eq!(best, 0, "an unregistered node synced to #{best}\n{}", stranger.log_tail());
	for (name, rpc) in &rpcs {
		let peers = net.check(peers_of(rpc).await);
		assert!(!peers.contains(&stranger.peer_id), "{name} accepted the unregistered node");
		assert_eq!(peers.len(), 3, "{name}'s peers: {peers:?}");
	}
	assert!(
		stranger.log().contains("is not authorized on this network"),
		"the node does not say it is not authorized:\n{}",
		stranger.log_tail()
	);

	// Its hospital joins the consortium and registers it, with the node key's proof.
	let hospital = sr25519::Pair::from_string("//peering-e2e//hospital", None).expect("a key");
	let hospital_account = sp_runtime::AccountId32::from(hospital.public());
	net.check(
		sudo(
			&alice,
			RuntimeCall::Providers(pallet_providers::Call::register_organization {
				organization: hospital_account.clone().into(),
				kind: OrganizationKind::Hospital,
				encryption_key: EncryptionKey([1; 32]),
				credential: H256::repeat_byte(1),
			}),
		)
		.await,
	);
	let node = stranger.node_id().expect("the node's id");
	let genesis = net.check(alice.genesis_hash().await);
	let proof = stranger.node_key().expect("the node's key").sign(&ownership_message(
		&genesis.0,
		&node,
		&hospital_account,
	));
	let add = RuntimeCall::Peering(pallet_peering::Call::add_node { node, proof });
	net.check(alice.submit_and_wait(&hospital, add, Duration::from_secs(30)).await);

	// It syncs to the network's head, and every validator has it as a peer.
	let head = net.check(alice.best_number().await);
	net.check(
		wait_for(Duration::from_secs(90), "the registered node to sync", || async {
			Ok(stranger.rpc.best_number().await? >= head)
		})
		.await,
	);
	for (name, rpc) in &rpcs {
		net.check(
			wait_for(Duration::from_secs(60), &format!("{name} to accept the node"), || async {
				Ok(peers_of(rpc).await?.contains(&stranger.peer_id))
			})
			.await,
		);
	}

	// Another node joins meanwhile (the policy changes while the registered node is
	// connected; it must stay revocable).
	let other = RuntimeCall::Peering(pallet_peering::Call::add_well_known_node {
		node: medchain_primitives::NodeId([0x42; 32]),
	});
	net.check(sudo(&alice, other).await);
	let from = net.check(alice.best_number().await);
	net.check(finalized_at_least(&alice, from + 2, Duration::from_secs(60)).await);
	for (name, rpc) in &rpcs {
		assert!(net.check(peers_of(rpc).await).contains(&stranger.peer_id), "{name} dropped it");
	}

	// Governance suspends the hospital: every validator drops the node within a few blocks.
	net.check(
		sudo(
			&alice,
			RuntimeCall::Providers(pallet_providers::Call::set_organization_status {
				organization: hospital_account.into(),
				status: Status::Suspended,
			}),
		)
		.await,
	);
	let suspended_at = net.check(alice.best_number().await);
	for (name, rpc) in &rpcs {
		net.check(
			wait_for(Duration::from_secs(60), &format!("{name} to drop the node"), || async {
				Ok(!peers_of(rpc).await?.contains(&stranger.peer_id))
			})
			.await,
		);
	}
	let dropped_at = net.check(alice.best_number().await);
	println!("suspended in #{suspended_at}; dropped by all four at #{dropped_at}");
	assert!(dropped_at <= suspended_at + 5, "dropped {} blocks after", dropped_at - suspended_at);

	// Cut off, its chain no longer follows: the network moves on six blocks, it does not.
	let cut = net.check(stranger.rpc.best_number().await);
	let from = net.check(alice.best_number().await);
	net.check(finalized_at_least(&alice, from + 6, Duration::from_secs(60)).await);
	let after = net.check(stranger.rpc.best_number().await);
	assert!(after <= cut + 1, "a dropped node kept syncing: #{cut} then #{after}");
	assert!(net.check(peers_of(&stranger.rpc).await).is_empty(), "the dropped node has peers");
}
