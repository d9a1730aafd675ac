//! Genesis presets: `development` (Alice alone, open peering) and `local_testnet` (four
//! validators, permissioned peering among their nodes).
//!
//! Both use the well-known development keys (and `local_testnet` the public development node
//! keys, [`dev_node`]): never use them for a network that holds real data. A consortium's
//! chain spec names its own validators, council, organizations and (bootstrap) sudo key:
//! `medchain-node consortium-spec` builds it from a config file through [`medchain_genesis`].

use crate::{
	configs::{CONSORTIUM_MIN_VALIDATORS, DEFAULT_SESSION_LENGTH},
	AccountId, Balance, BalancesConfig, BlockNumber, CouncilMembershipConfig, EmergencyConfig,
	FreeTierConfig, PeeringConfig, ProvidersConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig, ValidatorSetConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use medchain_primitives::{DocumentHash, EncryptionKey, NodeId, OrganizationKind, PeeringMode};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::Pair;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance given to each endowed development account.
const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// A genesis validator: its account and its session keys.
pub struct GenesisValidator {
	/// The validator's account (also its session validator id).
	pub account: AccountId,
	/// Aura key.
	pub aura: AuraId,
	/// GRANDPA key.
	pub grandpa: GrandpaId,
}

/// An organization registered (and active) from genesis.
pub struct GenesisOrganization {
	/// The organization's account.
	pub account: AccountId,
	/// What it is.
	pub kind: OrganizationKind,
	/// Its X25519 public key, for key envelopes.
	pub encryption_key: EncryptionKey,
	/// The hash of its credential document (kept off-chain).
	pub credential: DocumentHash,
}

/// Everything a MedChain genesis needs.
pub struct GenesisParams {
	/// The first validators.
	pub validators: Vec<GenesisValidator>,
	/// The smallest the validator set may become.
	pub minimum_validators: u32,
	/// Session length in blocks.
	pub session_length: u32,
	/// The council's first members.
	pub council: Vec<AccountId>,
	/// Accounts with a starting balance.
	pub endowed: Vec<(AccountId, Balance)>,
	/// The sudo key, for bootstrapping; `None`: governance by the council from the start.
	pub root: Option<AccountId>,
	/// Who may join the network: `Open` for a developer's chain, `Permissioned` for a
	/// consortium.
	pub peering: PeeringMode,
	/// The well-known nodes: the validators' and the public RPC nodes.
	pub nodes: Vec<NodeId>,
	/// Organizations registered from genesis.
	pub organizations: Vec<GenesisOrganization>,
	/// Emergency authorities (emergency-service organizations among `organizations`).
	pub emergency_authorities: Vec<AccountId>,
	/// Each account's free transactions per window; `None`: the runtime's default.
	pub quota: Option<pallet_free_tier::Quota<BlockNumber>>,
}

/// Builds the genesis patch for `params`.
pub fn medchain_genesis(params: GenesisParams) -> Value {
	let GenesisParams {
		validators,
		minimum_validators,
		session_length,
		council,
		endowed,
		root,
		peering,
		nodes,
		organizations,
		emergency_authorities,
		quota,
	} = params;
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: endowed },
		validator_set: ValidatorSetConfig {
			initial_validators: validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>(),
			minimum_validators,
			session_length,
		},
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|v| {
					(v.account.clone(), v.account, SessionKeys { aura: v.aura, grandpa: v.grandpa })
				})
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: root },
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("the preset council fits COUNCIL_MAX_MEMBERS; qed"),
		},
		free_tier: FreeTierConfig {
			quota: Some(quota.unwrap_or(pallet_free_tier::Quota {
				calls: crate::configs::FREE_CALLS_PER_WINDOW,
				window: crate::configs::FREE_WINDOW,
			})),
			shared_quota: Some(crate::configs::default_shared_quota()),
			state_quota: Some(crate::configs::default_state_quota()),
		},
		peering: PeeringConfig { mode: peering, nodes, ..Default::default() },
		providers: ProvidersConfig {
			organizations: organizations
				.into_iter()
				.map(|o| (o.account, o.kind, o.encryption_key, o.credential))
				.collect::<Vec<_>>(),
		},
		emergency: EmergencyConfig { authorities: emergency_authorities },
	})
}

/// A development validator with the well-known keys `sr` (account, Aura) and `ed` (GRANDPA).
fn dev_validator(sr: Sr25519Keyring, ed: Ed25519Keyring) -> GenesisValidator {
	GenesisValidator {
		account: sr.to_account_id(),
		aura: sr.public().into(),
		grandpa: ed.public().into(),
	}
}

/// The development node keys' count: Alice's, Bob's, Charlie's and Dave's validator nodes
/// and the public RPC node of `scripts/start-network.sh --public-rpc` and
/// `docker/docker-compose.yml`.
pub const DEV_NODES: u8 = 5;

/// The node id of the `i`-th development node key (1 to [`DEV_NODES`]): the key whose
/// secret is 31 zero bytes and then `i` (`--node-key 00…0i`), public, as the scripts, the
/// compose file and the end-to-end tests use it (1 = Alice's node … 4 = Dave's, 5 = the public
/// RPC node).
pub fn dev_node(i: u8) -> NodeId {
	let mut seed = [0u8; 32];
	seed[31] = i;
	NodeId(sp_core::ed25519::Pair::from_seed(&seed).public().0)
}

/// The well-known development accounts, all endowed.
fn dev_accounts() -> Vec<(AccountId, Balance)> {
	Sr25519Keyring::iter().map(|k| (k.to_account_id(), ENDOWMENT)).collect()
}

/// The development council: Alice, Bob and Charlie.
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// Alice alone validates; the council is Alice, Bob and Charlie; Alice holds sudo.
fn development_genesis() -> Value {
	medchain_genesis(GenesisParams {
		validators: vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		minimum_validators: 1,
		session_length: DEFAULT_SESSION_LENGTH,
		council: dev_council(),
		endowed: dev_accounts(),
		root: Some(Sr25519Keyring::Alice.to_account_id()),
		peering: PeeringMode::Open,
		nodes: Vec::new(),
		organizations: Vec::new(),
		emergency_authorities: Vec::new(),
		quota: None,
	})
}

/// Alice, Bob, Charlie and Dave validate (at least three must remain); the council is Alice,
/// Bob and Charlie; Alice holds sudo. Peering is permissioned: the four validators' nodes and
/// the public RPC node are well-known (the development node keys 1 to 5); other nodes join
/// when an organization or governance registers them.
fn local_testnet_genesis() -> Value {
	medchain_genesis(GenesisParams {
		validators: vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		minimum_validators: CONSORTIUM_MIN_VALIDATORS,
		session_length: DEFAULT_SESSION_LENGTH,
		council: dev_council(),
		endowed: dev_accounts(),
		root: Some(Sr25519Keyring::Alice.to_account_id()),
		peering: PeeringMode::Permissioned,
		nodes: (1..=DEV_NODES).map(dev_node).collect(),
		organizations: Vec::new(),
		emergency_authorities: Vec::new(),
		quota: None,
	})
}

/// The genesis patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
