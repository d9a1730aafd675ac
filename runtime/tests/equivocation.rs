//! Misbehaving and idle validators, as block import applies the reports: a GRANDPA
//! equivocation (two prevotes in one round, signed by one validator's key) reported with an
//! unsigned extrinsic, as the node's voter submits it, with a proof through historical
//! sessions that the key belonged to a validator of that session. The offender leaves the set
//! at the next planned session, never below the minimum; forged, mismatched and repeated
//! reports are refused. And the blocks each validator authors, counted per session.

mod common;

use codec::Encode;
use common::*;
use frame_support::traits::{Hooks, KeyOwnerProofSystem, OnInitialize};
use medchain_runtime::{
	AllPalletsWithSystem, Executive, Historical, Runtime, RuntimeCall, RuntimeEvent, System,
	UncheckedExtrinsic,
};
use medchain_runtime_api::runtime_decl_for_validator_set_api::ValidatorSetApiV1;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_consensus_grandpa::{EquivocationProof, SetId, KEY_TYPE};
use sp_core::H256;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{
	traits::Hash as _,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, Digest, DigestItem,
};

/// A prevote for `(hash, number)` in `round`, signed by `signer` for `set_id`.
fn prevote(
	signer: Ed25519Keyring,
	set_id: SetId,
	round: u64,
	hash: H256,
	number: u32,
) -> (finality_grandpa::Prevote<H256, u32>, sp_consensus_grandpa::AuthoritySignature) {
	let vote = finality_grandpa::Prevote { target_hash: hash, target_number: number };
	let message = finality_grandpa::Message::Prevote(vote.clone());
	let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
	(vote, signer.sign(&payload).into())
}

/// `offender`'s two prevotes for different blocks in round 1 of the current set, the second
/// signed by `second_signer` (the offender for a real equivocation).
fn equivocation(
	offender: Ed25519Keyring,
	second_signer: Ed25519Keyring,
) -> EquivocationProof<H256, u32> {
	let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
	EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: 1,
			identity: offender.public().into(),
			first: prevote(offender, set_id, 1, H256::repeat_byte(1), 1),
			second: prevote(second_signer, set_id, 1, H256::repeat_byte(2), 1),
		}),
	)
}

/// The proof that `key` is a GRANDPA key of the current session's validators.
fn key_owner_proof(key: Ed25519Keyring) -> Option<sp_session::MembershipProof> {
	let id: sp_consensus_grandpa::AuthorityId = key.public().into();
	Historical::prove((KEY_TYPE, id))
}

/// Applies the unsigned report as block import does.
fn report(
	proof: EquivocationProof<H256, u32>,
	key_owner_proof: sp_session::MembershipProof,
) -> ApplyExtrinsicResult {
	let call = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation_unsigned {
		equivocation_proof: Box::new(proof),
		key_owner_proof,
	});
	Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(call))
}

fn validators() -> Vec<medchain_runtime::AccountId> {
	pallet_validator_set::Validators::<Runtime>::get().into_inner()
}

fn offenders_reported() -> Vec<(medchain_runtime::AccountId, bool)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::ValidatorSet(pallet_validator_set::Event::OffenderReported {
				validator,
				removed,
				..
			}) => Some((validator, removed)),
			_ => None,
		})
		.collect()
}

/// Runs to block `n` as Aura authors them: each block carries its slot (the block number),
/// so `pallet-authorship` finds its author.
fn author_blocks_to(n: u32) {
	while System::block_number() < n {
		let parent = System::block_number();
		let next = parent + 1;
		let parent_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&parent);
		frame_system::BlockHash::<Runtime>::insert(parent, parent_hash);
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(next as u64).encode())],
		};
		System::initialize(&next, &parent_hash, &digest);
		<AllPalletsWithSystem as OnInitialize<u32>>::on_initialize(next);
		// Authorship forgets the block's author; GRANDPA enacts scheduled changes.
		<pallet_authorship::Pallet<Runtime> as Hooks<u32>>::on_finalize(next);
		<pallet_grandpa::Pallet<Runtime> as Hooks<u32>>::on_finalize(next);
	}
}

#[test]
fn an_equivocating_validator_is_reported_and_leaves_at_the_next_session() {
	new_test_ext("local_testnet").execute_with(|| {
		let dave = Sr25519Keyring::Dave.to_account_id();
		let proof = key_owner_proof(Ed25519Keyring::Dave).expect("Dave validates");
		assert_eq!(
			report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave), proof),
			Ok(Ok(()))
		);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Offences(pallet_offences::Event::Offence { .. })
		)));
		assert_eq!(offenders_reported(), vec![(dave.clone(), true)]);
		assert!(!validators().contains(&dave));

		// The same report again is stale: an offence is reported once.
		let again = key_owner_proof(Ed25519Keyring::Dave).expect("Dave still validates");
		assert_eq!(
			report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave), again),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);

		// Two sessions on (the next one was announced already), Dave's keys are out of both
		// authority sets.
		let dave_grandpa: sp_consensus_grandpa::AuthorityId = Ed25519Keyring::Dave.public().into();
		run_to_block(2 * medchain_runtime::configs::DEFAULT_SESSION_LENGTH + 2);
		assert!(!grandpa_authorities().contains(&dave_grandpa));
		assert!(!aura_authorities().contains(&Sr25519Keyring::Dave.public().into()));
		assert_eq!(grandpa_authorities().len(), 3);
	});
}

#[test]
fn forged_mismatched_and_honest_votes_are_not_offences() {
	new_test_ext("local_testnet").execute_with(|| {
		let proof = || key_owner_proof(Ed25519Keyring::Dave).expect("Dave validates");
		let invalid = || Ok(Err(pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof.into()));
		// Eve signs the second vote in Dave's name.
		assert_eq!(
			report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Eve), proof()),
			invalid()
		);
		// Dave's real equivocation with Charlie's key ownership proof.
		let charlie = key_owner_proof(Ed25519Keyring::Charlie).expect("Charlie validates");
		assert_eq!(
			report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave), charlie),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		// Two identical votes are no equivocation.
		let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
		let vote = prevote(Ed25519Keyring::Dave, set_id, 1, H256::repeat_byte(1), 1);
		let honest = EquivocationProof::new(
			set_id,
			sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
				round_number: 1,
				identity: Ed25519Keyring::Dave.public().into(),
				first: vote.clone(),
				second: vote,
			}),
		);
		assert_eq!(report(honest, proof()), invalid());
		// A key that is no validator's: its proof (of absence) proves nothing.
		if let Some(eve) = key_owner_proof(Ed25519Keyring::Eve) {
			assert_eq!(
				report(equivocation(Ed25519Keyring::Eve, Ed25519Keyring::Eve), eve),
				Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
			);
		}
		assert!(offenders_reported().is_empty());
		assert_eq!(validators().len(), 4);
	});
}

#[test]
fn offences_never_take_the_set_below_its_minimum() {
	new_test_ext("local_testnet").execute_with(|| {
		// local_testnet's minimum is three: Dave goes, then Charlie stays.
		let dave = key_owner_proof(Ed25519Keyring::Dave).expect("Dave validates");
		assert_eq!(
			report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave), dave),
			Ok(Ok(()))
		);
		let charlie = key_owner_proof(Ed25519Keyring::Charlie).expect("Charlie validates");
		assert_eq!(
			report(equivocation(Ed25519Keyring::Charlie, Ed25519Keyring::Charlie), charlie),
			Ok(Ok(()))
		);
		assert_eq!(
			offenders_reported(),
			vec![
				(Sr25519Keyring::Dave.to_account_id(), true),
				(Sr25519Keyring::Charlie.to_account_id(), false),
			]
		);
		assert_eq!(validators().len(), 3);
	});
}

#[test]
fn each_validators_authored_blocks_are_counted_per_session() {
	new_test_ext("local_testnet").execute_with(|| {
		// Blocks 2..=9 of session 0: slots 2..=9 over four authorities.
		author_blocks_to(9);
		let session = <Runtime as ValidatorSetApiV1<_, _>>::current_session();
		let counts = <Runtime as ValidatorSetApiV1<_, _>>::authored_blocks(session);
		assert_eq!(counts.len(), 4, "{counts:?}");
		assert_eq!(counts.iter().map(|(_, n)| n).sum::<u32>(), 8);
		assert!(counts.iter().all(|(_, n)| *n == 2), "{counts:?}");
		// The next session starts; the last one's counts are kept.
		author_blocks_to(12);
		let next = <Runtime as ValidatorSetApiV1<_, _>>::current_session();
		assert_eq!(next, session + 1);
		let kept = <Runtime as ValidatorSetApiV1<_, _>>::authored_blocks(session);
		assert_eq!(kept.iter().map(|(_, n)| n).sum::<u32>(), 8);
		// Blocks 10..=12 count in the new session.
		let now = <Runtime as ValidatorSetApiV1<_, _>>::authored_blocks(next);
		assert_eq!(now.iter().map(|(_, n)| n).sum::<u32>(), 3);
	});
}
