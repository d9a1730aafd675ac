//! Consensus: Aura, GRANDPA, sessions and the governed validator set.

use crate::{
	configs::GovernanceOrigin, AccountId, Balance, Balances, Runtime, RuntimeEvent, SessionKeys,
	ValidatorSet, DAYS, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

/// The largest validator set (and Aura/GRANDPA authority set) the runtime supports.
pub const MAX_VALIDATORS: u32 = 100;
/// The minimum validator set of a consortium network (the `local_testnet` preset): with
/// GRANDPA, 3 validators tolerate no fault and 4 tolerate one.
pub const CONSORTIUM_MIN_VALIDATORS: u32 = 3;
/// The default session length for new networks: 10 blocks (30 s).
pub const DEFAULT_SESSION_LENGTH: u32 = 10;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// `()` is GRANDPA's benchmarked default (its `default_weights.rs`).
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// Equivocation reports are not accepted on chain: misbehaving consortium members are
	// removed by governance.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

parameter_types! {
	/// Held from an account that registers session keys, returned when it purges them.
	pub const SessionKeyDeposit: Balance = UNIT;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = ValidatorSet;
	type NextSessionRotation = ValidatorSet;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_validator_set::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	type ValidatorRegistration = crate::Session;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MinSessionLength = ConstU32<5>;
	type MaxSessionLength = ConstU32<DAYS>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::SessionKeysForBenchmarks;
}
