//! Key envelopes: sharing a record's data key and removing envelopes.

use super::*;
use crate::{
	Envelopes, Error, Event, PendingPrune, PendingStaffPrune, Records as RecordsMap, StaffShares,
};
use frame_support::weights::Weight;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::PatientId;
use sp_runtime::DispatchError;

#[test]
fn the_patient_shares_with_a_reader() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		assert_eq!(Envelopes::<Test>::get(record, NURSE), Some(envelope(7)));
		assert_eq!(RecordsMap::<Test>::get(record).unwrap().envelopes, 1);
		assert_eq!(
			last_event(),
			Event::KeyShared { record, recipient: NURSE, by: ALICE, replaced: false }
		);
		// Replacing (after the nurse rotated her key) keeps the count.
		assert_ok!(Records::share_key(RuntimeOrigin::signed(DOCTOR), record, NURSE, envelope(8)));
		assert_eq!(Envelopes::<Test>::get(record, NURSE), Some(envelope(8)));
		assert_eq!(RecordsMap::<Test>::get(record).unwrap().envelopes, 1);
		assert_eq!(
			last_event(),
			Event::KeyShared { record, recipient: NURSE, by: DOCTOR, replaced: true }
		);
		// A guardian may share too.
		assert_ok!(Records::share_key(RuntimeOrigin::signed(CAROL), record, DOCTOR, envelope(9)));
		let mut shared = Records::envelopes_of(record);
		shared.sort();
		assert_eq!(shared, vec![(DOCTOR, envelope(9)), (NURSE, envelope(8))]);
	});
}

#[test]
fn sharing_errors() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), 9, NURSE, envelope(7)),
			Error::<Test>::RecordNotFound
		);
		// Only the patient, a guardian or the author shares.
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(NURSE), record, NURSE, envelope(7)),
			Error::<Test>::NotAuthorized
		);
		// The recipient needs a key, and read access.
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, NOBODY, envelope(7)),
			Error::<Test>::RecipientHasNoKey
		);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, OUTSIDER, envelope(7)),
			Error::<Test>::RecipientMayNotRead
		);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, SUSPENDED, envelope(7)),
			Error::<Test>::RecipientMayNotRead
		);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, BoundedVec::new()),
			Error::<Test>::EmptyEnvelope
		);
		assert_noop!(
			Records::share_key(RuntimeOrigin::none(), record, NURSE, envelope(7)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn envelopes_per_record_are_bounded() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		for (i, reader) in [NURSE, 20, 21].into_iter().enumerate() {
			Registry::add_practitioner(
				reader,
				HOSPITAL,
				medchain_primitives::PractitionerRole::Physician,
			);
			assert_ok!(Records::share_key(
				RuntimeOrigin::signed(ALICE),
				record,
				reader,
				envelope(i as u8)
			));
		}
		Registry::add_practitioner(22, HOSPITAL, medchain_primitives::PractitionerRole::Physician);
		assert_noop!(
			Records::share_key(RuntimeOrigin::signed(ALICE), record, 22, envelope(9)),
			Error::<Test>::TooManyEnvelopes
		);
		// Replacing at the bound is fine; removing an envelope makes room.
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, 20, envelope(9)));
		assert_ok!(Records::remove_envelope(RuntimeOrigin::signed(ALICE), record, 20));
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, 22, envelope(9)));
	});
}

#[test]
fn removing_an_envelope() {
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		assert_noop!(
			Records::remove_envelope(RuntimeOrigin::signed(NURSE), record, NURSE),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Records::remove_envelope(RuntimeOrigin::signed(ALICE), 9, NURSE),
			Error::<Test>::RecordNotFound
		);
		assert_noop!(
			Records::remove_envelope(RuntimeOrigin::signed(ALICE), record, DOCTOR),
			Error::<Test>::EnvelopeNotFound
		);
		assert_ok!(Records::remove_envelope(RuntimeOrigin::signed(CAROL), record, NURSE));
		assert!(!Envelopes::<Test>::contains_key(record, NURSE));
		assert_eq!(RecordsMap::<Test>::get(record).unwrap().envelopes, 0);
		assert_eq!(last_event(), Event::EnvelopeRemoved { record, recipient: NURSE, by: CAROL });
		assert_noop!(
			Records::remove_envelope(RuntimeOrigin::signed(ALICE), record, NURSE),
			Error::<Test>::EnvelopeNotFound
		);
		assert_noop!(
			Records::remove_envelope(RuntimeOrigin::root(), record, NURSE),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn revoking_an_organizations_grant_removes_its_staffs_envelopes_not_justified_otherwise() {
	use medchain_primitives::{KeyEnvelopes, RecordLookup};
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		let second = anchor(2);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), first, NURSE, envelope(7)));
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), second, NURSE, envelope(7)));
		// The clinic's physician reads through a grant of its own.
		assert_ok!(crate::mock::Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			OUTSIDER,
			medchain_primitives::Scope::AllRecords,
			medchain_primitives::Permission::Read,
			medchain_primitives::Purpose::Treatment,
			None,
		));
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), second, OUTSIDER, envelope(7)));
		// The nurse also holds a narrower grant of her own: the first record only.
		assert_ok!(crate::mock::Consent::grant_access(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			NURSE,
			medchain_primitives::Scope::Records(frame_support::BoundedVec::truncate_from(vec![
				first
			])),
			medchain_primitives::Permission::Read,
			medchain_primitives::Purpose::Treatment,
			None,
		));
		// While HOSPITAL's grant covers its staff, a prune removes nothing.
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &HOSPITAL, 10),
			(2, 0)
		);
		assert!(StaffShares::<Test>::contains_key((pseudonym(1), HOSPITAL, NURSE)));

		// ALICE revokes HOSPITAL's grant (the first grant): the nurse's envelope of the second
		// record goes, the first stays (her own grant covers it), the clinic keeps its own.
		assert_ok!(crate::mock::Consent::revoke_access(RuntimeOrigin::signed(ALICE), 0));
		assert!(Envelopes::<Test>::contains_key(first, NURSE));
		assert!(!Envelopes::<Test>::contains_key(second, NURSE));
		assert!(Envelopes::<Test>::contains_key(second, OUTSIDER));
		assert_eq!(RecordsMap::<Test>::get(second).unwrap().envelopes, 1);
		let reference = <Records as RecordLookup<u64>>::record(first).unwrap();
		assert_eq!((reference.patient, reference.author), (pseudonym(1), DOCTOR));
		assert!(<Records as RecordLookup<u64>>::record(99).is_none());
	});
}

/// Anchors `n` records of ALICE's and shares each with NURSE.
fn shared_with_nurse(n: u8) -> Vec<u64> {
	let records: Vec<u64> = (1..=n).map(anchor).collect();
	for record in &records {
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), *record, NURSE, envelope(7)));
	}
	records
}

#[test]
fn anyone_prunes_the_envelopes_of_a_suspended_practitioner_in_pages() {
	ExtBuilder.build_and_execute(|| {
		shared_with_nurse(5);
		// Nothing to prune while the nurse may read.
		assert_ok!(Records::prune_envelopes(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			NURSE,
			None
		));
		assert_eq!(Envelopes::<Test>::iter().count(), 5);
		Registry::set_active(NURSE, false);
		// A page of PruneBatch (2), then the rest after the last record examined.
		assert_ok!(Records::prune_envelopes(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			NURSE,
			None
		));
		let crate::Event::EnvelopesPruned { examined, removed, last, .. } = last_event() else {
			panic!("a prune event")
		};
		assert_eq!((examined, removed), (2, 2));
		assert_eq!(Envelopes::<Test>::iter().count(), 3);
		assert_ok!(Records::prune_envelopes(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			NURSE,
			last
		));
		assert_ok!(Records::prune_envelopes(
			RuntimeOrigin::signed(NOBODY),
			pseudonym(1),
			NURSE,
			None
		));
		assert_eq!(Envelopes::<Test>::iter().count(), 0);
		assert!(!StaffShares::<Test>::contains_key((pseudonym(1), HOSPITAL, NURSE)));
		// Refused, and charged only the lookup.
		let refused =
			Records::prune_envelopes(RuntimeOrigin::signed(NOBODY), pseudonym(1), NURSE, None)
				.expect_err("nothing is left");
		assert_eq!(refused.error, Error::<Test>::NothingToPrune.into());
		assert!(refused.post_info.actual_weight.is_some());
		assert_noop!(
			Records::prune_envelopes(RuntimeOrigin::root(), pseudonym(1), NURSE, None),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_deactivated_practitioners_unjustified_envelopes_go_across_patients() {
	use medchain_primitives::OnProviderDeactivated;
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		// While she may read, nothing goes.
		<Records as OnProviderDeactivated<u64>>::on_practitioner_deactivated(&NURSE);
		assert!(Envelopes::<Test>::contains_key(record, NURSE));
		Registry::set_active(NURSE, false);
		let used = <Records as OnProviderDeactivated<u64>>::on_practitioner_deactivated(&NURSE);
		assert!(used.all_lte(<Records as OnProviderDeactivated<u64>>::max_weight()));
		assert!(!Envelopes::<Test>::contains_key(record, NURSE));
		assert_eq!(RecordsMap::<Test>::get(record).unwrap().envelopes, 0);
	});
}

#[test]
fn what_a_deactivation_leaves_is_pruned_in_on_idle() {
	use frame_support::traits::Hooks;
	use medchain_primitives::OnProviderDeactivated;
	ExtBuilder.build_and_execute(|| {
		let records = shared_with_nurse(5);
		Registry::set_active(NURSE, false);
		// The call examines a batch (PruneBatch, 2) and queues the rest.
		<Records as OnProviderDeactivated<u64>>::on_practitioner_deactivated(&NURSE);
		assert_eq!(Envelopes::<Test>::iter().count(), 3);
		assert!(PendingPrune::<Test>::get((NURSE, None::<PatientId>)).is_some_and(|c| c.is_some()));
		// A block without room does nothing.
		assert_eq!(Records::on_idle(1, Weight::zero()), Weight::zero());
		assert_eq!(Envelopes::<Test>::iter().count(), 3);
		// A block with room finishes, within what it was given.
		let limit = Weight::from_parts(u64::MAX / 2, u64::MAX / 2);
		assert!(Records::on_idle(1, limit).all_lte(limit));
		assert_eq!(Envelopes::<Test>::iter().count(), 0);
		assert_eq!(PendingPrune::<Test>::iter().count(), 0);
		assert!(records.iter().all(|r| RecordsMap::<Test>::get(r).unwrap().envelopes == 0));
	});
}

#[test]
fn an_organizations_deactivation_prunes_its_staffs_envelopes() {
	use frame_support::traits::Hooks;
	use medchain_primitives::OnProviderDeactivated;
	ExtBuilder.build_and_execute(|| {
		let records = shared_with_nurse(3);
		assert_ok!(Records::share_key(
			RuntimeOrigin::signed(ALICE),
			records[0],
			HOSPITAL,
			envelope(8)
		));
		// While the hospital is active, its staff step finds nothing to remove.
		<Records as OnProviderDeactivated<u64>>::on_organization_deactivated(&HOSPITAL);
		Records::on_idle(1, Weight::MAX);
		assert_eq!(Envelopes::<Test>::iter().count(), 4);
		assert_eq!(PendingStaffPrune::<Test>::iter().count(), 0);

		Registry::set_active(HOSPITAL, false);
		<Records as OnProviderDeactivated<u64>>::on_organization_deactivated(&HOSPITAL);
		// The hospital's own envelope goes at once; its staff are queued.
		assert!(!Envelopes::<Test>::contains_key(records[0], HOSPITAL));
		assert!(PendingStaffPrune::<Test>::contains_key((HOSPITAL, None::<PatientId>)));
		assert_eq!(Envelopes::<Test>::iter().count(), 3);
		Records::on_idle(1, Weight::MAX);
		assert_eq!(Envelopes::<Test>::iter().count(), 0);
		assert_eq!(PendingStaffPrune::<Test>::iter().count(), 0);
		assert_eq!(PendingPrune::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_prune_beyond_its_limit_is_continued_in_on_idle() {
	use frame_support::traits::Hooks;
	use medchain_primitives::KeyEnvelopes;
	ExtBuilder.build_and_execute(|| {
		shared_with_nurse(4);
		Registry::set_active(NURSE, false);
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &NURSE, 1),
			(1, 1)
		);
		assert!(PendingPrune::<Test>::contains_key((NURSE, Some(pseudonym(1)))));
		Records::on_idle(1, Weight::MAX);
		assert_eq!(Envelopes::<Test>::iter().count(), 0);
		assert_eq!(PendingPrune::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_prune_without_budget_queues_only_what_there_is() {
	use medchain_primitives::KeyEnvelopes;
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		// A party holding nothing queues nothing.
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &OUTSIDER, 0),
			(0, 0)
		);
		assert_eq!(PendingPrune::<Test>::iter().count(), 0);
		assert_eq!(PendingStaffPrune::<Test>::iter().count(), 0);
		// The nurse's envelope is queued, and so are the hospital's staff.
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &NURSE, 0),
			(0, 0)
		);
		assert!(PendingPrune::<Test>::contains_key((NURSE, Some(pseudonym(1)))));
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &HOSPITAL, 0),
			(0, 0)
		);
		assert!(PendingStaffPrune::<Test>::contains_key((HOSPITAL, Some(pseudonym(1)))));
	});
}

#[test]
fn a_kept_envelope_is_indexed_under_the_holders_current_organization() {
	use medchain_primitives::KeyEnvelopes;
	ExtBuilder.build_and_execute(|| {
		let record = anchor(1);
		assert_ok!(Records::share_key(RuntimeOrigin::signed(ALICE), record, NURSE, envelope(7)));
		// As if the key had been shared while the nurse worked elsewhere.
		StaffShares::<Test>::remove((pseudonym(1), HOSPITAL, NURSE));
		assert_eq!(
			<Records as KeyEnvelopes<u64>>::prune_envelopes(&pseudonym(1), &NURSE, 5),
			(1, 0)
		);
		assert!(StaffShares::<Test>::contains_key((pseudonym(1), HOSPITAL, NURSE)));
	});
}
