#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use extension::ChargeOrFree;
pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use medchain_primitives::FreeCallEligibility;
use scale_info::TypeInfo;
use sp_runtime::traits::{One, Saturating};

/// How many free transactions an account may send per window.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Quota<BlockNumber> {
	/// Free transactions per window. Zero turns the free path off.
	pub calls: u32,
	/// The window's length in blocks. At least 1.
	pub window: BlockNumber,
}

/// An account's use of its quota in its current window.
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct UsageWindow<BlockNumber> {
	/// The block in which the window started.
	pub start: BlockNumber,
	/// Free transactions used in it.
	pub used: u32,
}

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Call> {
	/// Returns an account and a call for which [`Config::Eligibility`] answers yes, taking the
	/// costliest path of the check.
	fn eligible() -> (AccountId, Call);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version of the pallet's layout (see [`crate::migrations`]):
	/// - 0: the layout at launch.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the free-tier pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Which accounts may send which calls without a fee.
		type Eligibility: FreeCallEligibility<Self::AccountId, Self::RuntimeCall>;

		/// Who sets the quota.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The largest quota governance may set, in calls per window.
		#[pallet::constant]
		type MaxCallsPerWindow: Get<u32>;

		/// The longest window governance may set, in blocks.
		#[pallet::constant]
		type MaxWindow: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and of the extension's check, from benchmarks.
		type WeightInfo: WeightInfo;

		/// Provides an eligible account and call for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::RuntimeCall>;
	}

	/// The quota of free transactions per account.
	#[pallet::storage]
	pub type CurrentQuota<T: Config> = StorageValue<_, Quota<BlockNumberFor<T>>, OptionQuery>;

	/// Each account's use of its quota. One small entry per account that has used the free
	/// path; only registered actors can.
	#[pallet::storage]
	pub type Usage<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, UsageWindow<BlockNumberFor<T>>>;

	/// The quota at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The quota; `None` leaves the free path off until governance sets one.
		pub quota: Option<Quota<BlockNumberFor<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(quota) = self.quota {
				Pallet::<T>::ensure_valid_quota(&quota)
					.expect("the genesis quota is within bounds; fix the chain spec");
				CurrentQuota::<T>::put(quota);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance set the quota.
		QuotaSet {
			/// The new quota.
			quota: Quota<BlockNumberFor<T>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The quota allows more than [`Config::MaxCallsPerWindow`] calls.
		TooManyCalls,
		/// The window is zero blocks or longer than [`Config::MaxWindow`].
		InvalidWindow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxWindow::get() >= One::one(), "MaxWindow must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Set the quota: `calls` free transactions per account per `window` blocks.
		///
		/// Origin: [`Config::GovernanceOrigin`]. `calls = 0` turns the free path off.
		/// Windows already running keep their start; the new numbers apply from the next
		/// transaction.
		///
		/// Emits [`Event::QuotaSet`].
		/// Errors: [`Error::TooManyCalls`], [`Error::InvalidWindow`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_quota())]
		pub fn set_quota(
			origin: OriginFor<T>,
			calls: u32,
			window: BlockNumberFor<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let quota = Quota { calls, window };
			Self::ensure_valid_quota(&quota)?;
			CurrentQuota::<T>::put(quota);
			Self::deposit_event(Event::QuotaSet { quota });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn ensure_valid_quota(quota: &Quota<BlockNumberFor<T>>) -> DispatchResult {
		ensure!(quota.calls <= T::MaxCallsPerWindow::get(), Error::<T>::TooManyCalls);
		ensure!(
			quota.window >= One::one() && quota.window <= T::MaxWindow::get(),
			Error::<T>::InvalidWindow
		);
		Ok(())
	}

	/// `who`'s usage as it stands now: a window that has ended counts as a fresh one.
	fn current_usage(
		who: &T::AccountId,
	) -> (Quota<BlockNumberFor<T>>, UsageWindow<BlockNumberFor<T>>) {
		let now = frame_system::Pallet::<T>::block_number();
		let quota = CurrentQuota::<T>::get().unwrap_or(Quota { calls: 0, window: One::one() });
		let usage = Usage::<T>::get(who)
			.filter(|u| now < u.start.saturating_add(quota.window))
			.unwrap_or(UsageWindow { start: now, used: 0 });
		(quota, usage)
	}

	/// How many free transactions `who` has left in its current window (whether or not it is
	/// eligible).
	pub fn remaining(who: &T::AccountId) -> u32 {
		let (quota, usage) = Self::current_usage(who);
		quota.calls.saturating_sub(usage.used)
	}

	/// Whether `who` may send `call` for free now: eligible, and quota left.
	pub fn may_go_free(who: &T::AccountId, call: &T::RuntimeCall) -> bool {
		T::Eligibility::is_eligible(who, call) && Self::remaining(who) > 0
	}

	/// Counts one free transaction of `who`; returns `false`, changing nothing, when none is
	/// left.
	#[must_use]
	pub fn consume(who: &T::AccountId) -> bool {
		let (quota, mut usage) = Self::current_usage(who);
		if usage.used >= quota.calls {
			return false;
		}
		usage.used = usage.used.saturating_add(1);
		Usage::<T>::insert(who, usage);
		true
	}

	/// Counts one more call against `who`'s quota in the current window (for a free call that
	/// failed: it costs two), up to the quota: the next free call is refused sooner.
	pub fn count_failure(who: &T::AccountId) {
		let (quota, mut usage) = Self::current_usage(who);
		usage.used = usage.used.saturating_add(1).min(quota.calls);
		Usage::<T>::insert(who, usage);
	}

	/// Checks the pallet's invariants: the quota is within bounds, and no account has used
	/// more than the largest quota allows.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		if let Some(quota) = CurrentQuota::<T>::get() {
			ensure!(Self::ensure_valid_quota(&quota).is_ok(), "the quota is out of bounds");
		}
		for (_, usage) in Usage::<T>::iter() {
			ensure!(
				usage.used <= T::MaxCallsPerWindow::get(),
				"an account used more free calls than any quota allows"
			);
		}
		Ok(())
	}
}
