//! Unit tests of the peering pallet: every call's success and each of its errors.

use crate::{mock::*, Error, Event, Mode, NodeCount, Nodes, NodesOf, Remover};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{NodeId, NodeStatus, OnOrganizationRemoved, PeeringMode};
use medchain_test_utils::Registry;
use sp_core::{ed25519, Pair};
use sp_runtime::DispatchError;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn add(owner: u64, seed: u8) {
	assert_ok!(Peering::add_node(signed(owner), node(seed), proof(seed, owner)));
}

#[test]
fn genesis_is_permissioned_with_its_well_known_node() {
	run(|| {
		assert_eq!(Mode::<Test>::get(), PeeringMode::Permissioned);
		let policy = Peering::policy();
		assert_eq!(policy.mode, PeeringMode::Permissioned);
		assert_eq!(policy.authorized, vec![node(GENESIS_NODE)]);
		assert_eq!(
			Peering::status(&node(GENESIS_NODE)),
			Some(NodeStatus { owner: None, well_known: true, authorized: true })
		);
	});
}

#[test]
fn an_active_organization_adds_its_node_with_the_node_keys_proof() {
	run(|| {
		add(HOSPITAL, 1);
		assert_eq!(
			peering_events(),
			vec![Event::NodeAdded { node: node(1), owner: Some(HOSPITAL), well_known: false }]
		);
		assert_eq!(Peering::nodes_of(&HOSPITAL), vec![node(1)]);
		assert!(Peering::policy().authorized.contains(&node(1)));
		assert_eq!(
			Peering::status(&node(1)),
			Some(NodeStatus { owner: Some(HOSPITAL), well_known: false, authorized: true })
		);
	});
}

#[test]
fn add_node_refuses_whoever_is_not_an_active_organization() {
	run(|| {
		for who in [DOCTOR, STRANGER] {
			assert_noop!(
				Peering::add_node(signed(who), node(1), proof(1, who)),
				Error::<Test>::NotActiveOrganization
			);
		}
		Registry::set_active(HOSPITAL, false);
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), proof(1, HOSPITAL)),
			Error::<Test>::NotActiveOrganization
		);
		assert_noop!(
			Peering::add_node(RuntimeOrigin::none(), node(1), proof(1, HOSPITAL)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_node_needs_the_node_keys_signature_for_this_organization() {
	run(|| {
		// Signed for another organization (a proof seen on chain, replayed by someone else).
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(1), proof(1, HOSPITAL)),
			Error::<Test>::BadOwnershipProof
		);
		// Signed by another key.
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), proof(2, HOSPITAL)),
			Error::<Test>::BadOwnershipProof
		);
		// A signature of something else by the right key.
		let other = node_key(1).sign(b"medchain/node-ownership/v1");
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), other),
			Error::<Test>::BadOwnershipProof
		);
		// No key at all (not a curve point): refused, never a panic.
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), NodeId([0xff; 32]), proof(1, HOSPITAL)),
			Error::<Test>::BadOwnershipProof
		);
	});
}

#[test]
fn a_node_is_registered_once() {
	run(|| {
		add(HOSPITAL, 1);
		// Not by the same organization, nor by another one that also holds the key.
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), proof(1, HOSPITAL)),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(1), proof(1, CLINIC)),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(1), None),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn the_bounds_hold() {
	run(|| {
		for seed in 1..=MAX_PER_ORGANIZATION as u8 {
			add(HOSPITAL, seed);
		}
		let next = MAX_PER_ORGANIZATION as u8 + 1;
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(next), proof(next, HOSPITAL)),
			Error::<Test>::TooManyNodesForOrganization
		);
		// A well-known node of the organization counts too.
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(next), Some(HOSPITAL)),
			Error::<Test>::TooManyNodesForOrganization
		);
		// The network's bound: genesis node + 3 + 2 = 6.
		add(CLINIC, 10);
		add(CLINIC, 11);
		assert_eq!(NodeCount::<Test>::get(), MAX_NODES);
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(12), proof(12, CLINIC)),
			Error::<Test>::TooManyNodes
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(12), None),
			Error::<Test>::TooManyNodes
		);
	});
}

#[test]
fn a_suspended_organizations_nodes_are_not_authorized_until_it_is_reactivated() {
	run(|| {
		add(HOSPITAL, 1);
		assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(2), Some(HOSPITAL)));
		add(CLINIC, 3);
		Registry::set_active(HOSPITAL, false);
		assert_eq!(Peering::policy().authorized, {
			let mut v = vec![node(GENESIS_NODE), node(3)];
			v.sort();
			v
		});
		assert_eq!(Peering::status(&node(2)).map(|s| s.authorized), Some(false));
		// Registrations are kept: reactivation restores them.
		Registry::set_active(HOSPITAL, true);
		assert_eq!(Peering::policy().authorized.len(), 4);
	});
}

#[test]
fn an_organization_removes_its_own_nodes_only() {
	run(|| {
		add(HOSPITAL, 1);
		add(CLINIC, 2);
		assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(3), Some(HOSPITAL)));
		assert_noop!(Peering::remove_node(signed(HOSPITAL), node(2)), Error::<Test>::NotOwner);
		// A well-known node only governance removes, even the organization's own.
		assert_noop!(Peering::remove_node(signed(HOSPITAL), node(3)), Error::<Test>::NotOwner);
		assert_noop!(
			Peering::remove_node(signed(HOSPITAL), node(GENESIS_NODE)),
			Error::<Test>::NotOwner
		);
		assert_noop!(Peering::remove_node(signed(DOCTOR), node(1)), Error::<Test>::NotOwner);
		assert_noop!(Peering::remove_node(signed(HOSPITAL), node(9)), Error::<Test>::NodeNotFound);
		assert_noop!(
			Peering::remove_node(RuntimeOrigin::none(), node(1)),
			DispatchError::BadOrigin
		);
		// Suspended, it still removes its own.
		Registry::set_active(HOSPITAL, false);
		assert_ok!(Peering::remove_node(signed(HOSPITAL), node(1)));
		assert_eq!(
			peering_events().last(),
			Some(&Event::NodeRemoved { node: node(1), owner: Some(HOSPITAL), by: Remover::Owner })
		);
		assert_eq!(Peering::nodes_of(&HOSPITAL), vec![node(3)]);
		assert!(Nodes::<Test>::get(node(1)).is_none());
	});
}

#[test]
fn governance_removes_any_node_but_never_the_last_of_a_permissioned_network() {
	run(|| {
		add(HOSPITAL, 1);
		assert_ok!(Peering::remove_node(RuntimeOrigin::root(), node(1)));
		assert_eq!(
			peering_events().last(),
			Some(&Event::NodeRemoved {
				node: node(1),
				owner: Some(HOSPITAL),
				by: Remover::Governance
			})
		);
		assert!(!NodesOf::<Test>::contains_key(HOSPITAL));
		assert_noop!(
			Peering::remove_node(RuntimeOrigin::root(), node(GENESIS_NODE)),
			Error::<Test>::NoNodes
		);
		assert_noop!(
			Peering::remove_node(RuntimeOrigin::root(), node(1)),
			Error::<Test>::NodeNotFound
		);
		// The council's motion is governance too.
		assert_ok!(Peering::set_peering_mode(signed(Council::get()), PeeringMode::Open));
		assert_ok!(Peering::remove_node(signed(Council::get()), node(GENESIS_NODE)));
		assert_eq!(NodeCount::<Test>::get(), 0);
	});
}

#[test]
fn well_known_nodes_are_governances() {
	run(|| {
		assert_noop!(
			Peering::add_well_known_node(signed(HOSPITAL), node(1), None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(1), Some(STRANGER)),
			Error::<Test>::OrganizationNotFound
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(1), Some(DOCTOR)),
			Error::<Test>::OrganizationNotFound
		);
		// A suspended organization may be named (its node waits for its reactivation).
		Registry::set_active(CLINIC, false);
		assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(1), Some(CLINIC)));
		assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(2), None));
		assert_eq!(
			peering_events(),
			vec![
				Event::NodeAdded { node: node(1), owner: Some(CLINIC), well_known: true },
				Event::NodeAdded { node: node(2), owner: None, well_known: true },
			]
		);
		assert_eq!(Peering::status(&node(1)).map(|s| s.authorized), Some(false));
	});
}

#[test]
fn the_peering_mode_is_governances() {
	run(|| {
		assert_noop!(
			Peering::set_peering_mode(signed(HOSPITAL), PeeringMode::Open),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Permissioned),
			Error::<Test>::ModeUnchanged
		);
		assert_ok!(Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Open));
		assert_eq!(peering_events(), vec![Event::PeeringModeSet { mode: PeeringMode::Open }]);
		assert_ok!(Peering::remove_node(RuntimeOrigin::root(), node(GENESIS_NODE)));
		assert_noop!(
			Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Permissioned),
			Error::<Test>::NoNodes
		);
		add(HOSPITAL, 1);
		assert_ok!(Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Permissioned));
		assert_eq!(Peering::policy().authorized, vec![node(1)]);
	});
}

#[test]
fn a_removed_organizations_nodes_go_with_it() {
	run(|| {
		add(HOSPITAL, 1);
		add(HOSPITAL, 2);
		assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(3), Some(HOSPITAL)));
		add(CLINIC, 4);
		System::reset_events();
		let weight = <Peering as OnOrganizationRemoved<u64>>::on_organization_removed(&HOSPITAL);
		assert!(weight.all_lte(<Peering as OnOrganizationRemoved<u64>>::max_weight()));
		Registry::remove_organization(HOSPITAL);
		assert_eq!(peering_events().len(), 3);
		assert!(peering_events().iter().all(|e| matches!(
			e,
			Event::NodeRemoved { owner: Some(HOSPITAL), by: Remover::OwnerRemoved, .. }
		)));
		assert_eq!(NodeCount::<Test>::get(), 2);
		assert!(Peering::nodes_of(&HOSPITAL).is_empty());
		// The account registered anew inherits nothing.
		Registry::add_organization(HOSPITAL, medchain_primitives::OrganizationKind::Hospital);
		assert!(Peering::nodes_of(&HOSPITAL).is_empty());
		add(HOSPITAL, 1);
	});
}

#[test]
fn a_key_that_signed_for_one_organization_cannot_be_moved_by_another() {
	// The attack the proof stops: CLINIC squats HOSPITAL's validator node id (peer ids are
	// public) and later drops it from the network by removing its own registration.
	run(|| {
		let public_only = node(1);
		let forged = ed25519::Pair::from_seed(&[99; 32]).sign(b"anything");
		assert_noop!(
			Peering::add_node(signed(CLINIC), public_only, forged),
			Error::<Test>::BadOwnershipProof
		);
		add(HOSPITAL, 1);
		assert_noop!(Peering::remove_node(signed(CLINIC), node(1)), Error::<Test>::NotOwner);
	});
}
