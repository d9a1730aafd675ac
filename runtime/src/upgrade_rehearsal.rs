//! The upgrade rehearsal: the next runtime version, built only to rehearse an upgrade.
//!
//! The runtime's build script builds this runtime a second time with the `upgrade-rehearsal`
//! feature (and `try-runtime`), as a second wasm blob beside the real one
//! ([`crate::upgrade_rehearsal_wasm`]). The end-to-end `upgrade` tests upgrade a running
//! network to it through governance (`sudo`, and a council motion) and check its migration
//! with try-runtime against that network's state. It is never released: a real release has
//! its own changes, and takes this one's place in those tests when it is proposed.
//!
//! What it changes against the release built from the same source:
//! - `spec_version` one higher ([`crate::VERSION`]);
//! - the most free transactions per window that governance may set
//!   ([`crate::configs::MaxFreeCallsPerWindow`]) doubled, to 20,000: a quota refused before the
//!   upgrade is accepted after it, which shows the new code is live;
//! - one more migration, [`ReencodeCareData`]: every record, grant, request, session, patient,
//!   organization and practitioner is decoded and written back, as a migration that changes
//!   a stored type would. Its try-runtime checks are the ones such a migration needs: before,
//!   every value decodes; after, the five care pallets' state is byte-identical.
//!
//! The migration and its checks are compiled into every build (so that clippy and the native
//! tests see them); only the rehearsal lists it in its `Migrations`.

use crate::Runtime;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{
	storage::{unhashed, StoragePrefixedMap},
	traits::{OnRuntimeUpgrade, PalletInfoAccess},
	weights::Weight,
};

/// The pallets whose state the rehearsal's migration rewrites and checks.
fn care_pallets() -> [&'static str; 5] {
	[
		<pallet_providers::Pallet<Runtime> as PalletInfoAccess>::name(),
		<pallet_patients::Pallet<Runtime> as PalletInfoAccess>::name(),
		<pallet_records::Pallet<Runtime> as PalletInfoAccess>::name(),
		<pallet_consent::Pallet<Runtime> as PalletInfoAccess>::name(),
		<pallet_emergency::Pallet<Runtime> as PalletInfoAccess>::name(),
	]
}

/// One pallet's state at one moment: how many entries it holds and a hash of all of them, keys
/// and values.
#[derive(Clone, Debug, Decode, Encode, PartialEq, Eq)]
pub struct PalletState {
	/// The pallet's name.
	pub pallet: Vec<u8>,
	/// Its storage entries.
	pub entries: u32,
	/// BLAKE2-256 over every key and value, in key order.
	pub digest: [u8; 32],
}

/// The state of every care pallet ([`PalletState`] each).
pub fn snapshot() -> Vec<PalletState> {
	care_pallets()
		.iter()
		.map(|name| {
			let prefix = sp_io::hashing::twox_128(name.as_bytes());
			let mut entries = 0u32;
			let mut all = Vec::new();
			let mut key = prefix.to_vec();
			while let Some(next) =
				sp_io::storage::next_key(&key).filter(|next| next.starts_with(&prefix))
			{
				let value = unhashed::get_raw(&next).unwrap_or_default();
				(next.clone(), value).encode_to(&mut all);
				entries = entries.saturating_add(1);
				key = next;
			}
			PalletState {
				pallet: name.as_bytes().to_vec(),
				entries,
				digest: sp_io::hashing::blake2_256(&all),
			}
		})
		.collect()
}

/// What one pass of [`rewrite`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rewritten {
	/// Values decoded and written back.
	pub rewritten: u64,
	/// Values that did not decode as their type (left as they were).
	pub undecodable: u64,
}

/// Decodes every value of the map `M` and writes it back (or, with `write` false, only counts).
fn pass<M, V>(write: bool, tally: &mut Rewritten)
where
	M: StoragePrefixedMap<V>,
	V: codec::FullCodec,
{
	let prefix = M::final_prefix();
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key).filter(|next| next.starts_with(&prefix)) {
		match unhashed::get::<V>(&next) {
			Some(value) => {
				if write {
					unhashed::put(&next, &value);
				}
				tally.rewritten = tally.rewritten.saturating_add(1);
			},
			None => tally.undecodable = tally.undecodable.saturating_add(1),
		}
		key = next;
	}
}

/// Every record, grant, request, session, patient, organization and practitioner, decoded
/// and (with `write`) written back.
pub fn rewrite(write: bool) -> Rewritten {
	let mut tally = Rewritten::default();
	pass::<pallet_records::Records<Runtime>, _>(write, &mut tally);
	pass::<pallet_consent::Grants<Runtime>, _>(write, &mut tally);
	pass::<pallet_consent::Requests<Runtime>, _>(write, &mut tally);
	pass::<pallet_emergency::Sessions<Runtime>, _>(write, &mut tally);
	pass::<pallet_patients::Patients<Runtime>, _>(write, &mut tally);
	pass::<pallet_providers::Organizations<Runtime>, _>(write, &mut tally);
	pass::<pallet_providers::Practitioners<Runtime>, _>(write, &mut tally);
	tally
}

/// The rehearsal's migration: [`rewrite`]s the care data in place.
///
/// Its weight is one read and one write per entry, all in the upgrade's first block: fine for
/// a test network's few hundred entries. A real migration of these maps on a populated chain
/// would be a multi-block migration.
pub struct ReencodeCareData;

impl OnRuntimeUpgrade for ReencodeCareData {
	fn on_runtime_upgrade() -> Weight {
		let tally = rewrite(true);
		let touched = tally.rewritten.saturating_add(tally.undecodable);
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(touched, tally.rewritten)
	}

	/// Every value decodes; the state of the care pallets, for [`Self::post_upgrade`].
	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		let tally = rewrite(false);
		if tally.undecodable > 0 {
			log::error!(
				target: "runtime::upgrade-rehearsal",
				"{} of {} care values do not decode",
				tally.undecodable,
				tally.rewritten.saturating_add(tally.undecodable),
			);
			return Err("care data that does not decode would be lost".into());
		}
		Ok(snapshot().encode())
	}

	/// The care pallets' state is byte-identical to what it was before.
	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let before = Vec::<PalletState>::decode(&mut &state[..])
			.map_err(|_| "undecodable pre_upgrade state")?;
		let after = snapshot();
		for (was, is) in before.iter().zip(after.iter()) {
			if was != is {
				log::error!(
					target: "runtime::upgrade-rehearsal",
					"{}: {} entries before, {} after, or different contents",
					alloc::string::String::from_utf8_lossy(&was.pallet),
					was.entries,
					is.entries,
				);
				return Err("the re-encoding changed care data".into());
			}
		}
		frame_support::ensure!(before.len() == after.len(), "a care pallet's state is missing");
		Ok(())
	}
}
