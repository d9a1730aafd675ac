//! Patients register themselves, or a practitioner registers them with their signature.

use super::*;
use crate::{Error, Event, Patients as PatientsMap, PseudonymOf, Registrar};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{EmergencyPolicy, EncryptionKey, PatientRegistry};
use sp_runtime::{testing::TestSignature, DispatchError};

#[test]
fn a_patient_registers_themselves() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		let entry = PatientsMap::<Test>::get(pseudonym(1)).unwrap();
		assert_eq!(entry.account, ALICE);
		assert_eq!(entry.encryption_key, key(1));
		assert_eq!(entry.emergency_policy, policy());
		assert!(entry.guardians.is_empty());
		assert_eq!(entry.registrar, None);
		assert_eq!(entry.registered_at, 1);
		assert_eq!(PseudonymOf::<Test>::get(ALICE), Some(pseudonym(1)));
		assert_eq!(sufficients(ALICE), 1);
		assert_eq!(
			last_event(),
			Event::PatientRegistered { patient: pseudonym(1), account: ALICE, registrar: None }
		);
		assert_eq!(Patients::patient_of(&ALICE), Some(pseudonym(1)));
		assert_eq!(Patients::owner_of(&pseudonym(1)), Some(ALICE));
		assert_eq!(Patients::registering_organization(&pseudonym(1)), None);
	});
}

#[test]
fn one_pseudonym_per_account_and_one_account_per_pseudonym() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_noop!(
			Patients::register(RuntimeOrigin::signed(ALICE), pseudonym(2), key(1), policy()),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Patients::register(RuntimeOrigin::signed(BOB), pseudonym(1), key(2), policy()),
			Error::<Test>::PseudonymTaken
		);
	});
}

#[test]
fn registration_input_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Patients::register(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				EncryptionKey([0; 32]),
				policy()
			),
			Error::<Test>::UnusableKey
		);
		assert_noop!(
			Patients::register(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				key(1),
				EmergencyPolicy { allowed: true, required_approvals: 1 }
			),
			Error::<Test>::TooFewApprovals
		);
		assert_noop!(
			Patients::register(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				key(1),
				EmergencyPolicy { allowed: false, required_approvals: 6 }
			),
			Error::<Test>::TooManyApprovals
		);
		assert_noop!(
			Patients::register(RuntimeOrigin::none(), pseudonym(1), key(1), policy()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_practitioner_registers_a_patient_who_signed() {
	ExtBuilder.build_and_execute(|| {
		let signature = consent(BOB, pseudonym(2), key(2));
		assert_ok!(Patients::register_for(
			RuntimeOrigin::signed(DOCTOR),
			BOB,
			pseudonym(2),
			key(2),
			policy(),
			DEADLINE,
			signature
		));
		let entry = PatientsMap::<Test>::get(pseudonym(2)).unwrap();
		assert_eq!(entry.account, BOB);
		assert_eq!(
			entry.registrar,
			Some(Registrar { practitioner: DOCTOR, organization: HOSPITAL })
		);
		assert_eq!(Patients::registering_organization(&pseudonym(2)), Some(HOSPITAL));
		assert_eq!(sufficients(BOB), 1);
		assert_eq!(sufficients(DOCTOR), 0);
		assert_eq!(
			last_event(),
			Event::PatientRegistered {
				patient: pseudonym(2),
				account: BOB,
				registrar: Some(DOCTOR)
			}
		);
	});
}

#[test]
fn wallet_wrapped_signatures_are_accepted() {
	ExtBuilder.build_and_execute(|| {
		let payload = crate::registration_payload(
			&System::block_hash(0),
			&DOCTOR,
			&DEADLINE,
			&pseudonym(2),
			&key(2),
			&policy(),
		);
		let wrapped = [b"<Bytes>".as_slice(), &payload, b"</Bytes>".as_slice()].concat();
		assert_ok!(Patients::register_for(
			RuntimeOrigin::signed(DOCTOR),
			BOB,
			pseudonym(2),
			key(2),
			policy(),
			DEADLINE,
			TestSignature(BOB, wrapped)
		));
	});
}

#[test]
fn the_signature_binds_account_pseudonym_key_and_policy() {
	ExtBuilder.build_and_execute(|| {
		let register_for = |signature| {
			Patients::register_for(
				RuntimeOrigin::signed(DOCTOR),
				BOB,
				pseudonym(2),
				key(2),
				policy(),
				DEADLINE,
				signature,
			)
		};
		// Signed by someone else.
		assert_noop!(
			register_for(consent(CAROL, pseudonym(2), key(2))),
			Error::<Test>::BadSignature
		);
		// Bob consented to another pseudonym, or to another key (a practitioner's own).
		assert_noop!(register_for(consent(BOB, pseudonym(3), key(2))), Error::<Test>::BadSignature);
		assert_noop!(register_for(consent(BOB, pseudonym(2), key(9))), Error::<Test>::BadSignature);
		// Another policy.
		let other = EmergencyPolicy { allowed: false, required_approvals: 2 };
		let payload = crate::registration_payload(
			&System::block_hash(0),
			&DOCTOR,
			&DEADLINE,
			&pseudonym(2),
			&key(2),
			&other,
		);
		assert_noop!(register_for(TestSignature(BOB, payload)), Error::<Test>::BadSignature);
		// Another chain.
		let payload = crate::registration_payload(
			&sp_core::H256::repeat_byte(9),
			&DOCTOR,
			&DEADLINE,
			&pseudonym(2),
			&key(2),
			&policy(),
		);
		assert_noop!(register_for(TestSignature(BOB, payload)), Error::<Test>::BadSignature);
	});
}

#[test]
fn only_active_clinical_practitioners_register_patients() {
	ExtBuilder.build_and_execute(|| {
		let by = |who: u64| {
			Patients::register_for(
				RuntimeOrigin::signed(who),
				BOB,
				pseudonym(2),
				key(2),
				policy(),
				DEADLINE,
				consent(BOB, pseudonym(2), key(2)),
			)
		};
		assert_noop!(by(ALICE), Error::<Test>::NotPractitioner);
		assert_noop!(by(SUSPENDED_NURSE), Error::<Test>::NotPractitioner);
		assert_noop!(by(RESEARCHER), Error::<Test>::RoleNotAllowed);
		assert_noop!(
			Patients::register_for(
				RuntimeOrigin::none(),
				BOB,
				pseudonym(2),
				key(2),
				policy(),
				DEADLINE,
				consent(BOB, pseudonym(2), key(2)),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn registration_for_checks_the_registry_rules_too() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_noop!(
			Patients::register_for(
				RuntimeOrigin::signed(DOCTOR),
				ALICE,
				pseudonym(2),
				key(2),
				policy(),
				DEADLINE,
				consent(ALICE, pseudonym(2), key(2)),
			),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Patients::register_for(
				RuntimeOrigin::signed(DOCTOR),
				BOB,
				pseudonym(1),
				key(2),
				policy(),
				DEADLINE,
				consent(BOB, pseudonym(1), key(2)),
			),
			Error::<Test>::PseudonymTaken
		);
	});
}

#[test]
fn the_consent_names_the_registrar_and_a_deadline() {
	ExtBuilder.build_and_execute(|| {
		let by = |who: u64, deadline: u64, signature| {
			Patients::register_for(
				RuntimeOrigin::signed(who),
				BOB,
				pseudonym(2),
				key(2),
				policy(),
				deadline,
				signature,
			)
		};
		// Another practitioner who saw Bob's consent (for DOCTOR) in the pool cannot use it.
		let nurse = 20;
		Registry::add_practitioner(nurse, HOSPITAL, medchain_primitives::PractitionerRole::Nurse);
		assert_noop!(
			by(nurse, DEADLINE, consent(BOB, pseudonym(2), key(2))),
			Error::<Test>::BadSignature
		);
		// Nor can DOCTOR move the deadline Bob signed.
		assert_noop!(
			by(DOCTOR, DEADLINE + 1, consent(BOB, pseudonym(2), key(2))),
			Error::<Test>::BadSignature
		);
		// A deadline too far ahead is refused, whoever signed it.
		let far = 1 + MaxConsentValidity::get() + 1;
		let signed = |deadline: u64| {
			TestSignature(
				BOB,
				crate::registration_payload(
					&System::block_hash(0),
					&DOCTOR,
					&deadline,
					&pseudonym(2),
					&key(2),
					&policy(),
				),
			)
		};
		assert_noop!(by(DOCTOR, far, signed(far)), Error::<Test>::ConsentTooLong);
		// An old consent is worthless after its deadline.
		System::set_block_number(DEADLINE + 1);
		assert_noop!(
			by(DOCTOR, DEADLINE, consent(BOB, pseudonym(2), key(2))),
			Error::<Test>::ConsentExpired
		);
		// A fresh one works, up to and including its deadline.
		let fresh = DEADLINE + 5;
		System::set_block_number(fresh);
		assert_ok!(by(DOCTOR, fresh, signed(fresh)));
	});
}
