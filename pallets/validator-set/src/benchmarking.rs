//! Benchmarks of the validator-set pallet (FRAME v2).

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

const SEED: u32 = 0;

/// Fills the set with `n` validators, all with session keys, and sets the minimum to 1.
fn fill_set<T: Config>(n: u32) -> Vec<T::AccountId> {
	MinimumValidators::<T>::put(1);
	let validators: Vec<T::AccountId> =
		(0..n).map(|i| account::<T::AccountId>("validator", i, SEED)).collect();
	for v in &validators {
		T::BenchmarkHelper::register_session_keys(v);
	}
	let bounded: BoundedVec<T::AccountId, T::MaxValidators> =
		validators.clone().try_into().expect("n is at most MaxValidators; qed");
	Validators::<T>::put(bounded);
	validators
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Worst case: the set holds `n` validators and the new one is compared with all of them.
	#[benchmark]
	fn add_validator(
		n: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		fill_set::<T>(n);
		let new: T::AccountId = account("new", 0, SEED);
		T::BenchmarkHelper::register_session_keys(&new);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let lookup = T::Lookup::unlookup(new.clone());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);

		assert!(Validators::<T>::get().contains(&new));
		Ok(())
	}

	/// Worst case: the removed validator is the last of `n`.
	#[benchmark]
	fn remove_validator(n: Linear<2, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let validators = fill_set::<T>(n);
		let last = validators.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let lookup = T::Lookup::unlookup(last.clone());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);

		assert!(!Validators::<T>::get().contains(&last));
		Ok(())
	}

	#[benchmark]
	fn set_session_length() -> Result<(), BenchmarkError> {
		let length = T::MaxSessionLength::get();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, length);

		assert_eq!(SessionLength::<T>::get(), length);
		Ok(())
	}

	#[benchmark]
	fn set_minimum_validators() -> Result<(), BenchmarkError> {
		fill_set::<T>(T::MaxValidators::get());
		let minimum = T::MaxValidators::get();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, minimum);

		assert_eq!(MinimumValidators::<T>::get(), minimum);
		Ok(())
	}

	/// Worst case: the set is full and the caller, not in it, is compared with every validator;
	/// its keys (registered with a deposit in the runtime) are removed and the deposit released.
	#[benchmark]
	fn purge_keys(n: Linear<1, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		fill_set::<T>(n);
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::register_session_keys(&caller);
		assert!(T::ValidatorRegistration::is_registered(&caller));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(!T::ValidatorRegistration::is_registered(&caller));
		Ok(())
	}

	/// A block author noted in a session where others authored already.
	#[benchmark]
	fn note_author() {
		let validators = fill_set::<T>(T::MaxValidators::get());
		let session = CurrentSession::<T>::get();
		for v in &validators {
			AuthoredBlocks::<T>::insert(session, v, 7);
		}
		let author = validators.last().cloned().expect("MaxValidators is at least 1; qed");

		#[block]
		{
			<Pallet<T> as pallet_authorship::EventHandler<_, _>>::note_author(author.clone());
		}

		assert_eq!(AuthoredBlocks::<T>::get(session, &author), 8);
	}

	/// `n` offenders reported at once, each the last of a full set (found after a scan of
	/// it), all removed.
	#[benchmark]
	fn report_offence(n: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>) {
		let validators = fill_set::<T>(T::MaxValidators::get());
		let offenders: Vec<OffenceDetails<T::AccountId, (T::AccountId, ())>> = validators
			.iter()
			.rev()
			.take(n as usize)
			.map(|v| OffenceDetails { offender: (v.clone(), ()), reporters: Vec::new() })
			.collect();
		let fractions = alloc::vec![Perbill::zero(); n as usize];

		#[block]
		{
			<Pallet<T> as OnOffenceHandler<_, _, Weight>>::on_offence(&offenders, &fractions, 1);
		}

		assert_eq!(Validators::<T>::get().len() as u32, T::MaxValidators::get() - n);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
