//! Requests from third parties: approve, deny, cancel; research consent.

use super::*;
use crate::{Error, Event, Grants, PendingRequests, RequestStatus, Requests, ResearchTerms};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;

fn request(
	by: u64,
	purpose: Purpose,
	research: Option<ResearchTerms<u64>>,
) -> sp_runtime::DispatchResult {
	Consent::request_access(
		RuntimeOrigin::signed(by),
		pseudonym(1),
		Scope::AllRecords,
		Permission::Read,
		purpose,
		100,
		research,
	)
}

fn ethics() -> Option<ResearchTerms<u64>> {
	Some(ResearchTerms { ethics_approval: H256::repeat_byte(7), approved_by: HOSPITAL })
}

#[test]
fn an_insurer_requests_and_the_patient_approves() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_eq!(
			last_event(),
			Event::AccessRequested { request: 0, patient: pseudonym(1), requester: INSURER }
		);
		assert_eq!(PendingRequests::<Test>::get(pseudonym(1)).to_vec(), vec![0]);
		System::set_block_number(10);
		assert_ok!(Consent::approve_request(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(Requests::<Test>::get(0).unwrap().status, RequestStatus::Approved(0));
		assert!(PendingRequests::<Test>::get(pseudonym(1)).is_empty());
		let g = Grants::<Test>::get(0).unwrap();
		assert_eq!(
			(g.grantee, g.expires_at, g.request, g.purpose),
			(INSURER, Some(110), Some(0), Purpose::Payment)
		);
		assert_eq!(last_event(), Event::RequestApproved { request: 0, grant: 0, by: ALICE });
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(1)).is_some());
	});
}

#[test]
fn the_patient_denies_and_the_requester_cancels() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(CAROL), 0));
		assert_eq!(Requests::<Test>::get(0).unwrap().status, RequestStatus::Denied);
		assert_eq!(last_event(), Event::RequestDenied { request: 0, by: CAROL });
		assert!(Consent::access_reason(&INSURER, &RecordBook::get(1)).is_none());
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::RequestNotPending
		);

		assert_ok!(request(DOCTOR, Purpose::Treatment, None));
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(NURSE), 1),
			Error::<Test>::NotRequester
		);
		assert_ok!(Consent::cancel_request(RuntimeOrigin::signed(DOCTOR), 1));
		assert_eq!(Requests::<Test>::get(1).unwrap().status, RequestStatus::Cancelled);
		assert_eq!(last_event(), Event::RequestCancelled { request: 1 });
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(DOCTOR), 1),
			Error::<Test>::RequestNotPending
		);
		assert_noop!(
			Consent::deny_request(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::RequestNotPending
		);
	});
}

#[test]
fn decision_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(request(INSURER, Purpose::Payment, None));
		for call in [Consent::approve_request, Consent::deny_request, Consent::cancel_request] {
			assert_noop!(call(RuntimeOrigin::signed(ALICE), 9), Error::<Test>::RequestNotFound);
			assert_noop!(call(RuntimeOrigin::none(), 0), DispatchError::BadOrigin);
		}
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(INSURER), 0),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::deny_request(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotAuthorized
		);
		// A requester suspended since asking cannot be granted.
		Registry::set_active(INSURER, false);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotActiveProvider
		);
	});
}

#[test]
fn request_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(request(NOBODY, Purpose::Payment, None), Error::<Test>::NotActiveProvider);
		assert_noop!(
			request(CLINIC_DOCTOR, Purpose::Treatment, None),
			Error::<Test>::NotActiveProvider
		);
		assert_noop!(request(ALICE, Purpose::Treatment, None), Error::<Test>::NotActiveProvider);
		assert_noop!(
			Consent::request_access(
				RuntimeOrigin::signed(INSURER),
				pseudonym(9),
				Scope::AllRecords,
				Permission::Read,
				Purpose::Payment,
				100,
				None
			),
			Error::<Test>::PatientNotFound
		);
		for duration in [0, 1_001] {
			assert_noop!(
				Consent::request_access(
					RuntimeOrigin::signed(INSURER),
					pseudonym(1),
					Scope::AllRecords,
					Permission::Read,
					Purpose::Payment,
					duration,
					None
				),
				Error::<Test>::InvalidDuration
			);
		}
		assert_noop!(
			Consent::request_access(
				RuntimeOrigin::signed(INSURER),
				pseudonym(1),
				Scope::Records(Default::default()),
				Permission::Read,
				Purpose::Payment,
				100,
				None
			),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			request(INSURER, Purpose::Payment, ethics()),
			Error::<Test>::ResearchTermsMismatch
		);
		assert_noop!(
			request(UNIVERSITY, Purpose::Research, None),
			Error::<Test>::ResearchTermsMismatch
		);
	});
}

#[test]
fn research_needs_a_research_body_an_ethics_approval_and_read_only() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(request(INSURER, Purpose::Research, ethics()), Error::<Test>::NotResearchBody);
		assert_noop!(request(DOCTOR, Purpose::Research, ethics()), Error::<Test>::NotResearchBody);
		let unknown =
			Some(ResearchTerms { ethics_approval: H256::repeat_byte(7), approved_by: NOBODY });
		assert_noop!(
			request(UNIVERSITY, Purpose::Research, unknown),
			Error::<Test>::UnknownEthicsApprover
		);
		assert_noop!(
			Consent::request_access(
				RuntimeOrigin::signed(RESEARCHER),
				pseudonym(1),
				Scope::AllRecords,
				Permission::ReadWrite,
				Purpose::Research,
				100,
				ethics()
			),
			Error::<Test>::ResearchIsReadOnly
		);
		// A researcher of the university asks; the patient approves for de-identified use.
		assert_ok!(request(RESEARCHER, Purpose::Research, ethics()));
		assert_ok!(Consent::approve_request(RuntimeOrigin::signed(ALICE), 0));
		let g = Grants::<Test>::get(0).unwrap();
		assert_eq!(g.purpose, Purpose::Research);
		assert_eq!(g.research, ethics());
		assert_eq!(g.permission, Permission::Read);
	});
}

#[test]
fn a_requester_cannot_flood_a_patient() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_noop!(
			request(INSURER, Purpose::Payment, None),
			Error::<Test>::RequesterLimitReached
		);
		assert_ok!(request(DOCTOR, Purpose::Treatment, None));
		assert_ok!(request(NURSE, Purpose::Treatment, None));
		assert_noop!(
			request(RESEARCHER, Purpose::Research, ethics()),
			Error::<Test>::TooManyPendingRequests
		);
		// A decision frees room.
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(ALICE), 0));
		assert_ok!(request(RESEARCHER, Purpose::Research, ethics()));
	});
}

#[test]
fn a_patients_grants_and_requests_are_listed_by_position() {
	ExtBuilder.build_and_execute(|| {
		let first = grant(DOCTOR, None);
		let second = grant(NURSE, Some(50));
		assert_ok!(Consent::revoke_access(RuntimeOrigin::signed(ALICE), first));
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_ok!(request(DOCTOR, Purpose::Treatment, None));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(ALICE), 0));

		let grants = Consent::grants_of(pseudonym(1), 0, 10);
		assert_eq!(grants.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![first, second]);
		assert!(grants[0].1.revoked.is_some());
		assert_eq!(
			Consent::grants_of(pseudonym(1), 1, 10).iter().map(|(id, _)| *id).collect::<Vec<_>>(),
			vec![second]
		);
		assert!(Consent::grants_of(pseudonym(1), 2, 10).is_empty());
		assert!(Consent::grants_of(pseudonym(1), u32::MAX, u32::MAX).is_empty());
		assert_eq!(Consent::grants_of(pseudonym(1), 0, 1).len(), 1);
		assert!(Consent::grants_of(pseudonym(2), 0, 10).is_empty());

		let requests = Consent::requests_of(pseudonym(1), 0, 10);
		assert_eq!(
			requests.iter().map(|(id, r)| (*id, r.status)).collect::<Vec<_>>(),
			vec![(0, RequestStatus::Denied), (1, RequestStatus::Pending)]
		);
		assert_eq!(Consent::requests_of(pseudonym(1), 1, 10).len(), 1);
	});
}

#[test]
fn erasure_ends_every_grant_and_closes_pending_requests() {
	use medchain_primitives::OnPatientErased;
	ExtBuilder.build_and_execute(|| {
		grant(NURSE, None);
		grant(CLINIC, Some(50));
		let pending = crate::NextRequestId::<Test>::get();
		assert_ok!(request(DOCTOR, Purpose::Treatment, None));
		Registry::erase(pseudonym(1));
		let used = <Consent as OnPatientErased>::on_patient_erased(&pseudonym(1));
		assert!(used.all_lte(<Consent as OnPatientErased>::max_weight()));
		assert_eq!(crate::ActiveGrants::<Test>::iter_prefix(pseudonym(1)).count(), 0);
		assert_eq!(crate::ActiveGrantCount::<Test>::get(pseudonym(1)), 0);
		assert!(PendingRequests::<Test>::get(pseudonym(1)).is_empty());
		assert_eq!(Requests::<Test>::get(pending).unwrap().status, RequestStatus::Closed);
		// The history stays; nobody may act for the patient any more.
		assert_eq!(Grants::<Test>::iter().count(), 2);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(ALICE), pending),
			Error::<Test>::RequestNotPending
		);
		// Bob's are untouched.
		assert_ok!(Consent::grant_access(
			RuntimeOrigin::signed(BOB),
			pseudonym(2),
			NURSE,
			Scope::AllRecords,
			Permission::Read,
			Purpose::Treatment,
			None
		));
	});
}

#[test]
fn requests_must_fit_the_requesters_kind_and_research_an_independent_approval() {
	ExtBuilder.build_and_execute(|| {
		let ask = |by, permission, purpose, research| {
			Consent::request_access(
				RuntimeOrigin::signed(by),
				pseudonym(1),
				Scope::AllRecords,
				permission,
				purpose,
				100,
				research,
			)
		};
		// A research body cannot dodge the research rules with another purpose.
		assert_noop!(
			ask(RESEARCHER, Permission::ReadWrite, Purpose::Operations, None),
			Error::<Test>::PurposeNotAllowed
		);
		assert_noop!(
			ask(UNIVERSITY, Permission::Read, Purpose::Treatment, None),
			Error::<Test>::PurposeNotAllowed
		);
		// An insurer asks for payment, read-only.
		assert_noop!(
			ask(INSURER, Permission::ReadWrite, Purpose::Payment, None),
			Error::<Test>::PurposeNotAllowed
		);
		assert_noop!(
			ask(INSURER, Permission::Read, Purpose::Treatment, None),
			Error::<Test>::PurposeNotAllowed
		);
		// The ethics approval comes from another organization that may approve ethics.
		let approved_by =
			|org| Some(ResearchTerms { ethics_approval: H256::repeat_byte(7), approved_by: org });
		assert_noop!(
			ask(RESEARCHER, Permission::Read, Purpose::Research, approved_by(UNIVERSITY)),
			Error::<Test>::EthicsApproverNotIndependent
		);
		assert_noop!(
			ask(RESEARCHER, Permission::Read, Purpose::Research, approved_by(INSURER)),
			Error::<Test>::EthicsApproverNotIndependent
		);
		assert_ok!(ask(RESEARCHER, Permission::Read, Purpose::Research, approved_by(HOSPITAL)));
	});
}

#[test]
fn an_unanswered_request_expires_and_old_requests_are_deleted_after_their_retention() {
	use crate::{RequestCount, RequestsOf, RequestsPruned};
	ExtBuilder.build_and_execute(|| {
		let lifetime = RequestLifetime::get();
		let retention = RequestRetention::get();
		assert_ok!(request(INSURER, Purpose::Payment, None));
		assert_ok!(request(DOCTOR, Purpose::Treatment, None));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(ALICE), 1));
		// Nothing to expire or delete yet: refused, nothing changes.
		medchain_test_utils::assert_noop_charged!(
			Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 10),
			Error::<Test>::NothingToClean
		);
		// Past its lifetime the pending request can no longer be decided or cancelled...
		System::set_block_number(1 + lifetime);
		for call in [
			Consent::approve_request(RuntimeOrigin::signed(ALICE), 0),
			Consent::deny_request(RuntimeOrigin::signed(ALICE), 0),
			Consent::cancel_request(RuntimeOrigin::signed(INSURER), 0),
		] {
			assert_eq!(call, Err(Error::<Test>::RequestExpired.into()));
		}
		// ... and anyone expires it, freeing the pending list.
		medchain_test_utils::assert_noop_charged!(
			Consent::clean_requests(RuntimeOrigin::none(), pseudonym(1), 10),
			DispatchError::BadOrigin
		);
		assert_ok!(Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 10));
		assert_eq!(Requests::<Test>::get(0).map(|r| r.status), Some(RequestStatus::Expired));
		assert!(PendingRequests::<Test>::get(pseudonym(1)).is_empty());
		assert_eq!(
			last_event(),
			Event::RequestsCleaned { patient: pseudonym(1), expired: 1, deleted: 0 }
		);
		// A newer request, made later, keeps its place while the old ones go (it expires
		// meanwhile).
		assert_ok!(request(INSURER, Purpose::Payment, None));
		System::set_block_number(1 + lifetime + retention);
		assert_ok!(Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 10));
		assert_eq!(
			last_event(),
			Event::RequestsCleaned { patient: pseudonym(1), expired: 1, deleted: 2 }
		);
		assert!(Requests::<Test>::get(0).is_none() && Requests::<Test>::get(1).is_none());
		assert!(Requests::<Test>::get(2).is_some());
		assert_eq!(RequestsPruned::<Test>::get(pseudonym(1)), 2);
		assert_eq!(RequestCount::<Test>::get(pseudonym(1)), 3);
		assert!(!RequestsOf::<Test>::contains_key(pseudonym(1), 0));
		// The page skips what was deleted.
		let page = Consent::requests_of(pseudonym(1), 0, 10);
		assert_eq!(page.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![2]);
		// The audit trail keeps every request's entries.
		assert!(crate::AuditLength::<Test>::get(pseudonym(1)) >= 4);
	});
}

#[test]
fn clean_requests_deletes_at_most_its_limit() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..4 {
			assert_ok!(request(DOCTOR, Purpose::Treatment, None));
			let id = crate::NextRequestId::<Test>::get() - 1;
			assert_ok!(Consent::cancel_request(RuntimeOrigin::signed(DOCTOR), id));
		}
		System::set_block_number(1 + RequestLifetime::get() + RequestRetention::get());
		// MaxCleanRequests is 3 in the mock.
		assert_ok!(Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 100));
		assert_eq!(crate::RequestsPruned::<Test>::get(pseudonym(1)), 3);
		assert_ok!(Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 100));
		assert_eq!(crate::RequestsPruned::<Test>::get(pseudonym(1)), 4);
		medchain_test_utils::assert_noop_charged!(
			Consent::clean_requests(RuntimeOrigin::signed(BOB), pseudonym(1), 100),
			Error::<Test>::NothingToClean
		);
	});
}
