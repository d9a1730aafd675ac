//! Re-wrapping: a party replaces its own envelopes after rotating its encryption key.

use super::*;
use crate::{Envelopes, Error, Event, PatientEnvelopes, RewrapBatchOf};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::{EncryptionKey, OnPatientErased};
use medchain_test_utils::key_of;
use sp_runtime::DispatchError;

fn batch(items: &[(u64, u8)]) -> RewrapBatchOf<Test> {
	BoundedVec::truncate_from(items.iter().map(|(r, seed)| (*r, envelope(*seed))).collect())
}

/// `who` rewraps `items` of ALICE's records for `key`.
fn rewrap(who: u64, key: EncryptionKey, items: &[(u64, u8)]) -> sp_runtime::DispatchResult {
	Records::rewrap_envelopes(RuntimeOrigin::signed(who), pseudonym(1), key, batch(items))
}

/// ALICE's key after a rotation.
fn rotated() -> EncryptionKey {
	EncryptionKey([0x77; 32])
}

#[test]
fn the_patient_rewraps_her_own_envelopes_after_a_rotation() {
	ExtBuilder.build_and_execute(|| {
		let (first, second) = (anchor(1), anchor(2));
		Registry::set_patient_key(pseudonym(1), rotated());
		assert_ok!(rewrap(ALICE, rotated(), &[(first, 41), (second, 42)]));
		assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), first), Some(envelope(41)));
		assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), second), Some(envelope(42)));
		assert_eq!(
			last_event(),
			Event::EnvelopesRewrapped {
				by: ALICE,
				patient: pseudonym(1),
				key: rotated(),
				count: 2
			}
		);
		// What the chain hands her is the new envelope.
		assert_eq!(Records::envelope(first, &ALICE), Some(envelope(41)));
	});
}

#[test]
fn a_reader_rewraps_the_envelopes_shared_with_it() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		assert_ok!(rewrap(NURSE, key_of(NURSE), &[(record, 8)]));
		assert_eq!(Envelopes::<Test>::get(record, NURSE), Some(envelope(8)));
		// The count of parties is unchanged: the envelope was replaced, not added.
		assert_eq!(crate::Records::<Test>::get(record).unwrap().envelopes, 1);
		assert_eq!(
			last_event(),
			Event::EnvelopesRewrapped {
				by: NURSE,
				patient: pseudonym(1),
				key: key_of(NURSE),
				count: 1
			}
		);
	});
}

#[test]
fn nobody_rewraps_an_envelope_that_is_not_theirs() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		// The author and an outsider hold no envelope of the record: they cannot replace the
		// patient's or the nurse's.
		for who in [DOCTOR, OUTSIDER] {
			assert_noop!(rewrap(who, key_of(who), &[(record, 9)]), Error::<Test>::EnvelopeNotFound);
		}
		// A guardian, another patient and a stranger hold no provider key, and are not ALICE:
		// no key of theirs is one envelopes of hers could be sealed to.
		for who in [CAROL, BOB, NOBODY] {
			assert_noop!(rewrap(who, key_of(who), &[(record, 9)]), Error::<Test>::KeyChanged);
		}
		assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), record), Some(envelope(1)));
		assert_eq!(Envelopes::<Test>::get(record, NURSE), Some(envelope(7)));
	});
}

#[test]
fn rewrap_errors() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		assert_noop!(rewrap(NURSE, key_of(NURSE), &[]), Error::<Test>::NothingToRewrap);
		assert_noop!(
			Records::rewrap_envelopes(
				RuntimeOrigin::signed(NURSE),
				pseudonym(1),
				key_of(NURSE),
				BoundedVec::truncate_from(vec![(record, BoundedVec::new())])
			),
			Error::<Test>::EmptyEnvelope
		);
		assert_noop!(rewrap(NURSE, key_of(NURSE), &[(99, 8)]), Error::<Test>::RecordNotFound);
		assert_noop!(
			rewrap(NURSE, key_of(NURSE), &[(record, 8), (record, 9)]),
			Error::<Test>::RecordListedTwice
		);
		// Sealed to a key that is not the nurse's registered one.
		assert_noop!(rewrap(NURSE, key_of(DOCTOR), &[(record, 8)]), Error::<Test>::KeyChanged);
		// The patient rotated again after sealing: the old key is refused.
		Registry::set_patient_key(pseudonym(1), rotated());
		assert_noop!(rewrap(ALICE, key_of(ALICE), &[(record, 8)]), Error::<Test>::KeyChanged);
		assert_noop!(
			Records::rewrap_envelopes(
				RuntimeOrigin::none(),
				pseudonym(1),
				rotated(),
				batch(&[(record, 8)])
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn one_call_rewraps_one_patients_records() {
	ExtBuilder.build_and_execute(|| {
		let alices = anchor(1);
		let bobs = crate::NextRecordId::<Test>::get();
		assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			content(2),
			cid(),
			medchain_primitives::RecordKind::LabResult,
			envelope(2),
		));
		assert_noop!(
			rewrap(ALICE, key_of(ALICE), &[(alices, 8), (bobs, 8)]),
			Error::<Test>::WrongPatient
		);
		// Named as the patient, BOB's own records are his to rewrap, not ALICE's.
		assert_ok!(Records::rewrap_envelopes(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			key_of(BOB),
			batch(&[(bobs, 8)])
		));
		assert_noop!(
			Records::rewrap_envelopes(
				RuntimeOrigin::signed(BOB),
				pseudonym(2),
				key_of(BOB),
				batch(&[(alices, 8)])
			),
			Error::<Test>::WrongPatient
		);
	});
}

#[test]
fn a_holder_whose_access_ended_cannot_keep_its_envelope_fresh() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		// Suspended before anyone pruned her envelope.
		Registry::set_active(NURSE, false);
		assert_noop!(
			rewrap(NURSE, key_of(NURSE), &[(record, 8)]),
			Error::<Test>::RecipientMayNotRead
		);
		assert_eq!(Envelopes::<Test>::get(record, NURSE), Some(envelope(7)));
		// Anyone may then prune it.
		assert_ok!(Records::prune_envelopes(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			NURSE,
			None
		));
		assert!(!Envelopes::<Test>::contains_key(record, NURSE));
	});
}

#[test]
fn a_batch_is_applied_whole_or_not_at_all() {
	ExtBuilder.build_and_execute(|| {
		let (first, second) = (anchor(1), anchor(2));
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), first, NURSE, envelope(7)));
		// The second record was never shared with the nurse: nothing of the batch is kept.
		assert_noop!(
			rewrap(NURSE, key_of(NURSE), &[(first, 8), (second, 8)]),
			Error::<Test>::EnvelopeNotFound
		);
		assert_eq!(Envelopes::<Test>::get(first, NURSE), Some(envelope(7)));
	});
}

#[test]
fn an_erased_patient_rewraps_nothing() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		Registry::erase(pseudonym(1));
		Records::on_patient_erased(&pseudonym(1));
		assert_noop!(rewrap(ALICE, key_of(ALICE), &[(record, 8)]), Error::<Test>::KeyChanged);
	});
}
