//! Domain types of the emergency (break-glass) pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use medchain_primitives::{DocumentHash, EncryptionKey, PatientId};
use scale_info::TypeInfo;
use sp_runtime::traits::Get;

/// A session's id.
pub type SessionId = u64;

/// Why a session is opened: HL7 v3 `ActReason` / `PurposeOfUse` codes for emergency access.
/// The written justification stays off-chain; the session holds its hash.
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
pub enum EmergencyReason {
	/// `ETREAT`: emergency treatment.
	EmergencyTreatment,
	/// `ERTREAT`: emergency room treatment.
	EmergencyRoomTreatment,
	/// `BTG`: break the glass (a clinician overrides the patient's consent to save life or
	/// limb).
	BreakTheGlass,
	/// `THREAT`: a threat to the patient's or others' safety.
	Threat,
	/// `DISASTER`: a disaster or mass-casualty event.
	Disaster,
}

/// Where a session stands at a given block. Derived from the session and the block: expiry
/// and lapse need no sweep.
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
pub enum SessionStatus {
	/// Waiting for approvals.
	Pending,
	/// Approved: the responder may read the patient's records.
	Active,
	/// It was active and its time ran out.
	Expired,
	/// Too few approvals arrived in time.
	Lapsed,
	/// Closed early.
	Closed,
}

/// One emergency authority's approval of a session.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Approval<AccountId, BlockNumber> {
	/// The emergency authority (an emergency-service organization).
	pub authority: AccountId,
	/// Who approved for it: the organization's account or one of its call attendants.
	pub by: AccountId,
	/// The block of approval.
	pub at: BlockNumber,
}

/// Who closed a session early.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: serde::Serialize")))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Closer<AccountId> {
	/// The responder who opened it.
	Responder,
	/// The patient or one of their guardians.
	Patient(AccountId),
	/// The governance origin.
	Governance,
	/// The patient's erasure.
	Erasure,
}

/// A session's early closure.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Closure<AccountId, BlockNumber> {
	/// Who closed it.
	pub by: Closer<AccountId>,
	/// The block of closure; the session stopped counting in this block.
	pub at: BlockNumber,
}

/// Who reviewed a session.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: serde::Serialize")))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Reviewer<AccountId> {
	/// An active auditor of another organization than the responder's.
	Auditor(AccountId),
	/// The governance origin.
	Governance,
}

/// The review of a session after it ended.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Review<AccountId, BlockNumber> {
	/// Who reviewed it.
	pub by: Reviewer<AccountId>,
	/// Whether the access was justified.
	pub justified: bool,
	/// Hash of the written finding (kept off-chain).
	pub finding: DocumentHash,
	/// The block of the review.
	pub at: BlockNumber,
}

/// A break-glass session. Kept forever (as history) once opened.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(
	CloneNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxEmergencyApprovals))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Session<AccountId, BlockNumber, MaxEmergencyApprovals>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxEmergencyApprovals: Get<u32>,
{
	/// Whose records.
	pub patient: PatientId,
	/// The practitioner who opened it.
	pub responder: AccountId,
	/// The responder's organization when the session was opened.
	pub organization: AccountId,
	/// Why (an HL7 code).
	pub reason: EmergencyReason,
	/// Hash of the written justification (kept off-chain).
	pub justification: DocumentHash,
	/// How many distinct emergency authorities must approve.
	pub required_approvals: u8,
	/// The approvals so far, in order.
	pub approvals: BoundedVec<Approval<AccountId, BlockNumber>, MaxEmergencyApprovals>,
	/// The block in which it was opened.
	pub opened_at: BlockNumber,
	/// The first block in which a session that is still pending has lapsed.
	pub approve_by: BlockNumber,
	/// The block in which the last needed approval arrived.
	pub activated_at: Option<BlockNumber>,
	/// The first block in which an activated session no longer counts.
	pub expires_at: Option<BlockNumber>,
	/// Set when closed early.
	pub closure: Option<Closure<AccountId, BlockNumber>>,
	/// Set when reviewed.
	pub review: Option<Review<AccountId, BlockNumber>>,
}

impl<AccountId, BlockNumber, MaxEmergencyApprovals>
	Session<AccountId, BlockNumber, MaxEmergencyApprovals>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + Copy + PartialEq + Eq + PartialOrd + Debug,
	MaxEmergencyApprovals: Get<u32>,
{
	/// Where the session stands at block `now`.
	pub fn status(&self, now: BlockNumber) -> SessionStatus {
		if self.closure.is_some() {
			SessionStatus::Closed
		} else if let Some(expiry) = self.expires_at {
			if now < expiry {
				SessionStatus::Active
			} else {
				SessionStatus::Expired
			}
		} else if now < self.approve_by {
			SessionStatus::Pending
		} else {
			SessionStatus::Lapsed
		}
	}

	/// The block in which the session ended, if it has ended by block `now`: closure,
	/// expiry or lapse.
	pub fn ended_at(&self, now: BlockNumber) -> Option<BlockNumber> {
		match self.status(now) {
			SessionStatus::Pending | SessionStatus::Active => None,
			SessionStatus::Closed => self.closure.as_ref().map(|c| c.at),
			SessionStatus::Expired => self.expires_at,
			SessionStatus::Lapsed => Some(self.approve_by),
		}
	}

	/// Whether `authority` has approved.
	pub fn approved_by(&self, authority: &AccountId) -> bool {
		self.approvals.iter().any(|a| &a.authority == authority)
	}
}

/// One emergency authority's share of a patient's emergency key, encrypted to the
/// authority's registered X25519 key. The chain never sees a share in the clear.
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
#[scale_info(skip_type_params(MaxCiphertext))]
#[codec(mel_bound(AccountId: MaxEncodedLen))]
pub struct KeyShare<AccountId, MaxCiphertext>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	MaxCiphertext: Get<u32>,
{
	/// The emergency authority holding the share.
	pub authority: AccountId,
	/// The share, encrypted to the authority.
	pub ciphertext: BoundedVec<u8, MaxCiphertext>,
}

/// A patient's emergency key: the public half, and the private half split into threshold
/// shares held by emergency authorities.
#[derive(
	CloneNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCiphertext, MaxShares))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct EmergencyKey<AccountId, BlockNumber, MaxCiphertext, MaxShares>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxCiphertext: Get<u32>,
	MaxShares: Get<u32>,
{
	/// The X25519 public key that emergency envelopes are addressed to.
	pub key: EncryptionKey,
	/// 0 for the patient's first emergency key, then one more at each rotation. Emergency
	/// envelopes carry the version they were made for.
	pub version: u32,
	/// How many shares rebuild the private key.
	pub threshold: u8,
	/// The shares, one per authority.
	pub shares: BoundedVec<KeyShare<AccountId, MaxCiphertext>, MaxShares>,
	/// The patient or guardian who set it.
	pub set_by: AccountId,
	/// The block in which it was set.
	pub set_at: BlockNumber,
	/// The first session in which shares of this key were released to a responder. From then
	/// on the responder may rebuild the key: no new envelopes are accepted for it and the
	/// patient's app should rotate it.
	pub exposed_in: Option<SessionId>,
}

/// A record's data key wrapped for the patient's emergency key.
#[derive(
	CloneNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCiphertext))]
#[codec(mel_bound())]
pub struct EmergencyEnvelope<MaxCiphertext: Get<u32>> {
	/// The emergency key version it was made for.
	pub version: u32,
	/// The wrapped data key.
	pub ciphertext: BoundedVec<u8, MaxCiphertext>,
}
