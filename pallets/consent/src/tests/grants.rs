//! Grants and revocation.

use super::*;
use crate::{ActiveGrantCount, ActiveGrants, Error, Event, Grants, Revocation};
use frame_support::{assert_noop, BoundedVec};
use medchain_primitives::RecordKind;
use sp_runtime::DispatchError;

fn grant_by(
	by: u64,
	grantee: u64,
	scope: Scope,
	purpose: Purpose,
	expires_at: Option<u64>,
) -> sp_runtime::DispatchResult {
	Consent::grant_access(
		RuntimeOrigin::signed(by),
		pseudonym(1),
		grantee,
		scope,
		Permission::Read,
		purpose,
		expires_at,
	)
}

#[test]
fn a_patient_grants_access() {
	ExtBuilder.build_and_execute(|| {
		let id = grant(DOCTOR, Some(50));
		let g = Grants::<Test>::get(id).unwrap();
		assert_eq!(
			(g.patient, g.grantee, g.granted_by, g.granted_at),
			(pseudonym(1), DOCTOR, ALICE, 1)
		);
		assert_eq!(
			(g.scope, g.permission, g.purpose),
			(Scope::AllRecords, Permission::Read, Purpose::Treatment)
		);
		assert_eq!((g.expires_at, g.revoked, g.research, g.request), (Some(50), None, None, None));
		assert_eq!(ActiveGrants::<Test>::get(pseudonym(1), DOCTOR).to_vec(), vec![id]);
		assert_eq!(ActiveGrantCount::<Test>::get(pseudonym(1)), 1);
		assert_eq!(
			last_event(),
			Event::AccessGranted { grant: id, patient: pseudonym(1), grantee: DOCTOR, by: ALICE }
		);
	});
}

#[test]
fn a_guardian_grants_to_an_organization() {
	ExtBuilder.build_and_execute(|| {
		let kinds = Scope::Kinds(BoundedVec::truncate_from(vec![RecordKind::LabResult]));
		frame_support::assert_ok!(grant_by(CAROL, INSURER, kinds, Purpose::Payment, None));
		assert_eq!(Grants::<Test>::get(0).unwrap().granted_by, CAROL);
	});
}

#[test]
fn grant_errors() {
	ExtBuilder.build_and_execute(|| {
		let all = || Scope::AllRecords;
		assert_noop!(
			Consent::grant_access(
				RuntimeOrigin::signed(ALICE),
				pseudonym(9),
				DOCTOR,
				all(),
				Permission::Read,
				Purpose::Treatment,
				None
			),
			Error::<Test>::PatientNotFound
		);
		assert_noop!(
			grant_by(BOB, DOCTOR, all(), Purpose::Treatment, None),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			grant_by(DOCTOR, DOCTOR, all(), Purpose::Treatment, None),
			Error::<Test>::NotAuthorized
		);
		// To oneself, or (by a guardian) to the patient.
		assert_noop!(
			grant_by(CAROL, CAROL, all(), Purpose::Treatment, None),
			Error::<Test>::SelfGrant
		);
		assert_noop!(
			grant_by(CAROL, ALICE, all(), Purpose::Treatment, None),
			Error::<Test>::SelfGrant
		);
		// To an unknown party, a suspended organization, or a practitioner of one.
		for party in [NOBODY, SUSPENDED_CLINIC, CLINIC_DOCTOR, BOB] {
			assert_noop!(
				grant_by(ALICE, party, all(), Purpose::Treatment, None),
				Error::<Test>::NotActiveProvider
			);
		}
		assert_noop!(
			grant_by(ALICE, UNIVERSITY, all(), Purpose::Research, None),
			Error::<Test>::ResearchNeedsRequest
		);
		assert_noop!(
			grant_by(ALICE, DOCTOR, Scope::Kinds(BoundedVec::new()), Purpose::Treatment, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			grant_by(ALICE, DOCTOR, Scope::Records(BoundedVec::new()), Purpose::Treatment, None),
			Error::<Test>::InvalidScope
		);
		let bad_kind = RecordKind::Fhir(BoundedVec::truncate_from(b"lower".to_vec()));
		assert_noop!(
			grant_by(
				ALICE,
				DOCTOR,
				Scope::Kinds(BoundedVec::truncate_from(vec![bad_kind])),
				Purpose::Treatment,
				None
			),
			Error::<Test>::InvalidScope
		);
		// An expiry in the past or now.
		System::set_block_number(10);
		assert_noop!(
			grant_by(ALICE, DOCTOR, all(), Purpose::Treatment, Some(10)),
			Error::<Test>::ExpiryInPast
		);
		assert_noop!(
			grant_by(ALICE, DOCTOR, all(), Purpose::Treatment, Some(3)),
			Error::<Test>::ExpiryInPast
		);
		assert_noop!(
			Consent::grant_access(
				RuntimeOrigin::none(),
				pseudonym(1),
				DOCTOR,
				all(),
				Permission::Read,
				Purpose::Treatment,
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn grants_are_bounded_per_grantee_and_per_patient() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..3 {
			grant(DOCTOR, None);
		}
		assert_noop!(
			grant_by(ALICE, DOCTOR, Scope::AllRecords, Purpose::Treatment, None),
			Error::<Test>::TooManyGrants
		);
		for _ in 0..3 {
			grant(NURSE, None);
		}
		assert_noop!(
			grant_by(ALICE, INSURER, Scope::AllRecords, Purpose::Payment, None),
			Error::<Test>::TooManyGrants
		);
	});
}

#[test]
fn revocation_takes_effect_at_once_and_stays_in_history() {
	ExtBuilder.build_and_execute(|| {
		let id = grant(DOCTOR, None);
		World::envelope(pseudonym(1), DOCTOR);
		World::envelope(pseudonym(1), DOCTOR);
		System::set_block_number(7);
		frame_support::assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(CAROL), id));
		let g = Grants::<Test>::get(id).unwrap();
		assert_eq!(g.revoked, Some(Revocation { by: CAROL, at: 7 }));
		assert!(!ActiveGrants::<Test>::contains_key(pseudonym(1), DOCTOR));
		assert_eq!(ActiveGrantCount::<Test>::get(pseudonym(1)), 0);
		// The envelopes the grant gave are gone.
		assert_eq!(World::envelopes(pseudonym(1), DOCTOR), 0);
		assert_eq!(
			last_event(),
			Event::AccessRevoked {
				grant: id,
				patient: pseudonym(1),
				by: CAROL,
				envelopes_removed: 2
			}
		);
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_none());
		// The author of record 1 wrote under no grant that still counts: not an author now.
		assert_eq!(Consent::access_reason(&DOCTOR, &RecordBook::get(1)), None);
	});
}

#[test]
fn revoking_one_of_two_grants_keeps_the_envelopes() {
	ExtBuilder.build_and_execute(|| {
		let first = grant(NURSE, None);
		let _second = grant(NURSE, None);
		World::envelope(pseudonym(1), NURSE);
		frame_support::assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), first));
		assert_eq!(World::envelopes(pseudonym(1), NURSE), 1);
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_some());
	});
}

#[test]
fn revoke_errors_and_revoke_twice() {
	ExtBuilder.build_and_execute(|| {
		let id = grant(NURSE, None);
		medchain_test_utils::assert_noop_charged!(
			Consent::revoke_access(RuntimeOrigin::signed(ALICE), 9),
			Error::<Test>::GrantNotFound
		);
		medchain_test_utils::assert_noop_charged!(
			Consent::revoke_access(RuntimeOrigin::signed(NURSE), id),
			Error::<Test>::NotAuthorized
		);
		medchain_test_utils::assert_noop_charged!(
			Consent::revoke_access(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotAuthorized
		);
		medchain_test_utils::assert_noop_charged!(
			Consent::revoke_access(RuntimeOrigin::root(), id),
			DispatchError::BadOrigin
		);
		frame_support::assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), id));
		medchain_test_utils::assert_noop_charged!(
			Consent::revoke_access(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn a_grant_after_a_revocation_counts_again() {
	ExtBuilder.build_and_execute(|| {
		let first = grant(NURSE, None);
		frame_support::assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), first));
		assert!(Consent::access_reason(&NURSE, &RecordBook::get(1)).is_none());
		let second = grant(NURSE, None);
		assert_eq!(
			Consent::access_reason(&NURSE, &RecordBook::get(1)),
			Some(medchain_primitives::AccessReason::Grant(second))
		);
	});
}

#[test]
fn expired_grants_are_cleaned_by_anyone() {
	ExtBuilder.build_and_execute(|| {
		let short = grant(NURSE, Some(5));
		let long = grant(CLINIC, Some(50));
		System::set_block_number(5);
		frame_support::assert_ok!(Consent::clean_expired(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			10
		));
		assert!(!ActiveGrants::<Test>::contains_key(pseudonym(1), NURSE));
		assert_eq!(ActiveGrants::<Test>::get(pseudonym(1), CLINIC).to_vec(), vec![long]);
		assert_eq!(ActiveGrantCount::<Test>::get(pseudonym(1)), 1);
		assert_eq!(last_event(), Event::ExpiredGrantsCleaned { patient: pseudonym(1), count: 1 });
		// History keeps it.
		assert!(Grants::<Test>::get(short).is_some());
		// A limit of zero examines nothing.
		System::set_block_number(60);
		frame_support::assert_ok!(Consent::clean_expired(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			0
		));
		assert_eq!(ActiveGrantCount::<Test>::get(pseudonym(1)), 1);
		assert_noop!(
			Consent::clean_expired(RuntimeOrigin::none(), pseudonym(1), 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn cleaning_an_expired_grant_removes_the_grantees_envelopes() {
	ExtBuilder.build_and_execute(|| {
		grant(NURSE, Some(20));
		World::envelope(pseudonym(1), NURSE);
		System::set_block_number(20);
		assert_ok!(Consent::clean_expired(RuntimeOrigin::signed(NOBODY), pseudonym(1), 10));
		assert_eq!(World::envelopes(pseudonym(1), NURSE), 0);
	});
}

#[test]
fn an_expired_grant_leaves_the_envelopes_another_grant_justifies() {
	ExtBuilder.build_and_execute(|| {
		grant(NURSE, Some(20));
		grant(NURSE, None);
		World::envelope(pseudonym(1), NURSE);
		System::set_block_number(20);
		assert_ok!(Consent::clean_expired(RuntimeOrigin::signed(NOBODY), pseudonym(1), 10));
		assert_eq!(World::envelopes(pseudonym(1), NURSE), 1);
	});
}

#[test]
fn a_grant_must_fit_the_grantees_kind_of_organization() {
	ExtBuilder.build_and_execute(|| {
		let to = |grantee, permission, purpose| {
			Consent::grant_access(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				grantee,
				Scope::AllRecords,
				permission,
				purpose,
				None,
			)
		};
		// An insurer only for payment, read-only.
		assert_noop!(
			to(INSURER, Permission::Read, Purpose::Treatment),
			Error::<Test>::PurposeNotAllowed
		);
		assert_noop!(
			to(INSURER, Permission::ReadWrite, Purpose::Payment),
			Error::<Test>::PurposeNotAllowed
		);
		assert_ok!(to(INSURER, Permission::Read, Purpose::Payment));
		// A research body (or its physician) never for another purpose.
		assert_noop!(
			to(UNIVERSITY, Permission::Read, Purpose::Operations),
			Error::<Test>::PurposeNotAllowed
		);
		assert_noop!(
			to(RESEARCHER, Permission::Read, Purpose::Treatment),
			Error::<Test>::PurposeNotAllowed
		);
		// A hospital's physician for treatment, read-write.
		assert_ok!(to(NURSE, Permission::ReadWrite, Purpose::Treatment));
	});
}

#[test]
fn a_guardian_who_practises_gets_nothing_through_the_ward() {
	ExtBuilder.build_and_execute(|| {
		// Carol, Alice's guardian, works for the clinic.
		Registry::add_practitioner(CAROL, CLINIC, medchain_primitives::PractitionerRole::Physician);
		// No grant to her own organization...
		assert_noop!(
			grant_by(CAROL, CLINIC, Scope::AllRecords, Purpose::Treatment, None),
			Error::<Test>::SelfGrant
		);
		// ...and no approval of her own request, or her organization's.
		let own = crate::NextRequestId::<Test>::get();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(CAROL),
			pseudonym(1),
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			10,
			None
		));
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(CAROL), own),
			Error::<Test>::SelfGrant
		);
		let clinics = crate::NextRequestId::<Test>::get();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(CLINIC),
			pseudonym(1),
			Scope::AllRecords,
			Permission::Read,
			Purpose::Treatment,
			10,
			None
		));
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(CAROL), clinics),
			Error::<Test>::SelfGrant
		);
		// The patient herself may.
		assert_ok!(Consent::approve_request(RuntimeOrigin::signed(ALICE), own));
		// And Carol still acts for Alice towards others.
		assert_ok!(grant_by(CAROL, HOSPITAL, Scope::AllRecords, Purpose::Treatment, None));
	});
}
