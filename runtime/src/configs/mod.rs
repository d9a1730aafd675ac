//! Configuration of every pallet of the runtime, grouped by domain.

mod consensus;
mod governance;
mod health;
mod system;

pub use consensus::*;
pub use governance::*;
pub use health::*;
pub use system::*;
