//! Configuration of every pallet of the runtime, grouped by domain.

mod consensus;
mod governance;
mod system;

pub use consensus::*;
pub use governance::*;
pub use system::*;
