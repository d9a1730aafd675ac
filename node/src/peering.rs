//! Permissioned peering on the node's side.
//!
//! - [`apply_peering`]: at start and at every finalized block, the chain's peering policy
//!   (`PeeringApi::peering`, from `pallet-peering`) is applied to the network. In a
//!   permissioned network the authorized nodes become the reserved peers of the block-announce
//!   protocol and no other peer is accepted (GRANDPA and transactions follow that protocol's
//!   peers), so a node that is not authorized can neither sync nor gossip; a node that loses
//!   its authorization is disconnected.
//! - [`NodeOwnershipCmd`] (`medchain-node node-ownership`): prints a node's id, its peer id
//!   and the node key's proof that an organization may register it (`peering.addNode`).

use futures::StreamExt;
use medchain_primitives::{ownership_message, NodeId, PeeringMode, PeeringPolicy};
use medchain_runtime::AccountId;
use medchain_runtime_api::PeeringApi;
use sc_client_api::BlockchainEvents;
use sc_network::service::traits::NetworkService;
use sc_network_types::PeerId;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, ed25519, Pair};
use std::{collections::HashSet, path::PathBuf, sync::Arc};

use crate::service::FullClient;

const LOG_TARGET: &str = "medchain::peering";

/// The libp2p peer id of `node`.
pub fn peer_id(node: &NodeId) -> PeerId {
	PeerId::from_bytes(&node.peer_id_bytes()).expect("an identity multihash of 38 bytes; qed")
}

/// What a node applies: the mode and the peers it accepts.
#[derive(PartialEq, Eq, Debug)]
struct Applied {
	mode: PeeringMode,
	peers: HashSet<PeerId>,
}

/// Applies the chain's peering policy to `network` at start and at every finalized block,
/// whenever it changes. Runs until the client's finality stream ends.
pub async fn apply_peering(client: Arc<FullClient>, network: Arc<dyn NetworkService>) {
	let local = network.local_peer_id();
	let mut applied: Option<Applied> = None;
	let mut finality = client.finality_notification_stream();
	let mut hash = client.info().finalized_hash;
	loop {
		match client.runtime_api().peering(hash) {
			Ok(policy) => apply(&*network, &local, policy, &mut applied),
			// A runtime without the API (an old block of a chain upgraded since): keep what
			// is applied.
			Err(error) => log::debug!(target: LOG_TARGET, "no peering policy at {hash}: {error}"),
		}
		match finality.next().await {
			Some(notification) => hash = notification.hash,
			None => return,
		}
	}
}

/// Applies `policy` if it differs from what is `applied`.
fn apply(
	network: &dyn NetworkService,
	local: &PeerId,
	policy: PeeringPolicy,
	applied: &mut Option<Applied>,
) {
	let peers: HashSet<PeerId> =
		policy.authorized.iter().map(peer_id).filter(|peer| peer != local).collect();
	let next = Applied { mode: policy.mode, peers };
	if applied.as_ref() == Some(&next) {
		return;
	}
	match next.mode {
		PeeringMode::Permissioned => {
			network.set_authorized_peers(next.peers.clone());
			network.set_authorized_only(true);
			log::info!(
				target: LOG_TARGET,
				"🔐 Permissioned peering: {} authorized nodes besides this one",
				next.peers.len()
			);
			if !policy.authorized.iter().any(|node| peer_id(node) == *local) {
				log::warn!(
					target: LOG_TARGET,
					"This node ({local}) is not authorized on this network: the members refuse \
					 it until its organization registers it (peering.addNode) or governance does \
					 (peering.addWellKnownNode)"
				);
			}
		},
		PeeringMode::Open => {
			// Reserved peers given on the command line stay as they are.
			if applied.is_some() {
				network.set_authorized_only(false);
			}
			log::info!(target: LOG_TARGET, "Open peering: any node may connect");
		},
	}
	*applied = Some(next);
}

/// Prints a node's id, peer id and the proof that `owner` may register it, as JSON:
/// `{"nodeId": "0x…", "peerId": "12D3KooW…", "owner": "5…", "proof": "0x…"}`. Give the
/// organization the proof; it registers the node with `peering.addNode(nodeId, proof)`.
#[derive(Debug, clap::Parser)]
pub struct NodeOwnershipCmd {
	/// The node's key file (`--node-key-file` of the node): 64 hex characters or 32 bytes.
	#[arg(long)]
	node_key_file: PathBuf,

	/// The organization's account (SS58) that will register the node.
	#[arg(long)]
	owner: String,
}

impl NodeOwnershipCmd {
	/// Reads the key, signs the ownership message and prints the JSON.
	pub fn run(&self) -> sc_cli::Result<()> {
		let bytes = std::fs::read(&self.node_key_file).map_err(|e| {
			format!("cannot read the node key file {}: {e}", self.node_key_file.display())
		})?;
		let seed = node_key_seed(&bytes).ok_or_else(|| {
			format!(
				"{} is not a node key: expected 64 hex characters or 32 bytes",
				self.node_key_file.display()
			)
		})?;
		let owner = AccountId::from_ss58check(&self.owner)
			.map_err(|e| format!("--owner is not an SS58 account: {e:?}"))?;
		let pair = ed25519::Pair::from_seed(&seed);
		let node = NodeId(pair.public().0);
		let proof = pair.sign(&ownership_message(&node, &owner));
		let json = serde_json::json!({
			"nodeId": format!("0x{}", hex::encode(node.0)),
			"peerId": peer_id(&node).to_base58(),
			"owner": owner.to_ss58check(),
			"proof": format!("0x{}", hex::encode(proof.0)),
		});
		println!("{json}");
		Ok(())
	}
}

/// The 32-byte seed in a node key file, read as `sc-cli` reads it: 64 hex characters
/// (surrounding whitespace ignored) or 32 raw bytes.
fn node_key_seed(bytes: &[u8]) -> Option<[u8; 32]> {
	let text = core::str::from_utf8(bytes).ok().map(str::trim);
	if let Some(text) = text.filter(|t| t.len() == 64) {
		return hex::decode(text).ok()?.try_into().ok();
	}
	bytes.try_into().ok()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_node_id_is_the_key_behind_its_peer_id() {
		let pair = ed25519::Pair::from_seed(&[5; 32]);
		let node = NodeId(pair.public().0);
		let peer = peer_id(&node);
		assert!(peer.to_base58().starts_with("12D3KooW"), "{peer}");
		assert_eq!(NodeId::from_peer_id_bytes(&peer.to_bytes()), Some(node));
	}

	#[test]
	fn node_key_files_are_read_as_sc_cli_reads_them() {
		let seed = [0xab; 32];
		assert_eq!(node_key_seed(format!("{}\n", hex::encode(seed)).as_bytes()), Some(seed));
		assert_eq!(node_key_seed(&seed), Some(seed));
		assert_eq!(node_key_seed(b"not a key"), None);
		assert_eq!(node_key_seed(&[b'z'; 64]), None);
	}
}
