//! The records pallet against the consent pallet's real access check (as in the runtime):
//! writing and reading follow the grants, and end with them.

use super::*;
use crate::Error;
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{Permission, Purpose, RecordKind, Scope};

/// ALICE's read-write grant to HOSPITAL, made by the test builder.
const HOSPITAL_GRANT: u64 = 0;

fn anchor_by(author: u64, seed: u8) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Records::anchor_record(
		RuntimeOrigin::signed(author),
		pseudonym(1),
		content(seed),
		cid(),
		RecordKind::LabResult,
		envelope(seed),
	)
}

#[test]
fn an_organizations_read_write_grant_lets_its_practitioners_write_until_revoked() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(anchor_by(NURSE, 1));
		assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), HOSPITAL_GRANT));
		assert_noop!(anchor_by(DOCTOR, 2), Error::<Test>::NotAuthorized);
		assert_noop!(anchor_by(NURSE, 2), Error::<Test>::NotAuthorized);
		// The patient still writes for herself.
		assert_ok!(anchor_by(ALICE, 2));
	});
}

#[test]
fn a_read_only_grant_reads_but_does_not_write() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_noop!(anchor_by(OUTSIDER, 2), Error::<Test>::NotAuthorized);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, OUTSIDER, envelope(2)),
			Error::<Test>::RecipientMayNotRead
		);
		assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			OUTSIDER,
			Scope::AllRecords,
			Permission::Read,
			Purpose::Treatment,
			None,
		));
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, OUTSIDER, envelope(2)));
		assert_noop!(anchor_by(OUTSIDER, 2), Error::<Test>::NotAuthorized);
	});
}

#[test]
fn a_suspended_practitioner_loses_what_the_grant_gave() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_noop!(anchor_by(SUSPENDED, 2), Error::<Test>::NotAuthorized);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, SUSPENDED, envelope(2)),
			Error::<Test>::RecipientMayNotRead
		);
		Registry::set_active(NURSE, false);
		assert_noop!(anchor_by(NURSE, 2), Error::<Test>::NotAuthorized);
		// Suspending the organization ends its grant for all its practitioners.
		Registry::set_active(HOSPITAL, false);
		assert_noop!(anchor_by(DOCTOR, 2), Error::<Test>::NotAuthorized);
	});
}

#[test]
fn an_expired_grant_no_longer_writes() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			OUTSIDER,
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			Some(10),
		));
		assert_ok!(anchor_by(OUTSIDER, 1));
		System::set_block_number(10);
		assert_noop!(anchor_by(OUTSIDER, 2), Error::<Test>::NotAuthorized);
	});
}
