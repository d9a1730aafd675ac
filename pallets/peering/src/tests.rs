//! Unit tests of the peering pallet: every call's success and each of its errors.

use crate::{
	mock::*, Barred, Error, Event, Mode, NodeCount, Nodes, NodesOf, Remover, WellKnownCount,
};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{
	ownership_message, NodeId, NodeStatus, OnOrganizationRemoved, PeeringMode,
};
use medchain_test_utils::Registry;
use sp_core::{ed25519, Pair};
use sp_runtime::DispatchError;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn add(owner: u64, seed: u8) {
	assert_ok!(Peering::add_node(signed(owner), node(seed), proof(seed, owner)));
}

fn well_known(seed: u8) {
	assert_ok!(Peering::add_well_known_node(RuntimeOrigin::root(), node(seed)));
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
			Some(NodeStatus { owner: None, authorized: true })
		);
		assert_eq!(WellKnownCount::<Test>::get(), 1);
	});
}

#[test]
fn an_active_organization_adds_its_node_with_the_node_keys_proof() {
	run(|| {
		add(HOSPITAL, 1);
		assert_eq!(
			peering_events(),
			vec![Event::NodeAdded { node: node(1), owner: Some(HOSPITAL) }]
		);
		assert_eq!(Peering::nodes_of(&HOSPITAL), vec![node(1)]);
		assert!(Peering::policy().authorized.contains(&node(1)));
		assert_eq!(
			Peering::status(&node(1)),
			Some(NodeStatus { owner: Some(HOSPITAL), authorized: true })
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
fn add_node_needs_the_node_keys_signature_for_this_chain_and_organization() {
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
		// Signed for another chain (a test network's genesis).
		let elsewhere = node_key(1).sign(&ownership_message(&[0x11; 32], &node(1), &HOSPITAL));
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), elsewhere),
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
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), proof(1, HOSPITAL)),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(1), proof(1, CLINIC)),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(1)),
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
		// The network's bound: genesis node + 3 + 2 = 6.
		add(CLINIC, 10);
		add(CLINIC, 11);
		assert_eq!(NodeCount::<Test>::get(), MAX_NODES);
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(12), proof(12, CLINIC)),
			Error::<Test>::TooManyNodes
		);
		assert_noop!(
			Peering::add_well_known_node(RuntimeOrigin::root(), node(12)),
			Error::<Test>::TooManyNodes
		);
	});
}

#[test]
fn a_suspended_organizations_nodes_are_not_authorized_until_it_is_reactivated() {
	run(|| {
		add(HOSPITAL, 1);
		add(CLINIC, 3);
		well_known(2);
		Registry::set_active(HOSPITAL, false);
		let mut expected = vec![node(GENESIS_NODE), node(2), node(3)];
		expected.sort();
		assert_eq!(Peering::policy().authorized, expected);
		assert_eq!(Peering::status(&node(1)).map(|s| s.authorized), Some(false));
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
		well_known(3);
		assert_noop!(Peering::remove_node(signed(HOSPITAL), node(2)), Error::<Test>::NotOwner);
		// A well-known node only governance removes.
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
		// Suspended, it still removes its own; it may add it back later.
		Registry::set_active(HOSPITAL, false);
		assert_ok!(Peering::remove_node(signed(HOSPITAL), node(1)));
		assert_eq!(
			peering_events().last(),
			Some(&Event::NodeRemoved { node: node(1), owner: Some(HOSPITAL), by: Remover::Owner })
		);
		assert!(Peering::nodes_of(&HOSPITAL).is_empty());
		assert!(Nodes::<Test>::get(node(1)).is_none());
		Registry::set_active(HOSPITAL, true);
		add(HOSPITAL, 1);
	});
}

#[test]
fn a_node_governance_removes_stays_out_until_governance_registers_it() {
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
		// The organization's old proof is public: replayed, it is refused; so is a fresh one,
		// and another organization's.
		assert_noop!(
			Peering::add_node(signed(HOSPITAL), node(1), proof(1, HOSPITAL)),
			Error::<Test>::NodeBarred
		);
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(1), proof(1, CLINIC)),
			Error::<Test>::NodeBarred
		);
		assert_noop!(
			Peering::remove_node(RuntimeOrigin::root(), node(1)),
			Error::<Test>::NodeNotFound
		);
		// Governance registers it itself: the bar goes.
		well_known(1);
		assert!(!Barred::<Test>::contains_key(node(1)));
		assert_eq!(Peering::status(&node(1)), Some(NodeStatus { owner: None, authorized: true }));
	});
}

#[test]
fn a_permissioned_network_keeps_a_well_known_node() {
	run(|| {
		add(HOSPITAL, 1);
		// Organizations' nodes do not count: the last well-known node stays.
		assert_noop!(
			Peering::remove_node(RuntimeOrigin::root(), node(GENESIS_NODE)),
			Error::<Test>::NoWellKnownNodes
		);
		well_known(2);
		assert_ok!(Peering::remove_node(signed(Council::get()), node(GENESIS_NODE)));
		assert_eq!(
			peering_events().last(),
			Some(&Event::NodeRemoved {
				node: node(GENESIS_NODE),
				owner: None,
				by: Remover::Governance
			})
		);
		// A well-known node removed is not barred (no organization's proof exists for it).
		assert!(!Barred::<Test>::contains_key(node(GENESIS_NODE)));
		// Open, the network may have none.
		assert_ok!(Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Open));
		assert_ok!(Peering::remove_node(RuntimeOrigin::root(), node(2)));
		assert_eq!(WellKnownCount::<Test>::get(), 0);
	});
}

#[test]
fn well_known_nodes_are_governances() {
	run(|| {
		assert_noop!(
			Peering::add_well_known_node(signed(HOSPITAL), node(1)),
			DispatchError::BadOrigin
		);
		well_known(1);
		assert_eq!(peering_events(), vec![Event::NodeAdded { node: node(1), owner: None }]);
		assert_eq!(Peering::status(&node(1)), Some(NodeStatus { owner: None, authorized: true }));
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
		// An organization's node is no well-known one.
		add(HOSPITAL, 1);
		assert_noop!(
			Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Permissioned),
			Error::<Test>::NoWellKnownNodes
		);
		well_known(2);
		assert_ok!(Peering::set_peering_mode(RuntimeOrigin::root(), PeeringMode::Permissioned));
		let mut expected = vec![node(1), node(2)];
		expected.sort();
		assert_eq!(Peering::policy().authorized, expected);
	});
}

#[test]
fn a_removed_organizations_nodes_go_with_it_and_well_known_ones_stay() {
	run(|| {
		add(HOSPITAL, 1);
		add(HOSPITAL, 2);
		add(CLINIC, 4);
		well_known(3);
		System::reset_events();
		let weight = <Peering as OnOrganizationRemoved<u64>>::on_organization_removed(&HOSPITAL);
		assert!(weight.all_lte(<Peering as OnOrganizationRemoved<u64>>::max_weight()));
		Registry::remove_organization(HOSPITAL);
		assert_eq!(peering_events().len(), 2);
		assert!(peering_events().iter().all(|e| matches!(
			e,
			Event::NodeRemoved { owner: Some(HOSPITAL), by: Remover::OwnerRemoved, .. }
		)));
		assert_eq!(NodeCount::<Test>::get(), 3);
		assert_eq!(WellKnownCount::<Test>::get(), 2);
		assert!(Peering::nodes_of(&HOSPITAL).is_empty());
		// The account registered anew inherits nothing, and may register the node again.
		Registry::add_organization(HOSPITAL, medchain_primitives::OrganizationKind::Hospital);
		assert!(Peering::nodes_of(&HOSPITAL).is_empty());
		add(HOSPITAL, 1);
	});
}

#[test]
fn a_key_that_signed_for_one_organization_cannot_be_moved_by_another() {
	// The attack the proof stops: CLINIC squats HOSPITAL's node id (peer ids are public)
	// and later drops it from the network by removing its own registration.
	run(|| {
		let forged = ed25519::Pair::from_seed(&[99; 32]).sign(b"anything");
		assert_noop!(
			Peering::add_node(signed(CLINIC), node(1), forged),
			Error::<Test>::BadOwnershipProof
		);
		add(HOSPITAL, 1);
		assert_noop!(Peering::remove_node(signed(CLINIC), node(1)), Error::<Test>::NotOwner);
	});
}
