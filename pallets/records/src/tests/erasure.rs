//! When a patient is erased, the envelopes addressed to them go, in bounded steps.

use super::*;
use crate::{Event, PatientEnvelopes, PendingErasure, Records as RecordsMap};
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
		// The hook deletes one batch (2) at once.
		let used = Records::on_patient_erased(&pseudonym(1));
		assert!(!used.is_zero());
		assert!(used.all_lte(<Records as OnPatientErased>::max_weight()));
		assert_eq!(PatientEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 3);
		assert!(PendingErasure::<Test>::contains_key(pseudonym(1)));
		assert_eq!(
			last_event(),
			Event::PatientEnvelopesErased { patient: pseudonym(1), removed: 2, complete: false }
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
		let step = <() as crate::WeightInfo>::erase_envelopes(2).saturating_add(
			<<Test as frame_system::Config>::DbWeight as Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads(1),
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
