//! Permissioned peering: which nodes may join the consortium's network.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A node's network identity: the ed25519 public key of its node key (`--node-key-file`),
/// from which its libp2p peer id is derived (`12D3KooW…` is the base58 of the identity
/// multihash `00 24 08 01 12 20` ‖ this key).
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Serialize,
	Deserialize,
)]
pub struct NodeId(pub [u8; 32]);

impl NodeId {
	/// The prefix of an ed25519 libp2p peer id: identity multihash (`00`), length 36 (`24`),
	/// protobuf key type ed25519 (`08 01`), key bytes of length 32 (`12 20`).
	pub const PEER_ID_PREFIX: [u8; 6] = [0x00, 0x24, 0x08, 0x01, 0x12, 0x20];

	/// The node's libp2p peer id in bytes (base58 of these is the `12D3KooW…` form).
	pub fn peer_id_bytes(&self) -> [u8; 38] {
		let mut bytes = [0u8; 38];
		bytes[..6].copy_from_slice(&Self::PEER_ID_PREFIX);
		bytes[6..].copy_from_slice(&self.0);
		bytes
	}

	/// The node id in the bytes of an ed25519 libp2p peer id, if they are one.
	pub fn from_peer_id_bytes(bytes: &[u8]) -> Option<Self> {
		let key = bytes.strip_prefix(&Self::PEER_ID_PREFIX[..])?;
		Some(Self(key.try_into().ok()?))
	}
}

/// The message a node signs with its node key so that the organization `owner` may register
/// it on the chain whose genesis hash is `genesis`:
/// `"medchain/node-ownership/v1" ‖ genesis hash ‖ node id ‖ SCALE(owner)`. Without it, an
/// organization could register another member's node id first (peer ids are public) and later
/// drop that node from the network by removing or losing the registration; with the genesis
/// hash in it, a proof made for a test network is worth nothing on another chain.
pub fn ownership_message<AccountId: Encode>(
	genesis: &[u8; 32],
	node: &NodeId,
	owner: &AccountId,
) -> alloc::vec::Vec<u8> {
	let mut message = b"medchain/node-ownership/v1".to_vec();
	message.extend_from_slice(genesis);
	message.extend_from_slice(&node.0);
	owner.encode_to(&mut message);
	message
}

/// Who may connect to the network's sync and gossip protocols.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
	Serialize,
	Deserialize,
)]
pub enum PeeringMode {
	/// Any node that knows a peer's address (a single developer's chain).
	#[default]
	Open,
	/// Only the authorized nodes: the well-known nodes governance registered and the nodes of
	/// active organizations (and each node's own command-line reserved nodes and bootnodes).
	Permissioned,
}

/// What a node applies to its network: the mode and the authorized nodes.
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct PeeringPolicy {
	/// The network's mode.
	pub mode: PeeringMode,
	/// The nodes that may connect now (in node id order).
	pub authorized: alloc::vec::Vec<NodeId>,
}

/// What the chain says about one registered node.
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct NodeStatus<AccountId> {
	/// The organization that registered the node; `None` for a well-known node, which
	/// governance registered and alone removes.
	pub owner: Option<AccountId>,
	/// Whether it may connect now (in a permissioned network): a well-known node always, an
	/// organization's node while the organization is active.
	pub authorized: bool,
}
