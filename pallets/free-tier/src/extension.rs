//! The transaction extension that lets eligible transactions through without a fee.

use crate::{Config, Pallet, WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::{fmt, marker::PhantomData};
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	pallet_prelude::TransactionSource,
	traits::Get,
	weights::Weight,
	CloneNoBound, EqNoBound, PartialEqNoBound,
};
use medchain_primitives::{FreeCallEligibility, FreePath};
use scale_info::{StaticTypeInfo, TypeInfo};
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Dispatchable, Implication, PostDispatchInfoOf,
		RefundWeight, TransactionExtension, ValidateResult, Zero,
	},
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionValidityError, ValidTransaction,
	},
	DispatchResult,
};

/// The code of the `InvalidTransaction::Custom` error ("free quota exhausted") returned for a
/// call the free tier covers when the sender's quota (calls or state, its own or its
/// organization's) is spent and the sender cannot pay instead: at validation, and when the
/// quota ran out between a transaction's validation and its inclusion.
pub const FREE_QUOTA_EXHAUSTED: u8 = 61;

/// The pool priority of an urgent call ([`FreeCallEligibility::is_urgent`]: break-glass)
/// from an account the free path is open to, paid or free: the highest there is, so that no
/// tip and no flood of other transactions delays it.
pub const URGENT_PRIORITY: TransactionPriority = TransactionPriority::MAX;

/// Whether the wrapped fee extension carries a tip. A transaction with a tip always takes the
/// paid path: its sender asked to pay for a better place in the pool.
pub trait Tip {
	/// Whether a tip was given.
	fn tip_given(&self) -> bool;
}

impl<T: pallet_transaction_payment::Config> Tip
	for pallet_transaction_payment::ChargeTransactionPayment<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<<T as pallet_transaction_payment::Config>::OnChargeTransaction as
		pallet_transaction_payment::OnChargeTransaction<T>>::Balance: Send + Sync,
{
	fn tip_given(&self) -> bool {
		!self.tip().is_zero()
	}
}

/// Wraps the fee extension `S` (MedChain: `ChargeTransactionPayment`): eligible transactions
/// without a tip, within the sender's quotas, pay nothing and are counted; all others go
/// through `S`. Urgent calls from eligible senders get [`URGENT_PRIORITY`] either way.
///
/// It has `S`'s identifier, encoding and type information, so clients sign exactly as they
/// would for `S` (for `ChargeTransactionPayment`: a compact `tip`).
#[derive(Encode, Decode, DecodeWithMemTracking, CloneNoBound, EqNoBound, PartialEqNoBound)]
pub struct ChargeOrFree<T, S>(pub S, #[codec(skip)] PhantomData<T>)
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq;

impl<T, S> ChargeOrFree<T, S>
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq,
{
	/// Wraps `inner`.
	pub fn new(inner: S) -> Self {
		Self(inner, PhantomData)
	}
}

impl<T: Config, S> ChargeOrFree<T, S>
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq,
{
	/// A free call that failed counts once more against its sender's quota
	/// ([`Pallet::count_failure`]): failing calls cost more of the free path than succeeding
	/// ones.
	fn count_failure(who: &T::AccountId, path: &FreePath<T::AccountId>, result: &DispatchResult) {
		if result.is_err() {
			Pallet::<T>::count_failure(who, path);
		}
	}

	/// Adds what a free transaction took from the block (as `frame_system` counts it: its
	/// actual weight after `unused` is refunded, plus the base extrinsic weight) to the
	/// block's free consumption.
	fn record_free(info: &DispatchInfo, post_info: &PostDispatchInfo, unused: Weight, len: usize) {
		let base = T::BlockWeights::get().get(info.class).base_extrinsic;
		let used = post_info.calc_actual_weight(info).saturating_sub(unused).saturating_add(base);
		Pallet::<T>::record_free(used, len);
	}
}

impl<T, S> From<S> for ChargeOrFree<T, S>
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq,
{
	fn from(inner: S) -> Self {
		Self::new(inner)
	}
}

impl<T, S> TypeInfo for ChargeOrFree<T, S>
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq + StaticTypeInfo,
{
	type Identity = S;
	fn type_info() -> scale_info::Type {
		S::type_info()
	}
}

impl<T, S> fmt::Debug for ChargeOrFree<T, S>
where
	S: Encode + Decode + DecodeWithMemTracking + Clone + Eq + PartialEq + fmt::Debug,
{
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "ChargeOrFree({:?})", self.0)
	}
}

/// What [`ChargeOrFree::validate`] decided.
pub enum Decision<AccountId, V> {
	/// Free: count it (and the most bytes of state it can write) against `AccountId`'s quota
	/// and the budgets of its path; if one has run
	/// out by the time the transaction is prepared (the pool validated it against an older
	/// state), the wrapped extension's validation, when it passed, makes it pay instead.
	Free(AccountId, FreePath<AccountId>, u32, Option<V>),
	/// The wrapped extension handles it.
	Charge(V),
}

/// What [`ChargeOrFree::prepare`] passes on to `post_dispatch`.
pub enum Prepared<P, AccountId> {
	/// A free transaction of the account on its path; the wrapped extension's weight was not
	/// used.
	Free(Weight, AccountId, FreePath<AccountId>),
	/// The wrapped extension's own.
	Charge(P),
}

impl<T, S> TransactionExtension<T::RuntimeCall> for ChargeOrFree<T, S>
where
	T: Config + Send + Sync,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	S: TransactionExtension<T::RuntimeCall> + Tip,
{
	const IDENTIFIER: &'static str = S::IDENTIFIER;
	type Implicit = S::Implicit;

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn metadata() -> alloc::vec::Vec<sp_runtime::traits::TransactionExtensionMetadata> {
		S::metadata()
	}

	type Val = Decision<T::AccountId, S::Val>;
	type Pre = Prepared<S::Pre, T::AccountId>;

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		// Either path may be taken: the eligibility check always runs, then either the count
		// or the wrapped extension. A failed free call's second count changes the usage
		// entries the first count already read and wrote in this transaction (no further
		// database access). The costlier of the two free paths: a guardian's (the longest
		// eligibility check) or a practitioner's (its own and its organization's budget).
		T::WeightInfo::free_call()
			.max(T::WeightInfo::free_call_shared())
			.saturating_add(T::Eligibility::urgent_check_weight(call))
			// The block's tally of free consumption is charged once per block, in
			// `on_initialize` (like `frame_system`'s block weight, it stays in memory between
			// transactions).
			.saturating_add(self.0.weight(call))
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let signer = frame_system::ensure_signed(origin.clone()).ok();
		let (path, priority) = match &signer {
			Some(who) => {
				let path = T::Eligibility::free_path(who, call);
				let urgent = path.is_free() && T::Eligibility::is_urgent(who, call);
				(path, if urgent { URGENT_PRIORITY } else { 0 })
			},
			None => (FreePath::No, 0),
		};
		let growth = if path.is_free() { T::Eligibility::state_growth(call) } else { 0 };
		if let Some(who) = signer {
			if !self.0.tip_given() && Pallet::<T>::within_budgets(&who, &path, growth) {
				// Should a quota run out before the transaction is prepared, a funded sender
				// pays: the wrapped extension validates it now (it withdraws nothing).
				let fallback = self
					.0
					.validate(
						origin.clone(),
						call,
						info,
						len,
						self_implicit,
						inherited_implication,
						source,
					)
					.ok()
					.map(|(_, val, _)| val);
				// Free transactions carry no fee to order them by: they share the lowest
				// priority (urgent ones the highest) and the block's normal-class limits.
				let valid = ValidTransaction { priority, ..Default::default() };
				return Ok((valid, Decision::Free(who, path, growth, fallback), origin));
			}
		}
		let over_quota = path.is_free() && !self.0.tip_given();
		let (mut valid, val, origin) = self
			.0
			.validate(origin, call, info, len, self_implicit, inherited_implication, source)
			.map_err(|e| match e {
				// A call the free tier covers, refused only because its quota is spent and the
				// sender cannot pay: say so (apps show it; nodes count it as a free-tier
				// refusal) rather than a bare inability to pay.
				TransactionValidityError::Invalid(InvalidTransaction::Payment) if over_quota => {
					InvalidTransaction::Custom(FREE_QUOTA_EXHAUSTED).into()
				},
				other => other,
			})?;
		valid.priority = valid.priority.max(priority);
		Ok((valid, Decision::Charge(val), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			Decision::Free(who, path, growth, fallback) => {
				if Pallet::<T>::consume(&who, &path, growth) {
					// The wrapped extension validated (for the fee: the sender's account and
					// the fee multiplier read) but will not prepare or settle: the rest of its
					// weight is unused.
					let validated = <T as frame_system::Config>::DbWeight::get().reads(2);
					let unused = self.0.weight(call).saturating_sub(validated);
					return Ok(Prepared::Free(unused, who, path));
				}
				match fallback {
					// Over the quota with funds: it pays like anyone else.
					Some(val) => {
						Ok(Prepared::Charge(self.0.prepare(val, origin, call, info, len)?))
					},
					None => Err(InvalidTransaction::Custom(FREE_QUOTA_EXHAUSTED).into()),
				}
			},
			Decision::Charge(val) => {
				Ok(Prepared::Charge(self.0.prepare(val, origin, call, info, len)?))
			},
		}
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			// The wrapped extension never ran: refund its weight.
			Prepared::Free(unused, who, path) => {
				Self::count_failure(&who, &path, result);
				Self::record_free(info, post_info, unused, len);
				Ok(unused)
			},
			Prepared::Charge(pre) => S::post_dispatch_details(pre, info, post_info, len, result),
		}
	}

	fn post_dispatch(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		match pre {
			Prepared::Free(unused, who, path) => {
				Self::count_failure(&who, &path, result);
				Self::record_free(info, post_info, unused, len);
				post_info.refund(unused);
				Ok(())
			},
			// Whatever the wrapped extension does after dispatch (fee correction, refund).
			Prepared::Charge(pre) => S::post_dispatch(pre, info, post_info, len, result),
		}
	}
}
