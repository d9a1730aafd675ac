//! Domain types of the providers pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use medchain_primitives::{
	DocumentHash, EncryptionKey, OrganizationKind, PractitionerRole, Status,
};
use scale_info::TypeInfo;

/// A consortium organization, stored under its account.
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Organization<BlockNumber> {
	/// What kind of institution it is; decides which roles it may employ.
	pub kind: OrganizationKind,
	/// Active or suspended. A suspended organization's practitioners are inactive.
	pub status: Status,
	/// The X25519 key to which key envelopes for the organization are addressed.
	pub encryption_key: EncryptionKey,
	/// Hash of the organization's licence or accreditation document (kept off-chain).
	pub credential: DocumentHash,
	/// The block in which it was registered.
	pub registered_at: BlockNumber,
	/// How many practitioners it has registered (active or suspended).
	pub practitioners: u32,
}

/// A practitioner, stored under their account.
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Practitioner<AccountId, BlockNumber> {
	/// The organization that registered the practitioner and answers for them.
	pub organization: AccountId,
	/// The practitioner's role.
	pub role: PractitionerRole,
	/// The practitioner's own status. They can act only when this and their organization's
	/// status are both active.
	pub status: Status,
	/// The X25519 key to which key envelopes for the practitioner are addressed.
	pub encryption_key: EncryptionKey,
	/// Hash of the practitioner's licence or credential (kept off-chain).
	pub credential: DocumentHash,
	/// The block in which they were registered.
	pub registered_at: BlockNumber,
}

/// Who made a change to a practitioner's entry.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Actor<AccountId> {
	/// The governance origin.
	Governance,
	/// The practitioner's organization, acting from its account.
	Organization(AccountId),
	/// Another pallet applying a rule through [`medchain_primitives::ProviderRegistry`]
	/// (for example, an unjustified break-glass finding).
	Rule,
}
