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

	/// What the extension adds to every signed transaction: the eligibility check (the
	/// runtime's, on its costliest path) and, for a free transaction, the count. The account
	/// has used the free path before, so its usage entry is read and rewritten.
	#[benchmark]
	fn free_call() {
		CurrentQuota::<T>::put(Quota {
			calls: T::MaxCallsPerWindow::get(),
			window: T::MaxWindow::get(),
		});
		let (who, call) = T::BenchmarkHelper::eligible();
		assert!(Pallet::<T>::consume(&who, &FreePath::Own), "the quota is not used up");

		#[block]
		{
			let path = Pallet::<T>::free_path(&who, &call).expect("eligible, with quota left");
			assert!(Pallet::<T>::consume(&who, &path), "the quota is not used up");
		}

		assert_eq!(Usage::<T>::get(&who).map(|u| u.used), Some(2));
	}

	/// The same for a call that also draws from an organization's shared quota: its usage
	/// entry is read and rewritten too.
	#[benchmark]
	fn free_call_shared() {
		let quota = Quota { calls: T::MaxCallsPerWindow::get(), window: T::MaxWindow::get() };
		CurrentQuota::<T>::put(quota);
		SharedQuota::<T>::put(quota);
		let (who, call) = T::BenchmarkHelper::eligible_shared();
		let FreePath::Shared(org) = T::Eligibility::free_path(&who, &call) else {
			panic!("the helper's call draws from a shared budget");
		};
		assert!(Pallet::<T>::consume(&who, &FreePath::Shared(org.clone())));

		#[block]
		{
			let path = Pallet::<T>::free_path(&who, &call).expect("eligible, with quota left");
			assert!(Pallet::<T>::consume(&who, &path), "the quota is not used up");
		}

		assert_eq!(SharedUsage::<T>::get(&org).map(|u| u.used), Some(2));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
