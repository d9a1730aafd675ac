//! What other pallets see through `ProviderRegistry` and `ActiveActor`.

use super::*;
use crate::{Actor, Event};
use frame_support::assert_ok;
use medchain_primitives::{
	ActiveActor, OrganizationKind, PractitionerRole, ProviderRegistry, Status,
};

#[test]
fn a_suspended_organization_deactivates_its_staff_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		// The nurse is suspended on her own first.
		assert_ok!(Providers::set_practitioner_status(
			RuntimeOrigin::signed(HOSPITAL),
			NURSE,
			Status::Suspended
		));
		assert!(Providers::is_active_practitioner(&DOCTOR, Some(PractitionerRole::Physician)));

		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Suspended
		));
		assert!(!Providers::is_active_practitioner(&DOCTOR, None));
		assert!(!Providers::is_active_actor(&DOCTOR));
		assert!(!Providers::is_active_actor(&HOSPITAL));
		assert!(!Providers::is_active_organization(&HOSPITAL));
		assert_eq!(Providers::practitioner(&DOCTOR).map(|p| p.active), Some(false));
		// The practitioners' own entries were not touched.
		assert_eq!(crate::Practitioners::<Test>::get(DOCTOR).unwrap().status, Status::Active);

		// Reactivation restores exactly those that were active before.
		assert_ok!(Providers::set_organization_status(
			RuntimeOrigin::root(),
			HOSPITAL,
			Status::Active
		));
		assert!(Providers::is_active_practitioner(&DOCTOR, None));
		assert!(!Providers::is_active_practitioner(&NURSE, None));
	});
}

#[test]
fn roles_are_checked() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Providers::is_active_practitioner(&DOCTOR, Some(PractitionerRole::Physician)));
		assert!(!Providers::is_active_practitioner(&DOCTOR, Some(PractitionerRole::Nurse)));
		assert!(!Providers::is_active_practitioner(&HOSPITAL, None));
		assert!(!Providers::is_active_practitioner(&NOBODY, None));
		let info = Providers::practitioner(&NURSE).unwrap();
		assert_eq!(info.organization, HOSPITAL);
		assert_eq!(info.role, PractitionerRole::Nurse);
		assert!(info.active);
		let org = Providers::organization(&PHARMACY).unwrap();
		assert_eq!(org.kind, OrganizationKind::Pharmacy);
		assert!(org.active);
		assert!(Providers::organization(&DOCTOR).is_none());
	});
}

#[test]
fn active_actors() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [HOSPITAL, PHARMACY, DOCTOR, NURSE] {
			assert!(Providers::is_active_actor(&who));
		}
		assert!(!Providers::is_active_actor(&NOBODY));
	});
}

#[test]
fn another_pallet_suspends_by_rule() {
	ExtBuilder::default().build_and_execute(|| {
		Deactivations::take();
		assert_ok!(Providers::suspend_practitioner(&DOCTOR));
		assert!(!Providers::is_active_practitioner(&DOCTOR, None));
		// Whoever drops what a suspended practitioner may no longer use is told.
		assert_eq!(Deactivations::take(), vec![(false, DOCTOR)]);
		assert_eq!(
			last_event(),
			Event::PractitionerStatusChanged {
				practitioner: DOCTOR,
				status: Status::Suspended,
				by: Actor::Rule
			}
		);
		// Again: succeeds, changes nothing, emits nothing.
		let events = System::events().len();
		assert_ok!(Providers::suspend_practitioner(&DOCTOR));
		assert_eq!(System::events().len(), events);
		assert!(Deactivations::take().is_empty());
		assert_eq!(
			Providers::suspend_practitioner(&NOBODY),
			Err(crate::Error::<Test>::PractitionerNotFound.into())
		);
	});
}

#[test]
fn genesis_and_invariants() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(crate::Organizations::<Test>::get(HOSPITAL).unwrap().practitioners, 2);
		assert_eq!(crate::Staff::<Test>::iter_prefix(HOSPITAL).count(), 2);
		assert_ok!(Providers::do_try_state());
		// Corrupt the count: the invariants catch it.
		crate::Organizations::<Test>::mutate(HOSPITAL, |o| o.as_mut().unwrap().practitioners = 5);
		assert!(Providers::do_try_state().is_err());
		crate::Organizations::<Test>::mutate(HOSPITAL, |o| o.as_mut().unwrap().practitioners = 2);
	});
}

#[test]
fn an_empty_registry_knows_nobody() {
	ExtBuilder::default().empty().build_and_execute(|| {
		assert!(crate::Organizations::<Test>::iter().next().is_none());
		assert!(!Providers::is_active_actor(&HOSPITAL));
		assert!(Providers::practitioner(&DOCTOR).is_none());
		assert_eq!(Providers::encryption_key(&HOSPITAL), None);
	});
}

#[test]
fn the_staff_is_listed_in_pages() {
	ExtBuilder::default().build_and_execute(|| {
		let all = Providers::staff(&HOSPITAL, None, 10);
		assert_eq!(all.len(), 2);
		assert!(all.contains(&DOCTOR) && all.contains(&NURSE));
		let first = Providers::staff(&HOSPITAL, None, 1);
		assert_eq!(first.len(), 1);
		assert_eq!(Providers::staff(&HOSPITAL, Some(&first[0]), 10), vec![all[1]]);
		assert!(Providers::staff(&PHARMACY, None, 10).is_empty());
	});
}
