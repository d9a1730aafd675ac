//! Fees (`pallet-transaction-payment`): what a paid transaction costs, and how that rises when
//! blocks are full.
//!
//! The fee of a transaction is `base + multiplier × (weight fee + length fee) + tip`:
//!
//! - the weight fee is 1 planck per picosecond of declared weight (`IdentityFee`): a block's
//!   normal capacity (1,125 ms) costs 1.125 MED at a multiplier of 1;
//! - the length fee is [`FEE_PER_BYTE`] planck per encoded byte, so that a block's normal
//!   length (3.75 MiB) costs about the same (1.18 MED): filling blocks by size is no cheaper
//!   than by weight;
//! - the multiplier ([`CongestionMultiplier`]) follows how full paid transactions made the
//!   last block, in the dimension closest to its limit (weight, proof size or length; free
//!   transactions are left out, so free traffic never prices paid traffic out): above
//!   [`TARGET_BLOCK_FULLNESS`] it grows, below it shrinks, never under 1. A full block raises it
//!   by 3.8 %: spam that keeps every block full doubles its price every 19 blocks (under a
//!   minute) and pays 1,000 times the base price after 185 blocks (9 minutes). It comes back
//!   down by 1.25 % per empty block (halving in 56 blocks, under 3 minutes).
//!
//! Free transactions (`pallet-free-tier`) pay none of this; they are bounded by their quotas.

use super::{RuntimeBlockLength, RuntimeBlockWeights};
use crate::{Balance, Runtime, System};
use frame_support::{
	dispatch::DispatchClass,
	weights::{Weight, WeightToFee},
};
use pallet_transaction_payment::{Multiplier, MultiplierUpdate};
use sp_runtime::{
	traits::{Convert, One},
	FixedPointNumber, Perquintill, Saturating,
};

/// The length fee per encoded byte, in planck.
pub const FEE_PER_BYTE: Balance = 300_000;

/// The block fullness the multiplier aims at: 25 % of the normal class's limit.
pub const TARGET_BLOCK_FULLNESS: Perquintill = Perquintill::from_percent(25);

/// How fast the multiplier moves: the `v` of `TargetedFeeAdjustment`'s formula.
pub fn adjustment_variable() -> Multiplier {
	Multiplier::saturating_from_rational(5, 100)
}

/// The largest multiplier: a billion times the base price.
pub fn maximum_multiplier() -> Multiplier {
	Multiplier::saturating_from_integer(1_000_000_000u64)
}

/// The length fee: [`FEE_PER_BYTE`] per byte, times the current multiplier (the weight fee is
/// multiplied by `pallet-transaction-payment` itself; the length fee is not, so it is here).
pub struct LengthToFee;
impl WeightToFee for LengthToFee {
	type Balance = Balance;

	fn weight_to_fee(length: &Weight) -> Balance {
		let plain = Balance::from(length.ref_time()).saturating_mul(FEE_PER_BYTE);
		pallet_transaction_payment::NextFeeMultiplier::<Runtime>::get().saturating_mul_int(plain)
	}
}

/// `TargetedFeeAdjustment`'s update rule, `next = previous × (1 + v·d + (v·d)²/2)` with `d` the
/// last block's fullness minus [`TARGET_BLOCK_FULLNESS`], where fullness is the largest of the
/// normal class's weight, proof size and length shares (the standard rule ignores length, so
/// blocks filled by size would never raise fees). Bounded by 1 and [`maximum_multiplier`].
pub struct CongestionMultiplier;

impl CongestionMultiplier {
	/// The last block's fullness from paid transactions: the normal class's largest share of
	/// weight, proof size or length, without what free transactions took
	/// (`pallet_free_tier::FreeConsumption`): free traffic, bounded by its quotas, never
	/// raises what paid transactions cost.
	pub fn fullness() -> Perquintill {
		let weights = RuntimeBlockWeights::get();
		let limit = weights
			.get(DispatchClass::Normal)
			.max_total
			.unwrap_or(weights.max_block)
			.max(Weight::from_parts(1, 1));
		let (free_weight, free_length) = pallet_free_tier::FreeConsumption::<Runtime>::get();
		let used = System::block_weight().get(DispatchClass::Normal).saturating_sub(free_weight);
		let length_limit = (*RuntimeBlockLength::get().max.get(DispatchClass::Normal)).max(1);
		// The header and every extrinsic so far (this runs in `on_finalize`).
		let length = System::block_size().saturating_sub(free_length).min(length_limit);
		[
			Perquintill::from_rational(used.ref_time().min(limit.ref_time()), limit.ref_time()),
			Perquintill::from_rational(
				used.proof_size().min(limit.proof_size()),
				limit.proof_size(),
			),
			Perquintill::from_rational(u64::from(length), u64::from(length_limit)),
		]
		.into_iter()
		.max()
		.unwrap_or_default()
	}
}

impl Convert<Multiplier, Multiplier> for CongestionMultiplier {
	fn convert(previous: Multiplier) -> Multiplier {
		let minimum = Multiplier::one();
		let previous = previous.max(minimum);
		let fullness = Self::fullness();
		let target = TARGET_BLOCK_FULLNESS;
		let (above, difference) = if fullness >= target {
			(true, fullness.saturating_sub(target))
		} else {
			(false, target.saturating_sub(fullness))
		};
		let difference = Multiplier::saturating_from_rational(
			difference.deconstruct(),
			Perquintill::one().deconstruct(),
		);
		let first = adjustment_variable().saturating_mul(difference);
		let second = first.saturating_mul(first) / Multiplier::saturating_from_integer(2u32);
		let next = if above {
			previous.saturating_add(first.saturating_add(second).saturating_mul(previous))
		} else {
			previous.saturating_sub(first.saturating_sub(second).saturating_mul(previous))
		};
		next.clamp(minimum, maximum_multiplier())
	}
}

impl MultiplierUpdate for CongestionMultiplier {
	fn min() -> Multiplier {
		Multiplier::one()
	}
	fn max() -> Multiplier {
		maximum_multiplier()
	}
	fn target() -> Perquintill {
		TARGET_BLOCK_FULLNESS
	}
	fn variability() -> Multiplier {
		adjustment_variable()
	}
}
