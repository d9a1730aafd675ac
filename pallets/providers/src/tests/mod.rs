//! Unit tests of the providers pallet, one file per feature area.

mod keys;
mod organizations;
mod practitioners;
mod registry;

use crate::mock::*;

/// The last event the pallet emitted.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Providers(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}

/// How many sufficient references `who` has.
fn sufficients(who: u64) -> u32 {
	frame_system::Account::<Test>::get(who).sufficients
}
