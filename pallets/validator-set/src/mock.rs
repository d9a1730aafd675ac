//! Test runtime for the validator-set pallet.

use crate as pallet_validator_set;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, ValidatorRegistration},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system::Pallet<Test>;

	#[runtime::pallet_index(1)]
	pub type ValidatorSet = pallet_validator_set::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	/// Accounts that have "registered session keys" in this test runtime.
	static REGISTERED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Stands in for `pallet-session`'s key registry.
pub struct MockRegistration;
impl MockRegistration {
	/// Removes `who`'s "session keys" as if Root had purged them for it.
	pub fn unregister(who: u64) {
		REGISTERED.with(|r| r.borrow_mut().retain(|a| *a != who));
	}

	/// Marks `who` as having registered session keys.
	pub fn register(who: u64) {
		REGISTERED.with(|r| {
			if !r.borrow().contains(&who) {
				r.borrow_mut().push(who)
			}
		});
	}
}
impl crate::PurgeKeys<u64> for MockRegistration {
	fn purge_keys(who: &u64) -> frame_support::dispatch::DispatchResult {
		REGISTERED.with(|r| {
			let mut r = r.borrow_mut();
			let position = r.iter().position(|a| a == who).ok_or(NO_KEYS)?;
			r.remove(position);
			Ok(())
		})
	}
}

/// What the mock's key purge returns for an account without keys (`pallet-session`'s `NoKeys`).
pub const NO_KEYS: sp_runtime::DispatchError = sp_runtime::DispatchError::Other("NoKeys");

impl ValidatorRegistration<u64> for MockRegistration {
	fn is_registered(id: &u64) -> bool {
		REGISTERED.with(|r| r.borrow().contains(id))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistration {
	fn register_session_keys(who: &u64) {
		Self::register(*who)
	}
}

parameter_types! {
	pub const MaxValidators: u32 = 6;
}

impl pallet_validator_set::Config for Test {
	type GovernanceOrigin = EnsureRoot<u64>;
	type ValidatorRegistration = MockRegistration;
	type KeyPurge = MockRegistration;
	type MaxValidators = MaxValidators;
	type MinSessionLength = ConstU64<2>;
	type MaxSessionLength = ConstU64<1_000>;
	type LivenessHistory = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistration;
}

/// Genesis validators of the test runtime.
pub const GENESIS_VALIDATORS: [u64; 3] = [1, 2, 3];
/// Genesis session length of the test runtime.
pub const SESSION_LENGTH: u64 = 5;

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the pallet's invariants
/// after every test.
pub struct ExtBuilder {
	validators: Vec<u64>,
	registered: Vec<u64>,
	minimum: u32,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			validators: GENESIS_VALIDATORS.to_vec(),
			registered: vec![1, 2, 3, 4, 5, 6, 7, 8],
			minimum: 2,
		}
	}
}

impl ExtBuilder {
	/// Uses `validators` as the genesis set.
	pub fn with_validators(mut self, validators: Vec<u64>) -> Self {
		self.validators = validators;
		self
	}

	/// Uses `minimum` as the genesis minimum.
	pub fn with_minimum(mut self, minimum: u32) -> Self {
		self.minimum = minimum;
		self
	}

	/// Only `accounts` have registered session keys.
	pub fn with_registered(mut self, accounts: Vec<u64>) -> Self {
		self.registered = accounts;
		self
	}

	/// The externalities, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		REGISTERED.with(|r| *r.borrow_mut() = self.registered.clone());
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_validator_set::GenesisConfig::<Test> {
			initial_validators: self.validators,
			minimum_validators: self.minimum,
			session_length: SESSION_LENGTH,
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			ValidatorSet::do_try_state().expect("try_state invariants hold after the test");
		})
	}
}

/// The events of this pallet deposited so far.
pub fn validator_set_events() -> Vec<pallet_validator_set::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::ValidatorSet(e) => Some(e),
			_ => None,
		})
		.collect()
}
