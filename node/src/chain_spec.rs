//! Chain specifications: `dev` and `local` come from the runtime's genesis presets.

use medchain_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::ChainType;

/// A chain specification of MedChain (no node-side extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol, decimals and address format, for polkadot.js and wallets.
pub(crate) fn properties() -> sc_service::Properties {
	let mut properties = sc_service::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

pub(crate) fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime's wasm binary is missing: this node was built with SKIP_WASM_BUILD; \
		 rebuild it without that variable"
			.to_string()
	})
}

/// A single-validator development chain (Alice).
pub fn development_config() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("MedChain Development")
		.with_id("medchain_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// A four-validator local network (Alice, Bob, Charlie, Dave).
pub fn local_testnet_config() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("MedChain Local Testnet")
		.with_id("medchain_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}
