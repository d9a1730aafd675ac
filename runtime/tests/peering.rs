//! Permissioned peering with real signed extrinsics as block import applies them: who may put
//! a node on the network, and what takes it off again.
//!
//! The attacks tried: a practitioner or a stranger registering a node; an organization
//! registering another member's node (peer ids are public) with no proof, or with the proof
//! that member's node signed for the member; an organization removing another's node or a
//! well-known one; a council member alone changing the mode; governance leaving a
//! permissioned network without nodes. And what must drop a node: its removal, its
//! organization's suspension (undone by reactivation) and its organization's removal (for
//! good, even if the account is registered again).

mod common;

use common::{actors::*, *};
use medchain_primitives::{ownership_message, NodeId, NodeStatus, PeeringMode};
use medchain_runtime::{
	genesis_config_presets::{dev_node, DEV_NODES},
	Peering, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use pallet_peering::{Event, Remover};
use sp_core::{ed25519, sr25519, Pair};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, DispatchError,
};

/// The `seed`-th node key of these tests.
fn node_key(seed: u8) -> ed25519::Pair {
	ed25519::Pair::from_seed(&[seed; 32])
}

fn node(seed: u8) -> NodeId {
	NodeId(node_key(seed).public().0)
}

/// `peering.add_node` for node `seed`, with its key's proof for `owner`.
fn add_node(seed: u8, owner: &sr25519::Pair) -> RuntimeCall {
	let proof = node_key(seed).sign(&ownership_message(&genesis(), &node(seed), &account(owner)));
	RuntimeCall::Peering(pallet_peering::Call::add_node { node: node(seed), proof })
}

/// The chain's genesis hash, which ownership proofs are bound to.
fn genesis() -> [u8; 32] {
	System::block_hash(0).0
}

fn remove_node(seed: u8) -> RuntimeCall {
	RuntimeCall::Peering(pallet_peering::Call::remove_node { node: node(seed) })
}

fn error(e: pallet_peering::Error<Runtime>) -> ApplyExtrinsicResult {
	Ok(Err(e.into()))
}

fn peering_events() -> Vec<Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Peering(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn authorized(seed: u8) -> bool {
	Peering::policy().authorized.contains(&node(seed))
}

#[test]
fn local_testnet_is_permissioned_among_its_validators_nodes() {
	new_test_ext("local_testnet").execute_with(|| {
		let policy = Peering::policy();
		assert_eq!(policy.mode, PeeringMode::Permissioned);
		let mut expected: Vec<NodeId> = (1..=DEV_NODES).map(dev_node).collect();
		expected.sort();
		assert_eq!(policy.authorized, expected);
		assert_eq!(
			Peering::status(&dev_node(1)),
			Some(NodeStatus { owner: None, authorized: true })
		);
	});
	new_test_ext("development").execute_with(|| {
		assert_eq!(Peering::policy().mode, PeeringMode::Open);
		assert!(Peering::policy().authorized.is_empty());
	});
}

#[test]
fn an_organization_registers_its_own_node_without_tokens() {
	new_test_ext("local_testnet").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		assert_eq!(free_balance(&account(&org)), 0);
		assert_eq!(apply(&org, add_node(1, &org)), Ok(Ok(())));
		assert!(authorized(1));
		assert_eq!(
			peering_events(),
			vec![Event::NodeAdded { node: node(1), owner: Some(account(&org)) }]
		);
		// Its physician may not, with a proof for the physician or for the hospital.
		assert_eq!(
			apply(&doctor, add_node(2, &doctor)),
			error(pallet_peering::Error::NotActiveOrganization)
		);
		assert_eq!(
			apply(&doctor, add_node(2, &org)),
			error(pallet_peering::Error::NotActiveOrganization)
		);
		// Nor a stranger without tokens: not free, so not even in a block.
		assert_eq!(
			apply(&pair("stranger"), add_node(2, &pair("stranger"))),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		// Only the organization that added it removes it (the council alike).
		assert_eq!(apply(&doctor, remove_node(1)), error(pallet_peering::Error::NotOwner));
		assert_eq!(apply(&org, remove_node(1)), Ok(Ok(())));
		assert!(!authorized(1));
	});
}

#[test]
fn nobody_registers_or_removes_another_members_node() {
	new_test_ext("local_testnet").execute_with(|| {
		let Hospital { org: hospital, .. } = hospital();
		let (lab, _) = organization_with_staff(
			"lab",
			medchain_primitives::OrganizationKind::Laboratory,
			"technician",
			medchain_primitives::PractitionerRole::LabTechnician,
			5,
		);
		// The lab knows the hospital's peer id but not its key: a proof it makes itself is
		// refused, and so is the proof the hospital's node signed for the hospital (seen on
		// chain once the hospital registers it).
		let forged = node_key(99).sign(&ownership_message(&genesis(), &node(1), &account(&lab)));
		let call =
			RuntimeCall::Peering(pallet_peering::Call::add_node { node: node(1), proof: forged });
		assert_eq!(apply(&lab, call), error(pallet_peering::Error::BadOwnershipProof));
		assert_eq!(
			apply(&lab, add_node(1, &hospital)),
			error(pallet_peering::Error::BadOwnershipProof)
		);
		assert_eq!(apply(&hospital, add_node(1, &hospital)), Ok(Ok(())));
		// Once registered, it is the hospital's: the lab neither re-registers nor removes it,
		// nor removes a validator's well-known node.
		assert_eq!(apply(&lab, add_node(1, &lab)), error(pallet_peering::Error::AlreadyRegistered));
		assert_eq!(apply(&lab, remove_node(1)), error(pallet_peering::Error::NotOwner));
		let validator =
			RuntimeCall::Peering(pallet_peering::Call::remove_node { node: dev_node(2) });
		assert_eq!(apply(&lab, validator), error(pallet_peering::Error::NotOwner));
		assert!(authorized(1));
	});
}

#[test]
fn suspension_drops_an_organizations_nodes_until_reactivation_and_removal_for_good() {
	new_test_ext("local_testnet").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		assert_eq!(apply(&org, add_node(1, &org)), Ok(Ok(())));
		assert_eq!(apply(&org, add_node(2, &org)), Ok(Ok(())));
		let status = |organization_status| {
			RuntimeCall::Providers(pallet_providers::Call::set_organization_status {
				organization: account(&org).into(),
				status: organization_status,
			})
		};
		council_motion(
			&Alice.to_account_id(),
			2,
			status(medchain_primitives::Status::Suspended),
			&[Alice.to_account_id(), Bob.to_account_id()],
		);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert!(!authorized(1) && !authorized(2));
		assert!((1..=DEV_NODES).all(|i| Peering::policy().authorized.contains(&dev_node(i))));
		// Suspended, it registers nothing more: its free path ended, and it has no tokens.
		assert_eq!(
			apply(&org, add_node(3, &org)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		council_motion(
			&Alice.to_account_id(),
			2,
			status(medchain_primitives::Status::Active),
			&[Alice.to_account_id(), Bob.to_account_id()],
		);
		assert!(authorized(1) && authorized(2));
		// Removed (after its staff), its nodes go.
		frame_support::assert_ok!(medchain_runtime::Providers::remove_practitioner(
			RuntimeOrigin::root(),
			account(&doctor).into()
		));
		System::reset_events();
		frame_support::assert_ok!(medchain_runtime::Providers::remove_organization(
			RuntimeOrigin::root(),
			account(&org).into()
		));
		assert_eq!(Peering::status(&node(1)), None);
		assert_eq!(Peering::status(&node(2)), None);
		let removed: Vec<_> = peering_events()
			.into_iter()
			.filter(|e| matches!(e, Event::NodeRemoved { by: Remover::OwnerRemoved, .. }))
			.collect();
		assert_eq!(removed.len(), 2);
		// Registered again, the account inherits nothing.
		frame_support::assert_ok!(medchain_runtime::Providers::register_organization(
			RuntimeOrigin::root(),
			account(&org).into(),
			medchain_primitives::OrganizationKind::Hospital,
			key(1),
			sp_core::H256::repeat_byte(1),
		));
		assert!(Peering::nodes_of(&account(&org)).is_empty());
	});
}

#[test]
fn a_node_governance_removes_is_barred_from_coming_back_on_its_old_proof() {
	new_test_ext("local_testnet").execute_with(|| {
		let Hospital { org, .. } = hospital();
		let call = add_node(1, &org);
		assert_eq!(apply(&org, call.clone()), Ok(Ok(())));
		frame_support::assert_ok!(Peering::remove_node(RuntimeOrigin::root(), node(1)));
		assert!(!authorized(1));
		// The same signed call again (its proof is public in the earlier block): refused.
		assert_eq!(apply(&org, call), error(pallet_peering::Error::NodeBarred));
		// Governance lets it back as a well-known node.
		frame_support::assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(1)));
		assert!(authorized(1));
	});
}

#[test]
fn only_governance_sets_the_mode_and_well_known_nodes_and_a_permissioned_network_keeps_one() {
	new_test_ext("local_testnet").execute_with(|| {
		let open = RuntimeCall::Peering(pallet_peering::Call::set_peering_mode {
			mode: PeeringMode::Open,
		});
		// One council member alone, and a member's motion of threshold one, are refused.
		assert_eq!(
			apply(&pair("stranger"), open.clone()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		council_motion(&Charlie.to_account_id(), 1, open.clone(), &[]);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		assert_eq!(Peering::policy().mode, PeeringMode::Permissioned);
		// Sudo gone, the council's two-thirds motion removes four of the five well-known
		// nodes; the fifth is the network's last node and stays.
		frame_support::assert_ok!(medchain_runtime::Sudo::remove_key(RuntimeOrigin::signed(
			Alice.to_account_id()
		)));
		for i in 1..=DEV_NODES {
			let call =
				RuntimeCall::Peering(pallet_peering::Call::remove_node { node: dev_node(i) });
			council_motion(
				&Alice.to_account_id(),
				2,
				call,
				&[Alice.to_account_id(), Bob.to_account_id()],
			);
			let expected = if i < DEV_NODES {
				Ok(())
			} else {
				Err(DispatchError::from(pallet_peering::Error::<Runtime>::NoWellKnownNodes))
			};
			assert_eq!(last_council_execution(), Some(expected), "node {i}");
		}
		assert_eq!(Peering::policy().authorized, vec![dev_node(DEV_NODES)]);
		// Open, it may have none.
		council_motion(
			&Alice.to_account_id(),
			2,
			open,
			&[Alice.to_account_id(), Bob.to_account_id()],
		);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert_eq!(Peering::policy().mode, PeeringMode::Open);
	});
}
