//! Test runtime for the consent pallet, with simple registries, records and envelopes.

use crate as pallet_consent;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, weights::Weight};
use medchain_primitives::{
	EmergencyAccess, EmergencyPolicy, EncryptionKey, KeyEnvelopes, OrganizationInfo,
	OrganizationKind, PatientId, PatientRegistry, PractitionerInfo, PractitionerRole,
	ProviderRegistry, RecordId, RecordKind, RecordLookup, RecordRef,
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
	pub type Access = pallet_consent::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static PATIENTS: RefCell<BTreeMap<PatientId, (u64, Vec<u64>)>> =
		const { RefCell::new(BTreeMap::new()) };
	static ORGS: RefCell<BTreeMap<u64, OrganizationInfo>> = const { RefCell::new(BTreeMap::new()) };
	static PRACTITIONERS: RefCell<BTreeMap<u64, PractitionerInfo<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static RECORDS: RefCell<BTreeMap<RecordId, RecordRef<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static ENVELOPES: RefCell<Vec<(PatientId, u64)>> = const { RefCell::new(Vec::new()) };
	static SESSIONS: RefCell<Vec<(u64, PatientId)>> = const { RefCell::new(Vec::new()) };
}

/// Stands in for the registries, the records pallet and the emergency pallet.
pub struct World;
impl World {
	/// Registers a patient.
	pub fn patient(patient: PatientId, owner: u64, guardians: Vec<u64>) {
		PATIENTS.with(|p| p.borrow_mut().insert(patient, (owner, guardians)));
	}
	/// Registers an organization.
	pub fn organization(who: u64, kind: OrganizationKind, active: bool) {
		ORGS.with(|o| o.borrow_mut().insert(who, OrganizationInfo { kind, active }));
	}
	/// Registers a practitioner; active only if their organization is.
	pub fn practitioner(who: u64, organization: u64, active: bool) {
		PRACTITIONERS.with(|p| {
			p.borrow_mut().insert(
				who,
				PractitionerInfo { organization, role: PractitionerRole::Physician, active },
			)
		});
	}
	/// Sets a practitioner's effective status.
	pub fn set_active(who: u64, active: bool) {
		PRACTITIONERS.with(|p| {
			if let Some(p) = p.borrow_mut().get_mut(&who) {
				p.active = active;
			}
		});
		ORGS.with(|o| {
			if let Some(o) = o.borrow_mut().get_mut(&who) {
				o.active = active;
			}
		});
	}
	/// Anchors a record.
	pub fn record(id: RecordId, patient: PatientId, kind: RecordKind, author: u64) {
		RECORDS.with(|r| r.borrow_mut().insert(id, RecordRef { id, patient, kind, author }));
	}
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
	/// The reference of record `id`.
	pub fn get(id: RecordId) -> RecordRef<u64> {
		<Self as RecordLookup<u64>>::record(id).expect("the record exists")
	}
}

impl PatientRegistry<u64> for World {
	fn patient_of(who: &u64) -> Option<PatientId> {
		PATIENTS.with(|p| p.borrow().iter().find(|(_, e)| e.0 == *who).map(|(id, _)| *id))
	}
	fn owner_of(patient: &PatientId) -> Option<u64> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.0))
	}
	fn is_guardian(patient: &PatientId, who: &u64) -> bool {
		PATIENTS.with(|p| p.borrow().get(patient).is_some_and(|e| e.1.contains(who)))
	}
	fn encryption_key(_: &PatientId) -> Option<EncryptionKey> {
		None
	}
	fn emergency_policy(_: &PatientId) -> Option<EmergencyPolicy> {
		None
	}
	fn registering_organization(_: &PatientId) -> Option<u64> {
		None
	}
	fn is_erased(_: &PatientId) -> bool {
		false
	}
}

impl ProviderRegistry<u64> for World {
	fn organization(who: &u64) -> Option<OrganizationInfo> {
		ORGS.with(|o| o.borrow().get(who).cloned())
	}
	fn practitioner(who: &u64) -> Option<PractitionerInfo<u64>> {
		let p = PRACTITIONERS.with(|p| p.borrow().get(who).cloned())?;
		let org_active = <Self as ProviderRegistry<u64>>::organization(&p.organization)
			.is_some_and(|o| o.active);
		Some(PractitionerInfo { active: p.active && org_active, ..p })
	}
	fn encryption_key(_: &u64) -> Option<EncryptionKey> {
		None
	}
	fn suspend_practitioner(_: &u64) -> DispatchResult {
		Ok(())
	}
}

impl RecordLookup<u64> for World {
	fn record(record: RecordId) -> Option<RecordRef<u64>> {
		RECORDS.with(|r| r.borrow().get(&record).cloned())
	}
}

impl KeyEnvelopes<u64> for World {
	fn remove_envelopes(patient: &PatientId, party: &u64, limit: u32) -> u32 {
		ENVELOPES.with(|e| {
			let mut e = e.borrow_mut();
			let mut removed = 0;
			while removed < limit {
				let Some(i) = e.iter().position(|x| *x == (*patient, *party)) else { break };
				e.remove(i);
				removed += 1;
			}
			removed
		})
	}
	fn removal_weight(n: u32) -> Weight {
		Weight::from_parts(1_000 * n as u64, 0)
	}
}

impl EmergencyAccess<u64> for World {
	fn active_session(who: &u64, patient: &PatientId) -> Option<u64> {
		SESSIONS.with(|s| s.borrow().iter().position(|x| *x == (*who, *patient)).map(|i| i as u64))
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
	fn record(patient: &PatientId, owner: &u64, party: &u64, seed: u32) -> RecordId {
		let id = 1_000 + seed as u64;
		Self::record(id, *patient, RecordKind::LabResult, *owner);
		Self::envelope(*patient, *party);
		id
	}
}

parameter_types! {
	pub const MaxGrantsPerPatient: u32 = 6;
	pub const MaxGrantsPerGrantee: u32 = 3;
	pub const MaxPendingRequests: u32 = 4;
	pub const MaxPendingPerRequester: u32 = 2;
	pub const MaxRequestDuration: u64 = 1_000;
	pub const EnvelopeRemovalLimit: u32 = 5;
}

impl pallet_consent::Config for Test {
	type Patients = World;
	type Providers = World;
	type Records = World;
	type Envelopes = World;
	type Emergency = World;
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantsPerGrantee = MaxGrantsPerGrantee;
	type MaxPendingRequests = MaxPendingRequests;
	type MaxPendingPerRequester = MaxPendingPerRequester;
	type MaxRequestDuration = MaxRequestDuration;
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
			World::patient(pseudonym(1), ALICE, vec![CAROL]);
			World::patient(pseudonym(2), BOB, vec![]);
			World::organization(HOSPITAL, OrganizationKind::Hospital, true);
			World::organization(INSURER, OrganizationKind::Insurer, true);
			World::organization(UNIVERSITY, OrganizationKind::ResearchBody, true);
			World::organization(SUSPENDED_CLINIC, OrganizationKind::Clinic, false);
			World::practitioner(DOCTOR, HOSPITAL, true);
			World::practitioner(NURSE, HOSPITAL, true);
			World::practitioner(RESEARCHER, UNIVERSITY, true);
			World::practitioner(CLINIC_DOCTOR, SUSPENDED_CLINIC, true);
			World::record(1, pseudonym(1), RecordKind::LabResult, DOCTOR);
			World::record(2, pseudonym(1), RecordKind::Imaging, DOCTOR);
			World::record(3, pseudonym(2), RecordKind::LabResult, DOCTOR);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Access::do_try_state().expect("invariants hold after the test");
		});
	}
}
