//! Runtime upgrades under governance, tried with real signed and unsigned extrinsics as block
//! import applies them: a two-thirds council motion authorizes the next runtime's code hash
//! (`upgrades.authorize_upgrade`) after sudo is gone, and anyone, without a single token,
//! hands in the code (`system.apply_authorized_upgrade`). Everyone else, and every other way
//! around, is refused: a stranger, one council member, a motion reaching for Root's own
//! upgrade calls, code other than the authorized one, code that does not raise
//! `spec_version`.
//!
//! The "code" here is a few bytes whose runtime version a test version reader reports (the
//! node's executor reads it from a real wasm blob; the end-to-end `upgrade` test upgrades a
//! running network to a real one).

mod common;

use codec::Encode;
use common::{actors::apply, *};
use medchain_runtime::{
	Executive, Runtime, RuntimeCall, RuntimeEvent, System, UncheckedExtrinsic, Upgrades,
};
use pallet_upgrades::PendingUpgrade;
use sp_core::{sr25519, traits::ReadRuntimeVersionExt, H256};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Ferdie};
use sp_runtime::{
	traits::Hash as _,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError,
};

/// The next runtime's "code": its version is this runtime's with `spec_version` one higher.
const NEXT: &[u8] = b"medchain: the next runtime";
/// Code whose version is this runtime's own: it does not raise `spec_version`.
const SAME: &[u8] = b"medchain: the same version again";
/// Code of another chain's runtime.
const OTHER_CHAIN: &[u8] = b"another chain's runtime";

/// Reads the runtime version of the test's code blobs, as the node's executor reads a wasm
/// blob's.
struct Versions;

impl sp_core::traits::ReadRuntimeVersion for Versions {
	fn read_runtime_version(
		&self,
		code: &[u8],
		_ext: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		let mut version = medchain_runtime::VERSION;
		match code {
			NEXT => version.spec_version += 1,
			SAME => {},
			OTHER_CHAIN => {
				version.spec_name = "another-chain".into();
				version.spec_version += 1;
			},
			_ => return Err("not a runtime".into()),
		}
		Ok(version.encode())
	}
}

/// The `local_testnet` genesis (council: Alice, Bob and Charlie; sudo: Alice), with the test
/// version reader.
fn new_ext() -> sp_io::TestExternalities {
	let mut ext = new_test_ext("local_testnet");
	ext.register_extension(ReadRuntimeVersionExt::new(Versions));
	ext
}

fn hash(code: &[u8]) -> H256 {
	<Runtime as frame_system::Config>::Hashing::hash(code)
}

fn authorize(code: &[u8]) -> RuntimeCall {
	RuntimeCall::Upgrades(pallet_upgrades::Call::authorize_upgrade { code_hash: hash(code) })
}

fn apply_code(code: &[u8]) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code: code.to_vec() })
}

fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

/// The runtime code in storage.
fn code() -> Option<Vec<u8>> {
	sp_io::storage::get(sp_core::storage::well_known_keys::CODE).map(|c| c.to_vec())
}

/// An unsigned (bare) extrinsic of `call`, as anyone can send without an account.
fn bare(call: RuntimeCall) -> UncheckedExtrinsic {
	UncheckedExtrinsic::new_bare(call)
}

/// Whether the transaction pool takes `xt` from the network. Validated on a throwaway
/// overlay, as the pool validates (validation starts a block of its own).
fn pool_takes(xt: UncheckedExtrinsic) -> Result<(), TransactionValidityError> {
	let parent = System::parent_hash();
	sp_io::storage::start_transaction();
	let validity = Executive::validate_transaction(TransactionSource::External, xt, parent);
	sp_io::storage::rollback_transaction();
	validity.map(|_| ())
}

/// A council motion of `threshold`, all by signed extrinsics: `proposer` proposes `call`,
/// each of `ayes` votes aye, and Ferdie (not a member) closes it.
fn motion(proposer: &sr25519::Pair, threshold: u32, call: RuntimeCall, ayes: &[sr25519::Pair]) {
	let (length, weight, proposal) = motion_parts(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	let propose = RuntimeCall::Council(pallet_collective::Call::propose {
		threshold,
		proposal: Box::new(call),
		length_bound: length,
	});
	assert_eq!(apply(proposer, propose), Ok(Ok(())));
	if threshold < 2 {
		// Executed at once, with one member's origin.
		return;
	}
	for voter in ayes {
		let vote = pallet_collective::Call::vote { proposal, index, approve: true };
		assert_eq!(apply(voter, RuntimeCall::Council(vote)), Ok(Ok(())));
	}
	let close = pallet_collective::Call::close {
		proposal_hash: proposal,
		index,
		proposal_weight_bound: weight,
		length_bound: length,
	};
	assert_eq!(apply(&Ferdie.pair(), RuntimeCall::Council(close)), Ok(Ok(())));
}

fn pending() -> Option<PendingUpgrade<H256>> {
	Upgrades::pending_upgrade()
}

#[test]
fn after_sudo_is_removed_a_council_motion_upgrades_the_runtime_and_a_stranger_applies_it() {
	new_ext().execute_with(|| {
		let release = code();
		// The network hands over from sudo.
		let remove = RuntimeCall::Sudo(pallet_sudo::Call::remove_key {});
		assert_eq!(apply(&Alice.pair(), remove), Ok(Ok(())));
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_eq!(
			apply(&Alice.pair(), sudo(authorize(NEXT))),
			Ok(Err(pallet_sudo::Error::<Runtime>::RequireSudo.into()))
		);
		assert_eq!(pending(), None);

		// Two of three members authorize the next runtime's code hash.
		motion(&Alice.pair(), 2, authorize(NEXT), &[Alice.pair(), Bob.pair()]);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert_eq!(pending(), Some(PendingUpgrade { code_hash: hash(NEXT), check_version: true }));
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Upgrades(pallet_upgrades::Event::UpgradeAuthorized {
				code_hash: hash(NEXT),
				replaced: None,
			})));
		assert_eq!(code(), release, "authorizing changes no code");

		// Anyone hands in the code, unsigned: the pool takes it, the block applies it.
		assert_eq!(pool_takes(bare(apply_code(NEXT))), Ok(()));
		assert_eq!(Executive::apply_extrinsic(bare(apply_code(NEXT))), Ok(Ok(())));
		assert_eq!(code().as_deref(), Some(NEXT));
		assert_eq!(pending(), None, "the authorization is used up");
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::System(frame_system::Event::CodeUpdated { hash: hash(NEXT) })));

		// The same code again is not authorized any more.
		assert_eq!(
			pool_takes(bare(apply_code(NEXT))),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
	});
}

#[test]
fn a_stranger_and_a_single_council_member_cannot_authorize_an_upgrade() {
	new_ext().execute_with(|| {
		// A stranger's signed call: dispatched and refused, and paid for (it is not free).
		let stranger = common::actors::pair("stranger");
		assert_ok_transfer(&stranger);
		let before = common::actors::free_balance(&common::actors::account(&stranger));
		assert_eq!(apply(&stranger, authorize(NEXT)), Ok(Err(DispatchError::BadOrigin)));
		assert!(common::actors::free_balance(&common::actors::account(&stranger)) < before);

		// A council member alone: a motion of threshold one executes with one member's origin.
		motion(&Bob.pair(), 1, authorize(NEXT), &[]);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));

		// A member calling directly, or through `council.execute` (a member's origin).
		assert_eq!(apply(&Charlie.pair(), authorize(NEXT)), Ok(Err(DispatchError::BadOrigin)));
		let execute = RuntimeCall::Council(pallet_collective::Call::execute {
			proposal: Box::new(authorize(NEXT)),
			length_bound: authorize(NEXT).encoded_size() as u32,
		});
		assert_eq!(apply(&Charlie.pair(), execute), Ok(Ok(())));
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		// Unsigned: the pool refuses it; a block author who includes it anyway (FRAME
		// dispatches bare calls of pallets without an unsigned validator with no origin)
		// gets `BadOrigin`.
		assert_eq!(
			pool_takes(bare(authorize(NEXT))),
			Err(TransactionValidityError::Unknown(
				sp_runtime::transaction_validity::UnknownTransaction::NoUnsignedValidator
			))
		);
		assert_eq!(
			Executive::apply_extrinsic(bare(authorize(NEXT))),
			Ok(Err(DispatchError::BadOrigin))
		);

		assert_eq!(pending(), None);
		assert!(pool_takes(bare(apply_code(NEXT))).is_err());
		assert!(Executive::apply_extrinsic(bare(apply_code(NEXT))).is_err());
	});
}

/// Gives `who` tokens from Alice, so that its paid calls are dispatched.
fn assert_ok_transfer(who: &sr25519::Pair) {
	let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: common::actors::account(who).into(),
		value: medchain_runtime::UNIT,
	});
	assert_eq!(apply(&Alice.pair(), transfer), Ok(Ok(())));
}

#[test]
fn even_a_unanimous_motion_cannot_reach_roots_own_upgrade_calls() {
	new_ext().execute_with(|| {
		let members = [Alice.pair(), Bob.pair(), Charlie.pair()];
		// `system.authorize_upgrade` and its variant without the version check are Root's.
		motion(
			&Alice.pair(),
			3,
			RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash: hash(SAME) }),
			&members,
		);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		motion(
			&Alice.pair(),
			3,
			RuntimeCall::System(frame_system::Call::authorize_upgrade_without_checks {
				code_hash: hash(SAME),
			}),
			&members,
		);
		assert_eq!(last_council_execution(), Some(Err(DispatchError::BadOrigin)));
		assert_eq!(pending(), None);
	});
}

#[test]
fn other_code_is_refused_by_the_pool_and_in_a_block_and_the_authorization_stays() {
	new_ext().execute_with(|| {
		let release = code();
		assert_eq!(apply(&Alice.pair(), sudo(authorize(NEXT))), Ok(Ok(())));
		let authorized = pending();
		assert!(authorized.is_some());

		for wrong in [SAME, OTHER_CHAIN, b"not a runtime at all".as_slice()] {
			assert_eq!(
				pool_takes(bare(apply_code(wrong))),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
			);
			assert!(Executive::apply_extrinsic(bare(apply_code(wrong))).is_err());
			// Signed, it is dispatched and refused.
			assert_eq!(
				apply(&Bob.pair(), apply_code(wrong)),
				Ok(Err(frame_system::Error::<Runtime>::Unauthorized.into()))
			);
		}
		assert_eq!(pending(), authorized);
		assert_eq!(code(), release);
	});
}

#[test]
fn code_that_does_not_raise_spec_version_or_renames_the_chain_is_not_applied() {
	new_ext().execute_with(|| {
		let release = code();
		for (wrong, error) in [
			(SAME, frame_system::Error::<Runtime>::SpecVersionNeedsToIncrease),
			(OTHER_CHAIN, frame_system::Error::<Runtime>::InvalidSpecName),
		] {
			motion(&Alice.pair(), 2, authorize(wrong), &[Alice.pair(), Bob.pair()]);
			assert_eq!(last_council_execution(), Some(Ok(())));
			// Its hash is the authorized one, so the pool takes it unsigned (`frame-system`
			// checks the version only when applying); the block rejects it with the reason,
			// and the authorization ends: it is tried once, not again and again for free.
			assert_eq!(pool_takes(bare(apply_code(wrong))), Ok(()));
			assert_eq!(Executive::apply_extrinsic(bare(apply_code(wrong))), Ok(Ok(())));
			let rejected = System::events().into_iter().rev().find_map(|r| match r.event {
				RuntimeEvent::System(frame_system::Event::RejectedInvalidAuthorizedUpgrade {
					code_hash,
					error,
				}) => Some((code_hash, error)),
				_ => None,
			});
			assert_eq!(rejected, Some((hash(wrong), error.into())));
			assert_eq!(pending(), None);
			assert_eq!(code(), release);
			assert_eq!(
				pool_takes(bare(apply_code(wrong))),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
			);
		}
	});
}

#[test]
fn a_new_authorization_replaces_a_pending_one() {
	new_ext().execute_with(|| {
		// A build found wrong (authorized by sudo) is replaced by its fix (by the council).
		assert_eq!(apply(&Alice.pair(), sudo(authorize(SAME))), Ok(Ok(())));
		motion(&Alice.pair(), 2, authorize(NEXT), &[Alice.pair(), Bob.pair()]);
		assert_eq!(last_council_execution(), Some(Ok(())));
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Upgrades(pallet_upgrades::Event::UpgradeAuthorized {
				code_hash: hash(NEXT),
				replaced: Some(hash(SAME)),
			})));
		assert!(pool_takes(bare(apply_code(SAME))).is_err());
		assert_eq!(Executive::apply_extrinsic(bare(apply_code(NEXT))), Ok(Ok(())));
		assert_eq!(code().as_deref(), Some(NEXT));

		// Authorizing the hash already pending changes nothing.
		assert_eq!(apply(&Alice.pair(), sudo(authorize(b"v3"))), Ok(Ok(())));
		let twice = apply(&Alice.pair(), sudo(authorize(b"v3")));
		assert_eq!(twice, Ok(Ok(())), "sudo itself succeeds; its inner result is in Sudid");
		let inner = System::events().into_iter().rev().find_map(|r| match r.event {
			RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => Some(sudo_result),
			_ => None,
		});
		assert_eq!(inner, Some(Err(pallet_upgrades::Error::<Runtime>::AlreadyAuthorized.into())));
	});
}
