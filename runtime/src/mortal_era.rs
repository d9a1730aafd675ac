//! Every transaction is mortal: [`CheckMortalEra`] is `frame_system::CheckMortality` (the
//! era and its checkpoint block) refusing [`Era::Immortal`].
//!
//! An immortal transaction stays valid for as long as the runtime's `spec_version` and
//! `transaction_version` stay the same. MedChain's registry accounts also keep their nonce
//! for life (the registries never drop their sufficient reference), so a saved transaction
//! can never come back; mortality adds a second bound: whatever was signed is usable for at
//! most its era (polkadot.js signs with 64 blocks by default; `signing.rs` with
//! [`crate::signing::MORTAL_PERIOD`]).
//!
//! The extension keeps the identifier `CheckMortality`, its encoding (an [`Era`]) and its
//! implicit data (the checkpoint block's hash), so wallets and polkadot.js sign for it as for
//! the standard extension.

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::pallet_prelude::TransactionSource;
use frame_system::CheckMortality;
use scale_info::TypeInfo;
use sp_runtime::{
	generic::Era,
	traits::{DispatchInfoOf, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	Weight,
};

/// The code of the `InvalidTransaction::Custom` error returned for an immortal transaction:
/// "transactions must be mortal (sign with an era)".
pub const IMMORTAL_TRANSACTION: u8 = 62;

/// `frame_system::CheckMortality`, refusing immortal transactions with
/// [`IMMORTAL_TRANSACTION`].
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMortalEra<T: frame_system::Config + Send + Sync>(pub CheckMortality<T>);

impl<T: frame_system::Config + Send + Sync> CheckMortalEra<T> {
	/// The extension for a transaction of `era`.
	pub fn from(era: Era) -> Self {
		Self(CheckMortality::from(era))
	}
}

impl<T: frame_system::Config + Send + Sync> core::fmt::Debug for CheckMortalEra<T> {
	#[cfg(feature = "std")]
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckMortalEra({:?})", self.0 .0)
	}

	#[cfg(not(feature = "std"))]
	fn fmt(&self, _: &mut core::fmt::Formatter) -> core::fmt::Result {
		Ok(())
	}
}

impl<T: frame_system::Config + Send + Sync> TransactionExtension<T::RuntimeCall>
	for CheckMortalEra<T>
{
	const IDENTIFIER: &'static str = "CheckMortality";
	type Implicit = <CheckMortality<T> as TransactionExtension<T::RuntimeCall>>::Implicit;
	type Val = <CheckMortality<T> as TransactionExtension<T::RuntimeCall>>::Val;
	type Pre = <CheckMortality<T> as TransactionExtension<T::RuntimeCall>>::Pre;

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		if self.0 .0.is_immortal() {
			return Err(InvalidTransaction::Custom(IMMORTAL_TRANSACTION).into());
		}
		self.0.implicit()
	}

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		self.0.weight(call)
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		if self.0 .0.is_immortal() {
			return Err(InvalidTransaction::Custom(IMMORTAL_TRANSACTION).into());
		}
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &<T as frame_system::Config>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		self.0.prepare(val, origin, call, info, len)
	}
}
