//! The fee-free path (`pallet-free-tier`): which transactions are free ([`FreeCalls`]), and the
//! per-account quota that bounds them.

use super::GovernanceOrigin;
use crate::{AccountId, BlockNumber, Patients, Providers, Runtime, RuntimeCall, DAYS, MINUTES};
use frame_support::parameter_types;
use medchain_primitives::{ActiveActor, FreeCallEligibility, FreePath, ProviderRegistry};

/// The default quota of free transactions per account: enough for a laboratory technician
/// anchoring a result every 3 s for a minute, or 1,200 transactions an hour, sustained.
pub const FREE_CALLS_PER_WINDOW: u32 = 100;

/// The default quota's window.
pub const FREE_WINDOW: BlockNumber = 5 * MINUTES;

/// The default quota an organization and all of its staff share, per [`FREE_WINDOW`]: 1,000
/// free transactions (10 per block on average; a block holds 366 anchors), however many
/// practitioners it registers.
pub const SHARED_FREE_CALLS_PER_WINDOW: u32 = 1_000;

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

/// The role a MedChain call is made in, for the free path.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
	/// An organization's or a practitioner's call.
	Provider,
	/// A patient's or a guardian's call.
	Patient,
	/// Either's (records, read receipts, the clean-ups, emergency envelopes, closing a
	/// session).
	Either,
}

/// The role `call` is made in, if it is one of MedChain's own pallets' calls.
pub fn role_of(call: &RuntimeCall) -> Option<Role> {
	use pallet_consent::Call as Consent;
	use pallet_emergency::Call as Emergency;
	use pallet_patients::Call as Patients;
	Some(match call {
		RuntimeCall::Providers(..) => Role::Provider,
		RuntimeCall::Patients(Patients::register_for { .. }) => Role::Provider,
		// Registering oneself is never free: otherwise a guardian-only account (anyone a
		// patient names, with its acceptance) would become a free patient, who names the next
		// guardian, and so on. Patients who hold no tokens are registered by a practitioner,
		// within `register_for`'s limits.
		RuntimeCall::Patients(Patients::register { .. }) => return None,
		RuntimeCall::Patients(..) => Role::Patient,
		RuntimeCall::Consent(
			Consent::grant_access { .. }
			| Consent::revoke_access { .. }
			| Consent::approve_request { .. }
			| Consent::deny_request { .. },
		) => Role::Patient,
		RuntimeCall::Consent(Consent::request_access { .. } | Consent::cancel_request { .. }) => {
			Role::Provider
		},
		RuntimeCall::Consent(..) => Role::Either,
		RuntimeCall::Emergency(Emergency::set_emergency_key { .. }) => Role::Patient,
		RuntimeCall::Emergency(
			Emergency::post_emergency_envelopes { .. }
			| Emergency::close_session { .. }
			| Emergency::clean_session { .. },
		) => Role::Either,
		RuntimeCall::Emergency(..) => Role::Provider,
		RuntimeCall::Records(..) => Role::Either,
		_ => return None,
	})
}

/// Which transactions are free: direct calls of MedChain's own pallets, signed by an account
/// active in the role the call is made in ([`role_of`]): a provider's call by an active
/// organization or practitioner; a patient's call by a registered patient or a guardian; a
/// call of either kind by either, except that a suspended organization or practitioner gets
/// it free in no role (suspension ends its free path at once, even if it is also a patient or
/// a guardian; its own patient calls stay free). `patients.register`, batches and every other
/// pallet's calls pay; so does an account that is registered nowhere.
///
/// A call made as a provider draws from the organization's shared quota as well as from the
/// sender's own ([`FreePath::Shared`]): an organization's staff together send at most
/// [`SHARED_FREE_CALLS_PER_WINDOW`] free transactions per window, however many it registers.
pub struct FreeCalls;

impl FreeCallEligibility<AccountId, RuntimeCall> for FreeCalls {
	fn free_path(who: &AccountId, call: &RuntimeCall) -> FreePath<AccountId> {
		let Some(role) = role_of(call) else { return FreePath::No };
		// `None`: not a provider; `Some(None)`: a suspended one (or one of a suspended
		// organization); `Some(Some(org))`: an active one, drawing on `org`'s shared quota.
		let provider = match Providers::organization(who) {
			Some(org) => Some(org.active.then(|| who.clone())),
			None => Providers::practitioner(who).map(|p| p.active.then_some(p.organization)),
		};
		let as_patient =
			|| if Patients::is_active_actor(who) { FreePath::Own } else { FreePath::No };
		match (role, provider) {
			(Role::Provider | Role::Either, Some(Some(org))) => FreePath::Shared(org),
			(Role::Provider, _) | (Role::Either, Some(None)) => FreePath::No,
			(Role::Patient, _) | (Role::Either, None) => as_patient(),
		}
	}

	/// Break-glass cannot wait: opening, approving and closing a session go before
	/// everything else in the pool, from senders the free path is open to, when the emergency
	/// pallet's checks say the call would go through (`pallet_emergency::Pallet::is_urgent`).
	fn is_urgent(who: &AccountId, call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::Emergency(call) => crate::Emergency::is_urgent(who, call),
			_ => false,
		}
	}

	fn urgent_check_weight(call: &RuntimeCall) -> frame_support::weights::Weight {
		use pallet_emergency::Call as Emergency;
		match call {
			RuntimeCall::Emergency(
				Emergency::open_session { .. }
				| Emergency::approve_session { .. }
				| Emergency::close_session { .. },
			) => crate::Emergency::urgent_check_weight(),
			_ => frame_support::weights::Weight::zero(),
		}
	}
}
