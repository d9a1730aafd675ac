//! Right to erasure: what goes, what stays.

use super::*;
use crate::{Erased, Error, Event, Patients as PatientsMap, PseudonymOf, Wards};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use medchain_primitives::{ActiveActor, PatientRegistry};
use sp_runtime::DispatchError;

#[test]
fn erasure_removes_keys_and_links_and_keeps_a_tombstone() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		System::set_block_number(7);
		assert_ok!(Patients::deregister(RuntimeOrigin::signed(ALICE)));

		assert!(!PatientsMap::<Test>::contains_key(pseudonym(1)));
		assert!(!PseudonymOf::<Test>::contains_key(ALICE));
		assert!(!Wards::<Test>::contains_key(CAROL, pseudonym(1)));
		assert_eq!(Erased::<Test>::get(pseudonym(1)), Some(7));
		// The accounts stay, with their nonces: none of their transactions can be replayed.
		assert_eq!(sufficients(ALICE), 1);
		assert_eq!(sufficients(CAROL), 1);
		// Other pallets were told (the records pallet deletes the envelopes).
		assert_eq!(MockOnErased::erased(), vec![pseudonym(1)]);
		assert_eq!(last_event(), Event::PatientErased { patient: pseudonym(1) });

		assert_eq!(Patients::owner_of(&pseudonym(1)), None);
		assert_eq!(Patients::encryption_key(&pseudonym(1)), None);
		assert!(Patients::is_erased(&pseudonym(1)));
		assert!(!Patients::is_active_actor(&ALICE));
		assert!(!Patients::is_active_actor(&CAROL));
	});
}

#[test]
fn an_erased_pseudonym_is_never_registered_again() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		assert_ok!(Patients::deregister(RuntimeOrigin::signed(ALICE)));
		assert_noop!(
			Patients::register(RuntimeOrigin::signed(BOB), pseudonym(1), key(2), policy()),
			Error::<Test>::PseudonymErased
		);
		assert_noop!(
			Patients::register(RuntimeOrigin::signed(ALICE), pseudonym(1), key(1), policy()),
			Error::<Test>::PseudonymErased
		);
		// The account itself may register again, under a new pseudonym.
		assert_ok!(Patients::register(
			RuntimeOrigin::signed(ALICE),
			pseudonym(3),
			key(1),
			policy()
		));
	});
}

#[test]
fn erasure_errors() {
	ExtBuilder.build_and_execute(|| {
		medchain_test_utils::assert_noop_charged!(
			Patients::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotPatient
		);
		register_alice();
		assert_ok!(add_guardian(ALICE, pseudonym(1), CAROL));
		// Only the patient erases, not a guardian.
		medchain_test_utils::assert_noop_charged!(
			Patients::deregister(RuntimeOrigin::signed(CAROL)),
			Error::<Test>::NotPatient
		);
		medchain_test_utils::assert_noop_charged!(
			Patients::deregister(RuntimeOrigin::root()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn erasure_is_charged_for_what_it_did() {
	ExtBuilder.build_and_execute(|| {
		register_alice();
		let call = crate::Call::<Test>::deregister {};
		let declared = call.get_dispatch_info().call_weight;
		// The declared weight covers the most guardians and the hook's bound.
		assert!(declared.ref_time() >= 5_000);
		let post = Patients::deregister(RuntimeOrigin::signed(ALICE)).unwrap();
		let actual = post.actual_weight.expect("erasure reports what it used");
		assert!(actual.ref_time() <= declared.ref_time());
		// The hook reported 1_000 of its 5_000 bound.
		assert!(declared.ref_time() - actual.ref_time() >= 4_000);
	});
}
