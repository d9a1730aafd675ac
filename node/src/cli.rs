//! Command line of `medchain-node`.

use sc_cli::RunCmd;

/// Subcommands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate keys, inspect them, insert them into a keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (use `export-chain-spec` for a spec without a node).
	#[deprecated(note = "build-spec will be removed in favour of export-chain-spec")]
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: runtime pallets, storage, block, extrinsic overhead and this machine.
	/// Present when the node is built with `--features runtime-benchmarks`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Print a node's id, peer id and the proof (signed with its node key) that an
	/// organization may register it in a permissioned network (`peering.addNode`).
	NodeOwnership(crate::peering::NodeOwnershipCmd),

	/// Build a consortium's chain spec from its config file (TOML; see
	/// `docker/consortium.example.toml`): permissioned, development keys refused.
	ConsortiumSpec(crate::consortium::ConsortiumSpecCmd),
}

/// `medchain-node [subcommand] [options]`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of a running node.
	#[clap(flatten)]
	pub run: RunCmd,

	/// GRANDPA: vote for the block this many blocks behind the best block. MedChain's
	/// default is 1 (measured with bench-load on the four local validators at 300 anchors a
	/// second: finality p50 7.0 s after submission, against 10.1 s with the SDK's rules of two
	/// blocks behind the best and no further than three quarters of the unfinalized chain).
	/// Any setting is safe (GRANDPA's safety does not depend on it); `0` votes for the best
	/// block itself and finalizes sooner still when the network is calm.
	#[arg(long, value_name = "BLOCKS", default_value_t = 1)]
	pub grandpa_vote_lag: u32,
}
