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

/// MedChain's default for `--pool-limit` (the SDK's is 8,192). The fork-aware pool keeps a
/// transaction until its block is finalized, so it must hold what waits for a block and what
/// waits for finality: measured with bench-load on the dev chain, remarks offered at 1,000 a
/// second (above the chain's 730) with the SDK's limit lost 3,171 accepted transactions, the
/// pool dropping them when full; with this limit, none.
pub const POOL_LIMIT: usize = 32_768;

/// MedChain's default for `--pool-kbytes` (the SDK's is 20,480): room for [`POOL_LIMIT`]
/// transactions of 2 KiB.
pub const POOL_KBYTES: usize = 65_536;

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

impl Cli {
	/// The command line, with MedChain's transaction pool limits ([`POOL_LIMIT`],
	/// [`POOL_KBYTES`]) where the operator set none.
	pub fn from_args_with_defaults() -> Self {
		use sc_cli::SubstrateCli as _;
		let cli = Self::from_args();
		cli.with_pool_defaults(std::env::args())
	}

	/// Applies MedChain's pool limits unless `args` set them.
	pub fn with_pool_defaults(mut self, args: impl IntoIterator<Item = String>) -> Self {
		let args: Vec<String> = args.into_iter().collect();
		let given = |flag: &str| {
			args.iter()
				.any(|a| a == flag || a.strip_prefix(flag).is_some_and(|r| r.starts_with('=')))
		};
		if !given("--pool-limit") {
			self.run.pool_config.pool_limit = POOL_LIMIT;
		}
		if !given("--pool-kbytes") {
			self.run.pool_config.pool_kbytes = POOL_KBYTES;
		}
		self
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	fn parse(args: &[&str]) -> (usize, usize) {
		let cli = Cli::parse_from(args.iter().copied())
			.with_pool_defaults(args.iter().map(|a| a.to_string()));
		(cli.run.pool_config.pool_limit, cli.run.pool_config.pool_kbytes)
	}

	#[test]
	fn the_pool_limits_are_medchains_unless_the_operator_sets_them() {
		assert_eq!(parse(&["medchain-node"]), (POOL_LIMIT, POOL_KBYTES));
		assert_eq!(parse(&["medchain-node", "--pool-limit", "100"]), (100, POOL_KBYTES));
		assert_eq!(parse(&["medchain-node", "--pool-limit=8192"]), (8192, POOL_KBYTES));
		assert_eq!(parse(&["medchain-node", "--pool-kbytes=10"]), (POOL_LIMIT, 10));
		assert_eq!(parse(&["medchain-node", "--pool-limit", "5", "--pool-kbytes", "6"]), (5, 6));
	}
}
