//! The registry and the fee-free path at the runtime level: real signed extrinsics, applied
//! by the real `Executive` with the runtime's transaction extensions, from accounts that hold
//! no tokens at all.

mod common;

use common::{actors::*, *};
use frame_support::assert_ok;
use medchain_primitives::{
	ActiveActor, EmergencyPolicy, OrganizationKind, PatientRegistry, PractitionerRole,
	ProviderRegistry, Status,
};
use medchain_runtime::{
	configs::FREE_CALLS_PER_WINDOW, Balances, FreeTier, Patients, Providers, Runtime, RuntimeCall,
	RuntimeOrigin, System,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

#[test]
fn the_whole_registry_works_without_tokens() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		assert!(Providers::is_active_practitioner(
			&account(&doctor),
			Some(PractitionerRole::Physician)
		));

		// The physician registers a patient at the point of care.
		let patient = pair("patient");
		let pseudonym = H256::repeat_byte(0x42);
		assert_eq!(register_for(&doctor, &patient, pseudonym), Ok(Ok(())));
		assert_eq!(Patients::owner_of(&pseudonym), Some(account(&patient)));
		assert_eq!(Patients::registering_organization(&pseudonym), Some(account(&org)));

		// The patient names a guardian and the guardian sets the policy.
		let guardian = pair("guardian");
		let call = RuntimeCall::Patients(pallet_patients::Call::add_guardian {
			guardian: account(&guardian).into(),
		});
		assert_eq!(apply(&patient, call), Ok(Ok(())));
		let call = RuntimeCall::Patients(pallet_patients::Call::set_emergency_policy {
			patient: pseudonym,
			policy: EmergencyPolicy { allowed: false, required_approvals: 3 },
		});
		assert_eq!(apply(&guardian, call), Ok(Ok(())));
		assert_eq!(Patients::emergency_policy(&pseudonym).map(|p| p.allowed), Some(false));

		// The practitioner rotates their key; the patient too.
		let call =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(9) });
		assert_eq!(apply(&doctor, call), Ok(Ok(())));
		let call =
			RuntimeCall::Patients(pallet_patients::Call::rotate_encryption_key { key: key(8) });
		assert_eq!(apply(&patient, call), Ok(Ok(())));

		// Nobody paid anything, nobody holds anything.
		for who in [&org, &doctor, &patient, &guardian] {
			assert_eq!(free_balance(&account(who)), 0);
			assert!(FreeTier::remaining(&account(who)) < FREE_CALLS_PER_WINDOW);
		}
		// The physician sent two transactions: the registration and the key rotation.
		assert_eq!(System::account_nonce(account(&doctor)), 2);
	});
}

#[test]
fn an_unregistered_account_cannot_use_the_free_path() {
	new_test_ext("development").execute_with(|| {
		// An account with no tokens cannot even self-register: it must pay, or be registered
		// by a practitioner.
		let stranger = pair("stranger");
		let call = RuntimeCall::Patients(pallet_patients::Call::register {
			pseudonym: H256::repeat_byte(7),
			encryption_key: key(3),
			emergency_policy: policy(),
		});
		assert!(matches!(
			apply(&stranger, call.clone()),
			Err(TransactionValidityError::Invalid(_))
		));
		assert!(!pallet_patients::PseudonymOf::<Runtime>::contains_key(account(&stranger)));

		// With tokens it pays the normal fee, and registering does not refund it.
		let funded = Bob.pair();
		let before = free_balance(&Bob.to_account_id());
		assert_eq!(apply(&funded, call), Ok(Ok(())));
		assert!(free_balance(&Bob.to_account_id()) < before);
		assert!(!pallet_free_tier::Usage::<Runtime>::contains_key(Bob.to_account_id()));
	});
}

#[test]
fn only_medchain_calls_are_free() {
	new_test_ext("development").execute_with(|| {
		let Hospital { doctor, .. } = hospital();
		// A registered practitioner with no tokens cannot send a remark or a batch for free.
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		assert_eq!(
			apply(&doctor, remark),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		let batch = RuntimeCall::Utility(pallet_utility::Call::batch {
			calls: vec![RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
				key: key(9),
			})],
		});
		assert_eq!(
			apply(&doctor, batch),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
	});
}

#[test]
fn spam_from_one_account_stays_bounded() {
	new_test_ext("development").execute_with(|| {
		let Hospital { doctor, .. } = hospital();
		let mut included = 0u32;
		let mut refused = 0u32;
		for i in 0..(FREE_CALLS_PER_WINDOW + 50) {
			let call = RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
				key: key(10 + (i % 2) as u8),
			});
			match apply(&doctor, call) {
				Ok(_) => included += 1,
				Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)) => refused += 1,
				Err(other) => panic!("unexpected refusal {other:?}"),
			}
		}
		assert_eq!(included, FREE_CALLS_PER_WINDOW);
		assert_eq!(refused, 50);
		// Refused transactions changed nothing: not even the nonce.
		assert_eq!(System::account_nonce(account(&doctor)), FREE_CALLS_PER_WINDOW);

		// The next window brings the quota back.
		let window = pallet_free_tier::CurrentQuota::<Runtime>::get().unwrap().window;
		run_to_block(System::block_number() + window);
		let call =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(99) });
		assert_eq!(apply(&doctor, call), Ok(Ok(())));
	});
}

#[test]
fn suspension_ends_the_free_path_at_once() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			account(&org).into(),
			Status::Suspended
		));
		assert!(!Providers::is_active_actor(&account(&doctor)));
		let call =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(9) });
		assert_eq!(
			apply(&doctor, call),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		// And a suspended organization's practitioner cannot register patients even when paying.
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			account(&doctor).into(),
			medchain_runtime::UNIT
		));
		let patient = pair("patient");
		assert_eq!(
			register_for(&doctor, &patient, H256::repeat_byte(5)),
			Ok(Err(pallet_patients::Error::<Runtime>::NotPractitioner.into()))
		);
	});
}

#[test]
fn a_council_motion_registers_an_organization() {
	new_test_ext("development").execute_with(|| {
		let lab = pair("laboratory");
		let call = RuntimeCall::Providers(pallet_providers::Call::register_organization {
			organization: account(&lab).into(),
			kind: OrganizationKind::Laboratory,
			encryption_key: key(4),
			credential: H256::repeat_byte(4),
		});
		council_motion(
			&Alice.to_account_id(),
			2,
			call,
			&[Alice.to_account_id(), Bob.to_account_id()],
		);
		assert!(Providers::is_active_organization(&account(&lab)));
		// A single council member is not governance.
		let clinic = pair("clinic");
		let call = RuntimeCall::Providers(pallet_providers::Call::register_organization {
			organization: account(&clinic).into(),
			kind: OrganizationKind::Clinic,
			encryption_key: key(5),
			credential: H256::repeat_byte(5),
		});
		council_motion(&Charlie.to_account_id(), 1, call, &[]);
		assert!(Providers::organization(&account(&clinic)).is_none());
	});
}

#[test]
fn erasure_through_the_runtime() {
	new_test_ext("development").execute_with(|| {
		let Hospital { doctor, .. } = hospital();
		let patient = pair("patient");
		let pseudonym = H256::repeat_byte(0x43);
		assert_eq!(register_for(&doctor, &patient, pseudonym), Ok(Ok(())));
		let call = RuntimeCall::Patients(pallet_patients::Call::deregister {});
		assert_eq!(apply(&patient, call), Ok(Ok(())));
		assert!(Patients::is_erased(&pseudonym));
		assert_eq!(Patients::owner_of(&pseudonym), None);
		// The account no longer exists (its only reference was the registration).
		assert!(!frame_system::Account::<Runtime>::contains_key(account(&patient)));
		// The pseudonym cannot be taken again.
		let other = pair("other");
		assert_eq!(
			register_for(&doctor, &other, pseudonym),
			Ok(Err(pallet_patients::Error::<Runtime>::PseudonymErased.into()))
		);
	});
}
