//! The patients pallet's invariants, checked by `try_state` and after every unit test.

use crate::{Config, Erased, Pallet, Patients, PseudonymOf, Wards};
use frame_support::ensure;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - [`PseudonymOf`] and [`Patients`] point at each other, one to one;
	/// - every guardian of a patient has a [`Wards`] entry and every [`Wards`] entry is a
	///   guardian of an existing patient;
	/// - no pseudonym is both registered and erased;
	/// - every policy is within bounds and every key usable.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut patients = 0usize;
		for (patient, entry) in Patients::<T>::iter() {
			patients = patients.saturating_add(1);
			ensure!(
				PseudonymOf::<T>::get(&entry.account) == Some(patient),
				"a patient's account does not point back at the pseudonym"
			);
			ensure!(!Erased::<T>::contains_key(patient), "a pseudonym is registered and erased");
			ensure!(entry.encryption_key.is_usable(), "a patient's key is unusable");
			ensure!(
				Self::ensure_valid_policy(&entry.emergency_policy).is_ok(),
				"a patient's policy is out of bounds"
			);
			for guardian in entry.guardians.iter() {
				ensure!(
					Wards::<T>::contains_key(guardian, patient),
					"a guardian is missing from the wards index"
				);
			}
		}
		ensure!(
			PseudonymOf::<T>::iter().count() == patients,
			"accounts and patients are not one to one"
		);
		for (guardian, patient, ()) in Wards::<T>::iter() {
			ensure!(
				Patients::<T>::get(patient).is_some_and(|p| p.guardians.contains(&guardian)),
				"a wards entry has no matching guardian"
			);
		}
		Ok(())
	}
}
