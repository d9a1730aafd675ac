//! Patients register themselves, or a practitioner registers them with their signature.

use super::*;
use crate::{Error, Event, Patients as PatientsMap, PseudonymOf, Registrar};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{EmergencyPolicy, EncryptionKey, PatientRegistry};
use sp_runtime::{testing::TestSignature, DispatchError, DispatchResult};

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

/// `registrar` registers account `account` under `pseudonym(seed)`, with a consent good for
/// five blocks.
fn doctor_registers(registrar: u64, account: u64, seed: u8) -> DispatchResult {
	let genesis = System::block_hash(0);
	let deadline = System::block_number() + 5;
	let payload = crate::registration_payload(
		&genesis,
		&registrar,
		&deadline,
		&pseudonym(seed),
		&key(seed),
		&policy(),
	);
	Patients::register_for(
		RuntimeOrigin::signed(registrar),
		account,
		pseudonym(seed),
		key(seed),
		policy(),
		deadline,
		TestSignature(account, payload),
	)
}

#[test]
fn a_practitioner_and_an_organization_register_at_most_their_limits_per_window() {
	ExtBuilder.build_and_execute(|| {
		// Limits in the mock: 3 per practitioner, 5 per organization, in 10 blocks.
		for i in 0..3u8 {
			assert_ok!(doctor_registers(DOCTOR, 200 + u64::from(i), 20 + i));
		}
		assert_noop!(
			doctor_registers(DOCTOR, 210, 30),
			Error::<Test>::PractitionerRegistrationLimit
		);
		assert_eq!(Patients::registrations(&DOCTOR, &Patients::limits()).count, 3);
		// A colleague of the same hospital registers two more; the hospital is then full.
		Registry::add_practitioner(13, HOSPITAL, medchain_primitives::PractitionerRole::Nurse);
		assert_ok!(doctor_registers(13, 211, 31));
		assert_ok!(doctor_registers(13, 212, 32));
		assert_noop!(doctor_registers(13, 213, 33), Error::<Test>::OrganizationRegistrationLimit);
		assert_eq!(Patients::registrations(&HOSPITAL, &Patients::limits()).count, 5);
		// The window (10 blocks from the first registration, at block 1) ends: both may again.
		System::set_block_number(10);
		assert_noop!(doctor_registers(13, 213, 33), Error::<Test>::OrganizationRegistrationLimit);
		System::set_block_number(11);
		assert_ok!(doctor_registers(13, 213, 33));
		assert_ok!(doctor_registers(DOCTOR, 214, 34));
		assert_eq!(Patients::registrations(&HOSPITAL, &Patients::limits()).count, 2);
	});
}

#[test]
fn registration_limits_are_set_by_governance_within_bounds() {
	ExtBuilder.build_and_execute(|| {
		let limits = |per_practitioner, per_organization, window| crate::RegistrationLimits {
			per_practitioner,
			per_organization,
			window,
		};
		assert_eq!(Patients::limits(), DefaultRegistrationLimits::get());
		assert_noop!(
			Patients::set_registration_limits(RuntimeOrigin::signed(DOCTOR), limits(1, 1, 1)),
			DispatchError::BadOrigin
		);
		for bad in [limits(1, 1, 0), limits(1, 1, 101), limits(1, 51, 10), limits(2, 1, 10)] {
			assert_noop!(
				Patients::set_registration_limits(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidRegistrationLimits
			);
		}
		assert_ok!(Patients::set_registration_limits(RuntimeOrigin::root(), limits(0, 0, 5)));
		assert_eq!(last_event(), Event::RegistrationLimitsSet { limits: limits(0, 0, 5) });
		// Zero stops registrations by practitioners altogether.
		assert_noop!(
			doctor_registers(DOCTOR, 200, 20),
			Error::<Test>::PractitionerRegistrationLimit
		);
	});
}
