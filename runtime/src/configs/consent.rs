//! Consent (`pallet-consent`): patients' grants, access requests, the access check every
//! record read goes through, and the patients' audit trail.

use crate::{BlockNumber, Emergency, Patients, Providers, Records, Runtime, DAYS};
use frame_support::parameter_types;

/// The most active grants one patient may have.
pub const MAX_GRANTS_PER_PATIENT: u32 = 256;

parameter_types! {
	pub const MaxGrantsPerPatient: u32 = MAX_GRANTS_PER_PATIENT;
	pub const MaxGrantsPerGrantee: u32 = 8;
	pub const MaxPendingRequests: u32 = 32;
	pub const MaxPendingPerRequester: u32 = 2;
	pub const MaxRequestDuration: BlockNumber = 365 * DAYS;
	/// A request waits a week for the patient, then expires.
	pub const RequestLifetime: BlockNumber = 7 * DAYS;
	/// Answered, cancelled and expired requests are kept 30 days after their lifetime.
	pub const RequestRetention: BlockNumber = 30 * DAYS;
	pub const MaxCleanRequests: u32 = 64;
	pub const EnvelopeRemovalLimit: u32 = 32;
}

impl pallet_consent::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	type Records = Records;
	type Envelopes = Records;
	// Active break-glass sessions pass the access check.
	type Emergency = Emergency;
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantsPerGrantee = MaxGrantsPerGrantee;
	type MaxPendingRequests = MaxPendingRequests;
	type MaxPendingPerRequester = MaxPendingPerRequester;
	type MaxRequestDuration = MaxRequestDuration;
	type RequestLifetime = RequestLifetime;
	type RequestRetention = RequestRetention;
	type MaxCleanRequests = MaxCleanRequests;
	type EnvelopeRemovalLimit = EnvelopeRemovalLimit;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}
