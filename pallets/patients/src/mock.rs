//! Test runtime for the patients pallet.

use crate as pallet_patients;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, weights::Weight};
use medchain_primitives::{
	EmergencyPolicy, EncryptionKey, OnPatientErased, OrganizationKind, PatientId, PractitionerRole,
};
pub use medchain_test_utils::{Audit, Registry};
use sp_core::H256;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage,
};

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
	static ERASED: RefCell<Vec<PatientId>> = const { RefCell::new(Vec::new()) };
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

/// Signs registration consents and registers a practitioner for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkActors;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, TestSignature> for BenchmarkActors {
	fn sign(message: &[u8]) -> (u64, TestSignature) {
		(77, TestSignature(77, message.to_vec()))
	}
	fn practitioner() -> u64 {
		Registry::add_organization(50, OrganizationKind::Hospital);
		Registry::add_practitioner(55, 50, PractitionerRole::Physician);
		55
	}
}

parameter_types! {
	/// Three registrations per practitioner, five per organization, in 10 blocks.
	pub const DefaultRegistrationLimits: crate::RegistrationLimits<u64> =
		crate::RegistrationLimits { per_practitioner: 3, per_organization: 5, window: 10 };
	pub const MaxGuardians: u32 = 3;
	pub const MaxConsentValidity: u64 = 20;
	pub const MinEmergencyApprovals: u32 = 2;
	pub const MaxEmergencyApprovals: u32 = 5;
}

impl pallet_patients::Config for Test {
	type Providers = Registry;
	type OffchainSignature = TestSignature;
	type SigningPublicKey = UintAuthorityId;
	type OnPatientErased = MockOnErased;
	type Audit = Audit;
	type Envelopes = ();
	type EnvelopePruneLimit = frame_support::traits::ConstU32<4>;
	type MaxGuardians = MaxGuardians;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type DefaultRegistrationLimits = DefaultRegistrationLimits;
	type MaxRegistrationsPerWindow = frame_support::traits::ConstU32<50>;
	type MaxRegistrationWindow = frame_support::traits::ConstU64<100>;
	type MaxConsentValidity = MaxConsentValidity;
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkActors;
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

/// The deadline of the registration consents of the tests.
pub const DEADLINE: u64 = 10;

/// The patient `account`'s consent to be registered by [`DOCTOR`] until [`DEADLINE`] (see
/// `registration_payload`).
pub fn consent(account: u64, pseudonym: PatientId, key: EncryptionKey) -> TestSignature {
	let genesis = System::block_hash(0);
	TestSignature(
		account,
		crate::registration_payload(&genesis, &DOCTOR, &DEADLINE, &pseudonym, &key, &policy()),
	)
}

/// `guardian`'s acceptance of guardianship of `patient` until [`DEADLINE`], signed at its
/// current nonce (see `guardian_payload`).
pub fn acceptance(guardian: u64, patient: PatientId) -> TestSignature {
	let genesis = System::block_hash(0);
	let nonce = System::account_nonce(guardian);
	TestSignature(guardian, crate::guardian_payload(&genesis, &patient, &nonce, &DEADLINE))
}

/// Names `guardian` a guardian of the patient owned by `account` (pseudonym `patient`), with
/// the guardian's acceptance.
pub fn add_guardian(account: u64, patient: PatientId, guardian: u64) -> sp_runtime::DispatchResult {
	Patients::add_guardian(
		RuntimeOrigin::signed(account),
		guardian,
		DEADLINE,
		acceptance(guardian, patient),
	)
}

/// Builds test externalities with [`HOSPITAL`] and its practitioners in the shared fake
/// provider registry.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
			Registry::add_practitioner(DOCTOR, HOSPITAL, PractitionerRole::Physician);
			Registry::add_practitioner(RESEARCHER, HOSPITAL, PractitionerRole::Researcher);
			Registry::add_practitioner(SUSPENDED_NURSE, HOSPITAL, PractitionerRole::Nurse);
			Registry::set_active(SUSPENDED_NURSE, false);
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
