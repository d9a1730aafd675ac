//! # Access (consent) pallet
//!
//! The patient decides who reads what, and can see everything that happened.
//!
//! ## Terms
//!
//! - **Grant**: a patient's (or guardian's) permission for a practitioner or an organization
//!   to read (or read and write) a [scope](medchain_primitives::Scope) of the patient's
//!   records, for a [purpose](medchain_primitives::Purpose), until an optional expiry block
//!   (exclusive: a grant expiring at block `e` counts up to block `e - 1`). A grant to an
//!   organization covers its active practitioners. Grants are never deleted: revocation and
//!   expiry are recorded on them.
//! - **Request**: a third party (insurer, research body, another hospital) asks for a scope,
//!   a duration and a purpose; the patient approves (creating the grant) or denies; the
//!   requester may cancel. Research requests come only from research bodies, only for
//!   reading, and only with an ethics approval (a document hash and the approving
//!   organization); the grant they create is for de-identified use.
//! - **Access check** ([`Pallet::access_reason`], and [`RecordAccess`] for the records pallet):
//!   the patient or a guardian; the record's author; an active grant covering the record, to
//!   the party or to its organization, with the party (and organization) active; an active
//!   break-glass session ([`Config::Emergency`]).
//! - **Audit trail**: every consent event of a patient is appended to [`AuditLog`], paged by
//!   position, kept after events are pruned; other pallets append through [`AuditTrail`].
//!
//! Expiry needs no sweep: every check compares with the current block. Expired grants are
//! cleaned from the active index by anyone with [`clean_expired`](Pallet::clean_expired).
//!
//! ## Dispatchable functions
//!
//! For patients and guardians:
//! - [`grant_access`](Pallet::grant_access), [`revoke_access`](Pallet::revoke_access)
//! - [`approve_request`](Pallet::approve_request), [`deny_request`](Pallet::deny_request)
//!
//! For third parties (active organizations and practitioners):
//! - [`request_access`](Pallet::request_access), [`cancel_request`](Pallet::cancel_request)
//!
//! For readers: [`submit_read_receipt`](Pallet::submit_read_receipt).
//!
//! For anyone: [`clean_expired`](Pallet::clean_expired).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	AccessReason, AuditEvent, AuditTrail, EmergencyAccess, KeyEnvelopes, OrganizationKind,
	PatientId, PatientRegistry, Permission, ProviderRegistry, Purpose, RecordAccess, RecordId,
	RecordLookup, RecordRef, Scope,
};
use sp_runtime::traits::{Saturating, Zero};

/// A stored grant of this runtime.
pub type GrantOf<T> = Grant<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A stored request of this runtime.
pub type RequestOf<T> = Request<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// Research terms of this runtime.
pub type ResearchTermsOf<T> = ResearchTerms<<T as frame_system::Config>::AccountId>;

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A registered patient and its owner account.
	fn patient() -> (PatientId, AccountId);
	/// An active practitioner (of an active organization).
	fn practitioner() -> AccountId;
	/// An active research body.
	fn research_body() -> AccountId;
	/// A record of `patient`, written by `author`, with an envelope for `party`.
	fn record(patient: &PatientId, owner: &AccountId, party: &AccountId, seed: u32) -> RecordId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the consent pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The patient registry.
		type Patients: PatientRegistry<Self::AccountId>;
		/// The provider registry.
		type Providers: ProviderRegistry<Self::AccountId>;
		/// The records (to check receipts against).
		type Records: RecordLookup<Self::AccountId>;
		/// The key envelopes, removed when a grant is revoked.
		type Envelopes: KeyEnvelopes<Self::AccountId>;
		/// Break-glass sessions.
		type Emergency: EmergencyAccess<Self::AccountId>;

		/// The most active grants a patient may have.
		#[pallet::constant]
		type MaxGrantsPerPatient: Get<u32>;
		/// The most active grants one party may hold from one patient.
		#[pallet::constant]
		type MaxGrantsPerGrantee: Get<u32>;
		/// The most pending requests a patient may have.
		#[pallet::constant]
		type MaxPendingRequests: Get<u32>;
		/// The most pending requests one requester may have with one patient.
		#[pallet::constant]
		type MaxPendingPerRequester: Get<u32>;
		/// The longest duration a request may ask for, in blocks.
		#[pallet::constant]
		type MaxRequestDuration: Get<BlockNumberFor<Self>>;
		/// The most envelopes removed when a grant is revoked (the rest are removed by the
		/// patient with `records.revoke_key`).
		#[pallet::constant]
		type EnvelopeRemovalLimit: Get<u32>;

		/// Weights of this pallet's calls, generated by its benchmarks.
		type WeightInfo: WeightInfo;

		/// Prepares patients, practitioners and records for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The next grant's id.
	#[pallet::storage]
	pub type NextGrantId<T: Config> = StorageValue<_, GrantId, ValueQuery>;

	/// Every grant ever made (revoked and expired ones too). Ids are chosen by the chain.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, GrantOf<T>>;

	/// Each patient's grants, for paging (iterate the patient's prefix).
	#[pallet::storage]
	pub type GrantsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, PatientId, Twox64Concat, GrantId, ()>;

	/// The grants that may still count, by patient and grantee: revoked ones are removed at
	/// once, expired ones by [`Pallet::clean_expired`].
	#[pallet::storage]
	pub type ActiveGrants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		PatientId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<GrantId, T::MaxGrantsPerGrantee>,
		ValueQuery,
	>;

	/// How many grants each patient has in [`ActiveGrants`].
	#[pallet::storage]
	pub type ActiveGrantCount<T: Config> =
		StorageMap<_, Blake2_128Concat, PatientId, u32, ValueQuery>;

	/// The next request's id.
	#[pallet::storage]
	pub type NextRequestId<T: Config> = StorageValue<_, RequestId, ValueQuery>;

	/// Every request ever made, with where it stands.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Twox64Concat, RequestId, RequestOf<T>>;

	/// Each patient's requests (any status), for paging (iterate the patient's prefix).
	#[pallet::storage]
	pub type RequestsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, PatientId, Twox64Concat, RequestId, ()>;

	/// Each patient's pending requests.
	#[pallet::storage]
	pub type PendingRequests<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		PatientId,
		BoundedVec<RequestId, T::MaxPendingRequests>,
		ValueQuery,
	>;

	/// Each patient's audit trail, by position.
	#[pallet::storage]
	pub type AuditLog<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		PatientId,
		Twox64Concat,
		u32,
		AuditEntry<T::AccountId, BlockNumberFor<T>>,
	>;

	/// The length of each patient's audit trail.
	#[pallet::storage]
	pub type AuditLength<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A grant was made.
		AccessGranted {
			/// The grant.
			grant: GrantId,
			/// Whose records.
			patient: PatientId,
			/// To whom.
			grantee: T::AccountId,
			/// By whom (the patient or a guardian).
			by: T::AccountId,
		},
		/// A grant was revoked.
		AccessRevoked {
			/// The grant.
			grant: GrantId,
			/// Whose records.
			patient: PatientId,
			/// By whom.
			by: T::AccountId,
			/// How many of the grantee's envelopes were removed.
			envelopes_removed: u32,
		},
		/// Expired grants were cleaned from the active index.
		ExpiredGrantsCleaned {
			/// Whose grants.
			patient: PatientId,
			/// How many.
			count: u32,
		},
		/// A third party asked for access.
		AccessRequested {
			/// The request.
			request: RequestId,
			/// Whose records.
			patient: PatientId,
			/// Who asks.
			requester: T::AccountId,
		},
		/// A request was approved.
		RequestApproved {
			/// The request.
			request: RequestId,
			/// The grant it created.
			grant: GrantId,
			/// By whom.
			by: T::AccountId,
		},
		/// A request was denied.
		RequestDenied {
			/// The request.
			request: RequestId,
			/// By whom.
			by: T::AccountId,
		},
		/// A request was cancelled by its requester.
		RequestCancelled {
			/// The request.
			request: RequestId,
		},
		/// A reader reported reading a record.
		ReadReceipt {
			/// The record.
			record: RecordId,
			/// The reader.
			reader: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No patient is registered under this pseudonym.
		PatientNotFound,
		/// The caller is neither the patient nor a guardian.
		NotAuthorized,
		/// A grant to the patient or to the caller.
		SelfGrant,
		/// The grantee or requester is not an active organization or practitioner.
		NotActiveProvider,
		/// The expiry is not after the current block.
		ExpiryInPast,
		/// The scope lists nothing, or an invalid kind.
		InvalidScope,
		/// Research access is only given by approving a research request.
		ResearchNeedsRequest,
		/// The patient, or the pair of patient and grantee, has the most grants allowed.
		TooManyGrants,
		/// No grant has this id.
		GrantNotFound,
		/// The grant is already revoked.
		AlreadyRevoked,
		/// No request has this id.
		RequestNotFound,
		/// The request was already decided or cancelled.
		RequestNotPending,
		/// The caller did not make this request.
		NotRequester,
		/// The patient has the most pending requests allowed.
		TooManyPendingRequests,
		/// The requester has the most pending requests allowed with this patient.
		RequesterLimitReached,
		/// The duration is zero or longer than [`Config::MaxRequestDuration`].
		InvalidDuration,
		/// A research request needs research terms, and only research requests have them.
		ResearchTermsMismatch,
		/// Only research bodies (or their practitioners) may request research access.
		NotResearchBody,
		/// The ethics approval's organization is not an active organization.
		UnknownEthicsApprover,
		/// Research access is read-only.
		ResearchIsReadOnly,
		/// No record has this id.
		RecordNotFound,
		/// The caller may not read this record.
		MayNotRead,
		/// Ids are exhausted.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxGrantsPerGrantee::get() >= 1, "MaxGrantsPerGrantee must be at least 1");
			assert!(T::MaxPendingPerRequester::get() >= 1, "MaxPendingPerRequester must be >= 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grant `grantee` access to `scope` of `patient`'s records.
		///
		/// Origin: signed by the patient or a guardian. `grantee` is an active practitioner or
		/// organization (a grant to an organization covers its active practitioners);
		/// `expires_at`, if given, is the first block in which the grant no longer counts.
		/// Research access is given only by approving a research request.
		///
		/// Emits [`Event::AccessGranted`]; appends `GrantCreated` to the audit trail.
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`], [`Error::SelfGrant`],
		/// [`Error::NotActiveProvider`], [`Error::ResearchNeedsRequest`],
		/// [`Error::InvalidScope`], [`Error::ExpiryInPast`], [`Error::TooManyGrants`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_access())]
		pub fn grant_access(
			origin: OriginFor<T>,
			patient: PatientId,
			grantee: T::AccountId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let owner = Self::ensure_may_act(&patient, &by)?;
			ensure!(grantee != by && grantee != owner, Error::<T>::SelfGrant);
			ensure!(Self::is_active_provider(&grantee), Error::<T>::NotActiveProvider);
			ensure!(purpose != Purpose::Research, Error::<T>::ResearchNeedsRequest);
			Self::ensure_valid_scope(&scope)?;
			let now = frame_system::Pallet::<T>::block_number();
			if let Some(expiry) = expires_at {
				ensure!(expiry > now, Error::<T>::ExpiryInPast);
			}
			let grant = Self::insert_grant(Grant {
				patient,
				grantee: grantee.clone(),
				scope,
				permission,
				purpose,
				research: None,
				granted_by: by.clone(),
				granted_at: now,
				expires_at,
				revoked: None,
				request: None,
			})?;
			Self::append(&patient, &by, AuditEvent::GrantCreated { grant });
			Self::deposit_event(Event::AccessGranted { grant, patient, grantee, by });
			Ok(())
		}

		/// Revoke `grant`, at once.
		///
		/// Origin: signed by the patient or a guardian. The grant stays in history with who
		/// revoked it and when. If the grantee holds no other active grant from the patient,
		/// up to [`Config::EnvelopeRemovalLimit`] of its key envelopes for the patient's
		/// records are removed too.
		///
		/// Emits [`Event::AccessRevoked`]; appends `GrantRevoked`.
		/// Errors: [`Error::GrantNotFound`], [`Error::NotAuthorized`],
		/// [`Error::AlreadyRevoked`].
		#[pallet::call_index(1)]
		#[pallet::weight(
			T::WeightInfo::revoke_access()
				.saturating_add(T::Envelopes::removal_weight(T::EnvelopeRemovalLimit::get()))
		)]
		pub fn revoke_access(origin: OriginFor<T>, grant: GrantId) -> DispatchResultWithPostInfo {
			let by = ensure_signed(origin)?;
			let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::GrantNotFound)?;
			Self::ensure_may_act(&entry.patient, &by)?;
			ensure!(entry.revoked.is_none(), Error::<T>::AlreadyRevoked);
			let now = frame_system::Pallet::<T>::block_number();
			entry.revoked = Some(Revocation { by: by.clone(), at: now });
			let patient = entry.patient;
			let grantee = entry.grantee.clone();
			Grants::<T>::insert(grant, entry);
			Self::deactivate(&patient, &grantee, grant);
			let others = ActiveGrants::<T>::get(patient, &grantee)
				.iter()
				.any(|g| Grants::<T>::get(g).is_some_and(|g| Self::counts(&g, now)));
			let envelopes_removed = if others {
				0
			} else {
				T::Envelopes::remove_envelopes(&patient, &grantee, T::EnvelopeRemovalLimit::get())
			};
			Self::append(&patient, &by, AuditEvent::GrantRevoked { grant });
			Self::deposit_event(Event::AccessRevoked { grant, patient, by, envelopes_removed });
			Ok(Some(
				T::WeightInfo::revoke_access()
					.saturating_add(T::Envelopes::removal_weight(envelopes_removed)),
			)
			.into())
		}

		/// Ask `patient` for access to `scope` for `duration` blocks, for `purpose`.
		///
		/// Origin: signed by an active organization or practitioner. Research requests
		/// (`purpose = Research`) come from research bodies or their practitioners, are
		/// read-only, and carry `research` terms (ethics approval hash and approving
		/// organization); other requests carry none.
		///
		/// Emits [`Event::AccessRequested`]; appends `AccessRequested`.
		/// Errors: [`Error::NotActiveProvider`], [`Error::PatientNotFound`],
		/// [`Error::InvalidScope`], [`Error::InvalidDuration`],
		/// [`Error::ResearchTermsMismatch`], [`Error::NotResearchBody`],
		/// [`Error::ResearchIsReadOnly`], [`Error::UnknownEthicsApprover`],
		/// [`Error::TooManyPendingRequests`], [`Error::RequesterLimitReached`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			patient: PatientId,
			scope: Scope,
			permission: Permission,
			purpose: Purpose,
			duration: BlockNumberFor<T>,
			research: Option<ResearchTermsOf<T>>,
		) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			ensure!(Self::is_active_provider(&requester), Error::<T>::NotActiveProvider);
			ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
			Self::ensure_valid_scope(&scope)?;
			ensure!(
				!duration.is_zero() && duration <= T::MaxRequestDuration::get(),
				Error::<T>::InvalidDuration
			);
			ensure!(
				(purpose == Purpose::Research) == research.is_some(),
				Error::<T>::ResearchTermsMismatch
			);
			if let Some(terms) = &research {
				ensure!(Self::is_research_body(&requester), Error::<T>::NotResearchBody);
				ensure!(permission == Permission::Read, Error::<T>::ResearchIsReadOnly);
				ensure!(
					T::Providers::is_active_organization(&terms.approved_by),
					Error::<T>::UnknownEthicsApprover
				);
			}
			let mut pending = PendingRequests::<T>::get(patient);
			let mine = pending
				.iter()
				.filter(|r| Requests::<T>::get(r).is_some_and(|r| r.requester == requester))
				.count() as u32;
			ensure!(mine < T::MaxPendingPerRequester::get(), Error::<T>::RequesterLimitReached);
			let request = NextRequestId::<T>::get();
			pending.try_push(request).map_err(|_| Error::<T>::TooManyPendingRequests)?;
			let next = request.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Requests::<T>::insert(
				request,
				Request {
					patient,
					requester: requester.clone(),
					scope,
					permission,
					purpose,
					duration,
					research,
					requested_at: frame_system::Pallet::<T>::block_number(),
					status: RequestStatus::Pending,
				},
			);
			PendingRequests::<T>::insert(patient, pending);
			RequestsOf::<T>::insert(patient, request, ());
			NextRequestId::<T>::put(next);
			Self::append(&patient, &requester, AuditEvent::AccessRequested { request });
			Self::deposit_event(Event::AccessRequested { request, patient, requester });
			Ok(())
		}

		/// Approve `request`: the grant it asked for is created, expiring `duration` blocks
		/// from now.
		///
		/// Origin: signed by the patient or a guardian. The requester must still be active.
		///
		/// Emits [`Event::RequestApproved`] and [`Event::AccessGranted`]; appends
		/// `RequestApproved` and `GrantCreated`.
		/// Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
		/// [`Error::NotAuthorized`], [`Error::NotActiveProvider`], [`Error::TooManyGrants`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::approve_request())]
		pub fn approve_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Self::pending_request(request)?;
			Self::ensure_may_act(&entry.patient, &by)?;
			ensure!(Self::is_active_provider(&entry.requester), Error::<T>::NotActiveProvider);
			let now = frame_system::Pallet::<T>::block_number();
			let patient = entry.patient;
			let grant = Self::insert_grant(Grant {
				patient,
				grantee: entry.requester.clone(),
				scope: entry.scope.clone(),
				permission: entry.permission,
				purpose: entry.purpose,
				research: entry.research.clone(),
				granted_by: by.clone(),
				granted_at: now,
				expires_at: Some(now.saturating_add(entry.duration)),
				revoked: None,
				request: Some(request),
			})?;
			let grantee = entry.requester.clone();
			entry.status = RequestStatus::Approved(grant);
			Self::close_request(request, entry);
			Self::append(&patient, &by, AuditEvent::RequestApproved { request, grant });
			Self::append(&patient, &by, AuditEvent::GrantCreated { grant });
			Self::deposit_event(Event::AccessGranted { grant, patient, grantee, by: by.clone() });
			Self::deposit_event(Event::RequestApproved { request, grant, by });
			Ok(())
		}

		/// Deny `request`.
		///
		/// Origin: signed by the patient or a guardian.
		///
		/// Emits [`Event::RequestDenied`]; appends `RequestDenied`.
		/// Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
		/// [`Error::NotAuthorized`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::deny_request())]
		pub fn deny_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Self::pending_request(request)?;
			Self::ensure_may_act(&entry.patient, &by)?;
			let patient = entry.patient;
			entry.status = RequestStatus::Denied;
			Self::close_request(request, entry);
			Self::append(&patient, &by, AuditEvent::RequestDenied { request });
			Self::deposit_event(Event::RequestDenied { request, by });
			Ok(())
		}

		/// Cancel one's own pending `request`.
		///
		/// Origin: signed by the requester.
		///
		/// Emits [`Event::RequestCancelled`]; appends `RequestCancelled`.
		/// Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
		/// [`Error::NotRequester`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::cancel_request())]
		pub fn cancel_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Self::pending_request(request)?;
			ensure!(entry.requester == by, Error::<T>::NotRequester);
			let patient = entry.patient;
			entry.status = RequestStatus::Cancelled;
			Self::close_request(request, entry);
			Self::append(&patient, &by, AuditEvent::RequestCancelled { request });
			Self::deposit_event(Event::RequestCancelled { request });
			Ok(())
		}

		/// Remove up to `limit` expired grants of `patient` from the active index.
		///
		/// Origin: signed by anyone. Expired grants already count for nothing; this only
		/// frees room. Each cleaned grant is appended (`GrantExpired`) to the audit trail.
		///
		/// Emits [`Event::ExpiredGrantsCleaned`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::clean_expired(T::MaxGrantsPerPatient::get()))]
		pub fn clean_expired(
			origin: OriginFor<T>,
			patient: PatientId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			let by = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let limit = limit.min(T::MaxGrantsPerPatient::get());
			let mut examined = 0u32;
			let mut expired: Vec<(T::AccountId, GrantId)> = Vec::new();
			'outer: for (grantee, grants) in ActiveGrants::<T>::iter_prefix(patient) {
				for grant in grants {
					if examined >= limit {
						break 'outer;
					}
					examined = examined.saturating_add(1);
					if Grants::<T>::get(grant).is_some_and(|g| !Self::counts(&g, now)) {
						expired.push((grantee.clone(), grant));
					}
				}
			}
			for (grantee, grant) in &expired {
				Self::deactivate(&patient, grantee, *grant);
				Self::append(&patient, &by, AuditEvent::GrantExpired { grant: *grant });
			}
			let count = expired.len() as u32;
			Self::deposit_event(Event::ExpiredGrantsCleaned { patient, count });
			Ok(Some(T::WeightInfo::clean_expired(examined)).into())
		}

		/// Report that the caller read `record` (sent by the reader's client after
		/// decrypting it).
		///
		/// Origin: signed by a party who may read the record now.
		///
		/// Emits [`Event::ReadReceipt`]; appends `RecordRead`.
		/// Errors: [`Error::RecordNotFound`], [`Error::MayNotRead`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::submit_read_receipt())]
		pub fn submit_read_receipt(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let reader = ensure_signed(origin)?;
			let entry = T::Records::record(record).ok_or(Error::<T>::RecordNotFound)?;
			ensure!(Self::access_reason(&reader, &entry).is_some(), Error::<T>::MayNotRead);
			Self::append(&entry.patient, &reader, AuditEvent::RecordRead { record });
			Self::deposit_event(Event::ReadReceipt { record, reader });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The patient's owner, if `who` may act for the patient.
	fn ensure_may_act(
		patient: &PatientId,
		who: &T::AccountId,
	) -> Result<T::AccountId, DispatchError> {
		let owner = T::Patients::owner_of(patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(&owner == who || T::Patients::is_guardian(patient, who), Error::<T>::NotAuthorized);
		Ok(owner)
	}

	/// An active organization, or an active practitioner of an active organization.
	fn is_active_provider(who: &T::AccountId) -> bool {
		T::Providers::is_active_organization(who) || T::Providers::is_active_practitioner(who, None)
	}

	fn is_research_body(who: &T::AccountId) -> bool {
		let org = match T::Providers::practitioner(who) {
			Some(p) => p.organization,
			None => who.clone(),
		};
		T::Providers::organization(&org).is_some_and(|o| o.kind == OrganizationKind::ResearchBody)
	}

	fn ensure_valid_scope(scope: &Scope) -> DispatchResult {
		let valid = match scope {
			Scope::AllRecords => true,
			Scope::Kinds(kinds) => !kinds.is_empty() && kinds.iter().all(|k| k.is_valid()),
			Scope::Records(records) => !records.is_empty(),
		};
		ensure!(valid, Error::<T>::InvalidScope);
		Ok(())
	}

	/// Whether `grant` counts at block `now`: not revoked, not expired.
	fn counts(grant: &GrantOf<T>, now: BlockNumberFor<T>) -> bool {
		grant.revoked.is_none() && grant.expires_at.is_none_or(|e| now < e)
	}

	fn insert_grant(grant: GrantOf<T>) -> Result<GrantId, DispatchError> {
		let id = NextGrantId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let count = ActiveGrantCount::<T>::get(grant.patient);
		ensure!(count < T::MaxGrantsPerPatient::get(), Error::<T>::TooManyGrants);
		let mut pair = ActiveGrants::<T>::get(grant.patient, &grant.grantee);
		pair.try_push(id).map_err(|_| Error::<T>::TooManyGrants)?;
		ActiveGrants::<T>::insert(grant.patient, &grant.grantee, pair);
		ActiveGrantCount::<T>::insert(grant.patient, count.saturating_add(1));
		GrantsOf::<T>::insert(grant.patient, id, ());
		Grants::<T>::insert(id, grant);
		NextGrantId::<T>::put(next);
		Ok(id)
	}

	/// Removes `grant` from the active index (if it is there).
	fn deactivate(patient: &PatientId, grantee: &T::AccountId, grant: GrantId) {
		let mut pair = ActiveGrants::<T>::get(patient, grantee);
		let Some(position) = pair.iter().position(|g| *g == grant) else { return };
		pair.remove(position);
		if pair.is_empty() {
			ActiveGrants::<T>::remove(patient, grantee);
		} else {
			ActiveGrants::<T>::insert(patient, grantee, pair);
		}
		ActiveGrantCount::<T>::mutate(patient, |c| *c = c.saturating_sub(1));
	}

	fn pending_request(request: RequestId) -> Result<RequestOf<T>, DispatchError> {
		let entry = Requests::<T>::get(request).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(entry.status == RequestStatus::Pending, Error::<T>::RequestNotPending);
		Ok(entry)
	}

	/// Stores a decided request and drops it from the patient's pending list.
	fn close_request(request: RequestId, entry: RequestOf<T>) {
		PendingRequests::<T>::mutate(entry.patient, |pending| pending.retain(|r| *r != request));
		Requests::<T>::insert(request, entry);
	}

	fn append(patient: &PatientId, actor: &T::AccountId, event: AuditEvent) {
		let position = AuditLength::<T>::get(patient);
		AuditLog::<T>::insert(
			patient,
			position,
			AuditEntry {
				at: frame_system::Pallet::<T>::block_number(),
				actor: actor.clone(),
				event,
			},
		);
		AuditLength::<T>::insert(patient, position.saturating_add(1));
	}

	/// A grant counting now for `party` on `record` with at least `permission`: the party's
	/// own, or its organization's when the party is an active practitioner.
	fn counting_grant(
		party: &T::AccountId,
		patient: &PatientId,
		covers: impl Fn(&GrantOf<T>) -> bool,
	) -> Option<GrantId> {
		let now = frame_system::Pallet::<T>::block_number();
		let find = |holder: &T::AccountId| {
			ActiveGrants::<T>::get(patient, holder).into_iter().find(|id| {
				Grants::<T>::get(id).is_some_and(|g| Self::counts(&g, now) && covers(&g))
			})
		};
		if T::Providers::is_active_organization(party) {
			return find(party);
		}
		let practitioner = T::Providers::practitioner(party).filter(|p| p.active)?;
		find(party).or_else(|| find(&practitioner.organization))
	}

	/// Why `who` may read `record` now, if it may.
	pub fn access_reason(
		who: &T::AccountId,
		record: &RecordRef<T::AccountId>,
	) -> Option<AccessReason> {
		if T::Patients::owner_of(&record.patient).as_ref() == Some(who)
			|| T::Patients::is_guardian(&record.patient, who)
		{
			return Some(AccessReason::Patient);
		}
		if &record.author == who {
			return Some(AccessReason::Author);
		}
		if let Some(grant) =
			Self::counting_grant(who, &record.patient, |g| g.scope.covers(record.id, &record.kind))
		{
			return Some(AccessReason::Grant(grant));
		}
		T::Emergency::active_session(who, &record.patient).map(AccessReason::BreakGlass)
	}

	/// Up to `limit` of `patient`'s grants (revoked and expired ones too) with ids from
	/// `from`, by id. Reads every grant id of the patient: meant for runtime APIs, not calls.
	pub fn grants_of(patient: PatientId, from: GrantId, limit: u32) -> Vec<(GrantId, GrantOf<T>)> {
		let mut ids: Vec<GrantId> =
			GrantsOf::<T>::iter_key_prefix(patient).filter(|id| *id >= from).collect();
		ids.sort_unstable();
		ids.into_iter()
			.take(limit as usize)
			.filter_map(|id| Grants::<T>::get(id).map(|g| (id, g)))
			.collect()
	}

	/// Up to `limit` of the requests made to `patient` (any status) with ids from `from`, by
	/// id. Reads every request id of the patient: meant for runtime APIs, not calls.
	pub fn requests_of(
		patient: PatientId,
		from: RequestId,
		limit: u32,
	) -> Vec<(RequestId, RequestOf<T>)> {
		let mut ids: Vec<RequestId> =
			RequestsOf::<T>::iter_key_prefix(patient).filter(|id| *id >= from).collect();
		ids.sort_unstable();
		ids.into_iter()
			.take(limit as usize)
			.filter_map(|id| Requests::<T>::get(id).map(|r| (id, r)))
			.collect()
	}

	/// Up to `limit` entries of `patient`'s audit trail from position `from`.
	pub fn audit_trail(
		patient: PatientId,
		from: u32,
		limit: u32,
	) -> Vec<AuditEntry<T::AccountId, BlockNumberFor<T>>> {
		let end = from.saturating_add(limit).min(AuditLength::<T>::get(patient));
		(from..end).filter_map(|i| AuditLog::<T>::get(patient, i)).collect()
	}

	/// Checks the pallet's invariants:
	/// - every active-index entry is a grant of that patient and grantee, not revoked;
	/// - each patient's active count equals its active-index entries and the bound;
	/// - every pending request is pending and the patient's;
	/// - the audit trail has exactly `length` entries;
	/// - every grant is listed in [`GrantsOf`], every request in [`RequestsOf`].
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut counts = alloc::collections::BTreeMap::<PatientId, u32>::new();
		for (patient, grantee, grants) in ActiveGrants::<T>::iter() {
			ensure!(!grants.is_empty(), "an empty active-grant list is stored");
			for id in grants.iter() {
				let grant = Grants::<T>::get(id).ok_or("an active grant is missing")?;
				ensure!(
					grant.patient == patient && grant.grantee == grantee,
					"the active index and the grant disagree"
				);
				ensure!(grant.revoked.is_none(), "a revoked grant is still active");
			}
			let c = counts.entry(patient).or_default();
			*c = c.saturating_add(grants.len() as u32);
		}
		for (patient, count) in ActiveGrantCount::<T>::iter() {
			ensure!(
				counts.get(&patient).copied().unwrap_or(0) == count,
				"an active-grant count is wrong"
			);
			ensure!(count <= T::MaxGrantsPerPatient::get(), "a patient exceeds the grant bound");
		}
		for (patient, pending) in PendingRequests::<T>::iter() {
			for id in pending.iter() {
				let request = Requests::<T>::get(id).ok_or("a pending request is missing")?;
				ensure!(request.status == RequestStatus::Pending, "a decided request is pending");
				ensure!(request.patient == patient, "a request is pending with another patient");
			}
		}
		for (patient, length) in AuditLength::<T>::iter() {
			ensure!(
				AuditLog::<T>::iter_prefix(patient).count() == length as usize,
				"an audit trail's length is wrong"
			);
		}
		for (id, grant) in Grants::<T>::iter() {
			ensure!(GrantsOf::<T>::contains_key(grant.patient, id), "a grant is not indexed");
		}
		for (id, request) in Requests::<T>::iter() {
			ensure!(RequestsOf::<T>::contains_key(request.patient, id), "a request is not indexed");
		}
		Ok(())
	}
}

impl<T: Config> RecordAccess<T::AccountId> for Pallet<T> {
	/// The patient, a party with a counting read-write grant (its own or its organization's),
	/// or a party in an active break-glass session.
	fn may_write(who: &T::AccountId, patient: &PatientId) -> bool {
		T::Patients::owner_of(patient).as_ref() == Some(who)
			|| Self::counting_grant(who, patient, |g| g.permission == Permission::ReadWrite)
				.is_some()
			|| T::Emergency::active_session(who, patient).is_some()
	}

	fn may_read(who: &T::AccountId, record: &RecordRef<T::AccountId>) -> bool {
		Self::access_reason(who, record).is_some()
	}
}

impl<T: Config> AuditTrail<T::AccountId> for Pallet<T> {
	fn append(patient: &PatientId, actor: &T::AccountId, event: AuditEvent) {
		Pallet::<T>::append(patient, actor, event)
	}
}
