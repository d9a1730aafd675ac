//! Shared helpers of the runtime-level tests: genesis from the real presets, block driving.

#![allow(dead_code)]

pub mod actors;

use frame_support::{
	assert_ok,
	dispatch::GetDispatchInfo,
	traits::{Hooks, OnIdle, OnInitialize},
};
use medchain_runtime::{
	AccountId, AllPalletsWithSystem, BlockNumber, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SessionKeys, System,
};
use serde_json::Value;
use sp_core::Encode;
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{traits::Hash as _, BuildStorage};
use std::sync::Arc;

/// The state that lasts, key by key with each value's length: everything but the well-known
/// keys (`:code` and the like), `frame_system`'s per-block items (its accounts count) and the
/// free tier's bookkeeping (usage entries, deleted in idle time once their windows end; the
/// block's tally, reset every block). `None` when the state holds more than `limit` entries
/// (too many to read around every transaction).
pub fn lasting_state(limit: usize) -> Option<std::collections::BTreeMap<Vec<u8>, usize>> {
	use frame_support::storage::StoragePrefixedMap;
	let system = sp_io::hashing::twox_128(b"System");
	let accounts = frame_system::Account::<Runtime>::final_prefix();
	let bookkeeping = [
		pallet_free_tier::Usage::<Runtime>::final_prefix().to_vec(),
		pallet_free_tier::SharedUsage::<Runtime>::final_prefix().to_vec(),
		pallet_free_tier::FreeConsumption::<Runtime>::hashed_key().to_vec(),
	];
	let mut state = std::collections::BTreeMap::new();
	let mut key = Vec::new();
	for _ in 0..=limit {
		match sp_io::storage::next_key(&key) {
			Some(next) => key = next,
			None => return Some(state),
		}
		let transient = key.starts_with(b":")
			|| (key.starts_with(&system) && !key.starts_with(&accounts))
			|| bookkeeping.iter().any(|p| key.starts_with(p));
		if !transient {
			let value = sp_io::storage::get(&key).map_or(0, |v| v.len());
			state.insert(key.clone(), value);
		}
	}
	None
}

/// The new state since `before`: the keys and values of entries created, and what existing
/// values grew by. Deletions do not offset it.
pub fn grown_since(before: &std::collections::BTreeMap<Vec<u8>, usize>) -> u64 {
	let after = lasting_state(usize::MAX).expect("no limit");
	after
		.iter()
		.map(|(key, len)| match before.get(key) {
			Some(old) => len.saturating_sub(*old) as u64,
			None => (key.len() + len) as u64,
		})
		.sum()
}

thread_local! {
	/// How many transactions had their growth checked, and how many were too many entries
	/// into the state to check.
	pub static GROWTH_CHECKS: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
}

/// Runs `apply` (a transaction of `call`), and checks that it added at most what the free
/// tier counts `call` for ([`medchain_runtime::configs::FreeCalls`]'s `state_growth`) to the
/// state that lasts (entries created and values grown, deletions not offsetting them), when
/// `call` is one of MedChain's own, whoever sent it and whether it succeeded or not. Every
/// runtime test that applies a transaction checks this while the state holds fewer than
/// 20,000 entries; [`GROWTH_CHECKS`] counts the checks made and skipped.
pub fn within_declared_growth<R>(call: &RuntimeCall, apply: impl FnOnce() -> R) -> R {
	within_declared_growth_up_to(20_000, call, apply)
}

/// [`within_declared_growth`], for a state of up to `limit` entries.
pub fn within_declared_growth_up_to<R>(
	limit: usize,
	call: &RuntimeCall,
	apply: impl FnOnce() -> R,
) -> R {
	use medchain_primitives::FreeCallEligibility;
	if medchain_runtime::configs::role_of(call).is_none() {
		return apply();
	}
	let Some(before) = lasting_state(limit) else {
		GROWTH_CHECKS.with(|c| c.set((c.get().0, c.get().1 + 1)));
		return apply();
	};
	let result = apply();
	let grown = grown_since(&before);
	let declared = medchain_runtime::configs::FreeCalls::state_growth(call);
	assert!(
		grown <= u64::from(declared),
		"{call:?} added {grown} bytes to the state, more than the {declared} the free tier counts",
	);
	GROWTH_CHECKS.with(|c| c.set((c.get().0 + 1, c.get().1)));
	result
}

/// Merges a genesis patch into a full genesis config, as the node's chain-spec builder does.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (k, v) in patch {
				merge(base.entry(k).or_insert(Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The full genesis config of the runtime preset `name`.
pub fn preset_config(name: &str) -> RuntimeGenesisConfig {
	let patch = medchain_runtime::genesis_config_presets::get_preset(&name.to_string())
		.unwrap_or_else(|| panic!("preset {name} exists"));
	let patch: Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	let mut full = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	merge(&mut full, patch);
	serde_json::from_value(full).expect("the merged preset is a valid genesis config")
}

/// Externalities at block 1 of the preset `name`, with an in-memory keystore.
pub fn new_test_ext(name: &str) -> sp_io::TestExternalities {
	let storage = preset_config(name).build_storage().expect("the preset's genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext.execute_with(|| run_to_block(1));
	ext
}

/// Runs `on_initialize` of every pallet for each block up to `n`, and GRANDPA's
/// `on_finalize` (which enacts scheduled authority changes).
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		set_block(next);
		<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(next);
		<pallet_grandpa::Pallet<Runtime> as Hooks<BlockNumber>>::on_finalize(next);
	}
}

/// Moves to block `n` (without running hooks), recording its parent's hash as
/// `System::initialize` does, so that transactions may name the parent as their era's
/// checkpoint.
pub fn set_block(n: BlockNumber) {
	let parent = n.saturating_sub(1);
	if !frame_system::BlockHash::<Runtime>::contains_key(parent) {
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&parent);
		frame_system::BlockHash::<Runtime>::insert(parent, hash);
	}
	System::set_block_number(n);
}

/// Ends the current block as the block builder does: every pallet's `on_idle` gets what is
/// left of the block's normal weight. Returns the weight the hooks used.
pub fn idle() -> frame_support::weights::Weight {
	use frame_support::dispatch::DispatchClass;
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = limits.get(DispatchClass::Normal).max_total.unwrap_or(limits.max_block);
	let used = *System::block_weight().get(DispatchClass::Normal);
	let remaining = normal.saturating_sub(used);
	let consumed =
		<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(System::block_number(), remaining);
	assert!(consumed.all_lte(remaining), "on_idle used more than it was given");
	consumed
}

/// Generates session keys in the test keystore and registers them for `who`, with a real
/// ownership proof, as an operator does with `author_rotateKeysWithOwner` + `session.set_keys`.
pub fn register_session_keys(who: &AccountId) -> SessionKeys {
	let generated = SessionKeys::generate(&who.encode(), None);
	let keys = generated.keys.clone();
	frame_support::assert_ok!(medchain_runtime::Session::set_keys(
		medchain_runtime::RuntimeOrigin::signed(who.clone()),
		generated.keys,
		generated.proof.encode(),
	));
	keys
}

/// The accounts of the current Aura authorities' validators, by key.
pub fn aura_authorities() -> Vec<sp_consensus_aura::sr25519::AuthorityId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

/// The current GRANDPA authorities.
pub fn grandpa_authorities() -> Vec<sp_consensus_grandpa::AuthorityId> {
	pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().into_iter().map(|(id, _)| id).collect()
}

/// What `propose` and `close` need to know about a motion's call: its encoded length, its
/// weight and its hash.
pub fn motion_parts(call: &RuntimeCall) -> (u32, frame_support::weights::Weight, sp_core::H256) {
	(
		call.encoded_size() as u32,
		call.get_dispatch_info().call_weight,
		<Runtime as frame_system::Config>::Hashing::hash_of(call),
	)
}

/// Proposes `call` by `proposer` with `threshold`, then has `voters` vote aye (a proposer's
/// aye is not implied) and closes it.
pub fn council_motion(
	proposer: &AccountId,
	threshold: u32,
	call: RuntimeCall,
	voters: &[AccountId],
) {
	let (length, weight, hash) = motion_parts(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	assert_ok!(medchain_runtime::Council::propose(
		medchain_runtime::RuntimeOrigin::signed(proposer.clone()),
		threshold,
		Box::new(call),
		length
	));
	if threshold < 2 {
		// A threshold of one executes at once, with a single member's origin.
		return;
	}
	for voter in voters {
		assert_ok!(medchain_runtime::Council::vote(
			medchain_runtime::RuntimeOrigin::signed(voter.clone()),
			hash,
			index,
			true
		));
	}
	assert_ok!(medchain_runtime::Council::close(
		medchain_runtime::RuntimeOrigin::signed(proposer.clone()),
		hash,
		index,
		weight,
		length
	));
}

/// The result of the council's last execution of a motion: `Executed`, or `MemberExecuted`
/// for a motion of threshold one (or `council.execute`), which runs with one member's origin.
pub fn last_council_execution() -> Option<sp_runtime::DispatchResult> {
	type CouncilEvent = pallet_collective::Event<Runtime, pallet_collective::Instance1>;
	System::events().into_iter().rev().find_map(|r| match r.event {
		medchain_runtime::RuntimeEvent::Council(CouncilEvent::Executed { result, .. })
		| medchain_runtime::RuntimeEvent::Council(CouncilEvent::MemberExecuted {
			result, ..
		}) => Some(result),
		_ => None,
	})
}
