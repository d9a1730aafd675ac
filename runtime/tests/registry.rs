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
use pallet_free_tier::FREE_QUOTA_EXHAUSTED;
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
		let call = add_guardian_call(&guardian, pseudonym);
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
				Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
					FREE_QUOTA_EXHAUSTED,
				))) => refused += 1,
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

/// A suspended practitioner who is also a patient loses the free path for every call a
/// provider could make, and keeps it for its own patient calls.
#[test]
fn a_suspended_practitioner_who_is_a_patient_pays_except_as_patient() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		let (_, gp) = organization_with_staff(
			"clinic",
			OrganizationKind::Clinic,
			"gp",
			PractitionerRole::Physician,
			20,
		);
		let pseudonym = H256::repeat_byte(0x44);
		assert_eq!(register_for(&gp, &doctor, pseudonym), Ok(Ok(())));
		let suspend = RuntimeCall::Providers(pallet_providers::Call::set_practitioner_status {
			practitioner: account(&doctor).into(),
			status: Status::Suspended,
		});
		assert_eq!(apply(&org, suspend), Ok(Ok(())));
		let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::Payment));
		// A provider's call, and a call either could make (here an anchor for itself).
		let provider_call =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(9) });
		assert_eq!(apply(&doctor, provider_call), refused);
		let anchor = anchor_call(pseudonym);
		assert_eq!(apply(&doctor, anchor), refused);
		// Its own patient calls stay free.
		let patient_call =
			RuntimeCall::Patients(pallet_patients::Call::rotate_encryption_key { key: key(8) });
		assert_eq!(apply(&doctor, patient_call), Ok(Ok(())));
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
		// The first erasure steps of every pallet fit in a third of a normal extrinsic's
		// weight (the rest goes in `on_idle`).
		let declared =
			frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call).call_weight;
		let limit = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_extrinsic
			.expect("normal extrinsics are bounded");
		assert!(declared.all_lte(limit / 3), "deregister declares {declared:?} of {limit:?}");
		assert_eq!(apply(&patient, call), Ok(Ok(())));
		assert!(Patients::is_erased(&pseudonym));
		assert_eq!(Patients::owner_of(&pseudonym), None);
		// The account stays, with its nonce (one), so that nothing it signed can be replayed.
		assert_eq!(System::account_nonce(account(&patient)), 1);
		assert!(frame_system::Account::<Runtime>::contains_key(account(&patient)));
		// The pseudonym cannot be taken again.
		let other = pair("other");
		assert_eq!(
			register_for(&doctor, &other, pseudonym),
			Ok(Err(pallet_patients::Error::<Runtime>::PseudonymErased.into()))
		);
	});
}

/// The registration payload the client builds (`client/src/medchain.ts`,
/// `registrationPayload`, and its unit test with the same inputs): context, genesis hash,
/// registrar, deadline (little-endian u32), pseudonym, key, policy.
#[test]
fn the_registration_payload_has_the_layout_the_client_signs() {
	let registrar = medchain_runtime::AccountId::from([0x44; 32]);
	let payload = pallet_patients::registration_payload(
		&H256::repeat_byte(0x11),
		&registrar,
		&0x0102_0304u32,
		&H256::repeat_byte(0x22),
		&medchain_primitives::EncryptionKey([3; 32]),
		&medchain_primitives::EmergencyPolicy { allowed: true, required_approvals: 2 },
	);
	let context = b"medchain/patients/register-for/v2";
	let mut expected = vec![(context.len() as u8) << 2];
	expected.extend_from_slice(context);
	expected.extend_from_slice(&[0x11; 32]);
	expected.extend_from_slice(&[0x44; 32]);
	expected.extend_from_slice(&[4, 3, 2, 1]);
	expected.extend_from_slice(&[0x22; 32]);
	expected.extend_from_slice(&[3; 32]);
	expected.extend_from_slice(&[1, 2]);
	assert_eq!(payload, expected);
}

/// A consent names its registrar and a deadline: another practitioner who saw it in the pool
/// cannot use it, and it is worthless after its deadline.
#[test]
fn a_front_run_or_old_registration_consent_is_refused() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		let nurse = pair("front-runner");
		let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
			practitioner: account(&nurse).into(),
			role: PractitionerRole::Nurse,
			encryption_key: key(9),
			credential: H256::repeat_byte(9),
		});
		assert_eq!(apply(&org, call), Ok(Ok(())));
		let patient = pair("patient");
		let pseudonym = H256::repeat_byte(0x42);
		let deadline = consent_deadline();
		let signature = consent(&patient, &doctor, deadline, pseudonym, key(3));
		let register = |signature| {
			RuntimeCall::Patients(pallet_patients::Call::register_for {
				patient: account(&patient).into(),
				pseudonym,
				encryption_key: key(3),
				emergency_policy: policy(),
				deadline,
				signature,
			})
		};
		let error = |e: pallet_patients::Error<Runtime>| -> sp_runtime::DispatchError { e.into() };
		assert_eq!(
			apply(&nurse, register(signature.clone())),
			Ok(Err(error(pallet_patients::Error::BadSignature)))
		);
		run_to_block(deadline + 1);
		assert_eq!(
			apply(&doctor, register(signature)),
			Ok(Err(error(pallet_patients::Error::ConsentExpired)))
		);
		assert!(pallet_patients::Patients::<Runtime>::get(pseudonym).is_none());
	});
}

/// A guardian's saved transaction cannot be replayed after the guardian is removed and named
/// again: the account keeps its nonce.
#[test]
fn a_removed_guardians_old_transaction_is_stale() {
	use medchain_runtime::{signing::signed_extrinsic, Executive};
	new_test_ext("development").execute_with(|| {
		let (Hospital { doctor, .. }, patient, pseudonym) = hospital_with_patient();
		let guardian = pair("guardian");
		let add = add_guardian_call(&guardian, pseudonym);
		assert_eq!(apply(&patient, add.clone()), Ok(Ok(())));
		let grant = grant_call(pseudonym, &doctor, medchain_primitives::Permission::Read);
		let id = pallet_consent::NextGrantId::<Runtime>::get();
		let saved = signed_extrinsic(&guardian, grant, 0, chain_context());
		assert_eq!(Executive::apply_extrinsic(saved.clone()), Ok(Ok(())));
		let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: id });
		assert_eq!(apply(&guardian, revoke), Ok(Ok(())));
		let remove = RuntimeCall::Patients(pallet_patients::Call::remove_guardian {
			patient: pseudonym,
			guardian: account(&guardian).into(),
		});
		assert_eq!(apply(&patient, remove), Ok(Ok(())));
		// The first acceptance was signed at nonce 0: it cannot name the guardian again.
		assert_eq!(
			apply(&patient, add),
			Ok(Err(pallet_patients::Error::<Runtime>::BadAcceptance.into()))
		);
		assert_eq!(apply(&patient, add_guardian_call(&guardian, pseudonym)), Ok(Ok(())));
		assert_eq!(System::account_nonce(account(&guardian)), 2);
		assert_eq!(
			Executive::apply_extrinsic(saved),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert!(
			pallet_consent::ActiveGrants::<Runtime>::get(pseudonym, account(&doctor)).is_empty()
		);
	});
}

/// The pool refuses an immortal transaction, with the runtime's own reason.
#[test]
fn an_immortal_transaction_is_refused() {
	use medchain_runtime::{
		mortal_era::IMMORTAL_TRANSACTION, signing::signed_extrinsic_in_era, Executive,
	};
	use sp_runtime::{generic::Era, transaction_validity::TransactionSource};
	new_test_ext("development").execute_with(|| {
		let Hospital { doctor, .. } = hospital();
		let call =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(9) });
		let nonce = System::account_nonce(account(&doctor));
		let immortal =
			signed_extrinsic_in_era(&doctor, call.clone(), nonce, chain_context(), Era::Immortal);
		let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
			IMMORTAL_TRANSACTION,
		)));
		assert_eq!(
			Executive::validate_transaction(
				TransactionSource::External,
				immortal.clone(),
				System::block_hash(0),
			)
			.map(|_| ()),
			refused
		);
		assert_eq!(Executive::apply_extrinsic(immortal).map(|_| ()), refused);
		// Mortal, the same call is valid; past its era it is stale.
		let checkpoint = (0, System::block_hash(0));
		let chain = medchain_runtime::signing::ChainContext::for_this_runtime(
			System::block_hash(0),
			checkpoint,
		);
		let mortal = medchain_runtime::signing::signed_extrinsic(&doctor, call, nonce, chain);
		set_block(System::block_number() + medchain_runtime::signing::MORTAL_PERIOD as u32);
		assert!(Executive::apply_extrinsic(mortal).is_err());
	});
}

/// Failing free calls are charged what they did, not their worst case, and count twice
/// against the quota: 25 failing revocations from one account in one block take less than
/// 5 % of the block's normal weight, and an honest anchor still fits.
#[test]
fn failing_free_calls_do_not_fill_blocks() {
	use frame_support::dispatch::DispatchClass;
	new_test_ext("development").execute_with(|| {
		let (Hospital { doctor, .. }, patient, pseudonym) = hospital_with_patient();
		let grant = grant_call(pseudonym, &doctor, medchain_primitives::Permission::ReadWrite);
		assert_eq!(apply(&patient, grant), Ok(Ok(())));
		let normal = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(DispatchClass::Normal)
			.max_total
			.expect("the normal class is bounded");
		let before = *System::block_weight().get(DispatchClass::Normal);
		let quota_before = FreeTier::remaining(&account(&patient));
		let bogus = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: 999 });
		for _ in 0..25 {
			assert_eq!(
				apply(&patient, bogus.clone()),
				Ok(Err(pallet_consent::Error::<Runtime>::GrantNotFound.into()))
			);
		}
		let used = System::block_weight().get(DispatchClass::Normal).saturating_sub(before);
		assert!(
			used.ref_time() < normal.ref_time() / 20,
			"25 failing calls used {used:?} of {normal:?}"
		);
		// Each failure counted twice.
		assert_eq!(FreeTier::remaining(&account(&patient)), quota_before - 50);
		let anchor = anchor_call(pseudonym);
		assert_eq!(apply(&doctor, anchor), Ok(Ok(())));
	});
}

/// An anchor of a lab result for `pseudonym` (a CIDv1, raw, sha2-256).
fn anchor_call(pseudonym: H256) -> RuntimeCall {
	let mut cid = vec![0x01, 0x55, 0x12, 0x20];
	cid.extend_from_slice(&[0xab; 32]);
	RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient: pseudonym,
		content_hash: H256::repeat_byte(1),
		cid: frame_support::BoundedVec::truncate_from(cid),
		kind: medchain_primitives::RecordKind::LabResult,
		patient_envelope: frame_support::BoundedVec::truncate_from(vec![7; 92]),
	})
}

/// A treatment grant on all of `pseudonym`'s records to `to`.
fn grant_call(
	pseudonym: H256,
	to: &sp_core::sr25519::Pair,
	permission: medchain_primitives::Permission,
) -> RuntimeCall {
	RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(to),
		scope: medchain_primitives::Scope::AllRecords,
		permission,
		purpose: medchain_primitives::Purpose::Treatment,
		expires_at: None,
	})
}

/// The free-Sybil loop is closed: nobody becomes a guardian without signing an acceptance, and
/// a guardian-only account cannot register itself as a patient for free (so it cannot name
/// the next guardian, and so on).
#[test]
fn the_guardian_loop_mints_no_free_patients() {
	new_test_ext("development").execute_with(|| {
		let (_, patient, pseudonym) = hospital_with_patient();

		// Naming an account without its acceptance (here signed by the patient's own key).
		let victim = pair("victim");
		let forged = match add_guardian_call(&patient, pseudonym) {
			RuntimeCall::Patients(pallet_patients::Call::add_guardian {
				deadline,
				acceptance,
				..
			}) => RuntimeCall::Patients(pallet_patients::Call::add_guardian {
				guardian: account(&victim).into(),
				deadline,
				acceptance,
			}),
			_ => unreachable!("add_guardian_call builds add_guardian"),
		};
		assert_eq!(
			apply(&patient, forged),
			Ok(Err(pallet_patients::Error::<Runtime>::BadAcceptance.into()))
		);
		assert!(!Patients::is_active_actor(&account(&victim)));

		// An accepting guardian may act for the patient for free, but not register itself.
		let guardian = pair("guardian");
		assert_eq!(apply(&patient, add_guardian_call(&guardian, pseudonym)), Ok(Ok(())));
		let register = RuntimeCall::Patients(pallet_patients::Call::register {
			pseudonym: H256::repeat_byte(0x43),
			encryption_key: key(4),
			emergency_policy: policy(),
		});
		assert_eq!(
			apply(&guardian, register),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		assert_eq!(Patients::patient_of(&account(&guardian)), None);
		let policy_call = RuntimeCall::Patients(pallet_patients::Call::set_emergency_policy {
			patient: pseudonym,
			policy: EmergencyPolicy { allowed: false, required_approvals: 2 },
		});
		assert_eq!(apply(&guardian, policy_call), Ok(Ok(())));
		assert_eq!(free_balance(&account(&guardian)), 0);
	});
}

/// `register_for` is bounded per practitioner and per organization per window, with signed
/// extrinsics from token-less practitioners.
#[test]
fn register_for_is_bounded_per_practitioner_and_per_organization() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		let limits = pallet_patients::RegistrationLimits {
			per_practitioner: 2,
			per_organization: 3,
			window: 20,
		};
		assert_ok!(Patients::set_registration_limits(RuntimeOrigin::root(), limits));
		let nurse = pair("nurse");
		let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
			practitioner: account(&nurse).into(),
			role: PractitionerRole::Nurse,
			encryption_key: key(5),
			credential: H256::repeat_byte(5),
		});
		assert_eq!(apply(&org, call), Ok(Ok(())));
		let patient = |i: u8| (pair(&format!("patient-{i}")), H256::repeat_byte(0x60 + i));
		let limit = |e: pallet_patients::Error<Runtime>| Ok(Err(e.into()));
		for i in 0..2 {
			let (p, id) = patient(i);
			assert_eq!(register_for(&doctor, &p, id), Ok(Ok(())));
		}
		let (p, id) = patient(2);
		assert_eq!(
			register_for(&doctor, &p, id),
			limit(pallet_patients::Error::PractitionerRegistrationLimit)
		);
		assert_eq!(register_for(&nurse, &p, id), Ok(Ok(())));
		let (p, id) = patient(3);
		assert_eq!(
			register_for(&nurse, &p, id),
			limit(pallet_patients::Error::OrganizationRegistrationLimit)
		);
		assert_eq!(Patients::patient_of(&account(&p)), None);
		// The window ends 20 blocks after the hospital's first registration (block 1).
		set_block(21);
		assert_eq!(register_for(&nurse, &p, id), Ok(Ok(())));
		for who in [&doctor, &nurse] {
			assert_eq!(free_balance(&account(who)), 0);
		}
	});
}

/// However many practitioners an organization registers, they and the organization together
/// send at most the shared quota of free transactions per window.
#[test]
fn an_organizations_staff_share_one_free_quota() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		assert_ok!(FreeTier::set_shared_quota(RuntimeOrigin::root(), 6, 100));
		// The hospital registers a second practitioner: the second free call of the hospital's
		// shared window (the first registered the physician).
		let nurse = pair("nurse");
		let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
			practitioner: account(&nurse).into(),
			role: PractitionerRole::Nurse,
			encryption_key: key(5),
			credential: H256::repeat_byte(5),
		});
		assert_eq!(apply(&org, call), Ok(Ok(())));
		let rotate = |seed| {
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(seed) })
		};
		for seed in 10..13 {
			assert_eq!(apply(&doctor, rotate(seed)), Ok(Ok(())));
		}
		assert_eq!(apply(&nurse, rotate(20)), Ok(Ok(())));
		assert_eq!(FreeTier::shared_remaining(&account(&org)), Some(0));
		// Each still has quota of its own, but the hospital's is spent: without tokens they
		// cannot send more.
		for who in [&doctor, &nurse, &org] {
			assert!(FreeTier::remaining(&account(who)) > 0);
			assert_eq!(
				apply(who, rotate(30)),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
					FREE_QUOTA_EXHAUSTED
				)))
			);
		}
		// A patient's own calls do not draw on any organization.
		let patient = pair("patient");
		let pseudonym = H256::repeat_byte(0x42);
		set_block(101);
		assert_eq!(register_for(&doctor, &patient, pseudonym), Ok(Ok(())));
		let own =
			RuntimeCall::Patients(pallet_patients::Call::rotate_encryption_key { key: key(40) });
		assert_eq!(apply(&patient, own), Ok(Ok(())));
		assert_eq!(FreeTier::shared_remaining(&account(&org)), Some(5));
	});
}

/// A request the patient never answers expires after a week, and its record is deleted 30
/// days later, by signed, token-less transactions of anyone registered.
#[test]
fn unanswered_requests_expire_and_old_ones_are_deleted() {
	use medchain_runtime::configs::{RequestLifetime, RequestRetention};
	new_test_ext("development").execute_with(|| {
		let (Hospital { doctor, .. }, patient, pseudonym) = hospital_with_patient();
		let ask = RuntimeCall::Consent(pallet_consent::Call::request_access {
			patient: pseudonym,
			scope: medchain_primitives::Scope::AllRecords,
			permission: medchain_primitives::Permission::Read,
			purpose: medchain_primitives::Purpose::Treatment,
			duration: 100,
			research: None,
		});
		assert_eq!(apply(&doctor, ask), Ok(Ok(())));
		let clean = RuntimeCall::Consent(pallet_consent::Call::clean_requests {
			patient: pseudonym,
			limit: 64,
		});
		set_block(System::block_number() + RequestLifetime::get());
		let approve = RuntimeCall::Consent(pallet_consent::Call::approve_request { request: 0 });
		assert_eq!(
			apply(&patient, approve),
			Ok(Err(pallet_consent::Error::<Runtime>::RequestExpired.into()))
		);
		assert_eq!(apply(&doctor, clean.clone()), Ok(Ok(())));
		assert_eq!(
			pallet_consent::Requests::<Runtime>::get(0).map(|r| r.status),
			Some(pallet_consent::RequestStatus::Expired)
		);
		set_block(System::block_number() + RequestRetention::get());
		assert_eq!(apply(&patient, clean), Ok(Ok(())));
		assert!(pallet_consent::Requests::<Runtime>::get(0).is_none());
		assert_eq!(free_balance(&account(&patient)), 0);
	});
}

/// Every call of MedChain's pallets that no registered actor's signature can pass (it fails
/// with `BadOrigin` for an organization, a practitioner and a patient alike) is governance's
/// alone, and is never free: a registered account without tokens cannot send one, so it
/// cannot fill blocks with calls that can only fail. Every call is found by decoding each
/// call index with zeroed arguments, so a governance call added later is checked too.
#[test]
fn calls_only_governance_can_make_are_never_free() {
	use codec::Decode;
	use frame_support::storage::{with_transaction, TransactionOutcome};
	use sp_runtime::{traits::Dispatchable, DispatchError};
	new_test_ext("development").execute_with(|| {
		let (Hospital { org, doctor }, patient, _) = hospital_with_patient();
		let signers = [&org, &doctor, &patient];
		let pallets = [
			("Upgrades", 13u8),
			("Peering", 14),
			("Providers", 20),
			("Patients", 21),
			("Records", 22),
			("Consent", 23),
			("Emergency", 24),
		];
		let mut governance_only = Vec::new();
		let mut calls = 0;
		for (name, pallet) in pallets {
			for index in 0..=u8::MAX {
				let bytes = [&[pallet, index][..], &[0u8; 4096]].concat();
				let Ok(call) = RuntimeCall::decode(&mut &bytes[..]) else { continue };
				calls += 1;
				let refused_to_all = signers.iter().all(|signer| {
					let result = with_transaction(|| {
						let result = call.clone().dispatch(RuntimeOrigin::signed(account(signer)));
						TransactionOutcome::Rollback(Ok::<_, DispatchError>(result))
					})
					.expect("rolled back");
					matches!(result, Err(e) if e.error == DispatchError::BadOrigin)
				});
				if !refused_to_all {
					continue;
				}
				governance_only.push(format!("{name}#{index}"));
				for signer in signers {
					assert_eq!(
						apply(signer, call.clone()),
						Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
						"{name} call #{index} is governance's alone but free for a registered actor"
					);
				}
			}
		}
		println!("{calls} MedChain calls; governance's alone: {governance_only:?}");
		// The upgrade authorization, the well-known nodes and the peering mode, the providers'
		// four governance calls, the registration limits and the emergency authorities'
		// three: the check above had something to check.
		assert_eq!(governance_only.len(), 11, "{governance_only:?}");
	});
}
