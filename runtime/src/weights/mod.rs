//! The chain-level weights, measured on MedChain's reference machine (2 cores, x86-64) by
//! `scripts/bench.sh` and written here by the benchmark CLI:
//!
//! - [`rocksdb_weights`]: one database read and one write (`benchmark storage`, p95, on a dev
//!   chain's database after the load generator registered 1,004 actors and anchored 9,600
//!   records; writes are measured in batches of 5,000, the storage root included); the
//!   pallets' own `weights.rs` count their reads and writes in these units;
//! - [`block_weights`]: executing an empty block, and [`extrinsic_weights`]: the base of every
//!   extrinsic, a no-op `System::remark` (`benchmark overhead`, the average of 100 runs).
//!
//! They replace the SDK's reference figures (25 µs a read, 100 µs a write), which made every
//! transaction look several times costlier than it is on the consortium's machines.

// The generated files document their figures with doc comments on struct fields of a
// constant expression, which rustdoc ignores.
#[allow(unused_doc_comments)]
pub mod block_weights;
#[allow(unused_doc_comments)]
pub mod extrinsic_weights;
#[allow(unused_doc_comments)]
pub mod rocksdb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use rocksdb_weights::constants::RocksDbWeight;
