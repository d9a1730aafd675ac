//! Test runtime for the emergency pallet, with simple registries, records and audit trail.

use crate as pallet_emergency;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, PalletId};
use frame_system::EnsureRoot;
use medchain_primitives::{
	AuditEvent, AuditTrail, EmergencyPolicy, EncryptionKey, OrganizationInfo, OrganizationKind,
	PatientId, PatientRegistry, PractitionerInfo, PractitionerRole, ProviderRegistry, RecordId,
	RecordKind, RecordLookup, RecordRef,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};
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
	pub type Emergency = pallet_emergency::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// A registered patient of the stand-in registry.
#[derive(Clone)]
struct PatientEntry {
	owner: u64,
	guardians: Vec<u64>,
	policy: EmergencyPolicy,
}

thread_local! {
	static PATIENTS: RefCell<BTreeMap<PatientId, PatientEntry>> =
		const { RefCell::new(BTreeMap::new()) };
	static ORGS: RefCell<BTreeMap<u64, OrganizationInfo>> = const { RefCell::new(BTreeMap::new()) };
	static PRACTITIONERS: RefCell<BTreeMap<u64, PractitionerInfo<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static RECORDS: RefCell<BTreeMap<RecordId, RecordRef<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
	static AUDIT: RefCell<Vec<(PatientId, u64, AuditEvent)>> = const { RefCell::new(Vec::new()) };
}

/// Stands in for the registries, the records pallet and the consent pallet's audit trail.
pub struct World;
impl World {
	/// Registers a patient with a break-glass policy.
	pub fn patient(patient: PatientId, owner: u64, guardians: Vec<u64>, policy: EmergencyPolicy) {
		PATIENTS
			.with(|p| p.borrow_mut().insert(patient, PatientEntry { owner, guardians, policy }));
	}
	/// Changes a patient's policy.
	pub fn set_policy(patient: PatientId, policy: EmergencyPolicy) {
		PATIENTS.with(|p| {
			if let Some(e) = p.borrow_mut().get_mut(&patient) {
				e.policy = policy;
			}
		});
	}
	/// Registers an organization.
	pub fn organization(who: u64, kind: OrganizationKind, active: bool) {
		ORGS.with(|o| o.borrow_mut().insert(who, OrganizationInfo { kind, active }));
	}
	/// Registers an active practitioner.
	pub fn practitioner(who: u64, organization: u64, role: PractitionerRole) {
		PRACTITIONERS.with(|p| {
			p.borrow_mut().insert(who, PractitionerInfo { organization, role, active: true })
		});
	}
	/// Sets an organization's or a practitioner's own status.
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
	/// Removes a practitioner from the registry.
	pub fn remove_practitioner(who: u64) {
		PRACTITIONERS.with(|p| p.borrow_mut().remove(&who));
	}
	/// Anchors a record.
	pub fn record(id: RecordId, patient: PatientId, author: u64) {
		RECORDS.with(|r| {
			r.borrow_mut()
				.insert(id, RecordRef { id, patient, kind: RecordKind::LabResult, author })
		});
	}
	/// The audit trail of `patient`, in order: (actor, event).
	pub fn audit(patient: PatientId) -> Vec<(u64, AuditEvent)> {
		AUDIT.with(|a| {
			a.borrow().iter().filter(|e| e.0 == patient).map(|e| (e.1, e.2.clone())).collect()
		})
	}
}

impl PatientRegistry<u64> for World {
	fn patient_of(who: &u64) -> Option<PatientId> {
		PATIENTS.with(|p| p.borrow().iter().find(|(_, e)| e.owner == *who).map(|(id, _)| *id))
	}
	fn owner_of(patient: &PatientId) -> Option<u64> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.owner))
	}
	fn is_guardian(patient: &PatientId, who: &u64) -> bool {
		PATIENTS.with(|p| p.borrow().get(patient).is_some_and(|e| e.guardians.contains(who)))
	}
	fn encryption_key(_: &PatientId) -> Option<EncryptionKey> {
		None
	}
	fn emergency_policy(patient: &PatientId) -> Option<EmergencyPolicy> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.policy))
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
	fn suspend_practitioner(who: &u64) -> DispatchResult {
		PRACTITIONERS.with(|p| match p.borrow_mut().get_mut(who) {
			Some(p) => {
				p.active = false;
				Ok(())
			},
			None => Err(DispatchError::Other("not a practitioner")),
		})
	}
}

impl RecordLookup<u64> for World {
	fn record(record: RecordId) -> Option<RecordRef<u64>> {
		RECORDS.with(|r| r.borrow().get(&record).cloned())
	}
}

impl AuditTrail<u64> for World {
	fn append(patient: &PatientId, actor: &u64, event: AuditEvent) {
		AUDIT.with(|a| a.borrow_mut().push((*patient, *actor, event)));
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for World {
	fn patient() -> (PatientId, u64) {
		(pseudonym(1), ALICE)
	}
	fn responder() -> u64 {
		PHYSICIAN
	}
	fn emergency_service(i: u32) -> u64 {
		let who = 1_000 + u64::from(i);
		Self::organization(who, OrganizationKind::EmergencyService, true);
		who
	}
	fn call_attendant(i: u32) -> u64 {
		let who = 2_000 + u64::from(i);
		Self::practitioner(who, 1_000 + u64::from(i), PractitionerRole::EmergencyCallAttendant);
		who
	}
	fn auditor() -> u64 {
		// Independent of the responder (PHYSICIAN, of HOSPITAL).
		AUDITOR_EMS1
	}
	fn set_required_approvals(patient: &PatientId, required: u8) {
		Self::set_policy(*patient, EmergencyPolicy { allowed: true, required_approvals: required });
	}
	fn record(patient: &PatientId, owner: &u64, seed: u32) -> RecordId {
		let id = 1_000 + u64::from(seed);
		Self::record(id, *patient, *owner);
		id
	}
}

parameter_types! {
	pub const EmergencyPalletId: PalletId = PalletId(*b"mc/emrgn");
	pub const MinEmergencyApprovals: u32 = 2;
	pub const MaxEmergencyApprovals: u32 = 4;
	pub const MaxAuthorities: u32 = 5;
	pub const ApprovalWindow: u64 = 10;
	pub const SessionDuration: u64 = 20;
	pub const ReviewWindow: u64 = 50;
	pub const MaxUnreviewed: u32 = 2;
	pub const MaxCiphertextLength: u32 = 8;
	pub const MaxEnvelopesPerCall: u32 = 3;
}

impl pallet_emergency::Config for Test {
	type Patients = World;
	type Providers = World;
	type Records = World;
	type Audit = World;
	type GovernanceOrigin = EnsureRoot<u64>;
	type PalletId = EmergencyPalletId;
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type MaxAuthorities = MaxAuthorities;
	type ApprovalWindow = ApprovalWindow;
	type SessionDuration = SessionDuration;
	type ReviewWindow = ReviewWindow;
	type MaxUnreviewed = MaxUnreviewed;
	type MaxCiphertextLength = MaxCiphertextLength;
	type MaxEnvelopesPerCall = MaxEnvelopesPerCall;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = World;
}

/// An emergency service (an authority) employing RESPONDER and AUDITOR_EMS1.
pub const EMS1: u64 = 1;
/// An emergency service (an authority) employing ATTENDANT.
pub const EMS2: u64 = 2;
/// An emergency service (an authority).
pub const EMS3: u64 = 3;
/// A hospital (not an authority) employing PHYSICIAN, NURSE and AUDITOR.
pub const HOSPITAL: u64 = 4;
/// An emergency service that is not an authority.
pub const EMS4: u64 = 5;
/// An emergency responder of EMS1.
pub const RESPONDER: u64 = 10;
/// A physician of HOSPITAL.
pub const PHYSICIAN: u64 = 11;
/// A nurse of HOSPITAL (may not open sessions).
pub const NURSE: u64 = 12;
/// A call attendant of EMS2 (approves for it).
pub const ATTENDANT: u64 = 13;
/// An auditor of HOSPITAL.
pub const AUDITOR: u64 = 14;
/// An auditor of EMS1 (not independent of RESPONDER).
pub const AUDITOR_EMS1: u64 = 15;
/// An emergency responder of EMS2.
pub const RESPONDER2: u64 = 16;
/// The patient (policy: break-glass allowed, 2 approvals).
pub const ALICE: u64 = 100;
/// Alice's guardian.
pub const CAROL: u64 = 101;
/// A patient who forbids break-glass.
pub const BOB: u64 = 102;
/// A patient who requires 3 approvals.
pub const DAVE: u64 = 103;
/// Nobody.
pub const NOBODY: u64 = 999;

/// A pseudonym: 1 Alice, 2 Bob, 3 Dave.
pub fn pseudonym(seed: u8) -> PatientId {
	H256::repeat_byte(seed)
}

/// A justification or finding hash.
pub fn doc(seed: u8) -> H256 {
	H256::repeat_byte(seed)
}

/// Builds test externalities: EMS1–EMS3 are the authorities; EMS4 an emergency service that
/// is not; the patients Alice (guardian Carol), Bob, Dave; records 1 and 2 of Alice by
/// PHYSICIAN, 3 of Bob.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			let allowed = |n| EmergencyPolicy { allowed: true, required_approvals: n };
			World::patient(pseudonym(1), ALICE, vec![CAROL], allowed(2));
			World::patient(
				pseudonym(2),
				BOB,
				vec![],
				EmergencyPolicy { allowed: false, required_approvals: 2 },
			);
			World::patient(pseudonym(3), DAVE, vec![], allowed(3));
			for ems in [EMS1, EMS2, EMS3, EMS4] {
				World::organization(ems, OrganizationKind::EmergencyService, true);
			}
			World::organization(HOSPITAL, OrganizationKind::Hospital, true);
			World::practitioner(RESPONDER, EMS1, PractitionerRole::EmergencyResponder);
			World::practitioner(RESPONDER2, EMS2, PractitionerRole::EmergencyResponder);
			World::practitioner(PHYSICIAN, HOSPITAL, PractitionerRole::Physician);
			World::practitioner(NURSE, HOSPITAL, PractitionerRole::Nurse);
			World::practitioner(ATTENDANT, EMS2, PractitionerRole::EmergencyCallAttendant);
			World::practitioner(AUDITOR, HOSPITAL, PractitionerRole::Auditor);
			World::practitioner(AUDITOR_EMS1, EMS1, PractitionerRole::Auditor);
			World::record(1, pseudonym(1), PHYSICIAN);
			World::record(2, pseudonym(1), PHYSICIAN);
			World::record(3, pseudonym(2), PHYSICIAN);
			crate::Authorities::<Test>::put(frame_support::BoundedVec::truncate_from(vec![
				EMS1, EMS2, EMS3,
			]));
		});
		ext
	}

	/// Builds the externalities for the benchmarks: no authorities yet (they add their own).
	#[cfg(feature = "runtime-benchmarks")]
	pub fn build_for_benchmarks(self) -> sp_io::TestExternalities {
		let mut ext = self.build();
		ext.execute_with(crate::Authorities::<Test>::kill);
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Emergency::do_try_state().expect("invariants hold after the test");
		});
	}
}
