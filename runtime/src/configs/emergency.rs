//! Break-glass (`pallet-emergency`): emergency authorities, sessions approved by a threshold
//! of them, their time limits and mandatory review, and the release of patients' emergency
//! keys. The approval limits here also bound the patients' break-glass policies.

use super::{GovernanceOrigin, MaxEnvelopeLength};
use crate::{BlockNumber, Consent, Patients, Providers, Records, Runtime, DAYS, HOURS, MINUTES};
use frame_support::{parameter_types, PalletId};

/// The consortium minimum of emergency-authority approvals for a break-glass session.
pub const CONSORTIUM_MIN_EMERGENCY_APPROVALS: u32 = 2;

/// The most emergency approvals a patient's policy may require, and a session may hold.
pub const MAX_EMERGENCY_APPROVALS: u32 = 10;

// A patient's policy stores its threshold as a `u8`: every threshold within the limits fits.
const _: () = assert!(MAX_EMERGENCY_APPROVALS <= u8::MAX as u32);

/// The most emergency authorities (emergency-service organizations).
pub const MAX_EMERGENCY_AUTHORITIES: u32 = 32;

parameter_types! {
	pub const MinEmergencyApprovals: u32 = CONSORTIUM_MIN_EMERGENCY_APPROVALS;
	pub const MaxEmergencyApprovals: u32 = MAX_EMERGENCY_APPROVALS;
	pub const EmergencyPalletId: PalletId = PalletId(*b"mc/emrgn");
	pub const MaxEmergencyAuthorities: u32 = MAX_EMERGENCY_AUTHORITIES;
	/// Approvals must arrive within 30 minutes, or the session lapses.
	pub const EmergencyApprovalWindow: BlockNumber = 30 * MINUTES;
	/// An approved session lasts 24 hours.
	pub const EmergencySessionDuration: BlockNumber = 24 * HOURS;
	/// Every session is reviewed within 7 days of its end.
	pub const EmergencyReviewWindow: BlockNumber = 7 * DAYS;
	pub const MaxUnreviewedSessions: u32 = 3;
	pub const MaxEmergencyEnvelopesPerCall: u32 = 32;
	/// An erased patient's emergency envelopes and open sessions are erased 32 at a time
	/// (about 35 ms per step at RocksDB weights).
	pub const EmergencyErasureBatch: u32 = 32;
	/// When a session ends, 32 of the responder's envelopes are examined at once.
	pub const EmergencyEnvelopePruneLimit: u32 = 32;
}

impl pallet_emergency::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	type Records = Records;
	type Access = Consent;
	type Envelopes = Records;
	type Audit = Consent;
	type GovernanceOrigin = GovernanceOrigin;
	type PalletId = EmergencyPalletId;
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type MaxAuthorities = MaxEmergencyAuthorities;
	type ApprovalWindow = EmergencyApprovalWindow;
	type SessionDuration = EmergencySessionDuration;
	type ReviewWindow = EmergencyReviewWindow;
	type MaxUnreviewed = MaxUnreviewedSessions;
	// Key shares and emergency envelopes are wrapped keys, like the records' envelopes.
	type MaxCiphertextLength = MaxEnvelopeLength;
	type MaxEnvelopesPerCall = MaxEmergencyEnvelopesPerCall;
	type ErasureBatch = EmergencyErasureBatch;
	type EnvelopePruneLimit = EmergencyEnvelopePruneLimit;
	type WeightInfo = pallet_emergency::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}
