//! The peering pallet's invariants, checked by `try_state` and after every unit test.

use crate::{Config, Mode, NodeCount, Nodes, NodesOf, Pallet, WellKnownCount};
use frame_support::{ensure, traits::Get};
use medchain_primitives::{PeeringMode, ProviderRegistry};

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - [`NodeCount`] and [`WellKnownCount`] are the numbers of nodes and of well-known
	///   ones, within [`Config::MaxNodes`];
	/// - a permissioned network has at least one well-known node;
	/// - every organization's node is in its owner's [`NodesOf`] index, and its owner is a
	///   registered organization;
	/// - every [`NodesOf`] entry is a node of that owner, listed once, and no list is empty.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let (mut count, mut well_known, mut owned) = (0u32, 0u32, 0usize);
		for (node, entry) in Nodes::<T>::iter() {
			count = count.saturating_add(1);
			match &entry.owner {
				None => well_known = well_known.saturating_add(1),
				Some(owner) => {
					owned = owned.saturating_add(1);
					ensure!(
						NodesOf::<T>::get(owner).contains(&node),
						"an organization's node is missing from its index"
					);
					ensure!(
						T::Providers::organization(owner).is_some(),
						"a node's owner is not a registered organization"
					);
				},
			}
		}
		ensure!(count == NodeCount::<T>::get(), "the node count is wrong");
		ensure!(well_known == WellKnownCount::<T>::get(), "the well-known count is wrong");
		ensure!(count <= T::MaxNodes::get(), "more nodes than MaxNodes");
		ensure!(
			Mode::<T>::get() == PeeringMode::Open || well_known > 0,
			"a permissioned network without well-known nodes"
		);
		let mut indexed = 0usize;
		for (owner, nodes) in NodesOf::<T>::iter() {
			ensure!(!nodes.is_empty(), "an empty node index is stored");
			for (i, node) in nodes.iter().enumerate() {
				ensure!(!nodes[..i].contains(node), "a node is listed twice in an index");
				ensure!(
					Nodes::<T>::get(node).is_some_and(|e| e.owner.as_ref() == Some(&owner)),
					"an index entry is not a node of that owner"
				);
			}
			indexed = indexed.saturating_add(nodes.len());
		}
		ensure!(indexed == owned, "the index and the organizations' nodes differ");
		Ok(())
	}
}
