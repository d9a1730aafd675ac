#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod authorities;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod erasure;
mod key_escrow;
pub mod migrations;
#[cfg(test)]
mod mock;
mod sessions;
#[cfg(test)]
mod tests;
// Also in std builds, so that the runtime's fuzzer checks the invariants after every block.
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, pallet_prelude::*, weights::WeightMeter, PalletId};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	charge_errors_at, AuditTrail, DocumentHash, EmergencyAccess, EmergencyPolicy, EncryptionKey,
	KeyEnvelopes, OrganizationKind, PatientId, PatientRegistry, ProviderRegistry, RecordAccess,
	RecordId, RecordLookup,
};
use sp_runtime::traits::{AccountIdConversion, StaticLookup};

/// A stored session of this runtime.
pub type SessionOf<T> = Session<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxEmergencyApprovals,
>;
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

	/// The in-code storage version. A layout change bumps it and adds a migration
	/// ([`crate::migrations`]).
	///
	/// - 0: the layout at launch.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

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
		/// The access check (the consent pallet): an author posts emergency envelopes only
		/// while it may read the record.
		type Access: RecordAccess<Self::AccountId>;
		/// The key envelopes (the records pallet): when a session ends, those of the patient's
		/// records handed to the responder that nothing else justifies are removed.
		type Envelopes: KeyEnvelopes<Self::AccountId>;
		/// The patients' audit trail.
		type Audit: AuditTrail<Self::AccountId>;
		/// Governance: manages the authorities, closes and reviews sessions, lifts bars.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The pallet's id; its account stands for governance in audit trails.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The consortium minimum of approvals for a session (at most `u8::MAX`: thresholds are
		/// stored as `u8`).
		#[pallet::constant]
		type MinEmergencyApprovals: Get<u32>;
		/// The most approvals a session may require (at least the patients' policy maximum).
		#[pallet::constant]
		type MaxEmergencyApprovals: Get<u32>;
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

		/// How many emergency envelopes and how many sessions of an erased patient are
		/// deleted and closed per step (at erasure, then per `on_idle` step).
		#[pallet::constant]
		type ErasureBatch: Get<u32>;

		/// The most of the responder's key envelopes examined (and removed when nothing else
		/// justifies them) when a session is closed, reviewed or cleaned; the records pallet's
		/// `prune_envelopes` continues with the rest.
		#[pallet::constant]
		type EnvelopePruneLimit: Get<u32>;

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
	/// key), by patient and record (so that erasure deletes a patient's by prefix). Record
	/// ids are chosen by the chain.
	#[pallet::storage]
	pub type EmergencyEnvelopes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		PatientId,
		Twox64Concat,
		RecordId,
		EmergencyEnvelopeOf<T>,
	>;

	/// Erased patients whose emergency envelopes and sessions are still being deleted and
	/// closed (in `on_idle`).
	#[pallet::storage]
	pub type PendingErasure<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, ()>;

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
		/// An erased patient's emergency envelopes were deleted and open sessions closed
		/// (its emergency key went at erasure).
		PatientErased {
			/// The erased patient's pseudonym.
			patient: PatientId,
			/// How many emergency envelopes were deleted in this step.
			envelopes: u32,
			/// How many open sessions were closed or cleaned in this step.
			sessions: u32,
			/// Whether nothing of the patient is left to erase.
			complete: bool,
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
		/// The patient's threshold is above [`Config::MaxEmergencyApprovals`].
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
		/// The threshold is above the patient's approval threshold: a session gathers only
		/// that many approvals, so the key could never be rebuilt.
		ThresholdAbovePolicy,
		/// The threshold is above the number of shares.
		NotEnoughShares,
		/// The patient has no emergency key.
		NoEmergencyKey,
		/// The emergency key was exposed in a session; rotate it first.
		EmergencyKeyExposed,
		/// Nothing to post.
		NoEnvelopes,
		/// The envelopes were sealed for another version of the emergency key than the
		/// current one (it was rotated meanwhile): seal them again for the current one.
		KeyVersionChanged,
		/// No record has this id.
		RecordNotFound,
		/// The record is another patient's.
		WrongPatient,
		/// The session is not active.
		SessionNotActive,
		/// The session's responder is no longer an active practitioner.
		ResponderNotActive,
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
			assert!(
				T::MinEmergencyApprovals::get() >= 1,
				"MinEmergencyApprovals must be at least 1"
			);
			assert!(
				T::MinEmergencyApprovals::get() <= u32::from(u8::MAX),
				"MinEmergencyApprovals must fit in a u8 (thresholds are stored as u8)"
			);
			assert!(
				T::MaxEmergencyApprovals::get() >= T::MinEmergencyApprovals::get(),
				"MaxEmergencyApprovals must be at least MinEmergencyApprovals"
			);
			assert!(T::MaxUnreviewed::get() >= 1, "MaxUnreviewed must be at least 1");
			assert!(T::MaxEnvelopesPerCall::get() >= 1, "MaxEnvelopesPerCall must be >= 1");
			assert!(T::ErasureBatch::get() >= 1, "ErasureBatch must be at least 1");
		}

		/// Continues erasing erased patients' emergency envelopes and sessions, in steps of
		/// [`Config::ErasureBatch`], while the block has room.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut meter = WeightMeter::with_limit(remaining);
			// Reading which patient is next costs one read.
			let lookup = T::DbWeight::get().reads(1);
			let step = T::WeightInfo::erase_patient(T::ErasureBatch::get(), T::ErasureBatch::get());
			while meter.try_consume(lookup).is_ok() {
				let Some(patient) = PendingErasure::<T>::iter_keys().next() else { break };
				if !meter.can_consume(step) {
					break;
				}
				let (envelopes, sessions) = Self::erase_step(&patient);
				meter.consume(T::WeightInfo::erase_patient(envelopes, sessions));
			}
			meter.consumed()
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
			Self::do_add_authority(authority)
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
			Self::do_remove_authority(authority)
		}

		/// Open a break-glass session on `patient`'s records, for `reason`, with the hash of
		/// the written `justification`.
		///
		/// Origin: signed by an active emergency responder or physician who is not barred, has
		/// no overdue review and fewer than [`Config::MaxUnreviewed`] unreviewed sessions. The
		/// patient's policy must allow break-glass, and enough active authorities other than
		/// the responder's organization must exist to reach the threshold. An ended session of
		/// the responder on the patient that was never cleaned is cleaned first, as by
		/// [`clean_session`](Pallet::clean_session).
		///
		/// Emits [`Event::SessionOpened`]; appends `SessionOpened`.
		/// Errors: [`Error::NotResponder`], [`Error::Barred`], [`Error::ReviewOverdue`],
		/// [`Error::TooManyUnreviewed`], [`Error::MissingJustification`],
		/// [`Error::PatientNotFound`], [`Error::BreakGlassForbidden`],
		/// [`Error::SessionAlreadyOpen`], [`Error::ThresholdTooHigh`],
		/// [`Error::NotEnoughAuthorities`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::open_session().saturating_add(Pallet::<T>::prune_bound()))]
		pub fn open_session(
			origin: OriginFor<T>,
			patient: PatientId,
			reason: EmergencyReason,
			justification: DocumentHash,
		) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::open_session(), || {
				let responder = ensure_signed(origin)?;
				let replaced = Self::do_open_session(responder, patient, reason, justification)?;
				Ok(Some(T::WeightInfo::open_session().saturating_add(replaced)).into())
			})
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
			Self::do_approve_session(by, session)
		}

		/// Close `session` early (pending or active). Released key shares are removed.
		///
		/// Origin: [`Config::GovernanceOrigin`], or signed by the responder, the patient or a
		/// guardian.
		///
		/// Up to [`Config::EnvelopePruneLimit`] of the key envelopes of the patient's records
		/// handed to the responder are examined, and those nothing else justifies removed.
		///
		/// Emits [`Event::SessionClosed`]; appends `SessionClosed`.
		/// Errors: [`Error::SessionNotFound`], [`Error::NotAuthorized`],
		/// [`Error::SessionEnded`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close_session().saturating_add(Pallet::<T>::prune_bound()))]
		pub fn close_session(
			origin: OriginFor<T>,
			session: SessionId,
		) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::close_session(), || {
				let caller = Self::governance_or_signed(origin);
				let examined = Self::do_close_session(caller, session)?;
				Ok(Some(
					T::WeightInfo::close_session()
						.saturating_add(T::Envelopes::prune_weight(examined)),
				)
				.into())
			})
		}

		/// Review ended `session`: `justified` or not, with the hash of the written
		/// `finding`. An unjustified finding bars the responder from opening sessions and
		/// suspends them in the provider registry (which removes the key envelopes they may no
		/// longer use, as any suspension does).
		///
		/// Origin: [`Config::GovernanceOrigin`], or signed by an active auditor of an
		/// organization other than the responder's.
		///
		/// The responder's unjustified envelopes are examined as in
		/// [`close_session`](Pallet::close_session).
		///
		/// Emits [`Event::SessionReviewed`]; appends `SessionReviewed`.
		/// Errors: [`Error::SessionNotFound`], [`Error::NotAuditor`],
		/// [`Error::AuditorNotIndependent`], [`Error::SessionNotEnded`],
		/// [`Error::AlreadyReviewed`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::review_session()
				.saturating_add(Pallet::<T>::prune_bound())
				.saturating_add(T::Providers::suspend_weight())
		)]
		pub fn review_session(
			origin: OriginFor<T>,
			session: SessionId,
			justified: bool,
			finding: DocumentHash,
		) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::review_session(), || {
				let caller = Self::governance_or_signed(origin);
				let used = Self::do_review_session(caller, session, justified, finding)?;
				Ok(Some(T::WeightInfo::review_session().saturating_add(used)).into())
			})
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
			Self::do_lift_bar(responder)
		}

		/// Set (or rotate) `patient`'s emergency key: the X25519 public `key` and the
		/// encrypted `shares` of its private key, one per emergency authority, `threshold` of
		/// which rebuild it. Rotation makes earlier emergency envelopes stale (they must be
		/// posted again for the new key).
		///
		/// Origin: signed by the patient or a guardian. Every share holder is a current
		/// emergency authority, each once; the threshold is exactly the patient's approval
		/// threshold (never below the consortium minimum: a session gathers that many
		/// approvals, so that many shares can be released) and at most the number of shares.
		///
		/// Emits [`Event::EmergencyKeySet`]; appends `EmergencyKeySet`.
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
		/// [`Error::UnusableKey`], [`Error::ShareHolderNotAuthority`],
		/// [`Error::DuplicateShareHolder`], [`Error::EmptyCiphertext`],
		/// [`Error::ThresholdBelowPolicy`], [`Error::ThresholdAbovePolicy`],
		/// [`Error::NotEnoughShares`], [`Error::Overflow`].
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
			Self::do_set_emergency_key(by, patient, key, threshold, shares)
		}

		/// Post emergency envelopes for `patient`'s records: each record's data key wrapped
		/// for the patient's emergency key of `version`, which must be the current one. A
		/// record's earlier envelope is replaced.
		///
		/// Origin: signed by the patient, a guardian, or the author of every listed record.
		/// The emergency key must exist and not be exposed.
		///
		/// Emits [`Event::EmergencyEnvelopesPosted`]; appends `EmergencyEnvelopesPosted`.
		/// Errors: [`Error::NoEnvelopes`], [`Error::NoEmergencyKey`],
		/// [`Error::KeyVersionChanged`], [`Error::EmergencyKeyExposed`],
		/// [`Error::RecordNotFound`], [`Error::WrongPatient`], [`Error::NotAuthorized`],
		/// [`Error::EmptyCiphertext`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::post_emergency_envelopes(envelopes.len() as u32))]
		pub fn post_emergency_envelopes(
			origin: OriginFor<T>,
			patient: PatientId,
			version: u32,
			envelopes: EnvelopeBatchOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_post_emergency_envelopes(by, patient, version, envelopes)
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
			Self::do_release_key_share(by, session, share)
		}

		/// Remove an ended (expired or lapsed) session from the access index and delete the
		/// key shares released for it. The session itself stays, as history.
		///
		/// Origin: signed by anyone.
		///
		/// The responder's unjustified envelopes are examined as in
		/// [`close_session`](Pallet::close_session).
		///
		/// Emits [`Event::SessionCleaned`].
		/// Errors: [`Error::SessionNotFound`], [`Error::SessionNotEnded`],
		/// [`Error::NothingToClean`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::clean_session().saturating_add(Pallet::<T>::prune_bound()))]
		pub fn clean_session(
			origin: OriginFor<T>,
			session: SessionId,
		) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::clean_session(), || {
				ensure_signed(origin)?;
				let examined = Self::do_clean_session(session)?;
				Ok(Some(
					T::WeightInfo::clean_session()
						.saturating_add(T::Envelopes::prune_weight(examined)),
				)
				.into())
			})
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The most the prune at a session's end may use.
	pub(crate) fn prune_bound() -> Weight {
		T::Envelopes::prune_weight(T::EnvelopePruneLimit::get())
	}

	/// The account that stands for governance in audit trails.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// How many approvals a session on a patient with `policy` needs, and the least threshold
	/// of their emergency key: the patient's, never below the consortium minimum.
	fn required_approvals(policy: &EmergencyPolicy) -> u32 {
		u32::from(policy.required_approvals).max(T::MinEmergencyApprovals::get())
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

	/// [`OpenSessions`] and [`Sessions`]: the responder's standing is the provider
	/// registry's.
	fn active_session_reads() -> u32 {
		2
	}

	/// A session still in the access index ([`OpenSessions`]) that has ended.
	fn awaits_cleanup(who: &T::AccountId, patient: &PatientId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		OpenSessions::<T>::get(patient, who)
			.and_then(Sessions::<T>::get)
			.is_some_and(|s| s.ended_at(now).is_some())
	}
}
