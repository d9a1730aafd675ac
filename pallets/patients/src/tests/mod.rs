//! Unit tests of the patients pallet, one file per feature area.

mod erasure;
mod guardians;
mod registration;
mod settings;

use crate::mock::*;

/// The last event the pallet emitted.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Patients(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}

/// How many sufficient references `who` has.
fn sufficients(who: u64) -> u32 {
	frame_system::Account::<Test>::get(who).sufficients
}

/// Registers ALICE under pseudonym 1.
fn register_alice() {
	frame_support::assert_ok!(Patients::register(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		key(1),
		policy()
	));
}
