//! The storage layout of MedChain's pallets, pinned: the largest encoding of every stored key
//! and value (`MaxEncodedLen`), the largest stored entry (hashed key and value, as benchmarks
//! count it), and the storage version of every pallet.
//!
//! Data already on chain was written with today's types. A stored type whose encoding changes
//! (a field added, removed, reordered or resized, a bound changed, a key or hasher changed) is
//! read wrongly, or not at all, from the old data. So when a number here changes, the pallet
//! needs a storage version bump and a migration (the pallet's `migrations` module describes the
//! recipe), listed in the runtime's `Migrations` with a `spec_version` bump; then the number
//! is updated here, in the same change.

mod common;

use codec::MaxEncodedLen;
use common::*;
use frame_support::{
	storage::types::{KeyGenerator, StorageDoubleMap, StorageMap, StorageNMap, StorageValue},
	traits::{GetStorageVersion, StorageInfoTrait, StorageVersion},
};
use medchain_runtime::{
	Consent, Emergency, FreeTier, Patients, Peering, Providers, Records, Runtime, Upgrades,
	ValidatorSet,
};

/// What every failure here says.
const CHANGED: &str = "the storage layout changed: this needs a storage version bump and a \
	migration (see the pallet's `migrations` module and the runtime's `Migrations`), then \
	update the pinned number";

/// The key and value types of a storage item, read from its declaration (so that the pinned
/// numbers follow what is really stored, not a type alias that might drift from it).
trait StoredTypes {
	/// Every key of the item, unhashed, in order (`()` for a plain value).
	type Key: MaxEncodedLen;
	/// The stored value.
	type Value: MaxEncodedLen;
}

impl<P, V: MaxEncodedLen, Q, O> StoredTypes for StorageValue<P, V, Q, O> {
	type Key = ();
	type Value = V;
}

impl<P, H, K: MaxEncodedLen, V: MaxEncodedLen, Q, O, M> StoredTypes
	for StorageMap<P, H, K, V, Q, O, M>
{
	type Key = K;
	type Value = V;
}

impl<P, H1, K1: MaxEncodedLen, H2, K2: MaxEncodedLen, V: MaxEncodedLen, Q, O, M> StoredTypes
	for StorageDoubleMap<P, H1, K1, H2, K2, V, Q, O, M>
{
	type Key = (K1, K2);
	type Value = V;
}

impl<P, K: KeyGenerator, V: MaxEncodedLen, Q, O, M> StoredTypes for StorageNMap<P, K, V, Q, O, M>
where
	K::Key: MaxEncodedLen,
{
	type Key = K::Key;
	type Value = V;
}

/// `(key, value)`: the largest encodings of item `S`'s keys and value.
fn encoded_lens<S: StoredTypes>() -> (usize, usize) {
	(S::Key::max_encoded_len(), S::Value::max_encoded_len())
}

/// Checks each listed storage item of `$pallet` against `(key, value, entry)`: the largest
/// encoded keys (before hashing), the largest encoded value, and the largest stored entry
/// (hashed keys and value, from the pallet's `storage_info`); and that every storage item of the
/// pallet is listed. Reports every changed item at once.
macro_rules! assert_layout {
	($pallet:ident { $($item:ident: ($key:literal, $value:literal, $entry:literal)),+ $(,)? }) => {{
		let info = <$pallet::Pallet<Runtime> as StorageInfoTrait>::storage_info();
		let mut listed: Vec<String> = Vec::new();
		let mut changed: Vec<String> = Vec::new();
		$(
			let name = stringify!($item);
			listed.push(name.to_string());
			let (key, value) = encoded_lens::<$pallet::$item<Runtime>>();
			let entry =
				info.iter().find(|i| i.storage_name == name.as_bytes()).and_then(|i| i.max_size);
			if (key, value, entry) != ($key, $value, Some($entry)) {
				changed.push(format!(
					"{name}: (key, value, entry) = ({key}, {value}, {entry:?}), pinned \
					 ({}, {}, {})",
					$key, $value, $entry,
				));
			}
		)+
		assert!(changed.is_empty(), "{}: {CHANGED}:\n{}", stringify!($pallet), changed.join("\n"));
		let mut stored: Vec<String> =
			info.iter().map(|i| String::from_utf8_lossy(&i.storage_name).into_owned()).collect();
		stored.sort();
		listed.sort();
		assert_eq!(
			stored,
			listed,
			"{}: every storage item is pinned here (a new item needs its numbers too)",
			stringify!($pallet),
		);
	}};
}

#[test]
fn consent_storage_layout_is_pinned() {
	assert_layout!(pallet_consent {
		NextGrantId: (0, 8, 8),
		Grants: (8, 1300, 1316),
		GrantsOf: (36, 8, 68),
		GrantCount: (32, 4, 52),
		ActiveGrants: (64, 65, 161),
		ActiveGrantCount: (32, 4, 52),
		NextRequestId: (0, 8, 8),
		Requests: (8, 1222, 1238),
		RequestsOf: (36, 8, 68),
		RequestsPruned: (32, 4, 52),
		RequestCount: (32, 4, 52),
		PendingRequests: (32, 257, 305),
		AuditLog: (36, 53, 113),
		AuditLength: (32, 4, 52),
	});
}

#[test]
fn records_storage_layout_is_pinned() {
	assert_layout!(pallet_records {
		NextRecordId: (0, 8, 8),
		Records: (8, 378, 394),
		RecordByHash: (32, 8, 56),
		PatientRecordCount: (32, 4, 52),
		PatientRecords: (36, 8, 68),
		LatestVersion: (8, 8, 24),
		Versions: (12, 8, 36),
		PatientEnvelopes: (40, 514, 578),
		Envelopes: (40, 514, 578),
		SharedWith: (72, 0, 112),
		StaffShares: (96, 0, 144),
		PendingErasure: (32, 4, 52),
		PendingPrune: (65, 41, 122),
		PendingStaffPrune: (65, 33, 114),
		NextArchiveId: (0, 8, 8),
		Archives: (8, 92, 108),
		ArchiveByRoot: (32, 8, 56),
		ArchivedRecords: (8, 16, 32),
	});
}

#[test]
fn emergency_storage_layout_is_pinned() {
	assert_layout!(pallet_emergency {
		Authorities: (0, 1025, 1025),
		NextSessionId: (0, 8, 8),
		Sessions: (8, 938, 954),
		PatientSessions: (36, 8, 68),
		PatientSessionCount: (32, 4, 52),
		OpenSessions: (64, 8, 104),
		Unreviewed: (32, 25, 73),
		Barred: (32, 8, 56),
		EmergencyKeys: (32, 17555, 17603),
		EmergencyEnvelopes: (40, 518, 582),
		PendingErasure: (32, 0, 48),
		ReleasedShares: (40, 514, 578),
	});
}

#[test]
fn patients_storage_layout_is_pinned() {
	assert_layout!(pallet_patients {
		Patients: (32, 392, 440),
		PseudonymOf: (32, 32, 80),
		Wards: (64, 0, 96),
		Limits: (0, 12, 12),
		Registrations: (32, 8, 56),
		Erased: (32, 4, 52),
	});
}

#[test]
fn peering_storage_layout_is_pinned() {
	assert_layout!(pallet_peering {
		Mode: (0, 1, 1),
		Nodes: (32, 37, 85),
		NodeCount: (0, 4, 4),
		WellKnownCount: (0, 4, 4),
		NodesOf: (32, 513, 561),
		Barred: (32, 0, 48),
	});
}

#[test]
fn providers_storage_layout_is_pinned() {
	assert_layout!(pallet_providers {
		Organizations: (32, 74, 122),
		Practitioners: (32, 102, 150),
		Staff: (64, 0, 96),
	});
}

#[test]
fn free_tier_storage_layout_is_pinned() {
	assert_layout!(pallet_free_tier {
		CurrentQuota: (0, 8, 8),
		Usage: (32, 16, 64),
		SharedQuota: (0, 8, 8),
		SharedUsage: (32, 16, 64),
		CurrentStateQuota: (0, 16, 16),
		SweepCursor: (0, 130, 130),
		FreeConsumption: (0, 20, 20),
	});
}

#[test]
fn validator_set_storage_layout_is_pinned() {
	assert_layout!(pallet_validator_set {
		Validators: (0, 3202, 3202),
		MinimumValidators: (0, 4, 4),
		SetChanged: (0, 1, 1),
		Planned: (0, 3202, 3202),
		SessionLength: (0, 4, 4),
		CurrentSessionStart: (0, 4, 4),
		CurrentSession: (0, 4, 4),
		Reported: (32, 4, 52),
		AuthoredBlocks: (36, 4, 64),
	});
}

/// Checks that the on-chain storage version of each listed pallet equals its in-code version,
/// and that the in-code version is the pinned one.
macro_rules! assert_storage_versions {
	($($pallet:ident: $version:literal),+ $(,)?) => {
		$(
			assert_eq!(
				StorageVersion::get::<$pallet>(),
				<$pallet as GetStorageVersion>::in_code_storage_version(),
				"{}: the on-chain storage version differs from the in-code one",
				stringify!($pallet),
			);
			assert_eq!(
				<$pallet as GetStorageVersion>::in_code_storage_version(),
				StorageVersion::new($version),
				"{}: a new storage version comes with its migration in the runtime's \
				 `Migrations` and a `spec_version` bump; then update the version pinned here",
				stringify!($pallet),
			);
		)+
	};
}

#[test]
fn at_genesis_every_pallet_has_its_in_code_storage_version() {
	for preset in ["development", "local_testnet"] {
		new_test_ext(preset).execute_with(|| {
			assert_storage_versions!(
				Consent: 0,
				Records: 0,
				Emergency: 0,
				Patients: 0,
				Providers: 0,
				FreeTier: 1,
				ValidatorSet: 0,
				Upgrades: 0,
				Peering: 0,
			);
		});
	}
}

/// What `try-runtime on-runtime-upgrade` checks, run on a fresh genesis: the `Migrations`
/// tuple and every pallet's upgrade hooks with their pre- and post-upgrade checks (among them,
/// that each pallet's on-chain storage version equals its in-code one), the whole state
/// decoding with today's types, and every pallet's `try_state` invariants.
#[cfg(feature = "try-runtime")]
#[test]
fn runtime_upgrade_passes_try_runtime_checks_at_genesis() {
	use frame_support::traits::UpgradeCheckSelect;
	new_test_ext("local_testnet").execute_with(|| {
		let result = medchain_runtime::Executive::try_runtime_upgrade(UpgradeCheckSelect::All);
		assert!(result.is_ok(), "try-runtime's upgrade checks fail: {result:?}");
	});
}
