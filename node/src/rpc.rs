//! The node's JSON-RPC methods beyond the standard ones of `sc-service`.
//!
//! MedChain's own methods (`medchain_*`: record verification, consent and break-glass
//! queries, the access check) are in [`crate::medchain_rpc`], each a thin wrapper over a
//! runtime API.

#![warn(missing_docs)]

use std::sync::Arc;

use jsonrpsee::RpcModule;
use medchain_runtime::{api_types, opaque::Block, AccountId, Balance, Nonce};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// All the node's RPC methods beyond the standard ones.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: medchain_runtime_api::RecordsApi<
		Block,
		AccountId,
		api_types::Verification,
		api_types::Record,
	>,
	C::Api: medchain_runtime_api::ConsentApi<
		Block,
		AccountId,
		api_types::Grant,
		api_types::Request,
		api_types::AuditEntry,
	>,
	C::Api: medchain_runtime_api::EmergencyApi<Block, api_types::Session, api_types::SessionStatus>,
	C::Api: medchain_runtime_api::ArchivesApi<
		Block,
		api_types::Archive,
		api_types::ArchiveVerification,
		api_types::ArchiveProofError,
	>,
	P: TransactionPool + 'static,
{
	use crate::medchain_rpc::{Medchain, MedchainApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	// MedChain's own methods (`medchain_*`), each over a runtime API.
	module.merge(Medchain::new(client).into_rpc())?;

	Ok(module)
}
