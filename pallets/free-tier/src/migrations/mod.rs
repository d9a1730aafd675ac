//! Storage migrations of the free-tier pallet.
//!
//! - [`v1`]: usage entries count bytes of state beside transactions (the state quota).
//!
//! # Recipe
//!
//! Any change to how [`CurrentQuota`](crate::CurrentQuota) or [`Usage`](crate::Usage) are
//! keyed or encoded (a field added to [`Quota`](crate::Quota) or
//! [`UsageWindow`](crate::UsageWindow), a hasher changed, an item renamed) is a layout change
//! to version `N`:
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
//! For example, a v1 that added a field to `UsageWindow`:
//!
//! ```ignore
//! // pallets/free-tier/src/migrations/v1.rs
//! use crate::{Config, Pallet, Usage};
//! use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
//!
//! mod v0 {
//!     /// `UsageWindow` as stored at version 0.
//!     #[derive(codec::Decode)]
//!     pub struct UsageWindow<BlockNumber> {
//!         pub start: BlockNumber,
//!         pub used: u32,
//!     }
//! }
//!
//! /// Rewrites every account's usage in the v1 layout.
//! pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);
//!
//! impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
//!     fn on_runtime_upgrade() -> Weight {
//!         let mut entries = 0u64;
//!         Usage::<T>::translate::<v0::UsageWindow<_>, _>(|_, old| {
//!             entries.saturating_inc();
//!             Some(old.into())
//!         });
//!         T::DbWeight::get().reads_writes(entries, entries)
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
//!         // Keys only: the old values do not decode as the new type.
//!         Ok((Usage::<T>::iter_keys().count() as u64).encode())
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
//!         let before = u64::decode(&mut &state[..]).map_err(|_| "undecodable pre_upgrade state")?;
//!         ensure!(Usage::<T>::iter().count() as u64 == before, "usage entries were lost");
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
//! type Migrations = (pallet_free_tier::migrations::v1::MigrateV0ToV1<Runtime>,);
//! ```
//!
//! Usage entries only live for one window, so a change to `UsageWindow` may also simply clear
//! [`Usage`](crate::Usage) (every account starts a fresh window); the version bump and the
//! `VersionedMigration` wrapper are the same.

pub mod v1;
