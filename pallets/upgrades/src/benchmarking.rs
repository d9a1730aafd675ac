//! Benchmarks of the upgrades pallet (FRAME v2).

use super::*;
use frame_benchmarking::v2::*;
use sp_runtime::traits::Hash;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Worst case: an authorization is pending (read, compared and replaced).
	#[benchmark]
	fn authorize_upgrade() -> Result<(), BenchmarkError> {
		frame_system::Pallet::<T>::do_authorize_upgrade(T::Hashing::hash(b"pending code"), true);
		let code_hash = T::Hashing::hash(b"new code");
		let origin =
			T::UpgradeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code_hash);

		assert_eq!(
			Pallet::<T>::pending_upgrade(),
			Some(PendingUpgrade { code_hash, check_version: true })
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
