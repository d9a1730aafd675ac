//! The governed set of emergency authorities.

use super::*;
use crate::{Authorities, Error, Event};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::OrganizationKind;
use sp_runtime::DispatchError;

#[test]
fn governance_adds_and_removes_authorities() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Emergency::add_authority(RuntimeOrigin::root(), EMS4));
		assert_eq!(last_event(), Event::AuthorityAdded { authority: EMS4 });
		assert_eq!(Authorities::<Test>::get().into_inner(), vec![EMS1, EMS2, EMS3, EMS4]);
		assert_ok!(Emergency::remove_authority(RuntimeOrigin::root(), EMS2));
		assert_eq!(last_event(), Event::AuthorityRemoved { authority: EMS2 });
		assert_eq!(Authorities::<Test>::get().into_inner(), vec![EMS1, EMS3, EMS4]);
	});
}

#[test]
fn only_governance_changes_the_set() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::signed(EMS4), EMS4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Emergency::remove_authority(RuntimeOrigin::signed(EMS1), EMS2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn only_active_emergency_services_become_authorities() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::root(), HOSPITAL),
			Error::<Test>::NotEmergencyService
		);
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::root(), NOBODY),
			Error::<Test>::NotEmergencyService
		);
		Registry::set_active(EMS4, false);
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::root(), EMS4),
			Error::<Test>::NotEmergencyService
		);
	});
}

#[test]
fn an_authority_is_added_once_and_the_set_is_bounded() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::root(), EMS1),
			Error::<Test>::AlreadyAuthority
		);
		assert_ok!(Emergency::add_authority(RuntimeOrigin::root(), EMS4));
		Registry::add_organization(6, OrganizationKind::EmergencyService);
		Registry::add_organization(7, OrganizationKind::EmergencyService);
		assert_ok!(Emergency::add_authority(RuntimeOrigin::root(), 6));
		assert_noop!(
			Emergency::add_authority(RuntimeOrigin::root(), 7),
			Error::<Test>::TooManyAuthorities
		);
	});
}

#[test]
fn removing_an_unknown_authority_fails() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Emergency::remove_authority(RuntimeOrigin::root(), EMS4),
			Error::<Test>::NotAuthority
		);
	});
}

#[test]
fn authorities_act_directly_or_through_their_call_attendants() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(Emergency::authority_of(&EMS1), Some(EMS1));
		assert_eq!(Emergency::authority_of(&ATTENDANT), Some(EMS2));
		// A responder of an authority does not approve for it.
		assert_eq!(Emergency::authority_of(&RESPONDER), None);
		assert_eq!(Emergency::authority_of(&EMS4), None);
		Registry::set_active(EMS2, false);
		assert_eq!(Emergency::authority_of(&EMS2), None);
		assert_eq!(Emergency::authority_of(&ATTENDANT), None);
	});
}

fn genesis(authorities: Vec<u64>) -> sp_io::TestExternalities {
	use sp_runtime::BuildStorage;
	Registry::add_organization(EMS1, OrganizationKind::EmergencyService);
	Registry::add_organization(EMS2, OrganizationKind::EmergencyService);
	Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
	let config = RuntimeGenesisConfig {
		system: Default::default(),
		emergency: crate::GenesisConfig { authorities },
	};
	sp_io::TestExternalities::new(config.build_storage().expect("a valid genesis"))
}

#[test]
fn genesis_sets_the_authorities() {
	genesis(vec![EMS2, EMS1]).execute_with(|| {
		assert_eq!(Authorities::<Test>::get().into_inner(), vec![EMS2, EMS1]);
	});
}

#[test]
#[should_panic(expected = "not an emergency service")]
fn genesis_refuses_other_organizations() {
	genesis(vec![HOSPITAL]);
}

#[test]
#[should_panic(expected = "listed twice")]
fn genesis_refuses_duplicates() {
	genesis(vec![EMS1, EMS1]);
}
