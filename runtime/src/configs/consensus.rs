//! Consensus and network: Aura, GRANDPA, sessions, the governed validator set and the nodes
//! that may join the network.

use crate::{
	configs::GovernanceOrigin, AccountId, Aura, Balance, Balances, Historical, Offences, Providers,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, SessionKeys, ValidatorSet, DAYS, UNIT,
};
use alloc::vec::Vec;
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

/// For how many sessions the validator sets' roots (`pallet-session`'s historical sessions)
/// and GRANDPA's set-id-to-session entries are kept: an equivocation is reported with a proof
/// of its key's ownership in its session, so it can be reported within this many sessions
/// (8 minutes at the default session length, 16 days at the longest).
pub const KEPT_SESSIONS: u32 = 16;

parameter_types! {
	/// How long an unsigned equivocation report stays valid in the pool: the kept sessions'
	/// blocks at the default session length.
	pub const ReportLongevity: u64 = (KEPT_SESSIONS * DEFAULT_SESSION_LENGTH) as u64;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// `()` is GRANDPA's benchmarked default (its `default_weights.rs`).
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<{ KEPT_SESSIONS as u64 }>;
	// Equivocations (two votes in one round) are reported on chain by any node that sees
	// them: the node's GRANDPA voter submits an unsigned report with a proof that the key
	// belonged to a validator of that session (historical sessions); `pallet-offences` hands
	// the offender to the validator set, which takes it out at the next session.
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

/// Unsigned transactions the runtime creates itself: GRANDPA's equivocation reports, which
/// the node's voter submits through `GrandpaApi::submit_report_equivocation_unsigned_extrinsic`.
impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = crate::UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> crate::UncheckedExtrinsic {
		crate::UncheckedExtrinsic::new_bare(call)
	}
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	// Counts the blocks each validator authors per session (liveness).
	type EventHandler = ValidatorSet;
}

/// A validator's full identification in historical sessions and offence reports: nothing
/// beyond its account (no stake in a consortium).
pub struct ValidatorIdentification;
impl sp_runtime::traits::Convert<AccountId, Option<()>> for ValidatorIdentification {
	fn convert(_validator: AccountId) -> Option<()> {
		Some(())
	}
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = ValidatorIdentification;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

/// The validator set as `pallet-session` sees it through historical sessions: the validator
/// set pallet's plan with each validator's (empty) identification; the roots of sessions
/// older than [`KEPT_SESSIONS`] are pruned as each session starts.
pub struct ValidatorSessions;
impl pallet_session::SessionManager<AccountId> for ValidatorSessions {
	fn new_session(new_index: u32) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<_>>::new_session(new_index)
	}
	fn new_session_genesis(new_index: u32) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
	}
	fn start_session(start_index: u32) {
		<ValidatorSet as pallet_session::SessionManager<_>>::start_session(start_index)
	}
	fn end_session(end_index: u32) {
		<ValidatorSet as pallet_session::SessionManager<_>>::end_session(end_index)
	}
}
impl pallet_session::historical::SessionManager<AccountId, ()> for ValidatorSessions {
	fn new_session(new_index: u32) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session(new_index)
			.map(|set| set.into_iter().map(|v| (v, ())).collect())
	}
	fn new_session_genesis(new_index: u32) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
			.map(|set| set.into_iter().map(|v| (v, ())).collect())
	}
	fn start_session(start_index: u32) {
		<Self as pallet_session::SessionManager<_>>::start_session(start_index);
		Historical::prune_up_to(start_index.saturating_sub(KEPT_SESSIONS));
	}
	fn end_session(end_index: u32) {
		<Self as pallet_session::SessionManager<_>>::end_session(end_index)
	}
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
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, ValidatorSessions>;
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
	type LivenessHistory = ConstU32<KEPT_SESSIONS>;
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
