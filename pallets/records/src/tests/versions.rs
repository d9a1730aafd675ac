//! Amendments and retraction.

use super::*;
use crate::{Error, Event, LatestVersion, Records as RecordsMap, Retraction, RetractionReason};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::RecordKind;
use sp_runtime::DispatchError;

fn amend(by: u64, previous: u64, seed: u8) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Records::amend_record(
		RuntimeOrigin::signed(by),
		previous,
		content(seed),
		cid(),
		RecordKind::LabResult,
		envelope(seed),
	)
}

#[test]
fn an_amendment_supersedes_and_links_both_ways() {
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		assert_ok!(amend(NURSE, first, 2));
		let second = 1;
		assert_eq!(
			last_event(),
			Event::RecordAmended {
				record: second,
				previous: first,
				patient: pseudonym(1),
				author: NURSE
			}
		);
		assert_ok!(amend(DOCTOR, second, 3));
		let third = 2;

		let (a, b, c) = (
			RecordsMap::<Test>::get(first).unwrap(),
			RecordsMap::<Test>::get(second).unwrap(),
			RecordsMap::<Test>::get(third).unwrap(),
		);
		assert_eq!((a.version, a.previous, a.next), (1, None, Some(second)));
		assert_eq!((b.version, b.previous, b.next), (2, Some(first), Some(third)));
		assert_eq!((c.version, c.previous, c.next), (3, Some(second), None));
		assert_eq!((a.root, b.root, c.root), (first, first, first));
		assert_eq!(LatestVersion::<Test>::get(first), Some(third));
		// Every version answers with the current one.
		for seed in 1..=3 {
			assert_eq!(Records::verify(content(seed)).unwrap().current_version, third);
		}
		assert_eq!(Records::versions_of(second, 1, 10), vec![first, second, third]);
		assert_eq!(Records::versions_of(third, 2, 1), vec![second]);
		// Amendments are records of the patient too.
		assert_eq!(Records::records_of(pseudonym(1), 0, 10), vec![first, second, third]);
	});
}

#[test]
fn amendment_errors() {
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		assert_noop!(amend(DOCTOR, 9, 2), Error::<Test>::RecordNotFound);
		assert_noop!(amend(OUTSIDER, first, 2), Error::<Test>::NotAuthorized);
		assert_noop!(amend(DOCTOR, first, 1), Error::<Test>::AlreadyAnchored);
		assert_noop!(
			Records::amend_record(
				RuntimeOrigin::signed(DOCTOR),
				first,
				content(2),
				BoundedVec::truncate_from(vec![0x01, 0x55]),
				RecordKind::LabResult,
				envelope(2),
			),
			Error::<Test>::MalformedCid
		);
		assert_ok!(amend(DOCTOR, first, 2));
		assert_noop!(amend(DOCTOR, first, 3), Error::<Test>::AlreadySuperseded);
		assert_ok!(Records::retract_record(
			RuntimeOrigin::signed(DOCTOR),
			1,
			RetractionReason::EnteredInError
		));
		assert_noop!(amend(DOCTOR, 1, 3), Error::<Test>::Retracted);
		assert_noop!(
			Records::amend_record(
				RuntimeOrigin::none(),
				first,
				content(4),
				cid(),
				RecordKind::LabResult,
				envelope(4),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_author_or_the_patient_retracts() {
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		let second = anchor(2);
		System::set_block_number(4);
		assert_ok!(Records::retract_record(
			RuntimeOrigin::signed(DOCTOR),
			first,
			RetractionReason::WrongPatient
		));
		assert_eq!(
			RecordsMap::<Test>::get(first).unwrap().retraction,
			Some(Retraction { by: DOCTOR, at: 4, reason: RetractionReason::WrongPatient })
		);
		assert_eq!(
			last_event(),
			Event::RecordRetracted {
				record: first,
				by: DOCTOR,
				reason: RetractionReason::WrongPatient
			}
		);
		assert_ok!(Records::retract_record(
			RuntimeOrigin::signed(ALICE),
			second,
			RetractionReason::PatientRequest
		));
		// Still provable.
		let v = Records::verify(content(1)).unwrap();
		assert!(v.retracted);
		assert_eq!(v.record, first);
	});
}

#[test]
fn retraction_errors() {
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		assert_noop!(
			Records::retract_record(RuntimeOrigin::signed(DOCTOR), 9, RetractionReason::Other),
			Error::<Test>::RecordNotFound
		);
		// A colleague who did not write it, and a guardian, may not.
		for who in [NURSE, CAROL, NOBODY] {
			assert_noop!(
				Records::retract_record(RuntimeOrigin::signed(who), first, RetractionReason::Other),
				Error::<Test>::NotAuthorized
			);
		}
		assert_ok!(Records::retract_record(
			RuntimeOrigin::signed(DOCTOR),
			first,
			RetractionReason::Duplicate
		));
		assert_noop!(
			Records::retract_record(RuntimeOrigin::signed(ALICE), first, RetractionReason::Other),
			Error::<Test>::AlreadyRetracted
		);
		assert_noop!(
			Records::retract_record(RuntimeOrigin::root(), first, RetractionReason::Other),
			DispatchError::BadOrigin
		);
	});
}
