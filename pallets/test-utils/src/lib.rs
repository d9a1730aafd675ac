//! # MedChain test utilities
//!
//! Dev-only fakes shared by the pallets' mock runtimes (never a dependency of the runtime):
//!
//! - [`Registry`]: the registries of organizations, practitioners and patients in one fake,
//!   implementing [`ProviderRegistry`], [`PatientRegistry`] and [`ActiveActor`] with the
//!   contracts that `pallet-providers` and `pallet-patients` keep (a practitioner is active
//!   only while their own status and their organization's are; an account is an
//!   organization or a practitioner, never both; a registered party has a usable key; an
//!   erased pseudonym stays erased; suspending an unknown practitioner fails).
//! - [`RecordBook`]: anchored records, for pallets that look records up ([`RecordLookup`]).
//! - [`Audit`]: an audit trail that keeps every entry in order ([`AuditTrail`]).
//! - [`RegistryAccess`]: the part of the access check the registry alone decides
//!   ([`RecordAccess`]), for pallets tested without the consent pallet.
//!
//! The state lives in thread-locals: every test runs on its own thread, so each test starts
//! with empty registries. Account ids are `u64`, as in FRAME's test configs.

#![deny(missing_docs)]

use core::cell::RefCell;
use frame_support::weights::Weight;
use medchain_primitives::{
	ActiveActor, AuditEvent, AuditTrail, Checked, EmergencyPolicy, EncryptionKey, OrganizationInfo,
	OrganizationKind, PatientId, PatientRegistry, PractitionerInfo, PractitionerRole,
	ProviderRegistry, RecordAccess, RecordId, RecordKind, RecordLookup, RecordRef,
};
use sp_runtime::DispatchError;
use std::collections::{BTreeMap, BTreeSet};

/// `assert_noop!` for a call that charges its own weight on errors
/// ([`medchain_primitives::charge_errors_at`]): the call fails with `$error`, changes
/// nothing, and names an actual weight (never the declared worst case).
#[macro_export]
macro_rules! assert_noop_charged {
	($call:expr, $error:expr $(,)?) => {{
		let before = $crate::storage_root();
		let result = $call;
		assert!(
			result.as_ref().err().is_some_and(|e| e.post_info.actual_weight.is_some()),
			"a failing call names its actual weight",
		);
		frame_support::assert_err!(result.map_err(|e| e.error), $error);
		assert_eq!(before, $crate::storage_root(), "a failing call changed storage",);
	}};
}

/// The root of the test externalities' storage (what `assert_noop!` compares).
pub fn storage_root() -> Vec<u8> {
	sp_io::storage::root(sp_runtime::StateVersion::V1)
}

/// The account id of the mock runtimes.
pub type AccountId = u64;

/// A registered organization.
#[derive(Clone)]
struct Organization {
	kind: OrganizationKind,
	active: bool,
	registered_at: u64,
}

/// A registered practitioner; `active` is their own status only.
#[derive(Clone)]
struct Practitioner {
	organization: AccountId,
	role: PractitionerRole,
	active: bool,
	registered_at: u64,
}

/// A registered patient.
#[derive(Clone)]
struct Patient {
	owner: AccountId,
	guardians: Vec<AccountId>,
	policy: EmergencyPolicy,
	key: EncryptionKey,
	registrar: Option<AccountId>,
}

thread_local! {
	static ORGANIZATIONS: RefCell<BTreeMap<AccountId, Organization>> =
		const { RefCell::new(BTreeMap::new()) };
	static PRACTITIONERS: RefCell<BTreeMap<AccountId, Practitioner>> =
		const { RefCell::new(BTreeMap::new()) };
	static PATIENTS: RefCell<BTreeMap<PatientId, Patient>> = const { RefCell::new(BTreeMap::new()) };
	static ERASED: RefCell<BTreeSet<PatientId>> = const { RefCell::new(BTreeSet::new()) };
	static RECORDS: RefCell<BTreeMap<RecordId, RecordRef<AccountId>>> =
		const { RefCell::new(BTreeMap::new()) };
	static AUDIT: RefCell<Vec<(PatientId, AccountId, AuditEvent)>> =
		const { RefCell::new(Vec::new()) };
	static REGISTRATIONS: RefCell<u64> = const { RefCell::new(0) };
}

/// The usable X25519 key the fake registry gives the party `who` (organization, practitioner
/// or patient account): `[low byte of who + 2; 32]`, never a small-order point.
pub fn key_of(who: AccountId) -> EncryptionKey {
	EncryptionKey([(who as u8).saturating_add(2).max(2); 32])
}

/// The break-glass policy a patient gets when registered: allowed, with the consortium
/// minimum of two approvals.
pub fn default_policy() -> EmergencyPolicy {
	EmergencyPolicy { allowed: true, required_approvals: 2 }
}

/// The fake registries of organizations, practitioners and patients. See the crate docs for
/// the contracts it keeps.
pub struct Registry;

impl Registry {
	/// A fresh registration marker (increasing, as registration blocks are on chain).
	fn next_registration() -> u64 {
		REGISTRATIONS.with(|r| {
			let mut r = r.borrow_mut();
			*r += 1;
			*r
		})
	}

	/// Registers `who` as an active organization of `kind`.
	///
	/// Panics if `who` is already a practitioner (an account is one or the other).
	pub fn add_organization(who: AccountId, kind: OrganizationKind) {
		assert!(
			!PRACTITIONERS.with(|p| p.borrow().contains_key(&who)),
			"{who} is a practitioner: an account is an organization or a practitioner"
		);
		let registered_at = Self::next_registration();
		ORGANIZATIONS.with(|o| {
			o.borrow_mut().insert(who, Organization { kind, active: true, registered_at })
		});
	}

	/// Registers `who` as a practitioner of `organization` in `role`, with their own status
	/// active (they act only while `organization` is registered and active too).
	///
	/// Panics if `who` is already an organization.
	pub fn add_practitioner(who: AccountId, organization: AccountId, role: PractitionerRole) {
		assert!(
			!ORGANIZATIONS.with(|o| o.borrow().contains_key(&who)),
			"{who} is an organization: an account is an organization or a practitioner"
		);
		let registered_at = Self::next_registration();
		PRACTITIONERS.with(|p| {
			p.borrow_mut()
				.insert(who, Practitioner { organization, role, active: true, registered_at })
		});
	}

	/// Sets the own status of the organization or practitioner `who` (suspend or reactivate).
	/// Suspending an organization deactivates its practitioners too, as in
	/// `pallet-providers`.
	pub fn set_active(who: AccountId, active: bool) {
		ORGANIZATIONS.with(|o| {
			if let Some(o) = o.borrow_mut().get_mut(&who) {
				o.active = active;
			}
		});
		PRACTITIONERS.with(|p| {
			if let Some(p) = p.borrow_mut().get_mut(&who) {
				p.active = active;
			}
		});
	}

	/// Removes the organization `who` from the registry (in `pallet-providers` its
	/// practitioners are removed first).
	pub fn remove_organization(who: AccountId) {
		ORGANIZATIONS.with(|o| o.borrow_mut().remove(&who));
	}

	/// Removes the practitioner `who` from the registry.
	pub fn remove_practitioner(who: AccountId) {
		PRACTITIONERS.with(|p| p.borrow_mut().remove(&who));
	}

	/// Registers `patient` owned by `owner`, with no guardians, the [`default_policy`], the
	/// key [`key_of`]`(owner)` and no registering organization.
	///
	/// Registering the same pseudonym for the same owner again (a test that builds its
	/// externalities twice on one thread) starts that patient afresh.
	///
	/// Panics if the pseudonym is erased or another owner's, or `owner` already owns another
	/// patient.
	pub fn add_patient(patient: PatientId, owner: AccountId) {
		assert!(!Self::is_erased(&patient), "an erased pseudonym is never registered again");
		assert!(
			Self::patient_of(&owner).is_none_or(|p| p == patient),
			"{owner} already owns a patient: one patient per account"
		);
		PATIENTS.with(|p| {
			let previous = p.borrow_mut().insert(
				patient,
				Patient {
					owner,
					guardians: Vec::new(),
					policy: default_policy(),
					key: key_of(owner),
					registrar: None,
				},
			);
			assert!(
				previous.is_none_or(|p| p.owner == owner),
				"the pseudonym is registered to another account"
			);
		});
	}

	/// Records that a practitioner of `organization` registered `patient`.
	pub fn set_registrar(patient: PatientId, organization: AccountId) {
		Self::update(patient, |p| p.registrar = Some(organization));
	}

	/// Adds `guardian` to `patient`'s guardians.
	pub fn add_guardian(patient: PatientId, guardian: AccountId) {
		Self::update(patient, |p| {
			if !p.guardians.contains(&guardian) {
				p.guardians.push(guardian);
			}
		});
	}

	/// Sets `patient`'s encryption key (a rotation).
	pub fn set_patient_key(patient: PatientId, key: EncryptionKey) {
		Self::update(patient, |p| p.key = key);
	}

	/// Sets `patient`'s break-glass policy.
	pub fn set_policy(patient: PatientId, policy: EmergencyPolicy) {
		Self::update(patient, |p| p.policy = policy);
	}

	/// Erases `patient` as `pallet-patients` does: the entry, key, policy and guardian links
	/// go; the pseudonym stays as a tombstone ([`PatientRegistry::is_erased`]).
	pub fn erase(patient: PatientId) {
		PATIENTS.with(|p| p.borrow_mut().remove(&patient));
		ERASED.with(|e| e.borrow_mut().insert(patient));
	}

	fn update(patient: PatientId, f: impl FnOnce(&mut Patient)) {
		PATIENTS.with(|p| {
			let mut patients = p.borrow_mut();
			let entry = patients.get_mut(&patient).expect("the patient is registered");
			f(entry)
		});
	}
}

impl ProviderRegistry<AccountId> for Registry {
	fn organization(who: &AccountId) -> Option<OrganizationInfo> {
		ORGANIZATIONS.with(|o| {
			o.borrow().get(who).map(|o| OrganizationInfo {
				kind: o.kind,
				active: o.active,
				registered_at: o.registered_at,
			})
		})
	}

	fn practitioner(who: &AccountId) -> Option<PractitionerInfo<AccountId>> {
		let p = PRACTITIONERS.with(|p| p.borrow().get(who).cloned())?;
		let organization_active = Self::is_active_organization(&p.organization);
		Some(PractitionerInfo {
			organization: p.organization,
			role: p.role,
			active: p.active && organization_active,
			registered_at: p.registered_at,
		})
	}

	fn encryption_key(who: &AccountId) -> Option<EncryptionKey> {
		let registered = ORGANIZATIONS.with(|o| o.borrow().contains_key(who))
			|| PRACTITIONERS.with(|p| p.borrow().contains_key(who));
		registered.then(|| key_of(*who))
	}

	fn staff(
		organization: &AccountId,
		start_after: Option<&AccountId>,
		limit: u32,
	) -> Vec<AccountId> {
		PRACTITIONERS.with(|p| {
			p.borrow()
				.iter()
				.filter(|(who, e)| {
					e.organization == *organization && start_after.is_none_or(|a| *who > a)
				})
				.map(|(who, _)| *who)
				.take(limit as usize)
				.collect()
		})
	}

	fn suspend_practitioner(who: &AccountId) -> Result<Weight, DispatchError> {
		PRACTITIONERS.with(|p| match p.borrow_mut().get_mut(who) {
			Some(p) => {
				p.active = false;
				Ok(Weight::zero())
			},
			None => Err(DispatchError::Other("PractitionerNotFound")),
		})
	}

	fn suspend_weight() -> Weight {
		Weight::zero()
	}
}

impl PatientRegistry<AccountId> for Registry {
	fn patient_of(who: &AccountId) -> Option<PatientId> {
		PATIENTS.with(|p| p.borrow().iter().find(|(_, e)| e.owner == *who).map(|(id, _)| *id))
	}

	fn owner_of(patient: &PatientId) -> Option<AccountId> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.owner))
	}

	fn is_guardian(patient: &PatientId, who: &AccountId) -> bool {
		PATIENTS.with(|p| p.borrow().get(patient).is_some_and(|e| e.guardians.contains(who)))
	}

	fn encryption_key(patient: &PatientId) -> Option<EncryptionKey> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.key))
	}

	fn emergency_policy(patient: &PatientId) -> Option<EmergencyPolicy> {
		PATIENTS.with(|p| p.borrow().get(patient).map(|e| e.policy))
	}

	fn registering_organization(patient: &PatientId) -> Option<AccountId> {
		PATIENTS.with(|p| p.borrow().get(patient).and_then(|e| e.registrar))
	}

	fn is_erased(patient: &PatientId) -> bool {
		ERASED.with(|e| e.borrow().contains(patient))
	}
}

impl ActiveActor<AccountId> for Registry {
	/// An active organization or practitioner, a registered patient, or a guardian of one.
	fn is_active_actor(who: &AccountId) -> bool {
		Self::is_active_organization(who)
			|| Self::is_active_practitioner(who, None)
			|| Self::patient_of(who).is_some()
			|| PATIENTS.with(|p| p.borrow().values().any(|e| e.guardians.contains(who)))
	}
}

/// Anchored records, for pallets that only look records up.
pub struct RecordBook;

impl RecordBook {
	/// Anchors record `id` of `patient`, of `kind`, by `author` (for the organization the
	/// author practises for, if it is a practitioner of the [`Registry`]).
	pub fn insert(id: RecordId, patient: PatientId, kind: RecordKind, author: AccountId) {
		let organization = <Registry as ProviderRegistry<AccountId>>::practitioner(&author)
			.map(|p| p.organization);
		RECORDS.with(|r| {
			r.borrow_mut().insert(id, RecordRef { id, patient, kind, author, organization })
		});
	}

	/// The reference of record `id`; panics if it was never anchored.
	pub fn get(id: RecordId) -> RecordRef<AccountId> {
		<Self as RecordLookup<AccountId>>::record(id).expect("the record is anchored")
	}
}

impl RecordLookup<AccountId> for RecordBook {
	fn record(record: RecordId) -> Option<RecordRef<AccountId>> {
		RECORDS.with(|r| r.borrow().get(&record).cloned())
	}
}

/// The part of the consent pallet's access check that the [`Registry`] alone decides, for
/// pallets whose mocks run without the consent pallet: nothing for an unregistered patient;
/// the patient and guardians read; the patient writes and amends; an author reads while it is
/// an active practitioner. No grants, no sessions.
pub struct RegistryAccess;

impl RecordAccess<AccountId> for RegistryAccess {
	fn write_check(who: &AccountId, patient: &PatientId, _: &RecordKind) -> Checked {
		Checked { allowed: Registry::owner_of(patient).as_ref() == Some(who), ..Checked::default() }
	}

	fn max_grants_read() -> u32 {
		0
	}

	fn amend_check(who: &AccountId, record: &RecordRef<AccountId>, _: &RecordKind) -> Checked {
		Checked {
			allowed: Registry::owner_of(&record.patient).as_ref() == Some(who),
			..Checked::default()
		}
	}

	fn may_read(who: &AccountId, record: &RecordRef<AccountId>) -> bool {
		Registry::owner_of(&record.patient).is_some()
			&& (Registry::may_act_for(&record.patient, who)
				|| (&record.author == who && Registry::is_active_practitioner(who, None)))
	}

	fn read_check_weight() -> Weight {
		Weight::zero()
	}

	fn awaits_cleanup(_: &AccountId, _: &PatientId) -> bool {
		false
	}
}

/// An audit trail that keeps every entry, in order.
pub struct Audit;

impl Audit {
	/// The trail of `patient`, in order: (actor, event).
	pub fn of(patient: PatientId) -> Vec<(AccountId, AuditEvent)> {
		AUDIT.with(|a| {
			a.borrow().iter().filter(|e| e.0 == patient).map(|e| (e.1, e.2.clone())).collect()
		})
	}
}

impl AuditTrail<AccountId> for Audit {
	fn append(patient: &PatientId, actor: &AccountId, event: AuditEvent) {
		AUDIT.with(|a| a.borrow_mut().push((*patient, *actor, event)));
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_practitioner_is_active_only_with_their_organization() {
		Registry::add_organization(1, OrganizationKind::Hospital);
		Registry::add_practitioner(10, 1, PractitionerRole::Physician);
		Registry::add_practitioner(11, 2, PractitionerRole::Nurse);
		assert!(Registry::is_active_practitioner(&10, Some(PractitionerRole::Physician)));
		assert!(!Registry::is_active_practitioner(&10, Some(PractitionerRole::Nurse)));
		// Organization 2 was never registered.
		assert!(!Registry::is_active_practitioner(&11, None));
		Registry::set_active(1, false);
		assert!(!Registry::is_active_practitioner(&10, None));
		assert!(Registry::practitioner(&10).is_some_and(|p| !p.active));
		Registry::set_active(1, true);
		Registry::set_active(10, false);
		assert!(!Registry::is_active_practitioner(&10, None));
		assert!(Registry::suspend_practitioner(&10).is_ok());
		assert!(Registry::suspend_practitioner(&99).is_err());
	}

	#[test]
	#[should_panic(expected = "an account is an organization or a practitioner")]
	fn an_account_is_never_both() {
		Registry::add_organization(1, OrganizationKind::Hospital);
		Registry::add_practitioner(1, 1, PractitionerRole::Physician);
	}

	#[test]
	fn registered_parties_have_usable_keys_and_erasure_leaves_a_tombstone() {
		let alice = PatientId::repeat_byte(1);
		Registry::add_organization(1, OrganizationKind::Hospital);
		Registry::add_patient(alice, 100);
		Registry::add_guardian(alice, 101);
		assert!(<Registry as ProviderRegistry<AccountId>>::encryption_key(&1)
			.is_some_and(|k| k.is_usable()));
		assert!(<Registry as PatientRegistry<AccountId>>::encryption_key(&alice)
			.is_some_and(|k| k.is_usable()));
		assert_eq!(Registry::emergency_policy(&alice), Some(default_policy()));
		assert!(Registry::may_act_for(&alice, &101));
		assert!(Registry::is_active_actor(&101));
		Registry::erase(alice);
		assert!(Registry::is_erased(&alice));
		assert_eq!(Registry::owner_of(&alice), None);
		assert!(!Registry::is_guardian(&alice, &101));
		assert!(!Registry::is_active_actor(&100));
	}
}
