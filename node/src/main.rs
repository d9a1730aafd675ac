//! `medchain-node`: the MedChain consortium node.
//!
//! Aura block authoring, GRANDPA finality, JSON-RPC for apps, Prometheus metrics.

#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
