//! Validator changes through governance reach Aura and GRANDPA at the right session, and the
//! minimum holds.

mod common;

use common::*;
use frame_support::{assert_noop, assert_ok};
use medchain_runtime::{configs::DEFAULT_SESSION_LENGTH, Runtime, RuntimeOrigin, ValidatorSet};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};

const L: u32 = DEFAULT_SESSION_LENGTH;

fn session_index() -> u32 {
	pallet_session::CurrentIndex::<Runtime>::get()
}

#[test]
fn sessions_rotate_every_session_length_blocks() {
	new_test_ext("local_testnet").execute_with(|| {
		assert_eq!(session_index(), 0);
		run_to_block(L - 1);
		assert_eq!(session_index(), 0);
		run_to_block(L);
		assert_eq!(session_index(), 1);
		run_to_block(2 * L);
		assert_eq!(session_index(), 2);
	});
}

#[test]
fn a_removed_validator_leaves_aura_and_grandpa_at_the_next_unannounced_session() {
	new_test_ext("local_testnet").execute_with(|| {
		let dave_aura: AuraId = Dave.public().into();
		assert!(aura_authorities().contains(&dave_aura));

		assert_ok!(ValidatorSet::remove_validator(
			RuntimeOrigin::root(),
			Dave.to_account_id().into()
		));

		// Session 1 was announced at genesis with the old set: Dave still authors.
		run_to_block(L);
		assert_eq!(session_index(), 1);
		assert!(aura_authorities().contains(&dave_aura));
		assert_eq!(grandpa_authorities().len(), 4);

		// Session 2 uses the set planned after the removal.
		run_to_block(2 * L);
		assert_eq!(session_index(), 2);
		assert_eq!(
			aura_authorities(),
			vec![Alice.public().into(), Bob.public().into(), Charlie.public().into()]
		);
		assert_eq!(grandpa_authorities().len(), 3);
		assert_eq!(pallet_grandpa::CurrentSetId::<Runtime>::get(), 1);
	});
}

#[test]
fn an_added_validator_joins_aura_and_grandpa_at_the_next_unannounced_session() {
	new_test_ext("local_testnet").execute_with(|| {
		let eve = Eve.to_account_id();
		let keys = register_session_keys(&eve);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), eve.clone().into()));

		run_to_block(L);
		assert!(!aura_authorities().contains(&keys.aura));

		run_to_block(2 * L);
		assert_eq!(aura_authorities().len(), 5);
		assert!(aura_authorities().contains(&keys.aura));
		assert!(grandpa_authorities().contains(&keys.grandpa));
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 5);
	});
}

#[test]
fn a_change_within_a_session_waits_for_the_next_rotation_only_once() {
	new_test_ext("local_testnet").execute_with(|| {
		// A change made in session 1 is planned at the rotation into 2, active in 3.
		run_to_block(L + 1);
		assert_ok!(ValidatorSet::remove_validator(
			RuntimeOrigin::root(),
			Dave.to_account_id().into()
		));
		run_to_block(2 * L);
		assert_eq!(aura_authorities().len(), 4);
		run_to_block(3 * L);
		assert_eq!(aura_authorities().len(), 3);
		// With no further change, later sessions keep the set and the GRANDPA set id.
		let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
		run_to_block(5 * L);
		assert_eq!(aura_authorities().len(), 3);
		assert_eq!(pallet_grandpa::CurrentSetId::<Runtime>::get(), set_id);
	});
}

#[test]
fn the_minimum_is_enforced() {
	new_test_ext("local_testnet").execute_with(|| {
		assert_ok!(ValidatorSet::remove_validator(
			RuntimeOrigin::root(),
			Dave.to_account_id().into()
		));
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), Charlie.to_account_id().into()),
			pallet_validator_set::Error::<Runtime>::BelowMinimum
		);
		run_to_block(3 * L);
		assert_eq!(aura_authorities().len(), 3);
	});
}

#[test]
fn an_account_without_session_keys_cannot_be_added() {
	new_test_ext("local_testnet").execute_with(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), Eve.to_account_id().into()),
			pallet_validator_set::Error::<Runtime>::SessionKeysNotSet
		);
	});
}

#[test]
fn governance_can_shorten_sessions() {
	new_test_ext("local_testnet").execute_with(|| {
		assert_ok!(ValidatorSet::set_session_length(RuntimeOrigin::root(), 5));
		run_to_block(5);
		assert_eq!(session_index(), 1);
		run_to_block(10);
		assert_eq!(session_index(), 2);
	});
}

/// Dave's session keys, as `pallet-session` holds them for the next session.
fn has_keys(who: &sp_keyring::Sr25519Keyring) -> bool {
	pallet_session::NextKeys::<Runtime>::contains_key(who.to_account_id())
}

#[test]
fn no_validator_can_drop_its_own_keys_so_the_set_stays_whole() {
	use medchain_runtime::RuntimeCall;
	new_test_ext("local_testnet").execute_with(|| {
		run_to_block(1);
		let purge = || RuntimeCall::Session(pallet_session::Call::purge_keys {});
		let filtered: sp_runtime::DispatchError =
			frame_system::Error::<Runtime>::CallFiltered.into();
		// All four validators try, by every route a signed transaction has.
		for v in [Alice, Bob, Charlie, Dave] {
			let direct = common::actors::apply(&v.pair(), purge()).expect("valid transaction");
			assert_eq!(direct, Err(filtered), "{v:?}'s session.purge_keys");

			let batch_all =
				RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![purge()] });
			let nested = common::actors::apply(&v.pair(), batch_all).expect("valid transaction");
			assert_eq!(nested, Err(filtered), "{v:?}'s purge_keys in utility.batch_all");

			let batch = RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![purge()] });
			assert_ok!(common::actors::apply(&v.pair(), batch).expect("valid transaction"));
			assert!(frame_system::Pallet::<Runtime>::events().iter().any(|r| matches!(
				&r.event,
				medchain_runtime::RuntimeEvent::Utility(pallet_utility::Event::BatchInterrupted {
					error, ..
				}) if *error == filtered
			)));

			let own = RuntimeCall::ValidatorSet(pallet_validator_set::Call::purge_keys {});
			let refused = common::actors::apply(&v.pair(), own).expect("valid transaction");
			assert_eq!(
				refused,
				Err(pallet_validator_set::Error::<Runtime>::StillValidator.into()),
				"{v:?}'s validatorSet.purge_keys"
			);
			assert!(has_keys(&v), "{v:?} lost its keys");
		}
		// Two rotations later all four still author and vote.
		run_to_block(3 * L);
		assert_eq!(aura_authorities().len(), 4);
		assert_eq!(grandpa_authorities().len(), 4);
	});
}

#[test]
fn a_removed_validator_purges_its_keys_and_gets_its_deposit_back() {
	use medchain_runtime::{Balances, RuntimeCall};
	new_test_ext("local_testnet").execute_with(|| {
		run_to_block(1);
		let eve = Eve.to_account_id();
		register_session_keys(&eve);
		assert_eq!(
			Balances::reserved_balance(&eve),
			medchain_runtime::configs::SessionKeyDeposit::get()
		);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), eve.clone().into()));
		let own = || RuntimeCall::ValidatorSet(pallet_validator_set::Call::purge_keys {});
		assert_eq!(
			common::actors::apply(&Eve.pair(), own()).expect("valid transaction"),
			Err(pallet_validator_set::Error::<Runtime>::StillValidator.into())
		);
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), eve.clone().into()));
		assert_ok!(common::actors::apply(&Eve.pair(), own()).expect("valid transaction"));
		assert!(!has_keys(&Eve));
		assert_eq!(Balances::reserved_balance(&eve), 0);
		// An account with no keys gets pallet-session's error.
		assert_eq!(
			common::actors::apply(&Eve.pair(), own()).expect("valid transaction"),
			Err(pallet_session::Error::<Runtime>::NoKeys.into())
		);
	});
}

#[test]
fn a_validator_whose_keys_root_removed_is_left_out_and_rejoins_when_it_sets_them_again() {
	use medchain_runtime::{RuntimeCall, Sudo};
	new_test_ext("local_testnet").execute_with(|| {
		run_to_block(1);
		let dave_aura: AuraId = Dave.public().into();
		// Only Root acting as Dave gets past the call filter.
		assert_ok!(Sudo::sudo_as(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Dave.to_account_id().into(),
			Box::new(RuntimeCall::Session(pallet_session::Call::purge_keys {})),
		));
		assert!(!has_keys(&Dave));
		// Planned without Dave at the rotation into session 1, in force from session 2.
		run_to_block(2 * L);
		assert!(!aura_authorities().contains(&dave_aura));
		assert_eq!(aura_authorities().len(), 3);
		assert_eq!(
			pallet_validator_set::Validators::<Runtime>::get().len(),
			4,
			"Dave is still approved"
		);

		// Dave's operator registers keys again: no motion is needed to bring it back.
		register_session_keys(&Dave.to_account_id());
		run_to_block(4 * L);
		assert_eq!(aura_authorities().len(), 4);
		assert_eq!(grandpa_authorities().len(), 4);
	});
}
