//! Configuration of every pallet of the runtime, grouped by domain:
//!
//! - `system`: system, time, balances and utilities;
//! - `fees`: the fee model (weight and length priced alike, rising with congestion);
//! - `consensus`: Aura, GRANDPA, sessions, the governed validator set and the nodes that
//!   may join the network (peering);
//! - `governance`: the council, its membership and the one governance origin;
//! - MedChain's own pallets: `registry` (providers and patients), `records`, `consent`,
//!   `emergency` (break-glass) and `free_tier` (the fee-free path);
//! - `benchmark_helpers` (with `runtime-benchmarks` only): what the pallets' benchmarks need
//!   from the rest of the runtime.
//!
//! The domain modules' items are re-exported here (`configs::MAX_ENVELOPE_LENGTH`,
//! `configs::GovernanceOrigin`).

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers;
mod consensus;
mod consent;
mod emergency;
mod fees;
mod free_tier;
mod governance;
mod records;
mod registry;
mod system;

pub use consensus::*;
pub use consent::*;
pub use emergency::*;
pub use fees::*;
pub use free_tier::*;
pub use governance::*;
pub use records::*;
pub use registry::*;
pub use system::*;
