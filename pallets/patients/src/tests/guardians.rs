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
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL));
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
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL),
			Error::<Test>::NotPatient
		);
		register_alice();
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), ALICE),
			Error::<Test>::SelfGuardian
		);
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL));
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL),
			Error::<Test>::AlreadyGuardian
		);
		// Only the patient adds guardians, not a guardian.
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(CAROL), DAVE),
			Error::<Test>::NotPatient
		);
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), DAVE));
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), BOB));
		assert_noop!(
			Patients::add_guardian(RuntimeOrigin::signed(ALICE), 200),
			Error::<Test>::TooManyGuardians
		);
		assert_noop!(Patients::add_guardian(RuntimeOrigin::root(), 200), DispatchError::BadOrigin);
	});
}

#[test]
fn the_patient_removes_a_guardian() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL));
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), DAVE));
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
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL));
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), DAVE));
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
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(ALICE), CAROL));
		assert_ok!(Patients::add_guardian(RuntimeOrigin::signed(BOB), CAROL));
		// One reference, for life.
		assert_eq!(sufficients(CAROL), 1);
		assert_ok!(Patients::remove_guardian(RuntimeOrigin::signed(CAROL), pseudonym(1), CAROL));
		assert!(Patients::is_active_actor(&CAROL));
		assert!(Patients::may_act_for(&pseudonym(2), &CAROL));
		assert_eq!(sufficients(CAROL), 1);
	});
}
