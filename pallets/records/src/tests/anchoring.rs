//! Anchoring: who may, what is stored, what is refused.

use super::*;
use crate::{
	Error, Event, NextRecordId, PatientEnvelopes, PatientRecordCount, PatientRecords, RecordByHash,
	Records as RecordsMap,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::RecordKind;
use sp_runtime::DispatchError;

#[test]
fn a_practitioner_of_the_registering_organization_anchors() {
	ExtBuilder.build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(DOCTOR),
			pseudonym(1),
			content(1),
			cid(),
			RecordKind::LabResult,
			envelope(1),
		));
		let record = RecordsMap::<Test>::get(0).unwrap();
		assert_eq!(record.patient, pseudonym(1));
		assert_eq!(record.content_hash, content(1));
		assert_eq!(record.cid, cid());
		assert_eq!(record.kind, RecordKind::LabResult);
		assert_eq!(record.author, DOCTOR);
		assert_eq!(record.organization, Some(HOSPITAL));
		assert_eq!(record.anchored_at, 5);
		assert_eq!(record.timestamp, 1_700_000_000_000);
		assert_eq!((record.version, record.root, record.previous, record.next), (1, 0, None, None));
		assert_eq!(record.retraction, None);
		assert_eq!(RecordByHash::<Test>::get(content(1)), Some(0));
		assert_eq!(PatientRecords::<Test>::get(pseudonym(1), 0), Some(0));
		assert_eq!(PatientRecordCount::<Test>::get(pseudonym(1)), 1);
		assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), 0), Some(envelope(1)));
		assert_eq!(NextRecordId::<Test>::get(), 1);
		assert_eq!(
			last_event(),
			Event::RecordAnchored {
				record: 0,
				patient: pseudonym(1),
				author: DOCTOR,
				kind: RecordKind::LabResult
			}
		);
	});
}

#[test]
fn the_patient_anchors_their_own_records() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			content(1),
			cid(),
			RecordKind::VitalSigns,
			envelope(1),
		));
		let record = RecordsMap::<Test>::get(0).unwrap();
		assert_eq!(record.author, BOB);
		assert_eq!(record.organization, None);
	});
}

#[test]
fn fhir_resource_types_are_kinds() {
	ExtBuilder.build_and_execute(|| {
		let kind = RecordKind::Fhir(BoundedVec::truncate_from(b"DiagnosticReport".to_vec()));
		assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(DOCTOR),
			pseudonym(1),
			content(1),
			cid(),
			kind.clone(),
			envelope(1),
		));
		assert_eq!(RecordsMap::<Test>::get(0).unwrap().kind, kind);
		for bad in [
			&b""[..],
			b"observation",
			b"Diagnostic Report",
			b"Obs3rvation",
			b"SchizophreniaDiagnosis",
		] {
			assert_noop!(
				Records::anchor_record(
					RuntimeOrigin::signed(DOCTOR),
					pseudonym(1),
					content(2),
					cid(),
					RecordKind::Fhir(BoundedVec::truncate_from(bad.to_vec())),
					envelope(1),
				),
				Error::<Test>::InvalidKind
			);
		}
	});
}

#[test]
fn who_may_not_anchor() {
	ExtBuilder.build_and_execute(|| {
		let by = |who: u64| {
			Records::anchor_record(
				RuntimeOrigin::signed(who),
				pseudonym(1),
				content(1),
				cid(),
				RecordKind::LabResult,
				envelope(1),
			)
		};
		// Another organization's physician, a suspended one, a guardian, another patient,
		// a stranger.
		for who in [OUTSIDER, SUSPENDED, CAROL, BOB, NOBODY] {
			assert_noop!(by(who), Error::<Test>::NotAuthorized);
		}
		// Bob registered himself and gave the hospital's physician no grant.
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				pseudonym(2),
				content(1),
				cid(),
				RecordKind::LabResult,
				envelope(1),
			),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::none(),
				pseudonym(1),
				content(1),
				cid(),
				RecordKind::LabResult,
				envelope(1),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn anchoring_input_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				pseudonym(9),
				content(1),
				cid(),
				RecordKind::LabResult,
				envelope(1),
			),
			Error::<Test>::PatientNotFound
		);
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				pseudonym(1),
				content(1),
				cid(),
				RecordKind::LabResult,
				BoundedVec::new(),
			),
			Error::<Test>::EmptyEnvelope
		);
		let mut broken = cid().into_inner();
		broken.pop();
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				pseudonym(1),
				content(1),
				BoundedVec::truncate_from(broken),
				RecordKind::LabResult,
				envelope(1),
			),
			Error::<Test>::MalformedCid
		);
		let identity = [vec![0x01, 0x55, 0x00, 0x05], b"hello".to_vec()].concat();
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(DOCTOR),
				pseudonym(1),
				content(1),
				BoundedVec::truncate_from(identity),
				RecordKind::LabResult,
				envelope(1),
			),
			Error::<Test>::UnsupportedMultihash
		);
	});
}

#[test]
fn a_content_hash_is_anchored_once() {
	ExtBuilder.build_and_execute(|| {
		anchor(1);
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(BOB),
				pseudonym(2),
				content(1),
				cid(),
				RecordKind::Other,
				envelope(1),
			),
			Error::<Test>::AlreadyAnchored
		);
	});
}

#[test]
fn verification_answers_what_was_anchored() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(Records::verify(content(1)), None);
		System::set_block_number(3);
		anchor(1);
		let v = Records::verify(content(1)).unwrap();
		assert_eq!(v.record, 0);
		assert_eq!(v.patient, pseudonym(1));
		assert_eq!(v.author, DOCTOR);
		assert_eq!(v.organization, Some(HOSPITAL));
		assert_eq!(v.anchored_at, 3);
		assert_eq!(v.current_version, 0);
		assert!(!v.retracted);
	});
}

#[test]
fn records_are_paged_per_patient() {
	ExtBuilder.build_and_execute(|| {
		for seed in 1..=5 {
			anchor(seed);
		}
		assert_eq!(Records::records_of(pseudonym(1), 0, 2), vec![0, 1]);
		assert_eq!(Records::records_of(pseudonym(1), 2, 2), vec![2, 3]);
		assert_eq!(Records::records_of(pseudonym(1), 4, 2), vec![4]);
		assert_eq!(Records::records_of(pseudonym(1), 9, 2), Vec::<u64>::new());
		assert_eq!(Records::records_of(pseudonym(2), 0, 10), Vec::<u64>::new());
	});
}
