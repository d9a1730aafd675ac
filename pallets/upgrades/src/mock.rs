//! Test runtime for the upgrades pallet.

use crate as pallet_upgrades;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::{EnsureRoot, EnsureSignedBy};
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
	pub type Upgrades = pallet_upgrades::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

ord_parameter_types! {
	/// The account that stands for a council motion in the test runtime.
	pub const Council: u64 = 7;
}

impl pallet_upgrades::Config for Test {
	type UpgradeOrigin =
		frame_support::traits::EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Council, u64>>;
	type WeightInfo = ();
}

/// Test externalities at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The events of this pallet deposited so far.
pub fn upgrades_events() -> Vec<pallet_upgrades::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Upgrades(e) => Some(e),
			_ => None,
		})
		.collect()
}
