//! Benchmarks of the patients pallet (FRAME v2). Each benchmark takes the path that reads and
//! writes the most; guardian lists are full where they are scanned.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed.saturating_add(2); 32])
}

fn policy<T: Config>() -> EmergencyPolicy {
	EmergencyPolicy { allowed: true, required_approvals: T::MinEmergencyApprovals::get() }
}

/// Registers `account` as a patient with `guardians` guardians.
fn patient<T: Config>(owner: &T::AccountId, guardians: u32) -> PatientId {
	let pseudonym = PatientId::repeat_byte(1);
	Pallet::<T>::insert_patient(owner, pseudonym, key(1), policy::<T>(), None)
		.expect("a fresh account and pseudonym; qed");
	for i in 0..guardians {
		let guardian: T::AccountId = account("guardian", i, SEED);
		Pallet::<T>::add_guardian(
			RawOrigin::Signed(owner.clone()).into(),
			T::Lookup::unlookup(guardian),
		)
		.expect("below the bound; qed");
	}
	pseudonym
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = PatientId::repeat_byte(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), pseudonym, key(1), policy::<T>());

		assert_eq!(PseudonymOf::<T>::get(&owner), Some(pseudonym));
	}

	/// Includes the signature check, over the `<Bytes>`-wrapped payload (the slower of the
	/// two accepted forms: the plain one is tried and fails first).
	#[benchmark]
	fn register_for() {
		let practitioner = T::BenchmarkHelper::practitioner();
		let pseudonym = PatientId::repeat_byte(1);
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let payload = registration_payload(&genesis, &pseudonym, &key(1), &policy::<T>());
		let wrapped = [b"<Bytes>".as_slice(), &payload, b"</Bytes>".as_slice()].concat();
		let (account, signature) = T::BenchmarkHelper::sign(&wrapped);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(practitioner),
			T::Lookup::unlookup(account.clone()),
			pseudonym,
			key(1),
			policy::<T>(),
			signature,
		);

		assert_eq!(PseudonymOf::<T>::get(&account), Some(pseudonym));
	}

	#[benchmark]
	fn rotate_encryption_key() {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), key(9));

		assert_eq!(Patients::<T>::get(pseudonym).map(|p| p.encryption_key), Some(key(9)));
	}

	/// By the last of a full list of guardians.
	#[benchmark]
	fn set_emergency_policy() {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get());
		let guardian: T::AccountId =
			account("guardian", T::MaxGuardians::get().saturating_sub(1), SEED);
		let new =
			EmergencyPolicy { allowed: false, required_approvals: T::MaxEmergencyApprovals::get() };

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), pseudonym, new);

		assert_eq!(Patients::<T>::get(pseudonym).map(|p| p.emergency_policy), Some(new));
	}

	/// Fills the list of guardians.
	#[benchmark]
	fn add_guardian() {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get().saturating_sub(1));
		let guardian: T::AccountId = account("new-guardian", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), T::Lookup::unlookup(guardian.clone()));

		assert!(Wards::<T>::contains_key(&guardian, pseudonym));
	}

	/// The last of a full list of guardians steps down.
	#[benchmark]
	fn remove_guardian() {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, T::MaxGuardians::get());
		let guardian: T::AccountId =
			account("guardian", T::MaxGuardians::get().saturating_sub(1), SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian.clone()), pseudonym, T::Lookup::unlookup(guardian.clone()));

		assert!(!Wards::<T>::contains_key(&guardian, pseudonym));
	}

	/// `n` guardians are unlinked. The runtime's `OnPatientErased` runs inside the measured
	/// block too and is also added on top from its own bound, so its cost is counted twice
	/// (on the safe side).
	#[benchmark]
	fn deregister(n: Linear<0, { T::MaxGuardians::get() }>) {
		let owner: T::AccountId = account("patient", 0, SEED);
		let pseudonym = patient::<T>(&owner, n);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()));

		assert!(Erased::<T>::contains_key(pseudonym));
		assert!(!PseudonymOf::<T>::contains_key(&owner));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
