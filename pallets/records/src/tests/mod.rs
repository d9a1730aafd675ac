//! Unit tests of the records pallet, one file per feature area.

mod anchoring;
mod archives;
mod batch;
mod cids;
mod consent;
mod envelopes;
mod erasure;
mod rewrap;
mod versions;

use crate::mock::*;

/// The last event the pallet emitted.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Records(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}
