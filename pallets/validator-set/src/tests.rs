//! Unit tests of the validator-set pallet.

use crate::{
	mock::*, CurrentSessionStart, Error, Event, MinimumValidators, Planned, SessionLength,
	SetChanged, Validators,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{EstimateNextSessionRotation, Hooks, ValidatorRegistration},
};
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::{DispatchError, Perbill, Permill};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_validators_and_session_length() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(validators(), vec![1, 2, 3]);
		assert_eq!(SessionLength::<Test>::get(), SESSION_LENGTH);
		assert!(!SetChanged::<Test>::get());
		assert_eq!(ValidatorSet::new_session_genesis(0), Some(vec![1, 2, 3]));
	});
}

#[test]
#[should_panic(expected = "smaller than minimum_validators")]
fn genesis_below_minimum_is_refused() {
	ExtBuilder::default().with_validators(vec![1]).build();
}

#[test]
fn the_default_genesis_builds() {
	use frame_support::traits::BuildGenesisConfig;
	sp_io::TestExternalities::default().execute_with(|| {
		crate::GenesisConfig::<Test>::default().build();
		assert!(validators().is_empty());
		assert_eq!(MinimumValidators::<Test>::get(), 1);
		assert_eq!(SessionLength::<Test>::get(), 2);
		ValidatorSet::do_try_state().expect("the default genesis is consistent");
	});
}

#[test]
#[should_panic(expected = "at least 1")]
fn genesis_minimum_of_zero_is_refused() {
	ExtBuilder::default().with_minimum(0).build();
}

#[test]
fn a_single_validator_chain_is_allowed_with_minimum_one() {
	ExtBuilder::default().with_validators(vec![1]).with_minimum(1).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::BelowMinimum
		);
	});
}

#[test]
#[should_panic(expected = "duplicate validator")]
fn genesis_with_duplicates_is_refused() {
	ExtBuilder::default().with_validators(vec![1, 2, 1]).build();
}

#[test]
#[should_panic(expected = "larger than MaxValidators")]
fn genesis_above_maximum_is_refused() {
	ExtBuilder::default().with_validators((1..=7).collect()).build();
}

#[test]
fn add_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
		assert!(SetChanged::<Test>::get());
		assert_eq!(validator_set_events(), vec![Event::ValidatorAdded { validator: 4 }]);
	});
}

#[test]
fn add_validator_requires_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::none(), 4),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_validator_refuses_existing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_refuses_account_without_session_keys() {
	ExtBuilder::default().with_registered(vec![1, 2, 3]).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 4),
			Error::<Test>::SessionKeysNotSet
		);
		MockRegistration::register(4);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
	});
}

#[test]
fn add_validator_refuses_beyond_maximum() {
	ExtBuilder::default().build_and_execute(|| {
		for v in 4..=6 {
			assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), v));
		}
		assert_eq!(validators().len(), 6);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 7),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn remove_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(validators(), vec![1, 3]);
		assert!(SetChanged::<Test>::get());
		assert_eq!(validator_set_events(), vec![Event::ValidatorRemoved { validator: 2 }]);
	});
}

#[test]
fn remove_validator_requires_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(2), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn remove_validator_refuses_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_validator_keeps_the_minimum() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_eq!(validators().len(), 2);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::BelowMinimum
		);
		assert_eq!(validators(), vec![1, 2]);
	});
}

#[test]
fn new_session_hands_over_only_a_changed_set() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(ValidatorSet::new_session(1), None);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(ValidatorSet::new_session(2), Some(vec![2, 3, 4]));
		assert!(!SetChanged::<Test>::get());
		assert_eq!(ValidatorSet::new_session(3), None);
		assert_eq!(
			validator_set_events().last(),
			Some(&Event::ValidatorSetPlanned { session: 2, validators: 3, without_keys: 0 })
		);
	});
}

#[test]
fn a_change_undone_within_the_session_plans_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 4));
		assert_eq!(ValidatorSet::new_session(1), None);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn a_validator_without_keys_is_left_out_and_rejoins_when_it_sets_them_again() {
	ExtBuilder::default().build_and_execute(|| {
		// Only Root acting as the validator can remove an approved validator's keys.
		MockRegistration::unregister(2);
		assert_eq!(ValidatorSet::new_session(1), Some(vec![1, 3]));
		assert_eq!(
			validator_set_events().last(),
			Some(&Event::ValidatorSetPlanned { session: 1, validators: 2, without_keys: 1 })
		);
		assert_eq!(Planned::<Test>::get().into_inner(), vec![1, 3]);
		assert_eq!(ValidatorSet::new_session(2), None);
		// Its keys come back: the next rotation plans it again, without governance.
		MockRegistration::register(2);
		assert_eq!(ValidatorSet::new_session(3), Some(vec![1, 2, 3]));
		assert_eq!(ValidatorSet::new_session(4), None);
	});
}

#[test]
fn an_empty_set_is_never_planned() {
	ExtBuilder::default().build_and_execute(|| {
		for v in GENESIS_VALIDATORS {
			MockRegistration::unregister(v);
		}
		assert_eq!(ValidatorSet::new_session(1), None);
		assert_eq!(Planned::<Test>::get().into_inner(), GENESIS_VALIDATORS.to_vec());
	});
}

#[test]
fn purge_keys_works_outside_the_set() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::purge_keys(RuntimeOrigin::signed(5)));
		assert!(!MockRegistration::is_registered(&5));
		assert_eq!(validator_set_events().last(), Some(&Event::KeysPurged { who: 5 }));
		// A removed validator may purge at once.
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_ok!(ValidatorSet::purge_keys(RuntimeOrigin::signed(3)));
		assert!(!MockRegistration::is_registered(&3));
	});
}

#[test]
fn purge_keys_refuses_validators_and_accounts_without_keys() {
	ExtBuilder::default().build_and_execute(|| {
		for v in GENESIS_VALIDATORS {
			assert_noop!(
				ValidatorSet::purge_keys(RuntimeOrigin::signed(v)),
				Error::<Test>::StillValidator
			);
		}
		assert_noop!(ValidatorSet::purge_keys(RuntimeOrigin::signed(9)), NO_KEYS);
		assert_noop!(ValidatorSet::purge_keys(RuntimeOrigin::root()), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::purge_keys(RuntimeOrigin::none()), DispatchError::BadOrigin);
	});
}

#[test]
fn sessions_end_after_the_configured_length() {
	ExtBuilder::default().build_and_execute(|| {
		// Session 0 started at genesis (block 0).
		assert!(!ValidatorSet::should_end_session(SESSION_LENGTH - 1));
		assert!(ValidatorSet::should_end_session(SESSION_LENGTH));

		System::set_block_number(SESSION_LENGTH);
		ValidatorSet::start_session(1);
		assert_eq!(CurrentSessionStart::<Test>::get(), SESSION_LENGTH);
		assert!(!ValidatorSet::should_end_session(2 * SESSION_LENGTH - 1));
		assert!(ValidatorSet::should_end_session(2 * SESSION_LENGTH));

		assert_eq!(ValidatorSet::average_session_length(), SESSION_LENGTH);
		assert_eq!(
			ValidatorSet::estimate_next_session_rotation(SESSION_LENGTH + 1).0,
			Some(2 * SESSION_LENGTH)
		);
		assert_eq!(
			ValidatorSet::estimate_current_session_progress(SESSION_LENGTH + 1).0,
			Some(Permill::from_percent(20))
		);
	});
}

#[test]
fn set_session_length_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::set_session_length(RuntimeOrigin::root(), 20));
		assert_eq!(SessionLength::<Test>::get(), 20);
		assert!(!ValidatorSet::should_end_session(19));
		assert!(ValidatorSet::should_end_session(20));
		assert_eq!(validator_set_events(), vec![Event::SessionLengthChanged { length: 20 }]);
	});
}

#[test]
fn set_session_length_checks_origin_and_bounds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::set_session_length(RuntimeOrigin::signed(1), 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::set_session_length(RuntimeOrigin::root(), 1),
			Error::<Test>::InvalidSessionLength
		);
		assert_noop!(
			ValidatorSet::set_session_length(RuntimeOrigin::root(), 1_001),
			Error::<Test>::InvalidSessionLength
		);
	});
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<ValidatorSet as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn set_minimum_validators_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::set_minimum_validators(RuntimeOrigin::root(), 3));
		assert_eq!(MinimumValidators::<Test>::get(), 3);
		assert_eq!(validator_set_events(), vec![Event::MinimumValidatorsChanged { minimum: 3 }]);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::BelowMinimum
		);
	});
}

#[test]
fn set_minimum_validators_checks_origin_and_bounds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::set_minimum_validators(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::set_minimum_validators(RuntimeOrigin::root(), 0),
			Error::<Test>::InvalidMinimum
		);
		// Above the current size of the set (3).
		assert_noop!(
			ValidatorSet::set_minimum_validators(RuntimeOrigin::root(), 4),
			Error::<Test>::InvalidMinimum
		);
	});
}

fn offence(validator: u64) -> OffenceDetails<u64, (u64, ())> {
	OffenceDetails { offender: (validator, ()), reporters: vec![1] }
}

fn report(offenders: &[u64], session: u32) -> frame_support::weights::Weight {
	let details: Vec<_> = offenders.iter().map(|v| offence(*v)).collect();
	let fractions = vec![Perbill::zero(); details.len()];
	<ValidatorSet as OnOffenceHandler<u64, (u64, ()), frame_support::weights::Weight>>::on_offence(
		&details, &fractions, session,
	)
}

#[test]
fn an_offender_leaves_the_set_at_the_next_planned_session() {
	ExtBuilder::default().with_validators(vec![1, 2, 3, 4]).build_and_execute(|| {
		report(&[4], 7);
		assert_eq!(validators(), vec![1, 2, 3]);
		assert_eq!(
			validator_set_events(),
			vec![Event::OffenderReported { validator: 4, session: 7, removed: true }]
		);
		assert_eq!(
			<ValidatorSet as pallet_session::SessionManager<u64>>::new_session(2),
			Some(vec![1, 2, 3])
		);
		// Governance may add it back (its keys are kept).
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn offences_never_take_the_set_below_its_minimum() {
	ExtBuilder::default().with_validators(vec![1, 2, 3]).with_minimum(2).build_and_execute(|| {
		report(&[3, 2, 9], 1);
		assert_eq!(validators(), vec![1, 2]);
		assert_eq!(
			validator_set_events(),
			vec![
				Event::OffenderReported { validator: 3, session: 1, removed: true },
				Event::OffenderReported { validator: 2, session: 1, removed: false },
				// Not a validator (any more): nothing to remove.
				Event::OffenderReported { validator: 9, session: 1, removed: false },
			]
		);
		// Handed over again (pallet-offences lists a time slot's earlier offenders with each
		// new one): not handled twice, even once governance restored it.
		System::reset_events();
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 3));
		report(&[3], 1);
		assert_eq!(validators(), vec![1, 2, 3]);
		assert!(validator_set_events()
			.iter()
			.all(|e| !matches!(e, Event::OffenderReported { .. })));
		// An offence of a later session is handled.
		report(&[3], 2);
		assert_eq!(validators(), vec![1, 2]);
	});
}

#[test]
fn authored_blocks_are_counted_per_session_and_old_sessions_dropped() {
	use pallet_authorship::EventHandler;
	ExtBuilder::default().build_and_execute(|| {
		ValidatorSet::start_session(1);
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(2);
		let mut first = ValidatorSet::authored_blocks(1);
		first.sort();
		assert_eq!(first, vec![(1, 2), (2, 1)]);
		ValidatorSet::start_session(2);
		ValidatorSet::note_author(3);
		assert_eq!(ValidatorSet::authored_blocks(2), vec![(3, 1)]);
		assert_eq!(ValidatorSet::authored_blocks(1).len(), 2);
		// LivenessHistory is 3 in the mock: session 1 goes when session 4 starts.
		ValidatorSet::start_session(3);
		assert_eq!(ValidatorSet::authored_blocks(1).len(), 2);
		ValidatorSet::start_session(4);
		assert!(ValidatorSet::authored_blocks(1).is_empty());
		assert_eq!(ValidatorSet::authored_blocks(2), vec![(3, 1)]);
		assert_eq!(crate::CurrentSession::<Test>::get(), 4);
	});
}
