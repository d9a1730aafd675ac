//! `bench-load`: MedChain's load generator.
//!
//! It starts real `medchain-node` processes (a single-validator dev chain, or four validators on
//! the local testnet), registers over a thousand actors through the calls apps use (four
//! hospitals, 200 practitioners, 800 patients each granting their hospital read-write
//! access), then, per workload, offers pre-signed transactions at rising open-loop rates over
//! JSON-RPC from this separate process and measures, from the blocks it sees:
//!
//! - the sustained rate, counted in finalized blocks (by their timestamps);
//! - submit-to-inclusion and submit-to-finality latency (p50, p95, p99);
//! - the best-minus-finalized lag, the pool's refusals with their reasons;
//! - the nodes' CPU and peak resident memory, block fullness by weight and by length, and the
//!   database's growth per anchored record;
//! - and that nothing is lost: each accepted transaction is finalized, or reported with what
//!   became of it.
//!
//! The chain runs with sessions of `--session-length` blocks (600, half an hour, unless
//! given; a consortium's are an hour): pallet-session keeps the block that ends a session
//! empty, which the development presets' 10-block sessions would make one block in ten.
//!
//! A workload's rates rise until p99 inclusion exceeds two blocks, the pool refuses, a
//! transaction is lost, or the chain no longer keeps up with the offered rate.
//!
//! ```text
//! bench-load [--quick] [--network dev|local4|both]
//!            [--workloads anchors,batch,mix,remark,transfer,burst] [--steps 50,100,...]
//!            [--step-seconds N] [--burst N] [--burst-signers N] [--batch-size N]
//!            [--max-in-flight N] [--session-length N]
//!            [--port-base P] [--node-arg ARG]... [--out report.json]
//! ```
//!
//! `--quick` (about two minutes, run by `.ci/run`) drives the dev chain through a step each of
//! anchors, batches, the clinical mix and the remark baseline, and a burst, and fails if any
//! accepted transaction is lost. The node binary is `MEDCHAIN_NODE_BIN`, or `medchain-node` next to this binary.

mod ledger;
mod procfs;
mod submit;
mod tracker;
mod workload;

use jsonrpsee::ws_client::{WsClient, WsClientBuilder};
use ledger::Ledger;
use medchain_e2e::{Network, NodeSpec, Result};
use std::{
	sync::{Arc, Mutex},
	time::Duration,
};
use workload::{Harness, StepReport, Workload};

/// What to run.
pub struct Options {
	/// The short CI run.
	pub quick: bool,
	/// Which networks.
	pub networks: Vec<String>,
	/// Which workloads, in order.
	pub workloads: Vec<Workload>,
	/// The offered rates (records a second), rising.
	pub steps: Vec<f64>,
	/// How long each step offers its rate.
	pub step_seconds: f64,
	/// How many anchors the burst submits at once.
	pub burst: usize,
	/// How many practitioners sign the burst.
	pub burst_signers: usize,
	/// How many records each `anchor_records` transaction of the batch workload anchors.
	pub batch_size: u32,
	/// Submission waits while this many accepted transactions are not yet in a block.
	pub max_in_flight: usize,
	/// The first port of the nodes.
	pub port_base: u16,
	/// More flags for every node.
	pub node_args: Vec<String>,
	/// The chain's session length, in blocks.
	pub session_length: u32,
	/// Where to write the JSON report.
	pub out: Option<String>,
}

fn usage() -> String {
	"usage: bench-load [--quick] [--network dev|local4|both] [--workloads \
	 anchors,batch,mix,remark,transfer,burst] [--steps 50,100,...] [--step-seconds N] [--burst N] \
	 [--burst-signers N] [--batch-size N] [--max-in-flight N] [--port-base P] [--node-arg ARG]... \
	 [--session-length N] [--out FILE]"
		.to_string()
}

fn parse(args: &[String]) -> Result<Options> {
	let mut o = Options {
		quick: false,
		networks: vec!["dev".into()],
		workloads: vec![
			Workload::Anchors,
			Workload::Batch,
			Workload::Mix,
			Workload::Remark,
			Workload::Transfer,
			Workload::Burst,
		],
		steps: vec![50.0, 100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0],
		step_seconds: 20.0,
		burst: 6_000,
		burst_signers: 60,
		batch_size: 32,
		max_in_flight: 6_000,
		port_base: 57_000,
		node_args: Vec::new(),
		session_length: 600,
		out: None,
	};
	let mut explicit_steps = false;
	let mut it = args.iter();
	while let Some(arg) = it.next() {
		let mut value = || it.next().cloned().ok_or(format!("{arg} needs a value\n{}", usage()));
		let number = |v: String| v.parse::<f64>().map_err(|_| format!("{arg}: not a number: {v}"));
		match arg.as_str() {
			"--quick" => o.quick = true,
			"--network" => {
				o.networks = match value()?.as_str() {
					"dev" => vec!["dev".into()],
					"local4" => vec!["local4".into()],
					"both" => vec!["dev".into(), "local4".into()],
					other => return Err(format!("--network: dev, local4 or both, not {other}")),
				}
			},
			"--workloads" => {
				o.workloads =
					value()?.split(',').map(Workload::parse).collect::<Result<Vec<_>>>()?
			},
			"--steps" => {
				o.steps = value()?
					.split(',')
					.map(|s| s.parse::<f64>().map_err(|_| format!("--steps: not a number: {s}")))
					.collect::<Result<Vec<_>>>()?;
				explicit_steps = true;
			},
			"--step-seconds" => o.step_seconds = number(value()?)?,
			"--burst" => o.burst = number(value()?)? as usize,
			"--burst-signers" => o.burst_signers = number(value()?)? as usize,
			"--batch-size" => o.batch_size = number(value()?)? as u32,
			"--max-in-flight" => o.max_in_flight = number(value()?)? as usize,
			"--port-base" => o.port_base = number(value()?)? as u16,
			"--node-arg" => o.node_args.push(value()?),
			"--session-length" => o.session_length = number(value()?)? as u32,
			"--out" => o.out = Some(value()?),
			"--help" | "-h" => return Err(usage()),
			other => return Err(format!("unknown argument {other}\n{}", usage())),
		}
	}
	if o.quick {
		if !explicit_steps {
			o.steps = vec![200.0];
		}
		o.workloads.retain(|w| *w != Workload::Transfer);
		o.step_seconds = o.step_seconds.min(10.0);
		o.burst = o.burst.min(1_000);
		o.burst_signers = o.burst_signers.min(20);
	}
	if !(5..=28_800).contains(&o.session_length) {
		return Err("--session-length: 5 to 28,800 blocks (the runtime's bounds)".into());
	}
	if o.steps.is_empty() || o.steps.iter().any(|s| s.is_nan() || *s <= 0.0) {
		return Err("--steps: positive rates".into());
	}
	let most = <medchain_runtime::Runtime as pallet_records::Config>::MaxAnchorBatch::get();
	if o.batch_size == 0 || o.batch_size > most {
		return Err(format!("--batch-size: 1 to {most}"));
	}
	if o.burst_signers == 0 || o.burst_signers > workload::PRACTITIONERS {
		return Err(format!("--burst-signers: 1 to {}", workload::PRACTITIONERS));
	}
	Ok(o)
}

async fn connect(port: u16) -> Result<Arc<WsClient>> {
	let client = WsClientBuilder::default()
		.max_concurrent_requests(65_536)
		.max_buffer_capacity_per_subscription(4_096)
		.request_timeout(Duration::from_secs(60))
		.build(format!("ws://127.0.0.1:{port}"))
		.await
		.map_err(|e| format!("connect to ws://127.0.0.1:{port}: {e}"))?;
	Ok(Arc::new(client))
}

/// Starts `network`'s nodes and waits for block #1 (and, with several validators, finality).
async fn start(network: &str, o: &Options) -> Result<Network> {
	let base = o.port_base;
	let mut specs: Vec<NodeSpec> = match network {
		"dev" => medchain_e2e::dev_chain(base),
		_ => medchain_e2e::four_validators(base),
	};
	let spec_file = std::env::temp_dir()
		.join(format!("medchain-bench-load-{network}-{}.json", std::process::id()));
	chain_spec(&specs[0].chain, o.session_length, &spec_file)?;
	for spec in &mut specs {
		spec.chain = spec_file.display().to_string();
		spec.extra_args.extend(o.node_args.iter().cloned());
	}
	let mut net = Network::prepare(&format!("bench-load-{network}"), specs)?;
	for node in &mut net.nodes {
		node.start()?;
	}
	let rpc = net.nodes[0].rpc.clone();
	medchain_e2e::wait_for(Duration::from_secs(90), "block #2 to be finalized", || async {
		Ok(rpc.finalized().await?.0 >= 2)
	})
	.await
	.map_err(|e| format!("{e}\n{}", net.logs()))?;
	Ok(net)
}

/// Writes the chain spec `chain` (`dev`, `local`) with sessions of `session_length` blocks to
/// `path`. pallet-session claims the whole block in which a session ends, so that block
/// carries no transactions: the development presets' 10-block sessions would leave one block
/// in ten empty, where a consortium's (an hour: 1,200 blocks) leaves one in 1,200.
fn chain_spec(chain: &str, session_length: u32, path: &std::path::Path) -> Result<()> {
	let out = std::process::Command::new(medchain_e2e::node_binary()?)
		.args(["build-spec", "--chain", chain])
		.output()
		.map_err(|e| format!("run build-spec: {e}"))?;
	if !out.status.success() {
		return Err(format!("build-spec: {}", String::from_utf8_lossy(&out.stderr)));
	}
	let mut spec: serde_json::Value =
		serde_json::from_slice(&out.stdout).map_err(|e| format!("build-spec's output: {e}"))?;
	let length = spec
		.pointer_mut("/genesis/runtimeGenesis/patch/validatorSet/sessionLength")
		.ok_or("the chain spec has no validatorSet.sessionLength")?;
	*length = session_length.into();
	std::fs::write(path, serde_json::to_vec(&spec).map_err(|e| e.to_string())?)
		.map_err(|e| format!("write {}: {e}", path.display()))
}

async fn run_network(network: &str, o: &Options) -> Result<Vec<StepReport>> {
	eprintln!("== {network}: starting the nodes");
	let net = start(network, o).await?;
	let mut clients = Vec::new();
	for node in &net.nodes {
		clients.push(connect(node.spec.rpc_port).await?);
	}
	let ledger = Arc::new(Mutex::new(Ledger::default()));
	let follower = tokio::spawn(tracker::follow(clients[0].clone(), ledger.clone()));
	let mut harness = Harness::new(network, &net, clients, ledger, o).await?;
	let result = harness.run(o).await;
	follower.abort();
	drop(net);
	let _ = std::fs::remove_file(
		std::env::temp_dir()
			.join(format!("medchain-bench-load-{network}-{}.json", std::process::id())),
	);
	result
}

#[tokio::main]
async fn main() {
	let args: Vec<String> = std::env::args().skip(1).collect();
	let options = match parse(&args) {
		Ok(o) => o,
		Err(e) => {
			eprintln!("{e}");
			std::process::exit(2);
		},
	};
	if std::env::var_os("MEDCHAIN_NODE_BIN").is_none() {
		if let Some(dir) =
			std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.to_owned()))
		{
			std::env::set_var("MEDCHAIN_NODE_BIN", dir.join("medchain-node"));
		}
	}
	let mut reports = Vec::new();
	for network in &options.networks {
		match run_network(network, &options).await {
			Ok(r) => reports.extend(r),
			Err(e) => {
				eprintln!("bench-load: {network}: {e}");
				std::process::exit(1);
			},
		}
	}
	println!("{}", workload::table(&reports));
	if let Some(out) = &options.out {
		let json = serde_json::Value::Array(reports.iter().map(StepReport::json).collect());
		if let Err(e) = std::fs::write(out, serde_json::to_string_pretty(&json).unwrap_or_default())
		{
			eprintln!("bench-load: write {out}: {e}");
			std::process::exit(1);
		}
	}
	let lost: usize = reports.iter().map(|r| r.lost).sum();
	let accepted: usize = reports.iter().map(|r| r.accepted).sum();
	if lost > 0 {
		eprintln!("bench-load: FAILED: {lost} of {accepted} accepted transactions were lost");
		std::process::exit(1);
	}
	println!("bench-load: {accepted} accepted transactions, none lost");
}
