//! Erasure: the emergency key goes at once; emergency envelopes and open sessions go in
//! bounded steps; nothing is approved or released for an erased patient meanwhile.

use super::*;
use crate::{
	EmergencyEnvelope, EmergencyEnvelopes, EmergencyKeys, Error, Event, KeyShare, OpenSessions,
	PendingErasure, ReleasedShares, SessionStatus,
};
use frame_support::{assert_noop, traits::Hooks, weights::Weight, BoundedVec};
use medchain_primitives::{EncryptionKey, OnPatientErased};

fn set_key() {
	assert_ok!(Emergency::set_emergency_key(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		EncryptionKey([9; 32]),
		2,
		BoundedVec::truncate_from(
			[EMS1, EMS2, EMS3]
				.iter()
				.map(|a| KeyShare { authority: *a, ciphertext: bytes(&[*a as u8; 4]) })
				.collect(),
		)
	));
}

#[test]
fn erasure_deletes_the_key_envelopes_and_closes_open_sessions_in_steps() {
	ExtBuilder.build_and_execute(|| {
		set_key();
		// More emergency envelopes than one step deletes (the batch is 2).
		for record in 1..=3 {
			EmergencyEnvelopes::<Test>::insert(
				pseudonym(1),
				record,
				EmergencyEnvelope { version: 0, ciphertext: bytes(&[1]) },
			);
		}
		let active = active_session();
		assert_ok!(Emergency::release_key_share(
			RuntimeOrigin::signed(ATTENDANT),
			active,
			bytes(&[5; 4])
		));
		let pending = open(RESPONDER2, 1);
		// Another patient's are untouched.
		EmergencyEnvelopes::<Test>::insert(
			pseudonym(2),
			3,
			EmergencyEnvelope { version: 0, ciphertext: bytes(&[1]) },
		);

		Registry::erase(pseudonym(1));
		let used = <Emergency as OnPatientErased>::on_patient_erased(&pseudonym(1));
		assert!(used.all_lte(<Emergency as OnPatientErased>::max_weight()));
		assert!(EmergencyKeys::<Test>::get(pseudonym(1)).is_none());
		assert_eq!(EmergencyEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 1);
		assert!(PendingErasure::<Test>::contains_key(pseudonym(1)));
		assert_eq!(
			last_event(),
			Event::PatientErased {
				patient: pseudonym(1),
				envelopes: 2,
				sessions: 2,
				complete: false
			}
		);
		// Both sessions of the patient are closed, with their shares.
		assert_eq!(Emergency::session_status(active), Some(SessionStatus::Closed));
		assert_eq!(Emergency::session_status(pending), Some(SessionStatus::Closed));
		assert_eq!(ReleasedShares::<Test>::iter_prefix(active).count(), 0);
		assert_eq!(OpenSessions::<Test>::iter_prefix(pseudonym(1)).count(), 0);
		assert!(EmergencyEnvelopes::<Test>::contains_key(pseudonym(2), 3));

		Emergency::on_idle(2, Weight::MAX);
		assert_eq!(EmergencyEnvelopes::<Test>::iter_prefix(pseudonym(1)).count(), 0);
		assert!(!PendingErasure::<Test>::contains_key(pseudonym(1)));
	});
}

#[test]
fn nothing_is_approved_or_released_for_an_erased_patient() {
	ExtBuilder.build_and_execute(|| {
		set_key();
		let session = open(RESPONDER, 1);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session));
		// Erased, before the clean-up reached the session.
		Registry::erase(pseudonym(1));
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS3), session),
			Error::<Test>::PatientNotFound
		);
		medchain_test_utils::assert_noop_charged!(
			Emergency::open_session(
				RuntimeOrigin::signed(RESPONDER2),
				pseudonym(1),
				EmergencyReason::EmergencyTreatment,
				doc(0xaa),
			),
			Error::<Test>::PatientNotFound
		);
		// The clean-up follows (the patients pallet calls it at erasure).
		<Emergency as OnPatientErased>::on_patient_erased(&pseudonym(1));
	});
}

#[test]
fn shares_go_only_to_a_responder_still_active() {
	ExtBuilder.build_and_execute(|| {
		set_key();
		let session = active_session();
		Registry::set_active(RESPONDER, false);
		assert_noop!(
			Emergency::release_key_share(RuntimeOrigin::signed(ATTENDANT), session, bytes(&[5; 4])),
			Error::<Test>::ResponderNotActive
		);
	});
}

#[test]
fn independence_is_checked_against_the_responders_organization_at_approval() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		// The responder leaves EMS1 and is re-registered by EMS2 while the session waits.
		Registry::remove_practitioner(RESPONDER);
		Registry::add_practitioner(
			RESPONDER,
			EMS2,
			medchain_primitives::PractitionerRole::EmergencyResponder,
		);
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session),
			Error::<Test>::OwnOrganization
		);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS3), session));
	});
}
