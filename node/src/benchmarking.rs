//! Extrinsic builders and inherent data for `medchain-node benchmark overhead|extrinsic`.

use crate::service::FullClient;

use medchain_runtime::{
	signing::{signed_extrinsic, ChainContext},
	AccountId, Balance, BalancesCall, SystemCall,
};
use sc_cli::Result;
use sc_client_api::BlockBackend;
use sp_blockchain::HeaderBackend;
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::OpaqueExtrinsic;

use std::{sync::Arc, time::Duration};

fn chain_context(client: &FullClient) -> std::result::Result<ChainContext, &'static str> {
	let genesis = client.block_hash(0).ok().flatten().ok_or("the database has no genesis block")?;
	// The benchmark's blocks are built on the best block: the era starts there.
	let info = client.info();
	Ok(ChainContext::for_this_runtime(genesis, (info.best_number, info.best_hash)))
}

/// Builds `system.remark` extrinsics.
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	/// A builder over `client`.
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let xt = signed_extrinsic(
			&Sr25519Keyring::Bob.pair(),
			SystemCall::remark { remark: vec![] }.into(),
			nonce,
			chain_context(&self.client)?,
		);
		Ok(xt.into())
	}
}

/// Builds `balances.transfer_keep_alive` extrinsics.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: Balance,
}

impl TransferKeepAliveBuilder {
	/// A builder over `client` that sends `value` to `dest`.
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: Balance) -> Self {
		Self { client, dest, value }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let xt = signed_extrinsic(
			&Sr25519Keyring::Bob.pair(),
			BalancesCall::transfer_keep_alive { dest: self.dest.clone().into(), value: self.value }
				.into(),
			nonce,
			chain_context(&self.client)?,
		);
		Ok(xt.into())
	}
}

/// Inherent data for the benchmarks: a timestamp.
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::from_millis(0).into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating inherent data: {e:?}"))?;
	Ok(inherent_data)
}
