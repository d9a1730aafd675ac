//! The access check: patient, author, grants (own or organization's), break-glass; expiry.

use super::*;
use frame_support::BoundedVec;
use medchain_primitives::{AccessReason, PractitionerRole, RecordAccess, RecordKind};

#[test]
fn expiry_at_the_block_before_at_and_after() {
	ExtBuilder.build_and_execute(|| {
		let id = grant(NURSE, Some(20));
		let record = RecordBook::get(1);
		System::set_block_number(19);
		assert_eq!(Consent::access_reason(&NURSE, &record), Some(AccessReason::Grant(id)));
		System::set_block_number(20);
		assert_eq!(Consent::access_reason(&NURSE, &record), None);
		System::set_block_number(21);
		assert_eq!(Consent::access_reason(&NURSE, &record), None);
	});
}

#[test]
fn the_patient_guardian_and_author_read() {
	ExtBuilder.build_and_execute(|| {
		let record = RecordBook::get(1);
		assert_eq!(Consent::access_reason(&ALICE, &record), Some(AccessReason::Patient));
		assert_eq!(Consent::access_reason(&CAROL, &record), Some(AccessReason::Patient));
		assert_eq!(Consent::access_reason(&DOCTOR, &record), Some(AccessReason::Author));
		assert_eq!(Consent::access_reason(&NURSE, &record), None);
		assert_eq!(Consent::access_reason(&BOB, &record), None);
	});
}

#[test]
fn scopes_limit_what_a_grant_covers() {
	ExtBuilder.build_and_execute(|| {
		frame_support::assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			NURSE,
			Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::Imaging])),
			Permission::Read,
			Purpose::Treatment,
			None
		));
		frame_support::assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			INSURER,
			Scope::Records(BoundedVec::truncate_from(vec![1])),
			Permission::Read,
			Purpose::Payment,
			None
		));
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_none());
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(2)).is_some());
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(1)).is_some());
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(2)).is_none());
		// A grant from Alice says nothing about Bob's records.
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(3)).is_none());
	});
}

#[test]
fn an_organizations_grant_covers_its_active_practitioners() {
	ExtBuilder.build_and_execute(|| {
		Registry::add_practitioner(20, INSURER, PractitionerRole::Physician);
		let id = grant(INSURER, None);
		assert_eq!(Consent::access_reason(&20, &RecordBook::get(1)), Some(AccessReason::Grant(id)));
		assert_eq!(
			Consent::access_reason(&INSURER, &RecordBook::get(1)),
			Some(AccessReason::Grant(id))
		);
		// Not a practitioner of another organization.
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(2)).is_none());
	});
}

#[test]
fn a_suspended_practitioner_with_a_live_grant_is_denied() {
	ExtBuilder.build_and_execute(|| {
		grant(NURSE, None);
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_some());
		Registry::set_active(NURSE, false);
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_none());
		assert!(!<Consent as RecordAccess<u64>>::may_read(&NURSE, &RecordBook::get(1)));
		Registry::set_active(NURSE, true);
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_some());
		// A suspended organization's grant counts for nobody.
		grant(INSURER, None);
		Registry::add_practitioner(20, INSURER, PractitionerRole::Physician);
		Registry::set_active(INSURER, false);
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(1)).is_none());
		assert!(Consent::access_reason(&20, &RecordBook::get(1)).is_none());
	});
}

#[test]
fn writing_needs_a_read_write_grant() {
	ExtBuilder.build_and_execute(|| {
		let patient = pseudonym(1);
		assert!(<Consent as RecordAccess<u64>>::may_write(&ALICE, &patient));
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient));
		grant(NURSE, None);
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient));
		frame_support::assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			patient,
			NURSE,
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			Some(10)
		));
		assert!(<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient));
		System::set_block_number(10);
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient));
		// Guardians consent, but do not author records.
		assert!(!<Consent as RecordAccess<u64>>::may_write(&CAROL, &patient));
	});
}

#[test]
fn break_glass_sessions_count() {
	ExtBuilder.build_and_execute(|| {
		World::session(NURSE, pseudonym(1));
		assert_eq!(
			Consent::access_reason(&NURSE, &RecordBook::get(1)),
			Some(AccessReason::BreakGlass(0))
		);
		assert!(<Consent as RecordAccess<u64>>::may_write(&NURSE, &pseudonym(1)));
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(3)).is_none());
	});
}
