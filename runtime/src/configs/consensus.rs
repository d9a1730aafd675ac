//! Consensus and network: Aura, GRANDPA, sessions, the governed validator set and the nodes
//! that may join the network.

use crate::{
	configs::GovernanceOrigin, AccountId, Balance, Balances, Providers, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, SessionKeys, ValidatorSet, DAYS, UNIT,
};
use frame_support::{
	dispatch::DispatchResult,
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64, Contains, UnfilteredDispatchable},
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

/// The runtime's call filter (`frame_system`'s `BaseCallFilter`, which also applies to calls
/// nested in `utility` batches): everything except `session.purge_keys`.
///
/// A validator that could remove its own session keys would leave the Aura and GRANDPA
/// authorities at the next rotation without governance, below the validator set's minimum (all
/// of them purging would halt the chain). Accounts purge through `validatorSet.purge_keys`,
/// which refuses members of the set.
pub struct RuntimeCallFilter;
impl Contains<RuntimeCall> for RuntimeCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::Session(pallet_session::Call::purge_keys {}))
	}
}

/// Removes session keys for `validatorSet.purge_keys`: `pallet-session`'s own `purge_keys`,
/// dispatched as the account past the call filter (it releases the key deposit and the
/// account's consumer reference).
pub struct SessionKeyPurge;
impl pallet_validator_set::PurgeKeys<AccountId> for SessionKeyPurge {
	fn purge_keys(who: &AccountId) -> DispatchResult {
		pallet_session::Call::<Runtime>::purge_keys {}
			.dispatch_bypass_filter(RuntimeOrigin::signed(who.clone()))
			.map(|_| ())
			.map_err(|e| e.error)
	}
}

impl pallet_validator_set::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	type ValidatorRegistration = crate::Session;
	type KeyPurge = SessionKeyPurge;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MinSessionLength = ConstU32<5>;
	type MaxSessionLength = ConstU32<DAYS>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::SessionKeysForBenchmarks;
}

/// The most nodes a network may have registered.
pub const MAX_NODES: u32 = 1_000;
/// The most nodes one organization may answer for (validator, sync and RPC nodes, spares).
pub const MAX_NODES_PER_ORGANIZATION: u32 = 16;

impl pallet_peering::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	type Providers = Providers;
	type MaxNodes = ConstU32<MAX_NODES>;
	type MaxNodesPerOrganization = ConstU32<MAX_NODES_PER_ORGANIZATION>;
	type WeightInfo = pallet_peering::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}
