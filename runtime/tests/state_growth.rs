//! What accounts without tokens can write to the state, through real signed extrinsics: each
//! free transaction counts against a state quota at the most its call can write
//! (`configs::state_growth`), and the quota bounds what a patient, a practitioner and an
//! organization with its staff write per day. (Every runtime test's `apply` also checks each
//! MedChain transaction's growth against what it was counted for.)

mod common;

use common::{actors::*, *};
use frame_support::{assert_ok, BoundedVec};
use medchain_primitives::{FreeCallEligibility, PractitionerRole, RecordKind};
use medchain_runtime::{
	configs::{
		FreeCalls, FREE_STATE_PER_ORGANIZATION, FREE_STATE_PER_PATIENT, FREE_STATE_PER_PROVIDER,
		FREE_STATE_WINDOW, MAX_ENVELOPE_LENGTH,
	},
	FreeTier, RuntimeCall, RuntimeOrigin, System,
};
use sp_core::{sr25519, H256};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

/// A call the free tier covers, refused because the quota is spent and the sender cannot pay.
const QUOTA_SPENT: TransactionValidityError = TransactionValidityError::Invalid(
	InvalidTransaction::Custom(pallet_free_tier::FREE_QUOTA_EXHAUSTED),
);

/// The largest anchor: a sha2-512 CID and the longest envelope.
fn anchor(patient: H256, seed: u8) -> RuntimeCall {
	RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient,
		content_hash: H256::repeat_byte(seed),
		cid: BoundedVec::truncate_from([vec![0x01, 0x55, 0x13, 0x40], vec![seed; 64]].concat()),
		kind: RecordKind::LabResult,
		patient_envelope: BoundedVec::truncate_from(vec![seed; MAX_ENVELOPE_LENGTH as usize]),
	})
}

fn rotate_key(seed: u8) -> RuntimeCall {
	RuntimeCall::Patients(pallet_patients::Call::rotate_encryption_key { key: key(seed) })
}

fn growth(call: &RuntimeCall) -> u32 {
	FreeCalls::state_growth(call)
}

fn lasting() -> std::collections::BTreeMap<Vec<u8>, usize> {
	lasting_state(usize::MAX).expect("no limit")
}

/// The figures the README's bound table gives, printed; and the defaults leave room for a
/// day's honest work: every call fits its allowance many times over.
#[test]
fn the_default_state_quota_fits_a_days_work() {
	new_test_ext("development").execute_with(|| {
		let patient = H256::repeat_byte(0x42);
		let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient,
			grantee: account(&pair("doctor")),
			scope: medchain_primitives::Scope::AllRecords,
			permission: medchain_primitives::Permission::Read,
			purpose: medchain_primitives::Purpose::Treatment,
			expires_at: None,
		});
		let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant: 0 });
		let receipt = RuntimeCall::Consent(pallet_consent::Call::submit_read_receipt { record: 0 });
		let (anchor, grant, revoke, receipt, rotate) = (
			growth(&anchor(patient, 1)),
			growth(&grant),
			growth(&revoke),
			growth(&receipt),
			growth(&rotate_key(1)),
		);
		println!(
			"counted growth: anchor {anchor} B, grant {grant} B, revocation {revoke} B, read \
			 receipt {receipt} B, key rotation {rotate} B; per day: {} anchors per provider, \
			 {} per organization, {} grants or {} revocations per patient",
			FREE_STATE_PER_PROVIDER / anchor,
			FREE_STATE_PER_ORGANIZATION / anchor,
			FREE_STATE_PER_PATIENT / grant,
			FREE_STATE_PER_PATIENT / revoke,
		);
		assert!(FREE_STATE_PER_PROVIDER / anchor >= 2_000, "a laboratory's day of results fits");
		assert!(FREE_STATE_PER_PATIENT / revoke >= 30, "a patient's day of consent changes fits");
		// Patients' calls at their largest fit a patient's allowance.
		let key_set = RuntimeCall::Emergency(pallet_emergency::Call::set_emergency_key {
			patient,
			key: key(1),
			threshold: 2,
			shares: BoundedVec::new(),
		});
		assert!(growth(&key_set) < FREE_STATE_PER_PATIENT / 8);
		// The state quota at genesis is the one stated.
		assert_eq!(
			FreeTier::bytes_remaining(&account(&pair("anyone")), false),
			Some(FREE_STATE_PER_PATIENT)
		);
		assert_eq!(
			FreeTier::bytes_remaining(&account(&pair("anyone")), true),
			Some(FREE_STATE_PER_PROVIDER)
		);
		assert_eq!(
			pallet_free_tier::CurrentStateQuota::<medchain_runtime::Runtime>::get()
				.map(|q| q.window),
			Some(FREE_STATE_WINDOW)
		);
	});
}

/// A patient without tokens writes at most its allowance per window: once its calls would go
/// over, they are refused (it cannot pay) and change nothing; the next window it writes again.
#[test]
fn a_patients_free_writes_stop_at_the_state_quota() {
	new_test_ext("development").execute_with(|| {
		let (_hospital, patient, _) = hospital_with_patient();
		let per_rotation = growth(&rotate_key(1));
		let allowance = 10 * per_rotation + per_rotation / 2;
		assert_ok!(FreeTier::set_state_quota(
			RuntimeOrigin::root(),
			allowance,
			1 << 20,
			1 << 20,
			50
		));
		run_to_block(System::block_number() + 50);
		let start = lasting();
		for seed in 0..10 {
			assert_eq!(apply(&patient, rotate_key(10 + seed)), Ok(Ok(())));
		}
		let written = grown_since(&start);
		assert!(written > 0 && written <= u64::from(allowance), "{written} bytes written");
		let before = lasting();
		assert_eq!(apply(&patient, rotate_key(30)), Err(QUOTA_SPENT));
		assert_eq!(lasting(), before, "a refused transaction writes nothing");
		// The next window brings the allowance back.
		run_to_block(System::block_number() + 50);
		assert_eq!(apply(&patient, rotate_key(31)), Ok(Ok(())));
	});
}

/// A practitioner's anchors stop at the providers' allowance; an organization's staff
/// together stop at the organization's, however many practitioners it registers.
#[test]
fn providers_free_writes_stop_at_their_own_and_their_organizations_quota() {
	new_test_ext("development").execute_with(|| {
		let (hospital, patient, pseudonym) = hospital_with_patient();
		let nurse = pair("nurse");
		let register = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
			practitioner: account(&nurse).into(),
			role: PractitionerRole::Nurse,
			encryption_key: key(9),
			credential: H256::repeat_byte(9),
		});
		assert_eq!(apply(&hospital.org, register), Ok(Ok(())));
		for grantee in [&hospital.doctor, &nurse] {
			let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
				patient: pseudonym,
				grantee: account(grantee),
				scope: medchain_primitives::Scope::AllRecords,
				permission: medchain_primitives::Permission::ReadWrite,
				purpose: medchain_primitives::Purpose::Treatment,
				expires_at: None,
			});
			assert_eq!(apply(&patient, grant), Ok(Ok(())));
		}
		let per_anchor = growth(&anchor(pseudonym, 1));
		// Three anchors each; five for the organization.
		assert_ok!(FreeTier::set_state_quota(
			RuntimeOrigin::root(),
			1 << 20,
			3 * per_anchor,
			5 * per_anchor,
			50,
		));
		// What the setup wrote counts in the current window; start with fresh ones.
		run_to_block(System::block_number() + 50);
		let start = lasting();
		let mut seed = 1u8;
		let mut anchor_as = |who: &sr25519::Pair| {
			seed += 1;
			apply(who, anchor(pseudonym, seed))
		};
		for _ in 0..3 {
			assert_eq!(anchor_as(&hospital.doctor), Ok(Ok(())));
		}
		assert_eq!(anchor_as(&hospital.doctor), Err(QUOTA_SPENT), "over the practitioner's own");
		for _ in 0..2 {
			assert_eq!(anchor_as(&nurse), Ok(Ok(())));
		}
		assert_eq!(anchor_as(&nurse), Err(QUOTA_SPENT), "over the organization's");
		assert_eq!(FreeTier::shared_bytes_remaining(&account(&hospital.org)), Some(0));
		let written = grown_since(&start);
		assert!(written <= u64::from(5 * per_anchor), "{written} bytes for five anchors");
		println!("five largest anchors wrote {written} bytes; counted {}", 5 * per_anchor);
	});
}

/// The entry sizes the count is made of agree with what FRAME's storage info says, for each
/// kind of storage item.
#[test]
fn entry_sizes_agree_with_frames_storage_info() {
	use frame_support::traits::StorageInfoTrait;
	use medchain_runtime::{configs::entry, Runtime};
	fn info<S: StorageInfoTrait>() -> u32 {
		S::storage_info()[0].max_size.expect("bounded") + 32
	}
	assert_eq!(
		entry::<pallet_records::NextRecordId<Runtime>>(),
		info::<pallet_records::NextRecordId<Runtime>>()
	);
	assert_eq!(
		entry::<pallet_records::Records<Runtime>>(),
		info::<pallet_records::Records<Runtime>>()
	);
	assert_eq!(
		entry::<pallet_consent::AuditLog<Runtime>>(),
		info::<pallet_consent::AuditLog<Runtime>>()
	);
	assert_eq!(
		entry::<pallet_records::StaffShares<Runtime>>(),
		info::<pallet_records::StaffShares<Runtime>>()
	);
	assert_eq!(entry::<frame_system::Account<Runtime>>(), info::<frame_system::Account<Runtime>>());
}

/// A chain started before the shared and state quotas existed gets the defaults with the
/// runtime upgrade; one that has its own keeps them.
#[test]
fn an_upgrade_sets_the_quotas_a_chain_started_without_them() {
	use frame_support::traits::OnRuntimeUpgrade;
	use medchain_runtime::{
		configs::{default_shared_quota, default_state_quota, SetDefaultQuotas},
		Runtime,
	};
	new_test_ext("development").execute_with(|| {
		pallet_free_tier::SharedQuota::<Runtime>::kill();
		pallet_free_tier::CurrentStateQuota::<Runtime>::kill();
		SetDefaultQuotas::on_runtime_upgrade();
		assert_eq!(pallet_free_tier::SharedQuota::<Runtime>::get(), Some(default_shared_quota()));
		assert_eq!(
			pallet_free_tier::CurrentStateQuota::<Runtime>::get(),
			Some(default_state_quota())
		);
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 1, 2, 3, 4));
		SetDefaultQuotas::on_runtime_upgrade();
		assert_eq!(
			pallet_free_tier::CurrentStateQuota::<Runtime>::get().map(|q| q.per_provider),
			Some(2)
		);
	});
}
