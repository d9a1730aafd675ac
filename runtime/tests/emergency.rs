//! Break-glass at the runtime level, through real signed extrinsics from accounts without
//! tokens: emergency services as authorities (one added by a council motion), a paramedic
//! opens sessions on an unconscious patient's records, call attendants approve, the access
//! check of the consent pallet lets the paramedic read while the session is active, and an
//! independent auditor reviews every session.

mod common;

use common::{actors::*, *};
use frame_support::{assert_ok, BoundedVec};
use medchain_primitives::{
	AccessReason, AuditEvent, OrganizationKind, Permission, PractitionerRole, ProviderRegistry,
	Purpose, RecordKind, RecordRef, Scope,
};
use medchain_runtime::{
	configs::{EmergencyApprovalWindow, EmergencyReviewWindow, EmergencySessionDuration},
	Consent, Emergency, Providers, Records, Runtime, RuntimeCall, RuntimeOrigin, System,
};
use pallet_emergency::{EmergencyReason, Error, SessionStatus};
use sp_core::{sr25519, H256};
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError,
};

fn dispatch_error(result: sp_runtime::ApplyExtrinsicResult) -> DispatchError {
	result.expect("the transaction is valid").expect_err("the call fails")
}

fn error(e: Error<Runtime>) -> DispatchError {
	e.into()
}

/// Registers an emergency service (by Root) with one practitioner in `role`.
fn service(
	name: &str,
	staff: &str,
	role: PractitionerRole,
	seed: u8,
) -> (sr25519::Pair, sr25519::Pair) {
	organization_with_staff(name, OrganizationKind::EmergencyService, staff, role, seed)
}

struct World {
	hospital: Hospital,
	auditor: sr25519::Pair,
	patient: sr25519::Pair,
	pseudonym: H256,
	record: u64,
	/// Employs the paramedic; an authority.
	ems_a: sr25519::Pair,
	paramedic: sr25519::Pair,
	/// An authority approving through its call attendant.
	ems_b: sr25519::Pair,
	attendant_b: sr25519::Pair,
	/// An authority approving through its own account.
	ems_c: sr25519::Pair,
}

/// A hospital (physician and auditor) with a patient and one anchored record; three
/// emergency services, all authorities: A employs a paramedic, B a call attendant, C a
/// paramedic too. C is added by a council motion, A and B by Root.
fn world() -> World {
	let hospital = hospital();
	let auditor = pair("auditor");
	let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&auditor).into(),
		role: PractitionerRole::Auditor,
		encryption_key: key(30),
		credential: H256::repeat_byte(30),
	});
	assert_eq!(apply(&hospital.org, call), Ok(Ok(())));
	let patient = pair("patient");
	let pseudonym = H256::repeat_byte(0x42);
	assert_eq!(register_for(&hospital.doctor, &patient, pseudonym), Ok(Ok(())));
	let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(&hospital.doctor),
		scope: Scope::AllRecords,
		permission: Permission::ReadWrite,
		purpose: Purpose::Treatment,
		expires_at: None,
	});
	assert_eq!(apply(&patient, grant), Ok(Ok(())));
	let record = pallet_records::NextRecordId::<Runtime>::get();
	let anchor = RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient: pseudonym,
		content_hash: H256::repeat_byte(0x77),
		cid: BoundedVec::truncate_from(
			hex::decode("01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447")
				.expect("hex"),
		),
		kind: RecordKind::Diagnosis,
		patient_envelope: BoundedVec::truncate_from(vec![1; 92]),
	});
	assert_eq!(apply(&hospital.doctor, anchor), Ok(Ok(())));

	let (ems_a, paramedic) =
		service("ems-a", "paramedic", PractitionerRole::EmergencyResponder, 40);
	let (ems_b, attendant_b) =
		service("ems-b", "attendant-b", PractitionerRole::EmergencyCallAttendant, 50);
	let (ems_c, _) = service("ems-c", "paramedic-c", PractitionerRole::EmergencyResponder, 60);
	for ems in [&ems_a, &ems_b] {
		assert_ok!(Emergency::add_authority(RuntimeOrigin::root(), account(ems).into()));
	}
	council_motion(
		&Alice.to_account_id(),
		2,
		RuntimeCall::Emergency(pallet_emergency::Call::add_authority {
			authority: account(&ems_c).into(),
		}),
		&[Alice.to_account_id(), Bob.to_account_id()],
	);
	assert_eq!(pallet_emergency::Authorities::<Runtime>::get().len(), 3);
	World {
		hospital,
		auditor,
		patient,
		pseudonym,
		record,
		ems_a,
		paramedic,
		ems_b,
		attendant_b,
		ems_c,
	}
}

fn open_call(pseudonym: H256) -> RuntimeCall {
	RuntimeCall::Emergency(pallet_emergency::Call::open_session {
		patient: pseudonym,
		reason: EmergencyReason::EmergencyTreatment,
		justification: H256::repeat_byte(0xaa),
	})
}

fn approve_call(session: u64) -> RuntimeCall {
	RuntimeCall::Emergency(pallet_emergency::Call::approve_session { session })
}

fn review_call(session: u64, justified: bool) -> RuntimeCall {
	RuntimeCall::Emergency(pallet_emergency::Call::review_session {
		session,
		justified,
		finding: H256::repeat_byte(0xf0),
	})
}

fn reason(who: &sr25519::Pair, w: &World) -> Option<AccessReason> {
	let entry: RecordRef<_> =
		<Records as medchain_primitives::RecordLookup<_>>::record(w.record).expect("anchored");
	Consent::access_reason(&account(who), &entry)
}

/// Opens a session by the paramedic and has B (through its attendant) and C approve it.
fn active_session(w: &World) -> u64 {
	let session = pallet_emergency::NextSessionId::<Runtime>::get();
	assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
	assert_eq!(apply(&w.attendant_b, approve_call(session)), Ok(Ok(())));
	assert_eq!(apply(&w.ems_c, approve_call(session)), Ok(Ok(())));
	session
}

/// A ciphertext (key share or wrapped key) of 80 bytes `b`.
fn ciphertext(b: u8) -> pallet_emergency::CiphertextOf<Runtime> {
	BoundedVec::truncate_from(vec![b; 80])
}

/// The patient sets an emergency key with threshold 2, shared with the three authorities.
fn set_emergency_key(w: &World) {
	let shares = [&w.ems_a, &w.ems_b, &w.ems_c]
		.iter()
		.map(|a| pallet_emergency::KeyShare { authority: account(a), ciphertext: ciphertext(1) })
		.collect::<Vec<_>>();
	let set_key = RuntimeCall::Emergency(pallet_emergency::Call::set_emergency_key {
		patient: w.pseudonym,
		key: key(90),
		threshold: 2,
		shares: BoundedVec::truncate_from(shares),
	});
	assert_eq!(apply(&w.patient, set_key), Ok(Ok(())));
}

/// The patient shares the world's record with the paramedic.
fn share_with_paramedic(w: &World) {
	let share = RuntimeCall::Records(pallet_records::Call::share_key {
		record: w.record,
		recipient: account(&w.paramedic),
		envelope: BoundedVec::truncate_from(vec![5; 92]),
	});
	assert_eq!(apply(&w.patient, share), Ok(Ok(())));
}

fn jump(blocks: u32) {
	set_block(System::block_number() + blocks);
}

#[test]
fn break_glass_from_opening_to_review() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		// Before: the paramedic may not read.
		assert_eq!(reason(&w.paramedic, &w), None);

		let session = pallet_emergency::NextSessionId::<Runtime>::get();
		assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Pending));
		// The paramedic's own service may not approve.
		assert_eq!(
			dispatch_error(apply(&w.ems_a, approve_call(session))),
			error(Error::OwnOrganization)
		);
		// One approval is below the threshold of two.
		assert_eq!(apply(&w.attendant_b, approve_call(session)), Ok(Ok(())));
		assert_eq!(reason(&w.paramedic, &w), None);
		assert_eq!(apply(&w.ems_c, approve_call(session)), Ok(Ok(())));
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Active));

		// Active: the access check lets the paramedic read, the author shares the key, and
		// the paramedic's read receipt is accepted.
		assert_eq!(reason(&w.paramedic, &w), Some(AccessReason::BreakGlass(session)));
		let share = RuntimeCall::Records(pallet_records::Call::share_key {
			record: w.record,
			recipient: account(&w.paramedic),
			envelope: BoundedVec::truncate_from(vec![2; 92]),
		});
		assert_eq!(apply(&w.hospital.doctor, share), Ok(Ok(())));
		let receipt =
			RuntimeCall::Consent(pallet_consent::Call::submit_read_receipt { record: w.record });
		assert_eq!(apply(&w.paramedic, receipt.clone()), Ok(Ok(())));

		// It expires at the exact block, without any sweep.
		let expires_at = pallet_emergency::Sessions::<Runtime>::get(session)
			.and_then(|s| s.expires_at)
			.expect("activated");
		assert_eq!(expires_at, System::block_number() + EmergencySessionDuration::get());
		set_block(expires_at - 1);
		assert_eq!(reason(&w.paramedic, &w), Some(AccessReason::BreakGlass(session)));
		set_block(expires_at);
		assert_eq!(reason(&w.paramedic, &w), None);
		assert_eq!(
			dispatch_error(apply(&w.paramedic, receipt)),
			pallet_consent::Error::<Runtime>::MayNotRead.into()
		);

		// The auditor reviews it: justified.
		assert_eq!(apply(&w.auditor, review_call(session, true)), Ok(Ok(())));

		// The patient sees every step in the audit trail and the session in the list.
		let trail: Vec<_> =
			Consent::audit_trail(w.pseudonym, 0, 100).into_iter().map(|e| e.event).collect();
		for step in [
			AuditEvent::SessionOpened { session },
			AuditEvent::SessionApproved { session },
			AuditEvent::SessionActivated { session },
			AuditEvent::KeyShared { record: w.record },
			AuditEvent::RecordRead { record: w.record },
			AuditEvent::SessionReviewed { session, justified: true },
		] {
			assert!(trail.contains(&step), "{step:?} is in the trail");
		}
		let listed = Emergency::sessions_of(w.pseudonym, 0, 10);
		assert_eq!(listed.len(), 1);
		let (_, s) = &listed[0];
		assert_eq!(s.responder, account(&w.paramedic));
		assert_eq!(
			s.approvals.iter().map(|a| a.authority.clone()).collect::<Vec<_>>(),
			vec![account(&w.ems_b), account(&w.ems_c)]
		);
		assert_eq!(s.review.as_ref().map(|r| r.justified), Some(true));
	});
}

#[test]
fn the_patient_closes_a_session_early() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let session = active_session(&w);
		assert_eq!(reason(&w.paramedic, &w), Some(AccessReason::BreakGlass(session)));
		let close = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session });
		assert_eq!(apply(&w.patient, close.clone()), Ok(Ok(())));
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Closed));
		assert_eq!(reason(&w.paramedic, &w), None);
		assert_eq!(dispatch_error(apply(&w.paramedic, close)), error(Error::SessionEnded));
	});
}

#[test]
fn a_session_without_enough_approvals_lapses() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let session = pallet_emergency::NextSessionId::<Runtime>::get();
		assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
		assert_eq!(apply(&w.attendant_b, approve_call(session)), Ok(Ok(())));
		jump(EmergencyApprovalWindow::get());
		assert_eq!(
			dispatch_error(apply(&w.ems_c, approve_call(session))),
			error(Error::SessionLapsed)
		);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Lapsed));
		assert_eq!(reason(&w.paramedic, &w), None);
	});
}

#[test]
fn an_overdue_review_blocks_the_responder_and_an_unjustified_one_suspends() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let session = active_session(&w);
		let close = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session });
		assert_eq!(apply(&w.paramedic, close), Ok(Ok(())));
		// The review is due within the window after the end; past it, no new sessions.
		jump(EmergencyReviewWindow::get());
		assert_eq!(
			dispatch_error(apply(&w.paramedic, open_call(w.pseudonym))),
			error(Error::ReviewOverdue)
		);
		// An auditor of the paramedic's own service would not be independent; the hospital's
		// auditor is, and finds it unjustified.
		assert_eq!(apply(&w.auditor, review_call(session, false)), Ok(Ok(())));
		assert!(!Providers::is_active_practitioner(&account(&w.paramedic), None));
		// Suspended, the paramedic leaves the free path (and has no tokens) ...
		assert_eq!(
			apply(&w.paramedic, open_call(w.pseudonym)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		// ... and the call itself is refused.
		assert_eq!(
			Emergency::open_session(
				RuntimeOrigin::signed(account(&w.paramedic)),
				w.pseudonym,
				EmergencyReason::EmergencyTreatment,
				H256::repeat_byte(0xaa),
			)
			.map_err(|e| e.error),
			Err(error(Error::NotResponder))
		);
		// Reactivated by their service, still barred until governance lifts the bar.
		let reactivate = RuntimeCall::Providers(pallet_providers::Call::set_practitioner_status {
			practitioner: account(&w.paramedic).into(),
			status: medchain_primitives::Status::Active,
		});
		assert_eq!(apply(&w.ems_a, reactivate), Ok(Ok(())));
		assert_eq!(
			dispatch_error(apply(&w.paramedic, open_call(w.pseudonym))),
			error(Error::Barred)
		);
		assert_ok!(Emergency::lift_bar(RuntimeOrigin::root(), account(&w.paramedic).into()));
		assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
	});
}

#[test]
fn authorities_release_emergency_key_shares_to_an_active_session() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		set_emergency_key(&w);
		// The hospital that wrote the record wraps its data key for the emergency key.
		let post = RuntimeCall::Emergency(pallet_emergency::Call::post_emergency_envelopes {
			patient: w.pseudonym,
			version: 0,
			envelopes: BoundedVec::truncate_from(vec![(w.record, ciphertext(2))]),
		});
		assert_eq!(apply(&w.hospital.doctor, post.clone()), Ok(Ok(())));

		let session = active_session(&w);
		let release = |b| {
			RuntimeCall::Emergency(pallet_emergency::Call::release_key_share {
				session,
				share: ciphertext(b),
			})
		};
		// A, the paramedic's own service, did not approve: it releases nothing.
		assert_eq!(dispatch_error(apply(&w.ems_a, release(3))), error(Error::DidNotApprove));
		assert_eq!(apply(&w.attendant_b, release(4)), Ok(Ok(())));
		assert_eq!(apply(&w.ems_c, release(5)), Ok(Ok(())));
		assert_eq!(pallet_emergency::ReleasedShares::<Runtime>::iter_prefix(session).count(), 2);
		// The key is exposed: no new envelopes until the patient rotates it.
		assert_eq!(
			dispatch_error(apply(&w.hospital.doctor, post)),
			error(Error::EmergencyKeyExposed)
		);
		let trail: Vec<_> =
			Consent::audit_trail(w.pseudonym, 0, 100).into_iter().map(|e| e.event).collect();
		assert!(trail.contains(&AuditEvent::KeyShareReleased { session }));
		assert!(trail.contains(&AuditEvent::EmergencyKeySet { version: 0 }));
	});
}

/// After erasure nothing of the patient can be decrypted through the chain, nor used: every
/// envelope (shared ones included), every grant, the pending requests, the emergency key and
/// envelopes, the pending session; and nobody can create new ones. The anchors stay.
#[test]
fn erasure_shreds_every_key_and_ends_every_access() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		// A specialist of another hospital may read, and the doctor shared the key with them.
		let (clinic, specialist) = organization_with_staff(
			"second-hospital",
			OrganizationKind::Hospital,
			"specialist",
			PractitionerRole::Physician,
			70,
		);
		let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient: w.pseudonym,
			grantee: account(&specialist),
			scope: Scope::AllRecords,
			permission: Permission::Read,
			purpose: Purpose::Treatment,
			expires_at: None,
		});
		assert_eq!(apply(&w.patient, grant), Ok(Ok(())));
		let share = |to: &sr25519::Pair| {
			RuntimeCall::Records(pallet_records::Call::share_key {
				record: w.record,
				recipient: account(to),
				envelope: BoundedVec::truncate_from(vec![9; 92]),
			})
		};
		assert_eq!(apply(&w.hospital.doctor, share(&specialist)), Ok(Ok(())));
		// The clinic asks for more; the request is pending.
		let request = pallet_consent::NextRequestId::<Runtime>::get();
		let ask = RuntimeCall::Consent(pallet_consent::Call::request_access {
			patient: w.pseudonym,
			scope: Scope::AllRecords,
			permission: Permission::Read,
			purpose: Purpose::Treatment,
			duration: 100,
			research: None,
		});
		assert_eq!(apply(&clinic, ask), Ok(Ok(())));
		// An emergency key with its shares, an emergency envelope, and a pending session.
		set_emergency_key(&w);
		let post = RuntimeCall::Emergency(pallet_emergency::Call::post_emergency_envelopes {
			patient: w.pseudonym,
			version: 0,
			envelopes: BoundedVec::truncate_from(vec![(w.record, ciphertext(2))]),
		});
		assert_eq!(apply(&w.hospital.doctor, post), Ok(Ok(())));
		let session = pallet_emergency::NextSessionId::<Runtime>::get();
		assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
		assert_eq!(apply(&w.attendant_b, approve_call(session)), Ok(Ok(())));

		let erase = RuntimeCall::Patients(pallet_patients::Call::deregister {});
		assert_eq!(apply(&w.patient, erase), Ok(Ok(())));

		// No envelope of the record remains, nor its index entries.
		assert_eq!(pallet_records::Envelopes::<Runtime>::iter_prefix(w.record).count(), 0);
		assert_eq!(pallet_records::SharedWith::<Runtime>::iter().count(), 0);
		assert_eq!(
			pallet_records::PatientEnvelopes::<Runtime>::iter_prefix(w.pseudonym).count(),
			0
		);
		assert_eq!(Records::envelope(w.record, &account(&specialist)), None);
		// No grant counts, for anyone, the author included.
		for who in [&specialist, &w.hospital.doctor, &w.paramedic, &w.patient] {
			assert_eq!(reason(who, &w), None);
		}
		assert_eq!(pallet_consent::ActiveGrants::<Runtime>::iter_prefix(w.pseudonym).count(), 0);
		assert_eq!(
			pallet_consent::Requests::<Runtime>::get(request).unwrap().status,
			pallet_consent::RequestStatus::Closed
		);
		assert!(pallet_consent::PendingRequests::<Runtime>::get(w.pseudonym).is_empty());
		// The emergency key, its shares and the emergency envelopes are gone; the session is
		// closed and can no longer be approved.
		assert!(pallet_emergency::EmergencyKeys::<Runtime>::get(w.pseudonym).is_none());
		assert_eq!(
			pallet_emergency::EmergencyEnvelopes::<Runtime>::iter_prefix(w.pseudonym).count(),
			0
		);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Closed));
		assert_eq!(pallet_emergency::OpenSessions::<Runtime>::iter_prefix(w.pseudonym).count(), 0);
		assert_eq!(
			dispatch_error(apply(&w.ems_c, approve_call(session))),
			error(Error::SessionNotPending)
		);
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Closed));
		// Nobody can create a new envelope, grant or session for the pseudonym.
		assert_eq!(
			dispatch_error(apply(&w.hospital.doctor, share(&specialist))),
			pallet_records::Error::<Runtime>::NotAuthorized.into()
		);
		assert_eq!(
			dispatch_error(apply(&w.paramedic, open_call(w.pseudonym))),
			error(Error::PatientNotFound)
		);
		// The anchor stays provable by its salted hash.
		assert!(Records::verify(H256::repeat_byte(0x77)).is_some());
	});
}

/// An insurer's medical reviewer (a physician) may not break the glass on anyone.
#[test]
fn an_insurers_physician_cannot_open_a_session() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let (_insurer, reviewer) = organization_with_staff(
			"insurer",
			OrganizationKind::Insurer,
			"medical-reviewer",
			PractitionerRole::Physician,
			80,
		);
		assert_eq!(
			dispatch_error(apply(&reviewer, open_call(w.pseudonym))),
			error(Error::NotResponder)
		);
	});
}

/// A removed emergency service leaves the emergency authorities.
#[test]
fn a_removed_emergency_service_is_no_authority() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let remove_staff = RuntimeCall::Providers(pallet_providers::Call::remove_practitioner {
			practitioner: account(&pair("paramedic-c")).into(),
		});
		assert_eq!(apply(&w.ems_c, remove_staff), Ok(Ok(())));
		assert_ok!(Providers::remove_organization(RuntimeOrigin::root(), account(&w.ems_c).into()));
		let authorities = pallet_emergency::Authorities::<Runtime>::get();
		assert_eq!(authorities.len(), 2);
		assert!(!authorities.contains(&account(&w.ems_c)));
	});
}

/// When a session is closed, the keys handed to the responder during it go.
#[test]
fn closing_a_session_removes_the_keys_handed_to_the_responder() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let session = active_session(&w);
		share_with_paramedic(&w);
		assert!(Records::envelope(w.record, &account(&w.paramedic)).is_some());
		let close = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session });
		assert_eq!(apply(&w.patient, close), Ok(Ok(())));
		assert!(
			pallet_records::Envelopes::<Runtime>::get(w.record, account(&w.paramedic)).is_none()
		);
		assert_eq!(Records::envelope(w.record, &account(&w.paramedic)), None);
	});
}

/// An unjustified finding suspends the responder, and with the suspension go the key
/// envelopes the responder held through a grant that counted only while it was active.
#[test]
fn an_unjustified_finding_removes_the_responders_keys() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient: w.pseudonym,
			grantee: account(&w.paramedic),
			scope: medchain_primitives::Scope::AllRecords,
			permission: medchain_primitives::Permission::Read,
			purpose: medchain_primitives::Purpose::Treatment,
			expires_at: None,
		});
		assert_eq!(apply(&w.patient, grant), Ok(Ok(())));
		share_with_paramedic(&w);
		let session = active_session(&w);
		let close = RuntimeCall::Emergency(pallet_emergency::Call::close_session { session });
		assert_eq!(apply(&w.paramedic, close), Ok(Ok(())));
		// The grant still justifies the envelope after the session.
		assert!(Records::envelope(w.record, &account(&w.paramedic)).is_some());
		assert_eq!(apply(&w.auditor, review_call(session, false)), Ok(Ok(())));
		assert!(
			pallet_records::Envelopes::<Runtime>::get(w.record, account(&w.paramedic)).is_none()
		);
	});
}

/// A responder whose session expired uncleaned opens a new one: the old session's keys go
/// first, so the new (pending) session does not hide them.
#[test]
fn a_new_session_cleans_the_expired_one_it_replaces() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		let session = active_session(&w);
		share_with_paramedic(&w);
		jump(EmergencySessionDuration::get());
		assert_eq!(Emergency::session_status(session), Some(SessionStatus::Expired));
		// Expired: refused at once, removed when cleaned.
		assert_eq!(Records::envelope(w.record, &account(&w.paramedic)), None);
		assert!(
			pallet_records::Envelopes::<Runtime>::get(w.record, account(&w.paramedic)).is_some()
		);
		assert_eq!(apply(&w.paramedic, open_call(w.pseudonym)), Ok(Ok(())));
		assert!(
			pallet_records::Envelopes::<Runtime>::get(w.record, account(&w.paramedic)).is_none()
		);
	});
}

/// An author's client sealed the record's key for emergency key version 0; the patient rotated
/// to version 1 before the envelope landed. Stored, it would be labelled version 1 and never
/// open in an emergency: it is refused, and the one sealed for version 1 is taken.
#[test]
fn an_emergency_envelope_for_a_rotated_key_is_refused() {
	new_test_ext("development").execute_with(|| {
		let w = world();
		set_emergency_key(&w);
		set_emergency_key(&w);
		assert_eq!(
			pallet_emergency::EmergencyKeys::<Runtime>::get(w.pseudonym).map(|k| k.version),
			Some(1)
		);
		let post = |version| {
			RuntimeCall::Emergency(pallet_emergency::Call::post_emergency_envelopes {
				patient: w.pseudonym,
				version,
				envelopes: BoundedVec::truncate_from(vec![(w.record, ciphertext(2))]),
			})
		};
		assert_eq!(
			dispatch_error(apply(&w.hospital.doctor, post(0))),
			Error::<Runtime>::KeyVersionChanged.into()
		);
		assert!(
			pallet_emergency::EmergencyEnvelopes::<Runtime>::get(w.pseudonym, w.record).is_none()
		);
		assert_eq!(apply(&w.hospital.doctor, post(1)), Ok(Ok(())));
		assert_eq!(
			pallet_emergency::EmergencyEnvelopes::<Runtime>::get(w.pseudonym, w.record)
				.map(|e| e.version),
			Some(1)
		);
	});
}
