//! Mandatory review of ended sessions, and its consequences for responders.

use super::*;
use crate::{Barred, Error, Event, OpenSessions, Reviewer, Sessions, Unreviewed};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{AuditEvent, ProviderRegistry};
use sp_runtime::DispatchError;

fn open_again(responder: u64) -> sp_runtime::DispatchResult {
	Emergency::open_session(
		RuntimeOrigin::signed(responder),
		pseudonym(1),
		EmergencyReason::EmergencyTreatment,
		doc(3),
	)
	.map(|_| ())
	.map_err(|e| e.error)
}

#[test]
fn an_independent_auditor_finds_a_session_justified() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		run_to(21);
		assert_ok!(Emergency::review_session(
			RuntimeOrigin::signed(AUDITOR),
			session,
			true,
			doc(0xf1)
		));
		assert_eq!(
			last_event(),
			Event::SessionReviewed {
				session,
				justified: true,
				by: Reviewer::Auditor(AUDITOR),
				responder_suspended: false,
			}
		);
		let review = Sessions::<Test>::get(session).unwrap().review.unwrap();
		assert_eq!((review.justified, review.finding, review.at), (true, doc(0xf1), 21));
		assert!(Unreviewed::<Test>::get(RESPONDER).is_empty());
		assert_eq!(OpenSessions::<Test>::get(pseudonym(1), RESPONDER), None);
		assert_eq!(
			Audit::of(pseudonym(1)).pop(),
			Some((AUDITOR, AuditEvent::SessionReviewed { session, justified: true }))
		);
		assert!(!Barred::<Test>::contains_key(RESPONDER));
		assert!(<Registry as ProviderRegistry<u64>>::is_active_practitioner(&RESPONDER, None));
	});
}

#[test]
fn an_unjustified_finding_bars_and_suspends_the_responder() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(RESPONDER), session));
		assert_ok!(Emergency::review_session(RuntimeOrigin::root(), session, false, doc(0xf2)));
		assert_eq!(
			last_event(),
			Event::SessionReviewed {
				session,
				justified: false,
				by: Reviewer::Governance,
				responder_suspended: true,
			}
		);
		assert_eq!(Barred::<Test>::get(RESPONDER), Some(session));
		assert!(!<Registry as ProviderRegistry<u64>>::is_active_practitioner(&RESPONDER, None));
		assert_eq!(
			Audit::of(pseudonym(1)).pop(),
			Some((
				Emergency::account_id(),
				AuditEvent::SessionReviewed { session, justified: false }
			))
		);
		// Reactivated in the registry, still barred here until governance lifts the bar.
		Registry::set_active(RESPONDER, true);
		assert_noop!(open_again(RESPONDER), Error::<Test>::Barred);
		assert_noop!(
			Emergency::lift_bar(RuntimeOrigin::signed(AUDITOR), RESPONDER),
			DispatchError::BadOrigin
		);
		assert_ok!(Emergency::lift_bar(RuntimeOrigin::root(), RESPONDER));
		assert_eq!(last_event(), Event::BarLifted { responder: RESPONDER });
		assert_ok!(open_again(RESPONDER));
		assert_noop!(
			Emergency::lift_bar(RuntimeOrigin::root(), RESPONDER),
			Error::<Test>::NotBarred
		);
	});
}

#[test]
fn the_finding_stands_when_the_responder_left_the_registry() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(ALICE), session));
		Registry::remove_practitioner(RESPONDER);
		assert_ok!(Emergency::review_session(
			RuntimeOrigin::signed(AUDITOR),
			session,
			false,
			doc(0xf3)
		));
		assert_eq!(
			last_event(),
			Event::SessionReviewed {
				session,
				justified: false,
				by: Reviewer::Auditor(AUDITOR),
				responder_suspended: false,
			}
		);
		assert!(Barred::<Test>::contains_key(RESPONDER));
	});
}

#[test]
fn review_errors() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		let review =
			|who: u64, s| Emergency::review_session(RuntimeOrigin::signed(who), s, true, doc(9));
		medchain_test_utils::assert_noop_charged!(
			review(AUDITOR, session),
			Error::<Test>::SessionNotEnded
		);
		run_to(21);
		medchain_test_utils::assert_noop_charged!(
			review(AUDITOR, 42),
			Error::<Test>::SessionNotFound
		);
		for who in [NOBODY, PHYSICIAN, EMS2, ALICE] {
			medchain_test_utils::assert_noop_charged!(
				review(who, session),
				Error::<Test>::NotAuditor
			);
		}
		medchain_test_utils::assert_noop_charged!(
			review(AUDITOR_EMS1, session),
			Error::<Test>::AuditorNotIndependent
		);
		// Nor may an auditor of an authority that approved the session (EMS3 did).
		Registry::add_practitioner(50, EMS3, medchain_primitives::PractitionerRole::Auditor);
		medchain_test_utils::assert_noop_charged!(
			review(50, session),
			Error::<Test>::AuditorNotIndependent
		);
		Registry::set_active(AUDITOR, false);
		medchain_test_utils::assert_noop_charged!(
			review(AUDITOR, session),
			Error::<Test>::NotAuditor
		);
		Registry::set_active(AUDITOR, true);
		medchain_test_utils::assert_noop_charged!(
			Emergency::review_session(RuntimeOrigin::none(), session, true, doc(9)),
			DispatchError::BadOrigin
		);
		assert_ok!(review(AUDITOR, session));
		medchain_test_utils::assert_noop_charged!(
			review(AUDITOR, session),
			Error::<Test>::AlreadyReviewed
		);
		medchain_test_utils::assert_noop_charged!(
			Emergency::review_session(RuntimeOrigin::root(), session, false, doc(9)),
			Error::<Test>::AlreadyReviewed
		);
	});
}

#[test]
fn lapsed_sessions_are_reviewed_too() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		run_to(11);
		assert_ok!(Emergency::review_session(
			RuntimeOrigin::signed(AUDITOR),
			session,
			true,
			doc(4)
		));
		assert!(Unreviewed::<Test>::get(RESPONDER).is_empty());
	});
}

#[test]
fn an_overdue_review_blocks_new_sessions() {
	ExtBuilder.build_and_execute(|| {
		// Expires at block 21; the review is due before block 71.
		let first = active_session();
		run_to(70);
		let second = open(RESPONDER, 1);
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(RESPONDER), second));
		run_to(71);
		assert_noop!(open_again(RESPONDER), Error::<Test>::ReviewOverdue);
		// Other responders are not affected.
		assert_ok!(open_again(PHYSICIAN));
		assert_ok!(Emergency::review_session(RuntimeOrigin::signed(AUDITOR), first, true, doc(5)));
		assert_ok!(open_again(RESPONDER));
	});
}

#[test]
fn too_many_unreviewed_sessions_block_new_ones() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..2 {
			let session = open(RESPONDER, 1);
			assert_ok!(Emergency::close_session(RuntimeOrigin::signed(RESPONDER), session));
		}
		assert_eq!(Unreviewed::<Test>::get(RESPONDER).len(), 2);
		assert_noop!(open_again(RESPONDER), Error::<Test>::TooManyUnreviewed);
		assert_ok!(Emergency::review_session(RuntimeOrigin::root(), 0, true, doc(6)));
		assert_ok!(open_again(RESPONDER));
	});
}
