//! Organizations register, suspend and remove their staff; governance may too.

use super::*;
use crate::{Actor, Error, Event, Practitioners, Staff};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{OrganizationKind, PractitionerRole, ProviderRegistry, Status};
use sp_runtime::DispatchError;

const PHARMACIST: u64 = 20;
const NEW_DOCTOR: u64 = 21;

#[test]
fn an_organization_registers_its_staff() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::register_practitioner(
			RuntimeOrigin::signed(PHARMACY),
			PHARMACIST,
			PractitionerRole::Pharmacist,
			key(20),
			credential(20)
		));
		let p = Practitioners::<Test>::get(PHARMACIST).unwrap();
		assert_eq!(p.organization, PHARMACY);
		assert_eq!(p.role, PractitionerRole::Pharmacist);
		assert_eq!(p.status, Status::Active);
		assert_eq!(p.encryption_key, key(20));
		assert!(Staff::<Test>::contains_key(PHARMACY, PHARMACIST));
		assert_eq!(crate::Organizations::<Test>::get(PHARMACY).unwrap().practitioners, 1);
		assert_eq!(sufficients(PHARMACIST), 1);
		assert_eq!(
			last_event(),
			Event::PractitionerRegistered {
				practitioner: PHARMACIST,
				organization: PHARMACY,
				role: PractitionerRole::Pharmacist
			}
		);
	});
}

#[test]
fn registration_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let register = |org: u64, who: u64, role: PractitionerRole| {
			Providers::register_practitioner(
				RuntimeOrigin::signed(org),
				who,
				role,
				key(20),
				credential(20),
			)
		};
		// Not an organization (a practitioner cannot register colleagues).
		assert_noop!(
			register(DOCTOR, NEW_DOCTOR, PractitionerRole::Physician),
			Error::<Test>::OrganizationNotFound
		);
		// A pharmacy employs no physicians.
		assert_noop!(
			register(PHARMACY, NEW_DOCTOR, PractitionerRole::Physician),
			Error::<Test>::RoleNotAllowed
		);
		// Already a practitioner, or an organization.
		assert_noop!(
			register(HOSPITAL, NURSE, PractitionerRole::Nurse),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			register(HOSPITAL, PHARMACY, PractitionerRole::Nurse),
			Error::<Test>::AlreadyRegistered
		);
		// Unusable key.
		assert_noop!(
			Providers::register_practitioner(
				RuntimeOrigin::signed(HOSPITAL),
				NEW_DOCTOR,
				PractitionerRole::Physician,
				medchain_primitives::EncryptionKey([0; 32]),
				credential(20),
			),
			Error::<Test>::UnusableKey
		);
		// Unsigned.
		assert_noop!(
			Providers::register_practitioner(
				RuntimeOrigin::none(),
				NEW_DOCTOR,
				PractitionerRole::Physician,
				key(20),
				credential(20),
			),
			DispatchError::BadOrigin
		);
		// A suspended organization registers nobody.
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Suspended
		));
		assert_noop!(
			register(HOSPITAL, NEW_DOCTOR, PractitionerRole::Physician),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn the_staff_is_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		// The hospital has 2 of 3.
		assert_ok!(Providers::register_practitioner(
			RuntimeOrigin::signed(HOSPITAL),
			NEW_DOCTOR,
			PractitionerRole::Physician,
			key(21),
			credential(21)
		));
		assert_noop!(
			Providers::register_practitioner(
				RuntimeOrigin::signed(HOSPITAL),
				22,
				PractitionerRole::Physician,
				key(22),
				credential(22)
			),
			Error::<Test>::TooManyPractitioners
		);
		// Removing one makes room again.
		assert_ok!(Providers::remove_practitioner(RuntimeOrigin::signed(HOSPITAL), NEW_DOCTOR));
		assert_ok!(Providers::register_practitioner(
			RuntimeOrigin::signed(HOSPITAL),
			22,
			PractitionerRole::Physician,
			key(22),
			credential(22)
		));
	});
}

#[test]
fn roles_follow_the_organization_kind() {
	use OrganizationKind as K;
	use PractitionerRole as R;
	assert!(K::Hospital.may_employ(R::EmergencyResponder));
	assert!(K::EmergencyService.may_employ(R::EmergencyCallAttendant));
	assert!(!K::Insurer.may_employ(R::Nurse));
	assert!(!K::ResearchBody.may_employ(R::Pharmacist));
	assert!(!K::Laboratory.may_employ(R::EmergencyResponder));
	for kind in [K::Hospital, K::Clinic, K::Laboratory, K::Pharmacy, K::Insurer, K::ResearchBody] {
		assert!(kind.may_employ(R::Auditor));
	}
}

#[test]
fn the_organization_or_governance_suspends() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::set_practitioner_status(
			RuntimeOrigin::signed(HOSPITAL),
			DOCTOR,
			Status::Suspended
		));
		assert_eq!(Practitioners::<Test>::get(DOCTOR).unwrap().status, Status::Suspended);
		assert_eq!(
			last_event(),
			Event::PractitionerStatusChanged {
				practitioner: DOCTOR,
				status: Status::Suspended,
				by: Actor::Organization(HOSPITAL)
			}
		);
		assert!(!Providers::is_active_practitioner(&DOCTOR, None));

		assert_ok!(Providers::set_practitioner_status(
			RuntimeOrigin::root(),
			DOCTOR,
			Status::Active
		));
		assert_eq!(
			last_event(),
			Event::PractitionerStatusChanged {
				practitioner: DOCTOR,
				status: Status::Active,
				by: Actor::Governance
			}
		);
		assert!(Providers::is_active_practitioner(&DOCTOR, None));
	});
}

#[test]
fn status_change_errors() {
	ExtBuilder::default().build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Providers::set_practitioner_status(
				RuntimeOrigin::signed(PHARMACY),
				DOCTOR,
				Status::Suspended
			),
			Error::<Test>::NotEmployer
		);
		// A practitioner cannot change their own status.
		medchain_test_utils::assert_noop_charged!(
			Providers::set_practitioner_status(
				RuntimeOrigin::signed(DOCTOR),
				DOCTOR,
				Status::Suspended
			),
			Error::<Test>::NotEmployer
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::set_practitioner_status(
				RuntimeOrigin::signed(HOSPITAL),
				NOBODY,
				Status::Suspended
			),
			Error::<Test>::PractitionerNotFound
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::set_practitioner_status(
				RuntimeOrigin::signed(HOSPITAL),
				DOCTOR,
				Status::Active
			),
			Error::<Test>::StatusUnchanged
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::set_practitioner_status(RuntimeOrigin::none(), DOCTOR, Status::Suspended),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn removal_by_organization_or_governance() {
	ExtBuilder::default().build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_practitioner(RuntimeOrigin::signed(PHARMACY), DOCTOR),
			Error::<Test>::NotEmployer
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_practitioner(RuntimeOrigin::signed(HOSPITAL), NOBODY),
			Error::<Test>::PractitionerNotFound
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_practitioner(RuntimeOrigin::none(), DOCTOR),
			DispatchError::BadOrigin
		);
		assert_ok!(Providers::remove_practitioner(RuntimeOrigin::signed(HOSPITAL), DOCTOR));
		assert!(!Practitioners::<Test>::contains_key(DOCTOR));
		assert!(!Staff::<Test>::contains_key(HOSPITAL, DOCTOR));
		assert_eq!(crate::Organizations::<Test>::get(HOSPITAL).unwrap().practitioners, 1);
		// The account stays, with its nonce.
		assert_eq!(sufficients(DOCTOR), 1);
		assert_eq!(
			last_event(),
			Event::PractitionerRemoved {
				practitioner: DOCTOR,
				organization: HOSPITAL,
				by: Actor::Organization(HOSPITAL)
			}
		);
		assert_ok!(Providers::remove_practitioner(RuntimeOrigin::root(), NURSE));
		assert_eq!(
			last_event(),
			Event::PractitionerRemoved {
				practitioner: NURSE,
				organization: HOSPITAL,
				by: Actor::Governance
			}
		);
		// A removed practitioner can be registered again, by another organization too.
		assert_ok!(Providers::register_practitioner(
			RuntimeOrigin::signed(PHARMACY),
			NURSE,
			PractitionerRole::Pharmacist,
			key(11),
			credential(11)
		));
	});
}

#[test]
fn credential_changes_by_the_organization() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::set_practitioner_credential(
			RuntimeOrigin::signed(HOSPITAL),
			DOCTOR,
			credential(60)
		));
		assert_eq!(Practitioners::<Test>::get(DOCTOR).unwrap().credential, credential(60));
		assert_eq!(
			last_event(),
			Event::PractitionerCredentialChanged {
				practitioner: DOCTOR,
				credential: credential(60)
			}
		);
		assert_noop!(
			Providers::set_practitioner_credential(
				RuntimeOrigin::signed(HOSPITAL),
				DOCTOR,
				credential(60)
			),
			Error::<Test>::CredentialUnchanged
		);
		assert_noop!(
			Providers::set_practitioner_credential(
				RuntimeOrigin::signed(PHARMACY),
				DOCTOR,
				credential(61)
			),
			Error::<Test>::NotEmployer
		);
		assert_noop!(
			Providers::set_practitioner_credential(
				RuntimeOrigin::signed(HOSPITAL),
				NOBODY,
				credential(61)
			),
			Error::<Test>::PractitionerNotFound
		);
		assert_noop!(
			Providers::set_practitioner_credential(RuntimeOrigin::root(), DOCTOR, credential(61)),
			DispatchError::BadOrigin
		);
	});
}
