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

/// What a signer must know about the chain.
#[derive(Clone, Copy, Debug)]
pub struct ChainContext {
	/// Hash of block 0.
	pub genesis_hash: H256,
	/// The runtime's `spec_version`.
	pub spec_version: u32,
	/// The runtime's `transaction_version`.
	pub transaction_version: u32,
}

impl ChainContext {
	/// The context of a chain running this runtime version.
	pub fn for_this_runtime(genesis_hash: H256) -> Self {
		Self {
			genesis_hash,
			spec_version: VERSION.spec_version,
			transaction_version: VERSION.transaction_version,
		}
	}
}

/// Signs `call` by `signer` with `nonce` as an immortal transaction with no tip.
pub fn signed_extrinsic(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
	chain: ChainContext,
) -> UncheckedExtrinsic {
	let tx_ext: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_free_tier::ChargeOrFree::new(
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let implicit = (
		(),
		chain.spec_version,
		chain.transaction_version,
		chain.genesis_hash,
		// Immortal: the era's checkpoint is the genesis block.
		chain.genesis_hash,
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
