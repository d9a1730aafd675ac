//! Domain types shared by the MedChain pallets.

use crate::consent::{Permission, Purpose};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// A patient's pseudonymous id: a 32-byte keyed (HMAC) or salted hash of the patient's
/// identity, computed off-chain by the registering institution or the patient's app.
///
/// It is never a plain hash of a national id or other guessable identifier: those have
/// so few possible values that anyone could hash them all and re-identify every patient.
pub type PatientId = H256;

/// A SHA-256 (or other 32-byte) digest of a document kept off-chain, such as a licence,
/// a credential or an ethics approval. The document itself never goes on-chain.
pub type DocumentHash = H256;

/// An X25519 public key (RFC 7748, 32 bytes, little-endian u-coordinate) to which key
/// envelopes (a record's data key, encrypted) are addressed.
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
	Serialize,
	Deserialize,
)]
pub struct EncryptionKey(pub [u8; 32]);

/// The X25519 public keys of small order (and their non-canonical encodings). A shared
/// secret computed with any of them is predictable, so no envelope may be addressed to
/// one. The list is the one libsodium rejects.
const WEAK_X25519_KEYS: [[u8; 32]; 7] = [
	// 0 (order 4)
	[0; 32],
	// 1 (order 1)
	[
		0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0,
	],
	// 325606250916557431795983626356110631294008115727848805560023387167927233504 (order 8)
	[
		0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4,
		0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49,
		0xb8, 0x00,
	],
	// 39382357235489614581723060781553021112529911719440698176882885853963445705823 (order 8)
	[
		0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef,
		0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f,
		0x11, 0x57,
	],
	// p - 1 (order 2)
	[
		0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0x7f,
	],
	// p (= 0, non-canonical)
	[
		0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0x7f,
	],
	// p + 1 (= 1, non-canonical)
	[
		0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0x7f,
	],
];

impl EncryptionKey {
	/// Whether envelopes may be addressed to this key: it is none of the small-order points
	/// (compared with the top bit cleared, as X25519 ignores it).
	pub fn is_usable(&self) -> bool {
		let mut key = self.0;
		key[31] &= 0x7f;
		!WEAK_X25519_KEYS.contains(&key)
	}
}

/// What kind of institution a consortium organization is.
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
	Serialize,
	Deserialize,
)]
pub enum OrganizationKind {
	/// A hospital: may employ every role.
	Hospital,
	/// An outpatient clinic or practice.
	Clinic,
	/// A medical laboratory.
	Laboratory,
	/// A pharmacy.
	Pharmacy,
	/// A health insurer.
	Insurer,
	/// A research body (university, institute, trial sponsor).
	ResearchBody,
	/// An emergency medical service.
	EmergencyService,
}

/// The role a practitioner holds within their organization.
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
	Serialize,
	Deserialize,
)]
pub enum PractitionerRole {
	/// A physician.
	Physician,
	/// A nurse.
	Nurse,
	/// A laboratory technician.
	LabTechnician,
	/// A pharmacist.
	Pharmacist,
	/// A paramedic or other emergency responder.
	EmergencyResponder,
	/// An emergency call attendant (dispatch).
	EmergencyCallAttendant,
	/// A researcher.
	Researcher,
	/// An auditor (reviews access and break-glass sessions).
	Auditor,
}

impl PractitionerRole {
	/// Whether the role treats patients (and may therefore register a patient on their
	/// behalf): every role but researcher and auditor.
	pub fn is_clinical(&self) -> bool {
		!matches!(self, PractitionerRole::Researcher | PractitionerRole::Auditor)
	}

	/// Whether a practitioner in this role is covered by a grant to its organization for
	/// `purpose`: treatment covers the staff who treat (not call attendants, researchers or
	/// auditors); payment, the medical reviewers (physicians) and auditors; research, the
	/// researchers and physicians; operations, physicians, nurses and auditors. A grant to
	/// the practitioner itself covers it whatever its role.
	pub fn covered_for(&self, purpose: Purpose) -> bool {
		use PractitionerRole as R;
		match purpose {
			Purpose::Treatment => matches!(
				self,
				R::Physician | R::Nurse | R::LabTechnician | R::Pharmacist | R::EmergencyResponder
			),
			Purpose::Payment => matches!(self, R::Physician | R::Auditor),
			Purpose::Research => matches!(self, R::Researcher | R::Physician),
			Purpose::Operations => matches!(self, R::Physician | R::Nurse | R::Auditor),
		}
	}
}

impl OrganizationKind {
	/// Whether an organization of this kind (or its staff) may hold access for `purpose`
	/// with `permission`: the consent pallet's table of who may ask for what.
	///
	/// | kind | purposes | permission |
	/// |---|---|---|
	/// | hospital, clinic | treatment, operations; payment (billing) | read-write; payment read-only |
	/// | laboratory, pharmacy, emergency service | treatment, operations | read-write |
	/// | insurer | payment | read-only |
	/// | research body | research (with an independent ethics approval) | read-only |
	///
	/// No kind may use another purpose to dodge the rules of its own: an insurer cannot ask
	/// for "treatment", a research body cannot ask for "operations".
	pub fn may_use(&self, purpose: Purpose, permission: Permission) -> bool {
		use OrganizationKind as K;
		match (self, purpose) {
			(K::Hospital | K::Clinic, Purpose::Treatment | Purpose::Operations) => true,
			(K::Hospital | K::Clinic, Purpose::Payment) => permission == Permission::Read,
			(
				K::Laboratory | K::Pharmacy | K::EmergencyService,
				Purpose::Treatment | Purpose::Operations,
			) => true,
			(K::Insurer, Purpose::Payment) => permission == Permission::Read,
			(K::ResearchBody, Purpose::Research) => permission == Permission::Read,
			_ => false,
		}
	}

	/// Whether an organization of this kind may approve research ethics (its review board
	/// vouches for a study of another organization): hospitals and research bodies.
	pub fn may_approve_ethics(&self) -> bool {
		matches!(self, OrganizationKind::Hospital | OrganizationKind::ResearchBody)
	}

	/// Whether an organization of this kind may register a practitioner with `role`.
	///
	/// Roles follow what the institution does: a pharmacy employs pharmacists, an emergency
	/// service employs responders and call attendants, a research body employs researchers.
	/// Every kind may employ auditors. Hospitals may employ every role.
	pub fn may_employ(&self, role: PractitionerRole) -> bool {
		use OrganizationKind as K;
		use PractitionerRole as R;
		match (self, role) {
			(_, R::Auditor) => true,
			(K::Hospital, _) => true,
			(K::Clinic, R::Physician | R::Nurse | R::LabTechnician | R::Pharmacist) => true,
			(K::Laboratory, R::LabTechnician | R::Physician) => true,
			(K::Pharmacy, R::Pharmacist) => true,
			// Insurers employ medical reviewers.
			(K::Insurer, R::Physician) => true,
			(K::ResearchBody, R::Researcher | R::Physician) => true,
			(
				K::EmergencyService,
				R::EmergencyResponder | R::EmergencyCallAttendant | R::Physician | R::Nurse,
			) => true,
			_ => false,
		}
	}
}

/// Whether an organization or a practitioner may currently act.
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
	Serialize,
	Deserialize,
)]
pub enum Status {
	/// May act.
	Active,
	/// Temporarily may not act; everything it holds is kept.
	Suspended,
}

/// What the registry says about an organization.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct OrganizationInfo {
	/// The organization's kind.
	pub kind: OrganizationKind,
	/// Whether it is active.
	pub active: bool,
	/// Marks this registration (the block of registration in the runtime): an account
	/// removed and registered again gets a later one, so that what was granted to the earlier
	/// registration does not count for the new one.
	pub registered_at: u64,
}

/// What the registry says about a practitioner.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PractitionerInfo<AccountId> {
	/// The organization the practitioner works for.
	pub organization: AccountId,
	/// The practitioner's role.
	pub role: PractitionerRole,
	/// Whether the practitioner may act now: their own status is active and their
	/// organization exists and is active.
	pub active: bool,
	/// Marks this registration (see [`OrganizationInfo::registered_at`]).
	pub registered_at: u64,
}

/// A patient's break-glass policy.
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
	Serialize,
	Deserialize,
)]
pub struct EmergencyPolicy {
	/// Whether an emergency session may be opened on this patient's records at all.
	pub allowed: bool,
	/// How many distinct emergency authorities must approve a session. Never below the
	/// consortium minimum.
	pub required_approvals: u8,
}
