//! The emergency authorities: a governed set of emergency-service organizations, each acting
//! through its own account or through one of its active call attendants.
//!
//! Each `do_*` function is the body of the call of the same name, after its origin check:
//! it validates everything, then writes, then emits.

use crate::{Authorities, Config, Error, Event, Pallet};
use frame_support::{dispatch::DispatchResult, ensure, traits::Get, weights::Weight};
use medchain_primitives::{OrganizationKind, PractitionerRole, ProviderRegistry};

impl<T: Config> Pallet<T> {
	/// [`Pallet::add_authority`] of `authority`.
	pub(crate) fn do_add_authority(authority: T::AccountId) -> DispatchResult {
		ensure!(
			T::Providers::organization(&authority)
				.is_some_and(|o| o.active && o.kind == OrganizationKind::EmergencyService),
			Error::<T>::NotEmergencyService
		);
		let mut set = Authorities::<T>::get();
		ensure!(!set.contains(&authority), Error::<T>::AlreadyAuthority);
		set.try_push(authority.clone()).map_err(|_| Error::<T>::TooManyAuthorities)?;
		Authorities::<T>::put(set);
		Self::deposit_event(Event::AuthorityAdded { authority });
		Ok(())
	}

	/// [`Pallet::remove_authority`] of `authority`.
	pub(crate) fn do_remove_authority(authority: T::AccountId) -> DispatchResult {
		let mut set = Authorities::<T>::get();
		let position = set.iter().position(|a| *a == authority).ok_or(Error::<T>::NotAuthority)?;
		set.remove(position);
		Authorities::<T>::put(set);
		Self::deposit_event(Event::AuthorityRemoved { authority });
		Ok(())
	}

	/// The emergency authority `who` acts for: itself if it is an active authority, or its
	/// organization if `who` is an active call attendant of an authority.
	pub fn authority_of(who: &T::AccountId) -> Option<T::AccountId> {
		let set = Authorities::<T>::get();
		if set.contains(who) {
			return T::Providers::is_active_organization(who).then(|| who.clone());
		}
		let attendant = T::Providers::practitioner(who)
			.filter(|p| p.active && p.role == PractitionerRole::EmergencyCallAttendant)?;
		set.contains(&attendant.organization).then_some(attendant.organization)
	}
}

impl<T: Config> medchain_primitives::OnOrganizationRemoved<T::AccountId> for Pallet<T> {
	/// A removed organization is no emergency authority any more. (Shares of emergency keys
	/// it held stay in the keys until their patients rotate them; it can no longer approve or
	/// release.)
	fn on_organization_removed(organization: &T::AccountId) -> Weight {
		let mut removed = false;
		Authorities::<T>::mutate(|set| {
			if let Some(i) = set.iter().position(|a| a == organization) {
				set.remove(i);
				removed = true;
			}
		});
		if removed {
			Self::deposit_event(Event::AuthorityRemoved { authority: organization.clone() });
		}
		T::DbWeight::get().reads_writes(1, 1)
	}

	fn max_weight() -> Weight {
		T::DbWeight::get().reads_writes(1, 1)
	}
}
