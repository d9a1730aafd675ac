//! Test runtime for the records pallet with the real consent pallet (its access check decides
//! who writes and reads, as in the runtime), the shared fake registries of
//! `medchain-test-utils` and a settable clock.

use crate as pallet_records;
use core::{cell::RefCell, time::Duration};
use frame_support::{derive_impl, parameter_types, traits::UnixTime, BoundedVec};
use medchain_primitives::{
	OrganizationKind, PatientId, Permission, PractitionerRole, Purpose, RecordKind, Scope,
};
pub use medchain_test_utils::Registry;
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
	pub type Records = pallet_records::Pallet<Test>;

	#[runtime::pallet_index(2)]
	pub type Consent = pallet_consent::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static NOW_MS: RefCell<u64> = const { RefCell::new(0) };
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

/// Sets up the actors the benchmarks need, through the shared registries and real grants.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkActors;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for BenchmarkActors {
	fn patient_and_author() -> (PatientId, u64) {
		// ALICE's grant to HOSPITAL (made by the test builder) lets DOCTOR write: the grant
		// path, the costliest of the access check's answers. A benchmark with components runs
		// once per value and the storage is wiped between runs (the fake registries are not):
		// the grant is made again if it went.
		use medchain_primitives::RecordAccess;
		if !Consent::may_write(&DOCTOR, &pseudonym(1), &RecordKind::LabResult) {
			grant_hospital();
		}
		(pseudonym(1), DOCTOR)
	}
	fn reader(_: &PatientId) -> u64 {
		NURSE
	}
	fn guardian(_: &PatientId) -> u64 {
		CAROL
	}
	fn former_reader(_: &PatientId) -> u64 {
		frame_support::assert_ok!(
			<Registry as medchain_primitives::ProviderRegistry<u64>>::suspend_practitioner(&NURSE)
		);
		NURSE
	}
	fn organization_with_staff(n: u32) -> (u64, Vec<u64>) {
		let organization = 500;
		Registry::add_organization(organization, OrganizationKind::Hospital);
		let staff: Vec<u64> = (0..u64::from(n)).map(|i| 1_000 + i).collect();
		for member in &staff {
			Registry::add_practitioner(*member, organization, PractitionerRole::Nurse);
		}
		(organization, staff)
	}
	/// The mock has no break-glass: the grant of ALICE's to HOSPITAL answers for both.
	fn costliest_actor(_: &PatientId, i: u32) -> u64 {
		if i == 0 {
			DOCTOR
		} else {
			NURSE
		}
	}
	fn actor_reading(patient: &PatientId, i: u32, _: u32) -> u64 {
		Self::costliest_actor(patient, i)
	}
	/// Patients registered in the fake registry, each granting HOSPITAL (DOCTOR's) access.
	fn writer_of_many(n: u32) -> (u64, Vec<PatientId>) {
		let patients: Vec<PatientId> = (0..n)
			.map(|i| {
				let mut bytes = [0xb0; 32];
				bytes[..4].copy_from_slice(&i.to_le_bytes());
				let (patient, owner) = (H256(bytes), 2_000 + u64::from(i));
				Registry::add_patient(patient, owner);
				frame_support::assert_ok!(Consent::grant_access(
					RuntimeOrigin::signed(owner),
					patient,
					HOSPITAL,
					Scope::AllRecords,
					Permission::ReadWrite,
					Purpose::Treatment,
					None,
				));
				patient
			})
			.collect();
		(DOCTOR, patients)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consent::BenchmarkHelper<u64> for BenchmarkActors {
	fn patient() -> (PatientId, u64) {
		(pseudonym(1), ALICE)
	}
	fn practitioner() -> u64 {
		DOCTOR
	}
	fn research_body() -> u64 {
		Registry::add_organization(UNIVERSITY, OrganizationKind::ResearchBody);
		UNIVERSITY
	}
	fn record(patient: &PatientId, owner: &u64, party: &u64, seed: u32) -> u64 {
		let id = crate::NextRecordId::<Test>::get();
		frame_support::assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(*owner),
			*patient,
			H256::from_low_u64_be(u64::from(seed).saturating_add(1_000)),
			cid(),
			RecordKind::LabResult,
			envelope(0),
		));
		frame_support::assert_ok!(Records::share_key(
			RuntimeOrigin::signed(*owner),
			id,
			*party,
			envelope(1)
		));
		id
	}
	/// The mock has no break-glass (`Emergency = ()`): its readers read through grants.
	fn break_glass(_: &PatientId, _: &u64) {}
}

parameter_types! {
	pub const MaxCidLength: u32 = 96;
	pub const MaxEnvelopeLength: u32 = 128;
	pub const MaxEnvelopesPerRecord: u32 = 3;
	pub const ErasureBatch: u32 = 2;
	pub const PruneBatch: u32 = 2;
	pub const MaxRewrapBatch: u32 = 3;
	pub const MaxAnchorBatch: u32 = 4;
	pub const MaxGrantsPerPatient: u32 = 6;
	pub const MaxGrantsPerGrantee: u32 = 3;
	pub const MaxPendingRequests: u32 = 4;
	pub const MaxPendingPerRequester: u32 = 2;
	pub const MaxRequestDuration: u64 = 1_000;
	pub const EnvelopeRemovalLimit: u32 = 5;
}

impl pallet_records::Config for Test {
	type Patients = Registry;
	type Providers = Registry;
	type Access = Consent;
	type Audit = Consent;
	type Time = Clock;
	type MaxCidLength = MaxCidLength;
	type MaxEnvelopeLength = MaxEnvelopeLength;
	type MaxEnvelopesPerRecord = MaxEnvelopesPerRecord;
	type ErasureBatch = ErasureBatch;
	type PruneBatch = PruneBatch;
	type MaxRewrapBatch = MaxRewrapBatch;
	type MaxAnchorBatch = MaxAnchorBatch;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkActors;
}

/// The consent pallet as in the runtime: its access check decides who writes and reads.
impl pallet_consent::Config for Test {
	type Patients = Registry;
	type Providers = Registry;
	type Records = Records;
	type Envelopes = Records;
	type Emergency = ();
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantsPerGrantee = MaxGrantsPerGrantee;
	type MaxPendingRequests = MaxPendingRequests;
	type MaxPendingPerRequester = MaxPendingPerRequester;
	type MaxRequestDuration = MaxRequestDuration;
	type RequestLifetime = frame_support::traits::ConstU64<50>;
	type RequestRetention = frame_support::traits::ConstU64<100>;
	type MaxCleanRequests = frame_support::traits::ConstU32<3>;
	type EnvelopeRemovalLimit = EnvelopeRemovalLimit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkActors;
}

/// The hospital that registered ALICE, and holds her read-write grant for all her records.
pub const HOSPITAL: u64 = 1;
/// Another organization.
pub const CLINIC: u64 = 2;
/// A research body (registered by the benchmarks only).
#[cfg(feature = "runtime-benchmarks")]
pub const UNIVERSITY: u64 = 3;
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

/// The care relationship: ALICE lets HOSPITAL's practitioners read and write all her records.
pub fn grant_hospital() {
	frame_support::assert_ok!(Consent::grant_access(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		HOSPITAL,
		Scope::AllRecords,
		Permission::ReadWrite,
		Purpose::Treatment,
		None,
	));
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
			Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
			Registry::add_organization(CLINIC, OrganizationKind::Clinic);
			Registry::add_practitioner(DOCTOR, HOSPITAL, PractitionerRole::Physician);
			Registry::add_practitioner(NURSE, HOSPITAL, PractitionerRole::Physician);
			Registry::add_practitioner(OUTSIDER, CLINIC, PractitionerRole::Physician);
			Registry::add_practitioner(SUSPENDED, HOSPITAL, PractitionerRole::Physician);
			Registry::set_active(SUSPENDED, false);
			Registry::add_patient(pseudonym(1), ALICE);
			Registry::set_registrar(pseudonym(1), HOSPITAL);
			Registry::add_guardian(pseudonym(1), CAROL);
			Registry::add_patient(pseudonym(2), BOB);
			grant_hospital();
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
