//! Weights for `pallet_upgrades`: replaced by `scripts/bench.sh pallet_upgrades` before commit.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_upgrades`.
pub trait WeightInfo {
	fn authorize_upgrade() -> Weight;
}

/// Weights for `pallet_upgrades` measured on MedChain's reference machine.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(10_000_000, 1_500).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

impl WeightInfo for () {
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
}
