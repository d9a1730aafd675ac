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
		assert!(Pallet::<T>::consume(&who), "the quota is not used up");

		#[block]
		{
			assert!(Pallet::<T>::may_go_free(&who, &call));
			assert!(Pallet::<T>::consume(&who), "the quota is not used up");
		}

		assert_eq!(Usage::<T>::get(&who).map(|u| u.used), Some(2));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
