//! Test runtime for the consent pallet: the shared fake registries and records of
//! `medchain-test-utils`, and stand-ins for key envelopes and break-glass sessions.

use crate as pallet_consent;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, weights::Weight};
use medchain_primitives::{
	EmergencyAccess, KeyEnvelopes, OrganizationKind, PatientId, PractitionerRole, RecordKind,
};
pub use medchain_test_utils::{RecordBook, Registry};
use sp_core::H256;
use sp_runtime::BuildStorage;

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
	pub type Consent = pallet_consent::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static ENVELOPES: RefCell<Vec<(PatientId, u64)>> = const { RefCell::new(Vec::new()) };
	static SESSIONS: RefCell<Vec<(u64, PatientId)>> = const { RefCell::new(Vec::new()) };
}

/// Stands in for the records pallet's key envelopes and the emergency pallet's sessions (the
/// registries and the records are the shared fakes of `medchain-test-utils`).
pub struct World;
impl World {
	/// Gives `party` an envelope for one of `patient`'s records.
	pub fn envelope(patient: PatientId, party: u64) {
		ENVELOPES.with(|e| e.borrow_mut().push((patient, party)));
	}
	/// How many envelopes `party` holds for `patient`.
	pub fn envelopes(patient: PatientId, party: u64) -> usize {
		ENVELOPES.with(|e| e.borrow().iter().filter(|x| **x == (patient, party)).count())
	}
	/// Opens a break-glass session.
	pub fn session(who: u64, patient: PatientId) {
		SESSIONS.with(|s| s.borrow_mut().push((who, patient)));
	}
}

impl KeyEnvelopes<u64> for World {
	/// The envelopes stand for record 1 (Alice's lab result) or, for Bob, record 3: each
	/// examined is removed when the party may no longer read that record.
	fn prune_envelopes(patient: &PatientId, party: &u64, limit: u32) -> (u32, u32) {
		let record = RecordBook::get(if *patient == pseudonym(2) { 3 } else { 1 });
		let held = Self::envelopes(*patient, *party) as u32;
		let examined = held.min(limit);
		if examined == 0 || crate::Pallet::<Test>::access_reason(party, &record).is_some() {
			return (examined, 0);
		}
		ENVELOPES.with(|e| {
			let mut e = e.borrow_mut();
			for _ in 0..examined {
				if let Some(i) = e.iter().position(|x| *x == (*patient, *party)) {
					e.remove(i);
				}
			}
		});
		(examined, examined)
	}
	fn prune_weight(n: u32) -> Weight {
		Weight::from_parts(1_000 * n as u64, 0)
	}
}

impl EmergencyAccess<u64> for World {
	fn active_session(who: &u64, patient: &PatientId) -> Option<u64> {
		SESSIONS.with(|s| s.borrow().iter().position(|x| *x == (*who, *patient)).map(|i| i as u64))
	}
	fn active_session_reads() -> u32 {
		2
	}
	fn awaits_cleanup(_: &u64, _: &PatientId) -> bool {
		false
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for World {
	fn patient() -> (PatientId, u64) {
		(pseudonym(1), ALICE)
	}
	fn practitioner() -> u64 {
		DOCTOR
	}
	fn research_body() -> u64 {
		UNIVERSITY
	}
	fn record(
		patient: &PatientId,
		owner: &u64,
		party: &u64,
		seed: u32,
	) -> medchain_primitives::RecordId {
		let id = 1_000 + seed as u64;
		RecordBook::insert(id, *patient, RecordKind::LabResult, *owner);
		Self::envelope(*patient, *party);
		id
	}
	fn break_glass(patient: &PatientId, responder: &u64) {
		Self::session(*responder, *patient);
	}
}

parameter_types! {
	pub const MaxGrantsPerPatient: u32 = 6;
	pub const MaxGrantsPerGrantee: u32 = 3;
	pub const MaxPendingRequests: u32 = 4;
	pub const MaxPendingPerRequester: u32 = 2;
	pub const MaxRequestDuration: u64 = 1_000;
	pub const RequestLifetime: u64 = 50;
	pub const RequestRetention: u64 = 100;
	pub const EnvelopeRemovalLimit: u32 = 5;
}

impl pallet_consent::Config for Test {
	type Patients = Registry;
	type Providers = Registry;
	type Records = RecordBook;
	type Envelopes = World;
	type Emergency = World;
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantsPerGrantee = MaxGrantsPerGrantee;
	type MaxPendingRequests = MaxPendingRequests;
	type MaxPendingPerRequester = MaxPendingPerRequester;
	type MaxRequestDuration = MaxRequestDuration;
	type RequestLifetime = RequestLifetime;
	type RequestRetention = RequestRetention;
	type MaxCleanRequests = frame_support::traits::ConstU32<3>;
	type EnvelopeRemovalLimit = EnvelopeRemovalLimit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = World;
}

/// A hospital.
pub const HOSPITAL: u64 = 1;
/// An insurer.
pub const INSURER: u64 = 2;
/// A research body.
pub const UNIVERSITY: u64 = 3;
/// A suspended clinic.
pub const SUSPENDED_CLINIC: u64 = 4;
/// A physician of HOSPITAL.
pub const DOCTOR: u64 = 10;
/// A nurse of HOSPITAL.
pub const NURSE: u64 = 11;
/// A researcher of UNIVERSITY.
pub const RESEARCHER: u64 = 12;
/// A physician of SUSPENDED_CLINIC.
pub const CLINIC_DOCTOR: u64 = 13;
/// The patient.
pub const ALICE: u64 = 100;
/// Alice's guardian.
pub const CAROL: u64 = 101;
/// Another patient.
pub const BOB: u64 = 102;
/// An active clinic (an organization of another kind than the hospital that treats).
pub const CLINIC: u64 = 5;
/// Nobody.
pub const NOBODY: u64 = 999;

/// A pseudonym.
pub fn pseudonym(seed: u8) -> PatientId {
	H256::repeat_byte(seed)
}

/// Builds test externalities: ALICE (guardian CAROL) and BOB; a hospital with DOCTOR and
/// NURSE, an insurer, a university with RESEARCHER, a suspended clinic; records 1 (lab
/// result) and 2 (imaging) of ALICE by DOCTOR, 3 of BOB.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Registry::add_patient(pseudonym(1), ALICE);
			Registry::add_guardian(pseudonym(1), CAROL);
			Registry::add_patient(pseudonym(2), BOB);
			Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
			Registry::add_organization(INSURER, OrganizationKind::Insurer);
			Registry::add_organization(UNIVERSITY, OrganizationKind::ResearchBody);
			Registry::add_organization(SUSPENDED_CLINIC, OrganizationKind::Clinic);
			Registry::add_organization(CLINIC, OrganizationKind::Clinic);
			Registry::set_active(SUSPENDED_CLINIC, false);
			Registry::add_practitioner(DOCTOR, HOSPITAL, PractitionerRole::Physician);
			Registry::add_practitioner(NURSE, HOSPITAL, PractitionerRole::Physician);
			Registry::add_practitioner(RESEARCHER, UNIVERSITY, PractitionerRole::Physician);
			Registry::add_practitioner(
				CLINIC_DOCTOR,
				SUSPENDED_CLINIC,
				PractitionerRole::Physician,
			);
			RecordBook::insert(1, pseudonym(1), RecordKind::LabResult, DOCTOR);
			RecordBook::insert(2, pseudonym(1), RecordKind::Imaging, DOCTOR);
			RecordBook::insert(3, pseudonym(2), RecordKind::LabResult, DOCTOR);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Consent::do_try_state().expect("invariants hold after the test");
		});
	}
}
