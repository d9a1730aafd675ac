//! Domain types of the records pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use medchain_primitives::{PatientId, RecordId, RecordKind};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::Get;

/// Why a record was retracted: a code, never free text.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub enum RetractionReason {
	/// Entered in error (wrong content).
	EnteredInError,
	/// Filed under the wrong patient.
	WrongPatient,
	/// A duplicate of another record.
	Duplicate,
	/// The patient asked for it.
	PatientRequest,
	/// Any other reason.
	Other,
}

/// A retraction: who, when, why.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Retraction<AccountId, BlockNumber> {
	/// Who retracted the record (its author or the patient).
	pub by: AccountId,
	/// The block of the retraction.
	pub at: BlockNumber,
	/// Why.
	pub reason: RetractionReason,
}

/// An anchored record. The record itself is off-chain (encrypted, on IPFS); this is its proof.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(
	CloneNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEqNoBound, EqNoBound, Debug,
)]
#[scale_info(skip_type_params(MaxCid))]
pub struct Record<AccountId, BlockNumber, MaxCid>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxCid: Get<u32>,
{
	/// Whose record it is.
	pub patient: PatientId,
	/// The salted commitment: SHA-256 over the record's random salt followed by its
	/// plaintext. Unique on the chain.
	pub content_hash: H256,
	/// The binary CID of the encrypted file on IPFS.
	#[cfg_attr(feature = "std", serde(serialize_with = "medchain_primitives::serialize_hex"))]
	pub cid: BoundedVec<u8, MaxCid>,
	/// The record's kind.
	pub kind: RecordKind,
	/// Who anchored it.
	pub author: AccountId,
	/// The author's organization when they anchored it (none when the patient did).
	pub organization: Option<AccountId>,
	/// The block in which it was anchored.
	pub anchored_at: BlockNumber,
	/// When it was anchored, in milliseconds since the Unix epoch (the block's timestamp).
	pub timestamp: u64,
	/// 1 for an original record, n + 1 for an amendment of version n.
	pub version: u32,
	/// The first version of this record's version chain (itself for an original).
	pub root: RecordId,
	/// The version this one supersedes.
	pub previous: Option<RecordId>,
	/// The version that supersedes this one; `None` for the current version.
	pub next: Option<RecordId>,
	/// Set when the record was retracted. A retracted record stays provable.
	pub retraction: Option<Retraction<AccountId, BlockNumber>>,
	/// How many key envelopes for parties (not counting the patient's) the record has.
	pub envelopes: u32,
}

/// What the chain says about a content hash: the answer to "is this file anchored?".
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct Verification<AccountId, BlockNumber> {
	/// The record anchored under the hash.
	pub record: RecordId,
	/// Whose record it is.
	pub patient: PatientId,
	/// Who anchored it.
	pub author: AccountId,
	/// The author's organization.
	pub organization: Option<AccountId>,
	/// The block of anchoring.
	pub anchored_at: BlockNumber,
	/// The time of anchoring (ms since the Unix epoch).
	pub timestamp: u64,
	/// Its version number.
	pub version: u32,
	/// The current version of its version chain (itself when not amended).
	pub current_version: RecordId,
	/// Whether it was retracted.
	pub retracted: bool,
}

/// Where a queued prune of a holder's envelopes continues: after this (patient, record), or
/// from the start.
pub type PruneCursor = Option<(PatientId, RecordId)>;

/// One record of a batch ([`crate::Pallet::anchor_records`]): the arguments of
/// [`crate::Pallet::anchor_record`].
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCid, MaxEnvelope))]
pub struct NewRecord<MaxCid: Get<u32>, MaxEnvelope: Get<u32>> {
	/// Whose record it is.
	pub patient: PatientId,
	/// The salted commitment `SHA-256(salt ‖ plaintext)`.
	pub content_hash: H256,
	/// The binary CID of the encrypted file on IPFS.
	pub cid: BoundedVec<u8, MaxCid>,
	/// The record's kind.
	pub kind: RecordKind,
	/// The record's data key encrypted to the patient's X25519 key.
	pub patient_envelope: BoundedVec<u8, MaxEnvelope>,
}

/// An archive's id: sequential, chosen by the chain.
pub type ArchiveId = u64;

/// An anchored archive: one root over many documents' salted commitments (see
/// [`crate::archive`]). The documents stay with the organization; each is proved with its
/// index and path, and may later be promoted to a full record.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Archive<AccountId, BlockNumber> {
	/// The organization whose archive it is (which anchored it).
	pub organization: AccountId,
	/// The root of the archive tree (RFC 9162 Merkle Tree Hash over the leaves).
	pub root: H256,
	/// How many documents (leaves) the tree has.
	pub leaves: u64,
	/// The block in which it was anchored.
	pub anchored_at: BlockNumber,
	/// When it was anchored, in milliseconds since the Unix epoch.
	pub timestamp: u64,
	/// How many of its documents were promoted to records.
	pub promoted: u64,
}

/// Where a promoted record's document was archived.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ArchivedAt {
	/// The archive.
	pub archive: ArchiveId,
	/// The document's leaf index in it.
	pub index: u64,
}

/// What the chain says about a document proved against an archive: the answer to "was this
/// file in that archive, since when?".
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub struct ArchiveVerification<AccountId, BlockNumber> {
	/// The archive.
	pub archive: ArchiveId,
	/// The document's index in it.
	pub index: u64,
	/// Whose archive it is.
	pub organization: AccountId,
	/// The archive's root.
	pub root: H256,
	/// How many documents the archive has.
	pub leaves: u64,
	/// The block of the archive's anchoring.
	pub anchored_at: BlockNumber,
	/// The time of the archive's anchoring (ms since the Unix epoch).
	pub timestamp: u64,
	/// The record the document was promoted to, if it was.
	pub record: Option<RecordId>,
}

/// Why a document's proof against an archive failed.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(Clone, Copy, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
pub enum ArchiveProofError {
	/// No archive has this id.
	UnknownArchive,
	/// The index is not below the archive's number of documents.
	IndexOutOfRange,
	/// The path does not lead from the commitment at the index to the archive's root.
	InvalidProof,
}
