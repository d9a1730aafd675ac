//! Key rotation and the break-glass policy.

use super::*;
use crate::{Actor, Error, Event, Patients as PatientsMap};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{EmergencyPolicy, EncryptionKey, PatientRegistry};
use sp_runtime::DispatchError;

#[test]
fn a_patient_rotates_their_key() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(Patients::rotate_encryption_key(RuntimeOrigin::signed(ALICE), key(9)));
		assert_eq!(Patients::encryption_key(&pseudonym(1)), Some(key(9)));
		assert_eq!(
			last_event(),
			Event::EncryptionKeyRotated { patient: pseudonym(1), key: key(9) }
		);
	});
}

#[test]
fn key_rotation_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Patients::rotate_encryption_key(RuntimeOrigin::signed(ALICE), key(9)),
			Error::<Test>::NotPatient
		);
		register_alice();
		assert_noop!(
			Patients::rotate_encryption_key(RuntimeOrigin::signed(ALICE), key(1)),
			Error::<Test>::KeyUnchanged
		);
		assert_noop!(
			Patients::rotate_encryption_key(RuntimeOrigin::signed(ALICE), EncryptionKey([0; 32])),
			Error::<Test>::UnusableKey
		);
		// A guardian cannot replace the patient's key.
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		assert_noop!(
			Patients::rotate_encryption_key(RuntimeOrigin::signed(CAROL), key(9)),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			Patients::rotate_encryption_key(RuntimeOrigin::root(), key(9)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_patient_or_a_guardian_sets_the_policy() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		let forbid = EmergencyPolicy { allowed: false, required_approvals: 2 };
		assert_ok!(Patients::set_emergency_policy(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			forbid
		));
		assert_eq!(Patients::emergency_policy(&pseudonym(1)), Some(forbid));
		assert_eq!(
			last_event(),
			Event::EmergencyPolicyChanged {
				patient: pseudonym(1),
				policy: forbid,
				by: Actor::Patient
			}
		);

		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		let five = EmergencyPolicy { allowed: true, required_approvals: 5 };
		assert_ok!(Patients::set_emergency_policy(
			RuntimeOrigin::signed(CAROL),
			pseudonym(1),
			five
		));
		assert_eq!(PatientsMap::<Test>::get(pseudonym(1)).unwrap().emergency_policy, five);
		assert_eq!(
			last_event(),
			Event::EmergencyPolicyChanged {
				patient: pseudonym(1),
				policy: five,
				by: Actor::Guardian(CAROL)
			}
		);
	});
}

#[test]
fn policy_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Patients::set_emergency_policy(RuntimeOrigin::signed(ALICE), pseudonym(1), policy()),
			Error::<Test>::PatientNotFound
		);
		register_alice();
		assert_noop!(
			Patients::set_emergency_policy(RuntimeOrigin::signed(BOB), pseudonym(1), policy()),
			Error::<Test>::NotAuthorized
		);
		// A practitioner is not a guardian either.
		assert_noop!(
			Patients::set_emergency_policy(RuntimeOrigin::signed(DOCTOR), pseudonym(1), policy()),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Patients::set_emergency_policy(RuntimeOrigin::signed(ALICE), pseudonym(1), policy()),
			Error::<Test>::PolicyUnchanged
		);
		assert_noop!(
			Patients::set_emergency_policy(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				EmergencyPolicy { allowed: true, required_approvals: 0 }
			),
			Error::<Test>::TooFewApprovals
		);
		assert_noop!(
			Patients::set_emergency_policy(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				EmergencyPolicy { allowed: true, required_approvals: 255 }
			),
			Error::<Test>::TooManyApprovals
		);
		assert_noop!(
			Patients::set_emergency_policy(RuntimeOrigin::none(), pseudonym(1), policy()),
			DispatchError::BadOrigin
		);
	});
}
