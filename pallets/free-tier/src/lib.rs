#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use extension::{ChargeOrFree, Tip, FREE_QUOTA_EXHAUSTED, URGENT_PRIORITY};
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
use medchain_primitives::{FreeCallEligibility, FreePath};
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

/// How many bytes of new state free transactions may write per window: each account's own
/// (a patient's or guardian's calls, [`FreePath::Own`]; a provider's, [`FreePath::Shared`]),
/// and an organization's with all of its staff together. Each free transaction counts at the
/// most its call can add to the state ([`FreeCallEligibility::state_growth`]): keys and
/// values of the entries it may create, and what existing values may grow by.
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
pub struct StateQuota<BlockNumber> {
	/// Bytes per account per window, for calls on the own path (patients' and guardians').
	pub per_patient: u32,
	/// Bytes per account per window, for calls made as a provider (an organization's or a
	/// practitioner's, which also draw on the organization's).
	pub per_provider: u32,
	/// Bytes per organization and its staff together per window.
	pub per_organization: u32,
	/// The window's length in blocks. At least 1.
	pub window: BlockNumber,
}

/// A budget's use of one of its limits in the current window.
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct UsageWindow<BlockNumber> {
	/// The block in which the window started.
	pub start: BlockNumber,
	/// How much of the limit was used in it: transactions, or bytes of state.
	pub used: u32,
}

/// A budget's use of its quotas: free transactions ([`Quota`]) and bytes of state
/// ([`StateQuota`]), each in its own window.
#[derive(Clone, Copy, Encode, Decode, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug, Default)]
pub struct Spent<BlockNumber> {
	/// Free transactions in the current window of [`Quota`].
	pub calls: UsageWindow<BlockNumber>,
	/// Bytes of state in the current window of [`StateQuota`].
	pub bytes: UsageWindow<BlockNumber>,
}

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Call> {
	/// Returns an account and a call for which [`Config::Eligibility`] answers
	/// [`FreePath::Own`], taking the costliest path of the check.
	fn eligible() -> (AccountId, Call);
	/// Returns an account and a call for which [`Config::Eligibility`] answers
	/// [`FreePath::Shared`], taking the costliest path of the check.
	fn eligible_shared() -> (AccountId, Call);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version of the pallet's layout (see [`crate::migrations`]):
	/// - 0: the layout at launch.
	/// - 1: usage entries count bytes of state too ([`Spent`]; [`migrations::v1`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

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

		/// The largest state quota governance may set, in bytes per window.
		#[pallet::constant]
		type MaxBytesPerWindow: Get<u32>;

		/// Weights of this pallet's calls and of the extension's check, from benchmarks.
		type WeightInfo: WeightInfo;

		/// Provides an eligible account and call for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::RuntimeCall>;
	}

	/// The quota of free transactions per account.
	#[pallet::storage]
	pub type CurrentQuota<T: Config> = StorageValue<_, Quota<BlockNumberFor<T>>, OptionQuery>;

	/// Each account's use of its quotas. One small entry per account that has used the free
	/// path; only registered actors can.
	#[pallet::storage]
	pub type Usage<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Spent<BlockNumberFor<T>>>;

	/// The quota an organization and all of its staff share (on top of each one's own
	/// [`CurrentQuota`]), for the calls [`Config::Eligibility`] answers
	/// [`FreePath::Shared`] for. `None`: no shared limit.
	#[pallet::storage]
	pub type SharedQuota<T: Config> = StorageValue<_, Quota<BlockNumberFor<T>>, OptionQuery>;

	/// How many bytes of state free transactions may write per window, per account and per
	/// organization with its staff. `None`: no limit beyond the transaction quotas.
	#[pallet::storage]
	pub type CurrentStateQuota<T: Config> =
		StorageValue<_, StateQuota<BlockNumberFor<T>>, OptionQuery>;

	/// Each organization's use of its shared quota. One entry per organization whose staff
	/// used the free path.
	#[pallet::storage]
	pub type SharedUsage<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Spent<BlockNumberFor<T>>>;

	/// What this block's free transactions consumed: weight (with each one's base extrinsic
	/// weight) and encoded length. Reset at the start of every block. The runtime's fee
	/// multiplier leaves it out, so that free traffic never raises what paid transactions
	/// cost.
	#[pallet::storage]
	pub type FreeConsumption<T: Config> = StorageValue<_, (Weight, u32), ValueQuery>;

	/// Where `on_idle`'s sweep of ended [`Usage`] windows stands: the last key it examined.
	/// `None`: the next sweep starts from the beginning.
	#[pallet::storage]
	pub type SweepCursor<T: Config> = StorageValue<_, BoundedVec<u8, ConstU32<128>>, OptionQuery>;

	/// The quota at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The quota; `None` leaves the free path off until governance sets one.
		pub quota: Option<Quota<BlockNumberFor<T>>>,
		/// The quota an organization shares with its staff; `None`: no shared limit.
		pub shared_quota: Option<Quota<BlockNumberFor<T>>>,
		/// The state quota; `None`: none.
		pub state_quota: Option<StateQuota<BlockNumberFor<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(quota) = self.quota {
				Pallet::<T>::ensure_valid_quota(&quota)
					.expect("the genesis quota is within bounds; fix the chain spec");
				CurrentQuota::<T>::put(quota);
			}
			if let Some(quota) = self.shared_quota {
				Pallet::<T>::ensure_valid_quota(&quota)
					.expect("the genesis shared quota is within bounds; fix the chain spec");
				SharedQuota::<T>::put(quota);
			}
			if let Some(quota) = self.state_quota {
				Pallet::<T>::ensure_valid_state_quota(&quota)
					.expect("the genesis state quota is within bounds; fix the chain spec");
				CurrentStateQuota::<T>::put(quota);
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
		/// Governance set the quota an organization shares with its staff.
		SharedQuotaSet {
			/// The new shared quota.
			quota: Quota<BlockNumberFor<T>>,
		},
		/// Governance set the state quota.
		StateQuotaSet {
			/// The new state quota.
			quota: StateQuota<BlockNumberFor<T>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The quota allows more than [`Config::MaxCallsPerWindow`] calls.
		TooManyCalls,
		/// The window is zero blocks or longer than [`Config::MaxWindow`].
		InvalidWindow,
		/// The state quota allows more than [`Config::MaxBytesPerWindow`] bytes.
		TooManyBytes,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxWindow::get() >= One::one(), "MaxWindow must be at least 1");
		}

		/// Resets the block's [`FreeConsumption`]. Its weight covers the tally's whole life in
		/// the block: this reset, and the one read and one write of the database that the
		/// free transactions' updates come to (they change the value in memory).
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			FreeConsumption::<T>::kill();
			T::DbWeight::get().reads_writes(1, 2)
		}

		/// Deletes ended usage entries ([`Usage`], then [`SharedUsage`]) with the block's
		/// spare weight: an entry whose windows both ended counts as fresh windows anyway, so
		/// deleting it changes no quota. Resumes where the last sweep stopped.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut steps = 0u32;
			while steps < 1_000
				&& T::WeightInfo::sweep_usage(steps.saturating_add(1)).all_lte(remaining)
			{
				steps = steps.saturating_add(1);
			}
			if steps == 0 {
				return Weight::zero();
			}
			let examined = Self::sweep_usage(steps);
			T::WeightInfo::sweep_usage(examined)
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
			let quota = Self::governed_quota(origin, calls, window)?;
			CurrentQuota::<T>::put(quota);
			Self::deposit_event(Event::QuotaSet { quota });
			Ok(())
		}

		/// Set the shared quota: `calls` free transactions per `window` blocks for an
		/// organization and all of its staff together.
		///
		/// Origin: [`Config::GovernanceOrigin`]. It bounds an organization's free traffic
		/// however many practitioners it registers. Windows already running keep their
		/// start.
		///
		/// Emits [`Event::SharedQuotaSet`].
		/// Errors: [`Error::TooManyCalls`], [`Error::InvalidWindow`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_quota())]
		pub fn set_shared_quota(
			origin: OriginFor<T>,
			calls: u32,
			window: BlockNumberFor<T>,
		) -> DispatchResult {
			let quota = Self::governed_quota(origin, calls, window)?;
			SharedQuota::<T>::put(quota);
			Self::deposit_event(Event::SharedQuotaSet { quota });
			Ok(())
		}

		/// Set the state quota: free transactions may write at most `per_patient` bytes of
		/// new state per account on the own path (patients' and guardians' calls),
		/// `per_provider` per account for calls made as a provider, and `per_organization`
		/// per organization and all of its staff together, per `window` blocks. Each transaction counts at the most its call
		/// can write; one that would go over pays, or is refused if its sender has no funds.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Windows already running keep their start.
		///
		/// Emits [`Event::StateQuotaSet`].
		/// Errors: [`Error::TooManyBytes`], [`Error::InvalidWindow`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_state_quota())]
		pub fn set_state_quota(
			origin: OriginFor<T>,
			per_patient: u32,
			per_provider: u32,
			per_organization: u32,
			window: BlockNumberFor<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let quota = StateQuota { per_patient, per_provider, per_organization, window };
			Self::ensure_valid_state_quota(&quota)?;
			CurrentStateQuota::<T>::put(quota);
			Self::deposit_event(Event::StateQuotaSet { quota });
			Ok(())
		}
	}
}

/// A budget a free call draws from: an account's own quota (for a call made as a provider:
/// `true`), or an organization's shared one.
enum Budget<'a, AccountId> {
	Own(&'a AccountId, bool),
	Shared(&'a AccountId),
}

impl<AccountId> Clone for Budget<'_, AccountId> {
	fn clone(&self) -> Self {
		*self
	}
}

impl<AccountId> Copy for Budget<'_, AccountId> {}

/// A budget's limits and use as they stand now.
struct Standing<BlockNumber> {
	/// Free transactions per window; `None`: no limit.
	calls: Option<u32>,
	/// Bytes of state per window; `None`: no limit.
	bytes: Option<u32>,
	/// The use in the current windows (an ended window counts as a fresh one).
	spent: Spent<BlockNumber>,
}

impl<BlockNumber> Standing<BlockNumber> {
	/// Whether one more transaction that writes up to `growth` bytes fits.
	fn has_room(&self, growth: u32) -> bool {
		self.calls.is_none_or(|calls| self.spent.calls.used < calls)
			&& self.bytes.is_none_or(|bytes| self.spent.bytes.used.saturating_add(growth) <= bytes)
	}
}

impl<T: Config> Pallet<T> {
	/// The quota of `calls` per `window` a governance call sets, after its origin and bounds
	/// are checked.
	fn governed_quota(
		origin: OriginFor<T>,
		calls: u32,
		window: BlockNumberFor<T>,
	) -> Result<Quota<BlockNumberFor<T>>, DispatchError> {
		T::GovernanceOrigin::ensure_origin(origin)?;
		let quota = Quota { calls, window };
		Self::ensure_valid_quota(&quota)?;
		Ok(quota)
	}

	fn ensure_valid_window(window: BlockNumberFor<T>) -> DispatchResult {
		ensure!(window >= One::one() && window <= T::MaxWindow::get(), Error::<T>::InvalidWindow);
		Ok(())
	}

	fn ensure_valid_quota(quota: &Quota<BlockNumberFor<T>>) -> DispatchResult {
		ensure!(quota.calls <= T::MaxCallsPerWindow::get(), Error::<T>::TooManyCalls);
		Self::ensure_valid_window(quota.window)
	}

	fn ensure_valid_state_quota(quota: &StateQuota<BlockNumberFor<T>>) -> DispatchResult {
		let max = T::MaxBytesPerWindow::get();
		ensure!(
			quota.per_patient <= max && quota.per_provider <= max && quota.per_organization <= max,
			Error::<T>::TooManyBytes
		);
		Self::ensure_valid_window(quota.window)
	}

	/// `window` as it stands at `now` for a limit whose windows last `length` blocks: an
	/// ended one (or one without a limit) counts as a fresh one.
	fn fresh(
		window: UsageWindow<BlockNumberFor<T>>,
		length: Option<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> UsageWindow<BlockNumberFor<T>> {
		match length {
			Some(length) if now < window.start.saturating_add(length) => window,
			_ => UsageWindow { start: now, used: 0 },
		}
	}

	/// Whether both windows of `spent` have ended at `now` (so the entry can go).
	fn ended(
		spent: &Spent<BlockNumberFor<T>>,
		calls_window: Option<BlockNumberFor<T>>,
		bytes_window: Option<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> bool {
		let over = |w: &UsageWindow<BlockNumberFor<T>>, length: Option<BlockNumberFor<T>>| {
			length.is_none_or(|l| now >= w.start.saturating_add(l))
		};
		over(&spent.calls, calls_window) && over(&spent.bytes, bytes_window)
	}

	/// A budget's limits and use as they stand now. `None`: the budget has no limit at all
	/// (an organization's, with neither a shared quota nor a state quota set).
	fn standing(budget: Budget<T::AccountId>) -> Option<Standing<BlockNumberFor<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		let state = CurrentStateQuota::<T>::get();
		let (calls, bytes, spent) = match budget {
			Budget::Own(who, provider) => (
				Some(CurrentQuota::<T>::get().unwrap_or(Quota { calls: 0, window: One::one() })),
				state.map(|q| (if provider { q.per_provider } else { q.per_patient }, q.window)),
				Usage::<T>::get(who),
			),
			Budget::Shared(org) => {
				let calls = SharedQuota::<T>::get();
				let bytes = state.map(|q| (q.per_organization, q.window));
				if calls.is_none() && bytes.is_none() {
					return None;
				}
				(calls, bytes, SharedUsage::<T>::get(org))
			},
		};
		let fresh = UsageWindow { start: now, used: 0 };
		let spent = spent.unwrap_or(Spent { calls: fresh, bytes: fresh });
		let spent = Spent {
			calls: Self::fresh(spent.calls, calls.map(|q| q.window), now),
			bytes: Self::fresh(spent.bytes, bytes.map(|(_, w)| w), now),
		};
		Some(Standing { calls: calls.map(|q| q.calls), bytes: bytes.map(|(b, _)| b), spent })
	}

	fn store(budget: Budget<T::AccountId>, spent: Spent<BlockNumberFor<T>>) {
		match budget {
			Budget::Own(who, _) => Usage::<T>::insert(who, spent),
			Budget::Shared(org) => SharedUsage::<T>::insert(org, spent),
		}
	}

	/// The budgets a free call of `who` on `path` draws from.
	fn budgets<'a>(
		who: &'a T::AccountId,
		path: &'a FreePath<T::AccountId>,
	) -> impl Iterator<Item = Budget<'a, T::AccountId>> {
		let shared = match path {
			FreePath::Shared(org) => Some(Budget::Shared(org)),
			_ => None,
		};
		core::iter::once(Budget::Own(who, shared.is_some())).chain(shared)
	}

	/// How many free transactions `who` has left in its own current window (whether or not
	/// it is eligible).
	pub fn remaining(who: &T::AccountId) -> u32 {
		Self::standing(Budget::Own(who, false)).map_or(u32::MAX, |s| {
			s.calls.map_or(u32::MAX, |calls| calls.saturating_sub(s.spent.calls.used))
		})
	}

	/// How many bytes of state `who`'s free transactions may still write in its current
	/// window, in calls made as a provider (`as_provider`) or on the own path; `None` when no
	/// state quota is set.
	pub fn bytes_remaining(who: &T::AccountId, as_provider: bool) -> Option<u32> {
		let s = Self::standing(Budget::Own(who, as_provider))?;
		s.bytes.map(|bytes| bytes.saturating_sub(s.spent.bytes.used))
	}

	/// How many free transactions organization `org` and its staff have left in their shared
	/// window; `None` when no shared quota is set.
	pub fn shared_remaining(org: &T::AccountId) -> Option<u32> {
		let s = Self::standing(Budget::Shared(org))?;
		s.calls.map(|calls| calls.saturating_sub(s.spent.calls.used))
	}

	/// How many bytes of state organization `org` and its staff may still write for free in
	/// their shared window; `None` when no state quota is set.
	pub fn shared_bytes_remaining(org: &T::AccountId) -> Option<u32> {
		let s = Self::standing(Budget::Shared(org))?;
		s.bytes.map(|bytes| bytes.saturating_sub(s.spent.bytes.used))
	}

	fn has_room(budget: Budget<T::AccountId>, growth: u32) -> bool {
		Self::standing(budget).is_none_or(|s| s.has_room(growth))
	}

	/// Whether `path` is free and every budget it draws from has room for `who`'s next call,
	/// one that writes up to `growth` bytes of state.
	pub fn within_budgets(who: &T::AccountId, path: &FreePath<T::AccountId>, growth: u32) -> bool {
		path.is_free() && Self::budgets(who, path).all(|b| Self::has_room(b, growth))
	}

	/// The free path `who` may send `call` on now, and the most bytes of state the call can
	/// write: eligible, with room in every budget it draws from. `None`: it pays.
	pub fn free_path(
		who: &T::AccountId,
		call: &T::RuntimeCall,
	) -> Option<(FreePath<T::AccountId>, u32)> {
		let path = T::Eligibility::free_path(who, call);
		if !path.is_free() {
			return None;
		}
		let growth = T::Eligibility::state_growth(call);
		Self::within_budgets(who, &path, growth).then_some((path, growth))
	}

	/// Whether `who` may send `call` for free now.
	pub fn may_go_free(who: &T::AccountId, call: &T::RuntimeCall) -> bool {
		Self::free_path(who, call).is_some()
	}

	/// Counts one free transaction of `who` that may write up to `growth` bytes of state
	/// against every budget `path` draws from; returns `false`, changing nothing, when one of
	/// them has no room left.
	#[must_use]
	pub fn consume(who: &T::AccountId, path: &FreePath<T::AccountId>, growth: u32) -> bool {
		let standings: alloc::vec::Vec<_> =
			Self::budgets(who, path).map(|b| (b, Self::standing(b))).collect();
		if !standings.iter().all(|(_, s)| s.as_ref().is_none_or(|s| s.has_room(growth))) {
			return false;
		}
		for (budget, standing) in standings {
			if let Some(Standing { mut spent, .. }) = standing {
				spent.calls.used = spent.calls.used.saturating_add(1);
				spent.bytes.used = spent.bytes.used.saturating_add(growth);
				Self::store(budget, spent);
			}
		}
		true
	}

	/// Counts one more call against every budget `path` draws from in the current window (for
	/// a free call that failed: it costs two), up to the quota: the next free call is refused
	/// sooner.
	pub fn count_failure(who: &T::AccountId, path: &FreePath<T::AccountId>) {
		for budget in Self::budgets(who, path) {
			if let Some(Standing { calls: Some(calls), mut spent, .. }) = Self::standing(budget) {
				spent.calls.used = spent.calls.used.saturating_add(1).min(calls);
				Self::store(budget, spent);
			}
		}
	}

	/// Adds a free transaction's consumption to [`FreeConsumption`].
	pub fn record_free(weight: Weight, len: usize) {
		FreeConsumption::<T>::mutate(|(w, l)| {
			*w = w.saturating_add(weight);
			*l = l.saturating_add(u32::try_from(len).unwrap_or(u32::MAX));
		});
	}

	/// Examines up to `steps` usage entries from the sweep cursor (the accounts' windows, then
	/// the organizations'), deleting those whose window has ended. Returns how many it
	/// examined.
	pub fn sweep_usage(steps: u32) -> u32 {
		use frame_support::storage::StoragePrefixedMap;
		let now = frame_system::Pallet::<T>::block_number();
		let bytes_window = CurrentStateQuota::<T>::get().map(|q| q.window);
		let cursor = SweepCursor::<T>::get().map(|c| c.into_inner());
		let in_shared =
			cursor.as_ref().is_some_and(|c| c.starts_with(&SharedUsage::<T>::final_prefix()));
		let mut examined = 0u32;
		let mut last: Option<alloc::vec::Vec<u8>> = None;
		if !in_shared {
			let batch: alloc::vec::Vec<_> = match &cursor {
				Some(raw) => Usage::<T>::iter_from(raw.clone()).take(steps as usize).collect(),
				None => Usage::<T>::iter().take(steps as usize).collect(),
			};
			let calls_window = CurrentQuota::<T>::get().map(|q| q.window);
			for (who, spent) in batch {
				examined = examined.saturating_add(1);
				if Self::ended(&spent, calls_window, bytes_window, now) {
					Usage::<T>::remove(&who);
				}
				last = Some(Usage::<T>::hashed_key_for(&who));
			}
		}
		if examined < steps {
			let from = if in_shared { cursor } else { None };
			let batch: alloc::vec::Vec<_> = match from {
				Some(raw) => SharedUsage::<T>::iter_from(raw)
					.take(steps.saturating_sub(examined) as usize)
					.collect(),
				None => {
					SharedUsage::<T>::iter().take(steps.saturating_sub(examined) as usize).collect()
				},
			};
			let calls_window = SharedQuota::<T>::get().map(|q| q.window);
			for (org, spent) in batch {
				examined = examined.saturating_add(1);
				if Self::ended(&spent, calls_window, bytes_window, now) {
					SharedUsage::<T>::remove(&org);
				}
				last = Some(SharedUsage::<T>::hashed_key_for(&org));
			}
		}
		// A sweep that examined fewer than it could reached the end: the next starts over.
		match last.filter(|_| examined >= steps).and_then(|l| BoundedVec::try_from(l).ok()) {
			Some(c) => SweepCursor::<T>::put(c),
			None => SweepCursor::<T>::kill(),
		}
		examined
	}

	/// Checks the pallet's invariants: the quotas are within bounds, and no account has used
	/// more than the largest quotas allow.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for quota in [CurrentQuota::<T>::get(), SharedQuota::<T>::get()].into_iter().flatten() {
			ensure!(Self::ensure_valid_quota(&quota).is_ok(), "the quota is out of bounds");
		}
		if let Some(quota) = CurrentStateQuota::<T>::get() {
			ensure!(
				Self::ensure_valid_state_quota(&quota).is_ok(),
				"the state quota is out of bounds"
			);
		}
		for (_, spent) in Usage::<T>::iter().chain(SharedUsage::<T>::iter()) {
			ensure!(
				spent.calls.used <= T::MaxCallsPerWindow::get(),
				"an account used more free calls than any quota allows"
			);
			ensure!(
				spent.bytes.used <= T::MaxBytesPerWindow::get(),
				"an account wrote more free state than any quota allows"
			);
		}
		Ok(())
	}
}
