//! Test runtime for the records pallet, with simple registries and a settable clock.

use crate as pallet_records;
use core::{cell::RefCell, time::Duration};
use frame_support::{derive_impl, parameter_types, traits::UnixTime, BoundedVec};
use medchain_primitives::{
	EmergencyPolicy, EncryptionKey, OrganizationInfo, PatientId, PatientRegistry, PractitionerInfo,
	PractitionerRole, ProviderRegistry, RecordKind,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchResult};
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
	pub type Records = pallet_records::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive(Clone)]
struct MockPatient {
	owner: u64,
	guardians: Vec<u64>,
	registrar: Option<u64>,
}

thread_local! {
	static PATIENTS: RefCell<BTreeMap<PatientId, MockPatient>> = const { RefCell::new(BTreeMap::new()) };
	static PRACTITIONERS: RefCell<BTreeMap<u64, PractitionerInfo<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static NOW_MS: RefCell<u64> = const { RefCell::new(0) };
}

/// Stands in for `pallet-patients` and `pallet-providers`.
pub struct Registry;
impl Registry {
	/// Registers `patient` owned by `owner`, registered by `registrar`'s practitioner.
	pub fn add_patient(patient: PatientId, owner: u64, registrar: Option<u64>) {
		PATIENTS.with(|p| {
			p.borrow_mut().insert(patient, MockPatient { owner, guardians: vec![], registrar })
		});
	}
	/// Adds a guardian.
	pub fn add_guardian(patient: PatientId, guardian: u64) {
		PATIENTS.with(|p| {
			if let Some(entry) = p.borrow_mut().get_mut(&patient) {
				entry.guardians.push(guardian);
			}
		});
	}
	/// Removes a patient (erasure in the patients pallet).
	pub fn remove_patient(patient: PatientId) {
		PATIENTS.with(|p| p.borrow_mut().remove(&patient));
	}
	/// Registers a practitioner.
	pub fn add_practitioner(who: u64, organization: u64, active: bool) {
		PRACTITIONERS.with(|p| {
			p.borrow_mut().insert(
				who,
				PractitionerInfo { organization, role: PractitionerRole::Physician, active },
			)
		});
	}
}

impl PatientRegistry<u64> for Registry {
	fn patient_of(who: &u64) -> Option<PatientId> {
		PATIENTS.with(|p| p.borrow().iter().find(|(_, e)| e.owner == *who).map(|(id, _)| *id))
	}
	fn owner_of(patient: &PatientId) -> Option<u64> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.owner))
	}
	fn is_guardian(patient: &PatientId, who: &u64) -> bool {
		PATIENTS.with(|p| p.borrow().get(patient).is_some_and(|e| e.guardians.contains(who)))
	}
	fn encryption_key(patient: &PatientId) -> Option<EncryptionKey> {
		Self::owner_of(patient).map(|_| EncryptionKey([5; 32]))
	}
	fn emergency_policy(_: &PatientId) -> Option<EmergencyPolicy> {
		None
	}
	fn registering_organization(patient: &PatientId) -> Option<u64> {
		PATIENTS.with(|p| p.borrow().get(patient).and_then(|e| e.registrar))
	}
	fn is_erased(_: &PatientId) -> bool {
		false
	}
}

impl ProviderRegistry<u64> for Registry {
	fn organization(_: &u64) -> Option<OrganizationInfo> {
		None
	}
	fn practitioner(who: &u64) -> Option<PractitionerInfo<u64>> {
		PRACTITIONERS.with(|p| p.borrow().get(who).cloned())
	}
	fn encryption_key(who: &u64) -> Option<EncryptionKey> {
		Self::practitioner(who).map(|_| EncryptionKey([6; 32]))
	}
	fn suspend_practitioner(_: &u64) -> DispatchResult {
		Ok(())
	}
}

/// A clock the tests set.
pub struct Clock;
impl Clock {
	/// Sets the time, in ms since the Unix epoch.
	pub fn set(ms: u64) {
		NOW_MS.with(|n| *n.borrow_mut() = ms);
	}
}
impl UnixTime for Clock {
	fn now() -> Duration {
		Duration::from_millis(NOW_MS.with(|n| *n.borrow()))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for Registry {
	fn patient_and_author() -> (PatientId, u64) {
		Self::add_practitioner(DOCTOR, HOSPITAL, true);
		Self::add_patient(pseudonym(1), ALICE, Some(HOSPITAL));
		(pseudonym(1), DOCTOR)
	}
	fn reader(_: &PatientId) -> u64 {
		Self::add_practitioner(NURSE, HOSPITAL, true);
		NURSE
	}
	fn guardian(patient: &PatientId) -> u64 {
		Self::add_guardian(*patient, CAROL);
		CAROL
	}
}

parameter_types! {
	pub const MaxCidLength: u32 = 96;
	pub const MaxEnvelopeLength: u32 = 128;
	pub const MaxEnvelopesPerRecord: u32 = 3;
	pub const ErasureBatch: u32 = 2;
}

impl pallet_records::Config for Test {
	type Patients = Registry;
	type Providers = Registry;
	type Access = pallet_records::RegistrarPolicy<Test>;
	type Audit = ();
	type Time = Clock;
	type MaxCidLength = MaxCidLength;
	type MaxEnvelopeLength = MaxEnvelopeLength;
	type MaxEnvelopesPerRecord = MaxEnvelopesPerRecord;
	type ErasureBatch = ErasureBatch;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}

/// The hospital that registered ALICE.
pub const HOSPITAL: u64 = 1;
/// Another organization.
pub const CLINIC: u64 = 2;
/// A physician of HOSPITAL.
pub const DOCTOR: u64 = 10;
/// A nurse of HOSPITAL.
pub const NURSE: u64 = 11;
/// A physician of CLINIC.
pub const OUTSIDER: u64 = 12;
/// A suspended physician of HOSPITAL.
pub const SUSPENDED: u64 = 13;
/// A patient registered by HOSPITAL.
pub const ALICE: u64 = 100;
/// A patient who registered themselves.
pub const BOB: u64 = 101;
/// ALICE's guardian.
pub const CAROL: u64 = 102;
/// Nobody.
pub const NOBODY: u64 = 999;

/// A pseudonym.
pub fn pseudonym(seed: u8) -> PatientId {
	H256::repeat_byte(seed)
}

/// A content hash.
pub fn content(seed: u8) -> H256 {
	H256::repeat_byte(seed.wrapping_add(0x80))
}

/// Bytes of a hex string.
pub fn unhex(s: &str) -> Vec<u8> {
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

/// A valid CIDv1 (raw, sha2-256) of "hello world\n".
pub fn cid() -> crate::CidOf<Test> {
	BoundedVec::truncate_from(unhex(
		"01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447",
	))
}

/// An envelope.
pub fn envelope(seed: u8) -> crate::EnvelopeOf<Test> {
	BoundedVec::truncate_from(vec![seed; 80])
}

/// Anchors a record of ALICE by DOCTOR under content `seed`; returns its id.
pub fn anchor(seed: u8) -> u64 {
	let id = crate::NextRecordId::<Test>::get();
	frame_support::assert_ok!(Records::anchor_record(
		RuntimeOrigin::signed(DOCTOR),
		pseudonym(1),
		content(seed),
		cid(),
		RecordKind::LabResult,
		envelope(seed),
	));
	id
}

/// Builds test externalities with ALICE (registered by HOSPITAL, guardian CAROL), BOB
/// (self-registered) and the practitioners.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Clock::set(1_700_000_000_000);
			Registry::add_practitioner(DOCTOR, HOSPITAL, true);
			Registry::add_practitioner(NURSE, HOSPITAL, true);
			Registry::add_practitioner(OUTSIDER, CLINIC, true);
			Registry::add_practitioner(SUSPENDED, HOSPITAL, false);
			Registry::add_patient(pseudonym(1), ALICE, Some(HOSPITAL));
			Registry::add_guardian(pseudonym(1), CAROL);
			Registry::add_patient(pseudonym(2), BOB, None);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Records::do_try_state().expect("invariants hold after the test");
		});
	}
}
