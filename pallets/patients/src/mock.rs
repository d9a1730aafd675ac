//! Test runtime for the patients pallet.

use crate as pallet_patients;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, weights::Weight};
use medchain_primitives::{
	EmergencyPolicy, EncryptionKey, OnPatientErased, OrganizationInfo, PatientId, PractitionerInfo,
	PractitionerRole, ProviderRegistry,
};
use sp_core::H256;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage, DispatchResult,
};
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system::Pallet<Test>;

	#[runtime::pallet_index(1)]
	pub type Patients = pallet_patients::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static PRACTITIONERS: RefCell<BTreeMap<u64, PractitionerInfo<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static ERASED: RefCell<Vec<PatientId>> = const { RefCell::new(Vec::new()) };
}

/// Stands in for `pallet-providers`.
pub struct MockProviders;
impl MockProviders {
	/// Registers `who` as a practitioner of `organization`.
	pub fn add(who: u64, organization: u64, role: PractitionerRole, active: bool) {
		PRACTITIONERS
			.with(|p| p.borrow_mut().insert(who, PractitionerInfo { organization, role, active }));
	}
}
impl ProviderRegistry<u64> for MockProviders {
	fn organization(_: &u64) -> Option<OrganizationInfo> {
		None
	}
	fn practitioner(who: &u64) -> Option<PractitionerInfo<u64>> {
		PRACTITIONERS.with(|p| p.borrow().get(who).cloned())
	}
	fn encryption_key(_: &u64) -> Option<EncryptionKey> {
		None
	}
	fn suspend_practitioner(_: &u64) -> DispatchResult {
		Ok(())
	}
}

/// Records which patients were erased.
pub struct MockOnErased;
impl MockOnErased {
	/// The patients erased so far.
	pub fn erased() -> Vec<PatientId> {
		ERASED.with(|e| e.borrow().clone())
	}
}
impl OnPatientErased for MockOnErased {
	fn on_patient_erased(patient: &PatientId) -> Weight {
		ERASED.with(|e| e.borrow_mut().push(*patient));
		Weight::from_parts(1_000, 0)
	}
	fn max_weight() -> Weight {
		Weight::from_parts(5_000, 0)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, TestSignature> for MockProviders {
	fn sign(message: &[u8]) -> (u64, TestSignature) {
		(77, TestSignature(77, message.to_vec()))
	}
	fn practitioner() -> u64 {
		Self::add(55, 50, PractitionerRole::Physician, true);
		55
	}
}

parameter_types! {
	pub const MaxGuardians: u32 = 3;
	pub const MinEmergencyApprovals: u32 = 2;
	pub const MaxEmergencyApprovals: u32 = 5;
}

impl pallet_patients::Config for Test {
	type Providers = MockProviders;
	type OffchainSignature = TestSignature;
	type SigningPublicKey = UintAuthorityId;
	type OnPatientErased = MockOnErased;
	type MaxGuardians = MaxGuardians;
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockProviders;
}

/// An active physician of [`HOSPITAL`].
pub const DOCTOR: u64 = 10;
/// An active researcher of [`HOSPITAL`].
pub const RESEARCHER: u64 = 11;
/// A suspended nurse of [`HOSPITAL`].
pub const SUSPENDED_NURSE: u64 = 12;
/// The hospital the practitioners work for.
pub const HOSPITAL: u64 = 1;
/// Patient accounts.
pub const ALICE: u64 = 100;
/// A second patient account.
pub const BOB: u64 = 101;
/// A guardian account.
pub const CAROL: u64 = 102;
/// Another guardian account.
pub const DAVE: u64 = 103;

/// A pseudonym derived from `seed`.
pub fn pseudonym(seed: u8) -> PatientId {
	H256::repeat_byte(seed)
}

/// A usable X25519 key derived from `seed`.
pub fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed.saturating_add(2); 32])
}

/// Break-glass allowed with the consortium minimum of approvals.
pub fn policy() -> EmergencyPolicy {
	EmergencyPolicy { allowed: true, required_approvals: 2 }
}

/// The patient `account`'s consent to be registered (see `registration_payload`).
pub fn consent(account: u64, pseudonym: PatientId, key: EncryptionKey) -> TestSignature {
	let genesis = System::block_hash(0);
	TestSignature(account, crate::registration_payload(&genesis, &pseudonym, &key, &policy()))
}

/// Builds test externalities with practitioners in the mock registry.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			MockProviders::add(DOCTOR, HOSPITAL, PractitionerRole::Physician, true);
			MockProviders::add(RESEARCHER, HOSPITAL, PractitionerRole::Researcher, true);
			MockProviders::add(SUSPENDED_NURSE, HOSPITAL, PractitionerRole::Nurse, false);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Patients::do_try_state().expect("invariants hold after the test");
		});
	}
}
