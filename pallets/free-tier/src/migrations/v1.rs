//! Version 1: each budget's usage counts bytes of state too ([`Spent`]), beside its
//! transactions. Every [`Usage`] and [`SharedUsage`] entry keeps its transaction window and
//! count, and starts a state window at that same block with nothing written.

use crate::{Config, Pallet, SharedUsage, Spent, Usage, UsageWindow};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Saturating;

/// The layout at version 0.
pub mod v0 {
	use codec::{Decode, Encode};

	/// A budget's usage as stored at version 0: its transactions only.
	#[derive(Decode, Encode)]
	pub struct UsageWindow<BlockNumber> {
		/// The block in which the window started.
		pub start: BlockNumber,
		/// Free transactions used in it.
		pub used: u32,
	}
}

fn upgrade<B: Copy>(old: v0::UsageWindow<B>) -> Spent<B> {
	Spent {
		calls: UsageWindow { start: old.start, used: old.used },
		bytes: UsageWindow { start: old.start, used: 0 },
	}
}

/// Rewrites every usage entry, accounts' and organizations', in the v1 layout. Usage entries
/// only exist for budgets used in the current window (the others are deleted in idle time), so
/// there are at most as many as actors active in the last window.
pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut entries = 0u64;
		Usage::<T>::translate::<v0::UsageWindow<BlockNumberFor<T>>, _>(|_, old| {
			entries.saturating_inc();
			Some(upgrade(old))
		});
		SharedUsage::<T>::translate::<v0::UsageWindow<BlockNumberFor<T>>, _>(|_, old| {
			entries.saturating_inc();
			Some(upgrade(old))
		});
		T::DbWeight::get().reads_writes(entries, entries)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		// Keys only: the old values do not decode as the new type.
		let entries = Usage::<T>::iter_keys().count() + SharedUsage::<T>::iter_keys().count();
		Ok((entries as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before = u64::decode(&mut &state[..]).map_err(|_| "undecodable pre_upgrade state")?;
		let after = Usage::<T>::iter().count() + SharedUsage::<T>::iter().count();
		ensure!(after as u64 == before, "usage entries were lost");
		Pallet::<T>::do_try_state()
	}
}

/// [`InnerMigrateV0ToV1`], run only at on-chain version 0; then sets version 1.
pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
	0,
	1,
	InnerMigrateV0ToV1<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::{storage::unhashed, traits::OnRuntimeUpgrade, StorageHasher};

	#[test]
	fn every_entry_keeps_its_transactions_and_starts_with_no_bytes() {
		ExtBuilder.build().execute_with(|| {
			StorageVersion::new(0).put::<Pallet<Test>>();
			let write = |key: Vec<u8>, start: u64, used: u32| {
				unhashed::put(&key, &v0::UsageWindow { start, used });
			};
			let key = |prefix: [u8; 32], who: u64| {
				[&prefix[..], &frame_support::Blake2_128Concat::hash(&who.encode())].concat()
			};
			use frame_support::storage::StoragePrefixedMap;
			write(key(Usage::<Test>::final_prefix(), 7), 3, 2);
			write(key(SharedUsage::<Test>::final_prefix(), 8), 4, 5);

			MigrateV0ToV1::<Test>::on_runtime_upgrade();

			assert_eq!(
				Usage::<Test>::get(7),
				Some(Spent {
					calls: UsageWindow { start: 3, used: 2 },
					bytes: UsageWindow { start: 3, used: 0 }
				})
			);
			assert_eq!(
				SharedUsage::<Test>::get(8).map(|s| (s.calls.used, s.bytes.used)),
				Some((5, 0))
			);
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
			// Run again, it changes nothing.
			Usage::<Test>::insert(7, Spent::default());
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Usage::<Test>::get(7), Some(Spent::default()));
		});
	}
}
