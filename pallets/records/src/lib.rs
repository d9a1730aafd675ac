//! # Records pallet
//!
//! Anchors medical records: the proof, years later, that a file is exactly the record an
//! institution wrote, without the record (or anything in it) ever touching the chain.
//!
//! ## What is anchored
//!
//! A record lives off-chain: encrypted with its own data key (AES-256-GCM) and stored on IPFS.
//! The chain keeps, per record:
//! - the **salted commitment** `SHA-256(salt ‖ plaintext)`, where `salt` is 32 random bytes
//!   chosen per record and kept *inside* the encrypted package;
//! - the binary **CID** of the ciphertext on IPFS (validated on-chain, see [`cid`]);
//! - its **kind** (a code: clinical note, lab result, ... or a FHIR resource type);
//! - its **author**, the author's organization, the block and the time;
//! - **key envelopes**: the data key encrypted to the patient's X25519 key, and to each party
//!   the patient or author shares it with.
//!
//! ### Why a salted commitment and not a plain hash
//!
//! A plain SHA-256 of a document lets anyone who can *guess* the document confirm it: a
//! standard consent form, a negative test result from a known template, a short diagnosis
//! code. Hash the guess, look it up, and the chain answers which patient has it. With a random
//! 256-bit salt inside the encrypted package, the commitment reveals nothing and cannot be
//! tested: whoever can decrypt the package (or is handed file and salt) recomputes the
//! commitment and checks it against the chain; nobody else can.
//!
//! ## Versions and retraction
//!
//! Records are never changed in place. [`amend_record`](Pallet::amend_record) anchors a new
//! version pointing to the one it supersedes; the old one is marked superseded. The chain of
//! versions is walkable both ways (`previous` / `next`) and its current version is one lookup
//! away ([`LatestVersion`]). [`retract_record`](Pallet::retract_record) marks a record
//! retracted with a reason code; it stays provable that it existed.
//!
//! ## Who may write and read
//!
//! [`Config::Access`] decides: in MedChain the consent pallet (grants, authorship,
//! guardianship, break-glass sessions). [`RegistrarPolicy`] (the patient, or an active
//! practitioner of the organization that registered the patient) serves runtimes without one.
//!
//! ## Erasure
//!
//! When a patient is erased, the envelopes addressed to the patient are deleted
//! ([`OnPatientErased`]): up to [`Config::ErasureBatch`] at once, the rest in `on_idle` in
//! bounded steps. Anchors stay as bare commitments.
//!
//! ## Dispatchable functions
//!
//! For authors (the patient, or a practitioner with write access):
//! - [`anchor_record`](Pallet::anchor_record)
//! - [`amend_record`](Pallet::amend_record)
//!
//! For the author or the patient:
//! - [`retract_record`](Pallet::retract_record)
//!
//! For the patient (or a guardian) or the author:
//! - [`share_key`](Pallet::share_key)
//! - [`revoke_key`](Pallet::revoke_key)
//!
//! ## Queries
//!
//! [`Pallet::verify`] (is this content hash anchored: for which pseudonym, by whom, when,
//! which version is current), [`Pallet::records_of`], [`Pallet::versions_of`],
//! [`Pallet::envelopes_of`], all paged.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod cid;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::{
	dispatch::DispatchResult, pallet_prelude::*, traits::UnixTime, weights::WeightMeter,
};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	AuditEvent, AuditTrail, KeyEnvelopes, OnPatientErased, PatientId, PatientRegistry,
	ProviderRegistry, RecordAccess, RecordId, RecordKind, RecordLookup, RecordRef,
};
use sp_core::H256;

/// A stored record of this runtime.
pub type RecordOf<T> =
	Record<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxCidLength>;

/// A key envelope of this runtime: a record's data key encrypted to one X25519 key.
pub type EnvelopeOf<T> = BoundedVec<u8, <T as Config>::MaxEnvelopeLength>;

/// A binary CID of this runtime.
pub type CidOf<T> = BoundedVec<u8, <T as Config>::MaxCidLength>;

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A registered patient and an author who may write for them (the costliest check path).
	fn patient_and_author() -> (PatientId, AccountId);
	/// A party with an encryption key who may read the patient's records.
	fn reader(patient: &PatientId) -> AccountId;
	/// A guardian of the patient (who is neither the patient nor an author).
	fn guardian(patient: &PatientId) -> AccountId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

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

		/// The patients' audit trails (the consent pallet): key shares and revocations are
		/// appended.
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

		/// How many envelopes of an erased patient are deleted per step (at erasure, then
		/// per `on_idle` step).
		#[pallet::constant]
		type ErasureBatch: Get<u32>;

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

	/// Erased patients whose envelopes are still being deleted (in `on_idle`).
	#[pallet::storage]
	pub type PendingErasure<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, ()>;

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
		KeyRevoked {
			/// The record.
			record: RecordId,
			/// The party.
			recipient: T::AccountId,
			/// Who removed it.
			by: T::AccountId,
		},
		/// Envelopes addressed to an erased patient were deleted.
		PatientEnvelopesErased {
			/// The erased patient's pseudonym.
			patient: PatientId,
			/// How many were deleted in this step.
			removed: u32,
			/// Whether all are gone.
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
		/// The FHIR resource type is not 1 to 64 ASCII letters starting with a capital.
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Continues deleting erased patients' envelopes, in steps of
		/// [`Config::ErasureBatch`], while the block has room.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut meter = WeightMeter::with_limit(remaining);
			let step = T::WeightInfo::erase_envelopes(T::ErasureBatch::get());
			// Reading which patient is next costs one read.
			let lookup = T::DbWeight::get().reads(1);
			while meter.try_consume(lookup.saturating_add(step)).is_ok() {
				let Some(patient) = PendingErasure::<T>::iter_keys().next() else { break };
				Self::erase_step(&patient);
			}
			meter.consumed()
		}

		fn integrity_test() {
			assert!(T::ErasureBatch::get() >= 1, "ErasureBatch must be at least 1");
			assert!(T::MaxCidLength::get() >= 34, "MaxCidLength must fit a CIDv0 (34 bytes)");
			assert!(T::MaxEnvelopeLength::get() >= 1, "MaxEnvelopeLength must be at least 1");
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
		#[pallet::weight(T::WeightInfo::anchor_record())]
		pub fn anchor_record(
			origin: OriginFor<T>,
			patient: PatientId,
			content_hash: H256,
			cid: CidOf<T>,
			kind: RecordKind,
			patient_envelope: EnvelopeOf<T>,
		) -> DispatchResult {
			let author = ensure_signed(origin)?;
			ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
			ensure!(T::Access::may_write(&author, &patient), Error::<T>::NotAuthorized);
			let id = Self::insert(
				&author,
				patient,
				content_hash,
				cid,
				kind.clone(),
				patient_envelope,
				None,
			)?;
			Self::deposit_event(Event::RecordAnchored { record: id, patient, author, kind });
			Ok(())
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
		) -> DispatchResult {
			let author = ensure_signed(origin)?;
			let old = Records::<T>::get(previous).ok_or(Error::<T>::RecordNotFound)?;
			ensure!(old.next.is_none(), Error::<T>::AlreadySuperseded);
			ensure!(old.retraction.is_none(), Error::<T>::Retracted);
			let patient = old.patient;
			ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
			ensure!(T::Access::may_write(&author, &patient), Error::<T>::NotAuthorized);
			let id = Self::insert(
				&author,
				patient,
				content_hash,
				cid,
				kind,
				patient_envelope,
				Some((previous, old)),
			)?;
			Self::deposit_event(Event::RecordAmended { record: id, previous, patient, author });
			Ok(())
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
			ensure!(
				entry.author == by || T::Patients::owner_of(&entry.patient).as_ref() == Some(&by),
				Error::<T>::NotAuthorized
			);
			ensure!(entry.retraction.is_none(), Error::<T>::AlreadyRetracted);
			entry.retraction = Some(Retraction {
				by: by.clone(),
				at: frame_system::Pallet::<T>::block_number(),
				reason,
			});
			Records::<T>::insert(record, entry);
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
		/// Emits [`Event::KeyShared`].
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
			Self::ensure_key_holder(&entry, &by)?;
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
		/// Emits [`Event::KeyRevoked`].
		/// Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
		/// [`Error::EnvelopeNotFound`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke_key())]
		pub fn revoke_key(
			origin: OriginFor<T>,
			record: RecordId,
			recipient: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			let mut entry = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
			Self::ensure_key_holder(&entry, &by)?;
			ensure!(Envelopes::<T>::contains_key(record, &recipient), Error::<T>::EnvelopeNotFound);
			Envelopes::<T>::remove(record, &recipient);
			SharedWith::<T>::remove((&recipient, entry.patient, record));
			let patient = entry.patient;
			entry.envelopes = entry.envelopes.saturating_sub(1);
			Records::<T>::insert(record, entry);
			T::Audit::append(&patient, &by, AuditEvent::KeyRevoked { record });
			Self::deposit_event(Event::KeyRevoked { record, recipient, by });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
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
		}
	}

	/// The patient (or a guardian) or the author may share and revoke a record's key.
	fn ensure_key_holder(entry: &RecordOf<T>, who: &T::AccountId) -> DispatchResult {
		ensure!(
			&entry.author == who || T::Patients::may_act_for(&entry.patient, who),
			Error::<T>::NotAuthorized
		);
		Ok(())
	}

	/// Deletes up to [`Config::ErasureBatch`] envelopes addressed to `patient`; returns how
	/// many, and keeps `patient` in [`PendingErasure`] while some remain.
	pub fn erase_step(patient: &PatientId) -> u32 {
		let batch = T::ErasureBatch::get() as usize;
		let records: Vec<RecordId> =
			PatientEnvelopes::<T>::iter_key_prefix(patient).take(batch.saturating_add(1)).collect();
		let complete = records.len() <= batch;
		let mut removed = 0u32;
		for record in records.iter().take(batch) {
			PatientEnvelopes::<T>::remove(patient, record);
			removed = removed.saturating_add(1);
		}
		if complete {
			PendingErasure::<T>::remove(patient);
		} else {
			PendingErasure::<T>::insert(patient, ());
		}
		Self::deposit_event(Event::PatientEnvelopesErased { patient: *patient, removed, complete });
		removed
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

	/// Up to `limit` of `patient`'s records, from position `from` in anchoring order.
	pub fn records_of(patient: PatientId, from: u32, limit: u32) -> Vec<RecordId> {
		let count = PatientRecordCount::<T>::get(patient);
		let end = from.saturating_add(limit).min(count);
		(from..end).filter_map(|i| PatientRecords::<T>::get(patient, i)).collect()
	}

	/// Up to `limit` versions of `record`'s version chain, oldest first, starting with
	/// version number `from` (1 = the original).
	pub fn versions_of(record: RecordId, from: u32, limit: u32) -> Vec<RecordId> {
		let Some(entry) = Records::<T>::get(record) else { return Vec::new() };
		let mut out = Vec::new();
		let mut cursor = Some(entry.root);
		while let Some(id) = cursor {
			if out.len() as u32 >= limit {
				break;
			}
			let Some(version) = Records::<T>::get(id) else { break };
			if version.version >= from {
				out.push(id);
			}
			cursor = version.next;
		}
		out
	}

	/// The parties `record`'s key is shared with, and their envelopes (at most
	/// [`Config::MaxEnvelopesPerRecord`]).
	pub fn envelopes_of(record: RecordId) -> Vec<(T::AccountId, EnvelopeOf<T>)> {
		Envelopes::<T>::iter_prefix(record).collect()
	}

	/// The envelope of `record` addressed to `party`: the patient's own when `party` is the
	/// patient's account, otherwise the one shared with `party`.
	pub fn envelope(record: RecordId, party: &T::AccountId) -> Option<EnvelopeOf<T>> {
		let entry = Records::<T>::get(record)?;
		if T::Patients::owner_of(&entry.patient).as_ref() == Some(party) {
			PatientEnvelopes::<T>::get(entry.patient, record)
		} else {
			Envelopes::<T>::get(record, party)
		}
	}

	/// Checks the pallet's invariants:
	/// - every record's hash is indexed to it, and every index entry points at a record with
	///   that hash;
	/// - each patient's record list has exactly `count` entries at positions `0..count`, each
	///   a record of that patient;
	/// - version links are symmetric and stay in one chain; [`LatestVersion`] names the chain's
	///   head;
	/// - each record's envelope count matches its [`Envelopes`] and the bound;
	/// - every patient envelope belongs to a record of that patient;
	/// - no record id reaches [`NextRecordId`].
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRecordId::<T>::get();
		for (id, record) in Records::<T>::iter() {
			ensure!(id < next, "a record id is not below NextRecordId");
			ensure!(
				RecordByHash::<T>::get(record.content_hash) == Some(id),
				"a record's hash is not indexed to it"
			);
			if let Some(n) = record.next {
				let newer = Records::<T>::get(n).ok_or("a next version is missing")?;
				ensure!(newer.previous == Some(id), "version links are not symmetric");
				ensure!(newer.root == record.root, "a version chain changes root");
			} else if record.root != id || record.previous.is_some() {
				ensure!(
					LatestVersion::<T>::get(record.root) == Some(id),
					"LatestVersion does not name the chain's head"
				);
			}
			if let Some(p) = record.previous {
				let older = Records::<T>::get(p).ok_or("a previous version is missing")?;
				ensure!(older.next == Some(id), "version links are not symmetric");
			}
			let envelopes = Envelopes::<T>::iter_prefix(id).count();
			ensure!(envelopes == record.envelopes as usize, "an envelope count is wrong");
			ensure!(
				record.envelopes <= T::MaxEnvelopesPerRecord::get(),
				"a record exceeds the envelope bound"
			);
		}
		for (hash, id) in RecordByHash::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.content_hash == hash),
				"a hash index entry points at no such record"
			);
		}
		for (patient, count) in PatientRecordCount::<T>::iter() {
			ensure!(
				PatientRecords::<T>::iter_prefix(patient).count() == count as usize,
				"a patient's record count is wrong"
			);
			for i in 0..count {
				let id =
					PatientRecords::<T>::get(patient, i).ok_or("a record position is empty")?;
				ensure!(
					Records::<T>::get(id).is_some_and(|r| r.patient == patient),
					"a patient's list names another patient's record"
				);
			}
		}
		for ((party, patient, id), ()) in SharedWith::<T>::iter() {
			ensure!(
				Envelopes::<T>::contains_key(id, &party),
				"a shared-with entry has no envelope"
			);
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.patient == patient),
				"a shared-with entry names the wrong patient"
			);
		}
		ensure!(
			SharedWith::<T>::iter().count() == Envelopes::<T>::iter().count(),
			"envelopes and their index differ in number"
		);
		for (patient, id, _) in PatientEnvelopes::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.patient == patient),
				"a patient envelope belongs to no record of the patient"
			);
		}
		Ok(())
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
	/// Deletes the first batch of envelopes addressed to the patient; `on_idle` deletes the
	/// rest.
	fn on_patient_erased(patient: &PatientId) -> Weight {
		let removed = Self::erase_step(patient);
		T::WeightInfo::erase_envelopes(removed)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::erase_envelopes(T::ErasureBatch::get())
	}
}

impl<T: Config> RecordLookup<T::AccountId> for Pallet<T> {
	fn record(record: RecordId) -> Option<RecordRef<T::AccountId>> {
		Records::<T>::get(record).map(|r| Pallet::<T>::reference(record, &r))
	}
}

impl<T: Config> KeyEnvelopes<T::AccountId> for Pallet<T> {
	/// Removes up to `limit` of `party`'s envelopes for `patient`'s records (through the
	/// [`SharedWith`] index).
	fn remove_envelopes(patient: &PatientId, party: &T::AccountId, limit: u32) -> u32 {
		let records: Vec<RecordId> =
			SharedWith::<T>::iter_key_prefix((party, patient)).take(limit as usize).collect();
		for record in &records {
			SharedWith::<T>::remove((party, patient, record));
			Envelopes::<T>::remove(record, party);
			Records::<T>::mutate(record, |r| {
				if let Some(r) = r {
					r.envelopes = r.envelopes.saturating_sub(1);
				}
			});
		}
		records.len() as u32
	}

	fn removal_weight(n: u32) -> Weight {
		T::WeightInfo::remove_envelopes(n)
	}
}

/// The access policy until the consent pallet exists: the patient (or a guardian, for
/// reading), the record's author, and the active practitioners of the organization that
/// registered the patient.
pub struct RegistrarPolicy<T>(PhantomData<T>);

impl<T: Config> RegistrarPolicy<T> {
	fn practitioner_of_registrar(who: &T::AccountId, patient: &PatientId) -> bool {
		let Some(registrar) = T::Patients::registering_organization(patient) else {
			return false;
		};
		T::Providers::practitioner(who).is_some_and(|p| p.active && p.organization == registrar)
	}
}

impl<T: Config> RecordAccess<T::AccountId> for RegistrarPolicy<T> {
	fn may_write(who: &T::AccountId, patient: &PatientId) -> bool {
		T::Patients::owner_of(patient).as_ref() == Some(who)
			|| Self::practitioner_of_registrar(who, patient)
	}

	fn may_read(who: &T::AccountId, record: &RecordRef<T::AccountId>) -> bool {
		&record.author == who
			|| T::Patients::may_act_for(&record.patient, who)
			|| Self::practitioner_of_registrar(who, &record.patient)
	}
}
