//! Benchmarks of the peering pallet (FRAME v2), each call in its worst case: the
//! organization's node list one short of full (the push and the scan of its longest list),
//! the signature checked, the registry consulted.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::crypto::KeyTypeId;

/// The keystore key type the benchmarks' node keys are generated under.
const NODE_KEY: KeyTypeId = KeyTypeId(*b"node");

fn governance<T: Config>() -> T::RuntimeOrigin {
	T::GovernanceOrigin::try_successful_origin().expect("governance has an origin; qed")
}

/// A node id that no benchmark key has (distinct for each `i`).
fn fake_node(i: u32) -> NodeId {
	let mut id = [7u8; 32];
	id[..4].copy_from_slice(&i.to_le_bytes());
	NodeId(id)
}

/// Gives `owner` `n` nodes.
fn fill<T: Config>(owner: &T::AccountId, n: u32) {
	for i in 0..n {
		Pallet::<T>::insert_node(&fake_node(i), Some(owner.clone()))
			.expect("within the bounds; qed");
	}
}

/// A fresh node key in the keystore and its proof for `owner`.
fn signed_node<T: Config>(owner: &T::AccountId) -> (NodeId, ed25519::Signature) {
	let public = sp_io::crypto::ed25519_generate(NODE_KEY, Some(b"//medchain-bench-node".to_vec()));
	let node = NodeId(public.0);
	let message = ownership_message(&Pallet::<T>::genesis_hash(), &node, owner);
	let proof = sp_io::crypto::ed25519_sign(NODE_KEY, &public, &message)
		.expect("the key was just generated; qed");
	(node, proof)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Worst case: the organization's list one short of full; the signature checked.
	#[benchmark]
	fn add_node() {
		let owner = T::BenchmarkHelper::organization(0);
		fill::<T>(&owner, T::MaxNodesPerOrganization::get().saturating_sub(1));
		let (node, proof) = signed_node::<T>(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), node, proof);

		assert_eq!(Nodes::<T>::get(node).and_then(|n| n.owner), Some(owner));
	}

	/// Worst case: governance removes the last node of an organization's full list (found
	/// after a scan of all of them) and bars it (the owner's path writes no bar).
	#[benchmark]
	fn remove_node() {
		let owner = T::BenchmarkHelper::organization(0);
		fill::<T>(&owner, T::MaxNodesPerOrganization::get().saturating_sub(1));
		let (node, proof) = signed_node::<T>(&owner);
		Pallet::<T>::add_node(RawOrigin::Signed(owner.clone()).into(), node, proof)
			.expect("an active organization's own node; qed");
		Mode::<T>::put(PeeringMode::Permissioned);
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node);

		assert!(!Nodes::<T>::contains_key(node));
		assert!(Barred::<T>::contains_key(node));
	}

	/// Worst case: a barred node (the bar lifted).
	#[benchmark]
	fn add_well_known_node() {
		let node = fake_node(u32::MAX);
		Barred::<T>::insert(node, ());
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node);

		assert!(Nodes::<T>::get(node).is_some_and(|n| n.owner.is_none()));
		assert!(!Barred::<T>::contains_key(node));
	}

	/// Worst case: to `Permissioned` (the node count read).
	#[benchmark]
	fn set_peering_mode() {
		Mode::<T>::put(PeeringMode::Open);
		Pallet::<T>::insert_node(&fake_node(0), None).expect("within the bounds; qed");
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, PeeringMode::Permissioned);

		assert_eq!(Mode::<T>::get(), PeeringMode::Permissioned);
	}

	/// The registry's removal of an organization that answers for `n` nodes.
	#[benchmark]
	fn remove_organization_nodes(n: Linear<0, { T::MaxNodesPerOrganization::get() }>) {
		let owner = T::BenchmarkHelper::organization(0);
		fill::<T>(&owner, n);
		let before = NodeCount::<T>::get();

		#[block]
		{
			<Pallet<T> as OnOrganizationRemoved<T::AccountId>>::on_organization_removed(&owner);
		}

		assert!(Pallet::<T>::nodes_of(&owner).is_empty());
		assert_eq!(NodeCount::<T>::get(), before.saturating_sub(n));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
