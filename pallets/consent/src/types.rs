//! Domain types of the consent pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use medchain_primitives::{AuditEvent, DocumentHash, PatientId, Permission, Purpose, Scope};
use scale_info::TypeInfo;

/// A grant's id.
pub type GrantId = u64;
/// A request's id.
pub type RequestId = u64;

/// Research terms: research access is only for de-identified use, under an ethics approval.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: serde::Serialize")))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub struct ResearchTerms<AccountId> {
	/// Hash of the ethics committee's approval document (kept off-chain).
	pub ethics_approval: DocumentHash,
	/// The registered organization whose committee approved the study.
	pub approved_by: AccountId,
}

/// Who revoked a grant, and when.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Revocation<AccountId, BlockNumber> {
	/// The patient or guardian who revoked it.
	pub by: AccountId,
	/// The block of revocation; the grant stopped counting in this block.
	pub at: BlockNumber,
}

/// A patient's grant of access to a party. Kept forever (as history) once made.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Grant<AccountId, BlockNumber> {
	/// Whose records.
	pub patient: PatientId,
	/// The practitioner or organization granted access.
	pub grantee: AccountId,
	/// The grantee's registration the grant was made for (its `registered_at` in the
	/// provider registry): a grantee removed and registered again starts with nothing.
	pub registration: u64,
	/// Which records.
	pub scope: Scope,
	/// Read, or read and write.
	pub permission: Permission,
	/// Why (HL7 purpose of use).
	pub purpose: Purpose,
	/// Research terms, for grants made by approving a research request.
	pub research: Option<ResearchTerms<AccountId>>,
	/// The patient or guardian who granted it.
	pub granted_by: AccountId,
	/// The block in which it was granted.
	pub granted_at: BlockNumber,
	/// The first block in which it no longer counts; `None`: until revoked.
	pub expires_at: Option<BlockNumber>,
	/// Set when revoked.
	pub revoked: Option<Revocation<AccountId, BlockNumber>>,
	/// The request it answered, if any.
	pub request: Option<RequestId>,
}

/// Where a request stands.
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
pub enum RequestStatus {
	/// Waiting for the patient.
	Pending,
	/// Approved; the grant it created.
	Approved(GrantId),
	/// Denied by the patient.
	Denied,
	/// Cancelled by the requester.
	Cancelled,
	/// Closed unanswered because the patient was erased.
	Closed,
	/// Unanswered within [`Config::RequestLifetime`](crate::Config::RequestLifetime): expired
	/// by [`clean_requests`](crate::Pallet::clean_requests).
	Expired,
}

/// A third party's request for access to a patient's records.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Request<AccountId, BlockNumber> {
	/// Whose records.
	pub patient: PatientId,
	/// Who asks (an active organization or practitioner).
	pub requester: AccountId,
	/// Which records.
	pub scope: Scope,
	/// Read, or read and write.
	pub permission: Permission,
	/// Why.
	pub purpose: Purpose,
	/// For how many blocks the grant would last.
	pub duration: BlockNumber,
	/// Research terms (required for, and only for, research).
	pub research: Option<ResearchTerms<AccountId>>,
	/// The block of the request.
	pub requested_at: BlockNumber,
	/// Where it stands.
	pub status: RequestStatus,
}

/// One entry of a patient's audit trail.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize"))
)]
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct AuditEntry<AccountId, BlockNumber> {
	/// The block.
	pub at: BlockNumber,
	/// Who acted.
	pub actor: AccountId,
	/// What happened.
	pub event: AuditEvent,
}
