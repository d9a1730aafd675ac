//! When a patient is erased, every envelope of their records goes (theirs and those shared
//! with anyone), in bounded steps.

use super::*;
use crate::{
	Envelopes, Event, PatientEnvelopes, PendingErasure, Records as RecordsMap, SharedWith,
};
use frame_support::traits::{Get, Hooks};
use frame_support::weights::Weight;
use medchain_primitives::OnPatientErased;
use sp_runtime::traits::Zero;

#[test]
fn erasure_deletes_the_patients_envelopes_in_steps() {
	ExtBuilder.build_and_execute(|| {
		for seed in 1..=5 {
			anchor(seed);
		}
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 5);
		Registry::erase(pseudonym(1));
		// The hook shreds one batch (2 records) at once.
		let used = Records::on_patient_erased(&pseudonym(1));
		assert!(!used.is_zero());
		assert!(used.all_lte(<Records as OnPatientErased>::max_weight()));
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 3);
		assert_eq!(PendingErasure::<Test>::get(pseudonym(1)), Some(2));
		assert_eq!(
			last_event(),
			Event::PatientEnvelopesErased {
				patient: pseudonym(1),
				records: 2,
				removed: 0,
				complete: false
			}
		);
		// on_idle with no room does nothing.
		assert_eq!(Records::on_idle(2, Weight::zero()), Weight::zero());
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 3);
		// With room, it finishes.
		Records::on_idle(2, Weight::MAX);
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 0);
		assert!(!PendingErasure::<Test>::contains_key(pseudonym(1)));
		// The anchors stay, as bare commitments.
		assert_eq!(RecordsMap::<Test>::iter().count(), 5);
		assert!(Records::verify(content(1)).is_some());
	});
}

#[test]
fn on_idle_stays_within_its_budget() {
	ExtBuilder.build_and_execute(|| {
		for seed in 1..=7 {
			anchor(seed);
		}
		Registry::erase(pseudonym(1));
		Records::on_patient_erased(&pseudonym(1));
		let step = <Records as OnPatientErased>::max_weight().saturating_add(
			<<Test as frame_system::Config>::DbWeight as Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads(2),
		);
		// Room for exactly one step.
		let used = Records::on_idle(2, step);
		assert!(used.all_lte(step));
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 3);
	});
}

#[test]
fn other_patients_are_untouched() {
	ExtBuilder.build_and_execute(|| {
		anchor(1);
		frame_support::assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			content(9),
			cid(),
			medchain_primitives::RecordKind::Other,
			envelope(9),
		));
		Registry::erase(pseudonym(1));
		Records::on_patient_erased(&pseudonym(1));
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 0);
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(2)).count(), 1);
	});
}

#[test]
fn erasure_deletes_the_envelopes_shared_with_anyone() {
	ExtBuilder.build_and_execute(|| {
		let first = anchor(1);
		let second = anchor(2);
		let third = anchor(3);
		for record in [first, second, third] {
			for party in [NURSE, OUTSIDER] {
				if party == OUTSIDER {
					// The clinic's physician reads through its own grant.
					if record == first {
						frame_support::assert_ok!(crate::mock::Consent::grant_access(
							RuntimeOrigin::signed(ALICE),
							pseudonym(1),
							OUTSIDER,
							medchain_primitives::Scope::AllRecords,
							medchain_primitives::Permission::Read,
							medchain_primitives::Purpose::Treatment,
							None,
						));
					}
				}
				frame_support::assert_ok!(Records::share_key(
					RuntimeOrigin::signed(ALICE),
					record,
					party,
					envelope(7)
				));
			}
		}
		assert_eq!(Envelopes::<Test>::iter().count(), 6);
		Registry::erase(pseudonym(1));
		// The first step (2 records) goes at erasure; nobody is handed a key meanwhile.
		Records::on_patient_erased(&pseudonym(1));
		assert_eq!(
			last_event(),
			Event::PatientEnvelopesErased {
				patient: pseudonym(1),
				records: 2,
				removed: 4,
				complete: false
			}
		);
		assert_eq!(Envelopes::<Test>::iter().count(), 2);
		for party in [ALICE, NURSE, OUTSIDER] {
			assert_eq!(Records::envelope(third, &party), None);
		}
		Records::on_idle(2, Weight::MAX);
		assert_eq!(Envelopes::<Test>::iter().count(), 0);
		assert_eq!(SharedWith::<Test>::iter().count(), 0);
		assert_eq!(PatientEnvelopes::<Test>::iter().count(), 0);
		assert!(RecordsMap::<Test>::iter().all(|(_, r)| r.envelopes == 0));
		assert!(!PendingErasure::<Test>::contains_key(pseudonym(1)));
	});
}
