//! Types of anchored records shared by the records, consent and emergency pallets.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

use crate::PatientId;

/// A record's id: sequential, assigned by the records pallet.
pub type RecordId = u64;

/// The longest FHIR resource type name (the longest in FHIR R4 is 34 characters).
pub const MAX_FHIR_TYPE_LENGTH: u32 = 64;

/// What kind of record an anchor is: a small fixed vocabulary, or a FHIR resource type.
/// A code, never free text.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum RecordKind {
	/// A clinical note.
	ClinicalNote,
	/// A laboratory result.
	LabResult,
	/// An imaging study or report.
	Imaging,
	/// A prescription.
	Prescription,
	/// A diagnosis.
	Diagnosis,
	/// Vital signs.
	VitalSigns,
	/// A discharge summary.
	DischargeSummary,
	/// Anything else.
	Other,
	/// A FHIR resource type, by name (`Observation`, `DiagnosticReport`, ...): ASCII letters
	/// only, starting with a capital.
	Fhir(BoundedVec<u8, ConstU32<MAX_FHIR_TYPE_LENGTH>>),
}

impl RecordKind {
	/// Whether the kind is well-formed (a FHIR type name is 1 to 64 ASCII letters starting
	/// with a capital).
	pub fn is_valid(&self) -> bool {
		match self {
			RecordKind::Fhir(name) => {
				matches!(name.first(), Some(b'A'..=b'Z'))
					&& name.iter().all(|c| c.is_ascii_alphabetic())
			},
			_ => true,
		}
	}
}

/// What an access check needs to know about a record.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RecordRef<AccountId> {
	/// The record.
	pub id: RecordId,
	/// Whose record it is.
	pub patient: PatientId,
	/// Its kind.
	pub kind: RecordKind,
	/// Who anchored it.
	pub author: AccountId,
}
