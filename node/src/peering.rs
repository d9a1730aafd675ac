//! Permissioned peering on the node's side.
//!
//! - [`configure`]: before the network starts, a node whose chain (at its finalized block)
//!   is permissioned starts in reserved-only mode, so that no peer is ever let in before the
//!   policy is applied.
//! - [`apply_peering`]: at start and at every finalized block, the chain's peering policy
//!   (`PeeringApi::peering`, from `pallet-peering`) is applied to the network. In a
//!   permissioned network the authorized nodes, and the operator's own `--reserved-nodes`
//!   and `--bootnodes`, are the reserved peers of the block-announce protocol and no other
//!   peer is accepted (GRANDPA and transactions follow that protocol's peers), so a node that
//!   is not authorized can neither sync nor gossip, and a node that loses its authorization is
//!   disconnected. The operator's own peers are always allowed: a node syncing from an old
//!   genesis set reaches the network through its bootnodes, and validators cut off by a
//!   governance mistake reconnect when restarted with each other as `--reserved-nodes`.
//! - [`NodeOwnershipCmd`] (`medchain-node node-ownership`): prints a node's id, its peer id
//!   and the node key's proof that an organization may register it (`peering.addNode`).

use futures::StreamExt;
use medchain_primitives::{ownership_message, NodeId, PeeringMode, PeeringPolicy};
use medchain_runtime::AccountId;
use medchain_runtime_api::PeeringApi;
use sc_client_api::BlockchainEvents;
use sc_network::{config::NonReservedPeerMode, service::traits::NetworkService};
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

/// What the operator configured: its own peers, and whether it asked for reserved-only mode.
pub struct OperatorPeers {
	/// `--reserved-nodes` and `--bootnodes`: always allowed.
	allowed: HashSet<PeerId>,
	/// `--reserved-nodes` alone: the reserved set an open network goes back to.
	reserved: HashSet<PeerId>,
	/// `--reserved-only`.
	reserved_only: bool,
	/// Whether the node starts in reserved-only mode.
	starts_reserved_only: bool,
}

/// Reads the operator's peers from `network` and, if the chain is permissioned at
/// `client`'s finalized block, sets the network to start in reserved-only mode.
pub fn configure(
	client: &FullClient,
	network: &mut sc_network::config::NetworkConfiguration,
) -> OperatorPeers {
	let set = &mut network.default_peers_set;
	let reserved: HashSet<PeerId> = set.reserved_nodes.iter().map(|a| a.peer_id).collect();
	let mut allowed = reserved.clone();
	allowed.extend(network.boot_nodes.iter().map(|a| a.peer_id));
	let reserved_only = set.non_reserved_mode == NonReservedPeerMode::Deny;
	let permissioned = client
		.runtime_api()
		.peering(client.info().finalized_hash)
		.is_ok_and(|policy| policy.mode == PeeringMode::Permissioned);
	if permissioned {
		set.non_reserved_mode = NonReservedPeerMode::Deny;
	}
	OperatorPeers {
		allowed,
		reserved,
		reserved_only,
		starts_reserved_only: permissioned || reserved_only,
	}
}

/// Applies the chain's peering policy to `network` at start and at every finalized block,
/// whenever it changes. Runs until the client's finality stream ends.
pub async fn apply_peering(
	client: Arc<FullClient>,
	network: Arc<dyn NetworkService>,
	operator: OperatorPeers,
) {
	let local = network.local_peer_id();
	let mut state = State { applied: None, reserved_only: operator.starts_reserved_only };
	let mut finality = client.finality_notification_stream();
	let mut hash = client.info().finalized_hash;
	loop {
		match client.runtime_api().peering(hash) {
			Ok(policy) => state.apply(&*network, &local, &operator, policy),
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

/// What the node applied last.
struct State {
	/// The mode and the reserved peers last applied.
	applied: Option<(PeeringMode, HashSet<PeerId>)>,
	/// Whether the network is in reserved-only mode now.
	reserved_only: bool,
}

impl State {
	/// Applies `policy` if it differs from what is applied. The reserved-only mode is set only
	/// when it changes: with the litep2p backend, setting it again marks every connected peer
	/// as closing, and a reserved peer marked so could no longer be disconnected.
	fn apply(
		&mut self,
		network: &dyn NetworkService,
		local: &PeerId,
		operator: &OperatorPeers,
		policy: PeeringPolicy,
	) {
		let peers: HashSet<PeerId> = match policy.mode {
			PeeringMode::Permissioned => policy
				.authorized
				.iter()
				.map(peer_id)
				.chain(operator.allowed.iter().copied())
				.filter(|peer| peer != local)
				.collect(),
			PeeringMode::Open => operator.reserved.clone(),
		};
		let next = (policy.mode, peers);
		if self.applied.as_ref() == Some(&next) {
			return;
		}
		let (mode, peers) = &next;
		let was_permissioned =
			self.applied.as_ref().is_some_and(|(m, _)| *m == PeeringMode::Permissioned);
		match mode {
			PeeringMode::Permissioned => {
				network.set_authorized_peers(peers.clone());
				if !self.reserved_only {
					network.set_authorized_only(true);
					self.reserved_only = true;
				}
				log::info!(
					target: LOG_TARGET,
					"🔐 Permissioned peering: {} authorized nodes ({} on chain)",
					peers.len(),
					policy.authorized.len()
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
				// Back to what the operator configured.
				if was_permissioned {
					network.set_authorized_peers(peers.clone());
				}
				if self.reserved_only && !operator.reserved_only {
					network.set_authorized_only(false);
					self.reserved_only = false;
				}
				log::info!(target: LOG_TARGET, "Open peering: any node may connect");
			},
		}
		self.applied = Some(next);
	}
}

/// Prints a node's id, peer id and the proof that `owner` may register it on the chain of
/// `genesis_hash`, as JSON:
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

	/// The chain's genesis hash (`0x…`, what `chain_getBlockHash` answers for block 0): the
	/// proof is good on that chain only.
	#[arg(long)]
	genesis_hash: String,
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
		let genesis: [u8; 32] = hex::decode(self.genesis_hash.trim_start_matches("0x"))
			.ok()
			.and_then(|bytes| bytes.try_into().ok())
			.ok_or("--genesis-hash is not a 32-byte hex hash")?;
		let pair = ed25519::Pair::from_seed(&seed);
		let node = NodeId(pair.public().0);
		let proof = pair.sign(&ownership_message(&genesis, &node, &owner));
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

/// The 32-byte seed in a node key file: 64 hex characters (a trailing newline, which an
/// editor may add, ignored) or 32 raw bytes.
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
