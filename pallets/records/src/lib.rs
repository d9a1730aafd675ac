#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

pub mod archive;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod cid;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
// Also in std builds, so that the runtime's fuzzer checks the invariants after every block.
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{
	dispatch::{DispatchErrorWithPostInfo, DispatchResult, PostDispatchInfo},
	pallet_prelude::*,
	traits::UnixTime,
	weights::WeightMeter,
};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	AuditEvent, AuditTrail, Checked, EncryptionKey, KeyEnvelopes, OnPatientErased, PatientId,
	PatientRegistry, ProviderRegistry, RecordAccess, RecordId, RecordKind, RecordLookup, RecordRef,
};
use sp_core::H256;

/// A stored record of this runtime.
pub type RecordOf<T> =
	Record<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxCidLength>;

/// A key envelope of this runtime: a record's data key encrypted to one X25519 key.
pub type EnvelopeOf<T> = BoundedVec<u8, <T as Config>::MaxEnvelopeLength>;

/// A binary CID of this runtime.
pub type CidOf<T> = BoundedVec<u8, <T as Config>::MaxCidLength>;

/// One record of an [`Pallet::anchor_records`] batch, in this runtime.
pub type NewRecordOf<T> = NewRecord<<T as Config>::MaxCidLength, <T as Config>::MaxEnvelopeLength>;

/// The records one [`Pallet::anchor_records`] call anchors.
pub type AnchorBatchOf<T> = BoundedVec<NewRecordOf<T>, <T as Config>::MaxAnchorBatch>;

/// The envelopes one [`Pallet::rewrap_envelopes`] call replaces (all of one patient's
/// records): record and new envelope.
pub type RewrapBatchOf<T> = BoundedVec<(RecordId, EnvelopeOf<T>), <T as Config>::MaxRewrapBatch>;

/// The inclusion path of an archived document, as [`Pallet::promote_archived`] takes it.
pub type ArchivePathOf = BoundedVec<H256, ConstU32<{ archive::MAX_PATH }>>;

/// An archive of this runtime.
pub type ArchiveOf<T> = Archive<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A registered patient and an author who may write for them (the costliest check path).
	fn patient_and_author() -> (PatientId, AccountId);
	/// A party with an encryption key who may read the patient's records.
	fn reader(patient: &PatientId) -> AccountId;
	/// A guardian of the patient (who is neither the patient nor an author).
	fn guardian(patient: &PatientId) -> AccountId;
	/// A party with an encryption key and a grant of the patient's that no longer counts (a
	/// suspended practitioner): its access check fails on its costliest path.
	fn former_reader(patient: &PatientId) -> AccountId;
	/// An organization with `n` practitioners on its staff.
	fn organization_with_staff(n: u32) -> (AccountId, Vec<AccountId>);
	/// Practitioner number `i` of its own organization, with an encryption key, for whom the
	/// access check takes its costliest path to yes on the patient's records, writing and
	/// reading: its own and its organization's grant lists full of grants that cover nothing
	/// the benchmarks write or read, then an active break-glass session.
	fn costliest_actor(patient: &PatientId, i: u32) -> AccountId;
	/// Like [`BenchmarkHelper::costliest_actor`], with `grants` grants that cover nothing
	/// (its own list filled first, then its organization's): the write check reads both
	/// lists, those grants, then the session.
	fn actor_reading(patient: &PatientId, i: u32, grants: u32) -> AccountId;
	/// `n` registered patients and one author who may write for each of them through the
	/// costliest grant path a batch can take (a responder holds few break-glass sessions):
	/// its own grant list full of grants that cover nothing the benchmarks write, then its
	/// organization's with the covering grant last.
	fn writer_of_many(n: u32) -> (AccountId, Vec<PatientId>);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version (see [`migrations`]).
	///
	/// 0: the layout at launch.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the records pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The patient registry (`pallet-patients`).
		type Patients: PatientRegistry<Self::AccountId>;

		/// The provider registry (`pallet-providers`): authors' organizations, recipients'
		/// keys.
		type Providers: ProviderRegistry<Self::AccountId>;

		/// Who may write records for a patient and who may read a record.
		type Access: RecordAccess<Self::AccountId>;

		/// The patients' audit trails (the consent pallet): key shares and envelope removals
		/// are appended.
		type Audit: AuditTrail<Self::AccountId>;

		/// The time, for the anchoring timestamp (`pallet-timestamp`).
		type Time: UnixTime;

		/// The longest binary CID accepted, in bytes (a sha2-512 CIDv1 takes 69).
		#[pallet::constant]
		type MaxCidLength: Get<u32>;

		/// The longest key envelope, in bytes.
		#[pallet::constant]
		type MaxEnvelopeLength: Get<u32>;

		/// The most parties a record's key may be shared with at a time.
		#[pallet::constant]
		type MaxEnvelopesPerRecord: Get<u32>;

		/// How many records of an erased patient are shredded per step (at erasure, then per
		/// `on_idle` step): each with its patient envelope and up to
		/// [`Config::MaxEnvelopesPerRecord`] shared envelopes.
		#[pallet::constant]
		type ErasureBatch: Get<u32>;

		/// How many envelopes [`Pallet::prune_envelopes`] examines per call, and a prune step
		/// (when a practitioner or an organization is deactivated, then per `on_idle` step)
		/// per holder; how many practitioners a step over an organization's staff queues.
		#[pallet::constant]
		type PruneBatch: Get<u32>;

		/// The most envelopes one [`Pallet::rewrap_envelopes`] call replaces.
		#[pallet::constant]
		type MaxRewrapBatch: Get<u32>;

		/// The most records one [`Pallet::anchor_records`] call anchors.
		#[pallet::constant]
		type MaxAnchorBatch: Get<u32>;

		/// Weights of this pallet's calls, generated by its benchmarks.
		type WeightInfo: WeightInfo;

		/// Prepares patients and authors for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The id the next anchored record gets.
	#[pallet::storage]
	pub type NextRecordId<T: Config> = StorageValue<_, RecordId, ValueQuery>;

	/// The anchored records. Ids are sequential and chosen by the chain, so the cheaper
	/// `Twox64Concat` cannot be steered by users.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordOf<T>>;

	/// Records by content hash (salted commitment); a hash is anchored at most once.
	#[pallet::storage]
	pub type RecordByHash<T: Config> = StorageMap<_, Blake2_128Concat, H256, RecordId>;

	/// How many records each patient has (the length of their [`PatientRecords`] list).
	#[pallet::storage]
	pub type PatientRecordCount<T: Config> =
		StorageMap<_, Blake2_128Concat, PatientId, u32, ValueQuery>;

	/// Each patient's records in anchoring order, by position: page through positions
	/// `from .. from + n`.
	#[pallet::storage]
	pub type PatientRecords<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, PatientId, Twox64Concat, u32, RecordId, OptionQuery>;

	/// The current version of each amended version chain, by its first version. Chains never
	/// amended have no entry: their only version is current.
	#[pallet::storage]
	pub type LatestVersion<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordId>;

	/// The amendments of each version chain, by its first version and version number (2 and
	/// up; version 1 is the first version itself), for paging through a chain.
	#[pallet::storage]
	pub type Versions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RecordId, Twox64Concat, u32, RecordId, OptionQuery>;

	/// Each record's data key encrypted to its patient's X25519 key.
	#[pallet::storage]
	pub type PatientEnvelopes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		PatientId,
		Twox64Concat,
		RecordId,
		EnvelopeOf<T>,
		OptionQuery,
	>;

	/// Each record's data key encrypted to the parties it was shared with.
	#[pallet::storage]
	pub type Envelopes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		RecordId,
		Blake2_128Concat,
		T::AccountId,
		EnvelopeOf<T>,
		OptionQuery,
	>;

	/// Index of envelopes by recipient and patient, to remove the envelopes a revoked grant
	/// gave without scanning the patient's records.
	#[pallet::storage]
	pub type SharedWith<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, PatientId>,
			NMapKey<Twox64Concat, RecordId>,
		),
		(),
		OptionQuery,
	>;

	/// The practitioners holding envelopes of a patient's records that were shared with them
	/// while they practised for an organization, by (patient, organization, practitioner):
	/// when the organization's access ends, its staff's envelopes are found here. An entry is
	/// a hint; it goes when a prune finds the practitioner holds none of the patient's
	/// envelopes any more, or at erasure.
	#[pallet::storage]
	pub type StaffShares<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, PatientId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		(),
		OptionQuery,
	>;

	/// Erased patients whose records are still being shredded (in `on_idle`), with the
	/// position in their record list where the next step starts.
	#[pallet::storage]
	pub type PendingErasure<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, u32>;

	/// Holders whose key envelopes are still to be examined (in `on_idle`) because their
	/// access narrowed or ended, by (holder, patient) — `None` for every patient's records —
	/// with the envelope examined last. At most one entry per holder and patient, plus one per
	/// holder: a new prune of the same holder and scope restarts it.
	#[pallet::storage]
	pub type PendingPrune<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		(T::AccountId, Option<PatientId>),
		PruneCursor,
		OptionQuery,
	>;

	/// Organizations whose staff's key envelopes are still to be examined (in `on_idle`), by
	/// (organization, patient) — `None` for every patient's records, after a suspension —
	/// with the practitioner handled last. Each step queues up to [`Config::PruneBatch`]
	/// practitioners in [`PendingPrune`].
	#[pallet::storage]
	pub type PendingStaffPrune<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		(T::AccountId, Option<PatientId>),
		Option<T::AccountId>,
		OptionQuery,
	>;

	/// The id the next anchored archive gets.
	#[pallet::storage]
	pub type NextArchiveId<T: Config> = StorageValue<_, ArchiveId, ValueQuery>;

	/// The anchored archives: roots over organizations' existing documents (see
	/// [`archive`]).
	#[pallet::storage]
	pub type Archives<T: Config> = StorageMap<_, Twox64Concat, ArchiveId, ArchiveOf<T>>;

	/// Archives by root; a root is anchored at most once.
	#[pallet::storage]
	pub type ArchiveByRoot<T: Config> = StorageMap<_, Blake2_128Concat, H256, ArchiveId>;

	/// Where each record promoted from an archive was archived.
	#[pallet::storage]
	pub type ArchivedRecords<T: Config> = StorageMap<_, Twox64Concat, RecordId, ArchivedAt>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A record was anchored.
		RecordAnchored {
			/// Its id.
			record: RecordId,
			/// Whose record it is.
			patient: PatientId,
			/// Who anchored it.
			author: T::AccountId,
			/// Its kind.
			kind: RecordKind,
		},
		/// A new version of a record was anchored; the previous one is superseded.
		RecordAmended {
			/// The new version.
			record: RecordId,
			/// The version it supersedes.
			previous: RecordId,
			/// Whose record it is.
			patient: PatientId,
			/// Who anchored the new version.
			author: T::AccountId,
		},
		/// A record was retracted.
		RecordRetracted {
			/// The record.
			record: RecordId,
			/// Who retracted it.
			by: T::AccountId,
			/// Why.
			reason: RetractionReason,
		},
		/// A record's key was shared with a party (or the party's envelope replaced).
		KeyShared {
			/// The record.
			record: RecordId,
			/// The party who can now decrypt it.
			recipient: T::AccountId,
			/// Who shared it.
			by: T::AccountId,
			/// Whether an earlier envelope for the party was replaced.
			replaced: bool,
		},
		/// A party's envelope for a record was removed.
		EnvelopeRemoved {
			/// The record.
			record: RecordId,
			/// The party.
			recipient: T::AccountId,
			/// Who removed it.
			by: T::AccountId,
		},
		/// Envelopes of a patient's records held by `holder` were examined, and those no
		/// access justifies any more removed.
		EnvelopesPruned {
			/// Whose records.
			patient: PatientId,
			/// Who held the envelopes.
			holder: T::AccountId,
			/// How many were examined.
			examined: u32,
			/// How many were removed.
			removed: u32,
			/// The record examined last: pass it as `start_after` to continue.
			last: Option<RecordId>,
		},
		/// A party replaced its own envelopes after rotating its encryption key.
		EnvelopesRewrapped {
			/// Whose envelopes (the patient's account for the patient's own).
			by: T::AccountId,
			/// Whose records.
			patient: PatientId,
			/// The key they are now sealed to.
			key: EncryptionKey,
			/// How many were replaced.
			count: u32,
		},
		/// An organization anchored an archive: one root over `leaves` documents' salted
		/// commitments.
		ArchiveAnchored {
			/// Its id.
			archive: ArchiveId,
			/// Whose archive it is.
			organization: T::AccountId,
			/// The tree's root.
			root: H256,
			/// How many documents it commits to.
			leaves: u64,
		},
		/// An archived document was proved and promoted to a record (anchored with its
		/// envelope, under the patient's access rules, with [`Event::RecordAnchored`]).
		ArchivedDocumentPromoted {
			/// The new record.
			record: RecordId,
			/// The archive it was proved against.
			archive: ArchiveId,
			/// Its index in the archive.
			index: u64,
		},
		/// An erased patient's records were shredded: every key envelope of them (the
		/// patient's own and those shared with anyone) deleted.
		PatientEnvelopesErased {
			/// The erased patient's pseudonym.
			patient: PatientId,
			/// How many records were shredded in this step.
			records: u32,
			/// How many envelopes were deleted in this step.
			removed: u32,
			/// Whether every record of the patient is shredded.
			complete: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No patient is registered under this pseudonym.
		PatientNotFound,
		/// The caller may not write records for this patient.
		NotAuthorized,
		/// No record has this id.
		RecordNotFound,
		/// This content hash is already anchored.
		AlreadyAnchored,
		/// The record was already amended: amend its current version.
		AlreadySuperseded,
		/// The record is retracted.
		Retracted,
		/// The record is already retracted.
		AlreadyRetracted,
		/// The holder holds no envelope of the patient's records after `start_after`.
		NothingToPrune,
		/// The kind is a FHIR type that is not a FHIR R4 resource type name.
		InvalidKind,
		/// The key envelope is empty.
		EmptyEnvelope,
		/// The CID is truncated, has trailing bytes, or a malformed varint.
		MalformedCid,
		/// The CID's version is neither 0 nor 1.
		UnsupportedCidVersion,
		/// The CID's content codec is not raw, dag-pb, dag-cbor or dag-json.
		UnsupportedCodec,
		/// The CID's hash function is not accepted (identity, which embeds content, never is).
		UnsupportedMultihash,
		/// The CID's digest length does not match its hash function.
		DigestLengthMismatch,
		/// The recipient has no registered encryption key.
		RecipientHasNoKey,
		/// The recipient may not read this record.
		RecipientMayNotRead,
		/// The record's key is shared with [`Config::MaxEnvelopesPerRecord`] parties.
		TooManyEnvelopes,
		/// The party has no envelope for this record.
		EnvelopeNotFound,
		/// Record ids are exhausted.
		Overflow,
		/// No envelopes were given.
		NothingToRewrap,
		/// A record is not the named patient's.
		WrongPatient,
		/// A record is listed twice in one batch.
		RecordListedTwice,
		/// The key is not the caller's registered key (it rotated again since the envelopes
		/// were sealed, or they were sealed to the wrong key).
		KeyChanged,
		/// A batch lists no records.
		EmptyBatch,
		/// The caller is not an active organization.
		NotAnOrganization,
		/// An archive has at least one document.
		EmptyArchive,
		/// This root is already anchored.
		ArchiveAlreadyAnchored,
		/// No archive has this id.
		ArchiveNotFound,
		/// Only the archive's organization or an active practitioner of it may promote its
		/// documents.
		NotArchiveOrganization,
		/// The index is not below the archive's number of documents.
		IndexOutOfRange,
		/// The path does not lead from the record's content hash at the index to the
		/// archive's root.
		InvalidArchiveProof,
		/// Archive ids are exhausted.
		ArchiveOverflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// While the block has room: continues shredding erased patients' records (in steps of
		/// [`Config::ErasureBatch`] records), then queues deactivated organizations' staff and
		/// examines queued holders' envelopes (in steps of [`Config::PruneBatch`]).
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut meter = WeightMeter::with_limit(remaining);
			// Reading which task is next costs one read.
			let lookup = T::DbWeight::get().reads(1);
			while meter.can_consume(
				lookup.saturating_add(T::WeightInfo::erase_step(T::ErasureBatch::get())),
			) {
				meter.consume(lookup);
				let Some(patient) = PendingErasure::<T>::iter_keys().next() else { break };
				let (records, _) = Self::erase_step(&patient);
				meter.consume(T::WeightInfo::erase_step(records));
			}
			while meter.can_consume(lookup.saturating_add(Self::staff_step_weight())) {
				meter.consume(lookup);
				let Some(((organization, scope), after)) = PendingStaffPrune::<T>::iter().next()
				else {
					break;
				};
				let queued = Self::staff_step(&organization, scope, after);
				meter.consume(T::WeightInfo::queue_staff(queued));
			}
			while meter
				.can_consume(lookup.saturating_add(Self::prune_weight_of(T::PruneBatch::get())))
			{
				meter.consume(lookup);
				let Some(((holder, scope), after)) = PendingPrune::<T>::iter().next() else {
					break;
				};
				let (examined, _) = Self::prune_and_continue(&holder, scope, after);
				meter.consume(Self::prune_weight_of(examined));
			}
			meter.consumed()
		}

		fn integrity_test() {
			assert!(T::ErasureBatch::get() >= 1, "ErasureBatch must be at least 1");
			assert!(T::PruneBatch::get() >= 1, "PruneBatch must be at least 1");
			assert!(T::MaxCidLength::get() >= 34, "MaxCidLength must fit a CIDv0 (34 bytes)");
			assert!(T::MaxEnvelopeLength::get() >= 1, "MaxEnvelopeLength must be at least 1");
			assert!(T::MaxRewrapBatch::get() >= 1, "MaxRewrapBatch must be at least 1");
			assert!(T::MaxAnchorBatch::get() >= 1, "MaxAnchorBatch must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor a record of `patient`.
		///
		/// Origin: signed by an account that [`Config::Access`] lets write for the patient (in
		/// MedChain: the patient, a holder of a read-write grant, or a break-glass session).
		/// `content_hash` is the salted commitment
		/// `SHA-256(salt ‖ plaintext)`; `cid` the binary CID of the encrypted file;
		/// `patient_envelope` the record's data key encrypted to the patient's X25519 key.
		///
		/// Emits [`Event::RecordAnchored`] with the new record's id.
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
		/// [`Error::AlreadyAnchored`], [`Error::InvalidKind`], [`Error::EmptyEnvelope`], the
		/// CID errors, [`Error::Overflow`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor_record(T::Access::max_grants_read()))]
		pub fn anchor_record(
			origin: OriginFor<T>,
			patient: PatientId,
			content_hash: H256,
			cid: CidOf<T>,
			kind: RecordKind,
			patient_envelope: EnvelopeOf<T>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let (_, check) = Self::anchor(
				&author,
				NewRecord { patient, content_hash, cid, kind, patient_envelope },
			)?;
			// Charged for the most grants the check may read; its weight for the grants it
			// read, less the other reads it skipped (grant lists, a break-glass session).
			let max = T::Access::max_grants_read();
			let used = T::WeightInfo::anchor_record(check.grants_read.min(max));
			Ok(Self::refund(used, check.skipped_besides_grants(max)))
		}

		/// Anchor a new version of `previous`, which becomes superseded.
		///
		/// Origin: signed by an account that may write for the record's patient. `previous`
		/// must be the current version of its chain and not retracted. The other arguments are
		/// those of [`anchor_record`](Pallet::anchor_record), for the new version.
		///
		/// Emits [`Event::RecordAmended`].
		/// Errors: [`Error::RecordNotFound`], [`Error::AlreadySuperseded`],
		/// [`Error::Retracted`], [`Error::PatientNotFound`], [`Error::NotAuthorized`], and
		/// those of `anchor_record`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::amend_record())]
		pub fn amend_record(
			origin: OriginFor<T>,
			previous: RecordId,
			content_hash: H256,
			cid: CidOf<T>,
			kind: RecordKind,
			patient_envelope: EnvelopeOf<T>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let old = Records::<T>::get(previous).ok_or(Error::<T>::RecordNotFound)?;
			ensure!(old.next.is_none(), Error::<T>::AlreadySuperseded);
			ensure!(old.retraction.is_none(), Error::<T>::Retracted);
			let patient = old.patient;
			ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
			let check = T::Access::amend_check(&author, &Self::reference(previous, &old), &kind);
			ensure!(check.allowed, Error::<T>::NotAuthorized);
			let id = Self::insert(
				&author,
				patient,
				content_hash,
				cid,
				kind,
				patient_envelope,
				Some((previous, old)),
			)?;
			T::Audit::append(&patient, &author, AuditEvent::RecordAmended { record: id, previous });
			Self::deposit_event(Event::RecordAmended { record: id, previous, patient, author });
			Ok(Self::refund(T::WeightInfo::amend_record(), check.skipped()))
		}

		/// Mark `record` retracted for `reason`. It stays anchored and provable.
		///
		/// Origin: signed by the record's author or the patient's own account.
		///
		/// Emits [`Event::RecordRetracted`].
		/// Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
		/// [`Error::AlreadyRetracted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retract_record())]
		pub fn retract_record(
			origin: OriginFor<T>,
			record: RecordId,
			reason: RetractionReason,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
			let is_owner = T::Patients::owner_of(&entry.patient).as_ref() == Some(&by);
			ensure!(
				is_owner
					|| (entry.author == by
						&& T::Access::may_amend(
							&by,
							&Self::reference(record, &entry),
							&entry.kind
						)),
				Error::<T>::NotAuthorized
			);
			ensure!(entry.retraction.is_none(), Error::<T>::AlreadyRetracted);
			entry.retraction = Some(Retraction {
				by: by.clone(),
				at: frame_system::Pallet::<T>::block_number(),
				reason,
			});
			let patient = entry.patient;
			Records::<T>::insert(record, entry);
			T::Audit::append(&patient, &by, AuditEvent::RecordRetracted { record });
			Self::deposit_event(Event::RecordRetracted { record, by, reason });
			Ok(())
		}

		/// Store `record`'s data key encrypted to `recipient`'s X25519 key, replacing an
		/// earlier envelope for the same party (after a key rotation, say).
		///
		/// Origin: signed by the patient, a guardian of the patient, or the record's author.
		/// The recipient must have a registered key and be allowed to read the record by
		/// [`Config::Access`].
		///
		/// Emits [`Event::KeyShared`]; appends `KeyShared` to the patient's audit trail.
		/// Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
		/// [`Error::RecipientHasNoKey`], [`Error::RecipientMayNotRead`],
		/// [`Error::EmptyEnvelope`], [`Error::TooManyEnvelopes`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::share_key())]
		pub fn share_key(
			origin: OriginFor<T>,
			record: RecordId,
			recipient: T::AccountId,
			envelope: EnvelopeOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
			Self::ensure_key_holder(record, &entry, &by)?;
			ensure!(
				T::Providers::encryption_key(&recipient).is_some(),
				Error::<T>::RecipientHasNoKey
			);
			ensure!(
				T::Access::may_read(&recipient, &Self::reference(record, &entry)),
				Error::<T>::RecipientMayNotRead
			);
			ensure!(!envelope.is_empty(), Error::<T>::EmptyEnvelope);
			let patient = entry.patient;
			let replaced = Envelopes::<T>::contains_key(record, &recipient);
			if !replaced {
				ensure!(
					entry.envelopes < T::MaxEnvelopesPerRecord::get(),
					Error::<T>::TooManyEnvelopes
				);
				entry.envelopes = entry.envelopes.saturating_add(1);
				Records::<T>::insert(record, entry);
			}
			Envelopes::<T>::insert(record, &recipient, envelope);
			SharedWith::<T>::insert((&recipient, patient, record), ());
			if let Some(practitioner) = T::Providers::practitioner(&recipient) {
				StaffShares::<T>::insert((patient, &practitioner.organization, &recipient), ());
			}
			T::Audit::append(&patient, &by, AuditEvent::KeyShared { record });
			Self::deposit_event(Event::KeyShared { record, recipient, by, replaced });
			Ok(())
		}

		/// Remove `recipient`'s envelope for `record`.
		///
		/// Origin: signed by the patient, a guardian of the patient, or the record's author.
		/// Removing the envelope stops the chain from handing the key out; a party that
		/// already decrypted the record keeps what it read.
		///
		/// Emits [`Event::EnvelopeRemoved`]; appends `EnvelopeRemoved` to the patient's audit
		/// trail.
		/// Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
		/// [`Error::EnvelopeNotFound`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_envelope())]
		pub fn remove_envelope(
			origin: OriginFor<T>,
			record: RecordId,
			recipient: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
			Self::ensure_key_holder(record, &entry, &by)?;
			ensure!(Envelopes::<T>::contains_key(record, &recipient), Error::<T>::EnvelopeNotFound);
			Envelopes::<T>::remove(record, &recipient);
			SharedWith::<T>::remove((&recipient, entry.patient, record));
			let patient = entry.patient;
			entry.envelopes = entry.envelopes.saturating_sub(1);
			Records::<T>::insert(record, entry);
			T::Audit::append(&patient, &by, AuditEvent::EnvelopeRemoved { record });
			Self::deposit_event(Event::EnvelopeRemoved { record, recipient, by });
			Ok(())
		}

		/// Examine up to [`Config::PruneBatch`] of the envelopes of `patient`'s records held by
		/// `holder`, after record `start_after` (in the index's order; `None` from the first),
		/// and remove each that the access check ([`Config::Access`]) no longer justifies.
		///
		/// Origin: signed by anyone: it only removes keys nobody may use. It continues what a
		/// revocation or an expiry clean-up left (they examine a bounded number), and removes
		/// the envelopes of a suspended or removed practitioner or organization or of a
		/// responder after its session. The envelope query already answers nothing to a
		/// holder that may not read.
		///
		/// Emits [`Event::EnvelopesPruned`] (with the record to continue after).
		/// Errors: [`Error::NothingToPrune`] (charged only the lookup).
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::prune_call_weight(T::PruneBatch::get()))]
		pub fn prune_envelopes(
			origin: OriginFor<T>,
			patient: PatientId,
			holder: T::AccountId,
			start_after: Option<RecordId>,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let limit = T::PruneBatch::get();
			let after = start_after.map(|record| (patient, record));
			let (examined, removed, last) = Self::examine(&holder, Some(&patient), after, limit);
			if examined == 0 {
				return Err(DispatchErrorWithPostInfo {
					post_info: Some(Self::prune_call_weight(0)).into(),
					error: Error::<T>::NothingToPrune.into(),
				});
			}
			if start_after.is_none() && examined < limit {
				// Everything the holder held was examined: if nothing is left, so is the hint.
				if SharedWith::<T>::iter_key_prefix((&holder, &patient)).next().is_none() {
					if let Some(p) = T::Providers::practitioner(&holder) {
						StaffShares::<T>::remove((&patient, &p.organization, &holder));
					}
				}
			}
			let last = last.map(|(_, record)| record);
			Self::deposit_event(Event::EnvelopesPruned {
				patient,
				holder,
				examined,
				removed,
				last,
			});
			Ok(Some(Self::prune_call_weight(examined)).into())
		}
		/// Replace the caller's own key envelopes of `patient`'s records with new ones sealed to
		/// `key`, after the caller rotated its encryption key.
		///
		/// Origin: signed. If the caller is `patient`'s own account, the patient's envelope of
		/// each record is replaced, and `key` must be the patient's registered key. Otherwise
		/// the envelope shared with the caller is replaced: it must exist, the caller must
		/// still be allowed to read the record ([`Config::Access`]), and `key` must be its
		/// registered provider key. Nobody else's envelope changes and nobody gains access: a
		/// party only re-seals a key it already holds. Every record must be `patient`'s (one
		/// patient per call bounds the access checks). A batch is applied whole or not at all.
		///
		/// Emits [`Event::EnvelopesRewrapped`].
		/// Errors: [`Error::NothingToRewrap`], [`Error::KeyChanged`],
		/// [`Error::RecordListedTwice`], [`Error::EmptyEnvelope`], [`Error::RecordNotFound`],
		/// [`Error::WrongPatient`], [`Error::EnvelopeNotFound`],
		/// [`Error::RecipientMayNotRead`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::rewrap_envelopes(envelopes.len() as u32))]
		pub fn rewrap_envelopes(
			origin: OriginFor<T>,
			patient: PatientId,
			key: EncryptionKey,
			envelopes: RewrapBatchOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!envelopes.is_empty(), Error::<T>::NothingToRewrap);
			let own = T::Patients::owner_of(&patient).as_ref() == Some(&who);
			let registered = if own {
				T::Patients::encryption_key(&patient)
			} else {
				T::Providers::encryption_key(&who)
			};
			ensure!(registered == Some(key), Error::<T>::KeyChanged);
			let count = envelopes.len() as u32;
			for (i, (record, _)) in envelopes.iter().enumerate() {
				ensure!(
					!envelopes.iter().take(i).any(|(earlier, _)| earlier == record),
					Error::<T>::RecordListedTwice
				);
			}
			for (record, envelope) in envelopes {
				ensure!(!envelope.is_empty(), Error::<T>::EmptyEnvelope);
				let entry = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
				ensure!(entry.patient == patient, Error::<T>::WrongPatient);
				if own {
					ensure!(
						PatientEnvelopes::<T>::contains_key(patient, record),
						Error::<T>::EnvelopeNotFound
					);
					PatientEnvelopes::<T>::insert(patient, record, envelope);
				} else {
					ensure!(
						Envelopes::<T>::contains_key(record, &who),
						Error::<T>::EnvelopeNotFound
					);
					ensure!(
						T::Access::may_read(&who, &Self::reference(record, &entry)),
						Error::<T>::RecipientMayNotRead
					);
					Envelopes::<T>::insert(record, &who, envelope);
				}
			}
			Self::deposit_event(Event::EnvelopesRewrapped { by: who, patient, key, count });
			Ok(())
		}

		/// Anchor several records in one transaction: each as
		/// [`anchor_record`](Pallet::anchor_record) would, in order, with its own access check,
		/// envelope, audit entry and [`Event::RecordAnchored`]. All or none: if one fails, the
		/// call anchors nothing.
		///
		/// Origin: signed by an account that may write for each record's patient (records of
		/// several patients may share a batch). At most [`Config::MaxAnchorBatch`] records.
		///
		/// Emits [`Event::RecordAnchored`] per record.
		/// Errors: [`Error::EmptyBatch`], and those of `anchor_record` (for the first record
		/// that fails; a content hash listed twice fails as [`Error::AlreadyAnchored`]).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::anchor_records(records.len() as u32))]
		pub fn anchor_records(
			origin: OriginFor<T>,
			records: AnchorBatchOf<T>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			ensure!(!records.is_empty(), Error::<T>::EmptyBatch);
			let count = records.len() as u32;
			// The batch is charged each record's grant path in full and no break-glass
			// session (its benchmark's costliest path: a responder holds few sessions): the
			// grant reads skipped, less the session reads made, are refunded.
			let (mut skipped, mut sessions) = (0u32, 0u32);
			for record in records {
				let (_, check) = Self::anchor(&author, record)?;
				skipped = skipped.saturating_add(check.grant_reads_skipped);
				sessions = sessions.saturating_add(check.session_reads_made);
			}
			Ok(Self::refund(T::WeightInfo::anchor_records(count), skipped.saturating_sub(sessions)))
		}

		/// Anchor an archive: `root` is the RFC 9162 Merkle Tree Hash over `leaves` documents'
		/// salted commitments (see [`archive`]). One transaction commits to an organization's
		/// existing documents, however many; nothing about them but the root and the count
		/// goes on chain. Each document is later proved with its index and path
		/// ([`Pallet::verify_archived`], the `ArchivesApi` runtime API) and may be promoted
		/// to a full record ([`Pallet::promote_archived`]).
		///
		/// Origin: signed by an active organization.
		///
		/// Emits [`Event::ArchiveAnchored`].
		/// Errors: [`Error::NotAnOrganization`], [`Error::EmptyArchive`],
		/// [`Error::ArchiveAlreadyAnchored`], [`Error::ArchiveOverflow`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::anchor_archive())]
		pub fn anchor_archive(origin: OriginFor<T>, root: H256, leaves: u64) -> DispatchResult {
			let organization = ensure_signed(origin)?;
			ensure!(
				T::Providers::is_active_organization(&organization),
				Error::<T>::NotAnOrganization
			);
			ensure!(leaves >= 1, Error::<T>::EmptyArchive);
			ensure!(!ArchiveByRoot::<T>::contains_key(root), Error::<T>::ArchiveAlreadyAnchored);
			let id = NextArchiveId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::ArchiveOverflow)?;
			Archives::<T>::insert(
				id,
				Archive {
					organization: organization.clone(),
					root,
					leaves,
					anchored_at: frame_system::Pallet::<T>::block_number(),
					timestamp: u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX),
					promoted: 0,
				},
			);
			ArchiveByRoot::<T>::insert(root, id);
			NextArchiveId::<T>::put(next);
			Self::deposit_event(Event::ArchiveAnchored { archive: id, organization, root, leaves });
			Ok(())
		}

		/// Promote an archived document to a record, when it is shared: `record` is anchored as
		/// [`anchor_record`](Pallet::anchor_record) would anchor it (the same access check for
		/// its patient, envelope, audit entry and [`Event::RecordAnchored`]), after its
		/// `content_hash` was proved to be leaf `index` of `archive` by `path`. The record
		/// then says where it was archived, so the document's existence dates from the
		/// archive, not the promotion. A document is promoted at most once (a content hash is
		/// anchored once).
		///
		/// Origin: signed by the archive's organization or an active practitioner of it, who
		/// may write for the record's patient.
		///
		/// Emits [`Event::RecordAnchored`] and [`Event::ArchivedDocumentPromoted`].
		/// Errors: [`Error::ArchiveNotFound`], [`Error::NotArchiveOrganization`],
		/// [`Error::IndexOutOfRange`], [`Error::InvalidArchiveProof`], and those of
		/// `anchor_record`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::promote_archived(path.len() as u32))]
		pub fn promote_archived(
			origin: OriginFor<T>,
			archive: ArchiveId,
			index: u64,
			path: ArchivePathOf,
			record: NewRecordOf<T>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let mut entry = Archives::<T>::get(archive).ok_or(Error::<T>::ArchiveNotFound)?;
			let of_organization = (entry.organization == author
				&& T::Providers::is_active_organization(&author))
				|| T::Providers::practitioner(&author)
					.is_some_and(|p| p.active && p.organization == entry.organization);
			ensure!(of_organization, Error::<T>::NotArchiveOrganization);
			ensure!(index < entry.leaves, Error::<T>::IndexOutOfRange);
			ensure!(
				archive::verify_inclusion(
					&entry.root,
					entry.leaves,
					index,
					&record.content_hash,
					&path
				),
				Error::<T>::InvalidArchiveProof
			);
			let (id, check) = Self::anchor(&author, record)?;
			ArchivedRecords::<T>::insert(id, ArchivedAt { archive, index });
			entry.promoted = entry.promoted.saturating_add(1);
			Archives::<T>::insert(archive, entry);
			Self::deposit_event(Event::ArchivedDocumentPromoted { record: id, archive, index });
			Ok(Self::refund(T::WeightInfo::promote_archived(path.len() as u32), check.skipped()))
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Checks that `author` may write `record`'s patient's records, stores it, appends it to
	/// the patient's audit trail and emits [`Event::RecordAnchored`]. Returns the record's id
	/// and the access check's answer (with the reads it skipped, for the caller's refund).
	fn anchor(
		author: &T::AccountId,
		record: NewRecordOf<T>,
	) -> Result<(RecordId, Checked), DispatchError> {
		let NewRecord { patient, content_hash, cid, kind, patient_envelope } = record;
		ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
		let check = T::Access::write_check(author, &patient, &kind);
		ensure!(check.allowed, Error::<T>::NotAuthorized);
		let id =
			Self::insert(author, patient, content_hash, cid, kind.clone(), patient_envelope, None)?;
		T::Audit::append(&patient, author, AuditEvent::RecordAnchored { record: id });
		Self::deposit_event(Event::RecordAnchored {
			record: id,
			patient,
			author: author.clone(),
			kind,
		});
		Ok((id, check))
	}

	/// `charged` less `reads` storage reads the call's access check skipped of the costliest
	/// path its benchmark charged (see [`Checked`]).
	fn refund(charged: Weight, reads: u32) -> PostDispatchInfo {
		let unused = T::DbWeight::get().reads(reads.into());
		Some(charged.saturating_sub(unused)).into()
	}

	/// Validates and stores a new record (an original, or an amendment of `previous`).
	fn insert(
		author: &T::AccountId,
		patient: PatientId,
		content_hash: H256,
		cid: CidOf<T>,
		kind: RecordKind,
		patient_envelope: EnvelopeOf<T>,
		previous: Option<(RecordId, RecordOf<T>)>,
	) -> Result<RecordId, DispatchError> {
		ensure!(kind.is_valid(), Error::<T>::InvalidKind);
		cid::validate(&cid).map_err(Error::<T>::from)?;
		ensure!(!patient_envelope.is_empty(), Error::<T>::EmptyEnvelope);
		ensure!(!RecordByHash::<T>::contains_key(content_hash), Error::<T>::AlreadyAnchored);
		let id = NextRecordId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let position = PatientRecordCount::<T>::get(patient);
		let next_position = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let (version, root) = match &previous {
			Some((_, old)) => (old.version.checked_add(1).ok_or(Error::<T>::Overflow)?, old.root),
			None => (1, id),
		};

		let organization = T::Providers::practitioner(author).map(|p| p.organization);
		Records::<T>::insert(
			id,
			Record {
				patient,
				content_hash,
				cid,
				kind,
				author: author.clone(),
				organization,
				anchored_at: frame_system::Pallet::<T>::block_number(),
				timestamp: u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX),
				version,
				root,
				previous: previous.as_ref().map(|(p, _)| *p),
				next: None,
				retraction: None,
				envelopes: 0,
			},
		);
		if let Some((previous, mut old)) = previous {
			old.next = Some(id);
			Records::<T>::insert(previous, old);
			LatestVersion::<T>::insert(root, id);
			Versions::<T>::insert(root, version, id);
		}
		RecordByHash::<T>::insert(content_hash, id);
		PatientRecords::<T>::insert(patient, position, id);
		PatientRecordCount::<T>::insert(patient, next_position);
		PatientEnvelopes::<T>::insert(patient, id, patient_envelope);
		NextRecordId::<T>::put(next_id);
		Ok(id)
	}

	/// What an access check needs to know about record `id`.
	fn reference(id: RecordId, record: &RecordOf<T>) -> RecordRef<T::AccountId> {
		RecordRef {
			id,
			patient: record.patient,
			kind: record.kind.clone(),
			author: record.author.clone(),
			organization: record.organization.clone(),
		}
	}

	/// The patient (or a guardian) may share a record's key and remove its envelopes; so may
	/// its author while [`Config::Access`] still lets the author read it.
	fn ensure_key_holder(id: RecordId, entry: &RecordOf<T>, who: &T::AccountId) -> DispatchResult {
		ensure!(
			T::Patients::may_act_for(&entry.patient, who)
				|| (&entry.author == who && T::Access::may_read(who, &Self::reference(id, entry))),
			Error::<T>::NotAuthorized
		);
		Ok(())
	}

	/// Removes `holder`'s envelope of `record` (of `patient`), with its index entry and count.
	pub(crate) fn drop_envelope(record: RecordId, holder: &T::AccountId, patient: &PatientId) {
		Envelopes::<T>::remove(record, holder);
		SharedWith::<T>::remove((holder, patient, record));
		Records::<T>::mutate(record, |r| {
			if let Some(r) = r {
				r.envelopes = r.envelopes.saturating_sub(1);
			}
		});
	}

	/// Examines up to `limit` of `holder`'s envelopes after `after` — of `scope`'s records,
	/// or of every patient's — removing each that [`Config::Access`] no longer justifies.
	/// Returns how many it examined and removed, and the envelope examined last.
	pub(crate) fn examine(
		holder: &T::AccountId,
		scope: Option<&PatientId>,
		after: PruneCursor,
		limit: u32,
	) -> (u32, u32, PruneCursor) {
		let limit = limit as usize;
		let held: Vec<(PatientId, RecordId)> = match (scope, after) {
			(Some(patient), None) => SharedWith::<T>::iter_key_prefix((holder, patient))
				.take(limit)
				.map(|record| (*patient, record))
				.collect(),
			(Some(patient), Some((_, record))) => SharedWith::<T>::iter_key_prefix_from(
				(holder, patient),
				SharedWith::<T>::hashed_key_for((holder, patient, record)),
			)
			.take(limit)
			.map(|record| (*patient, record))
			.collect(),
			(None, None) => SharedWith::<T>::iter_key_prefix((holder,)).take(limit).collect(),
			(None, Some((patient, record))) => SharedWith::<T>::iter_key_prefix_from(
				(holder,),
				SharedWith::<T>::hashed_key_for((holder, patient, record)),
			)
			.take(limit)
			.collect(),
		};
		let mut removed = 0u32;
		// A practitioner keeping an envelope is indexed under its current organization, so
		// that the end of that organization's access finds it (it may have been registered
		// anew elsewhere since the key was shared).
		let organization = if held.is_empty() { None } else { T::Providers::practitioner(holder) }
			.map(|p| p.organization);
		for (patient, record) in &held {
			let justified = Records::<T>::get(record).is_some_and(|entry| {
				T::Access::may_read(holder, &Self::reference(*record, &entry))
			});
			if !justified {
				Self::drop_envelope(*record, holder, patient);
				removed = removed.saturating_add(1);
			} else if let Some(organization) = &organization {
				let hint = (patient, organization, holder);
				if !StaffShares::<T>::contains_key(hint) {
					StaffShares::<T>::insert(hint, ());
				}
			}
		}
		(held.len() as u32, removed, held.last().copied())
	}

	/// One prune step of `holder` (of `scope`) after `after`: examines up to
	/// [`Config::PruneBatch`] envelopes, and keeps the rest queued in [`PendingPrune`] (or
	/// takes the holder off the queue when none is left). Returns how many it examined and
	/// removed.
	pub(crate) fn prune_and_continue(
		holder: &T::AccountId,
		scope: Option<PatientId>,
		after: PruneCursor,
	) -> (u32, u32) {
		let limit = T::PruneBatch::get();
		let (examined, removed, last) = Self::examine(holder, scope.as_ref(), after, limit);
		let key = (holder.clone(), scope);
		if examined < limit {
			PendingPrune::<T>::remove(&key);
		} else {
			PendingPrune::<T>::insert(&key, last);
		}
		(examined, removed)
	}

	/// One step over an organization's staff (of `scope`'s records, or of every patient's)
	/// after practitioner `after`: queues up to [`Config::PruneBatch`] practitioners who
	/// still hold envelopes in [`PendingPrune`], and drops the [`StaffShares`] hints of those
	/// who hold none. Returns how many practitioners it handled.
	pub(crate) fn staff_step(
		organization: &T::AccountId,
		scope: Option<PatientId>,
		after: Option<T::AccountId>,
	) -> u32 {
		let limit = T::PruneBatch::get();
		let staff: Vec<T::AccountId> = match (&scope, &after) {
			(Some(patient), None) => StaffShares::<T>::iter_key_prefix((patient, organization))
				.take(limit as usize)
				.collect(),
			(Some(patient), Some(member)) => StaffShares::<T>::iter_key_prefix_from(
				(patient, organization),
				StaffShares::<T>::hashed_key_for((patient, organization, member)),
			)
			.take(limit as usize)
			.collect(),
			(None, after) => T::Providers::staff(organization, after.as_ref(), limit),
		};
		for member in &staff {
			let holds = match &scope {
				Some(patient) => SharedWith::<T>::iter_key_prefix((member, patient)).next(),
				None => SharedWith::<T>::iter_key_prefix((member,)).next().map(|(_, r)| r),
			}
			.is_some();
			if holds {
				PendingPrune::<T>::insert((member.clone(), scope), None::<(PatientId, RecordId)>);
			} else if let Some(patient) = &scope {
				StaffShares::<T>::remove((patient, organization, member));
			}
		}
		let key = (organization.clone(), scope);
		if (staff.len() as u32) < limit {
			PendingStaffPrune::<T>::remove(&key);
		} else {
			PendingStaffPrune::<T>::insert(&key, staff.last().cloned());
		}
		staff.len() as u32
	}

	/// The most a step over an organization's staff may use.
	fn staff_step_weight() -> Weight {
		T::WeightInfo::queue_staff(T::PruneBatch::get())
	}

	/// Prunes `holder`'s envelopes of `patient`'s records (within `budget`), queueing the rest,
	/// and drops its [`StaffShares`] hint under `organization` once it holds none. Returns how
	/// many envelopes it examined and removed.
	fn prune_member(
		patient: &PatientId,
		organization: &T::AccountId,
		holder: &T::AccountId,
		budget: u32,
	) -> (u32, u32) {
		let (examined, removed, last) = Self::examine(holder, Some(patient), None, budget);
		let key = (holder.clone(), Some(*patient));
		if examined < budget {
			PendingPrune::<T>::remove(&key);
			if SharedWith::<T>::iter_key_prefix((holder, patient)).next().is_none() {
				StaffShares::<T>::remove((patient, organization, holder));
			}
		} else {
			PendingPrune::<T>::insert(&key, last);
		}
		(examined, removed)
	}

	/// The most examining (and removing) `n` envelopes uses: the benchmark of a prune whose
	/// every access check fails ([`WeightInfo::prune_holder`]), plus per envelope the access
	/// check's own bound ([`RecordAccess::read_check_weight`]), since a holder may take a
	/// costlier path to its refusal than the benchmark's.
	fn prune_weight_of(n: u32) -> Weight {
		T::WeightInfo::prune_holder(n)
			.saturating_add(T::Access::read_check_weight().saturating_mul(u64::from(n)))
	}

	/// The weight of [`Pallet::prune_envelopes`] examining `n` envelopes: the prune, and the
	/// lookups and removal of the holder's [`StaffShares`] hint.
	fn prune_call_weight(n: u32) -> Weight {
		Self::prune_weight_of(n).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}

	/// Shreds up to [`Config::ErasureBatch`] records of the erased `patient`, from where the
	/// last step stopped: deletes each record's envelope for the patient and every envelope
	/// shared with anyone (with its [`SharedWith`] entry). Keeps `patient` in
	/// [`PendingErasure`] while records remain; returns how many records and envelopes it
	/// shredded. The anchors stay, as bare salted commitments.
	pub fn erase_step(patient: &PatientId) -> (u32, u32) {
		let from = PendingErasure::<T>::get(patient).unwrap_or(0);
		let count = PatientRecordCount::<T>::get(patient);
		let end = from.saturating_add(T::ErasureBatch::get()).min(count);
		let mut removed = 0u32;
		for position in from..end {
			let Some(record) = PatientRecords::<T>::get(patient, position) else { continue };
			PatientEnvelopes::<T>::remove(patient, record);
			let parties: Vec<T::AccountId> = Envelopes::<T>::iter_key_prefix(record)
				.take(T::MaxEnvelopesPerRecord::get() as usize)
				.collect();
			for party in &parties {
				Envelopes::<T>::remove(record, party);
				SharedWith::<T>::remove((party, patient, record));
			}
			removed = removed.saturating_add(parties.len() as u32);
			if !parties.is_empty() {
				Records::<T>::mutate(record, |r| {
					if let Some(r) = r {
						r.envelopes = 0;
					}
				});
			}
		}
		let mut complete = end >= count;
		if complete {
			// The staff index of the patient goes last, as many entries per step as a step
			// may delete envelopes.
			let cap = T::ErasureBatch::get().saturating_mul(T::MaxEnvelopesPerRecord::get());
			let hints: Vec<(T::AccountId, T::AccountId)> =
				StaffShares::<T>::iter_key_prefix((patient,)).take(cap as usize).collect();
			for (organization, practitioner) in &hints {
				StaffShares::<T>::remove((patient, organization, practitioner));
			}
			removed = removed.saturating_add(hints.len() as u32);
			complete = StaffShares::<T>::iter_key_prefix((patient,)).next().is_none();
		}
		if complete {
			PendingErasure::<T>::remove(patient);
		} else {
			PendingErasure::<T>::insert(patient, end);
		}
		let records = end.saturating_sub(from);
		Self::deposit_event(Event::PatientEnvelopesErased {
			patient: *patient,
			records,
			removed,
			complete,
		});
		(records, removed)
	}

	/// The answer to "is this file anchored?": the record anchored under `content_hash` (the
	/// salted commitment), whose it is, by whom, when, and which version is current.
	pub fn verify(content_hash: H256) -> Option<Verification<T::AccountId, BlockNumberFor<T>>> {
		let id = RecordByHash::<T>::get(content_hash)?;
		let record = Records::<T>::get(id)?;
		Some(Verification {
			record: id,
			patient: record.patient,
			author: record.author,
			organization: record.organization,
			anchored_at: record.anchored_at,
			timestamp: record.timestamp,
			version: record.version,
			current_version: LatestVersion::<T>::get(record.root).unwrap_or(record.root),
			retracted: record.retraction.is_some(),
		})
	}

	/// What the chain says about a document proved against `archive`: that its commitment
	/// is leaf `index` of the archive (by `path`), whose archive it is and since when, and the
	/// record it was promoted to, if it was.
	pub fn verify_archived(
		archive: ArchiveId,
		index: u64,
		commitment: H256,
		path: &[H256],
	) -> Result<ArchiveVerification<T::AccountId, BlockNumberFor<T>>, ArchiveProofError> {
		let entry = Archives::<T>::get(archive).ok_or(ArchiveProofError::UnknownArchive)?;
		if index >= entry.leaves {
			return Err(ArchiveProofError::IndexOutOfRange);
		}
		if !archive::verify_inclusion(&entry.root, entry.leaves, index, &commitment, path) {
			return Err(ArchiveProofError::InvalidProof);
		}
		let record = RecordByHash::<T>::get(commitment)
			.filter(|r| ArchivedRecords::<T>::get(r) == Some(ArchivedAt { archive, index }));
		Ok(ArchiveVerification {
			archive,
			index,
			organization: entry.organization,
			root: entry.root,
			leaves: entry.leaves,
			anchored_at: entry.anchored_at,
			timestamp: entry.timestamp,
			record,
		})
	}

	/// Up to `limit` of `patient`'s records, from position `from` in anchoring order.
	pub fn records_of(patient: PatientId, from: u32, limit: u32) -> Vec<RecordId> {
		let count = PatientRecordCount::<T>::get(patient);
		let end = from.saturating_add(limit).min(count);
		(from..end).filter_map(|i| PatientRecords::<T>::get(patient, i)).collect()
	}

	/// Up to `limit` versions of `record`'s version chain, oldest first, starting with
	/// version number `from` (1 = the original). Reads the record, the chain's current
	/// version and the page only, however long the chain.
	pub fn versions_of(record: RecordId, from: u32, limit: u32) -> Vec<RecordId> {
		let Some(entry) = Records::<T>::get(record) else { return Vec::new() };
		let root = entry.root;
		let versions = match LatestVersion::<T>::get(root) {
			Some(latest) if latest == record => entry.version,
			Some(latest) => Records::<T>::get(latest).map_or(entry.version, |r| r.version),
			None => 1,
		};
		let from = from.max(1);
		let end = from.saturating_add(limit).min(versions.saturating_add(1));
		(from..end)
			.filter_map(|v| if v == 1 { Some(root) } else { Versions::<T>::get(root, v) })
			.collect()
	}

	/// The parties `record`'s key is shared with and may read it now, and their envelopes (at
	/// most [`Config::MaxEnvelopesPerRecord`]). An envelope whose holder may no longer read
	/// the record (awaiting removal) is not listed.
	pub fn envelopes_of(record: RecordId) -> Vec<(T::AccountId, EnvelopeOf<T>)> {
		let Some(entry) = Records::<T>::get(record) else { return Vec::new() };
		let reference = Self::reference(record, &entry);
		Envelopes::<T>::iter_prefix(record)
			.filter(|(party, _)| T::Access::may_read(party, &reference))
			.collect()
	}

	/// The envelope of `record` addressed to `party`, if `party` may read the record now: the
	/// patient's own when `party` is the patient's account, otherwise the one shared with
	/// `party`. A party that may not read now gets nothing, even while its envelope awaits
	/// removal.
	pub fn envelope(record: RecordId, party: &T::AccountId) -> Option<EnvelopeOf<T>> {
		let entry = Records::<T>::get(record)?;
		if !T::Access::may_read(party, &Self::reference(record, &entry)) {
			return None;
		}
		if T::Patients::owner_of(&entry.patient).as_ref() == Some(party) {
			PatientEnvelopes::<T>::get(entry.patient, record)
		} else {
			Envelopes::<T>::get(record, party)
		}
	}
}

impl<T: Config> From<cid::CidError> for Error<T> {
	fn from(e: cid::CidError) -> Self {
		match e {
			cid::CidError::Malformed => Error::<T>::MalformedCid,
			cid::CidError::UnsupportedVersion => Error::<T>::UnsupportedCidVersion,
			cid::CidError::UnsupportedCodec => Error::<T>::UnsupportedCodec,
			cid::CidError::UnsupportedMultihash => Error::<T>::UnsupportedMultihash,
			cid::CidError::DigestLengthMismatch => Error::<T>::DigestLengthMismatch,
		}
	}
}

impl<T: Config> OnPatientErased for Pallet<T> {
	/// Shreds the first batch of the patient's records; `on_idle` shreds the rest.
	fn on_patient_erased(patient: &PatientId) -> Weight {
		let (records, _) = Self::erase_step(patient);
		T::WeightInfo::erase_step(records)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::erase_step(T::ErasureBatch::get())
	}
}

impl<T: Config> RecordLookup<T::AccountId> for Pallet<T> {
	fn record(record: RecordId) -> Option<RecordRef<T::AccountId>> {
		Records::<T>::get(record).map(|r| Pallet::<T>::reference(record, &r))
	}
}

impl<T: Config> medchain_primitives::OnProviderDeactivated<T::AccountId> for Pallet<T> {
	/// Examines up to [`Config::PruneBatch`] of the practitioner's envelopes, of every
	/// patient's records, removing each that no access justifies any more, and queues the
	/// rest for `on_idle` ([`PendingPrune`]).
	fn on_practitioner_deactivated(practitioner: &T::AccountId) -> Weight {
		let (examined, _) = Self::prune_and_continue(practitioner, None, None);
		Self::prune_weight_of(examined)
	}

	/// Examines up to [`Config::PruneBatch`] of the organization's own envelopes as for a
	/// practitioner, and queues its staff for `on_idle` ([`PendingStaffPrune`]).
	fn on_organization_deactivated(organization: &T::AccountId) -> Weight {
		let (examined, _) = Self::prune_and_continue(organization, None, None);
		if !T::Providers::staff(organization, None, 1).is_empty() {
			PendingStaffPrune::<T>::insert(
				(organization.clone(), None::<PatientId>),
				None::<T::AccountId>,
			);
		}
		Self::prune_weight_of(examined).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	fn max_weight() -> Weight {
		Self::prune_weight_of(T::PruneBatch::get())
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

impl<T: Config> KeyEnvelopes<T::AccountId> for Pallet<T> {
	/// Examines `party`'s envelopes of the patient's records, then, for an organization, its
	/// staff's ([`StaffShares`]), `limit` in all (each staff member counts at least one),
	/// removing each that the access check no longer justifies. What the limit leaves is
	/// queued for `on_idle` ([`PendingPrune`], [`PendingStaffPrune`]).
	fn prune_envelopes(patient: &PatientId, party: &T::AccountId, limit: u32) -> (u32, u32) {
		if limit == 0 {
			// No budget left: queue what there is, examine nothing.
			if SharedWith::<T>::iter_key_prefix((party, patient)).next().is_some() {
				PendingPrune::<T>::insert(
					(party.clone(), Some(*patient)),
					None::<(PatientId, RecordId)>,
				);
			}
			if StaffShares::<T>::iter_key_prefix((patient, party)).next().is_some() {
				PendingStaffPrune::<T>::insert(
					(party.clone(), Some(*patient)),
					None::<T::AccountId>,
				);
			}
			return (0, 0);
		}
		let (mut examined, mut removed, last) = Self::examine(party, Some(patient), None, limit);
		let key = (party.clone(), Some(*patient));
		if examined < limit {
			PendingPrune::<T>::remove(&key);
		} else {
			PendingPrune::<T>::insert(&key, last);
		}
		let cap = limit.saturating_sub(examined);
		let staff: Vec<T::AccountId> = StaffShares::<T>::iter_key_prefix((patient, party))
			.take(cap.saturating_add(1) as usize)
			.collect();
		let mut unfinished = staff.len() as u32 > cap;
		for member in staff.iter().take(cap as usize) {
			let budget = limit.saturating_sub(examined);
			if budget == 0 {
				unfinished = true;
				break;
			}
			let (e, r) = Self::prune_member(patient, party, member, budget);
			examined = examined.saturating_add(e.max(1));
			removed = removed.saturating_add(r);
		}
		if unfinished {
			PendingStaffPrune::<T>::insert((party.clone(), Some(*patient)), None::<T::AccountId>);
		}
		(examined, removed)
	}

	/// Examining `n` envelopes (each staff member counts at least one), with, per unit, the
	/// staff index's lookups, the holder's re-check, its queue entry and its hint, and the
	/// party's own queue entries.
	fn prune_weight(n: u32) -> Weight {
		let items = u64::from(n).saturating_mul(3).saturating_add(3);
		Self::prune_weight_of(n).saturating_add(T::DbWeight::get().reads_writes(items, items))
	}
}
