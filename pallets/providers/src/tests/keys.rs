//! Organizations and practitioners rotate their X25519 keys.

use super::*;
use crate::{Error, Event, Organizations, Practitioners};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{EncryptionKey, ProviderRegistry, Status};
use sp_runtime::DispatchError;

#[test]
fn organizations_and_practitioners_rotate_keys() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::rotate_encryption_key(RuntimeOrigin::signed(HOSPITAL), key(70)));
		assert_eq!(Organizations::<Test>::get(HOSPITAL).unwrap().encryption_key, key(70));
		assert_eq!(last_event(), Event::EncryptionKeyRotated { party: HOSPITAL, key: key(70) });
		assert_eq!(Providers::encryption_key(&HOSPITAL), Some(key(70)));

		assert_ok!(Providers::rotate_encryption_key(RuntimeOrigin::signed(DOCTOR), key(71)));
		assert_eq!(Practitioners::<Test>::get(DOCTOR).unwrap().encryption_key, key(71));
		assert_eq!(last_event(), Event::EncryptionKeyRotated { party: DOCTOR, key: key(71) });
		assert_eq!(Providers::encryption_key(&DOCTOR), Some(key(71)));
	});
}

#[test]
fn a_suspended_party_may_still_rotate() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Suspended
		));
		assert_ok!(Providers::rotate_encryption_key(RuntimeOrigin::signed(HOSPITAL), key(70)));
		assert_ok!(Providers::rotate_encryption_key(RuntimeOrigin::signed(NURSE), key(72)));
	});
}

#[test]
fn rotation_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Providers::rotate_encryption_key(RuntimeOrigin::signed(NOBODY), key(70)),
			Error::<Test>::NotRegistered
		);
		assert_noop!(
			Providers::rotate_encryption_key(RuntimeOrigin::signed(HOSPITAL), key(1)),
			Error::<Test>::KeyUnchanged
		);
		assert_noop!(
			Providers::rotate_encryption_key(RuntimeOrigin::signed(DOCTOR), key(10)),
			Error::<Test>::KeyUnchanged
		);
		assert_noop!(
			Providers::rotate_encryption_key(RuntimeOrigin::signed(DOCTOR), EncryptionKey([0; 32])),
			Error::<Test>::UnusableKey
		);
		assert_noop!(
			Providers::rotate_encryption_key(RuntimeOrigin::root(), key(70)),
			DispatchError::BadOrigin
		);
		assert_eq!(Providers::encryption_key(&NOBODY), None);
	});
}
