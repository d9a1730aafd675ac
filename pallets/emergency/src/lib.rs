//! # Emergency (break-glass) pallet
//!
//! When a patient cannot consent (unconscious, in shock), an emergency team must read their
//! records within minutes, and every such access must be accountable afterwards.
//!
//! ## Terms
//!
//! - **Emergency authorities**: a governed set of emergency-service organizations. An
//!   authority acts through its own account or through one of its active call attendants.
//! - **Session**: an active emergency responder or physician opens a session on a patient's
//!   records with an HL7 reason code and the hash of a written justification. Distinct
//!   authorities approve it; when the patient's threshold is reached (never below the
//!   consortium minimum, [`Config::MinApprovals`]) the session is **active** for
//!   [`Config::SessionDuration`] blocks, and the access check of the consent pallet lets
//!   the responder read the patient's records ([`EmergencyAccess`]). Approvals from the
//!   responder's own organization are refused. A session that does not gather its approvals
//!   within [`Config::ApprovalWindow`] blocks **lapses**. The responder, the patient (or a
//!   guardian) or governance may **close** it early. Expiry and lapse are derived from the
//!   block number: no sweep; [`clean_session`](Pallet::clean_session) frees the indexes of
//!   an ended session, bounded.
//! - **Review**: every session, once ended, is reviewed by an independent auditor (an active
//!   auditor of another organization) or by governance: justified or unjustified, with the
//!   hash of a written finding, within [`Config::ReviewWindow`] blocks of its end. A
//!   responder with an overdue review, too many unreviewed sessions, or an unjustified
//!   finding may not open sessions; an unjustified finding also suspends the responder
//!   through the provider registry. Governance may lift the bar after remediation.
//! - **Transparency**: the patient lists every session on their records
//!   ([`Pallet::sessions_of`]): who opened and approved it, when it was active, the review.
//!   Every step is appended to the patient's audit trail ([`Config::Audit`]).
//!
//! ## Key release
//!
//! The chain never holds a plaintext key. Two ways give an active responder the data keys:
//!
//! 1. Through the records pallet: while the session is active the responder passes the
//!    access check, so the record's author (the hospital that holds the data key) or a
//!    guardian may share the key with the responder as with any reader.
//! 2. Without anyone who holds a data key being reachable, by the patient's **emergency
//!    key**, set in advance by the patient's app ([`set_emergency_key`](Pallet::set_emergency_key)):
//!    an X25519 key pair made for emergencies. Its private key is split with Shamir's
//!    secret sharing into shares for the emergency authorities, threshold `t` (at least the
//!    patient's approval threshold); each share is encrypted to its authority's registered
//!    X25519 key and posted. The data key of each record is wrapped for the emergency
//!    public key (an **emergency envelope**) by the patient's app or by the record's author
//!    ([`post_emergency_envelopes`](Pallet::post_emergency_envelopes)). Once a session is
//!    active, each approving authority decrypts its share and posts it re-encrypted to the
//!    responder's registered key ([`release_key_share`](Pallet::release_key_share)). With
//!    `t` shares the responder rebuilds the emergency private key and unwraps the
//!    envelopes.
//!
//! Trust assumptions: fewer than `t` authorities do not collude (any `t` of them together
//! could rebuild the key without a session; the chain makes a session the only accountable
//! way); the patient's app made and split the key honestly; the authorities encrypt
//! released shares to the responder's registered key (the chain cannot check ciphertext).
//! Once a share is released the responder may rebuild the key, so the key is marked
//! **exposed**: no new envelopes are accepted for it, and the patient's app should rotate it
//! (a new key and shares; envelopes re-posted). Records anchored later are then not
//! readable by that responder.
//!
//! ## Dispatchable functions
//!
//! For governance ([`Config::GovernanceOrigin`]):
//! - [`add_authority`](Pallet::add_authority), [`remove_authority`](Pallet::remove_authority)
//! - [`lift_bar`](Pallet::lift_bar); also [`close_session`](Pallet::close_session) and
//!   [`review_session`](Pallet::review_session)
//!
//! For responders (active emergency responders and physicians):
//! - [`open_session`](Pallet::open_session), [`close_session`](Pallet::close_session)
//!
//! For emergency authorities:
//! - [`approve_session`](Pallet::approve_session),
//!   [`release_key_share`](Pallet::release_key_share)
//!
//! For auditors: [`review_session`](Pallet::review_session).
//!
//! For patients and guardians:
//! - [`set_emergency_key`](Pallet::set_emergency_key),
//!   [`post_emergency_envelopes`](Pallet::post_emergency_envelopes) (record authors too),
//!   [`close_session`](Pallet::close_session)
//!
//! For anyone: [`clean_session`](Pallet::clean_session).

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
use frame_support::{dispatch::DispatchResult, pallet_prelude::*, PalletId};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	AuditEvent, AuditTrail, DocumentHash, EmergencyAccess, EncryptionKey, OrganizationKind,
	PatientId, PatientRegistry, PractitionerRole, ProviderRegistry, RecordId, RecordLookup,
};
use sp_runtime::traits::{AccountIdConversion, Saturating, StaticLookup};

/// A stored session of this runtime.
pub type SessionOf<T> =
	Session<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxApprovals>;
/// An encrypted key share, a released share or an emergency envelope.
pub type CiphertextOf<T> = BoundedVec<u8, <T as Config>::MaxCiphertextLength>;
/// One authority's share of this runtime.
pub type KeyShareOf<T> =
	KeyShare<<T as frame_system::Config>::AccountId, <T as Config>::MaxCiphertextLength>;
/// The shares of one emergency key.
pub type KeySharesOf<T> = BoundedVec<KeyShareOf<T>, <T as Config>::MaxAuthorities>;
/// A patient's emergency key of this runtime.
pub type EmergencyKeyOf<T> = EmergencyKey<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxCiphertextLength,
	<T as Config>::MaxAuthorities,
>;
/// An emergency envelope of this runtime.
pub type EmergencyEnvelopeOf<T> = EmergencyEnvelope<<T as Config>::MaxCiphertextLength>;
/// The envelopes of one `post_emergency_envelopes` call.
pub type EnvelopeBatchOf<T> =
	BoundedVec<(RecordId, CiphertextOf<T>), <T as Config>::MaxEnvelopesPerCall>;
type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A registered patient whose policy allows break-glass, and its owner account.
	fn patient() -> (PatientId, AccountId);
	/// An active emergency responder (of an organization that is not an authority).
	fn responder() -> AccountId;
	/// The `i`-th active emergency-service organization (registered on first use).
	fn emergency_service(i: u32) -> AccountId;
	/// An active call attendant of [`BenchmarkHelper::emergency_service`]`(i)`.
	fn call_attendant(i: u32) -> AccountId;
	/// An active auditor of an organization other than the responder's.
	fn auditor() -> AccountId;
	/// Sets the patient's policy: break-glass allowed with `required` approvals.
	fn set_required_approvals(patient: &PatientId, required: u8);
	/// A record of `patient` anchored by `owner` (the patient), distinct for each `seed`.
	fn record(patient: &PatientId, owner: &AccountId, seed: u32) -> RecordId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the emergency pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The patient registry (policies, guardians).
		type Patients: PatientRegistry<Self::AccountId>;
		/// The provider registry (roles, statuses; suspends after an unjustified finding).
		type Providers: ProviderRegistry<Self::AccountId>;
		/// The records (emergency envelopes are checked against them).
		type Records: RecordLookup<Self::AccountId>;
		/// The patients' audit trail.
		type Audit: AuditTrail<Self::AccountId>;
		/// Governance: manages the authorities, closes and reviews sessions, lifts bars.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The pallet's id; its account stands for governance in audit trails.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The consortium minimum of approvals for a session.
		#[pallet::constant]
		type MinApprovals: Get<u8>;
		/// The most approvals a session may require (at least the patients' policy maximum).
		#[pallet::constant]
		type MaxApprovals: Get<u32>;
		/// The most emergency authorities.
		#[pallet::constant]
		type MaxAuthorities: Get<u32>;
		/// Blocks a session has to gather its approvals.
		#[pallet::constant]
		type ApprovalWindow: Get<BlockNumberFor<Self>>;
		/// Blocks an activated session lasts.
		#[pallet::constant]
		type SessionDuration: Get<BlockNumberFor<Self>>;
		/// Blocks after a session's end within which it must be reviewed.
		#[pallet::constant]
		type ReviewWindow: Get<BlockNumberFor<Self>>;
		/// The most unreviewed sessions a responder may have; at the limit they open no more.
		#[pallet::constant]
		type MaxUnreviewed: Get<u32>;
		/// The longest encrypted key share or emergency envelope.
		#[pallet::constant]
		type MaxCiphertextLength: Get<u32>;
		/// The most emergency envelopes posted in one call.
		#[pallet::constant]
		type MaxEnvelopesPerCall: Get<u32>;

		/// Weights of this pallet's calls, generated by its benchmarks.
		type WeightInfo: WeightInfo;

		/// Prepares patients, practitioners and organizations for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The emergency authorities (emergency-service organizations).
	#[pallet::storage]
	pub type Authorities<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxAuthorities>, ValueQuery>;

	/// The next session's id.
	#[pallet::storage]
	pub type NextSessionId<T: Config> = StorageValue<_, SessionId, ValueQuery>;

	/// Every session ever opened. Ids are chosen by the chain.
	#[pallet::storage]
	pub type Sessions<T: Config> = StorageMap<_, Twox64Concat, SessionId, SessionOf<T>>;

	/// Each patient's sessions, by position (for paging).
	#[pallet::storage]
	pub type PatientSessions<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, PatientId, Twox64Concat, u32, SessionId>;

	/// How many sessions each patient has had.
	#[pallet::storage]
	pub type PatientSessionCount<T: Config> =
		StorageMap<_, Blake2_128Concat, PatientId, u32, ValueQuery>;

	/// The latest session of each (patient, responder) pair, until it is closed or cleaned.
	/// The access check reads it.
	#[pallet::storage]
	pub type OpenSessions<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, PatientId, Blake2_128Concat, T::AccountId, SessionId>;

	/// Each responder's sessions that await review.
	#[pallet::storage]
	pub type Unreviewed<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<SessionId, T::MaxUnreviewed>,
		ValueQuery,
	>;

	/// Responders barred from opening sessions, with the session found unjustified.
	#[pallet::storage]
	pub type Barred<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, SessionId>;

	/// Each patient's emergency key and its shares.
	#[pallet::storage]
	pub type EmergencyKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, PatientId, EmergencyKeyOf<T>>;

	/// Each record's emergency envelope (its data key wrapped for the patient's emergency
	/// key). Record ids are chosen by the chain.
	#[pallet::storage]
	pub type EmergencyEnvelopes<T: Config> =
		StorageMap<_, Twox64Concat, RecordId, EmergencyEnvelopeOf<T>>;

	/// Key shares released to a session's responder, by authority. Removed when the session
	/// is closed or cleaned.
	#[pallet::storage]
	pub type ReleasedShares<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionId,
		Blake2_128Concat,
		T::AccountId,
		CiphertextOf<T>,
	>;

	/// Emergency authorities present at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Emergency-service organizations, registered in the provider registry's genesis.
		pub authorities: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut set = BoundedVec::<T::AccountId, T::MaxAuthorities>::new();
			for authority in &self.authorities {
				assert!(
					T::Providers::organization(authority)
						.is_some_and(|o| o.active && o.kind == OrganizationKind::EmergencyService),
					"a genesis emergency authority is not an emergency service; fix the chain spec"
				);
				assert!(!set.contains(authority), "a genesis emergency authority is listed twice");
				set.try_push(authority.clone())
					.expect("more genesis emergency authorities than MaxAuthorities");
			}
			Authorities::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An emergency authority was added.
		AuthorityAdded {
			/// The organization.
			authority: T::AccountId,
		},
		/// An emergency authority was removed.
		AuthorityRemoved {
			/// The organization.
			authority: T::AccountId,
		},
		/// A session was opened.
		SessionOpened {
			/// The session.
			session: SessionId,
			/// Whose records.
			patient: PatientId,
			/// Who opened it.
			responder: T::AccountId,
			/// Why.
			reason: EmergencyReason,
			/// How many approvals it needs.
			required_approvals: u8,
		},
		/// An authority approved a session.
		SessionApproved {
			/// The session.
			session: SessionId,
			/// The authority.
			authority: T::AccountId,
			/// Who approved for it.
			by: T::AccountId,
			/// Approvals so far.
			approvals: u32,
		},
		/// A session reached its threshold and is active.
		SessionActivated {
			/// The session.
			session: SessionId,
			/// The first block in which it no longer counts.
			expires_at: BlockNumberFor<T>,
		},
		/// A session was closed early.
		SessionClosed {
			/// The session.
			session: SessionId,
			/// By whom.
			by: Closer<T::AccountId>,
		},
		/// A session was reviewed.
		SessionReviewed {
			/// The session.
			session: SessionId,
			/// Whether the access was justified.
			justified: bool,
			/// By whom.
			by: Reviewer<T::AccountId>,
			/// Whether the responder was suspended (unjustified findings only).
			responder_suspended: bool,
		},
		/// Governance lifted a responder's bar.
		BarLifted {
			/// The responder.
			responder: T::AccountId,
		},
		/// A patient's emergency key was set or rotated.
		EmergencyKeySet {
			/// Whose key.
			patient: PatientId,
			/// Its version.
			version: u32,
			/// By whom (the patient or a guardian).
			by: T::AccountId,
		},
		/// Emergency envelopes were posted.
		EmergencyEnvelopesPosted {
			/// Whose records.
			patient: PatientId,
			/// How many.
			count: u32,
			/// By whom.
			by: T::AccountId,
		},
		/// An authority released its key share to a session's responder.
		KeyShareReleased {
			/// The session.
			session: SessionId,
			/// The authority.
			authority: T::AccountId,
			/// Who posted it for the authority.
			by: T::AccountId,
		},
		/// An ended session's indexes and released shares were removed.
		SessionCleaned {
			/// The session.
			session: SessionId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The organization is not an active emergency-service organization.
		NotEmergencyService,
		/// The organization already is an emergency authority.
		AlreadyAuthority,
		/// The authority set is full.
		TooManyAuthorities,
		/// The account is not an emergency authority, nor an active call attendant of one.
		NotAuthority,
		/// The caller is not an active emergency responder or physician.
		NotResponder,
		/// The responder was found unjustified and may not open sessions.
		Barred,
		/// The responder has a session whose review is overdue.
		ReviewOverdue,
		/// The responder has the most unreviewed sessions allowed.
		TooManyUnreviewed,
		/// No patient is registered under this pseudonym.
		PatientNotFound,
		/// The patient's policy forbids break-glass.
		BreakGlassForbidden,
		/// The justification hash is missing (all zero).
		MissingJustification,
		/// The responder already has a pending or active session on this patient.
		SessionAlreadyOpen,
		/// The patient's threshold is above [`Config::MaxApprovals`].
		ThresholdTooHigh,
		/// Fewer active authorities than the threshold are independent of the responder.
		NotEnoughAuthorities,
		/// No session has this id.
		SessionNotFound,
		/// The session is not waiting for approvals.
		SessionNotPending,
		/// The session gathered too few approvals in time.
		SessionLapsed,
		/// The authority is the responder's own organization.
		OwnOrganization,
		/// The authority already approved this session.
		AlreadyApproved,
		/// The session has already ended (closed, expired or lapsed).
		SessionEnded,
		/// The caller may not close this session.
		NotAuthorized,
		/// The session has not ended yet.
		SessionNotEnded,
		/// The session was already reviewed.
		AlreadyReviewed,
		/// The caller is not an active auditor.
		NotAuditor,
		/// The auditor belongs to the responder's organization (or is the responder).
		AuditorNotIndependent,
		/// The account is not barred.
		NotBarred,
		/// The key is a small-order X25519 point.
		UnusableKey,
		/// A share holder is not an emergency authority.
		ShareHolderNotAuthority,
		/// Two shares for one authority.
		DuplicateShareHolder,
		/// A ciphertext is empty.
		EmptyCiphertext,
		/// The threshold is below the patient's approval threshold.
		ThresholdBelowPolicy,
		/// The threshold is above the number of shares.
		NotEnoughShares,
		/// The patient has no emergency key.
		NoEmergencyKey,
		/// The emergency key was exposed in a session; rotate it first.
		EmergencyKeyExposed,
		/// Nothing to post.
		NoEnvelopes,
		/// No record has this id.
		RecordNotFound,
		/// The record is another patient's.
		WrongPatient,
		/// The session is not active.
		SessionNotActive,
		/// The authority did not approve this session.
		DidNotApprove,
		/// The authority holds no share of the patient's emergency key.
		NoShareHeld,
		/// The authority already released its share for this session.
		AlreadyReleased,
		/// The ended session has nothing left to clean.
		NothingToClean,
		/// Ids or versions are exhausted.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinApprovals::get() >= 1, "MinApprovals must be at least 1");
			assert!(
				T::MaxApprovals::get() >= u32::from(T::MinApprovals::get()),
				"MaxApprovals must be at least MinApprovals"
			);
			assert!(T::MaxUnreviewed::get() >= 1, "MaxUnreviewed must be at least 1");
			assert!(T::MaxEnvelopesPerCall::get() >= 1, "MaxEnvelopesPerCall must be >= 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `authority`, an active emergency-service organization, to the emergency
		/// authorities.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::AuthorityAdded`].
		/// Errors: [`Error::NotEmergencyService`], [`Error::AlreadyAuthority`],
		/// [`Error::TooManyAuthorities`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_authority())]
		pub fn add_authority(
			origin: OriginFor<T>,
			authority: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let authority = T::Lookup::lookup(authority)?;
			ensure!(
				T::Providers::organization(&authority)
					.is_some_and(|o| o.active && o.kind == OrganizationKind::EmergencyService),
				Error::<T>::NotEmergencyService
			);
			let mut set = Authorities::<T>::get();
			ensure!(!set.contains(&authority), Error::<T>::AlreadyAuthority);
			set.try_push(authority.clone()).map_err(|_| Error::<T>::TooManyAuthorities)?;
			Authorities::<T>::put(set);
			Self::deposit_event(Event::AuthorityAdded { authority });
			Ok(())
		}

		/// Remove `authority` from the emergency authorities. Its approvals already given
		/// stay; it approves nothing more and releases no shares. Patients whose emergency
		/// key it holds a share of should rotate their key.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::AuthorityRemoved`].
		/// Errors: [`Error::NotAuthority`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_authority())]
		pub fn remove_authority(
			origin: OriginFor<T>,
			authority: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let authority = T::Lookup::lookup(authority)?;
			let mut set = Authorities::<T>::get();
			let position =
				set.iter().position(|a| *a == authority).ok_or(Error::<T>::NotAuthority)?;
			set.remove(position);
			Authorities::<T>::put(set);
			Self::deposit_event(Event::AuthorityRemoved { authority });
			Ok(())
		}

		/// Open a break-glass session on `patient`'s records, for `reason`, with the hash of
		/// the written `justification`.
		///
		/// Origin: signed by an active emergency responder or physician who is not barred, has
		/// no overdue review and fewer than [`Config::MaxUnreviewed`] unreviewed sessions. The
		/// patient's policy must allow break-glass, and enough active authorities other than
		/// the responder's organization must exist to reach the threshold.
		///
		/// Emits [`Event::SessionOpened`]; appends `SessionOpened`.
		/// Errors: [`Error::NotResponder`], [`Error::Barred`], [`Error::ReviewOverdue`],
		/// [`Error::TooManyUnreviewed`], [`Error::MissingJustification`],
		/// [`Error::PatientNotFound`], [`Error::BreakGlassForbidden`],
		/// [`Error::SessionAlreadyOpen`], [`Error::ThresholdTooHigh`],
		/// [`Error::NotEnoughAuthorities`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::open_session())]
		pub fn open_session(
			origin: OriginFor<T>,
			patient: PatientId,
			reason: EmergencyReason,
			justification: DocumentHash,
		) -> DispatchResult {
			let responder = ensure_signed(origin)?;
			let practitioner = T::Providers::practitioner(&responder)
				.filter(|p| {
					p.active
						&& matches!(
							p.role,
							PractitionerRole::EmergencyResponder | PractitionerRole::Physician
						)
				})
				.ok_or(Error::<T>::NotResponder)?;
			ensure!(!Barred::<T>::contains_key(&responder), Error::<T>::Barred);
			let now = frame_system::Pallet::<T>::block_number();
			let mut unreviewed = Unreviewed::<T>::get(&responder);
			ensure!(
				!unreviewed.iter().any(|s| Self::review_overdue(*s, now)),
				Error::<T>::ReviewOverdue
			);
			ensure!(justification != DocumentHash::zero(), Error::<T>::MissingJustification);
			let policy =
				T::Patients::emergency_policy(&patient).ok_or(Error::<T>::PatientNotFound)?;
			ensure!(policy.allowed, Error::<T>::BreakGlassForbidden);
			if let Some(previous) = OpenSessions::<T>::get(patient, &responder) {
				ensure!(
					!Sessions::<T>::get(previous).is_some_and(|s| matches!(
						s.status(now),
						SessionStatus::Pending | SessionStatus::Active
					)),
					Error::<T>::SessionAlreadyOpen
				);
			}
			let required = policy.required_approvals.max(T::MinApprovals::get());
			ensure!(u32::from(required) <= T::MaxApprovals::get(), Error::<T>::ThresholdTooHigh);
			let independent = Authorities::<T>::get()
				.iter()
				.filter(|a| {
					**a != practitioner.organization && T::Providers::is_active_organization(a)
				})
				.count();
			ensure!(independent >= usize::from(required), Error::<T>::NotEnoughAuthorities);
			let session = NextSessionId::<T>::get();
			unreviewed.try_push(session).map_err(|_| Error::<T>::TooManyUnreviewed)?;
			let next = session.checked_add(1).ok_or(Error::<T>::Overflow)?;
			let position = PatientSessionCount::<T>::get(patient);
			let next_position = position.checked_add(1).ok_or(Error::<T>::Overflow)?;

			Sessions::<T>::insert(
				session,
				Session {
					patient,
					responder: responder.clone(),
					organization: practitioner.organization,
					reason,
					justification,
					required_approvals: required,
					approvals: BoundedVec::new(),
					opened_at: now,
					approve_by: now.saturating_add(T::ApprovalWindow::get()),
					activated_at: None,
					expires_at: None,
					closure: None,
					review: None,
				},
			);
			NextSessionId::<T>::put(next);
			PatientSessions::<T>::insert(patient, position, session);
			PatientSessionCount::<T>::insert(patient, next_position);
			OpenSessions::<T>::insert(patient, &responder, session);
			Unreviewed::<T>::insert(&responder, unreviewed);
			T::Audit::append(&patient, &responder, AuditEvent::SessionOpened { session });
			Self::deposit_event(Event::SessionOpened {
				session,
				patient,
				responder,
				reason,
				required_approvals: required,
			});
			Ok(())
		}

		/// Approve `session` for an emergency authority. At the patient's threshold the
		/// session becomes active for [`Config::SessionDuration`] blocks.
		///
		/// Origin: signed by an active emergency authority or an active call attendant of
		/// one; not the responder's own organization.
		///
		/// Emits [`Event::SessionApproved`] (and [`Event::SessionActivated`] at the
		/// threshold); appends `SessionApproved` (and `SessionActivated`).
		/// Errors: [`Error::NotAuthority`], [`Error::SessionNotFound`],
		/// [`Error::SessionNotPending`], [`Error::SessionLapsed`], [`Error::OwnOrganization`],
		/// [`Error::AlreadyApproved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::approve_session())]
		pub fn approve_session(origin: OriginFor<T>, session: SessionId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let authority = Self::authority_of(&by).ok_or(Error::<T>::NotAuthority)?;
			let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			match entry.status(now) {
				SessionStatus::Pending => {},
				SessionStatus::Lapsed => return Err(Error::<T>::SessionLapsed.into()),
				_ => return Err(Error::<T>::SessionNotPending.into()),
			}
			ensure!(authority != entry.organization, Error::<T>::OwnOrganization);
			ensure!(!entry.approved_by(&authority), Error::<T>::AlreadyApproved);
			entry
				.approvals
				.try_push(Approval { authority: authority.clone(), by: by.clone(), at: now })
				.map_err(|_| Error::<T>::SessionNotPending)?;
			let approvals = entry.approvals.len() as u32;
			let activated = approvals >= u32::from(entry.required_approvals);
			let expires_at = now.saturating_add(T::SessionDuration::get());
			if activated {
				entry.activated_at = Some(now);
				entry.expires_at = Some(expires_at);
			}
			let patient = entry.patient;
			Sessions::<T>::insert(session, entry);
			T::Audit::append(&patient, &by, AuditEvent::SessionApproved { session });
			Self::deposit_event(Event::SessionApproved {
				session,
				authority,
				by: by.clone(),
				approvals,
			});
			if activated {
				T::Audit::append(&patient, &by, AuditEvent::SessionActivated { session });
				Self::deposit_event(Event::SessionActivated { session, expires_at });
			}
			Ok(())
		}

		/// Close `session` early (pending or active). Released key shares are removed.
		///
		/// Origin: [`Config::GovernanceOrigin`], or signed by the responder, the patient or a
		/// guardian.
		///
		/// Emits [`Event::SessionClosed`]; appends `SessionClosed`.
		/// Errors: [`Error::SessionNotFound`], [`Error::NotAuthorized`],
		/// [`Error::SessionEnded`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close_session())]
		pub fn close_session(origin: OriginFor<T>, session: SessionId) -> DispatchResult {
			let governance = T::GovernanceOrigin::try_origin(origin);
			let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			let (by, actor) = match governance {
				Ok(_) => (Closer::Governance, Self::account_id()),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					if who == entry.responder {
						(Closer::Responder, who)
					} else if T::Patients::may_act_for(&entry.patient, &who) {
						(Closer::Patient(who.clone()), who)
					} else {
						return Err(Error::<T>::NotAuthorized.into());
					}
				},
			};
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(
				matches!(entry.status(now), SessionStatus::Pending | SessionStatus::Active),
				Error::<T>::SessionEnded
			);
			entry.closure = Some(Closure { by: by.clone(), at: now });
			let patient = entry.patient;
			let responder = entry.responder.clone();
			Sessions::<T>::insert(session, entry);
			Self::clear_session(session, &patient, &responder);
			T::Audit::append(&patient, &actor, AuditEvent::SessionClosed { session });
			Self::deposit_event(Event::SessionClosed { session, by });
			Ok(())
		}

		/// Review ended `session`: `justified` or not, with the hash of the written
		/// `finding`. An unjustified finding bars the responder from opening sessions and
		/// suspends them in the provider registry.
		///
		/// Origin: [`Config::GovernanceOrigin`], or signed by an active auditor of an
		/// organization other than the responder's.
		///
		/// Emits [`Event::SessionReviewed`]; appends `SessionReviewed`.
		/// Errors: [`Error::SessionNotFound`], [`Error::NotAuditor`],
		/// [`Error::AuditorNotIndependent`], [`Error::SessionNotEnded`],
		/// [`Error::AlreadyReviewed`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::review_session())]
		pub fn review_session(
			origin: OriginFor<T>,
			session: SessionId,
			justified: bool,
			finding: DocumentHash,
		) -> DispatchResult {
			let governance = T::GovernanceOrigin::try_origin(origin);
			let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			let (by, actor) = match governance {
				Ok(_) => (Reviewer::Governance, Self::account_id()),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					let auditor = T::Providers::practitioner(&who)
						.filter(|p| p.active && p.role == PractitionerRole::Auditor)
						.ok_or(Error::<T>::NotAuditor)?;
					ensure!(
						auditor.organization != entry.organization && who != entry.responder,
						Error::<T>::AuditorNotIndependent
					);
					(Reviewer::Auditor(who.clone()), who)
				},
			};
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(entry.ended_at(now).is_some(), Error::<T>::SessionNotEnded);
			ensure!(entry.review.is_none(), Error::<T>::AlreadyReviewed);
			entry.review = Some(Review { by: by.clone(), justified, finding, at: now });
			let patient = entry.patient;
			let responder = entry.responder.clone();
			Sessions::<T>::insert(session, entry);
			Unreviewed::<T>::mutate_exists(&responder, |list| {
				if let Some(l) = list {
					l.retain(|s| *s != session);
					if l.is_empty() {
						*list = None;
					}
				}
			});
			Self::clear_session(session, &patient, &responder);
			let mut responder_suspended = false;
			if !justified {
				Barred::<T>::insert(&responder, session);
				// The finding stands even if the responder has left the registry meanwhile.
				responder_suspended = T::Providers::suspend_practitioner(&responder).is_ok();
			}
			T::Audit::append(&patient, &actor, AuditEvent::SessionReviewed { session, justified });
			Self::deposit_event(Event::SessionReviewed {
				session,
				justified,
				by,
				responder_suspended,
			});
			Ok(())
		}

		/// Lift `responder`'s bar (after an unjustified finding) so they may open sessions
		/// again. Their suspension in the registry is lifted separately, by their
		/// organization or governance.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::BarLifted`].
		/// Errors: [`Error::NotBarred`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::lift_bar())]
		pub fn lift_bar(origin: OriginFor<T>, responder: AccountIdLookupOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let responder = T::Lookup::lookup(responder)?;
			ensure!(Barred::<T>::contains_key(&responder), Error::<T>::NotBarred);
			Barred::<T>::remove(&responder);
			Self::deposit_event(Event::BarLifted { responder });
			Ok(())
		}

		/// Set (or rotate) `patient`'s emergency key: the X25519 public `key` and the
		/// encrypted `shares` of its private key, one per emergency authority, `threshold` of
		/// which rebuild it. Rotation makes earlier emergency envelopes stale (they must be
		/// posted again for the new key).
		///
		/// Origin: signed by the patient or a guardian. Every share holder is a current
		/// emergency authority, each once; the threshold is at least the patient's approval
		/// threshold (and the consortium minimum) and at most the number of shares.
		///
		/// Emits [`Event::EmergencyKeySet`]; appends `EmergencyKeySet`.
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
		/// [`Error::UnusableKey`], [`Error::ShareHolderNotAuthority`],
		/// [`Error::DuplicateShareHolder`], [`Error::EmptyCiphertext`],
		/// [`Error::ThresholdBelowPolicy`], [`Error::NotEnoughShares`], [`Error::Overflow`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_emergency_key())]
		pub fn set_emergency_key(
			origin: OriginFor<T>,
			patient: PatientId,
			key: EncryptionKey,
			threshold: u8,
			shares: KeySharesOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let policy =
				T::Patients::emergency_policy(&patient).ok_or(Error::<T>::PatientNotFound)?;
			ensure!(T::Patients::may_act_for(&patient, &by), Error::<T>::NotAuthorized);
			ensure!(key.is_usable(), Error::<T>::UnusableKey);
			let authorities = Authorities::<T>::get();
			for (i, share) in shares.iter().enumerate() {
				ensure!(
					authorities.contains(&share.authority),
					Error::<T>::ShareHolderNotAuthority
				);
				ensure!(
					!shares.iter().take(i).any(|s| s.authority == share.authority),
					Error::<T>::DuplicateShareHolder
				);
				ensure!(!share.ciphertext.is_empty(), Error::<T>::EmptyCiphertext);
			}
			ensure!(
				threshold >= policy.required_approvals.max(T::MinApprovals::get()),
				Error::<T>::ThresholdBelowPolicy
			);
			ensure!(usize::from(threshold) <= shares.len(), Error::<T>::NotEnoughShares);
			let version = match EmergencyKeys::<T>::get(patient) {
				Some(old) => old.version.checked_add(1).ok_or(Error::<T>::Overflow)?,
				None => 0,
			};
			EmergencyKeys::<T>::insert(
				patient,
				EmergencyKey {
					key,
					version,
					threshold,
					shares,
					set_by: by.clone(),
					set_at: frame_system::Pallet::<T>::block_number(),
					exposed_in: None,
				},
			);
			T::Audit::append(&patient, &by, AuditEvent::EmergencyKeySet { version });
			Self::deposit_event(Event::EmergencyKeySet { patient, version, by });
			Ok(())
		}

		/// Post emergency envelopes for `patient`'s records: each record's data key wrapped
		/// for the patient's current emergency key. A record's earlier envelope is replaced.
		///
		/// Origin: signed by the patient, a guardian, or the author of every listed record.
		/// The emergency key must exist and not be exposed.
		///
		/// Emits [`Event::EmergencyEnvelopesPosted`]; appends `EmergencyEnvelopesPosted`.
		/// Errors: [`Error::NoEnvelopes`], [`Error::NoEmergencyKey`],
		/// [`Error::EmergencyKeyExposed`], [`Error::RecordNotFound`], [`Error::WrongPatient`],
		/// [`Error::NotAuthorized`], [`Error::EmptyCiphertext`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::post_emergency_envelopes(envelopes.len() as u32))]
		pub fn post_emergency_envelopes(
			origin: OriginFor<T>,
			patient: PatientId,
			envelopes: EnvelopeBatchOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			ensure!(!envelopes.is_empty(), Error::<T>::NoEnvelopes);
			let key = EmergencyKeys::<T>::get(patient).ok_or(Error::<T>::NoEmergencyKey)?;
			ensure!(key.exposed_in.is_none(), Error::<T>::EmergencyKeyExposed);
			let for_patient = T::Patients::may_act_for(&patient, &by);
			for (record, ciphertext) in envelopes.iter() {
				let entry = T::Records::record(*record).ok_or(Error::<T>::RecordNotFound)?;
				ensure!(entry.patient == patient, Error::<T>::WrongPatient);
				ensure!(for_patient || entry.author == by, Error::<T>::NotAuthorized);
				ensure!(!ciphertext.is_empty(), Error::<T>::EmptyCiphertext);
			}
			let count = envelopes.len() as u32;
			for (record, ciphertext) in envelopes {
				EmergencyEnvelopes::<T>::insert(
					record,
					EmergencyEnvelope { version: key.version, ciphertext },
				);
			}
			T::Audit::append(&patient, &by, AuditEvent::EmergencyEnvelopesPosted { count });
			Self::deposit_event(Event::EmergencyEnvelopesPosted { patient, count, by });
			Ok(())
		}

		/// Release an authority's share of the patient's emergency key to the responder of
		/// active `session`: `share` is the authority's share, re-encrypted to the responder's
		/// registered X25519 key. Marks the emergency key exposed.
		///
		/// Origin: signed by an emergency authority that approved the session (or an active
		/// call attendant of it) and holds a share of the patient's current emergency key.
		///
		/// Emits [`Event::KeyShareReleased`]; appends `KeyShareReleased`.
		/// Errors: [`Error::NotAuthority`], [`Error::SessionNotFound`],
		/// [`Error::SessionNotActive`], [`Error::DidNotApprove`], [`Error::NoEmergencyKey`],
		/// [`Error::NoShareHeld`], [`Error::AlreadyReleased`], [`Error::EmptyCiphertext`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::release_key_share())]
		pub fn release_key_share(
			origin: OriginFor<T>,
			session: SessionId,
			share: CiphertextOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let authority = Self::authority_of(&by).ok_or(Error::<T>::NotAuthority)?;
			let entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(entry.status(now) == SessionStatus::Active, Error::<T>::SessionNotActive);
			ensure!(entry.approved_by(&authority), Error::<T>::DidNotApprove);
			let mut key =
				EmergencyKeys::<T>::get(entry.patient).ok_or(Error::<T>::NoEmergencyKey)?;
			ensure!(key.shares.iter().any(|s| s.authority == authority), Error::<T>::NoShareHeld);
			ensure!(
				!ReleasedShares::<T>::contains_key(session, &authority),
				Error::<T>::AlreadyReleased
			);
			ensure!(!share.is_empty(), Error::<T>::EmptyCiphertext);
			ReleasedShares::<T>::insert(session, &authority, share);
			if key.exposed_in.is_none() {
				key.exposed_in = Some(session);
				EmergencyKeys::<T>::insert(entry.patient, key);
			}
			T::Audit::append(&entry.patient, &by, AuditEvent::KeyShareReleased { session });
			Self::deposit_event(Event::KeyShareReleased { session, authority, by });
			Ok(())
		}

		/// Remove an ended (expired or lapsed) session from the access index and delete the
		/// key shares released for it. The session itself stays, as history.
		///
		/// Origin: signed by anyone.
		///
		/// Emits [`Event::SessionCleaned`].
		/// Errors: [`Error::SessionNotFound`], [`Error::SessionNotEnded`],
		/// [`Error::NothingToClean`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::clean_session())]
		pub fn clean_session(origin: OriginFor<T>, session: SessionId) -> DispatchResult {
			ensure_signed(origin)?;
			let entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(entry.ended_at(now).is_some(), Error::<T>::SessionNotEnded);
			let indexed = OpenSessions::<T>::get(entry.patient, &entry.responder) == Some(session);
			ensure!(
				indexed || ReleasedShares::<T>::iter_prefix(session).next().is_some(),
				Error::<T>::NothingToClean
			);
			Self::clear_session(session, &entry.patient, &entry.responder);
			Self::deposit_event(Event::SessionCleaned { session });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account that stands for governance in audit trails.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The emergency authority `who` acts for: itself if it is an active authority, or its
	/// organization if `who` is an active call attendant of an authority.
	pub fn authority_of(who: &T::AccountId) -> Option<T::AccountId> {
		let set = Authorities::<T>::get();
		if set.contains(who) {
			return T::Providers::is_active_organization(who).then(|| who.clone());
		}
		let attendant = T::Providers::practitioner(who)
			.filter(|p| p.active && p.role == PractitionerRole::EmergencyCallAttendant)?;
		set.contains(&attendant.organization).then_some(attendant.organization)
	}

	/// Whether `session` has ended and its review is overdue at `now`.
	fn review_overdue(session: SessionId, now: BlockNumberFor<T>) -> bool {
		Sessions::<T>::get(session).is_some_and(|s| {
			s.review.is_none()
				&& s.ended_at(now)
					.is_some_and(|end| end.saturating_add(T::ReviewWindow::get()) <= now)
		})
	}

	/// Removes an ended session from the access index and deletes its released shares
	/// (at most one per approval).
	fn clear_session(session: SessionId, patient: &PatientId, responder: &T::AccountId) {
		if OpenSessions::<T>::get(patient, responder) == Some(session) {
			OpenSessions::<T>::remove(patient, responder);
		}
		let _ = ReleasedShares::<T>::clear_prefix(session, T::MaxApprovals::get(), None);
	}

	/// Up to `limit` of `patient`'s sessions from position `from`, oldest first.
	pub fn sessions_of(
		patient: PatientId,
		from: u32,
		limit: u32,
	) -> Vec<(SessionId, SessionOf<T>)> {
		let end = from.saturating_add(limit).min(PatientSessionCount::<T>::get(patient));
		(from..end)
			.filter_map(|i| PatientSessions::<T>::get(patient, i))
			.filter_map(|id| Sessions::<T>::get(id).map(|s| (id, s)))
			.collect()
	}

	/// Where `session` stands now, if it exists.
	pub fn session_status(session: SessionId) -> Option<SessionStatus> {
		let now = frame_system::Pallet::<T>::block_number();
		Sessions::<T>::get(session).map(|s| s.status(now))
	}

	/// Checks the pallet's invariants:
	/// - the authority set has no duplicates;
	/// - every session's approvals are distinct, below its threshold unless activated, and
	///   never from the responder's organization; activation and expiry go together;
	/// - each patient's session positions are exactly `0..count` and point at the patient's
	///   sessions;
	/// - every open-session entry points at a session of that patient and responder;
	/// - every unreviewed entry is an unreviewed session of that responder, without
	///   duplicates;
	/// - released shares belong to sessions that an authority holding them approved;
	/// - every emergency key's threshold fits its shares, share holders are distinct.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let set = Authorities::<T>::get();
		for (i, a) in set.iter().enumerate() {
			ensure!(!set.iter().take(i).any(|b| b == a), "an authority is listed twice");
		}
		for (_, session) in Sessions::<T>::iter() {
			for (i, a) in session.approvals.iter().enumerate() {
				ensure!(
					!session.approvals.iter().take(i).any(|b| b.authority == a.authority),
					"an authority approved twice"
				);
				ensure!(
					a.authority != session.organization,
					"the responder's organization approved"
				);
			}
			let reached = session.approvals.len() >= usize::from(session.required_approvals);
			ensure!(
				reached == session.activated_at.is_some(),
				"activation disagrees with the approvals"
			);
			ensure!(
				session.activated_at.is_some() == session.expires_at.is_some(),
				"activation and expiry disagree"
			);
		}
		for (patient, count) in PatientSessionCount::<T>::iter() {
			ensure!(
				PatientSessions::<T>::iter_prefix(patient).count() == count as usize,
				"a patient's session count is wrong"
			);
			for i in 0..count {
				let id =
					PatientSessions::<T>::get(patient, i).ok_or("a session position is missing")?;
				let session = Sessions::<T>::get(id).ok_or("a listed session is missing")?;
				ensure!(session.patient == patient, "a session is listed under another patient");
			}
		}
		for (patient, responder, id) in OpenSessions::<T>::iter() {
			let session = Sessions::<T>::get(id).ok_or("an open session is missing")?;
			ensure!(
				session.patient == patient && session.responder == responder,
				"an open-session entry points at another pair"
			);
			ensure!(session.closure.is_none(), "a closed session is still indexed");
		}
		for (responder, list) in Unreviewed::<T>::iter() {
			ensure!(!list.is_empty(), "an empty unreviewed list is stored");
			for (i, id) in list.iter().enumerate() {
				ensure!(!list.iter().take(i).any(|x| x == id), "a session is unreviewed twice");
				let session = Sessions::<T>::get(id).ok_or("an unreviewed session is missing")?;
				ensure!(session.responder == responder, "an unreviewed session of someone else");
				ensure!(session.review.is_none(), "a reviewed session is listed as unreviewed");
			}
		}
		for (id, authority, _) in ReleasedShares::<T>::iter() {
			let session = Sessions::<T>::get(id).ok_or("a share was released for no session")?;
			ensure!(session.approved_by(&authority), "a share was released by a non-approver");
			ensure!(session.closure.is_none(), "a closed session still has released shares");
		}
		for (_, key) in EmergencyKeys::<T>::iter() {
			ensure!(
				usize::from(key.threshold) <= key.shares.len(),
				"a threshold exceeds the shares"
			);
			for (i, s) in key.shares.iter().enumerate() {
				ensure!(
					!key.shares.iter().take(i).any(|x| x.authority == s.authority),
					"an authority holds two shares"
				);
			}
		}
		Ok(())
	}
}

impl<T: Config> EmergencyAccess<T::AccountId> for Pallet<T> {
	/// The session of `who` on `patient` if it is active now and `who` is still an active
	/// practitioner.
	fn active_session(who: &T::AccountId, patient: &PatientId) -> Option<u64> {
		let id = OpenSessions::<T>::get(patient, who)?;
		let session = Sessions::<T>::get(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		(session.status(now) == SessionStatus::Active
			&& T::Providers::is_active_practitioner(who, None))
		.then_some(id)
	}
}
