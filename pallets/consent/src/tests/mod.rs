//! Unit tests of the consent pallet, one file per feature area.

mod audit;
mod checks;
mod grants;
mod requests;

use crate::mock::*;
use frame_support::assert_ok;
use medchain_primitives::{Permission, Purpose, Scope};

/// The last event the pallet emitted.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Consent(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}

/// ALICE grants `grantee` read access to all her records for treatment, until `expires_at`.
fn grant(grantee: u64, expires_at: Option<u64>) -> u64 {
	let id = crate::NextGrantId::<Test>::get();
	assert_ok!(Consent::grant_access(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		grantee,
		Scope::AllRecords,
		Permission::Read,
		Purpose::Treatment,
		expires_at,
	));
	id
}
