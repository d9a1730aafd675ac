//! The fee-free path (`pallet-free-tier`): which transactions are free ([`FreeCalls`]), and the
//! per-account quota that bounds them.

use super::GovernanceOrigin;
use crate::{AccountId, BlockNumber, Patients, Providers, Runtime, RuntimeCall, DAYS, MINUTES};
use frame_support::parameter_types;
use medchain_primitives::{ActiveActor, FreeCallEligibility};

/// The default quota of free transactions per account: enough for a laboratory technician
/// anchoring a result every 3 s for a minute, or 1,200 transactions an hour, sustained.
pub const FREE_CALLS_PER_WINDOW: u32 = 100;

/// The default quota's window.
pub const FREE_WINDOW: BlockNumber = 5 * MINUTES;

parameter_types! {
	pub const MaxFreeCallsPerWindow: u32 = 10_000;
	pub const MaxFreeWindow: BlockNumber = DAYS;
}

impl pallet_free_tier::Config for Runtime {
	type Eligibility = FreeCalls;
	type GovernanceOrigin = GovernanceOrigin;
	type MaxCallsPerWindow = MaxFreeCallsPerWindow;
	type MaxWindow = MaxFreeWindow;
	type WeightInfo = pallet_free_tier::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}

/// Which transactions are free: direct calls of MedChain's own pallets, signed by a
/// registered, active actor (an active organization or practitioner, a registered patient or
/// a patient's guardian). Batches and every other pallet's calls pay; so does an account that
/// is registered nowhere, or whose registration is suspended.
pub struct FreeCalls;

impl FreeCallEligibility<AccountId, RuntimeCall> for FreeCalls {
	fn is_eligible(who: &AccountId, call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Providers(..)
				| RuntimeCall::Patients(..)
				| RuntimeCall::Records(..)
				| RuntimeCall::Consent(..)
				| RuntimeCall::Emergency(..)
		) && (Providers::is_active_actor(who) || Patients::is_active_actor(who))
	}
}
