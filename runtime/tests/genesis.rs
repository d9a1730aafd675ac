//! The genesis presets build and describe the networks the README promises.

mod common;

use common::*;
use medchain_runtime::{
	configs::{CONSORTIUM_MIN_VALIDATORS, DEFAULT_SESSION_LENGTH},
	Runtime,
};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave};

#[test]
fn preset_names_are_development_and_local_testnet() {
	let names: Vec<String> = medchain_runtime::genesis_config_presets::preset_names();
	assert_eq!(names, vec!["development".to_string(), "local_testnet".to_string()]);
	assert!(medchain_runtime::genesis_config_presets::get_preset(&"mainnet".to_string()).is_none());
}

#[test]
fn development_preset_has_alice_alone() {
	new_test_ext("development").execute_with(|| {
		assert_eq!(
			pallet_validator_set::Validators::<Runtime>::get().into_inner(),
			vec![Alice.to_account_id()]
		);
		assert_eq!(pallet_validator_set::MinimumValidators::<Runtime>::get(), 1);
		assert_eq!(aura_authorities(), vec![Alice.public().into()]);
		assert_eq!(grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Alice.to_account_id()));
	});
}

#[test]
fn local_testnet_preset_has_four_validators_and_a_council_of_three() {
	new_test_ext("local_testnet").execute_with(|| {
		let four = [Alice, Bob, Charlie, Dave];
		assert_eq!(
			pallet_validator_set::Validators::<Runtime>::get().into_inner(),
			four.iter().map(|k| k.to_account_id()).collect::<Vec<_>>()
		);
		assert_eq!(
			pallet_validator_set::MinimumValidators::<Runtime>::get(),
			CONSORTIUM_MIN_VALIDATORS
		);
		assert_eq!(pallet_validator_set::SessionLength::<Runtime>::get(), DEFAULT_SESSION_LENGTH);
		assert_eq!(aura_authorities(), four.iter().map(|k| k.public().into()).collect::<Vec<_>>());
		assert_eq!(grandpa_authorities().len(), 4);
		let council = pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get();
		// Both pallets keep members sorted.
		let mut expected =
			vec![Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id()];
		expected.sort();
		assert_eq!(council, expected);
		assert_eq!(
			pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get().into_inner(),
			council
		);
	});
}

#[test]
fn runtime_constants_are_sane() {
	use frame_support::traits::Get;
	// 3 s blocks: Aura's slot is twice the timestamp's minimum period.
	assert_eq!(<Runtime as pallet_aura::Config>::SlotDuration::get(), 3_000);
	assert_eq!(medchain_runtime::SLOT_DURATION, 3_000);
	// The runtime's pallets pass their own integrity tests.
	sp_io::TestExternalities::default().execute_with(|| {
		<medchain_runtime::AllPalletsWithSystem as frame_support::traits::IntegrityTest>::integrity_test();
	});
}
