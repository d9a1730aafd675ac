//! `medchain-node consortium-spec`: a consortium's chain specification from a small TOML
//! config file (`docker/consortium.example.toml` documents every field).
//!
//! The file names the founding institutions' validators (account, Aura and GRANDPA keys, and
//! the node each runs), the council, the organizations and emergency authorities registered
//! from genesis, the free-tier quota, the smallest validator set, the starting balances and
//! the bootstrap sudo key (or none). Peering is always permissioned: the validators' nodes and
//! the listed public nodes are the well-known nodes, and any other node joins when its
//! organization or governance registers it.
//!
//! Every key is checked before anything is built: the well-known development keys (Alice…,
//! the `//Alice`-style dev-phrase keys and the public development node keys `00…01`–`00…05`)
//! are refused wherever they appear, as are duplicates, a minimum larger than the set, an
//! emergency authority that is not an emergency service, a council member with no balance to
//! pay for motions, and a bootnode that is not a well-known node (permissioned nodes would
//! refuse it). The genesis is then built once in the runtime (as `--raw` does), so an error
//! any pallet's genesis would raise is reported here rather than at a node's first start.

use crate::chain_spec::{properties, wasm_binary, ChainSpec};
use medchain_primitives::{EncryptionKey, NodeId, OrganizationKind, PeeringMode};
use medchain_runtime::{
	configs::{
		CONSORTIUM_MIN_EMERGENCY_APPROVALS, CONSORTIUM_MIN_VALIDATORS, COUNCIL_MAX_MEMBERS,
		DEFAULT_SESSION_LENGTH,
	},
	genesis_config_presets::{
		dev_node, medchain_genesis, GenesisOrganization, GenesisParams, GenesisValidator, DEV_NODES,
	},
	AccountId, Balance, Runtime, EXISTENTIAL_DEPOSIT, UNIT,
};
use sc_network::config::MultiaddrWithPeerId;
use sc_service::ChainType;
use serde::Deserialize;
use sp_core::{
	crypto::{Ss58Codec, DEV_PHRASE},
	ed25519, sr25519, Get, Pair, H256,
};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use std::{collections::BTreeSet, path::PathBuf, str::FromStr};

/// `medchain-node consortium-spec --config consortium.toml [--raw] [--output spec.json]`.
#[derive(Debug, clap::Parser)]
pub struct ConsortiumSpecCmd {
	/// The consortium's config file (TOML; see `docker/consortium.example.toml`).
	#[arg(long)]
	config: PathBuf,

	/// Write the raw chain spec (genesis as storage), the one every member's node runs:
	/// distribute that file, since it fixes the genesis hash.
	#[arg(long)]
	raw: bool,

	/// Where to write the spec; standard output by default.
	#[arg(long)]
	output: Option<PathBuf>,
}

impl ConsortiumSpecCmd {
	/// Reads and checks the config, builds the spec and writes it.
	pub fn run(&self) -> sc_cli::Result<()> {
		let text = std::fs::read_to_string(&self.config).map_err(|e| {
			format!("cannot read the consortium config {}: {e}", self.config.display())
		})?;
		let config: ConsortiumConfig = toml::from_str(&text).map_err(|e| {
			format!("{} is not a valid consortium config: {e}", self.config.display())
		})?;
		// The genesis patch carries accounts in SS58, which the runtime parses with the generic
		// format only (it does not know MedChain's prefix, which `command::run` made the
		// default for what the node prints).
		sp_core::crypto::set_default_ss58_version(sp_core::crypto::Ss58AddressFormat::custom(42));
		let spec = build(&config)?;
		// Building the raw spec runs every pallet's genesis: a mistake they catch is reported
		// now, not when a member's node first starts (the runtime's message comes first; the
		// JSON it quotes after it is cut short).
		let raw = spec.as_json(true).map_err(|e| {
			let mut e = e.to_string();
			if e.len() > 600 {
				e.truncate(e.char_indices().nth(600).map_or(e.len(), |(i, _)| i));
				e.push('…');
			}
			format!("the genesis does not build: {e}")
		})?;
		let json = if self.raw { raw } else { spec.as_json(false)? };
		match &self.output {
			Some(path) => std::fs::write(path, json)
				.map_err(|e| format!("cannot write {}: {e}", path.display()))?,
			None => println!("{json}"),
		}
		Ok(())
	}
}

/// The config file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsortiumConfig {
	/// The chain's human-readable name.
	pub name: String,
	/// The chain id (lower-case letters, digits and `_`): also the directory of each node's
	/// database.
	pub id: String,
	/// The network protocol id; by default the chain id.
	#[serde(default)]
	pub protocol_id: Option<String>,
	/// Multiaddresses with a peer id (`/dns/…/tcp/30333/p2p/12D3KooW…`) of well-known nodes.
	#[serde(default)]
	pub bootnodes: Vec<String>,
	/// The smallest the validator set may become (governance and the offences handler never
	/// go below it).
	pub minimum_validators: u32,
	/// Session length in blocks; the runtime's default when absent.
	#[serde(default)]
	pub session_length: Option<u32>,
	/// The bootstrap sudo key; absent: the council governs from the first block.
	#[serde(default)]
	pub sudo: Option<String>,
	/// The council's first members.
	pub council: Vec<String>,
	/// Emergency authorities: emergency-service organizations listed in `organizations`.
	#[serde(default)]
	pub emergency_authorities: Vec<String>,
	/// Each account's free transactions per window; the runtime's default when absent.
	#[serde(default)]
	pub quota: Option<QuotaConfig>,
	/// The founding validators.
	pub validators: Vec<ValidatorConfig>,
	/// More well-known nodes besides the validators' (the consortium's public RPC nodes).
	#[serde(default)]
	pub nodes: Vec<String>,
	/// Organizations registered and active from genesis.
	#[serde(default)]
	pub organizations: Vec<OrganizationConfig>,
	/// Starting balances.
	#[serde(default)]
	pub endowed: Vec<EndowedConfig>,
}

/// A founding validator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidatorConfig {
	/// Its account (SS58 or `0x` hex): also its session validator id.
	pub account: String,
	/// Its Aura key (sr25519, SS58 or hex).
	pub aura: String,
	/// Its GRANDPA key (ed25519, SS58 or hex).
	pub grandpa: String,
	/// The node it runs: a peer id (`12D3KooW…`) or a node id (`0x` + 64 hex).
	pub node: String,
}

/// An organization registered from genesis.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationConfig {
	/// Its account.
	pub account: String,
	/// `Hospital`, `Clinic`, `Laboratory`, `Pharmacy`, `Insurer`, `ResearchBody` or
	/// `EmergencyService`.
	pub kind: OrganizationKind,
	/// Its X25519 public key (`0x` + 64 hex).
	pub encryption_key: String,
	/// The SHA-256 of its credential document (`0x` + 64 hex), kept off-chain.
	pub credential: String,
}

/// A starting balance.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndowedConfig {
	/// The account.
	pub account: String,
	/// Whole tokens.
	pub tokens: u64,
}

/// The free-tier quota.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaConfig {
	/// Free transactions per window.
	pub calls: u32,
	/// The window, in blocks.
	pub window: u32,
}

/// The names of the well-known development keys (`//Alice`, `//Alice//stash`, …).
const DEV_NAMES: [&str; 8] = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie", "One", "Two"];

/// The public keys (and accounts) of the well-known development keys: sr25519, ed25519 and the
/// accounts of ECDSA keys (`MultiSignature` accepts all three), of the dev phrase's root and
/// of `//Name` and `//Name//stash`; and the public development node keys.
fn development_keys() -> BTreeSet<[u8; 32]> {
	let mut keys: BTreeSet<[u8; 32]> = Sr25519Keyring::iter().map(|k| k.public().0).collect();
	keys.extend(Ed25519Keyring::iter().map(|k| k.public().0));
	let mut paths = vec![String::new()];
	for name in DEV_NAMES {
		paths.push(format!("//{name}"));
		paths.push(format!("//{name}//stash"));
	}
	for path in paths {
		let uri = format!("{DEV_PHRASE}{path}");
		if let Ok(pair) = sr25519::Pair::from_string(&uri, None) {
			keys.insert(pair.public().0);
		}
		if let Ok(pair) = ed25519::Pair::from_string(&uri, None) {
			keys.insert(pair.public().0);
		}
		if let Ok(pair) = sp_core::ecdsa::Pair::from_string(&uri, None) {
			keys.insert(sp_io::hashing::blake2_256(&pair.public().0));
		}
	}
	keys.extend((1..=DEV_NODES).map(|i| dev_node(i).0));
	keys
}

/// The example config's keys (derived from the public development phrase): a config that
/// kept one of them is refused.
fn example_keys() -> BTreeSet<[u8; 32]> {
	let example = include_str!("../../docker/consortium.example.toml");
	let keys = Keys { development: BTreeSet::new(), examples: BTreeSet::new() };
	example
		.split('"')
		.filter_map(|word| {
			keys.key("", word).ok().or_else(|| keys.node("", word).ok().map(|n| n.0))
		})
		.collect()
}

/// Parses the keys of a config, refusing development and example keys.
struct Keys {
	development: BTreeSet<[u8; 32]>,
	examples: BTreeSet<[u8; 32]>,
}

impl Keys {
	/// The checks of a real consortium's config.
	fn checked() -> Self {
		Self { development: development_keys(), examples: example_keys() }
	}

	/// A 32-byte public key or account: `0x` + 64 hex, or SS58 (any network prefix).
	fn key(&self, field: &str, text: &str) -> Result<[u8; 32], String> {
		let bytes: [u8; 32] = match text.strip_prefix("0x") {
			Some(hex_text) => hex::decode(hex_text)
				.ok()
				.and_then(|b| b.try_into().ok())
				.ok_or_else(|| format!("{field}: `{text}` is not 0x and 64 hex digits"))?,
			None => {
				let (account, _) = AccountId::from_ss58check_with_version(text)
					.map_err(|e| format!("{field}: `{text}` is not an SS58 address: {e:?}"))?;
				account.into()
			},
		};
		if self.development.contains(&bytes) {
			return Err(format!(
				"{field}: `{text}` is a well-known development key (Alice, Bob, … or a public \
				 development node key): anyone can sign with it. Generate the consortium's own \
				 keys (`medchain-node key generate`, scripts/validator-keys.sh, `medchain-node \
				 key generate-node-key`)"
			));
		}
		if self.examples.contains(&bytes) {
			return Err(format!(
				"{field}: `{text}` is a key of docker/consortium.example.toml, derived from the \
				 public development phrase: replace it with the institution's own"
			));
		}
		Ok(bytes)
	}

	fn account(&self, field: &str, text: &str) -> Result<AccountId, String> {
		self.key(field, text).map(AccountId::from)
	}

	/// A node: a libp2p peer id (`12D3KooW…`) or `0x` and its 32-byte ed25519 key.
	fn node(&self, field: &str, text: &str) -> Result<NodeId, String> {
		if text.starts_with("0x") {
			return self.key(field, text).map(NodeId);
		}
		let peer = sc_network_types::PeerId::from_str(text)
			.map_err(|e| format!("{field}: `{text}` is not a peer id or a 0x node id: {e}"))?;
		let node = NodeId::from_peer_id_bytes(&peer.to_bytes()).ok_or_else(|| {
			format!("{field}: `{text}` is not the peer id of an ed25519 node key")
		})?;
		// The same check as `key`, on the node's key.
		self.key(field, &format!("0x{}", hex::encode(node.0))).map(NodeId)
	}
}

/// Fails with `what` repeated if `items` has a repeat.
fn distinct<T: Ord + Clone>(
	what: &str,
	items: &[T],
	show: impl Fn(&T) -> String,
) -> Result<(), String> {
	let mut seen = BTreeSet::new();
	for item in items {
		if !seen.insert(item.clone()) {
			return Err(format!("{what}: {} is listed twice", show(item)));
		}
	}
	Ok(())
}

fn hash(field: &str, text: &str) -> Result<[u8; 32], String> {
	text.strip_prefix("0x")
		.and_then(|h| hex::decode(h).ok())
		.and_then(|b| b.try_into().ok())
		.ok_or_else(|| format!("{field}: `{text}` is not 0x and 64 hex digits"))
}

/// Checks `config` and builds its chain spec (the genesis as a patch of the runtime's
/// defaults; `as_json(true)` builds it).
pub fn build(config: &ConsortiumConfig) -> Result<ChainSpec, String> {
	build_with(config, &Keys::checked())
}

fn build_with(config: &ConsortiumConfig, keys: &Keys) -> Result<ChainSpec, String> {
	let ss58 = |a: &AccountId| a.to_ss58check();

	if config.name.trim().is_empty() {
		return Err("name: empty".into());
	}
	if config.id.is_empty()
		|| !config.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
	{
		return Err(format!(
			"id: `{}` must be lower-case letters, digits and `_` (it names each node's database \
			 directory)",
			config.id
		));
	}

	// Validators and their nodes.
	if config.validators.is_empty() {
		return Err("validators: at least one is needed".into());
	}
	let mut validators = Vec::new();
	let mut nodes = Vec::new();
	for (i, v) in config.validators.iter().enumerate() {
		let field = |f: &str| format!("validators[{i}].{f}");
		validators.push(GenesisValidator {
			account: keys.account(&field("account"), &v.account)?,
			aura: sr25519::Public::from_raw(keys.key(&field("aura"), &v.aura)?).into(),
			grandpa: ed25519::Public::from_raw(keys.key(&field("grandpa"), &v.grandpa)?).into(),
		});
		nodes.push(keys.node(&field("node"), &v.node)?);
	}
	distinct(
		"validators",
		&validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>(),
		ss58,
	)?;
	distinct(
		"validators' aura keys",
		&validators.iter().map(|v| v.aura.clone()).collect::<Vec<_>>(),
		|k| format!("{k:?}"),
	)?;
	distinct(
		"validators' grandpa keys",
		&validators.iter().map(|v| v.grandpa.clone()).collect::<Vec<_>>(),
		|k| format!("{k:?}"),
	)?;
	let count = u32::try_from(validators.len()).map_err(|_| "validators: too many")?;
	let max_validators: u32 = <Runtime as pallet_validator_set::Config>::MaxValidators::get();
	if count > max_validators {
		return Err(format!("validators: {count}, more than the runtime's {max_validators}"));
	}
	if config.minimum_validators < CONSORTIUM_MIN_VALIDATORS || config.minimum_validators > count {
		return Err(format!(
			"minimum_validators: {} must be at least {CONSORTIUM_MIN_VALIDATORS} (a consortium \
			 network keeps finalizing with one validator down) and at most the {count} \
			 validators listed",
			config.minimum_validators
		));
	}
	let session_length = config.session_length.unwrap_or(DEFAULT_SESSION_LENGTH);
	let (min_session, max_session): (u32, u32) = (
		<Runtime as pallet_validator_set::Config>::MinSessionLength::get(),
		<Runtime as pallet_validator_set::Config>::MaxSessionLength::get(),
	);
	if !(min_session..=max_session).contains(&session_length) {
		return Err(format!(
			"session_length: {session_length} blocks, outside {min_session}..={max_session}"
		));
	}
	for (i, node) in config.nodes.iter().enumerate() {
		nodes.push(keys.node(&format!("nodes[{i}]"), node)?);
	}
	distinct("nodes (the validators' and `nodes`)", &nodes, |n| format!("0x{}", hex::encode(n.0)))?;

	// Bootnodes must be well-known nodes: the others would refuse any other peer.
	let mut bootnodes = Vec::new();
	for (i, text) in config.bootnodes.iter().enumerate() {
		let addr = MultiaddrWithPeerId::from_str(text).map_err(|e| {
			format!("bootnodes[{i}]: `{text}` is not a multiaddress with /p2p/: {e}")
		})?;
		let node = NodeId::from_peer_id_bytes(&addr.peer_id.to_bytes());
		if !node.is_some_and(|n| nodes.contains(&n)) {
			return Err(format!(
				"bootnodes[{i}]: {} is not a validator's node nor in `nodes`: the permissioned \
				 network would refuse it",
				addr.peer_id
			));
		}
		bootnodes.push(addr);
	}

	// Balances.
	let mut endowed = Vec::new();
	for (i, e) in config.endowed.iter().enumerate() {
		let account = keys.account(&format!("endowed[{i}].account"), &e.account)?;
		let balance = Balance::from(e.tokens).saturating_mul(UNIT);
		if balance < EXISTENTIAL_DEPOSIT {
			return Err(format!("endowed[{i}].tokens: below the existential deposit"));
		}
		endowed.push((account, balance));
	}
	distinct("endowed", &endowed.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>(), ss58)?;

	// Governance.
	let council = config
		.council
		.iter()
		.enumerate()
		.map(|(i, a)| keys.account(&format!("council[{i}]"), a))
		.collect::<Result<Vec<_>, _>>()?;
	if council.is_empty() || council.len() > COUNCIL_MAX_MEMBERS as usize {
		return Err(format!("council: between 1 and {COUNCIL_MAX_MEMBERS} members"));
	}
	distinct("council", &council, ss58)?;
	for member in &council {
		if !endowed.iter().any(|(a, _)| a == member) {
			return Err(format!(
				"council: {} has no balance in `endowed`: it could not pay for a motion",
				ss58(member)
			));
		}
	}
	let root = config.sudo.as_deref().map(|s| keys.account("sudo", s)).transpose()?;

	// Organizations and emergency authorities.
	let mut organizations = Vec::new();
	for (i, o) in config.organizations.iter().enumerate() {
		let field = |f: &str| format!("organizations[{i}].{f}");
		organizations.push(GenesisOrganization {
			account: keys.account(&field("account"), &o.account)?,
			kind: o.kind,
			encryption_key: EncryptionKey(hash(&field("encryption_key"), &o.encryption_key)?),
			credential: H256(hash(&field("credential"), &o.credential)?),
		});
	}
	distinct(
		"organizations",
		&organizations.iter().map(|o| o.account.clone()).collect::<Vec<_>>(),
		ss58,
	)?;
	let emergency_authorities = config
		.emergency_authorities
		.iter()
		.enumerate()
		.map(|(i, a)| {
			let account = keys.account(&format!("emergency_authorities[{i}]"), a)?;
			match organizations.iter().find(|o| o.account == account) {
				Some(o) if o.kind == OrganizationKind::EmergencyService => Ok(account),
				_ => Err(format!(
					"emergency_authorities[{i}]: {a} is not an `EmergencyService` in \
					 `organizations`"
				)),
			}
		})
		.collect::<Result<Vec<_>, String>>()?;
	distinct("emergency_authorities", &emergency_authorities, ss58)?;
	// A responder's own service never approves its session: patients' minimum of independent
	// approvals needs one authority more.
	let needed = CONSORTIUM_MIN_EMERGENCY_APPROVALS as usize + 1;
	if !emergency_authorities.is_empty() && emergency_authorities.len() < needed {
		return Err(format!(
			"emergency_authorities: {} listed; break-glass needs at least {needed} (a session \
			 takes {CONSORTIUM_MIN_EMERGENCY_APPROVALS} approvals from services other than the \
			 responder's own). List none to leave them to governance",
			emergency_authorities.len()
		));
	}

	let quota = match &config.quota {
		Some(q) if q.window == 0 => return Err("quota.window: at least 1 block".into()),
		Some(q) => Some(pallet_free_tier::Quota { calls: q.calls, window: q.window }),
		None => None,
	};

	let patch = medchain_genesis(GenesisParams {
		validators,
		minimum_validators: config.minimum_validators,
		session_length,
		council,
		endowed,
		root,
		peering: PeeringMode::Permissioned,
		nodes,
		organizations,
		emergency_authorities,
		quota,
	});
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(config.name.trim())
		.with_id(&config.id)
		.with_protocol_id(config.protocol_id.as_deref().unwrap_or(&config.id))
		.with_chain_type(ChainType::Live)
		.with_boot_nodes(bootnodes)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A valid config with the keys of `//Test//{name}` (not development keys).
	fn config() -> String {
		let sr =
			|n: &str| sr25519::Pair::from_string(&format!("//Test//{n}"), None).unwrap().public();
		let ed =
			|n: &str| ed25519::Pair::from_string(&format!("//Test//{n}"), None).unwrap().public();
		let account = |n: &str| AccountId::from(sr(n)).to_ss58check();
		let node =
			|n: &str| crate::peering::peer_id(&NodeId(ed(&format!("node-{n}")).0)).to_base58();
		let mut text = format!(
			"name = \"Test Consortium\"\nid = \"test_consortium\"\nminimum_validators = 3\n\
			 sudo = \"{}\"\ncouncil = [\"{}\", \"{}\"]\n\
			 emergency_authorities = [\"{}\", \"{}\", \"{}\"]\n\
			 bootnodes = [\"/ip4/10.0.0.1/tcp/30333/p2p/{}\"]\n\n[quota]\ncalls = 50\nwindow = 100\n",
			account("sudo"),
			account("a"),
			account("b"),
			account("ems1"),
			account("ems2"),
			account("ems3"),
			node("a"),
		);
		for n in ["a", "b", "c"] {
			text += &format!(
				"\n[[validators]]\naccount = \"{}\"\naura = \"{}\"\ngrandpa = \"0x{}\"\nnode = \"{}\"\n",
				account(n),
				sr(n).to_ss58check(),
				hex::encode(ed(n).0),
				node(n),
			);
			text += &format!("\n[[endowed]]\naccount = \"{}\"\ntokens = 1000\n", account(n));
		}
		for (i, ems) in ["ems1", "ems2", "ems3"].into_iter().enumerate() {
			text += &format!(
				"\n[[organizations]]\naccount = \"{}\"\nkind = \"EmergencyService\"\n\
				 encryption_key = \"0x{}\"\ncredential = \"0x{}\"\n",
				account(ems),
				format!("{}", 11 + i).repeat(32),
				"22".repeat(32),
			);
		}
		text
	}

	fn parse(text: &str) -> ConsortiumConfig {
		toml::from_str(text).expect("a valid config")
	}

	fn error(text: &str) -> String {
		match build(&parse(text)) {
			Ok(_) => panic!("accepted:\n{text}"),
			Err(e) => e,
		}
	}

	#[test]
	fn a_valid_config_builds_a_permissioned_live_spec() {
		let spec = build(&parse(&config())).expect("builds");
		let raw = spec.as_json(true).expect("the genesis builds");
		let plain: serde_json::Value = serde_json::from_str(&spec.as_json(false).unwrap()).unwrap();
		assert_eq!(plain["chainType"], "Live");
		assert_eq!(plain["id"], "test_consortium");
		let patch = &plain["genesis"]["runtimeGenesis"]["patch"];
		assert_eq!(patch["peering"]["mode"], "Permissioned");
		assert_eq!(patch["peering"]["nodes"].as_array().unwrap().len(), 3);
		assert_eq!(patch["validatorSet"]["minimumValidators"], 3);
		assert_eq!(patch["freeTier"]["quota"]["calls"], 50);
		assert_eq!(patch["emergency"]["authorities"].as_array().unwrap().len(), 3);
		assert!(patch["sudo"]["key"].is_string());
		assert_eq!(plain["bootNodes"].as_array().unwrap().len(), 1);
		assert!(raw.contains("\"raw\""));
	}

	#[test]
	fn the_example_config_builds_but_its_keys_are_refused() {
		let example = parse(include_str!("../../docker/consortium.example.toml"));
		let e = build(&example).err().expect("the example's keys are refused");
		assert!(e.contains("docker/consortium.example.toml"), "{e}");
		// With its keys allowed, it is a valid config.
		let keys = Keys { development: development_keys(), examples: BTreeSet::new() };
		let spec = build_with(&example, &keys).expect("the example builds");
		spec.as_json(true).expect("its genesis builds");
	}

	#[test]
	fn no_sudo_key_means_council_governance_from_genesis() {
		let text = config().replace(
			&format!("sudo = \"{}\"\n", {
				let p = sr25519::Pair::from_string("//Test//sudo", None).unwrap();
				AccountId::from(p.public()).to_ss58check()
			}),
			"",
		);
		let spec = build(&parse(&text)).expect("builds");
		spec.as_json(true).expect("the genesis builds");
		let plain: serde_json::Value = serde_json::from_str(&spec.as_json(false).unwrap()).unwrap();
		assert!(plain["genesis"]["runtimeGenesis"]["patch"]["sudo"]["key"].is_null());
	}

	#[test]
	fn development_keys_are_refused_wherever_they_appear() {
		let valid = config();
		let alice = Sr25519Keyring::Alice.to_account_id().to_ss58check();
		let sudo =
			AccountId::from(sr25519::Pair::from_string("//Test//sudo", None).unwrap().public())
				.to_ss58check();
		// Alice as the sudo key.
		assert!(error(&valid.replace(&sudo, &alice)).contains("development key"));
		// Alice's GRANDPA key, in hex.
		let a_grandpa =
			hex::encode(ed25519::Pair::from_string("//Test//a", None).unwrap().public().0);
		let alice_grandpa = hex::encode(Ed25519Keyring::Alice.public().0);
		let e = error(&valid.replace(&a_grandpa, &alice_grandpa));
		assert!(e.contains("validators[0].grandpa") && e.contains("development key"), "{e}");
		// A public development node key as a validator's node.
		let a_node = crate::peering::peer_id(&NodeId(
			ed25519::Pair::from_string("//Test//node-a", None).unwrap().public().0,
		))
		.to_base58();
		let dev_peer = crate::peering::peer_id(&dev_node(1)).to_base58();
		let e = error(&valid.replace(&a_node, &dev_peer));
		assert!(e.contains("development key"), "{e}");
		// The dev phrase's root key, Alice's stash, and Alice's ECDSA account.
		let root = AccountId::from(sr25519::Pair::from_string(DEV_PHRASE, None).unwrap().public());
		assert!(error(&valid.replace(&sudo, &root.to_ss58check())).contains("development key"));
		let stash = Sr25519Keyring::AliceStash.to_account_id().to_ss58check();
		assert!(error(&valid.replace(&sudo, &stash)).contains("development key"));
		let ecdsa = sp_core::ecdsa::Pair::from_string("//Alice", None).unwrap().public();
		let ecdsa = AccountId::from(sp_io::hashing::blake2_256(&ecdsa.0)).to_ss58check();
		assert!(error(&valid.replace(&sudo, &ecdsa)).contains("development key"));
		// A key kept from the example config.
		let example = "rNMwLnyLzA4kQAZx78DiAqvw5P7Li7PC95mC2u5N6zctiumm4";
		assert!(error(&valid.replace(&sudo, example)).contains("consortium.example.toml"));
	}

	#[test]
	fn inconsistent_configs_are_refused_with_the_field_named() {
		let valid = config();
		let cases: Vec<(String, &str)> = vec![
			(
				valid.replace("minimum_validators = 3", "minimum_validators = 4"),
				"minimum_validators",
			),
			(
				valid.replace("minimum_validators = 3", "minimum_validators = 2"),
				"minimum_validators",
			),
			(valid.replace("id = \"test_consortium\"", "id = \"Test Consortium\""), "id:"),
			(valid.replace("window = 100", "window = 0"), "quota.window"),
			(
				valid.replace("kind = \"EmergencyService\"", "kind = \"Hospital\""),
				"emergency_authorities[0]",
			),
			(valid.replace("0x1111", "0xzz11"), "organizations[0].encryption_key"),
			(valid.replace("/ip4/10.0.0.1", "/ip4/10.0.0.1/tcp"), "bootnodes[0]"),
		];
		for (text, field) in cases {
			let e = error(&text);
			assert!(e.contains(field), "expected an error naming {field}, got: {e}");
		}
		// Two emergency authorities: a responder of one could never get two independent
		// approvals.
		let ems3 =
			AccountId::from(sr25519::Pair::from_string("//Test//ems3", None).unwrap().public())
				.to_ss58check();
		let two = valid.replace(&format!(", \"{ems3}\"]"), "]");
		assert_ne!(two, valid);
		assert!(error(&two).contains("break-glass needs at least 3"), "{}", error(&two));
		// A validator listed twice.
		let second = valid.find("[[validators]]").unwrap();
		let block_end = valid[second..].find("[[endowed]]").unwrap() + second;
		let twice = format!("{valid}\n{}", &valid[second..block_end]);
		assert!(error(&twice).contains("listed twice"));
		// A council member without a balance.
		let b = AccountId::from(sr25519::Pair::from_string("//Test//b", None).unwrap().public())
			.to_ss58check();
		let unfunded =
			valid.replace(&format!("\n[[endowed]]\naccount = \"{b}\"\ntokens = 1000\n"), "");
		assert_ne!(unfunded, valid);
		let e = error(&unfunded);
		assert!(e.contains("council") && e.contains("no balance"), "{e}");
		// A bootnode that is not a well-known node.
		let stranger = crate::peering::peer_id(&NodeId([9; 32])).to_base58();
		let a_node = crate::peering::peer_id(&NodeId(
			ed25519::Pair::from_string("//Test//node-a", None).unwrap().public().0,
		))
		.to_base58();
		let bootnode = format!("/ip4/10.0.0.1/tcp/30333/p2p/{a_node}");
		let e =
			error(&valid.replace(&bootnode, &format!("/ip4/10.0.0.1/tcp/30333/p2p/{stranger}")));
		assert!(e.contains("bootnodes[0]"), "{e}");
		// An unknown field (a typo) is refused by the parser.
		assert!(toml::from_str::<ConsortiumConfig>(
			&valid.replace("minimum_validators", "min_validators")
		)
		.is_err());
	}
}
