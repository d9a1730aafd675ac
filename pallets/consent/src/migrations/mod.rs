//! Storage migrations of the consent pallet.
//!
//! The pallet is at [`STORAGE_VERSION`](crate::STORAGE_VERSION) 0, the layout at launch: its
//! layout has not changed, so this module holds no migration. A new storage item that starts
//! empty needs none, nor does an [`AuditEvent`](medchain_primitives::AuditEvent) variant added
//! at the end; one inserted before others changes the encoding of [`AuditLog`](crate::AuditLog).
//!
//! The recipe, for version `N`; every change of a stored type's encoding, of a key or hasher,
//! or a storage item renamed or removed, is one version step and ships with its migration in
//! the same change:
//!
//! 1. Bump [`STORAGE_VERSION`](crate::STORAGE_VERSION) to `N` and add a line for `N` to its
//!    docs.
//! 2. Add `migrations/vN.rs` (declared here as `pub mod vN;`) with a
//!    `pub struct InnerMigrateVNMinus1ToVN<T>` implementing
//!    [`UncheckedOnRuntimeUpgrade`](frame_support::traits::UncheckedOnRuntimeUpgrade): it
//!    translates the stored values and returns the weight of what it read and wrote; it does
//!    not check or set the version. Under `#[cfg(feature = "try-runtime")]`, `pre_upgrade`
//!    records the counts of the items it migrates and `post_upgrade` checks that every one of
//!    them decodes in the new layout and that none was lost, then runs the pallet's invariants
//!    (`Pallet::do_try_state`). The old types it reads live in a `mod vNMinus1` inside that
//!    file, not in `types.rs`.
//! 3. Expose it wrapped in
//!    [`VersionedMigration`](frame_support::migrations::VersionedMigration), which runs the
//!    inner migration only when the on-chain version is `N - 1` and then sets it to `N`:
//!    `pub type MigrateVNMinus1ToVN<T> = frame_support::migrations::VersionedMigration<N - 1,
//!    N, InnerMigrateVNMinus1ToVN<T>, crate::Pallet<T>, <T as frame_system::Config>::DbWeight>;`
//! 4. List `pallet_consent::migrations::vN::MigrateVNMinus1ToVN<Runtime>` in the runtime's
//!    `Migrations` tuple (`runtime/src/lib.rs`) and bump `spec_version` in the runtime's
//!    `VERSION`. Once every chain has run it, the entry leaves the tuple; the file stays, as
//!    history.
//! 5. Test it: a unit test writes the old layout (through the `mod vNMinus1` types), runs the
//!    migration and checks the new values, the version and the weight; run the runtime
//!    through `try-runtime` against a snapshot of the live chain.
//!
//! [`Grants`](crate::Grants), [`Requests`](crate::Requests) and [`AuditLog`](crate::AuditLog)
//! keep every grant, request and audit entry ever made: a migration that rewrites each of their
//! items in one block fits only while the chain is small. Past that, the work must be split
//! over blocks: a multi-block migration (`frame_support::migrations::SteppedMigration`, run by
//! `pallet-migrations`, which the runtime would first have to include).
//!
//! For example, a version 1 that adds a field to [`Grant`](crate::Grant):
//!
//! ```ignore
//! // migrations/v1.rs
//! use crate::{Config, Pallet, Grants};
//! use frame_support::{
//!     migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
//! };
//!
//! /// The layout of version 0, read by the migration only.
//! mod v0 {
//!     /// A grant as stored in version 0.
//!     #[derive(Encode, Decode)]
//!     pub struct Grant<AccountId, BlockNumber> { /* … */ }
//! }
//!
//! /// Version 0 to 1: every grant gains `new_field`.
//! pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);
//!
//! impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
//!     fn on_runtime_upgrade() -> Weight {
//!         let mut translated = 0u64;
//!         Grants::<T>::translate::<v0::Grant<_, _>, _>(|_, old| {
//!             translated.saturating_inc();
//!             Some(crate::Grant {
//!                 patient: old.patient,
//!                 // … every other field of `old` …
//!                 new_field: Default::default(),
//!             })
//!         });
//!         T::DbWeight::get().reads_writes(translated, translated)
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
//!         // Only the keys: the values do not decode in the new layout before the upgrade.
//!         Ok((Grants::<T>::iter_keys().count() as u64).encode())
//!     }
//!
//!     #[cfg(feature = "try-runtime")]
//!     fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
//!         let before = u64::decode(&mut &state[..]).map_err(|_| "the pre-upgrade count")?;
//!         // Every value decodes in the new layout, and none was dropped.
//!         ensure!(Grants::<T>::iter().count() as u64 == before, "grants were lost");
//!         Pallet::<T>::do_try_state()
//!     }
//! }
//!
//! /// [`InnerMigrateV0ToV1`], run once: from storage version 0 to 1.
//! pub type MigrateV0ToV1<T> = VersionedMigration<
//!     0,
//!     1,
//!     InnerMigrateV0ToV1<T>,
//!     Pallet<T>,
//!     <T as frame_system::Config>::DbWeight,
//! >;
//!
//! // runtime/src/lib.rs
//! type Migrations = (pallet_consent::migrations::v1::MigrateV0ToV1<Runtime>,);
//! ```
