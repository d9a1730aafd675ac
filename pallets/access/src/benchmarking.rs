//! benches
use super::*;
use frame_benchmarking::v2::*;
#[benchmarks]
mod benchmarks { use super::*; }
