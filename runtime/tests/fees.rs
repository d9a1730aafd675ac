//! Fees and priority at the runtime level: paid transactions get dearer when blocks are full
//! (by weight or by length), a tip always pays, and break-glass goes before everything else in
//! the pool.

mod common;

use common::{actors::*, *};
use frame_support::{assert_ok, dispatch::DispatchClass, weights::Weight};
use medchain_primitives::{OrganizationKind, PractitionerRole};
use medchain_runtime::{
	configs::{CongestionMultiplier, RuntimeBlockLength, RuntimeBlockWeights},
	Emergency, Executive, FreeTier, Runtime, RuntimeCall, RuntimeOrigin, System,
	TransactionPayment,
};
use pallet_free_tier::URGENT_PRIORITY;
use pallet_transaction_payment::Multiplier;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::Bob;
use sp_runtime::{
	traits::{Convert, One},
	transaction_validity::{TransactionPriority, TransactionSource},
	FixedPointNumber,
};

/// The multiplier after `blocks` blocks each filled to `weight` of the normal class (and
/// nothing else), from `start`.
fn after(blocks: u32, start: Multiplier, weight: Weight, length: u32) -> Multiplier {
	let mut m = start;
	for _ in 0..blocks {
		System::set_block_consumed_resources(weight, length as usize);
		m = CongestionMultiplier::convert(m);
	}
	m
}

fn normal_limits() -> (Weight, u32) {
	let weight = RuntimeBlockWeights::get()
		.get(DispatchClass::Normal)
		.max_total
		.expect("the normal class is bounded");
	(weight, *RuntimeBlockLength::get().max.get(DispatchClass::Normal))
}

#[test]
fn full_blocks_raise_the_fee_multiplier_as_the_fee_model_says() {
	new_test_ext("development").execute_with(|| {
		let (full, full_length) = normal_limits();
		let one = Multiplier::one();
		// Full by weight: twice the price after 19 blocks, 1,000 times after 185.
		assert!(after(18, one, full, 0) < Multiplier::saturating_from_integer(2));
		assert!(after(19, one, full, 0) >= Multiplier::saturating_from_integer(2));
		assert!(after(184, one, full, 0) < Multiplier::saturating_from_integer(1_000));
		assert!(after(185, one, full, 0) >= Multiplier::saturating_from_integer(1_000));
		// Full by length only (big remarks of tiny weight): the same.
		assert_eq!(after(19, one, Weight::zero(), full_length), after(19, one, full, 0));
		// At the target (a quarter full) it stays; below it falls (halving in 56 empty
		// blocks), never under 1.
		let ten = Multiplier::saturating_from_integer(10);
		assert_eq!(after(5, ten, full / 4, 0), ten);
		let five = Multiplier::saturating_from_integer(5);
		assert!(after(55, ten, Weight::zero(), 0) > five);
		assert!(after(56, ten, Weight::zero(), 0) < five);
		assert_eq!(after(10_000, ten, Weight::zero(), 0), one);
	});
}

#[test]
fn a_block_filled_with_paid_remarks_makes_the_next_fee_higher() {
	new_test_ext("development").execute_with(|| {
		run_to_block(1);
		let remark =
			|n: usize| RuntimeCall::System(frame_system::Call::remark { remark: vec![7; n] });
		let fee_before = TransactionPayment::compute_fee(
			100,
			&frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&remark(100)),
			0,
		);
		// Bob (funded) fills most of the block by length: 3 MiB of remarks.
		for _ in 0..48 {
			assert_ok!(apply(&Bob.pair(), remark(64 * 1024)).expect("valid"));
		}
		<pallet_transaction_payment::Pallet<Runtime> as frame_support::traits::Hooks<_>>::on_finalize(1);
		let multiplier = pallet_transaction_payment::NextFeeMultiplier::<Runtime>::get();
		assert!(multiplier > Multiplier::one(), "{multiplier:?}");
		let fee_after = TransactionPayment::compute_fee(
			100,
			&frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&remark(100)),
			0,
		);
		assert!(fee_after > fee_before);
	});
}

/// A byte costs about what a picosecond of weight does at block scale: a block full by
/// length costs about as much as one full by weight.
#[test]
fn filling_blocks_by_length_costs_as_much_as_by_weight() {
	new_test_ext("development").execute_with(|| {
		let (full, full_length) = normal_limits();
		let by_weight =
			<Runtime as pallet_transaction_payment::Config>::WeightToFee::weight_to_fee(&full);
		let by_length = <Runtime as pallet_transaction_payment::Config>::LengthToFee::weight_to_fee(
			&Weight::from_parts(u64::from(full_length), 0),
		);
		use frame_support::weights::WeightToFee;
		assert!(by_length * 10 >= by_weight * 9 && by_length * 10 <= by_weight * 12);
	});
}

/// A validated transaction's pool priority.
fn priority(signer: &sp_core::sr25519::Pair, call: RuntimeCall, tip: u128) -> TransactionPriority {
	let call_name: String = format!("{call:?}").chars().take(80).collect();
	let nonce = System::account_nonce(account(signer));
	let xt = medchain_runtime::signing::signed_extrinsic_with_tip(
		signer,
		call,
		nonce,
		chain_context(),
		tip,
	);
	Executive::validate_transaction(TransactionSource::External, xt, System::parent_hash())
		.unwrap_or_else(|e| panic!("{call_name} is refused: {e:?}"))
		.priority
}

#[test]
fn break_glass_goes_before_everything_else_in_the_pool() {
	new_test_ext("development").execute_with(|| {
		run_to_block(1);
		let (Hospital { doctor, .. }, patient, pseudonym) = hospital_with_patient();
		let service = |name: &str, staff: &str, seed| {
			organization_with_staff(
				name,
				OrganizationKind::EmergencyService,
				staff,
				PractitionerRole::EmergencyResponder,
				seed,
			)
		};
		let (ems_a, paramedic) = service("ems-a", "paramedic", 40);
		let (ems_b, _) = service("ems-b", "paramedic-b", 50);
		let (ems_c, _) = service("ems-c", "paramedic-c", 60);
		for ems in [&ems_a, &ems_b, &ems_c] {
			assert_ok!(Emergency::add_authority(RuntimeOrigin::root(), account(ems).into()));
		}
		let open = RuntimeCall::Emergency(pallet_emergency::Call::open_session {
			patient: pseudonym,
			reason: pallet_emergency::EmergencyReason::EmergencyTreatment,
			justification: H256::repeat_byte(0xaa),
		});
		let approve =
			RuntimeCall::Emergency(pallet_emergency::Call::approve_session { session: 0 });
		let close = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session: 0 });
		// The responder's opening, then the authorities' approval and the closing of the
		// live session, go first.
		assert_eq!(priority(&paramedic, open.clone(), 0), URGENT_PRIORITY);
		assert_eq!(apply(&paramedic, open.clone()), Ok(Ok(())));
		assert_eq!(priority(&ems_b, approve.clone(), 0), URGENT_PRIORITY);
		assert_eq!(priority(&paramedic, close.clone(), 0), URGENT_PRIORITY);
		assert_eq!(priority(&patient, close, 0), URGENT_PRIORITY);
		// Nobody else borrows that priority: the physician's hospital is no authority, an
		// authority approves once, a second opening of the same responder would fail, a
		// session that does not exist cannot be closed, and strangers pay as usual.
		assert_eq!(priority(&doctor, approve.clone(), 0), 0);
		assert_eq!(apply(&ems_b, approve.clone()), Ok(Ok(())));
		assert_eq!(priority(&ems_b, approve.clone(), 0), 0);
		assert_eq!(priority(&paramedic, open.clone(), 0), 0);
		let bogus = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session: 99 });
		assert_eq!(priority(&patient, bogus, 0), 0);
		assert!(priority(&Bob.pair(), open, 0) < URGENT_PRIORITY);
		// Free routine traffic has the lowest priority; paid spam with any tip sits between.
		let rotate = |seed| {
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(seed) })
		};
		assert_eq!(priority(&doctor, rotate(9), 0), 0);
		let spam = RuntimeCall::System(frame_system::Call::remark { remark: vec![1; 1000] });
		let paid = priority(&Bob.pair(), spam, 1_000 * medchain_runtime::UNIT);
		assert!(paid > 0 && paid < URGENT_PRIORITY);
		let _ = ems_c;
	});
}

/// Free transactions leave the fee multiplier alone: a block they fill past the target
/// prices nothing up.
#[test]
fn free_traffic_does_not_raise_fees() {
	new_test_ext("development").execute_with(|| {
		run_to_block(1);
		let (Hospital { doctor, .. }, patient, pseudonym) = hospital_with_patient();
		<pallet_free_tier::Pallet<Runtime> as frame_support::traits::Hooks<_>>::on_initialize(1);
		let anchor = |seed: u16| {
			RuntimeCall::Records(pallet_records::Call::anchor_record {
				patient: pseudonym,
				content_hash: H256::from_low_u64_be(u64::from(seed) + 1),
				cid: frame_support::BoundedVec::truncate_from(
					hex::decode(
						"01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447",
					)
					.expect("hex"),
				),
				kind: medchain_primitives::RecordKind::LabResult,
				patient_envelope: frame_support::BoundedVec::truncate_from(vec![seed as u8; 92]),
			})
		};
		// The patient lets the physician write, and anchors its own records, within its quota
		// of 100.
		let let_write = |grantee: &sp_core::sr25519::Pair| {
			let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
				patient: pseudonym,
				grantee: account(grantee),
				scope: medchain_primitives::Scope::AllRecords,
				permission: medchain_primitives::Permission::ReadWrite,
				purpose: medchain_primitives::Purpose::Treatment,
				expires_at: None,
			});
			assert_eq!(apply(&patient, grant), Ok(Ok(())));
		};
		let_write(&doctor);
		// And two clinics' physicians.
		let colleagues = [("clinic", "colleague", 20), ("practice", "partner", 22)].map(
			|(clinic, colleague, seed)| {
				let (_, colleague) = organization_with_staff(
					clinic,
					medchain_primitives::OrganizationKind::Clinic,
					colleague,
					medchain_primitives::PractitionerRole::Physician,
					seed,
				);
				let_write(&colleague);
				colleague
			},
		);
		for seed in 0..95 {
			assert_eq!(apply(&patient, anchor(seed)), Ok(Ok(())));
		}
		// The physicians anchor too, and one rotates its key, over and over, each within its
		// own quota.
		for seed in 95..185 {
			assert_eq!(apply(&doctor, anchor(seed)), Ok(Ok(())));
		}
		for (i, colleague) in colleagues.iter().enumerate() {
			let first = 185 + 95 * i as u16;
			for seed in first..first + 95 {
				assert_eq!(apply(colleague, anchor(seed)), Ok(Ok(())));
			}
		}
		for seed in 0..8u8 {
			let rotate = RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key {
				key: key(seed.wrapping_add(100)),
			});
			assert_eq!(apply(&doctor, rotate), Ok(Ok(())));
		}
		let (full, _) = normal_limits();
		let used = *System::block_weight().get(DispatchClass::Normal);
		assert!(
			used.ref_time() > full.ref_time() / 4,
			"the block is not past the target: {used:?}"
		);
		assert!(CongestionMultiplier::fullness() < sp_runtime::Perquintill::from_percent(5));
		<pallet_transaction_payment::Pallet<Runtime> as frame_support::traits::Hooks<_>>::on_finalize(1);
		assert_eq!(
			pallet_transaction_payment::NextFeeMultiplier::<Runtime>::get(),
			Multiplier::one()
		);
	});
}

#[test]
fn a_tip_makes_a_registered_actor_pay() {
	new_test_ext("development").execute_with(|| {
		run_to_block(1);
		let Hospital { doctor, .. } = hospital();
		let rotate =
			RuntimeCall::Providers(pallet_providers::Call::rotate_encryption_key { key: key(9) });
		let used = FreeTier::remaining(&account(&doctor));
		// Without tokens, the tip cannot be paid: refused, nothing counted.
		let nonce = System::account_nonce(account(&doctor));
		let tipped = medchain_runtime::signing::signed_extrinsic_with_tip(
			&doctor,
			rotate.clone(),
			nonce,
			chain_context(),
			1,
		);
		assert!(Executive::apply_extrinsic(tipped).is_err());
		assert_eq!(FreeTier::remaining(&account(&doctor)), used);
		// Funded, it pays fee and tip, and keeps its quota.
		assert_ok!(pallet_balances::Pallet::<Runtime>::force_set_balance(
			RuntimeOrigin::root(),
			account(&doctor).into(),
			medchain_runtime::UNIT,
		));
		let tipped = medchain_runtime::signing::signed_extrinsic_with_tip(
			&doctor,
			rotate,
			nonce,
			chain_context(),
			1,
		);
		assert_eq!(Executive::apply_extrinsic(tipped), Ok(Ok(())));
		assert!(free_balance(&account(&doctor)) < medchain_runtime::UNIT - 1);
		assert_eq!(FreeTier::remaining(&account(&doctor)), used);
	});
}
