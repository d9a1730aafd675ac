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
		// The author reads while it may still write the record: a write grant for another
		// kind is not enough, one covering the record's kind is.
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		write_grant(DOCTOR, Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::Imaging])));
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		write_grant(DOCTOR, Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::LabResult])));
		assert_eq!(Consent::access_reason(&DOCTOR, &record), Some(AccessReason::Author));
		assert_eq!(Consent::access_reason(&NURSE, &record), None);
		assert_eq!(Consent::access_reason(&BOB, &record), None);
	});
}

/// ALICE gives `grantee` a read-write grant of `scope`; returns its id.
fn write_grant(grantee: u64, scope: Scope) -> u64 {
	let id = crate::NextGrantId::<Test>::get();
	frame_support::assert_ok!(Consent::grant_access(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		grantee,
		scope,
		Permission::ReadWrite,
		Purpose::Treatment,
		None
	));
	id
}

#[test]
fn an_author_is_an_author_only_while_it_writes_for_the_patient() {
	ExtBuilder.build_and_execute(|| {
		let record = RecordBook::get(1);
		let id = write_grant(DOCTOR, Scope::AllRecords);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), Some(AccessReason::Author));
		// Suspended: nothing.
		Registry::set_active(DOCTOR, false);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		Registry::set_active(DOCTOR, true);
		// The organization suspended: nothing.
		Registry::set_active(HOSPITAL, false);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		Registry::set_active(HOSPITAL, true);
		// Revoked: nothing.
		frame_support::assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		// Removed from the registry: nothing; registered again, it starts with nothing (the
		// grants made to its earlier registration never count again).
		write_grant(DOCTOR, Scope::AllRecords);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), Some(AccessReason::Author));
		Registry::remove_practitioner(DOCTOR);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		Registry::add_practitioner(DOCTOR, HOSPITAL, PractitionerRole::Physician);
		assert_eq!(Consent::access_reason(&DOCTOR, &record), None);
		// In a break-glass session the author writes for the patient again.
		World::session(DOCTOR, pseudonym(1));
		assert_eq!(Consent::access_reason(&DOCTOR, &record), Some(AccessReason::Author));
	});
}

#[test]
fn nobody_reads_or_writes_for_an_erased_patient() {
	ExtBuilder.build_and_execute(|| {
		let record = RecordBook::get(1);
		write_grant(DOCTOR, Scope::AllRecords);
		grant(NURSE, None);
		World::session(CLINIC_DOCTOR, pseudonym(1));
		Registry::erase(pseudonym(1));
		for who in [ALICE, CAROL, DOCTOR, NURSE, CLINIC_DOCTOR] {
			assert_eq!(Consent::access_reason(&who, &record), None);
			assert!(!<Consent as RecordAccess<u64>>::may_write(
				&who,
				&pseudonym(1),
				&RecordKind::LabResult
			));
			assert!(!<Consent as RecordAccess<u64>>::may_amend(
				&who,
				&record,
				&RecordKind::LabResult
			));
		}
		// The clean-up follows (the patients pallet calls it at erasure).
		<Consent as medchain_primitives::OnPatientErased>::on_patient_erased(&pseudonym(1));
	});
}

#[test]
fn writing_a_new_record_needs_a_write_grant_covering_its_kind() {
	ExtBuilder.build_and_execute(|| {
		let patient = pseudonym(1);
		let may_write =
			|who, kind| <Consent as RecordAccess<u64>>::may_write(&who, &patient, &kind);
		write_grant(NURSE, Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::LabResult])));
		assert!(may_write(NURSE, RecordKind::LabResult));
		assert!(!may_write(NURSE, RecordKind::Diagnosis));
		// A grant of listed records covers those records, never a new one.
		write_grant(CLINIC, Scope::Records(BoundedVec::truncate_from(vec![1])));
		assert!(!may_write(CLINIC, RecordKind::LabResult));
	});
}

#[test]
fn amending_needs_authorship_and_a_write_grant_covering_record_and_kind() {
	ExtBuilder.build_and_execute(|| {
		let lab_result = RecordBook::get(1);
		let may_amend =
			|who, kind| <Consent as RecordAccess<u64>>::may_amend(&who, &lab_result, &kind);
		// The patient always may.
		assert!(may_amend(ALICE, RecordKind::Diagnosis));
		// Another organization's writer with a grant covering lab results may not supersede
		// the hospital's record.
		Registry::add_practitioner(30, CLINIC, PractitionerRole::Physician);
		frame_support::assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			30,
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			None
		));
		assert!(!may_amend(30, RecordKind::LabResult));
		// The author needs a grant whose scope covers the record and the new kind.
		write_grant(DOCTOR, Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::LabResult])));
		assert!(may_amend(DOCTOR, RecordKind::LabResult));
		assert!(!may_amend(DOCTOR, RecordKind::Diagnosis));
		// A colleague of the author's organization may, with such a grant.
		assert!(!may_amend(NURSE, RecordKind::LabResult));
		write_grant(NURSE, Scope::AllRecords);
		assert!(may_amend(NURSE, RecordKind::Diagnosis));
		// A guardian consents but does not author.
		assert!(!may_amend(CAROL, RecordKind::LabResult));
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
		Registry::add_practitioner(20, CLINIC, PractitionerRole::Physician);
		let id = grant(CLINIC, None);
		assert_eq!(Consent::access_reason(&20, &RecordBook::get(1)), Some(AccessReason::Grant(id)));
		assert_eq!(
			Consent::access_reason(&CLINIC, &RecordBook::get(1)),
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
		grant(CLINIC, None);
		Registry::add_practitioner(20, CLINIC, PractitionerRole::Physician);
		Registry::set_active(CLINIC, false);
		assert!(Consent::access_reason(&CLINIC, &RecordBook::get(1)).is_none());
		assert!(Consent::access_reason(&20, &RecordBook::get(1)).is_none());
	});
}

#[test]
fn writing_needs_a_read_write_grant() {
	ExtBuilder.build_and_execute(|| {
		let patient = pseudonym(1);
		let kind = RecordKind::LabResult;
		assert!(<Consent as RecordAccess<u64>>::may_write(&ALICE, &patient, &kind));
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient, &kind));
		grant(NURSE, None);
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient, &kind));
		frame_support::assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			patient,
			NURSE,
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			Some(10)
		));
		assert!(<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient, &kind));
		System::set_block_number(10);
		assert!(!<Consent as RecordAccess<u64>>::may_write(&NURSE, &patient, &kind));
		// Guardians consent, but do not author records.
		assert!(!<Consent as RecordAccess<u64>>::may_write(&CAROL, &patient, &kind));
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
		assert!(<Consent as RecordAccess<u64>>::may_write(
			&NURSE,
			&pseudonym(1),
			&RecordKind::Diagnosis
		));
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(3)).is_none());
	});
}

#[test]
fn an_organizations_grant_covers_only_the_staff_its_purpose_fits() {
	ExtBuilder.build_and_execute(|| {
		// A treatment grant to the hospital covers its physicians, not its auditors or
		// researchers.
		Registry::add_practitioner(40, HOSPITAL, PractitionerRole::Auditor);
		Registry::add_practitioner(41, HOSPITAL, PractitionerRole::Researcher);
		let id = grant(HOSPITAL, None);
		assert_eq!(
			Consent::access_reason(&NURSE, &RecordBook::get(1)),
			Some(AccessReason::Grant(id))
		);
		assert_eq!(Consent::access_reason(&40, &RecordBook::get(1)), None);
		assert_eq!(Consent::access_reason(&41, &RecordBook::get(1)), None);
		// A grant to the auditor itself covers it.
		let own = grant(40, None);
		assert_eq!(
			Consent::access_reason(&40, &RecordBook::get(1)),
			Some(AccessReason::Grant(own))
		);
	});
}

/// A write check reports the grant and session reads of its costliest path that it did not
/// make (the records pallet refunds them): here at most 2 lists of 3 grants and 2 session
/// reads.
#[test]
fn a_write_check_counts_the_reads_it_skips() {
	ExtBuilder.build_and_execute(|| {
		let patient = pseudonym(1);
		let kind = RecordKind::LabResult;
		let check = |who: u64| <Consent as RecordAccess<u64>>::write_check(&who, &patient, &kind);
		let checked = |allowed,
		               grants_read,
		               grant_reads_skipped,
		               session_reads_skipped,
		               session_reads_made| {
			medchain_primitives::Checked {
				allowed,
				grants_read,
				grant_reads_skipped,
				session_reads_skipped,
				session_reads_made,
			}
		};
		// The patient reads no grant and no session; nor does a check for nobody's patient.
		assert_eq!(check(ALICE), checked(true, 0, 8, 2, 0));
		assert_eq!(
			<Consent as RecordAccess<u64>>::write_check(&DOCTOR, &pseudonym(99), &kind),
			checked(false, 0, 8, 2, 0)
		);
		// A practitioner with nothing: its own list and its hospital's, both empty, then the
		// session check.
		assert_eq!(check(NURSE), checked(false, 0, 6, 0, 2));
		// Through its hospital's first grant: two lists and one grant; no session check.
		let hospital_grant = write_grant(HOSPITAL, Scope::AllRecords);
		assert_eq!(check(NURSE), checked(true, 1, 5, 2, 0));
		// Its own list full of grants that do not cover the write: all read, then the
		// hospital's list and grant.
		for _ in 0..3 {
			grant(NURSE, None);
		}
		assert_eq!(check(NURSE), checked(true, 4, 2, 2, 0));
		// Nothing covers: both lists read in full (the hospital's grant revoked), then the
		// session, which lets it write: the costliest path, nothing skipped.
		frame_support::assert_ok!(Consent::revoke_access(
			RuntimeOrigin::signed(ALICE),
			hospital_grant
		));
		for _ in 0..3 {
			grant(HOSPITAL, None);
		}
		World::session(NURSE, patient);
		let costliest = check(NURSE);
		assert_eq!(costliest, checked(true, 6, 0, 0, 2));
		assert_eq!(costliest.skipped(), 0);
		assert_eq!(<Consent as RecordAccess<u64>>::max_grants_read(), 6);
		assert_eq!(costliest.skipped_besides_grants(6), 0);
	});
}
