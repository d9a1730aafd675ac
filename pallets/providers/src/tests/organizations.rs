//! Governance registers, suspends, reactivates and removes organizations.

use super::*;
use crate::{Error, Event, Organizations};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{EncryptionKey, OrganizationKind, Status};
use sp_runtime::DispatchError;

const CLINIC: u64 = 3;

#[test]
fn governance_registers_an_organization() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::register_organization(
			RuntimeOrigin::root(),
			CLINIC,
			OrganizationKind::Clinic,
			key(3),
			credential(3)
		));
		let org = Organizations::<Test>::get(CLINIC).unwrap();
		assert_eq!(org.kind, OrganizationKind::Clinic);
		assert_eq!(org.status, Status::Active);
		assert_eq!(org.encryption_key, key(3));
		assert_eq!(org.credential, credential(3));
		assert_eq!(org.registered_at, 1);
		assert_eq!(org.practitioners, 0);
		assert_eq!(sufficients(CLINIC), 1);
		assert_eq!(
			last_event(),
			Event::OrganizationRegistered { organization: CLINIC, kind: OrganizationKind::Clinic }
		);
	});
}

#[test]
fn only_governance_registers_organizations() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Providers::register_organization(
				RuntimeOrigin::signed(HOSPITAL),
				CLINIC,
				OrganizationKind::Clinic,
				key(3),
				credential(3)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_account_registers_once() {
	ExtBuilder::default().build_and_execute(|| {
		for taken in [HOSPITAL, DOCTOR] {
			assert_noop!(
				Providers::register_organization(
					RuntimeOrigin::root(),
					taken,
					OrganizationKind::Clinic,
					key(3),
					credential(3)
				),
				Error::<Test>::AlreadyRegistered
			);
		}
	});
}

#[test]
fn small_order_keys_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut p_plus_one = [0xff; 32];
		p_plus_one[0] = 0xee;
		p_plus_one[31] = 0x7f;
		let mut one_with_top_bit = [0; 32];
		one_with_top_bit[0] = 1;
		one_with_top_bit[31] = 0x80;
		for weak in [[0; 32], p_plus_one, one_with_top_bit] {
			assert_noop!(
				Providers::register_organization(
					RuntimeOrigin::root(),
					CLINIC,
					OrganizationKind::Clinic,
					EncryptionKey(weak),
					credential(3)
				),
				Error::<Test>::UnusableKey
			);
		}
	});
}

#[test]
fn suspension_and_reactivation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Suspended
		));
		assert_eq!(Organizations::<Test>::get(HOSPITAL).unwrap().status, Status::Suspended);
		assert_eq!(
			last_event(),
			Event::OrganizationStatusChanged { organization: HOSPITAL, status: Status::Suspended }
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::set_organization_status(RuntimeOrigin::root(), HOSPITAL, Status::Suspended),
			Error::<Test>::StatusUnchanged
		);
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Active
		));
		assert_eq!(Organizations::<Test>::get(HOSPITAL).unwrap().status, Status::Active);
	});
}

#[test]
fn status_changes_need_governance_and_an_organization() {
	ExtBuilder::default().build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Providers::set_organization_status(
				RuntimeOrigin::signed(HOSPITAL),
				HOSPITAL,
				Status::Suspended
			),
			DispatchError::BadOrigin
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::set_organization_status(RuntimeOrigin::root(), NOBODY, Status::Suspended),
			Error::<Test>::OrganizationNotFound
		);
	});
}

#[test]
fn removal_requires_an_empty_staff() {
	ExtBuilder::default().build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_organization(RuntimeOrigin::root(), HOSPITAL),
			Error::<Test>::HasPractitioners
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_organization(RuntimeOrigin::signed(PHARMACY), PHARMACY),
			DispatchError::BadOrigin
		);
		medchain_test_utils::assert_noop_charged!(
			Providers::remove_organization(RuntimeOrigin::root(), NOBODY),
			Error::<Test>::OrganizationNotFound
		);
		assert_ok!(Providers::remove_organization(RuntimeOrigin::root(), PHARMACY));
		assert!(!Organizations::<Test>::contains_key(PHARMACY));
		// The account stays, with its nonce.
		assert_eq!(sufficients(PHARMACY), 1);
		assert_eq!(last_event(), Event::OrganizationRemoved { organization: PHARMACY });

		assert_ok!(Providers::remove_practitioner(RuntimeOrigin::signed(HOSPITAL), DOCTOR));
		assert_ok!(Providers::remove_practitioner(RuntimeOrigin::root(), NURSE));
		assert_ok!(Providers::remove_organization(RuntimeOrigin::root(), HOSPITAL));
	});
}

#[test]
fn credential_changes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::set_organization_credential(
			RuntimeOrigin::root(),
			HOSPITAL,
			credential(50)
		));
		assert_eq!(Organizations::<Test>::get(HOSPITAL).unwrap().credential, credential(50));
		assert_eq!(
			last_event(),
			Event::OrganizationCredentialChanged {
				organization: HOSPITAL,
				credential: credential(50)
			}
		);
		assert_noop!(
			Providers::set_organization_credential(RuntimeOrigin::root(), HOSPITAL, credential(50)),
			Error::<Test>::CredentialUnchanged
		);
		assert_noop!(
			Providers::set_organization_credential(
				RuntimeOrigin::signed(HOSPITAL),
				HOSPITAL,
				credential(51)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Providers::set_organization_credential(RuntimeOrigin::root(), NOBODY, credential(51)),
			Error::<Test>::OrganizationNotFound
		);
	});
}

#[test]
fn suspension_and_removal_tell_who_drops_envelopes() {
	ExtBuilder::default().build_and_execute(|| {
		Deactivations::take();
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			PHARMACY,
			Status::Suspended
		));
		assert_eq!(Deactivations::take(), vec![(true, PHARMACY)]);
		// Reactivation drops nothing.
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			PHARMACY,
			Status::Active
		));
		assert!(Deactivations::take().is_empty());
		assert_ok!(Providers::remove_organization(RuntimeOrigin::root(), PHARMACY));
		assert_eq!(Deactivations::take(), vec![(true, PHARMACY)]);
	});
}
