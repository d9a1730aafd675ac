//! The providers pallet's invariants, checked by `try_state` and after every unit test.

use crate::{Config, Organizations, Pallet, Practitioners, Staff};
use frame_support::{ensure, traits::Get};

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - every practitioner's organization exists, and the practitioner is in its [`Staff`];
	/// - every [`Staff`] entry is a practitioner of that organization;
	/// - each organization's practitioner count equals its [`Staff`] entries and the bound;
	/// - no account is both an organization and a practitioner;
	/// - every stored key is usable.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (account, practitioner) in Practitioners::<T>::iter() {
			ensure!(
				Organizations::<T>::contains_key(&practitioner.organization),
				"a practitioner's organization is missing"
			);
			ensure!(
				Staff::<T>::contains_key(&practitioner.organization, &account),
				"a practitioner is missing from their organization's staff index"
			);
			ensure!(
				!Organizations::<T>::contains_key(&account),
				"an account is both an organization and a practitioner"
			);
			ensure!(practitioner.encryption_key.is_usable(), "a practitioner's key is unusable");
		}
		for (organization, practitioner, ()) in Staff::<T>::iter() {
			ensure!(
				Practitioners::<T>::get(&practitioner)
					.is_some_and(|p| p.organization == organization),
				"a staff index entry has no matching practitioner"
			);
		}
		for (account, org) in Organizations::<T>::iter() {
			let staff = Staff::<T>::iter_prefix(&account).count();
			ensure!(staff == org.practitioners as usize, "an organization's count is wrong");
			ensure!(
				org.practitioners <= T::MaxPractitionersPerOrganization::get(),
				"an organization exceeds the practitioner bound"
			);
			ensure!(org.encryption_key.is_usable(), "an organization's key is unusable");
		}
		Ok(())
	}
}
