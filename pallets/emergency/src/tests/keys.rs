//! The emergency key, emergency envelopes, and the release of key shares to a responder.

use super::*;
use crate::{
	EmergencyEnvelopes, EmergencyKeys, Error, Event, KeyShare, KeySharesOf, ReleasedShares,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use medchain_primitives::{AuditEvent, EncryptionKey, RecordId};
use sp_runtime::DispatchError;

const KEY: EncryptionKey = EncryptionKey([9; 32]);

fn shares(holders: &[u64]) -> KeySharesOf<Test> {
	BoundedVec::truncate_from(
		holders
			.iter()
			.map(|a| KeyShare { authority: *a, ciphertext: bytes(&[*a as u8; 4]) })
			.collect(),
	)
}

/// Alice sets an emergency key shared by `holders`, threshold 2.
fn set_key(holders: &[u64]) {
	assert_ok!(Emergency::set_emergency_key(
		RuntimeOrigin::signed(ALICE),
		pseudonym(1),
		KEY,
		2,
		shares(holders)
	));
}

fn envelopes(list: &[RecordId]) -> crate::EnvelopeBatchOf<Test> {
	BoundedVec::truncate_from(list.iter().map(|r| (*r, bytes(&[0xe0, *r as u8]))).collect())
}

fn release(who: u64, session: SessionId) -> sp_runtime::DispatchResult {
	Emergency::release_key_share(RuntimeOrigin::signed(who), session, bytes(&[0x5a; 8]))
}

#[test]
fn the_patient_sets_and_a_guardian_rotates_the_emergency_key() {
	ExtBuilder.build_and_execute(|| {
		set_key(&[EMS1, EMS2, EMS3]);
		assert_eq!(
			last_event(),
			Event::EmergencyKeySet { patient: pseudonym(1), version: 0, by: ALICE }
		);
		let key = EmergencyKeys::<Test>::get(pseudonym(1)).unwrap();
		assert_eq!((key.key, key.version, key.threshold, key.shares.len()), (KEY, 0, 2, 3));
		assert_ok!(Emergency::set_emergency_key(
			RuntimeOrigin::signed(CAROL),
			pseudonym(1),
			EncryptionKey([8; 32]),
			2,
			shares(&[EMS3, EMS2, EMS1])
		));
		let key = EmergencyKeys::<Test>::get(pseudonym(1)).unwrap();
		assert_eq!((key.version, key.threshold, key.set_by), (1, 2, CAROL));
		assert_eq!(
			Audit::of(pseudonym(1)),
			vec![
				(ALICE, AuditEvent::EmergencyKeySet { version: 0 }),
				(CAROL, AuditEvent::EmergencyKeySet { version: 1 }),
			]
		);
	});
}

#[test]
fn emergency_key_errors() {
	ExtBuilder.build_and_execute(|| {
		let set = |who: u64,
		           patient: u8,
		           key: EncryptionKey,
		           threshold: u8,
		           holders: KeySharesOf<Test>| {
			Emergency::set_emergency_key(
				RuntimeOrigin::signed(who),
				pseudonym(patient),
				key,
				threshold,
				holders,
			)
		};
		let all = || shares(&[EMS1, EMS2, EMS3]);
		assert_noop!(set(ALICE, 9, KEY, 2, all()), Error::<Test>::PatientNotFound);
		for who in [NOBODY, RESPONDER, BOB] {
			assert_noop!(set(who, 1, KEY, 2, all()), Error::<Test>::NotAuthorized);
		}
		assert_noop!(set(ALICE, 1, EncryptionKey([0; 32]), 2, all()), Error::<Test>::UnusableKey);
		assert_noop!(
			set(ALICE, 1, KEY, 2, shares(&[EMS1, EMS4])),
			Error::<Test>::ShareHolderNotAuthority
		);
		assert_noop!(
			set(ALICE, 1, KEY, 2, shares(&[EMS1, EMS2, EMS1])),
			Error::<Test>::DuplicateShareHolder
		);
		let mut empty = all();
		empty[1].ciphertext = BoundedVec::new();
		assert_noop!(set(ALICE, 1, KEY, 2, empty), Error::<Test>::EmptyCiphertext);
		// Below the consortium minimum, and below Dave's policy of 3.
		assert_noop!(set(ALICE, 1, KEY, 1, all()), Error::<Test>::ThresholdBelowPolicy);
		assert_noop!(set(DAVE, 3, KEY, 2, all()), Error::<Test>::ThresholdBelowPolicy);
		// Above Alice's policy of 2: a session gathers two approvals, so only two shares could
		// ever be released and the key never rebuilt.
		assert_noop!(set(ALICE, 1, KEY, 3, all()), Error::<Test>::ThresholdAbovePolicy);
		assert_noop!(set(DAVE, 3, KEY, 3, shares(&[EMS1, EMS2])), Error::<Test>::NotEnoughShares);
		assert_noop!(
			Emergency::set_emergency_key(RuntimeOrigin::none(), pseudonym(1), KEY, 2, all()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_patient_or_the_author_posts_emergency_envelopes() {
	ExtBuilder.build_and_execute(|| {
		set_key(&[EMS1, EMS2, EMS3]);
		assert_ok!(Emergency::post_emergency_envelopes(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			0,
			envelopes(&[1])
		));
		assert_eq!(
			last_event(),
			Event::EmergencyEnvelopesPosted { patient: pseudonym(1), count: 1, by: ALICE }
		);
		// The author of records 1 and 2 posts for both (replacing record 1's).
		assert_ok!(Emergency::post_emergency_envelopes(
			RuntimeOrigin::signed(PHYSICIAN),
			pseudonym(1),
			0,
			envelopes(&[1, 2])
		));
		let stored = EmergencyEnvelopes::<Test>::get(pseudonym(1), 2).unwrap();
		assert_eq!((stored.version, stored.ciphertext.into_inner()), (0, vec![0xe0, 2]));
		assert_eq!(
			Audit::of(pseudonym(1)).pop(),
			Some((PHYSICIAN, AuditEvent::EmergencyEnvelopesPosted { count: 2 }))
		);
		// After rotation, envelopes carry the new version; those sealed for the old one are
		// refused.
		set_key(&[EMS1, EMS2]);
		assert_noop!(
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::signed(PHYSICIAN),
				pseudonym(1),
				0,
				envelopes(&[2])
			),
			Error::<Test>::KeyVersionChanged
		);
		assert_ok!(Emergency::post_emergency_envelopes(
			RuntimeOrigin::signed(CAROL),
			pseudonym(1),
			1,
			envelopes(&[2])
		));
		assert_eq!(EmergencyEnvelopes::<Test>::get(pseudonym(1), 2).unwrap().version, 1);
	});
}

#[test]
fn emergency_envelope_errors() {
	ExtBuilder.build_and_execute(|| {
		let post = |who: u64, list: &[RecordId]| {
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::signed(who),
				pseudonym(1),
				0,
				envelopes(list),
			)
		};
		assert_noop!(post(ALICE, &[1]), Error::<Test>::NoEmergencyKey);
		set_key(&[EMS1, EMS2, EMS3]);
		// Sealed for a version that is not the current one: stored, it would be labelled with
		// the current version and never open.
		assert_noop!(
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				1,
				envelopes(&[1])
			),
			Error::<Test>::KeyVersionChanged
		);
		assert_noop!(post(ALICE, &[]), Error::<Test>::NoEnvelopes);
		assert_noop!(post(ALICE, &[1, 77]), Error::<Test>::RecordNotFound);
		assert_noop!(post(ALICE, &[3]), Error::<Test>::WrongPatient);
		assert_noop!(post(RESPONDER, &[1]), Error::<Test>::NotAuthorized);
		let mut empty = envelopes(&[1, 2]);
		empty[1].1 = BoundedVec::new();
		assert_noop!(
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::signed(ALICE),
				pseudonym(1),
				0,
				empty
			),
			Error::<Test>::EmptyCiphertext
		);
		assert_noop!(
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::none(),
				pseudonym(1),
				0,
				envelopes(&[1])
			),
			DispatchError::BadOrigin
		);
		// Once exposed, no more envelopes for that key.
		let session = active_session();
		assert_ok!(release(EMS3, session));
		assert_noop!(post(ALICE, &[1]), Error::<Test>::EmergencyKeyExposed);
	});
}

#[test]
fn approving_authorities_release_their_shares_to_an_active_session() {
	ExtBuilder.build_and_execute(|| {
		set_key(&[EMS1, EMS2, EMS3]);
		let session = active_session();
		assert_ok!(release(EMS3, session));
		assert_eq!(last_event(), Event::KeyShareReleased { session, authority: EMS3, by: EMS3 });
		assert_ok!(release(ATTENDANT, session));
		assert_eq!(
			last_event(),
			Event::KeyShareReleased { session, authority: EMS2, by: ATTENDANT }
		);
		assert_eq!(ReleasedShares::<Test>::iter_prefix(session).count(), 2);
		assert_eq!(ReleasedShares::<Test>::get(session, EMS2).unwrap().into_inner(), vec![0x5a; 8]);
		assert_eq!(EmergencyKeys::<Test>::get(pseudonym(1)).unwrap().exposed_in, Some(session));
		let trail = Audit::of(pseudonym(1));
		assert_eq!(trail[trail.len() - 2], (EMS3, AuditEvent::KeyShareReleased { session }));
		// Rotation clears the exposure; envelopes may be posted again.
		set_key(&[EMS1, EMS2, EMS3]);
		assert_eq!(EmergencyKeys::<Test>::get(pseudonym(1)).unwrap().exposed_in, None);
		assert_ok!(Emergency::post_emergency_envelopes(
			RuntimeOrigin::signed(ALICE),
			pseudonym(1),
			1,
			envelopes(&[1])
		));
	});
}

#[test]
fn release_errors() {
	ExtBuilder.build_and_execute(|| {
		let pending = open(RESPONDER2, 1);
		let session = active_session();
		assert_noop!(release(EMS3, session), Error::<Test>::NoEmergencyKey);
		set_key(&[EMS1, EMS3]);
		assert_noop!(release(NOBODY, session), Error::<Test>::NotAuthority);
		assert_noop!(release(RESPONDER, session), Error::<Test>::NotAuthority);
		assert_noop!(release(EMS3, 42), Error::<Test>::SessionNotFound);
		assert_noop!(release(EMS3, pending), Error::<Test>::SessionNotActive);
		assert_noop!(release(EMS1, session), Error::<Test>::DidNotApprove);
		// EMS2 approved but holds no share of this key.
		assert_noop!(release(ATTENDANT, session), Error::<Test>::NoShareHeld);
		assert_noop!(
			Emergency::release_key_share(RuntimeOrigin::signed(EMS3), session, BoundedVec::new()),
			Error::<Test>::EmptyCiphertext
		);
		assert_noop!(
			Emergency::release_key_share(RuntimeOrigin::none(), session, bytes(&[1])),
			DispatchError::BadOrigin
		);
		assert_ok!(release(EMS3, session));
		assert_noop!(release(EMS3, session), Error::<Test>::AlreadyReleased);
		run_to(21);
		assert_noop!(release(EMS3, session), Error::<Test>::SessionNotActive);
	});
}

#[test]
fn released_shares_go_when_the_session_is_closed_or_cleaned() {
	ExtBuilder.build_and_execute(|| {
		set_key(&[EMS1, EMS2, EMS3]);
		let closed = active_session();
		assert_ok!(release(EMS3, closed));
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(ALICE), closed));
		assert_eq!(ReleasedShares::<Test>::iter_prefix(closed).count(), 0);

		let expired = open(PHYSICIAN, 1);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS1), expired));
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS2), expired));
		assert_ok!(release(EMS1, expired));
		run_to(21);
		assert_eq!(ReleasedShares::<Test>::iter_prefix(expired).count(), 1);
		assert_ok!(Emergency::clean_session(RuntimeOrigin::signed(NOBODY), expired));
		assert_eq!(ReleasedShares::<Test>::iter_prefix(expired).count(), 0);
	});
}

#[test]
fn a_suspended_author_posts_no_emergency_envelopes() {
	ExtBuilder.build_and_execute(|| {
		set_key(&[EMS1, EMS2, EMS3]);
		Registry::set_active(PHYSICIAN, false);
		assert_noop!(
			Emergency::post_emergency_envelopes(
				RuntimeOrigin::signed(PHYSICIAN),
				pseudonym(1),
				0,
				envelopes(&[1])
			),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_session_needs_at_least_the_key_threshold_even_after_the_policy_is_lowered() {
	ExtBuilder.build_and_execute(|| {
		// A fourth authority, so that three holders are independent of RESPONDER's EMS1.
		Registry::add_organization(70, medchain_primitives::OrganizationKind::EmergencyService);
		crate::Authorities::<Test>::mutate(|a| a.try_push(70).expect("room"));
		// Dave's policy asks for 3; his key is shared with threshold 3.
		assert_ok!(Emergency::set_emergency_key(
			RuntimeOrigin::signed(DAVE),
			pseudonym(3),
			KEY,
			3,
			shares(&[EMS1, EMS2, EMS3, 70])
		));
		// He lowers the policy to 2 afterwards: a session still gathers 3 approvals, so the
		// key can be rebuilt.
		Registry::set_policy(
			pseudonym(3),
			medchain_primitives::EmergencyPolicy { allowed: true, required_approvals: 2 },
		);
		let session = open(RESPONDER, 3);
		assert_eq!(crate::Sessions::<Test>::get(session).unwrap().required_approvals, 3);
	});
}
