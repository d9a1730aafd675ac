//! Patients name and remove guardians; guardians may step down.

use super::*;
use crate::{Actor, Error, Event, Patients as PatientsMap, Wards};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{ActiveActor, PatientRegistry};
use sp_runtime::DispatchError;

#[test]
fn a_patient_names_a_guardian() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert!(!Patients::is_active_actor(&CAROL));
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_eq!(PatientsMap::<Test>::get(pseudonym(1)).unwrap().guardians.to_vec(), vec![CAROL]);
		assert!(Wards::<Test>::contains_key(CAROL, pseudonym(1)));
		assert!(Patients::is_guardian(&pseudonym(1), &CAROL));
		assert!(Patients::may_act_for(&pseudonym(1), &CAROL));
		assert!(Patients::may_act_for(&pseudonym(1), &ALICE));
		assert!(!Patients::may_act_for(&pseudonym(1), &BOB));
		// The guardian can sign without tokens, and counts as an actor for the free path.
		assert_eq!(sufficients(CAROL), 1);
		assert!(Patients::is_active_actor(&CAROL));
		assert_eq!(last_event(), Event::GuardianAdded { patient: pseudonym(1), guardian: CAROL });
	});
}

#[test]
fn guardian_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(add_guardian(ALICE, pseudonym(1), CAROL), Error::<Test>::NotPatient);
		register_alice();
		assert_noop!(add_guardian(ALICE, pseudonym(1), ALICE), Error::<Test>::SelfGuardian);
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_noop!(add_guardian(ALICE, pseudonym(1), CAROL), Error::<Test>::AlreadyGuardian);
		// Only the patient adds guardians, not a guardian.
		assert_noop!(add_guardian(CAROL, pseudonym(9), DAVE), Error::<Test>::NotPatient);
		assert_ok!(add_guardian(ALICE, pseudonym(1), DAVE));
		assert_ok!(add_guardian(ALICE, pseudonym(1), BOB));
		assert_noop!(add_guardian(ALICE, pseudonym(1), 200), Error::<Test>::TooManyGuardians);
		assert_noop!(
			Patients::add_guardian(
				RuntimeOrigin::root(),
				200,
				DEADLINE,
				acceptance(200, pseudonym(1))
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_patient_removes_a_guardian() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_ok!(add_guardian(ALICE, pseudonym(1), DAVE));
		assert_ok!(Patients::remove_guardian(RuntimeOrigin::signed(ALICE), pseudonym(1), CAROL));
		assert_eq!(PatientsMap::<Test>::get(pseudonym(1)).unwrap().guardians.to_vec(), vec![DAVE]);
		assert!(!Wards::<Test>::contains_key(CAROL, pseudonym(1)));
		// The account is kept (with its nonce), so that nothing it signed can be replayed.
		assert_eq!(sufficients(CAROL), 1);
		assert!(!Patients::may_act_for(&pseudonym(1), &CAROL));
		assert_eq!(
			last_event(),
			Event::GuardianRemoved { patient: pseudonym(1), guardian: CAROL, by: Actor::Patient }
		);
	});
}

#[test]
fn a_guardian_steps_down_but_removes_no_one_else() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_ok!(add_guardian(ALICE, pseudonym(1), DAVE));
		medchain_test_utils::assert_noop_charged!(
			Patients::remove_guardian(RuntimeOrigin::signed(CAROL), pseudonym(1), DAVE),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Patients::remove_guardian(RuntimeOrigin::signed(CAROL), pseudonym(1), CAROL));
		assert_eq!(
			last_event(),
			Event::GuardianRemoved {
				patient: pseudonym(1),
				guardian: CAROL,
				by: Actor::Guardian(CAROL)
			}
		);
	});
}

#[test]
fn removal_errors() {
	ExtBuilder.build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Patients::remove_guardian(RuntimeOrigin::signed(ALICE), pseudonym(1), CAROL),
			Error::<Test>::PatientNotFound
		);
		register_alice();
		medchain_test_utils::assert_noop_charged!(
			Patients::remove_guardian(RuntimeOrigin::signed(ALICE), pseudonym(1), CAROL),
			Error::<Test>::NotGuardian
		);
		// A stranger naming themselves is not a guardian.
		medchain_test_utils::assert_noop_charged!(
			Patients::remove_guardian(RuntimeOrigin::signed(BOB), pseudonym(1), BOB),
			Error::<Test>::NotAuthorized
		);
		medchain_test_utils::assert_noop_charged!(
			Patients::remove_guardian(RuntimeOrigin::none(), pseudonym(1), CAROL),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn one_guardian_for_several_patients() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(Patients::register(RuntimeOrigin::signed(BOB), pseudonym(2), key(2), policy()));
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_ok!(add_guardian(BOB, pseudonym(2), CAROL));
		// One reference, for life.
		assert_eq!(sufficients(CAROL), 1);
		assert_ok!(Patients::remove_guardian(RuntimeOrigin::signed(CAROL), pseudonym(1), CAROL));
		assert!(Patients::is_active_actor(&CAROL));
		assert!(Patients::may_act_for(&pseudonym(2), &CAROL));
		assert_eq!(sufficients(CAROL), 1);
	});
}

#[test]
fn nobody_becomes_a_guardian_without_accepting() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		let deadline = DEADLINE;
		let add = |guardian: u64, deadline: u64, acceptance| {
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), guardian, deadline, acceptance)
		};
		// Signed by someone else, for another patient, for another deadline.
		assert_noop!(
			add(CAROL, deadline, acceptance(DAVE, pseudonym(1))),
			Error::<Test>::BadAcceptance
		);
		assert_noop!(
			add(CAROL, deadline, acceptance(CAROL, pseudonym(2))),
			Error::<Test>::BadAcceptance
		);
		assert_noop!(
			add(CAROL, deadline - 1, acceptance(CAROL, pseudonym(1))),
			Error::<Test>::BadAcceptance
		);
		// An acceptance past its deadline, or with one too far ahead.
		let too_far = 1 + MaxConsentValidity::get() + 1;
		assert_noop!(
			add(CAROL, too_far, acceptance(CAROL, pseudonym(1))),
			Error::<Test>::ConsentTooLong
		);
		System::set_block_number(DEADLINE + 1);
		assert_noop!(
			add(CAROL, deadline, acceptance(CAROL, pseudonym(1))),
			Error::<Test>::ConsentExpired
		);
		assert!(!Patients::is_active_actor(&CAROL));
		assert_eq!(sufficients(CAROL), 0);
	});
}

#[test]
fn a_guardian_who_stepped_down_cannot_be_named_again_with_the_old_acceptance() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		let accepted = acceptance(CAROL, pseudonym(1));
		assert_ok!(Patients::add_guardian(
			RuntimeOrigin::signed(ALICE),
			CAROL,
			DEADLINE,
			accepted.clone()
		));
		// Carol steps down: her transaction moves her nonce on (as block execution does).
		assert_ok!(Patients::remove_guardian(RuntimeOrigin::signed(CAROL), pseudonym(1), CAROL));
		System::inc_account_nonce(CAROL);
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL, DEADLINE, accepted),
			Error::<Test>::BadAcceptance
		);
		// A new acceptance works.
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
	});
}

#[test]
fn a_patient_names_at_most_max_guardians_per_window() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		// MaxGuardians is 3 in the mock: naming and removing a fourth time in one window fails.
		for _ in 0..3 {
			assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
			assert_ok!(Patients::remove_guardian(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				CAROL
			));
		}
		assert_noop!(
			add_guardian(ALICE, pseudonym(1), CAROL),
			Error::<Test>::GuardianAdditionLimit
		);
		// The window (10 blocks in the mock) ends.
		System::set_block_number(11);
		let deadline = 20;
		let payload = crate::guardian_payload(
			&System::block_hash(0),
			&pseudonym(1),
			&System::account_nonce(CAROL),
			&deadline,
		);
		assert_ok!(Patients::add_guardian(
			RuntimeOrigin::signed(ALICE),
			CAROL,
			deadline,
			sp_runtime::testing::TestSignature(CAROL, payload)
		));
	});
}
