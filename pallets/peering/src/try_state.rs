//! The peering pallet's invariants, checked by `try_state` and after every unit test.

use crate::{Config, NodeCount, Nodes, NodesOf, Pallet};
use frame_support::{ensure, traits::Get};
use medchain_primitives::ProviderRegistry;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - [`NodeCount`] is the number of nodes and within [`Config::MaxNodes`];
	/// - every owned node is in its owner's [`NodesOf`] index, and its owner is a registered
	///   organization;
	/// - every [`NodesOf`] entry is a node of that owner, listed once, and no list is empty.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut count = 0u32;
		let mut owned = 0usize;
		for (node, entry) in Nodes::<T>::iter() {
			count = count.saturating_add(1);
			if let Some(owner) = &entry.owner {
				owned = owned.saturating_add(1);
				ensure!(
					NodesOf::<T>::get(owner).contains(&node),
					"an owned node is missing from its owner's index"
				);
				ensure!(
					T::Providers::organization(owner).is_some(),
					"a node's owner is not a registered organization"
				);
			}
		}
		ensure!(count == NodeCount::<T>::get(), "the node count is wrong");
		ensure!(count <= T::MaxNodes::get(), "more nodes than MaxNodes");
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
		ensure!(indexed == owned, "the index and the owned nodes differ");
		Ok(())
	}
}
