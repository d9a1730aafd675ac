//! Storage migrations of the validator-set pallet.
//!
//! There are none yet: the on-chain layout is still the one at launch,
//! [`STORAGE_VERSION`](crate::STORAGE_VERSION) 0. This module is where the first one goes.
//!
//! # Recipe
//!
//! Any change to how [`Validators`](crate::Validators),
//! [`MinimumValidators`](crate::MinimumValidators), [`SetChanged`](crate::SetChanged),
//! [`SessionLength`](crate::SessionLength) or
//! [`CurrentSessionStart`](crate::CurrentSessionStart) are encoded (a validator entry that
//! carries more than the account, a value renamed or split) is a layout change to version `N`:
//!
//! 1. Bump [`STORAGE_VERSION`](crate::STORAGE_VERSION) to `N` and add a line for `N` to its
//!    doc comment.
//! 2. Add `migrations/vN.rs` (declared here as `pub mod vN;`) with the old types, a
//!    `pub struct InnerMigrateVNMinus1ToVN<T>` implementing
//!    [`UncheckedOnRuntimeUpgrade`](frame_support::traits::UncheckedOnRuntimeUpgrade) that
//!    rewrites the entries and returns the weight it used, and, under
//!    `#[cfg(feature = "try-runtime")]`, `pre_upgrade` / `post_upgrade` checking that no
//!    entry was lost (count the keys before, decode every entry after) and that
//!    `Pallet::do_try_state` still holds.
//! 3. Expose it as `pub type MigrateVNMinus1ToVN<T>`, the inner migration wrapped in
//!    [`VersionedMigration`](frame_support::migrations::VersionedMigration)`<N - 1, N, ..>`
//!    with `crate::Pallet<T>` and `<T as frame_system::Config>::DbWeight`: it runs only when
//!    the on-chain version is `N - 1`, then writes `N` (run again, it does nothing).
//! 4. List it in the runtime's `Migrations` tuple (`runtime/src/lib.rs`) and bump the
//!    runtime's `spec_version`.
//! 5. Test it: a unit test that writes the old layout, runs the migration and reads the new
//!    one; and a `try-runtime` run against a copy of the live chain's state.
//!
//! For example, a v1 that stored each validator with the block it was added in:
//!
//! ```ignore
//! // pallets/validator-set/src/migrations/v1.rs
//! use crate::{Config, Pallet, Validators};
//! use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
//!
//! mod v0 {
//!     use super::*;
//!
//!     /// `Validators` as stored at version 0: accounts only.
//!     #[frame_support::storage_alias]
//!     pub type Validators<T: Config> = StorageValue<
//!         crate::Pallet<T>,
//!         BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>,
//!         ValueQuery,
//!     >;
//! }
//!
//! /// Rewrites the validator set in the v1 layout, in the same order.
//! pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);
//!
//! impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
//!     fn on_runtime_upgrade() -> Weight {
//!         let now = frame_system::Pallet::<T>::block_number();
//!         let old = v0::Validators::<T>::take();
//!         let new = old.into_iter().map(|v| (v, now)).collect::<Vec<_>>();
//!         Validators::<T>::put(BoundedVec::truncate_from(new));
//!         T::DbWeight::get().reads_writes(1, 1)
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
//!         Ok(v0::Validators::<T>::get().into_inner().encode())
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
//!         let before = Vec::<T::AccountId>::decode(&mut &state[..])
//!             .map_err(|_| "undecodable pre_upgrade state")?;
//!         let after: Vec<_> = Validators::<T>::get().into_iter().map(|(v, _)| v).collect();
//!         ensure!(after == before, "the validator set changed");
//!         Pallet::<T>::do_try_state()
//!     }
//! }
//!
//! /// [`InnerMigrateV0ToV1`], run only at on-chain version 0; then sets version 1.
//! pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
//!     0,
//!     1,
//!     InnerMigrateV0ToV1<T>,
//!     crate::Pallet<T>,
//!     <T as frame_system::Config>::DbWeight,
//! >;
//!
//! // runtime/src/lib.rs (and `spec_version` bumped in `VERSION`)
//! type Migrations = (pallet_validator_set::migrations::v1::MigrateV0ToV1<Runtime>,);
//! ```
//!
//! The set handed to `pallet-session` must not change in the migration: compare the accounts,
//! in order, before and after (as above).
