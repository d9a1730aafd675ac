//! `medchain-node`: the MedChain consortium node.
//!
//! Aura block authoring, GRANDPA finality, JSON-RPC for apps, Prometheus metrics.

#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod consortium;
mod medchain_rpc;
mod metrics;
mod peering;
mod refusals;
mod rpc;
mod service;

use std::process::ExitCode;

fn main() -> ExitCode {
	match command::run() {
		Ok(()) => ExitCode::SUCCESS,
		Err(error) => {
			// One line an operator can act on, not a debug dump.
			eprintln!("error: {}", one_line(&error));
			ExitCode::FAILURE
		},
	}
}

/// The error and its causes on one line.
fn one_line(error: &sc_cli::Error) -> String {
	let mut text = error.to_string();
	let mut source = std::error::Error::source(error);
	while let Some(cause) = source {
		let cause_text = cause.to_string();
		if !text.contains(&cause_text) {
			text.push_str(": ");
			text.push_str(&cause_text);
		}
		source = cause.source();
	}
	text.replace('\n', " ")
}
