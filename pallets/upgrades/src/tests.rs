//! Unit tests of the upgrades pallet.

use crate::{mock::*, Error, Event, PendingUpgrade};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::{traits::Hash, DispatchError};

fn hash(code: &[u8]) -> H256 {
	<Test as frame_system::Config>::Hashing::hash(code)
}

fn system_authorized() -> Vec<(H256, bool)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::System(frame_system::Event::UpgradeAuthorized {
				code_hash,
				check_version,
			}) => Some((code_hash, check_version)),
			_ => None,
		})
		.collect()
}

#[test]
fn root_authorizes_with_the_version_check() {
	new_test_ext().execute_with(|| {
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::root(), hash(b"v2")));
		assert_eq!(
			Upgrades::pending_upgrade(),
			Some(PendingUpgrade { code_hash: hash(b"v2"), check_version: true })
		);
		assert_eq!(
			upgrades_events(),
			vec![Event::UpgradeAuthorized { code_hash: hash(b"v2"), replaced: None }]
		);
		assert_eq!(system_authorized(), vec![(hash(b"v2"), true)]);
	});
}

#[test]
fn the_council_origin_authorizes() {
	new_test_ext().execute_with(|| {
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2")));
		assert_eq!(
			Upgrades::pending_upgrade(),
			Some(PendingUpgrade { code_hash: hash(b"v2"), check_version: true })
		);
	});
}

#[test]
fn anyone_else_is_refused_and_nothing_changes() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Upgrades::authorize_upgrade(RuntimeOrigin::signed(1), hash(b"v2")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Upgrades::authorize_upgrade(RuntimeOrigin::none(), hash(b"v2")),
			DispatchError::BadOrigin
		);
		assert_eq!(Upgrades::pending_upgrade(), None);
		assert!(System::events().is_empty());
	});
}

#[test]
fn a_pending_authorization_is_replaced_and_named() {
	new_test_ext().execute_with(|| {
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::root(), hash(b"v2 broken")));
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2 fixed")));
		assert_eq!(
			Upgrades::pending_upgrade(),
			Some(PendingUpgrade { code_hash: hash(b"v2 fixed"), check_version: true })
		);
		assert_eq!(
			upgrades_events().last(),
			Some(&Event::UpgradeAuthorized {
				code_hash: hash(b"v2 fixed"),
				replaced: Some(hash(b"v2 broken")),
			})
		);
		// The replaced code can no longer be applied.
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::none(), b"v2 broken".to_vec()),
			frame_system::Error::<Test>::Unauthorized
		);
	});
}

#[test]
fn the_hash_already_pending_is_refused() {
	new_test_ext().execute_with(|| {
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::root(), hash(b"v2")));
		assert_noop!(
			Upgrades::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2")),
			Error::<Test>::AlreadyAuthorized
		);
	});
}

#[test]
fn a_checkless_authorization_of_the_same_hash_is_replaced_by_a_checked_one() {
	new_test_ext().execute_with(|| {
		assert_ok!(System::authorize_upgrade_without_checks(RuntimeOrigin::root(), hash(b"v2")));
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2")));
		assert_eq!(
			Upgrades::pending_upgrade(),
			Some(PendingUpgrade { code_hash: hash(b"v2"), check_version: true })
		);
	});
}

#[test]
fn other_code_is_refused_and_the_authorization_stays() {
	new_test_ext().execute_with(|| {
		assert_ok!(Upgrades::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2")));
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::signed(1), b"v3".to_vec()),
			frame_system::Error::<Test>::Unauthorized
		);
		assert!(Upgrades::pending_upgrade().is_some());
	});
}

#[test]
fn the_council_cannot_authorize_without_the_version_check() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			System::authorize_upgrade_without_checks(RuntimeOrigin::signed(7), hash(b"v2")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			System::authorize_upgrade(RuntimeOrigin::signed(7), hash(b"v2")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_mirror_type_reads_what_frame_system_stores() {
	new_test_ext().execute_with(|| {
		for check_version in [false, true] {
			frame_system::Pallet::<Test>::do_authorize_upgrade(hash(b"v2"), check_version);
			let stored = frame_system::Pallet::<Test>::authorized_upgrade().expect("authorized");
			assert_eq!(stored.code_hash(), &hash(b"v2"));
			assert_eq!(stored.encode(), (hash(b"v2"), check_version).encode());
			assert_eq!(
				Upgrades::pending_upgrade(),
				Some(PendingUpgrade { code_hash: hash(b"v2"), check_version })
			);
		}
	});
}

#[test]
fn authorize_is_an_operational_call_with_its_benchmarked_weight() {
	use crate::WeightInfo;
	use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
	let info =
		crate::Call::<Test>::authorize_upgrade { code_hash: hash(b"v2") }.get_dispatch_info();
	assert_eq!(info.class, DispatchClass::Operational);
	assert_eq!(info.call_weight, <() as WeightInfo>::authorize_upgrade());
}
