//! Benchmarks of the patients pallet (FRAME v2). Each benchmark takes the path that reads and
//! writes the most; guardian lists are full where they are scanned.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed.saturating_add(2); 32])
}

/// `limit` as a policy's approval count, which is stored as a `u8`.
fn approvals(limit: u32) -> Result<u8, BenchmarkError> {
	u8::try_from(limit).map_err(|_| BenchmarkError::Stop("an approval limit exceeds u8::MAX"))
}

/// Break-glass allowed with the consortium minimum of approvals.
fn policy<T: Config>() -> Result<EmergencyPolicy, BenchmarkError> {
	Ok(EmergencyPolicy {
		allowed: true,
		required_approvals: approvals(T::MinEmergencyApprovals::get())?,
	})
}

/// Registers `account` as a patient with `guardians` guardians.
fn patient<T: Config>(owner: &T::AccountId, guardians: u32) -> Result<PatientId, BenchmarkError> {
	let pseudonym = PatientId::repeat_byte(1);
	Pallet::<T>::insert_patient(owner, pseudonym, key(1), policy::<T>()?, None)
		.expect("a fresh account and pseudonym; qed");
	for i in 0..guardians {
		let guardian: T::AccountId = account("guardian", i, SEED);
		let entry = Patients::<T>::get(pseudonym).ok_or(BenchmarkError::Weightless)?;
		Pallet::<T>::link_guardian(pseudonym, entry, &guardian)
			.map_err(|_| BenchmarkError::Stop("guardians above MaxGuardians"))?;
	}
	Ok(pseudonym)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = PatientId::repeat_byte(1);
		let policy = policy::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), pseudonym, key(1), policy);

		assert_eq!(PseudonymOf::<T>::get(&owner), Some(pseudonym));
		Ok(())
	}

	/// Includes the signature check, over the `<Bytes>`-wrapped payload (the slower of the
	/// two accepted forms: the plain one is tried and fails first).
	#[benchmark]
	fn register_for() -> Result<(), BenchmarkError> {
		let practitioner = T::BenchmarkHelper::practitioner();
		let pseudonym = PatientId::repeat_byte(1);
		let policy = policy::<T>()?;
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		// The furthest deadline allowed (the benchmark may run the call in a later block
		// than its setup).
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxConsentValidity::get());
		let payload =
			registration_payload(&genesis, &practitioner, &deadline, &pseudonym, &key(1), &policy);
		let wrapped = [b"<Bytes>".as_slice(), &payload, b"</Bytes>".as_slice()].concat();
		let (account, signature) = T::BenchmarkHelper::sign(&wrapped);
		// Both registrars are in a running window, one registration short of their limits.
		let organization = T::Providers::practitioner(&practitioner)
			.ok_or(BenchmarkError::Weightless)?
			.organization;
		let limits = Pallet::<T>::limits();
		let now = frame_system::Pallet::<T>::block_number();
		for (who, limit) in
			[(&practitioner, limits.per_practitioner), (&organization, limits.per_organization)]
		{
			let count = limit.checked_sub(1).ok_or(BenchmarkError::Weightless)?;
			Registrations::<T>::insert(who, RegistrationWindow { start: now, count });
		}

		#[extrinsic_call]
		_(
			RawOrigin::Signed(practitioner),
			T::Lookup::unlookup(account.clone()),
			pseudonym,
			key(1),
			policy,
			deadline,
			signature,
		);

		assert_eq!(PseudonymOf::<T>::get(&account), Some(pseudonym));
		Ok(())
	}

	#[benchmark]
	fn rotate_encryption_key() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), key(9));

		assert_eq!(Patients::<T>::get(pseudonym).map(|p| p.encryption_key), Some(key(9)));
		Ok(())
	}

	/// By the last of a full list of guardians.
	#[benchmark]
	fn set_emergency_policy() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get())?;
		let guardian: T::AccountId =
			account("guardian", T::MaxGuardians::get().saturating_sub(1), SEED);
		let new = EmergencyPolicy {
			allowed: false,
			required_approvals: approvals(T::MaxEmergencyApprovals::get())?,
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), pseudonym, new);

		assert_eq!(Patients::<T>::get(pseudonym).map(|p| p.emergency_policy), Some(new));
		Ok(())
	}

	/// Fills the list of guardians; includes the acceptance's signature check, over the
	/// `<Bytes>`-wrapped payload (the slower of the two accepted forms).
	#[benchmark]
	fn add_guardian() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get().saturating_sub(1))?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxConsentValidity::get());
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		// A fresh key's account has nonce 0.
		let nonce = T::Nonce::zero();
		let payload = guardian_payload(&genesis, &pseudonym, &nonce, &deadline);
		let wrapped = [b"<Bytes>".as_slice(), &payload, b"</Bytes>".as_slice()].concat();
		let (guardian, acceptance) = T::BenchmarkHelper::sign(&wrapped);
		// The patient named guardians in this window already: its count is read and written.
		let now = frame_system::Pallet::<T>::block_number();
		Registrations::<T>::insert(&owner, RegistrationWindow { start: now, count: 1 });

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), T::Lookup::unlookup(guardian.clone()), deadline, acceptance);

		assert!(Wards::<T>::contains_key(&guardian, pseudonym));
		Ok(())
	}

	#[benchmark]
	fn set_registration_limits() -> Result<(), BenchmarkError> {
		let limits = RegistrationLimits {
			per_practitioner: T::MaxRegistrationsPerWindow::get(),
			per_organization: T::MaxRegistrationsPerWindow::get(),
			window: T::MaxRegistrationWindow::get(),
		};
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, limits);

		assert_eq!(Limits::<T>::get(), Some(limits));
		Ok(())
	}

	/// The last of a full list of guardians steps down.
	#[benchmark]
	fn remove_guardian() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get())?;
		let guardian: T::AccountId =
			account("guardian", T::MaxGuardians::get().saturating_sub(1), SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian.clone()), pseudonym, T::Lookup::unlookup(guardian.clone()));

		assert!(!Wards::<T>::contains_key(&guardian, pseudonym));
		Ok(())
	}

	/// `n` guardians are unlinked. The runtime's `OnPatientErased` runs inside the measured
	/// block too and is also added on top from its own bound, so its cost is counted twice
	/// (on the safe side).
	#[benchmark]
	fn deregister(n: Linear<0, { T::MaxGuardians::get() }>) -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, n)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()));

		assert!(Erased::<T>::contains_key(pseudonym));
		assert!(!PseudonymOf::<T>::contains_key(&owner));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
