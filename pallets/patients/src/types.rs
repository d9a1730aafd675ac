//! Domain types of the patients pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{BoundedVec, CloneNoBound, EqNoBound, PartialEqNoBound};
use medchain_primitives::{EmergencyPolicy, EncryptionKey};
use scale_info::TypeInfo;
use sp_runtime::traits::Get;

/// Who registered a patient on the patient's behalf.
#[derive(Clone, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug)]
pub struct Registrar<AccountId> {
	/// The practitioner who submitted the registration.
	pub practitioner: AccountId,
	/// The practitioner's organization at that time.
	pub organization: AccountId,
}

/// A registered patient, stored under their pseudonym.
#[derive(
	CloneNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEqNoBound, EqNoBound, Debug,
)]
#[scale_info(skip_type_params(MaxGuardians))]
pub struct Patient<AccountId, BlockNumber, MaxGuardians>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxGuardians: Get<u32>,
{
	/// The patient's own account: the owner, who alone may change keys, guardians or erase.
	pub account: AccountId,
	/// The X25519 key to which key envelopes for the patient are addressed.
	pub encryption_key: EncryptionKey,
	/// The patient's break-glass policy.
	pub emergency_policy: EmergencyPolicy,
	/// Guardians (parent of a minor, carer) who may act for the patient on consent calls.
	pub guardians: BoundedVec<AccountId, MaxGuardians>,
	/// The practitioner and organization that registered the patient, if they did not
	/// register themselves.
	pub registrar: Option<Registrar<AccountId>>,
	/// The block in which the patient was registered.
	pub registered_at: BlockNumber,
}

/// Who changed a patient's settings.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum Actor<AccountId> {
	/// The patient, from their own account.
	Patient,
	/// One of the patient's guardians.
	Guardian(AccountId),
}

/// The limits on [`register_for`](crate::Pallet::register_for): how many patients one
/// practitioner, and all practitioners of one organization together, may register in a window.
/// Set by governance; bounded by [`Config::MaxRegistrationsPerWindow`](crate::Config) and
/// [`Config::MaxRegistrationWindow`](crate::Config).
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
pub struct RegistrationLimits<BlockNumber> {
	/// Registrations one practitioner may submit per window.
	pub per_practitioner: u32,
	/// Registrations the practitioners of one organization may submit together per window.
	pub per_organization: u32,
	/// The window, in blocks; it starts at a registrar's first registration after the last
	/// window ended.
	pub window: BlockNumber,
}

/// How many registrations a practitioner or an organization made in its current window.
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct RegistrationWindow<BlockNumber> {
	/// The window's first block.
	pub start: BlockNumber,
	/// Registrations made in it.
	pub count: u32,
}
