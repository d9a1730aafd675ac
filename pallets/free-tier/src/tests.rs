//! Unit tests of the free-tier pallet and its transaction extension, run against the real
//! `ChargeTransactionPayment` and balances.

use crate::{extension::FREE_QUOTA_EXHAUSTED, mock::*, CurrentQuota, Error, Event, Quota, Usage};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, GetDispatchInfo},
};
use pallet_transaction_payment::ChargeTransactionPayment;
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError,
};

const LEN: usize = 100;

fn ext() -> Extension {
	Extension::new(ChargeTransactionPayment::<Test>::from(0))
}

fn info(call: &RuntimeCall) -> DispatchInfo {
	call.get_dispatch_info()
}

/// Runs `call` from `who` through the extension as block execution does.
fn submit(
	who: u64,
	call: RuntimeCall,
) -> Result<
	sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo>,
	TransactionValidityError,
> {
	let info = info(&call);
	ext().dispatch_transaction(RuntimeOrigin::signed(who), call, &info, LEN, 0)
}

fn balance(who: u64) -> u64 {
	pallet_balances::Pallet::<Test>::free_balance(who)
}

fn transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death { dest: 9, value: 1 })
}

const NO_FUNDS: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Payment);

/// A call the free tier covers, refused because the sender's quota is spent and it cannot pay.
const QUOTA_SPENT: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Custom(FREE_QUOTA_EXHAUSTED));

#[test]
fn a_registered_account_without_tokens_works_within_its_quota() {
	ExtBuilder.build_and_execute(|| {
		for used in 1..=CALLS {
			assert_ok!(submit(REGISTERED_ACCOUNT, remark()).unwrap());
			assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, used);
		}
		assert_eq!(FreeTier::remaining(&REGISTERED_ACCOUNT), 0);
		assert_eq!(balance(REGISTERED_ACCOUNT), 0);
	});
}

#[test]
fn spam_from_one_account_stops_at_the_quota() {
	ExtBuilder.build_and_execute(|| {
		let mut accepted = 0;
		for _ in 0..50 {
			if submit(REGISTERED_ACCOUNT, remark()).is_ok() {
				accepted += 1;
			}
		}
		// Only the quota got through; the rest could not pay and changed nothing.
		assert_eq!(accepted, CALLS);
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, CALLS);
		assert_eq!(submit(REGISTERED_ACCOUNT, remark()), Err(QUOTA_SPENT));
		// The pool refuses it as well.
		let call = remark();
		assert_eq!(
			ext()
				.validate_only(
					RuntimeOrigin::signed(REGISTERED_ACCOUNT),
					&call,
					&info(&call),
					LEN,
					TransactionSource::External,
					0
				)
				.map(|_| ()),
			Err(QUOTA_SPENT)
		);
	});
}

#[test]
fn the_quota_comes_back_with_the_next_window() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..CALLS {
			assert_ok!(submit(REGISTERED_ACCOUNT, remark()).unwrap());
		}
		System::set_block_number(WINDOW); // 1 + WINDOW - 1: still the same window.
		assert_eq!(submit(REGISTERED_ACCOUNT, remark()), Err(QUOTA_SPENT));
		System::set_block_number(1 + WINDOW);
		assert_eq!(FreeTier::remaining(&REGISTERED_ACCOUNT), CALLS);
		assert_ok!(submit(REGISTERED_ACCOUNT, remark()).unwrap());
		let usage = Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap();
		assert_eq!((usage.calls.start, usage.calls.used), (1 + WINDOW, 1));
	});
}

#[test]
fn an_unregistered_account_cannot_use_the_free_path() {
	ExtBuilder.build_and_execute(|| {
		// With funds, it pays the normal fee.
		assert_ok!(submit(STRANGER_FUNDED, remark()).unwrap());
		assert!(balance(STRANGER_FUNDED) < FUNDS);
		assert!(!Usage::<Test>::contains_key(STRANGER_FUNDED));
		// Without, it is refused.
		assert_eq!(submit(STRANGER, remark()), Err(NO_FUNDS));
		assert!(!Usage::<Test>::contains_key(STRANGER));
	});
}

#[test]
fn calls_outside_the_free_list_pay() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(submit(REGISTERED_FUNDED, transfer()).unwrap());
		assert!(balance(REGISTERED_FUNDED) < FUNDS - 1);
		assert!(!Usage::<Test>::contains_key(REGISTERED_FUNDED));
		assert_eq!(submit(REGISTERED_ACCOUNT, transfer()), Err(NO_FUNDS));
	});
}

#[test]
fn over_quota_a_funded_actor_pays_like_anyone() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..CALLS {
			assert_ok!(submit(REGISTERED_FUNDED, remark()).unwrap());
		}
		assert_eq!(balance(REGISTERED_FUNDED), FUNDS);
		assert_ok!(submit(REGISTERED_FUNDED, remark()).unwrap());
		assert!(balance(REGISTERED_FUNDED) < FUNDS);
		assert_eq!(Usage::<Test>::get(REGISTERED_FUNDED).unwrap().calls.used, CALLS);
	});
}

#[test]
fn a_failing_call_uses_twice_the_quota() {
	ExtBuilder.build_and_execute(|| {
		let root_only = RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 1 });
		let result =
			submit(REGISTERED_ACCOUNT, root_only.clone()).expect("the transaction is valid");
		assert_eq!(result.map_err(|e| e.error), Err(DispatchError::BadOrigin));
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, 2);
		// The second count never goes past the quota (3): one more failure uses it up.
		assert!(submit(REGISTERED_ACCOUNT, root_only).is_ok());
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, CALLS);
		assert_eq!(submit(REGISTERED_ACCOUNT, remark()), Err(QUOTA_SPENT));
	});
}

#[test]
fn a_quota_of_zero_turns_the_free_path_off() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_quota(RuntimeOrigin::root(), 0, WINDOW));
		assert_eq!(submit(REGISTERED_ACCOUNT, remark()), Err(QUOTA_SPENT));
		assert!(!Usage::<Test>::contains_key(REGISTERED_ACCOUNT));
		assert_ok!(submit(REGISTERED_FUNDED, remark()).unwrap());
		assert!(balance(REGISTERED_FUNDED) < FUNDS);
	});
}

#[test]
fn prepare_refuses_when_the_quota_ran_out_after_validation() {
	ExtBuilder.build_and_execute(|| {
		let call = remark();
		let (_, val, origin) = ext()
			.validate(
				RuntimeOrigin::signed(REGISTERED_ACCOUNT),
				&call,
				&info(&call),
				LEN,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.unwrap();
		// Meanwhile the account used its whole quota.
		for _ in 0..CALLS {
			assert!(FreeTier::consume(&REGISTERED_ACCOUNT, &medchain_primitives::FreePath::Own, 0));
		}
		assert_eq!(
			ext().prepare(val, &origin, &call, &info(&call), LEN).map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				FREE_QUOTA_EXHAUSTED
			)))
		);
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, CALLS);
	});
}

#[test]
fn free_transactions_refund_the_fee_extension_weight() {
	ExtBuilder.build_and_execute(|| {
		let call = remark();
		let inner = ChargeTransactionPayment::<Test>::from(0).weight(&call);
		assert!(inner.ref_time() > 0);
		// The costlier of the two free paths is declared (the mock's calls are not urgent).
		use crate::WeightInfo;
		let check = <() as WeightInfo>::free_call().max(<() as WeightInfo>::free_call_shared());
		assert_eq!(ext().weight(&call), inner + check);
		// As the executive does: the extensions' weight is part of what is charged up front.
		let mut info = info(&call);
		info.extension_weight = ext().weight(&call);
		let post = ext()
			.dispatch_transaction(RuntimeOrigin::signed(REGISTERED_ACCOUNT), call, &info, LEN, 0)
			.unwrap()
			.unwrap();
		assert_eq!(post.actual_weight, Some(info.total_weight() - inner));
	});
}

#[test]
fn clients_sign_as_for_charge_transaction_payment() {
	assert_eq!(
		<Extension as TransactionExtension<RuntimeCall>>::IDENTIFIER,
		"ChargeTransactionPayment"
	);
	assert_eq!(
		Extension::new(ChargeTransactionPayment::<Test>::from(5)).encode(),
		ChargeTransactionPayment::<Test>::from(5).encode()
	);
	let parts = |m: Vec<sp_runtime::traits::TransactionExtensionMetadata>| {
		m.into_iter()
			.map(|m| (m.identifier, m.ty.type_id(), m.implicit.type_id()))
			.collect::<Vec<_>>()
	};
	assert_eq!(
		parts(<Extension as TransactionExtension<RuntimeCall>>::metadata()),
		parts(<ChargeTransactionPayment<Test> as TransactionExtension<RuntimeCall>>::metadata())
	);
}

#[test]
fn governance_sets_the_quota() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_quota(RuntimeOrigin::root(), 7, 20));
		assert_eq!(CurrentQuota::<Test>::get(), Some(Quota { calls: 7, window: 20 }));
		System::assert_last_event(
			Event::<Test>::QuotaSet { quota: Quota { calls: 7, window: 20 } }.into(),
		);
		assert_eq!(FreeTier::remaining(&REGISTERED_ACCOUNT), 7);
	});
}

#[test]
fn quota_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			FreeTier::set_quota(RuntimeOrigin::signed(REGISTERED_FUNDED), 7, 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			FreeTier::set_quota(RuntimeOrigin::root(), 101, 20),
			Error::<Test>::TooManyCalls
		);
		assert_noop!(
			FreeTier::set_quota(RuntimeOrigin::root(), 7, 0),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			FreeTier::set_quota(RuntimeOrigin::root(), 7, 1_001),
			Error::<Test>::InvalidWindow
		);
	});
}

/// The pool validates free transactions against its state; if more of them reach a block than
/// the quota allows, a funded sender pays for the rest instead of having them dropped.
#[test]
fn over_quota_at_block_building_a_funded_actor_pays() {
	ExtBuilder.build_and_execute(|| {
		let call = remark();
		let validated: Vec<_> = (0..CALLS + 2)
			.map(|_| {
				ext()
					.validate(
						RuntimeOrigin::signed(REGISTERED_FUNDED),
						&call,
						&info(&call),
						LEN,
						(),
						&TxBaseImplication(()),
						TransactionSource::External,
					)
					.unwrap()
			})
			.collect();
		for (_, val, origin) in validated {
			assert!(ext().prepare(val, &origin, &call, &info(&call), LEN).is_ok());
		}
		assert_eq!(Usage::<Test>::get(REGISTERED_FUNDED).unwrap().calls.used, CALLS);
		// The two beyond the quota were charged.
		assert!(balance(REGISTERED_FUNDED) < FUNDS);
	});
}

/// Registers [`STAFF`] as practitioners of [`REGISTERED_ACCOUNT`] and sets a shared quota of
/// `calls` per [`WINDOW`].
fn staffed_organization(calls: u32) {
	for who in STAFF {
		medchain_test_utils::Registry::add_practitioner(
			who,
			REGISTERED_ACCOUNT,
			medchain_primitives::PractitionerRole::Nurse,
		);
	}
	assert_ok!(FreeTier::set_shared_quota(RuntimeOrigin::root(), calls, WINDOW));
}

#[test]
fn an_organization_and_its_staff_share_one_quota() {
	ExtBuilder.build_and_execute(|| {
		staffed_organization(5);
		// Each has its own quota of 3; together they have 5.
		for _ in 0..CALLS {
			assert_ok!(submit(STAFF[0], remark()).unwrap());
		}
		assert_ok!(submit(STAFF[1], remark()).unwrap());
		assert_ok!(submit(REGISTERED_ACCOUNT, remark()).unwrap());
		assert_eq!(FreeTier::shared_remaining(&REGISTERED_ACCOUNT), Some(0));
		for who in [STAFF[1], STAFF[2], REGISTERED_ACCOUNT] {
			assert!(FreeTier::remaining(&who) > 0);
			assert_eq!(
				submit(who, remark()),
				Err(QUOTA_SPENT),
				"{who} went free past the shared quota"
			);
		}
		assert_eq!(crate::SharedUsage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, 5);
		// The shared window ends like any other.
		System::set_block_number(1 + WINDOW);
		assert_ok!(submit(STAFF[2], remark()).unwrap());
		assert_eq!(FreeTier::shared_remaining(&REGISTERED_ACCOUNT), Some(4));
	});
}

#[test]
fn a_failing_staff_call_uses_twice_the_shared_quota() {
	ExtBuilder.build_and_execute(|| {
		staffed_organization(5);
		let failing =
			RuntimeCall::System(frame_system::Call::kill_prefix { prefix: vec![1], subkeys: 1 });
		// `kill_prefix` needs Root: it fails, and costs two of both quotas.
		assert!(submit(STAFF[0], failing).unwrap().is_err());
		assert_eq!(Usage::<Test>::get(STAFF[0]).unwrap().calls.used, 2);
		assert_eq!(FreeTier::shared_remaining(&REGISTERED_ACCOUNT), Some(3));
	});
}

#[test]
fn without_a_shared_quota_only_the_own_quota_counts() {
	ExtBuilder.build_and_execute(|| {
		for who in STAFF {
			medchain_test_utils::Registry::add_practitioner(
				who,
				REGISTERED_ACCOUNT,
				medchain_primitives::PractitionerRole::Nurse,
			);
		}
		for who in STAFF {
			for _ in 0..CALLS {
				assert_ok!(submit(who, remark()).unwrap());
			}
		}
		assert_eq!(FreeTier::shared_remaining(&REGISTERED_ACCOUNT), None);
		assert!(!crate::SharedUsage::<Test>::contains_key(REGISTERED_ACCOUNT));
	});
}

#[test]
fn governance_sets_the_shared_quota_within_bounds() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			FreeTier::set_shared_quota(RuntimeOrigin::signed(REGISTERED_FUNDED), 7, 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			FreeTier::set_shared_quota(RuntimeOrigin::root(), 101, 20),
			Error::<Test>::TooManyCalls
		);
		assert_noop!(
			FreeTier::set_shared_quota(RuntimeOrigin::root(), 7, 0),
			Error::<Test>::InvalidWindow
		);
		assert_ok!(FreeTier::set_shared_quota(RuntimeOrigin::root(), 7, 20));
		assert_eq!(crate::SharedQuota::<Test>::get(), Some(Quota { calls: 7, window: 20 }));
		System::assert_last_event(
			Event::<Test>::SharedQuotaSet { quota: Quota { calls: 7, window: 20 } }.into(),
		);
	});
}

/// `call` from `who`, with `tip`, validated as the pool does.
fn validate_with_tip(
	who: u64,
	call: &RuntimeCall,
	tip: u64,
) -> Result<sp_runtime::transaction_validity::ValidTransaction, TransactionValidityError> {
	Extension::new(ChargeTransactionPayment::<Test>::from(tip))
		.validate(
			RuntimeOrigin::signed(who),
			call,
			&info(call),
			LEN,
			(),
			&TxBaseImplication(()),
			TransactionSource::External,
		)
		.map(|(valid, _, _)| valid)
}

fn urgent() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![9] })
}

#[test]
fn a_tip_takes_the_paid_path() {
	ExtBuilder.build_and_execute(|| {
		let call = remark();
		let info = info(&call);
		let tipped = Extension::new(ChargeTransactionPayment::<Test>::from(7));
		assert_ok!(tipped
			.dispatch_transaction(
				RuntimeOrigin::signed(REGISTERED_FUNDED),
				call.clone(),
				&info,
				LEN,
				0
			)
			.unwrap());
		assert!(balance(REGISTERED_FUNDED) < FUNDS - 7, "the fee and the tip were charged");
		assert!(!Usage::<Test>::contains_key(REGISTERED_FUNDED));
		// Paid, it is ordered by its tip, above the free transactions.
		assert!(validate_with_tip(REGISTERED_FUNDED, &call, 7).unwrap().priority > 0);
		assert_eq!(validate_with_tip(REGISTERED_FUNDED, &call, 0).unwrap().priority, 0);
		// Without funds, a tip cannot be paid: refused, nothing counted.
		assert_eq!(validate_with_tip(REGISTERED_ACCOUNT, &call, 7), Err(NO_FUNDS));
		assert!(!Usage::<Test>::contains_key(REGISTERED_ACCOUNT));
	});
}

#[test]
fn urgent_calls_of_eligible_senders_go_first_paid_or_free() {
	ExtBuilder.build_and_execute(|| {
		let free = validate_with_tip(REGISTERED_ACCOUNT, &urgent(), 0).unwrap();
		assert_eq!(free.priority, crate::URGENT_PRIORITY);
		let paid = validate_with_tip(REGISTERED_FUNDED, &urgent(), 1_000).unwrap();
		assert_eq!(paid.priority, crate::URGENT_PRIORITY);
		// From a sender the free path is not open to, it is an ordinary paid transaction.
		let stranger = validate_with_tip(STRANGER_FUNDED, &urgent(), 1_000).unwrap();
		assert!(stranger.priority < crate::URGENT_PRIORITY);
		assert_eq!(validate_with_tip(STRANGER, &urgent(), 0), Err(NO_FUNDS));
		// Other calls of eligible senders are not urgent.
		assert_eq!(validate_with_tip(REGISTERED_ACCOUNT, &remark(), 0).unwrap().priority, 0);
	});
}

#[test]
fn on_idle_deletes_ended_windows_and_keeps_running_ones() {
	use frame_support::{traits::Hooks, weights::Weight};
	ExtBuilder.build_and_execute(|| {
		staffed_organization(5);
		for who in [STAFF[0], STAFF[1], STAFF[2]] {
			assert_ok!(submit(who, remark()).unwrap());
		}
		System::set_block_number(1 + WINDOW);
		// Still running: STAFF[2]'s new window; everything from block 1 has ended.
		assert_ok!(submit(STAFF[2], remark()).unwrap());
		// Two entries per sweep: it resumes where it stopped.
		assert_eq!(FreeTier::sweep_usage(2), 2);
		assert!(crate::SweepCursor::<Test>::get().is_some());
		FreeTier::on_idle(1 + WINDOW, Weight::MAX);
		assert!(crate::SweepCursor::<Test>::get().is_none(), "a full sweep starts over");
		assert!(!Usage::<Test>::contains_key(STAFF[0]));
		assert!(!Usage::<Test>::contains_key(STAFF[1]));
		assert_eq!(Usage::<Test>::get(STAFF[2]).map(|u| u.calls.start), Some(1 + WINDOW));
		assert_eq!(
			crate::SharedUsage::<Test>::get(REGISTERED_ACCOUNT).map(|u| u.calls.start),
			Some(1 + WINDOW)
		);
		// Deleting ended windows changed no one's quota.
		assert_eq!(FreeTier::remaining(&STAFF[0]), CALLS);
		assert_eq!(FreeTier::remaining(&STAFF[2]), CALLS - 1);
		// No spare weight, no work.
		assert_eq!(FreeTier::on_idle(1 + WINDOW, Weight::zero()), Weight::zero());
	});
}

/// A remark of `n` bytes: the mock counts its length as the state it writes.
fn remark_of(n: usize) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![7; n] })
}

#[test]
fn free_calls_stop_at_the_state_quota() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_quota(RuntimeOrigin::root(), 100, WINDOW));
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 1_000, 250, 1_000, 3 * WINDOW));
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(250));
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(100)).unwrap());
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(100)).unwrap());
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(50));
		// 100 more bytes do not fit: with no funds, the transaction is refused and nothing
		// is counted.
		let before = Usage::<Test>::get(REGISTERED_ACCOUNT);
		assert_eq!(submit(REGISTERED_ACCOUNT, remark_of(100)), Err(QUOTA_SPENT));
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT), before);
		// A call that writes less still fits; calls that write nothing always do.
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(50)).unwrap());
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(0)).unwrap());
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(0));
		// The transaction quota's window ends first; the bytes stay spent until theirs does.
		System::set_block_number(1 + WINDOW);
		assert_eq!(FreeTier::remaining(&REGISTERED_ACCOUNT), 100);
		assert_eq!(submit(REGISTERED_ACCOUNT, remark_of(1)), Err(QUOTA_SPENT));
		System::set_block_number(1 + 3 * WINDOW);
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(250));
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(100)).unwrap());
	});
}

#[test]
fn over_the_state_quota_a_funded_actor_pays() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 1_000, 150, 1_000, WINDOW));
		assert_ok!(submit(REGISTERED_FUNDED, remark_of(100)).unwrap());
		assert_eq!(balance(REGISTERED_FUNDED), FUNDS);
		assert_ok!(submit(REGISTERED_FUNDED, remark_of(100)).unwrap());
		assert!(balance(REGISTERED_FUNDED) < FUNDS, "the second remark went free");
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_FUNDED, true), Some(50));
	});
}

#[test]
fn an_organization_and_its_staff_share_one_state_quota() {
	ExtBuilder.build_and_execute(|| {
		staffed_organization(100);
		assert_ok!(FreeTier::set_quota(RuntimeOrigin::root(), 100, WINDOW));
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 0, 200, 300, WINDOW));
		assert_ok!(submit(STAFF[0], remark_of(200)).unwrap());
		assert_ok!(submit(STAFF[1], remark_of(100)).unwrap());
		assert_eq!(FreeTier::shared_bytes_remaining(&REGISTERED_ACCOUNT), Some(0));
		// STAFF[2] has its own 200 bytes left, the organization none. (Staff calls draw on
		// the provider allowance; the patients' one, zero here, does not apply.)
		assert_eq!(FreeTier::bytes_remaining(&STAFF[2], true), Some(200));
		assert_eq!(submit(STAFF[2], remark_of(1)), Err(QUOTA_SPENT));
		assert_ok!(submit(STAFF[2], remark_of(0)).unwrap());
	});
}

#[test]
fn a_failing_call_keeps_its_bytes_counted() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 100, 100, 100, WINDOW));
		let failing =
			RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1; 40] });
		// `remark_with_event` succeeds; `kill_prefix` (Root only) fails, and its bytes stay
		// counted: what a failed call could have written is not given back.
		assert_ok!(submit(REGISTERED_ACCOUNT, failing).unwrap());
		let kill = RuntimeCall::System(frame_system::Call::kill_prefix {
			prefix: vec![1; 20],
			subkeys: 1,
		});
		assert!(submit(REGISTERED_ACCOUNT, kill).unwrap().is_err());
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(40));
		assert_eq!(Usage::<Test>::get(REGISTERED_ACCOUNT).unwrap().calls.used, 3);
	});
}

#[test]
fn governance_sets_the_state_quota_within_bounds() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::signed(REGISTERED_FUNDED), 7, 7, 7, 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::root(), 1_001, 7, 7, 20),
			Error::<Test>::TooManyBytes
		);
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::root(), 7, 1_001, 7, 20),
			Error::<Test>::TooManyBytes
		);
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::root(), 7, 7, 1_001, 20),
			Error::<Test>::TooManyBytes
		);
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::root(), 7, 7, 7, 0),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			FreeTier::set_state_quota(RuntimeOrigin::root(), 7, 7, 7, 1_001),
			Error::<Test>::InvalidWindow
		);
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 7, 8, 9, 20));
		let quota =
			crate::StateQuota { per_patient: 7, per_provider: 8, per_organization: 9, window: 20 };
		assert_eq!(crate::CurrentStateQuota::<Test>::get(), Some(quota));
		System::assert_last_event(Event::<Test>::StateQuotaSet { quota }.into());
	});
}

#[test]
fn on_idle_keeps_entries_whose_state_window_runs() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 100, 100, 100, 3 * WINDOW));
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(10)).unwrap());
		// The transaction window ended, the state window did not: the entry stays.
		System::set_block_number(1 + WINDOW);
		FreeTier::sweep_usage(10);
		assert_eq!(FreeTier::bytes_remaining(&REGISTERED_ACCOUNT, true), Some(90));
		System::set_block_number(1 + 3 * WINDOW);
		FreeTier::sweep_usage(10);
		assert!(!Usage::<Test>::contains_key(REGISTERED_ACCOUNT));
	});
}

#[test]
fn patients_and_guardians_have_their_own_state_allowance() {
	ExtBuilder.build_and_execute(|| {
		const PATIENT: u64 = 70;
		medchain_test_utils::Registry::add_patient(sp_core::H256::repeat_byte(7), PATIENT);
		assert_ok!(FreeTier::set_state_quota(RuntimeOrigin::root(), 30, 1_000, 1_000, WINDOW));
		assert_eq!(FreeTier::bytes_remaining(&PATIENT, false), Some(30));
		assert_ok!(submit(PATIENT, remark_of(30)).unwrap());
		assert_eq!(submit(PATIENT, remark_of(1)), Err(QUOTA_SPENT));
		// An organization's calls are held to the providers' allowance.
		assert_ok!(submit(REGISTERED_ACCOUNT, remark_of(100)).unwrap());
	});
}
