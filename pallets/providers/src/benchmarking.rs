//! Benchmarks of the providers pallet (FRAME v2). Every call is O(1); each benchmark takes
//! the path that reads and writes the most.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Hash;

const SEED: u32 = 0;

fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed.saturating_add(2); 32])
}

fn credential<T: frame_system::Config>(seed: u8) -> DocumentHash {
	DocumentHash::from_slice(T::Hashing::hash(&[seed]).as_ref())
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A hospital (may employ every role) with one practitioner. Every call is O(1) in the size
/// of the staff (the count is a number, the staff index a separate map), so the staff is
/// not filled.
fn hospital<T: Config>() -> T::AccountId {
	let org: T::AccountId = account("organization", 0, SEED);
	Pallet::<T>::insert_organization(&org, OrganizationKind::Hospital, key(1), credential::<T>(1))
		.expect("a fresh account; qed");
	let nurse: T::AccountId = account("staff", 0, SEED);
	Pallet::<T>::insert_practitioner(
		&org,
		&nurse,
		PractitionerRole::Nurse,
		key(2),
		credential::<T>(2),
	)
	.expect("below the bound; qed");
	org
}

/// A physician of `org`.
fn physician<T: Config>(org: &T::AccountId) -> T::AccountId {
	let p: T::AccountId = account("physician", 0, SEED);
	Pallet::<T>::insert_practitioner(
		org,
		&p,
		PractitionerRole::Physician,
		key(3),
		credential::<T>(3),
	)
	.expect("a fresh account; qed");
	p
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_organization() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let org: T::AccountId = account("organization", 0, SEED);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			T::Lookup::unlookup(org.clone()),
			OrganizationKind::Hospital,
			key(1),
			credential::<T>(1),
		);

		assert!(Organizations::<T>::contains_key(&org));
		Ok(())
	}

	#[benchmark]
	fn set_organization_status() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let org = hospital::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(org.clone()), Status::Suspended);

		assert_eq!(Organizations::<T>::get(&org).map(|o| o.status), Some(Status::Suspended));
		Ok(())
	}

	#[benchmark]
	fn remove_organization() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let org: T::AccountId = account("organization", 0, SEED);
		Pallet::<T>::insert_organization(
			&org,
			OrganizationKind::Clinic,
			key(1),
			credential::<T>(1),
		)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(org.clone()));

		assert!(!Organizations::<T>::contains_key(&org));
		Ok(())
	}

	#[benchmark]
	fn set_organization_credential() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let org = hospital::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(org.clone()), credential::<T>(9));

		assert_eq!(Organizations::<T>::get(&org).map(|o| o.credential), Some(credential::<T>(9)));
		Ok(())
	}

	#[benchmark]
	fn register_practitioner() -> Result<(), BenchmarkError> {
		let org = hospital::<T>();
		let p: T::AccountId = account("physician", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(org.clone()),
			T::Lookup::unlookup(p.clone()),
			PractitionerRole::Physician,
			key(3),
			credential::<T>(3),
		);

		assert!(Practitioners::<T>::contains_key(&p));
		assert_eq!(Organizations::<T>::get(&org).map(|o| o.practitioners), Some(2));
		Ok(())
	}

	/// Governance is tried first, then the organization: the signed path does both.
	#[benchmark]
	fn set_practitioner_status() -> Result<(), BenchmarkError> {
		let org = hospital::<T>();
		let p = physician::<T>(&org);

		#[extrinsic_call]
		_(RawOrigin::Signed(org), T::Lookup::unlookup(p.clone()), Status::Suspended);

		assert_eq!(Practitioners::<T>::get(&p).map(|p| p.status), Some(Status::Suspended));
		Ok(())
	}

	#[benchmark]
	fn remove_practitioner() -> Result<(), BenchmarkError> {
		let org = hospital::<T>();
		let p = physician::<T>(&org);

		#[extrinsic_call]
		_(RawOrigin::Signed(org), T::Lookup::unlookup(p.clone()));

		assert!(!Practitioners::<T>::contains_key(&p));
		Ok(())
	}

	#[benchmark]
	fn set_practitioner_credential() -> Result<(), BenchmarkError> {
		let org = hospital::<T>();
		let p = physician::<T>(&org);

		#[extrinsic_call]
		_(RawOrigin::Signed(org), T::Lookup::unlookup(p.clone()), credential::<T>(9));

		assert_eq!(Practitioners::<T>::get(&p).map(|p| p.credential), Some(credential::<T>(9)));
		Ok(())
	}

	/// A practitioner: the organization lookup misses first, so this reads the most.
	#[benchmark]
	fn rotate_encryption_key() -> Result<(), BenchmarkError> {
		let org = hospital::<T>();
		let p = physician::<T>(&org);

		#[extrinsic_call]
		_(RawOrigin::Signed(p.clone()), key(9));

		assert_eq!(Practitioners::<T>::get(&p).map(|p| p.encryption_key), Some(key(9)));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().empty().build(),
		crate::mock::Test
	);
}
