//! The registries: organizations and their practitioners (`pallet-providers`), and
//! pseudonymous patients with their guardians and break-glass policies (`pallet-patients`).

use super::{GovernanceOrigin, MaxEmergencyApprovals, MinEmergencyApprovals};
use crate::{
	BlockNumber, Consent, Emergency, Peering, Providers, Records, Runtime, Signature, DAYS, HOURS,
};
use frame_support::parameter_types;
use sp_runtime::traits::Verify;

/// The most practitioners one organization may register (a large hospital group).
pub const MAX_PRACTITIONERS_PER_ORGANIZATION: u32 = 100_000;

/// The most guardians one patient may name.
pub const MAX_GUARDIANS: u32 = 8;

/// The default limits on `patients.register_for`: 200 patients a day per practitioner, 2,000
/// a day per organization (its practitioners together). Governance changes them with
/// `patients.set_registration_limits`.
pub const REGISTRATION_LIMITS: pallet_patients::RegistrationLimits<BlockNumber> =
	pallet_patients::RegistrationLimits {
		per_practitioner: 200,
		per_organization: 2_000,
		window: DAYS,
	};

parameter_types! {
	pub const MaxPractitionersPerOrganization: u32 = MAX_PRACTITIONERS_PER_ORGANIZATION;
	pub const MaxGuardians: u32 = MAX_GUARDIANS;
	/// A patient's consent to be registered by a practitioner is good for at most an hour.
	pub const MaxConsentValidity: BlockNumber = HOURS;
	pub const DefaultRegistrationLimits: pallet_patients::RegistrationLimits<BlockNumber> =
		REGISTRATION_LIMITS;
	/// The most registrations per window governance may allow one registrar.
	pub const MaxRegistrationsPerWindow: u32 = 100_000;
	/// The longest registration window governance may set: 30 days.
	pub const MaxRegistrationWindow: BlockNumber = 30 * DAYS;
	/// How many of a removed guardian's key envelopes go at once (the rest in later blocks).
	pub const GuardianEnvelopePruneLimit: u32 = 32;
}

impl pallet_providers::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	// A removed emergency service leaves the emergency authorities; a removed organization's
	// nodes leave the network.
	type OnOrganizationRemoved = (Emergency, Peering);
	// A suspended or removed practitioner's or organization's envelopes (and a suspended
	// organization's staff's) that no access justifies go.
	type OnProviderDeactivated = Records;
	type MaxPractitionersPerOrganization = MaxPractitionersPerOrganization;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

impl pallet_patients::Config for Runtime {
	type Providers = Providers;
	type OffchainSignature = Signature;
	type SigningPublicKey = <Signature as Verify>::Signer;
	// Erasure shreds everything: the records' envelopes (the patient's and those shared with
	// anyone), the grants and pending requests, the emergency key, emergency envelopes and
	// open sessions.
	type OnPatientErased = (Records, Consent, Emergency);
	type Audit = Consent;
	type Envelopes = Records;
	type EnvelopePruneLimit = GuardianEnvelopePruneLimit;
	type MaxGuardians = MaxGuardians;
	type GovernanceOrigin = GovernanceOrigin;
	type DefaultRegistrationLimits = DefaultRegistrationLimits;
	type MaxRegistrationsPerWindow = MaxRegistrationsPerWindow;
	type MaxRegistrationWindow = MaxRegistrationWindow;
	type MaxConsentValidity = MaxConsentValidity;
	// The emergency pallet's limits: no policy asks for a threshold a session cannot hold.
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type WeightInfo = pallet_patients::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}
