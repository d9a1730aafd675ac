//! Opening, approving, expiry, lapse, closing and cleaning of sessions, and the access check.

use super::*;
use crate::{
	Barred, Closer, Error, Event, OpenSessions, PatientSessionCount, SessionStatus, Sessions,
	Unreviewed,
};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{
	AuditEvent, EmergencyAccess, EmergencyPolicy, OrganizationKind, PractitionerRole,
};
use sp_runtime::DispatchError;

fn active(who: u64, patient: u8) -> Option<u64> {
	<Emergency as EmergencyAccess<u64>>::active_session(&who, &pseudonym(patient))
}

#[test]
fn a_responder_opens_a_session() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		assert_eq!(
			last_event(),
			Event::SessionOpened {
				session,
				patient: pseudonym(1),
				responder: RESPONDER,
				reason: EmergencyReason::EmergencyTreatment,
				required_approvals: 2,
			}
		);
		let s = Sessions::<Test>::get(session).unwrap();
		assert_eq!((s.responder, s.organization, s.required_approvals), (RESPONDER, EMS1, 2));
		assert_eq!((s.opened_at, s.approve_by), (1, 11));
		assert_eq!(s.status(1), SessionStatus::Pending);
		assert_eq!(OpenSessions::<Test>::get(pseudonym(1), RESPONDER), Some(session));
		assert_eq!(Unreviewed::<Test>::get(RESPONDER).into_inner(), vec![session]);
		assert_eq!(
			Audit::of(pseudonym(1)),
			vec![(RESPONDER, AuditEvent::SessionOpened { session })]
		);
		// Pending gives no access.
		assert_eq!(active(RESPONDER, 1), None);
	});
}

#[test]
fn a_physician_opens_a_session_too() {
	ExtBuilder.build_and_execute(|| {
		// Dave needs 3 approvals; the hospital's physician has all three authorities.
		let session = open(PHYSICIAN, 3);
		assert_eq!(Sessions::<Test>::get(session).unwrap().required_approvals, 3);
	});
}

#[test]
fn a_hospitals_nurse_may_break_glass() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Emergency::open_session(
			RuntimeOrigin::signed(NURSE),
			pseudonym(1),
			EmergencyReason::BreakTheGlass,
			doc(1),
		));
	});
}

#[test]
fn only_active_responders_and_physicians_open_sessions() {
	ExtBuilder.build_and_execute(|| {
		let open_as = |who| {
			Emergency::open_session(
				RuntimeOrigin::signed(who),
				pseudonym(1),
				EmergencyReason::BreakTheGlass,
				doc(1),
			)
		};
		// An insurer's, a laboratory's or a research body's physician may not break glass.
		for (org, kind) in [
			(60, OrganizationKind::Insurer),
			(62, OrganizationKind::Laboratory),
			(64, OrganizationKind::ResearchBody),
		] {
			Registry::add_organization(org, kind);
			Registry::add_practitioner(org + 1, org, PractitionerRole::Physician);
			medchain_test_utils::assert_noop_charged!(
				open_as(org + 1),
				Error::<Test>::NotResponder
			);
		}
		medchain_test_utils::assert_noop_charged!(open_as(ATTENDANT), Error::<Test>::NotResponder);
		medchain_test_utils::assert_noop_charged!(open_as(NOBODY), Error::<Test>::NotResponder);
		medchain_test_utils::assert_noop_charged!(open_as(EMS1), Error::<Test>::NotResponder);
		Registry::set_active(RESPONDER, false);
		medchain_test_utils::assert_noop_charged!(open_as(RESPONDER), Error::<Test>::NotResponder);
		// A suspended organization suspends its staff.
		Registry::set_active(HOSPITAL, false);
		medchain_test_utils::assert_noop_charged!(open_as(PHYSICIAN), Error::<Test>::NotResponder);
		medchain_test_utils::assert_noop_charged!(
			Emergency::open_session(
				RuntimeOrigin::none(),
				pseudonym(1),
				EmergencyReason::BreakTheGlass,
				doc(1)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_patient_and_the_policy_are_checked() {
	ExtBuilder.build_and_execute(|| {
		let open_on = |patient| {
			Emergency::open_session(
				RuntimeOrigin::signed(RESPONDER),
				pseudonym(patient),
				EmergencyReason::EmergencyTreatment,
				doc(1),
			)
		};
		medchain_test_utils::assert_noop_charged!(open_on(9), Error::<Test>::PatientNotFound);
		medchain_test_utils::assert_noop_charged!(open_on(2), Error::<Test>::BreakGlassForbidden);
		// Dave needs 3 approvals: only EMS2 and EMS3 are independent of RESPONDER (EMS1).
		medchain_test_utils::assert_noop_charged!(open_on(3), Error::<Test>::NotEnoughAuthorities);
		Registry::set_policy(
			pseudonym(3),
			EmergencyPolicy { allowed: true, required_approvals: 5 },
		);
		medchain_test_utils::assert_noop_charged!(open_on(3), Error::<Test>::ThresholdTooHigh);
		// An inactive authority does not count.
		Registry::set_active(EMS3, false);
		medchain_test_utils::assert_noop_charged!(open_on(1), Error::<Test>::NotEnoughAuthorities);
		medchain_test_utils::assert_noop_charged!(
			Emergency::open_session(
				RuntimeOrigin::signed(RESPONDER),
				pseudonym(1),
				EmergencyReason::EmergencyTreatment,
				Default::default(),
			),
			Error::<Test>::MissingJustification
		);
	});
}

#[test]
fn the_consortium_minimum_overrides_a_lower_policy() {
	ExtBuilder.build_and_execute(|| {
		Registry::set_policy(
			pseudonym(1),
			EmergencyPolicy { allowed: true, required_approvals: 0 },
		);
		let session = open(RESPONDER, 1);
		assert_eq!(Sessions::<Test>::get(session).unwrap().required_approvals, 2);
	});
}

#[test]
fn one_open_session_per_responder_and_patient() {
	ExtBuilder.build_and_execute(|| {
		let first = open(RESPONDER, 1);
		medchain_test_utils::assert_noop_charged!(
			Emergency::open_session(
				RuntimeOrigin::signed(RESPONDER),
				pseudonym(1),
				EmergencyReason::EmergencyTreatment,
				doc(2),
			),
			Error::<Test>::SessionAlreadyOpen
		);
		// Once it has lapsed, a new one may be opened.
		run_to(11);
		let second = open(RESPONDER, 1);
		assert_ne!(first, second);
		assert_eq!(OpenSessions::<Test>::get(pseudonym(1), RESPONDER), Some(second));
		assert_eq!(PatientSessionCount::<Test>::get(pseudonym(1)), 2);
	});
}

#[test]
fn approvals_below_the_threshold_leave_the_session_pending() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session));
		assert_eq!(
			last_event(),
			Event::SessionApproved { session, authority: EMS2, by: ATTENDANT, approvals: 1 }
		);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Pending));
		assert_eq!(active(RESPONDER, 1), None);
	});
}

#[test]
fn the_threshold_activates_the_session_and_access() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		run_to(3);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session));
		run_to(4);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS3), session));
		assert_eq!(last_event(), Event::SessionActivated { session, expires_at: 24 });
		let s = Sessions::<Test>::get(session).unwrap();
		assert_eq!((s.activated_at, s.expires_at), (Some(4), Some(24)));
		assert_eq!(s.approvals.len(), 2);
		assert_eq!(active(RESPONDER, 1), Some(session));
		// Only for that responder and that patient.
		assert_eq!(active(RESPONDER, 3), None);
		assert_eq!(active(PHYSICIAN, 1), None);
		assert_eq!(
			Audit::of(pseudonym(1)),
			vec![
				(RESPONDER, AuditEvent::SessionOpened { session }),
				(ATTENDANT, AuditEvent::SessionApproved { session }),
				(EMS3, AuditEvent::SessionApproved { session }),
				(EMS3, AuditEvent::SessionActivated { session }),
			]
		);
	});
}

#[test]
fn the_session_expires_at_the_exact_block() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		// Activated at block 1: active up to block 20, over from block 21.
		run_to(20);
		assert_eq!(active(RESPONDER, 1), Some(session));
		run_to(21);
		assert_eq!(active(RESPONDER, 1), None);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Expired));
	});
}

#[test]
fn a_suspended_responder_loses_access_at_once() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		assert_eq!(active(RESPONDER, 1), Some(session));
		Registry::set_active(RESPONDER, false);
		assert_eq!(active(RESPONDER, 1), None);
	});
}

#[test]
fn own_organization_approvals_do_not_count() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS1), session),
			Error::<Test>::OwnOrganization
		);
		// A responder of EMS2 cannot have EMS2's attendant approve either.
		let other = open(RESPONDER2, 1);
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), other),
			Error::<Test>::OwnOrganization
		);
		assert!(Sessions::<Test>::get(session).unwrap().approvals.is_empty());
	});
}

#[test]
fn approval_errors() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		for who in [RESPONDER, NOBODY, EMS4, HOSPITAL, PHYSICIAN] {
			assert_noop!(
				Emergency::approve_session(RuntimeOrigin::signed(who), session),
				Error::<Test>::NotAuthority
			);
		}
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS2), 42),
			Error::<Test>::SessionNotFound
		);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(ATTENDANT), session));
		// The same authority, through its own account this time.
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS2), session),
			Error::<Test>::AlreadyApproved
		);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS3), session));
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS1), session),
			Error::<Test>::SessionNotPending
		);
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::none(), session),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_session_lapses_at_the_exact_block() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		run_to(10);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS2), session));
		run_to(11);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Lapsed));
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS3), session),
			Error::<Test>::SessionLapsed
		);
		assert_eq!(active(RESPONDER, 1), None);
	});
}

#[test]
fn the_responder_the_patient_a_guardian_or_governance_close_early() {
	for (origin, closer) in [
		(RuntimeOrigin::signed(RESPONDER), Closer::Responder),
		(RuntimeOrigin::signed(ALICE), Closer::Patient(ALICE)),
		(RuntimeOrigin::signed(CAROL), Closer::Patient(CAROL)),
		(RuntimeOrigin::root(), Closer::Governance),
	] {
		ExtBuilder.build_and_execute(|| {
			let session = active_session();
			run_to(5);
			assert_ok!(Emergency::close_session(origin.clone(), session));
			assert_eq!(last_event(), Event::SessionClosed { session, by: closer.clone() });
			assert_eq!(Emergency::session_status(session), Some(SessionStatus::Closed));
			assert_eq!(Sessions::<Test>::get(session).unwrap().closure.unwrap().at, 5);
			assert_eq!(active(RESPONDER, 1), None);
			assert_eq!(OpenSessions::<Test>::get(pseudonym(1), RESPONDER), None);
			let (actor, event) = Audit::of(pseudonym(1)).pop().unwrap();
			assert_eq!(event, AuditEvent::SessionClosed { session });
			let expected = match closer {
				Closer::Governance => Emergency::account_id(),
				Closer::Patient(who) => who,
				Closer::Responder => RESPONDER,
				Closer::Erasure => unreachable!("not a caller"),
			};
			assert_eq!(actor, expected);
		});
	}
}

#[test]
fn a_pending_session_may_be_withdrawn() {
	ExtBuilder.build_and_execute(|| {
		let session = open(RESPONDER, 1);
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(RESPONDER), session));
		assert_noop!(
			Emergency::approve_session(RuntimeOrigin::signed(EMS2), session),
			Error::<Test>::SessionNotPending
		);
	});
}

#[test]
fn close_errors() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		medchain_test_utils::assert_noop_charged!(
			Emergency::close_session(RuntimeOrigin::signed(RESPONDER), 42),
			Error::<Test>::SessionNotFound
		);
		for who in [NOBODY, EMS2, BOB, PHYSICIAN] {
			medchain_test_utils::assert_noop_charged!(
				Emergency::close_session(RuntimeOrigin::signed(who), session),
				Error::<Test>::NotAuthorized
			);
		}
		medchain_test_utils::assert_noop_charged!(
			Emergency::close_session(RuntimeOrigin::none(), session),
			DispatchError::BadOrigin
		);
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(RESPONDER), session));
		medchain_test_utils::assert_noop_charged!(
			Emergency::close_session(RuntimeOrigin::signed(ALICE), session),
			Error::<Test>::SessionEnded
		);
		// Expired and lapsed sessions are over too.
		let expired = open(RESPONDER2, 1);
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS1), expired));
		assert_ok!(Emergency::approve_session(RuntimeOrigin::signed(EMS3), expired));
		let lapsed = open(PHYSICIAN, 1);
		run_to(30);
		for session in [expired, lapsed] {
			medchain_test_utils::assert_noop_charged!(
				Emergency::close_session(RuntimeOrigin::root(), session),
				Error::<Test>::SessionEnded
			);
		}
	});
}

#[test]
fn ended_sessions_are_cleaned_by_anyone() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		medchain_test_utils::assert_noop_charged!(
			Emergency::clean_session(RuntimeOrigin::signed(NOBODY), session),
			Error::<Test>::SessionNotEnded
		);
		run_to(21);
		assert_ok!(Emergency::clean_session(RuntimeOrigin::signed(NOBODY), session));
		assert_eq!(last_event(), Event::SessionCleaned { session });
		assert_eq!(OpenSessions::<Test>::get(pseudonym(1), RESPONDER), None);
		// History stays.
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Expired));
		medchain_test_utils::assert_noop_charged!(
			Emergency::clean_session(RuntimeOrigin::signed(NOBODY), session),
			Error::<Test>::NothingToClean
		);
		medchain_test_utils::assert_noop_charged!(
			Emergency::clean_session(RuntimeOrigin::signed(NOBODY), 42),
			Error::<Test>::SessionNotFound
		);
		medchain_test_utils::assert_noop_charged!(
			Emergency::clean_session(RuntimeOrigin::none(), session),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_patient_lists_every_session() {
	ExtBuilder.build_and_execute(|| {
		let first = active_session();
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(ALICE), first));
		let second = open(PHYSICIAN, 1);
		let third = open(PHYSICIAN, 3);
		let listed: Vec<_> =
			Emergency::sessions_of(pseudonym(1), 0, 10).into_iter().map(|(id, _)| id).collect();
		assert_eq!(listed, vec![first, second]);
		let page: Vec<_> =
			Emergency::sessions_of(pseudonym(1), 1, 1).into_iter().map(|(id, _)| id).collect();
		assert_eq!(page, vec![second]);
		let (_, s) = &Emergency::sessions_of(pseudonym(1), 0, 1)[0];
		assert_eq!(s.approvals.iter().map(|a| a.authority).collect::<Vec<_>>(), vec![EMS2, EMS3]);
		assert_eq!(Emergency::sessions_of(pseudonym(3), 0, 10)[0].0, third);
		assert!(Emergency::sessions_of(pseudonym(2), 0, 10).is_empty());
	});
}

#[test]
fn a_barred_responder_cannot_open() {
	ExtBuilder.build_and_execute(|| {
		Barred::<Test>::insert(RESPONDER, 7);
		medchain_test_utils::assert_noop_charged!(
			Emergency::open_session(
				RuntimeOrigin::signed(RESPONDER),
				pseudonym(1),
				EmergencyReason::EmergencyTreatment,
				doc(1),
			),
			Error::<Test>::Barred
		);
	});
}

#[test]
fn the_end_of_a_session_prunes_the_responders_envelopes() {
	ExtBuilder.build_and_execute(|| {
		let session = active_session();
		assert!(Pruned::calls().is_empty());
		assert_ok!(Emergency::close_session(RuntimeOrigin::signed(ALICE), session));
		assert_eq!(Pruned::calls(), vec![(pseudonym(1), RESPONDER, 5)]);
		// And when a lapsed session is cleaned.
		let lapsed = open(RESPONDER2, 1);
		run_to(20);
		assert_ok!(Emergency::clean_session(RuntimeOrigin::signed(NOBODY), lapsed));
		assert_eq!(Pruned::calls().last(), Some(&(pseudonym(1), RESPONDER2, 5)));
	});
}
