//! Building signed extrinsics off-chain (std only): for the node's benchmarks and for Rust
//! clients and tests that talk to a node over JSON-RPC.
//!
//! This is the one place that knows the order and the implicit data of [`crate::TxExtension`];
//! a change there is a change here.

use crate::{
	Runtime, RuntimeCall, Signature, SignedPayload, TxExtension, UncheckedExtrinsic, VERSION,
};
use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::generic::Era;

/// For how many blocks a transaction signed here stays valid (from its checkpoint block): the
/// runtime refuses immortal transactions ([`crate::mortal_era`]).
pub const MORTAL_PERIOD: u64 = 64;

/// What a signer must know about the chain.
#[derive(Clone, Copy, Debug)]
pub struct ChainContext {
	/// Hash of block 0.
	pub genesis_hash: H256,
	/// The runtime's `spec_version`.
	pub spec_version: u32,
	/// The runtime's `transaction_version`.
	pub transaction_version: u32,
	/// The block the transaction's era starts at, by number and hash: a recent block the
	/// chain knows (the best or the finalized one). The transaction is valid for
	/// [`MORTAL_PERIOD`] blocks from it.
	pub checkpoint: (u32, H256),
}

impl ChainContext {
	/// The context of a chain running this runtime version, for a transaction whose era
	/// starts at block `checkpoint` (its number and hash).
	pub fn for_this_runtime(genesis_hash: H256, checkpoint: (u32, H256)) -> Self {
		Self {
			genesis_hash,
			spec_version: VERSION.spec_version,
			transaction_version: VERSION.transaction_version,
			checkpoint,
		}
	}
}

/// Signs `call` by `signer` with `nonce` as a mortal transaction (valid for
/// [`MORTAL_PERIOD`] blocks from the context's checkpoint) with no tip.
pub fn signed_extrinsic(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
	chain: ChainContext,
) -> UncheckedExtrinsic {
	let era = Era::mortal(MORTAL_PERIOD, u64::from(chain.checkpoint.0));
	signed_extrinsic_in_era(signer, call, nonce, chain, era)
}

/// Signs `call` as [`signed_extrinsic`] does, with `tip`: a transaction with a tip always
/// pays (the fee-free path is for untipped ones) and is ordered in the pool by its tip.
pub fn signed_extrinsic_with_tip(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
	chain: ChainContext,
	tip: crate::Balance,
) -> UncheckedExtrinsic {
	let era = Era::mortal(MORTAL_PERIOD, u64::from(chain.checkpoint.0));
	sign(signer, call, nonce, chain, era, tip)
}

/// Signs `call` as [`signed_extrinsic`] does, in `era` (the checkpoint's hash is signed for a
/// mortal era, the genesis hash for an immortal one, which the runtime refuses): for tests of
/// the era rules.
pub fn signed_extrinsic_in_era(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
	chain: ChainContext,
	era: Era,
) -> UncheckedExtrinsic {
	sign(signer, call, nonce, chain, era, 0)
}

fn sign(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
	chain: ChainContext,
	era: Era,
	tip: crate::Balance,
) -> UncheckedExtrinsic {
	let era_hash = if era.is_immortal() { chain.genesis_hash } else { chain.checkpoint.1 };
	let tx_ext: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		crate::mortal_era::CheckMortalEra::<Runtime>::from(era),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_free_tier::ChargeOrFree::new(
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip),
		),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let implicit = (
		(),
		chain.spec_version,
		chain.transaction_version,
		chain.genesis_hash,
		era_hash,
		(),
		(),
		(),
		None,
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), tx_ext.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		sp_runtime::AccountId32::from(signer.public()).into(),
		Signature::Sr25519(signature),
		tx_ext,
	)
}
