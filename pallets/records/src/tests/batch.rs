//! Batched anchoring: each record checked and stored as `anchor_record` would, all or none.

use super::*;
use crate::{
	AnchorBatchOf, Error, Event, NewRecord, NewRecordOf, NextRecordId, PatientEnvelopes,
	PatientRecordCount, RecordByHash, Records as RecordsMap,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::{Permission, Purpose, RecordKind, Scope};
use sp_runtime::DispatchError;

fn record(patient: u8, seed: u8) -> NewRecordOf<Test> {
	NewRecord {
		patient: pseudonym(patient),
		content_hash: content(seed),
		cid: cid(),
		kind: RecordKind::LabResult,
		patient_envelope: envelope(seed),
	}
}

fn batch(records: Vec<NewRecordOf<Test>>) -> AnchorBatchOf<Test> {
	BoundedVec::try_from(records).unwrap()
}

#[test]
fn a_batch_anchors_each_record_with_its_envelope_and_event() {
	ExtBuilder.build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(Records::anchor_records(
			RuntimeOrigin::signed(DOCTOR),
			batch(vec![record(1, 1), record(1, 2), record(1, 3)]),
		));
		assert_eq!(NextRecordId::<Test>::get(), 3);
		assert_eq!(PatientRecordCount::<Test>::get(pseudonym(1)), 3);
		for (id, seed) in [(0u64, 1u8), (1, 2), (2, 3)] {
			let stored = RecordsMap::<Test>::get(id).unwrap();
			assert_eq!(
				(stored.content_hash, stored.author, stored.anchored_at),
				(content(seed), DOCTOR, 3)
			);
			assert_eq!(stored.organization, Some(HOSPITAL));
			assert_eq!(RecordByHash::<Test>::get(content(seed)), Some(id));
			assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), id), Some(envelope(seed)));
		}
		let anchored: Vec<u64> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Records(Event::RecordAnchored { record, author, .. }) => {
					assert_eq!(author, DOCTOR);
					Some(record)
				},
				_ => None,
			})
			.collect();
		assert_eq!(anchored, vec![0, 1, 2]);
	});
}

#[test]
fn a_batch_may_hold_records_of_several_patients_each_checked() {
	ExtBuilder.build_and_execute(|| {
		// BOB lets the hospital write too: DOCTOR may write for both patients.
		assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			HOSPITAL,
			Scope::AllRecords,
			Permission::ReadWrite,
			Purpose::Treatment,
			None,
		));
		assert_ok!(Records::anchor_records(
			RuntimeOrigin::signed(DOCTOR),
			batch(vec![record(1, 1), record(2, 2)]),
		));
		assert_eq!(RecordsMap::<Test>::get(1).unwrap().patient, pseudonym(2));
		assert_eq!(PatientRecordCount::<Test>::get(pseudonym(2)), 1);
	});
}

#[test]
fn one_record_the_author_may_not_write_fails_the_whole_batch() {
	ExtBuilder.build_and_execute(|| {
		// DOCTOR may write ALICE's records, not BOB's: the first record is not kept either.
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), record(2, 2)]),
			),
			Error::<Test>::NotAuthorized
		);
		assert_eq!(NextRecordId::<Test>::get(), 0);
	});
}

#[test]
fn a_content_hash_listed_twice_or_already_anchored_fails_the_batch() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), record(1, 1)]),
			),
			Error::<Test>::AlreadyAnchored
		);
		anchor(5);
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 6), record(1, 5)]),
			),
			Error::<Test>::AlreadyAnchored
		);
	});
}

#[test]
fn every_refusal_of_anchor_record_refuses_the_batch() {
	ExtBuilder.build_and_execute(|| {
		let unknown = NewRecord { patient: pseudonym(77), ..record(1, 2) };
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), unknown])
			),
			Error::<Test>::PatientNotFound
		);
		let malformed =
			NewRecord { cid: BoundedVec::truncate_from(vec![0x01, 0x55]), ..record(1, 2) };
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), malformed])
			),
			Error::<Test>::MalformedCid
		);
		let empty = NewRecord { patient_envelope: BoundedVec::new(), ..record(1, 2) };
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), empty])
			),
			Error::<Test>::EmptyEnvelope
		);
		let free_text = NewRecord {
			kind: RecordKind::Fhir(BoundedVec::truncate_from(b"Diagnosis: flu".to_vec())),
			..record(1, 2)
		};
		assert_noop!(
			Records::anchor_records(
				RuntimeOrigin::signed(DOCTOR),
				batch(vec![record(1, 1), free_text])
			),
			Error::<Test>::InvalidKind
		);
		assert_noop!(
			Records::anchor_records(RuntimeOrigin::signed(OUTSIDER), batch(vec![record(1, 1)])),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn an_empty_batch_or_an_unsigned_origin_is_refused() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::anchor_records(RuntimeOrigin::signed(DOCTOR), batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			Records::anchor_records(RuntimeOrigin::none(), batch(vec![record(1, 1)])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_batch_beyond_the_bound_does_not_decode() {
	use codec::{Decode, Encode};
	let five: Vec<NewRecordOf<Test>> = (1..=5).map(|s| record(1, s)).collect();
	// MaxAnchorBatch is 4 in the mock.
	assert!(AnchorBatchOf::<Test>::decode(&mut &five.encode()[..]).is_err());
}
