//! The one governance origin: Root, or a 2/3 motion of the real council; nothing less.

mod common;

use common::*;
use frame_support::{assert_noop, assert_ok};
use medchain_runtime::{
	AccountId, Council, CouncilMembership, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	System, ValidatorSet,
};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

type CouncilEvent = pallet_collective::Event<Runtime, pallet_collective::Instance1>;

fn validators() -> Vec<AccountId> {
	pallet_validator_set::Validators::<Runtime>::get().into_inner()
}

fn add_eve_call() -> RuntimeCall {
	RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
		validator: Eve.to_account_id().into(),
	})
}

#[test]
fn root_is_a_governance_origin() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), Eve.to_account_id().into()));
		assert!(validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn sudo_reaches_governance_calls_through_root() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		assert_ok!(medchain_runtime::Sudo::sudo(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Box::new(add_eve_call())
		));
		assert!(validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn two_thirds_council_motion_is_a_governance_origin() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		council_motion(
			&Alice.to_account_id(),
			2,
			add_eve_call(),
			&[Alice.to_account_id(), Bob.to_account_id()],
		);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert!(validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn unanimous_council_motion_is_a_governance_origin() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		council_motion(
			&Alice.to_account_id(),
			3,
			add_eve_call(),
			&[Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id()],
		);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert!(validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn a_single_council_member_is_refused() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		council_motion(&Alice.to_account_id(), 1, add_eve_call(), &[]);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		assert!(!validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn a_motion_with_one_third_of_the_council_cannot_be_closed_as_approved() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		let call = add_eve_call();
		let (length, weight, hash) = motion_parts(&call);
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(Alice.to_account_id()),
			2,
			Box::new(call),
			length
		));
		// Only the proposer's own aye: the motion is not approved and cannot be closed early.
		assert_ok!(Council::vote(RuntimeOrigin::signed(Alice.to_account_id()), hash, 0, true));
		assert_noop!(
			Council::close(RuntimeOrigin::signed(Alice.to_account_id()), hash, 0, weight, length),
			pallet_collective::Error::<Runtime, pallet_collective::Instance1>::TooEarly
		);
		assert!(!validators().contains(&Eve.to_account_id()));
	});
}

/// A prime cannot turn abstentions into ayes: with one aye (the prime's), one nay and one
/// abstention, a motion closed after its duration fails.
#[test]
fn a_prime_cannot_pass_a_motion_alone() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		assert_ok!(CouncilMembership::set_prime(
			RuntimeOrigin::root(),
			Alice.to_account_id().into()
		));
		let call = add_eve_call();
		let (length, weight, hash) = motion_parts(&call);
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(Alice.to_account_id()),
			3,
			Box::new(call),
			length
		));
		assert_ok!(Council::vote(RuntimeOrigin::signed(Alice.to_account_id()), hash, 0, true));
		assert_ok!(Council::vote(RuntimeOrigin::signed(Bob.to_account_id()), hash, 0, false));
		run_to_block(
			System::block_number() + medchain_runtime::configs::CouncilMotionDuration::get(),
		);
		assert_ok!(Council::close(
			RuntimeOrigin::signed(Alice.to_account_id()),
			hash,
			0,
			weight,
			length
		));
		assert!(System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Council(CouncilEvent::Disapproved { .. }))));
		assert!(!validators().contains(&Eve.to_account_id()));
	});
}

#[test]
fn plain_signed_accounts_are_refused() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		// A council member acting alone, outside a motion.
		assert_noop!(
			ValidatorSet::add_validator(
				RuntimeOrigin::signed(Alice.to_account_id()),
				Eve.to_account_id().into()
			),
			DispatchError::BadOrigin
		);
		// An outsider.
		assert_noop!(
			ValidatorSet::add_validator(
				RuntimeOrigin::signed(Ferdie.to_account_id()),
				Eve.to_account_id().into()
			),
			DispatchError::BadOrigin
		);
		// Sudo from an account that is not the key.
		assert_noop!(
			medchain_runtime::Sudo::sudo(
				RuntimeOrigin::signed(Bob.to_account_id()),
				Box::new(add_eve_call())
			),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
}

#[test]
fn the_council_changes_its_own_membership_by_motion() {
	new_test_ext("local_testnet").execute_with(|| {
		let add_dave = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: Dave.to_account_id().into(),
		});
		council_motion(
			&Alice.to_account_id(),
			2,
			add_dave,
			&[Alice.to_account_id(), Charlie.to_account_id()],
		);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert!(pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get()
			.contains(&Dave.to_account_id()));

		// A single member cannot.
		let remove_bob = RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
			who: Bob.to_account_id().into(),
		});
		council_motion(&Alice.to_account_id(), 1, remove_bob, &[]);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		assert_noop!(
			CouncilMembership::add_member(
				RuntimeOrigin::signed(Alice.to_account_id()),
				Ferdie.to_account_id().into()
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_council_cannot_be_set_around_membership() {
	new_test_ext("local_testnet").execute_with(|| {
		assert_noop!(
			Council::set_members(RuntimeOrigin::root(), vec![Eve.to_account_id()], None, 3),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn batch_all_is_atomic() {
	new_test_ext("local_testnet").execute_with(|| {
		register_session_keys(&Eve.to_account_id());
		let calls = vec![
			add_eve_call(),
			// Fails (Ferdie is not a validator), so the whole batch must be undone.
			RuntimeCall::ValidatorSet(pallet_validator_set::Call::remove_validator {
				validator: Ferdie.to_account_id().into(),
			}),
		];
		assert!(medchain_runtime::Utility::batch_all(RuntimeOrigin::root(), calls).is_err());
		assert!(!validators().contains(&Eve.to_account_id()));
	});
}
