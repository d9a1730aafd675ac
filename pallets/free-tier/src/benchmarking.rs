//! Benchmarks of the free-tier pallet (FRAME v2).

use super::*;
use frame_benchmarking::v2::*;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_quota() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let window = T::MaxWindow::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::MaxCallsPerWindow::get(), window);

		assert_eq!(CurrentQuota::<T>::get().map(|q| q.calls), Some(T::MaxCallsPerWindow::get()));
		Ok(())
	}

	#[benchmark]
	fn set_state_quota() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let max = T::MaxBytesPerWindow::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, max, max, max, T::MaxWindow::get());

		assert_eq!(CurrentStateQuota::<T>::get().map(|q| q.per_patient), Some(max));
		Ok(())
	}

	/// What the extension adds to every signed transaction: the eligibility check (the
	/// runtime's, on its costliest path), the call's state growth and, for a free
	/// transaction, the count. The account has used the free path before, so its usage entry
	/// is read and rewritten.
	#[benchmark]
	fn free_call() {
		set_quotas::<T>(false);
		let (who, call) = T::BenchmarkHelper::eligible();
		assert!(Pallet::<T>::consume(&who, &FreePath::Own, 1), "the quota is not used up");

		#[block]
		{
			let (path, growth) =
				Pallet::<T>::free_path(&who, &call).expect("eligible, with quota left");
			assert!(Pallet::<T>::consume(&who, &path, growth), "the quota is not used up");
		}

		assert_eq!(Usage::<T>::get(&who).map(|u| u.calls.used), Some(2));
	}

	/// The same for a call that also draws from an organization's shared quota: its usage
	/// entry is read and rewritten too.
	#[benchmark]
	fn free_call_shared() {
		set_quotas::<T>(true);
		let (who, call) = T::BenchmarkHelper::eligible_shared();
		let FreePath::Shared(org) = T::Eligibility::free_path(&who, &call) else {
			panic!("the helper's call draws from a shared budget");
		};
		assert!(Pallet::<T>::consume(&who, &FreePath::Shared(org.clone()), 1));

		#[block]
		{
			let (path, growth) =
				Pallet::<T>::free_path(&who, &call).expect("eligible, with quota left");
			assert!(Pallet::<T>::consume(&who, &path, growth), "the quota is not used up");
		}

		assert_eq!(SharedUsage::<T>::get(&org).map(|u| u.calls.used), Some(2));
	}

	/// `n` ended windows are examined and deleted (half the accounts', half the
	/// organizations'), from a stored cursor.
	#[benchmark]
	fn sweep_usage(n: Linear<1, 1_000>) {
		let quota = Quota { calls: 1, window: One::one() };
		CurrentQuota::<T>::put(quota);
		SharedQuota::<T>::put(quota);
		let start = frame_system::Pallet::<T>::block_number();
		CurrentStateQuota::<T>::put(StateQuota {
			per_patient: 1,
			per_provider: 1,
			per_organization: 1,
			window: One::one(),
		});
		let usage =
			Spent { calls: UsageWindow { start, used: 1 }, bytes: UsageWindow { start, used: 1 } };
		for i in 0..n {
			let who: T::AccountId = account("swept", i, 0);
			if i % 2 == 0 {
				Usage::<T>::insert(&who, usage);
			} else {
				SharedUsage::<T>::insert(&who, usage);
			}
		}
		frame_system::Pallet::<T>::set_block_number(start.saturating_add(One::one()));

		#[block]
		{
			assert_eq!(Pallet::<T>::sweep_usage(n), n);
		}

		assert_eq!(Usage::<T>::iter().count() + SharedUsage::<T>::iter().count(), 0);
	}

	/// The largest quotas, the state quota included (its limits are checked on every free
	/// transaction); the shared quota too when `shared`.
	fn set_quotas<T: Config>(shared: bool) {
		let quota = Quota { calls: T::MaxCallsPerWindow::get(), window: T::MaxWindow::get() };
		CurrentQuota::<T>::put(quota);
		if shared {
			SharedQuota::<T>::put(quota);
		}
		let max = T::MaxBytesPerWindow::get();
		CurrentStateQuota::<T>::put(StateQuota {
			per_patient: max,
			per_provider: max,
			per_organization: max,
			window: T::MaxWindow::get(),
		});
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
