//! The patient's audit trail.

use super::*;
use crate::{AuditLength, Error};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::{AuditEvent, AuditTrail};
use sp_runtime::DispatchError;

#[test]
fn every_consent_step_lands_in_the_trail() {
	ExtBuilder.build_and_execute(|| {
		let g = grant(NURSE, Some(5));
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(INSURER),
			pseudonym(1),
			Scope::AllRecords,
			Permission::Read,
			Purpose::Payment,
			10,
			None
		));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(ALICE), 0));
		assert_ok!(Consent::submit_read_receipt(RuntimeOrigin::signed(NURSE), 1));
		<Consent as AuditTrail<u64>>::append(
			&pseudonym(1),
			&ALICE,
			AuditEvent::KeyShared { record: 1 },
		);
		System::set_block_number(5);
		assert_ok!(Consent::clean_expired(RuntimeOrigin::signed(NOBODY), pseudonym(1), 5));
		let trail: Vec<(u64, u64, AuditEvent)> = Consent::audit_trail(pseudonym(1), 0, 10)
			.into_iter()
			.map(|e| (e.at, e.actor, e.event))
			.collect();
		assert_eq!(
			trail,
			vec![
				(1, ALICE, AuditEvent::GrantCreated { grant: g }),
				(1, INSURER, AuditEvent::AccessRequested { request: 0 }),
				(1, ALICE, AuditEvent::RequestDenied { request: 0 }),
				(1, NURSE, AuditEvent::RecordRead { record: 1 }),
				(1, ALICE, AuditEvent::KeyShared { record: 1 }),
				(5, NOBODY, AuditEvent::GrantExpired { grant: g }),
			]
		);
		assert_eq!(AuditLength::<Test>::get(pseudonym(1)), 6);
		// Paged.
		assert_eq!(Consent::audit_trail(pseudonym(1), 4, 10).len(), 2);
		assert!(Consent::audit_trail(pseudonym(2), 0, 10).is_empty());
	});
}

#[test]
fn read_receipt_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Consent::submit_read_receipt(RuntimeOrigin::signed(NURSE), 99),
			Error::<Test>::RecordNotFound
		);
		assert_noop!(
			Consent::submit_read_receipt(RuntimeOrigin::signed(NURSE), 1),
			Error::<Test>::MayNotRead
		);
		assert_noop!(
			Consent::submit_read_receipt(RuntimeOrigin::none(), 1),
			DispatchError::BadOrigin
		);
	});
}
