//! Test runtime for the emergency pallet, with the shared fake registries, records and audit
//! trail of `medchain-test-utils`.

use crate as pallet_emergency;
use frame_support::{derive_impl, parameter_types, PalletId};
use frame_system::EnsureRoot;
#[cfg(feature = "runtime-benchmarks")]
use medchain_primitives::RecordId;
use medchain_primitives::{
	EmergencyPolicy, OrganizationKind, PatientId, PractitionerRole, RecordKind,
};
pub use medchain_test_utils::{Audit, RecordBook, Registry, RegistryAccess};
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
	pub type Emergency = pallet_emergency::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Sets up the actors the benchmarks need, in the shared fake registries.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkActors;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for BenchmarkActors {
	fn patient() -> (PatientId, u64) {
		(pseudonym(1), ALICE)
	}
	fn responder() -> u64 {
		PHYSICIAN
	}
	fn emergency_service(i: u32) -> u64 {
		let who = 1_000 + u64::from(i);
		Registry::add_organization(who, OrganizationKind::EmergencyService);
		who
	}
	fn call_attendant(i: u32) -> u64 {
		let who = 2_000 + u64::from(i);
		Registry::add_practitioner(
			who,
			1_000 + u64::from(i),
			PractitionerRole::EmergencyCallAttendant,
		);
		who
	}
	fn auditor() -> u64 {
		// Independent of the responder (PHYSICIAN, of HOSPITAL).
		AUDITOR_EMS1
	}
	fn set_required_approvals(patient: &PatientId, required: u8) {
		Registry::set_policy(
			*patient,
			EmergencyPolicy { allowed: true, required_approvals: required },
		);
	}
	fn record(patient: &PatientId, owner: &u64, seed: u32) -> RecordId {
		let id = 1_000 + u64::from(seed);
		RecordBook::insert(id, *patient, RecordKind::LabResult, *owner);
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
	pub const EmergencyErasureBatch: u32 = 2;
	pub const EnvelopePruneLimit: u32 = 5;
}

impl pallet_emergency::Config for Test {
	type Patients = Registry;
	type Providers = Registry;
	type Records = RecordBook;
	type Access = RegistryAccess;
	type Envelopes = Pruned;
	type Audit = Audit;
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
	type ErasureBatch = EmergencyErasureBatch;
	type EnvelopePruneLimit = EnvelopePruneLimit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkActors;
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

thread_local! {
	static PRUNED: core::cell::RefCell<Vec<(PatientId, u64, u32)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Stands in for the records pallet's key envelopes: records every prune asked for.
pub struct Pruned;

impl Pruned {
	/// The prunes asked for so far: (patient, holder, limit).
	pub fn calls() -> Vec<(PatientId, u64, u32)> {
		PRUNED.with(|p| p.borrow().clone())
	}
}

impl medchain_primitives::KeyEnvelopes<u64> for Pruned {
	fn prune_envelopes(patient: &PatientId, party: &u64, limit: u32) -> (u32, u32) {
		PRUNED.with(|p| p.borrow_mut().push((*patient, *party, limit)));
		(0, 0)
	}
	fn prune_weight(n: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1_000 * u64::from(n), 0)
	}
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
			Registry::add_patient(pseudonym(1), ALICE);
			Registry::add_guardian(pseudonym(1), CAROL);
			Registry::set_policy(pseudonym(1), allowed(2));
			Registry::add_patient(pseudonym(2), BOB);
			Registry::set_policy(
				pseudonym(2),
				EmergencyPolicy { allowed: false, required_approvals: 2 },
			);
			Registry::add_patient(pseudonym(3), DAVE);
			Registry::set_policy(pseudonym(3), allowed(3));
			for ems in [EMS1, EMS2, EMS3, EMS4] {
				Registry::add_organization(ems, OrganizationKind::EmergencyService);
			}
			Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
			for (who, organization, role) in [
				(RESPONDER, EMS1, PractitionerRole::EmergencyResponder),
				(RESPONDER2, EMS2, PractitionerRole::EmergencyResponder),
				(PHYSICIAN, HOSPITAL, PractitionerRole::Physician),
				(NURSE, HOSPITAL, PractitionerRole::Nurse),
				(ATTENDANT, EMS2, PractitionerRole::EmergencyCallAttendant),
				(AUDITOR, HOSPITAL, PractitionerRole::Auditor),
				(AUDITOR_EMS1, EMS1, PractitionerRole::Auditor),
			] {
				Registry::add_practitioner(who, organization, role);
			}
			RecordBook::insert(1, pseudonym(1), RecordKind::LabResult, PHYSICIAN);
			RecordBook::insert(2, pseudonym(1), RecordKind::LabResult, PHYSICIAN);
			RecordBook::insert(3, pseudonym(2), RecordKind::LabResult, PHYSICIAN);
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
