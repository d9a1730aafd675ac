//! TEMPORARY until scripts/bench.sh regenerates it on this machine (not to be committed as is).
#![allow(missing_docs)]
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn add_validator(n: u32) -> Weight;
	fn remove_validator(n: u32) -> Weight;
	fn set_session_length() -> Weight;
	fn set_minimum_validators() -> Weight;
}
impl WeightInfo for () {
	fn add_validator(_n: u32) -> Weight { Weight::zero() }
	fn remove_validator(_n: u32) -> Weight { Weight::zero() }
	fn set_session_length() -> Weight { Weight::zero() }
	fn set_minimum_validators() -> Weight { Weight::zero() }
}
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn add_validator(_n: u32) -> Weight { Weight::zero() }
	fn remove_validator(_n: u32) -> Weight { Weight::zero() }
	fn set_session_length() -> Weight { Weight::zero() }
	fn set_minimum_validators() -> Weight { Weight::zero() }
}
