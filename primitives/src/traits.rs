//! The traits through which MedChain pallets reach each other.

use crate::{
	records::{RecordKind, RecordRef},
	types::{
		EmergencyPolicy, EncryptionKey, OrganizationInfo, PatientId, PractitionerInfo,
		PractitionerRole,
	},
};
use frame_support::weights::Weight;
use sp_runtime::DispatchError;

/// The registry of consortium organizations and their practitioners (implemented by
/// `pallet-providers`).
pub trait ProviderRegistry<AccountId> {
	/// The organization registered under `who`, if any.
	fn organization(who: &AccountId) -> Option<OrganizationInfo>;

	/// The practitioner registered under `who`, if any. `active` already accounts for the
	/// organization's status.
	fn practitioner(who: &AccountId) -> Option<PractitionerInfo<AccountId>>;

	/// The X25519 key of the organization or practitioner `who`, if registered.
	fn encryption_key(who: &AccountId) -> Option<EncryptionKey>;

	/// Up to `limit` practitioners of `organization`'s staff, after `start_after`, in storage
	/// order (which is stable while the staff does not change).
	fn staff(
		organization: &AccountId,
		start_after: Option<&AccountId>,
		limit: u32,
	) -> alloc::vec::Vec<AccountId>;

	/// Suspends the practitioner `who` (for example after an unjustified break-glass
	/// finding), telling whoever drops what a suspended practitioner may no longer use.
	/// Suspending an already suspended practitioner succeeds and changes nothing. Returns the
	/// weight used, at most [`ProviderRegistry::suspend_weight`].
	fn suspend_practitioner(who: &AccountId) -> Result<Weight, DispatchError>;

	/// An upper bound of what [`ProviderRegistry::suspend_practitioner`] may use.
	fn suspend_weight() -> Weight;

	/// Whether `who` is an active organization.
	fn is_active_organization(who: &AccountId) -> bool {
		Self::organization(who).is_some_and(|o| o.active)
	}

	/// Whether `who` is an active practitioner, holding `role` if one is given.
	fn is_active_practitioner(who: &AccountId, role: Option<PractitionerRole>) -> bool {
		Self::practitioner(who).is_some_and(|p| p.active && role.is_none_or(|r| p.role == r))
	}
}

/// The registry of patients (implemented by `pallet-patients`).
pub trait PatientRegistry<AccountId: PartialEq> {
	/// The pseudonym of the patient whose own account is `who`, if any.
	fn patient_of(who: &AccountId) -> Option<PatientId>;

	/// The account that owns the patient `patient`, if registered.
	fn owner_of(patient: &PatientId) -> Option<AccountId>;

	/// Whether `who` is a guardian of `patient`.
	fn is_guardian(patient: &PatientId, who: &AccountId) -> bool;

	/// The patient's X25519 key, if registered.
	fn encryption_key(patient: &PatientId) -> Option<EncryptionKey>;

	/// The patient's break-glass policy, if registered.
	fn emergency_policy(patient: &PatientId) -> Option<EmergencyPolicy>;

	/// The organization whose practitioner registered the patient, if one did.
	fn registering_organization(patient: &PatientId) -> Option<AccountId>;

	/// Whether the pseudonym belonged to a patient who has been erased.
	fn is_erased(patient: &PatientId) -> bool;

	/// Whether `who` may act for `patient` on consent calls: the patient's own account or
	/// one of their guardians.
	fn may_act_for(patient: &PatientId, who: &AccountId) -> bool {
		Self::owner_of(patient).is_some_and(|owner| &owner == who)
			|| Self::is_guardian(patient, who)
	}
}

/// Called when a patient is erased (right to erasure), so that other pallets delete what
/// they hold for that patient: key envelopes, grants and requests, emergency keys and
/// sessions.
///
/// Implementations must be bounded: they do at most [`OnPatientErased::max_weight`] of work
/// in the call and return the weight actually used; what does not fit is continued by the
/// pallet itself (in `on_idle`), tracked in its storage. Access checks refuse everything for
/// an erased patient from the block of erasure on, so nothing left for later is usable.
pub trait OnPatientErased {
	/// Deletes (a first bounded part of) what the implementing pallet holds for `patient`.
	fn on_patient_erased(patient: &PatientId) -> Weight;

	/// An upper bound of what [`OnPatientErased::on_patient_erased`] may use.
	fn max_weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl OnPatientErased for Tuple {
	fn on_patient_erased(patient: &PatientId) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::on_patient_erased(patient)); )* );
		weight
	}

	fn max_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::max_weight()); )* );
		weight
	}
}

/// Called when an organization leaves the registry, so that other pallets drop what they
/// hold for it (the emergency pallet removes it from the emergency authorities).
pub trait OnOrganizationRemoved<AccountId> {
	/// Drops what the implementing pallet holds for `organization`; returns the weight used.
	fn on_organization_removed(organization: &AccountId) -> Weight;

	/// An upper bound of what [`OnOrganizationRemoved::on_organization_removed`] may use.
	fn max_weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> OnOrganizationRemoved<AccountId> for Tuple {
	fn on_organization_removed(organization: &AccountId) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::on_organization_removed(organization)); )* );
		weight
	}

	fn max_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::max_weight()); )* );
		weight
	}
}

/// Called when a practitioner or an organization is suspended or removed, so that other
/// pallets drop what it may no longer use (the records pallet removes the key envelopes that
/// no access justifies any more: the practitioner's, or the organization's and its staff's).
///
/// Implementations must be bounded: they do at most [`OnProviderDeactivated::max_weight`]
/// of work in the call and continue the rest themselves (in `on_idle`), tracked in their
/// storage. Access checks refuse a deactivated party at once, so nothing left for later is
/// usable.
pub trait OnProviderDeactivated<AccountId> {
	/// `practitioner` was suspended or removed (or its organization's registration ended
	/// it): drops (a bounded first part of) what it may no longer use; returns the weight
	/// used.
	fn on_practitioner_deactivated(practitioner: &AccountId) -> Weight;

	/// `organization` was suspended or removed, and with it every practitioner of its staff:
	/// drops (a bounded first part of) what they may no longer use; returns the weight used.
	fn on_organization_deactivated(organization: &AccountId) -> Weight;

	/// An upper bound of what either hook may use.
	fn max_weight() -> Weight;
}

impl<AccountId> OnProviderDeactivated<AccountId> for () {
	fn on_practitioner_deactivated(_: &AccountId) -> Weight {
		Weight::zero()
	}

	fn on_organization_deactivated(_: &AccountId) -> Weight {
		Weight::zero()
	}

	fn max_weight() -> Weight {
		Weight::zero()
	}
}

/// Who may write records for a patient, and who may read a record (implemented by the consent
/// pallet, which answers from grants, statuses and break-glass sessions). Every answer is
/// "no" for a patient who is not registered (never was, or was erased).
pub trait RecordAccess<AccountId> {
	/// Whether `who` may anchor a new record of `kind` for `patient` now, and what the check
	/// did not read of its costliest path (for the caller's refund).
	fn write_check(who: &AccountId, patient: &PatientId, kind: &RecordKind) -> Checked;

	/// Whether `who` may anchor a new record of `kind` for `patient` now.
	fn may_write(who: &AccountId, patient: &PatientId, kind: &RecordKind) -> bool {
		Self::write_check(who, patient, kind).allowed
	}

	/// The most grants a write or amend check reads ([`Checked::grants_read`]).
	fn max_grants_read() -> u32;

	/// Whether `who` may supersede `record` with a new version of `kind` now (see
	/// [`RecordAccess::may_amend`]), and what the check did not read of its costliest path.
	fn amend_check(who: &AccountId, record: &RecordRef<AccountId>, kind: &RecordKind) -> Checked;

	/// Whether `who` may supersede `record` with a new version of `kind` now: the patient, or
	/// the record's author (or an active practitioner of its organization) with a write
	/// grant whose scope covers both the record and `kind`, or in an active break-glass
	/// session.
	fn may_amend(who: &AccountId, record: &RecordRef<AccountId>, kind: &RecordKind) -> bool {
		Self::amend_check(who, record, kind).allowed
	}

	/// Whether `who` may read `record` now (and so be handed its key envelope).
	fn may_read(who: &AccountId, record: &RecordRef<AccountId>) -> bool;

	/// An upper bound of the weight of one [`RecordAccess::may_read`] check, from the
	/// implementing pallet's benchmarks.
	fn read_check_weight() -> Weight;

	/// Whether `who`'s access to `patient`'s records ended in a way whose clean-up is still
	/// pending in the implementing pallet's storage (an expired grant not yet cleaned, an
	/// ended break-glass session not yet cleaned). Used by invariant checks: until the
	/// clean-up, envelopes that access gave may remain (never handed out).
	fn awaits_cleanup(who: &AccountId, patient: &PatientId) -> bool;
}

/// The answer of a write or amend check, with the storage reads of its costliest path that it
/// did not make.
///
/// The calls that check access are charged the check's costliest path (a party's own and its
/// organization's grant lists read in full, then a break-glass session); most checks end much
/// earlier (a physician writing through its hospital's first grant reads one list that misses,
/// one that holds it, and that grant). A call refunds the reads its check did not make, as
/// counted here: each a distinct storage entry the costliest path reads, so a refund never
/// exceeds what the call's benchmark charged for them.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Checked {
	/// Whether the party may write.
	pub allowed: bool,
	/// Grants this check read (at most [`RecordAccess::max_grants_read`]).
	pub grants_read: u32,
	/// Reads of grant lists and grants the costliest path makes and this check did not.
	pub grant_reads_skipped: u32,
	/// Reads of a break-glass session the costliest path makes and this check did not.
	pub session_reads_skipped: u32,
	/// Reads of a break-glass session this check made.
	pub session_reads_made: u32,
}

impl Checked {
	/// What a call charged the check's costliest path refunds: every read skipped.
	pub fn skipped(&self) -> u32 {
		self.grant_reads_skipped.saturating_add(self.session_reads_skipped)
	}

	/// The reads skipped other than grants' (grant lists and the session), for a call whose
	/// weight is a function of the grants read, of which `max_grants` at most.
	pub fn skipped_besides_grants(&self, max_grants: u32) -> u32 {
		let grants_skipped = max_grants.saturating_sub(self.grants_read);
		self.skipped().saturating_sub(grants_skipped)
	}
}

/// Whether an account is a registered, active actor of a pallet (an active organization or
/// practitioner; a registered patient or a guardian of one).
pub trait ActiveActor<AccountId> {
	/// Whether `who` is a registered, active actor.
	fn is_active_actor(who: &AccountId) -> bool;
}

/// Whether a transaction may take the fee-free path, and which budgets it draws from.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FreePath<AccountId> {
	/// It pays.
	No,
	/// Free within the sender's own quota.
	Own,
	/// Free within the sender's own quota and the shared budget of an organization (the
	/// sender's, or the sender itself): an organization and all of its staff together make at
	/// most the shared quota of free calls, however many staff it registers.
	Shared(AccountId),
}

impl<AccountId> FreePath<AccountId> {
	/// Whether the transaction may go free.
	pub fn is_free(&self) -> bool {
		!matches!(self, FreePath::No)
	}
}

/// Decides which transactions may take the fee-free path: the runtime combines the
/// registries ([`ActiveActor`]) with the list of calls that are free.
pub trait FreeCallEligibility<AccountId, Call> {
	/// Whether `who` may submit `call` without paying a fee (within the rate limits), and
	/// which budgets it draws from.
	fn free_path(who: &AccountId, call: &Call) -> FreePath<AccountId>;

	/// The most bytes `call` can add to the state, whoever sends it: the keys and values of
	/// the entries it may create and what existing values may grow by. A free transaction
	/// counts this much against its sender's state quota. It must be an upper bound: the
	/// runtime's tests measure each free call's growth against it.
	fn state_growth(call: &Call) -> u32;

	/// Whether `call` from `who` serves care that cannot wait (break-glass) and would pass
	/// its checks: sent by an account the free path is open to, it goes before everything
	/// else in the pool, paid or free.
	fn is_urgent(_who: &AccountId, _call: &Call) -> bool {
		false
	}

	/// An upper bound of what [`FreeCallEligibility::is_urgent`] costs for `call`.
	fn urgent_check_weight(_call: &Call) -> Weight {
		Weight::zero()
	}
}

/// Runs a call whose declared weight holds an allowance for work it may not reach (envelope
/// removals, hooks), and charges an error that names no actual weight `weight` instead of the
/// declared worst case: the call's own benchmarked weight, an upper bound of what it did
/// before failing. Failing calls then cost what they did, and cannot fill blocks for free.
pub fn charge_errors_at(
	weight: Weight,
	call: impl FnOnce() -> frame_support::dispatch::DispatchResultWithPostInfo,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	call().map_err(|mut error| {
		if error.post_info.actual_weight.is_none() {
			error.post_info.actual_weight = Some(weight);
		}
		error
	})
}
