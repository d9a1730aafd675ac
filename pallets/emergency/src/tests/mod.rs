//! Unit tests of the emergency pallet, one file per feature area.

mod authorities;
mod erasure;
mod keys;
mod reviews;
mod sessions;

use crate::{mock::*, EmergencyReason, SessionId};
use frame_support::assert_ok;

/// The last event the pallet emitted.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Emergency(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}

/// Moves to block `n`.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// `responder` opens a session on `patient` (emergency treatment); returns its id.
fn open(responder: u64, patient: u8) -> SessionId {
	let id = crate::NextSessionId::<Test>::get();
	assert_ok!(Emergency::open_session(
		RuntimeOrigin::signed(responder),
		pseudonym(patient),
		EmergencyReason::EmergencyTreatment,
		doc(0xaa),
	));
	id
}

/// RESPONDER opens a session on Alice and EMS2 (by its attendant) and EMS3 approve it.
fn active_session() -> SessionId {
	let session = open(RESPONDER, 1);
	assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session));
	assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS3), session));
	session
}

/// Bounded bytes.
fn bytes<S: sp_runtime::traits::Get<u32>>(b: &[u8]) -> frame_support::BoundedVec<u8, S> {
	b.to_vec().try_into().expect("short enough")
}
