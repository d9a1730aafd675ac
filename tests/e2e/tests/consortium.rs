//! The README's runbook, "Launching a consortium", on real processes and with no development
//! key anywhere:
//!
//! 1. four institutions write the consortium config (their accounts, session keys and node
//!    ids, the council, the sudo key) and `medchain-node consortium-spec` builds the raw spec
//!    (a config naming a development key is refused);
//! 2. each puts its session keys into its validator's keystore (`key insert`) and starts it on
//!    that spec: the chain produces and finalizes;
//! 3. the council registers organizations by motion (three of four members);
//! 4. the sudo key is removed (`sudo.removeKey`): sudo is gone for good;
//! 5. a fifth institution's node, unknown to the network, cannot sync; its operator generates
//!    session keys in the node (`author_rotateKeysWithOwner`) and sets them; one council
//!    motion registers the institution, adds its validator and its node; the node syncs, the
//!    validator authors blocks and finality goes on with five.

use codec::{Decode, Encode};
use medchain_e2e::*;
use medchain_primitives::{EncryptionKey, OrganizationKind};
use medchain_runtime::{RuntimeCall, SessionKeys};
use sp_core::{crypto::Ss58Codec, ed25519, sr25519, Pair, H256};
use sp_runtime::AccountId32;
use std::{path::Path, process::Command, time::Duration};

const INSTITUTIONS: [&str; 4] = ["hospital-a", "hospital-b", "lab-c", "university-d"];
const FIFTH: &str = "clinic-e";

fn account_pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//Runbook//{name}"), None).expect("a valid derivation")
}

fn account(name: &str) -> AccountId32 {
	account_pair(name).public().into()
}

fn aura_suri(name: &str) -> String {
	format!("//Runbook//{name}//aura")
}

fn grandpa_suri(name: &str) -> String {
	format!("//Runbook//{name}//grandpa")
}

/// The consortium's config: the four institutions validate, sit on the council and hold a
/// balance; the first holds the bootstrap sudo key; sessions are as short as the runtime allows
/// so that validator changes land within the test.
fn config(peer_ids: &[String]) -> String {
	let mut text = format!(
		"name = \"Runbook Consortium\"\nid = \"runbook\"\nminimum_validators = 3\n\
		 session_length = 5\nsudo = \"{}\"\ncouncil = [{}]\n",
		account(INSTITUTIONS[0]).to_ss58check(),
		INSTITUTIONS
			.iter()
			.map(|n| format!("\"{}\"", account(n).to_ss58check()))
			.collect::<Vec<_>>()
			.join(", "),
	);
	for (name, peer) in INSTITUTIONS.iter().zip(peer_ids) {
		let aura = sr25519::Pair::from_string(&aura_suri(name), None).unwrap().public();
		let grandpa = ed25519::Pair::from_string(&grandpa_suri(name), None).unwrap().public();
		text += &format!(
			"\n[[validators]]\naccount = \"{}\"\naura = \"{}\"\ngrandpa = \"{}\"\nnode = \"{peer}\"\n\
			 \n[[endowed]]\naccount = \"{}\"\ntokens = 1000000\n",
			account(name).to_ss58check(),
			aura.to_ss58check(),
			grandpa.to_ss58check(),
			account(name).to_ss58check(),
		);
	}
	text
}

/// Runs `medchain-node consortium-spec` on `config`; the spec's path, or the command's error.
fn consortium_spec(dir: &Path, config: &str) -> Result<std::path::PathBuf> {
	let config_file = dir.join("consortium.toml");
	std::fs::write(&config_file, config).map_err(|e| e.to_string())?;
	let spec = dir.join("runbook.json");
	let out = Command::new(node_binary()?)
		.args(["consortium-spec", "--raw", "--config"])
		.arg(&config_file)
		.arg("--output")
		.arg(&spec)
		.output()
		.map_err(|e| e.to_string())?;
	if out.status.success() {
		Ok(spec)
	} else {
		Err(String::from_utf8_lossy(&out.stderr).into_owned())
	}
}

async fn storage_value<T: Decode>(rpc: &Rpc, key: &[u8]) -> Result<Option<T>> {
	match rpc.storage(key).await? {
		Some(raw) => T::decode(&mut &raw[..]).map(Some).map_err(|e| e.to_string()),
		None => Ok(None),
	}
}

async fn organization_active(rpc: &Rpc, who: &AccountId32) -> Result<bool> {
	let key = pallet_providers::Organizations::<medchain_runtime::Runtime>::hashed_key_for(who);
	Ok(rpc.storage(&key).await?.is_some())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_consortium_launches_from_its_config_hands_over_from_sudo_and_adds_a_member_by_council_alone(
) {
	let specs = INSTITUTIONS
		.iter()
		.enumerate()
		.map(|(i, name)| NodeSpec {
			chain: String::new(),
			dev_key: false,
			..dev_validator(name, 54_000, i as u16)
		})
		.collect();
	let mut net = Network::prepare("consortium", specs).expect("prepare");
	let peer_ids: Vec<String> = net.nodes.iter().map(|n| n.peer_id.clone()).collect();

	// 1. The spec, from the config; the same config with Alice as the sudo key is refused.
	let dir = net.dir.path().to_path_buf();
	let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id().to_ss58check();
	let with_alice = config(&peer_ids).replace(&account(INSTITUTIONS[0]).to_ss58check(), &alice);
	let refused = consortium_spec(&dir, &with_alice).expect_err("a development key is refused");
	assert!(refused.contains("development key"), "{refused}");
	let spec = net.check(consortium_spec(&dir, &config(&peer_ids)));
	let spec = spec.to_string_lossy().into_owned();

	// 2. Each institution's session keys into its own keystore, then the validators start.
	for (node, name) in net.nodes.iter_mut().zip(INSTITUTIONS) {
		node.spec.chain = spec.clone();
		for (scheme, suri, key_type) in
			[("Sr25519", aura_suri(name), "aura"), ("Ed25519", grandpa_suri(name), "gran")]
		{
			let out = node
				.run_subcommand(&[
					"key",
					"insert",
					"--scheme",
					scheme,
					"--suri",
					&suri,
					"--key-type",
					key_type,
				])
				.expect("run key insert");
			assert!(out.status.success(), "key insert: {}", String::from_utf8_lossy(&out.stderr));
		}
		node.start().expect("start node");
	}
	let rpc = net.nodes[0].rpc.clone();
	net.check(finalized_at_least(&rpc, 3, Duration::from_secs(120)).await);
	let sudo_key = pallet_sudo::Key::<medchain_runtime::Runtime>::hashed_key();
	let holder: Option<AccountId32> = net.check(storage_value(&rpc, &sudo_key).await);
	assert_eq!(holder, Some(account(INSTITUTIONS[0])), "the config's sudo key holds sudo");

	// 3. Organizations, by a council motion that three of the four members carry.
	let members: Vec<sr25519::Pair> = INSTITUTIONS[..3].iter().map(|n| account_pair(n)).collect();
	let register = |name: &str, kind: OrganizationKind, byte: u8| {
		RuntimeCall::Providers(pallet_providers::Call::register_organization {
			organization: account(name).into(),
			kind,
			encryption_key: EncryptionKey([byte; 32]),
			credential: H256::repeat_byte(byte),
		})
	};
	let organizations = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			register("st-mary-hospital", OrganizationKind::Hospital, 1),
			register("city-ambulance", OrganizationKind::EmergencyService, 2),
		],
	});
	net.check(council_motion_by(&rpc, &members, organizations, 0).await);
	for name in ["st-mary-hospital", "city-ambulance"] {
		assert!(
			net.check(organization_active(&rpc, &account(name)).await),
			"the council's motion did not register {name}"
		);
	}

	// 4. The sudo key is removed: from now on the council alone governs.
	let remove = RuntimeCall::Sudo(pallet_sudo::Call::remove_key {});
	let founder = account_pair(INSTITUTIONS[0]);
	net.check(rpc.submit_and_wait(&founder, remove, Duration::from_secs(30)).await);
	let holder: Option<AccountId32> = net.check(storage_value(&rpc, &sudo_key).await);
	assert_eq!(holder, None, "sudo.removeKey left a sudo key");
	let again = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
		call: Box::new(register("sneaky-clinic", OrganizationKind::Clinic, 3)),
	});
	// A sudo call now fails (the pool refuses it, or it fails in its block).
	let _ = rpc.submit_and_wait(&founder, again, Duration::from_secs(30)).await;
	assert!(
		!net.check(organization_active(&rpc, &account("sneaky-clinic")).await),
		"a sudo call went through after the key was removed"
	);

	// 5. A fifth institution. Its node, which no one has registered, does not get the chain.
	let mut fifth = Node::prepare(
		&dir,
		NodeSpec { chain: spec.clone(), dev_key: false, ..dev_validator(FIFTH, 54_000, 4) },
	)
	.expect("prepare the fifth node");
	fifth.set_reserved(net.nodes.iter().map(Node::multiaddr).collect());
	fifth.start().expect("start the fifth node");
	let fifth_rpc = fifth.rpc.clone();
	net.check(
		wait_for(Duration::from_secs(60), "the fifth node to answer", || async {
			Ok(fifth_rpc.best_number().await.is_ok())
		})
		.await,
	);
	let (network_at, _) = net.check(rpc.finalized().await);
	tokio::time::sleep(Duration::from_secs(12)).await;
	let best = net.check(fifth_rpc.best_number().await);
	assert_eq!(best, 0, "an unregistered node synced (network at #{network_at})");

	// Its operator generates session keys in its keystore, proven for its account, and a
	// founding institution funds the account for the fee of setting them.
	let institution = account(FIFTH);
	let generated = net.check(
		fifth_rpc
			.call(
				"author_rotateKeysWithOwner",
				jsonrpsee::rpc_params![to_hex(&institution.encode())],
			)
			.await,
	);
	let keys_raw = net.check(from_hex(generated["keys"].as_str().expect("keys")));
	let proof = net.check(from_hex(generated["proof"].as_str().expect("a proof")));
	let keys = SessionKeys::decode(&mut &keys_raw[..]).expect("session keys");
	let fund = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: institution.clone().into(),
		value: 10 * medchain_runtime::UNIT,
	});
	net.check(rpc.submit_and_wait(&founder, fund, Duration::from_secs(30)).await);
	let set_keys =
		RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof });
	net.check(rpc.submit_and_wait(&account_pair(FIFTH), set_keys, Duration::from_secs(30)).await);

	// One council motion: the institution, its validator and its node.
	let node_id = fifth.node_id().expect("the fifth node's id");
	let join = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			register(FIFTH, OrganizationKind::Clinic, 5),
			RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
				validator: institution.clone().into(),
			}),
			RuntimeCall::Peering(pallet_peering::Call::add_well_known_node { node: node_id }),
		],
	});
	net.check(council_motion_by(&rpc, &members, join, 1).await);
	assert!(net.check(organization_active(&rpc, &institution).await), "the motion failed");

	// The node syncs, and within two sessions the fifth validator authors blocks.
	let (joined_at, _) = net.check(rpc.finalized().await);
	let check = |r: Result<()>| match r {
		Ok(()) => {},
		Err(e) => panic!("{e}\n{}\n--- {FIFTH} ---\n{}", net.logs(), fifth.log_tail()),
	};
	check(finalized_at_least(&fifth_rpc, joined_at, Duration::from_secs(90)).await);
	check(
		wait_for(Duration::from_secs(120), "the fifth validator to author a block", || async {
			let at = rpc.finalized().await?.1;
			let raw = rpc.state_call("ValidatorSetApi_current_session", &[], at).await?;
			let session = u32::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
			let raw =
				rpc.state_call("ValidatorSetApi_authored_blocks", &session.encode(), at).await?;
			let counts =
				Vec::<(AccountId32, u32)>::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
			Ok(counts.iter().any(|(who, n)| *who == institution && *n > 0))
		})
		.await,
	);

	// Finality goes on with five validators (four of five must sign).
	let (now, _) = net.check(rpc.finalized().await);
	check(finalized_at_least(&rpc, now + 5, Duration::from_secs(60)).await);
	check(finalized_at_least(&fifth_rpc, now + 5, Duration::from_secs(60)).await);
}
