//! # MedChain runtime APIs
//!
//! What apps ask the chain without sending a transaction: is this file anchored, what does a
//! patient's record set, consent and break-glass history look like, may this account read
//! that record now and why; which nodes may join the network. Each API is versioned; the runtime's metadata (v15 and later)
//! describes them with the runtime's concrete types, so polkadot.js calls them as
//! `api.call.recordsApi.verify(hash)` with no extra type definitions. The node's `medchain_*`
//! JSON-RPC methods are thin wrappers over them.
//!
//! The APIs are generic over the runtime's record, grant, request, audit-entry and session
//! types (which carry the runtime's bounds); the runtime fixes them.
//!
//! Paging: lists take `from` (a position, or for grants and requests the first id) and
//! `limit`; a runtime caps `limit` at [`MAX_PAGE`].

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use medchain_primitives::{AccessReason, NodeId, NodeStatus, PatientId, PeeringPolicy, RecordId};
use scale_info::TypeInfo;
use sp_core::H256;

/// The most items one paged call returns.
pub const MAX_PAGE: u32 = 100;

/// A record's data key encrypted to one party's X25519 key.
///
/// A struct rather than bare bytes: polkadot.js decodes a runtime call's `Option<Bytes>`
/// answer wrongly (it wraps the undecoded result), a struct it decodes as declared.
#[derive(Clone, Encode, Decode, TypeInfo, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
pub struct KeyEnvelope {
	/// The envelope.
	#[cfg_attr(feature = "std", serde(serialize_with = "medchain_primitives::serialize_hex"))]
	pub ciphertext: Vec<u8>,
}

sp_api::decl_runtime_apis! {
	/// Record anchors.
	#[api_version(1)]
	pub trait RecordsApi<AccountId, Verification, Record>
	where
		AccountId: Codec,
		Verification: Codec,
		Record: Codec,
	{
		/// What the chain says about a salted content hash (SHA-256 of salt ‖ plaintext):
		/// the record, its pseudonym, author, organization, block, time, version, the current
		/// version of its chain and whether it was retracted. `None`: not anchored.
		fn verify(content_hash: H256) -> Option<Verification>;

		/// The anchor of `record`.
		fn record(record: RecordId) -> Option<Record>;

		/// Up to `limit` of `patient`'s record ids from position `from`, in anchoring order.
		fn records_of(patient: PatientId, from: u32, limit: u32) -> Vec<RecordId>;

		/// Up to `limit` ids of `record`'s version chain from version number `from`.
		fn versions_of(record: RecordId, from: u32, limit: u32) -> Vec<RecordId>;

		/// The key envelope of `record` addressed to `party` (the patient's own when `party`
		/// is the patient's account).
		fn envelope(record: RecordId, party: AccountId) -> Option<KeyEnvelope>;
	}

	/// Consent: the access check, grants, requests and the audit trail.
	#[api_version(1)]
	pub trait ConsentApi<AccountId, Grant, Request, AuditEntry>
	where
		AccountId: Codec,
		Grant: Codec,
		Request: Codec,
		AuditEntry: Codec,
	{
		/// Whether `who` may read `record` now, and why: patient (or guardian), author,
		/// grant, or break-glass session. `None`: refused (or no such record).
		fn access_reason(who: AccountId, record: RecordId) -> Option<AccessReason>;

		/// Up to `limit` of `patient`'s grants (revoked and expired ones too) from position
		/// `from` (0 = the first), in the order they were made, each with its id.
		fn grants_of(patient: PatientId, from: u32, limit: u32) -> Vec<(u64, Grant)>;

		/// Up to `limit` of the requests made to `patient` (any status) from position `from`
		/// (0 = the first), in the order they were made, each with its id.
		fn requests_of(patient: PatientId, from: u32, limit: u32) -> Vec<(u64, Request)>;

		/// Up to `limit` entries of `patient`'s audit trail from position `from`.
		fn audit_trail(patient: PatientId, from: u32, limit: u32) -> Vec<AuditEntry>;
	}

	/// Break-glass sessions.
	#[api_version(1)]
	pub trait EmergencyApi<Session, SessionStatus>
	where
		Session: Codec,
		SessionStatus: Codec,
	{
		/// Up to `limit` of the break-glass sessions on `patient`'s records from position
		/// `from`, oldest first: who opened and approved each, when it was active, how it
		/// ended, the review.
		fn sessions_of(patient: PatientId, from: u32, limit: u32) -> Vec<(u64, Session)>;

		/// Where `session` stands now.
		fn session_status(session: u64) -> Option<SessionStatus>;
	}

	/// Archives: one anchored root over an organization's existing documents, each proved
	/// with its index and inclusion path (the tree of `pallet_records::archive`: RFC 9162's
	/// Merkle Tree Hash with SHA-256, leaves `SHA-256(0x00 ‖ commitment)`, nodes
	/// `SHA-256(0x01 ‖ left ‖ right)`).
	#[api_version(1)]
	pub trait ArchivesApi<Archive, ArchiveVerification, ArchiveProofError>
	where
		Archive: Codec,
		ArchiveVerification: Codec,
		ArchiveProofError: Codec,
	{
		/// The archive `archive`: its organization, root, size, block and time, and how many
		/// of its documents were promoted to records.
		fn archive(archive: u64) -> Option<Archive>;

		/// Whether `path` proves that the document with salted commitment `commitment` (as a
		/// record's content hash: SHA-256 of salt ‖ plaintext) is leaf `index` of `archive`:
		/// whose archive, since when, and the record it was promoted to, if it was; or why
		/// not. A path longer than 64 hashes fails.
		fn verify_archived(
			archive: u64,
			index: u64,
			commitment: H256,
			path: Vec<H256>,
		) -> Result<ArchiveVerification, ArchiveProofError>;

		/// The archive and index a promoted record was proved against; `None` for a record
		/// anchored otherwise.
		fn archived_at(record: RecordId) -> Option<(u64, u64)>;
	}

	/// The validators' liveness: which validators author, session by session.
	#[api_version(1)]
	pub trait ValidatorSetApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The current session's index.
		fn current_session() -> u32;

		/// The blocks each validator authored in `session`, by account: for the current
		/// session every validator of the set (zero for one that authored nothing yet); for an
		/// earlier one those that authored any, while the session is within the kept history
		/// (16 sessions in MedChain).
		fn authored_blocks(session: u32) -> Vec<(AccountId, u32)>;
	}

	/// Permissioned peering: which nodes may join the network. The node applies
	/// [`PeeringApi::peering`] at every finalized block.
	#[api_version(1)]
	pub trait PeeringApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The peering mode and the nodes authorized now, in node id order.
		fn peering() -> PeeringPolicy;

		/// What the chain says about `node`: its owner, whether it is well-known and whether
		/// it is authorized now. `None`: not registered.
		fn node(node: NodeId) -> Option<NodeStatus<AccountId>>;

		/// The nodes `organization` answers for.
		fn nodes_of(organization: AccountId) -> Vec<NodeId>;
	}
}
