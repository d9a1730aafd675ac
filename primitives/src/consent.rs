//! Consent types shared by the consent, records and emergency pallets and by apps.

use crate::{PatientId, RecordId, RecordKind};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// The most record kinds one scope may list.
pub const MAX_SCOPE_KINDS: u32 = 16;
/// The most records one scope may list.
pub const MAX_SCOPE_RECORDS: u32 = 64;

/// What a grant or request covers.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Scope {
	/// Every record of the patient, present and future.
	AllRecords,
	/// Records of these kinds.
	Kinds(BoundedVec<RecordKind, ConstU32<MAX_SCOPE_KINDS>>),
	/// These records.
	Records(BoundedVec<RecordId, ConstU32<MAX_SCOPE_RECORDS>>),
}

impl Scope {
	/// Whether the scope covers a record of `kind` with id `record`.
	pub fn covers(&self, record: RecordId, kind: &RecordKind) -> bool {
		match self {
			Scope::AllRecords => true,
			Scope::Kinds(kinds) => kinds.contains(kind),
			Scope::Records(records) => records.contains(&record),
		}
	}

	/// Whether the scope covers a new record of `kind` (a new record or a new version):
	/// `AllRecords`, or `Kinds` listing `kind`. A scope of listed records covers only those
	/// records, never a new one.
	pub fn covers_new(&self, kind: &RecordKind) -> bool {
		match self {
			Scope::AllRecords => true,
			Scope::Kinds(kinds) => kinds.contains(kind),
			Scope::Records(_) => false,
		}
	}
}

/// What a grant allows.
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
pub enum Permission {
	/// Read records in scope.
	Read,
	/// Read records in scope, and anchor new records for the patient.
	ReadWrite,
}

/// Why access is granted: HL7 v3 PurposeOfUse codes.
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
pub enum Purpose {
	/// `TREAT`: treatment.
	Treatment,
	/// `HPAYMT`: payment, insurance.
	Payment,
	/// `HRESCH`: research.
	Research,
	/// `HOPERAT`: healthcare operations.
	Operations,
}

/// Why a party may read a record now: the answer of an access check.
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
pub enum AccessReason {
	/// The party is the patient or one of their guardians.
	Patient,
	/// The party wrote the record.
	Author,
	/// A grant (to the party or to their organization).
	Grant(u64),
	/// An active break-glass session.
	BreakGlass(u64),
}

/// Whether a party is in an active break-glass session on a patient's records (implemented
/// by the emergency pallet).
pub trait EmergencyAccess<AccountId> {
	/// The active session of `who` on `patient`, if any.
	fn active_session(who: &AccountId, patient: &PatientId) -> Option<u64>;

	/// The distinct storage entries [`EmergencyAccess::active_session`] reads at most, besides
	/// the provider registry's (which the access check reads before).
	fn active_session_reads() -> u32;

	/// Whether a session of `who` on `patient` has ended but its clean-up (`clean_session`,
	/// a review, or the patient's erasure) is still pending in storage. Used by invariant
	/// checks: what the session gave may remain until then, unusable.
	fn awaits_cleanup(who: &AccountId, patient: &PatientId) -> bool;
}

impl<AccountId> EmergencyAccess<AccountId> for () {
	fn active_session(_: &AccountId, _: &PatientId) -> Option<u64> {
		None
	}

	fn active_session_reads() -> u32 {
		0
	}

	fn awaits_cleanup(_: &AccountId, _: &PatientId) -> bool {
		false
	}
}

/// An entry of a patient's audit trail: what happened, by ids and codes only.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum AuditEvent {
	/// A grant was created (directly, or by approving a request).
	GrantCreated {
		/// The grant.
		grant: u64,
	},
	/// A grant was revoked.
	GrantRevoked {
		/// The grant.
		grant: u64,
	},
	/// An expired grant was cleaned from the active index.
	GrantExpired {
		/// The grant.
		grant: u64,
	},
	/// A third party asked for access.
	AccessRequested {
		/// The request.
		request: u64,
	},
	/// The patient approved a request.
	RequestApproved {
		/// The request.
		request: u64,
		/// The grant it created.
		grant: u64,
	},
	/// The patient denied a request.
	RequestDenied {
		/// The request.
		request: u64,
	},
	/// The requester cancelled a request.
	RequestCancelled {
		/// The request.
		request: u64,
	},
	/// A record's key was shared with a party.
	KeyShared {
		/// The record.
		record: RecordId,
	},
	/// A party's key envelope for a record was removed (`records.remove_envelope`): the chain
	/// no longer hands the party the record's key; what the party already decrypted it keeps.
	EnvelopeRemoved {
		/// The record.
		record: RecordId,
	},
	/// A reader's client reported that it read a record.
	RecordRead {
		/// The record.
		record: RecordId,
	},
	/// A responder opened a break-glass session.
	SessionOpened {
		/// The session.
		session: u64,
	},
	/// An emergency authority approved a session.
	SessionApproved {
		/// The session.
		session: u64,
	},
	/// A session reached its threshold: the responder may read the patient's records.
	SessionActivated {
		/// The session.
		session: u64,
	},
	/// A session was closed early.
	SessionClosed {
		/// The session.
		session: u64,
	},
	/// A session was reviewed.
	SessionReviewed {
		/// The session.
		session: u64,
		/// Whether the access was found justified.
		justified: bool,
	},
	/// The patient's emergency key was set or rotated.
	EmergencyKeySet {
		/// The key's version.
		version: u32,
	},
	/// Emergency envelopes (data keys wrapped for the emergency key) were posted.
	EmergencyEnvelopesPosted {
		/// How many.
		count: u32,
	},
	/// An emergency authority released its key share to a session's responder.
	KeyShareReleased {
		/// The session.
		session: u64,
	},
	/// A record of the patient was anchored (the actor is its author).
	RecordAnchored {
		/// The record.
		record: u64,
	},
	/// A record was superseded by a new version.
	RecordAmended {
		/// The new version.
		record: u64,
		/// The version it supersedes.
		previous: u64,
	},
	/// A record was marked retracted.
	RecordRetracted {
		/// The record.
		record: u64,
	},
	/// The patient named a guardian (the account is in the patients pallet's
	/// `GuardianAdded` event of the same block).
	GuardianAdded,
	/// A guardian was removed, by the patient or stepping down (the actor).
	GuardianRemoved,
	/// The break-glass policy changed (by the patient or a guardian, the actor).
	EmergencyPolicyChanged {
		/// Whether break-glass is now allowed.
		allowed: bool,
		/// How many approvals a session now needs.
		required_approvals: u8,
	},
	/// The patient replaced their encryption key.
	EncryptionKeyRotated,
}

/// Appends to a patient's audit trail (implemented by the consent pallet).
pub trait AuditTrail<AccountId> {
	/// Appends `event`, done by `actor`, to `patient`'s trail.
	fn append(patient: &PatientId, actor: &AccountId, event: AuditEvent);
}

impl<AccountId> AuditTrail<AccountId> for () {
	fn append(_: &PatientId, _: &AccountId, _: AuditEvent) {}
}

/// The key envelopes a party holds for a patient's records (implemented by the records
/// pallet; used when a grant is revoked or expires).
pub trait KeyEnvelopes<AccountId> {
	/// `party`'s access to `patient`'s records narrowed or ended: examines up to `limit` of
	/// the envelopes of the patient's records held by `party` (and, when `party` is an
	/// organization, by the practitioners it had when their keys were shared) and removes each
	/// that the access check no longer justifies. Returns how many it examined and how many it
	/// removed.
	fn prune_envelopes(patient: &PatientId, party: &AccountId, limit: u32) -> (u32, u32);

	/// The most [`KeyEnvelopes::prune_envelopes`] uses to examine (and remove) `n` envelopes.
	fn prune_weight(n: u32) -> frame_support::weights::Weight;
}

impl<AccountId> KeyEnvelopes<AccountId> for () {
	fn prune_envelopes(_: &PatientId, _: &AccountId, _: u32) -> (u32, u32) {
		(0, 0)
	}

	fn prune_weight(_: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Looks records up (implemented by the records pallet).
pub trait RecordLookup<AccountId> {
	/// What an access check needs to know about `record`, if it exists.
	fn record(record: RecordId) -> Option<crate::RecordRef<AccountId>>;
}
