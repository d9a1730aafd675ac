//! BOOTSTRAP ONLY, replaced by `scripts/bench.sh pallet_access` before commit.
#![allow(unused_parens, unused_imports, missing_docs, unused_variables)]
use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;
pub trait WeightInfo {
	fn grant_access() -> Weight;
	fn revoke_access() -> Weight;
	fn request_access() -> Weight;
	fn approve_request() -> Weight;
	fn deny_request() -> Weight;
	fn cancel_request() -> Weight;
	fn clean_expired(n: u32, ) -> Weight;
	fn submit_read_receipt() -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn revoke_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn request_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn approve_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn deny_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn cancel_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn clean_expired(n: u32, ) -> Weight { Weight::from_parts(1_000_000, 0) }
	fn submit_read_receipt() -> Weight { Weight::from_parts(1_000_000, 0) }
}
impl WeightInfo for () {
	fn grant_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn revoke_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn request_access() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn approve_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn deny_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn cancel_request() -> Weight { Weight::from_parts(1_000_000, 0) }
	fn clean_expired(n: u32, ) -> Weight { Weight::from_parts(1_000_000, 0) }
	fn submit_read_receipt() -> Weight { Weight::from_parts(1_000_000, 0) }
}
