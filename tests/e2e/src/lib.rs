//! A harness for end-to-end tests: it starts real `medchain-node` processes on loopback and
//! talks to them the way apps do, over JSON-RPC only.
//!
//! The node binary is taken from `MEDCHAIN_NODE_BIN`, or else from the cargo target directory
//! the tests were built into (`target/<profile>/medchain-node`): build it first
//! (`cargo build --release -p medchain-node`; `scripts/test.sh` builds it).

use codec::{Decode, Encode};
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	http_client::{HttpClient, HttpClientBuilder},
	rpc_params,
};
use medchain_runtime::{signing::ChainContext, RuntimeCall};
use serde_json::Value;
use sp_core::{sr25519, H256};
use std::{
	fs,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

/// A result whose error is a readable message.
pub type Result<T> = std::result::Result<T, String>;

/// Where the node binary is.
pub fn node_binary() -> Result<PathBuf> {
	if let Ok(path) = std::env::var("MEDCHAIN_NODE_BIN") {
		return Ok(PathBuf::from(path));
	}
	// target/<profile>/deps/<test binary> -> target/<profile>/medchain-node
	let exe = std::env::current_exe().map_err(|e| e.to_string())?;
	let profile_dir = exe
		.parent()
		.and_then(Path::parent)
		.ok_or("cannot locate the target directory from the test binary")?;
	let candidate = profile_dir.join("medchain-node");
	if candidate.is_file() {
		Ok(candidate)
	} else {
		Err(format!(
			"{} not found: build the node first (cargo build --release -p medchain-node) or set \
			 MEDCHAIN_NODE_BIN",
			candidate.display()
		))
	}
}

/// A scratch directory removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
	/// A new, empty directory under the system's temp dir.
	pub fn new(label: &str) -> Result<Self> {
		let nanos = std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map_err(|e| e.to_string())?
			.as_nanos();
		let path = std::env::temp_dir()
			.join(format!("medchain-e2e-{label}-{}-{nanos}", std::process::id()));
		fs::create_dir_all(&path).map_err(|e| format!("create {}: {e}", path.display()))?;
		Ok(Self(path))
	}

	/// The directory.
	pub fn path(&self) -> &Path {
		&self.0
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		if std::env::var_os("MEDCHAIN_E2E_KEEP").is_none() {
			let _ = fs::remove_dir_all(&self.0);
		}
	}
}

/// How to start one node.
#[derive(Clone, Debug)]
pub struct NodeSpec {
	/// The chain spec (`dev`, `local`, or a file).
	pub chain: String,
	/// Node name, also the development key to use (`alice`, `bob`...) when `dev_key` is set.
	pub name: String,
	/// Whether to start with the well-known development key of `name` (`--alice` etc.).
	pub dev_key: bool,
	/// Whether the node is an authority (`--validator`).
	pub validator: bool,
	/// p2p port.
	pub p2p_port: u16,
	/// JSON-RPC port.
	pub rpc_port: u16,
	/// Prometheus port.
	pub prometheus_port: u16,
	/// More command-line flags. The end-to-end defaults allow every RPC method from any
	/// origin (`--rpc-methods unsafe --rpc-cors all`); a `--rpc-methods` or `--rpc-cors` given
	/// here replaces the default.
	pub extra_args: Vec<String>,
}

/// A running (or stopped) node.
pub struct Node {
	/// How it was started.
	pub spec: NodeSpec,
	/// Its peer id.
	pub peer_id: String,
	base_path: PathBuf,
	node_key_file: PathBuf,
	log_file: PathBuf,
	reserved: Vec<String>,
	child: Option<Child>,
	/// Its JSON-RPC client.
	pub rpc: Rpc,
}

impl Node {
	/// Prepares a node under `dir`. Alice's, Bob's, Charlie's and Dave's nodes and the public
	/// RPC node (`rpc`, `public`) get the development node keys 1 to 5 that `local_testnet`'s
	/// genesis authorizes ([`dev_node_key`]); any other node a fresh one (`key
	/// generate-node-key`), which a permissioned network refuses until it is registered.
	pub fn prepare(dir: &Path, spec: NodeSpec) -> Result<Self> {
		let base_path = dir.join(&spec.name);
		fs::create_dir_all(&base_path).map_err(|e| e.to_string())?;
		let node_key_file = base_path.join("node-key");
		let mut generate = Command::new(node_binary()?);
		match dev_node_key(&spec.name) {
			Some(i) => {
				fs::write(&node_key_file, format!("{i:064x}")).map_err(|e| e.to_string())?;
				generate.args(["key", "inspect-node-key", "--file"]);
			},
			None => {
				generate.args(["key", "generate-node-key", "--file"]);
			},
		}
		let out = generate
			.arg(&node_key_file)
			.output()
			.map_err(|e| format!("run the node key command: {e}"))?;
		if !out.status.success() {
			return Err(format!(
				"the node key command failed: {}",
				String::from_utf8_lossy(&out.stderr)
			));
		}
		// `generate-node-key` prints the peer id on stderr, `inspect-node-key` on stdout.
		let printed = [out.stdout, out.stderr].concat();
		let peer_id = String::from_utf8_lossy(&printed)
			.lines()
			.map(str::trim)
			.find(|l| l.starts_with("12D3KooW"))
			.ok_or("the node key command printed no peer id")?
			.to_string();
		let rpc = Rpc::new(spec.rpc_port)?;
		let log_file = dir.join(format!("{}.log", spec.name));
		Ok(Self {
			spec,
			peer_id,
			base_path,
			node_key_file,
			log_file,
			reserved: Vec::new(),
			child: None,
			rpc,
		})
	}

	/// This node's id in `pallet-peering` (the ed25519 public key of its node key).
	pub fn node_id(&self) -> Result<medchain_primitives::NodeId> {
		use sp_core::Pair;
		Ok(medchain_primitives::NodeId(self.node_key()?.public().0))
	}

	/// This node's key pair (its node key file's secret).
	pub fn node_key(&self) -> Result<sp_core::ed25519::Pair> {
		use sp_core::Pair;
		let text = fs::read_to_string(&self.node_key_file).map_err(|e| e.to_string())?;
		let seed: [u8; 32] = from_hex(text.trim())?
			.try_into()
			.map_err(|_| "a node key file that is not 32 bytes".to_string())?;
		Ok(sp_core::ed25519::Pair::from_seed(&seed))
	}

	/// This node's multiaddress.
	pub fn multiaddr(&self) -> String {
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", self.spec.p2p_port, self.peer_id)
	}

	/// Sets the peers this node keeps connections to.
	pub fn set_reserved(&mut self, peers: Vec<String>) {
		self.reserved = peers;
	}

	/// Starts the process (on its existing database, if any).
	pub fn start(&mut self) -> Result<()> {
		if self.child.is_some() {
			return Err(format!("{} is already running", self.spec.name));
		}
		let log = fs::OpenOptions::new()
			.create(true)
			.append(true)
			.open(&self.log_file)
			.map_err(|e| e.to_string())?;
		let log_err = log.try_clone().map_err(|e| e.to_string())?;
		let mut cmd = Command::new(node_binary()?);
		cmd.args(["--chain", &self.spec.chain, "--base-path"])
			.arg(&self.base_path)
			.args(["--name", &self.spec.name, "--node-key-file"])
			.arg(&self.node_key_file)
			.args(["--rpc-port", &self.spec.rpc_port.to_string()])
			.args(["--prometheus-port", &self.spec.prometheus_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{}", self.spec.p2p_port)])
			.args(["--no-mdns", "--no-telemetry"]);
		// The end-to-end defaults, unless the spec's own flags set them (the node refuses a
		// flag given twice).
		let sets = |flag: &str| self.spec.extra_args.iter().any(|a| a.starts_with(flag));
		if !sets("--rpc-methods") {
			cmd.args(["--rpc-methods", "unsafe"]);
		}
		if !sets("--rpc-cors") {
			cmd.args(["--rpc-cors", "all"]);
		}
		if self.spec.dev_key {
			cmd.arg(format!("--{}", self.spec.name));
		} else if self.spec.validator {
			cmd.arg("--validator");
		}
		for peer in &self.reserved {
			cmd.args(["--reserved-nodes", peer]);
		}
		cmd.args(&self.spec.extra_args);
		cmd.stdout(Stdio::from(log)).stderr(Stdio::from(log_err));
		let child = cmd.spawn().map_err(|e| format!("start {}: {e}", self.spec.name))?;
		self.child = Some(child);
		Ok(())
	}

	/// Stops the process (SIGKILL: an abrupt crash is the harder case for a restart).
	pub fn stop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// The process id, while it runs.
	pub fn pid(&self) -> Option<u32> {
		self.child.as_ref().map(Child::id)
	}

	/// Whether the process was started and has not been stopped.
	pub fn is_running(&self) -> bool {
		self.child.is_some()
	}

	/// The node's database directory (`<base path>/chains/<chain id>/db`): found after the
	/// node first ran, since the chain id comes from the chain spec.
	pub fn database_dir(&self) -> Result<PathBuf> {
		let chains = self.base_path.join("chains");
		let entries = fs::read_dir(&chains).map_err(|e| format!("{}: {e}", chains.display()))?;
		let dirs: Vec<PathBuf> = entries
			.filter_map(|e| e.ok().map(|e| e.path()))
			// RocksDB's directory, or ParityDB's (`--database paritydb`).
			.flat_map(|chain| ["db", "paritydb"].map(|d| chain.join(d)))
			.filter(|p| p.is_dir())
			.collect();
		match dirs.as_slice() {
			[one] => Ok(one.clone()),
			other => Err(format!("expected one database under {}: {other:?}", chains.display())),
		}
	}

	/// Runs `medchain-node <args>` on this node's chain and base path (for `purge-chain` and
	/// the like) and returns its output; the node must be stopped.
	pub fn run_subcommand(&self, args: &[&str]) -> Result<std::process::Output> {
		if self.is_running() {
			return Err(format!("{} is running", self.spec.name));
		}
		let subcommand = args.first().ok_or("no subcommand")?;
		Command::new(node_binary()?)
			.args(args)
			.args(["--chain", &self.spec.chain, "--base-path"])
			.arg(&self.base_path)
			.output()
			.map_err(|e| format!("run {subcommand}: {e}"))
	}

	/// Waits up to `timeout` for the process to exit by itself; its exit status, or `None` if
	/// it still runs (or was never started).
	pub fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
		let started = Instant::now();
		while started.elapsed() < timeout {
			let status = self.child.as_mut()?.try_wait().ok().flatten();
			if let Some(status) = status {
				self.child = None;
				return Some(status);
			}
			std::thread::sleep(Duration::from_millis(200));
		}
		None
	}

	/// The node's whole log.
	pub fn log(&self) -> String {
		fs::read_to_string(&self.log_file).unwrap_or_default()
	}

	/// The last lines of the node's log, for failure messages.
	pub fn log_tail(&self) -> String {
		let text = fs::read_to_string(&self.log_file).unwrap_or_default();
		let lines: Vec<&str> = text.lines().collect();
		lines[lines.len().saturating_sub(30)..].join("\n")
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		self.stop();
	}
}

/// A JSON-RPC client of one node.
#[derive(Clone)]
pub struct Rpc {
	client: std::sync::Arc<HttpClient>,
}

impl Rpc {
	/// A client of the node whose RPC listens on `port`.
	pub fn new(port: u16) -> Result<Self> {
		let client = HttpClientBuilder::default()
			.request_timeout(Duration::from_secs(10))
			.build(format!("http://127.0.0.1:{port}"))
			.map_err(|e| e.to_string())?;
		Ok(Self { client: std::sync::Arc::new(client) })
	}

	/// Calls `method` with `params`.
	pub async fn call(&self, method: &str, params: ArrayParams) -> Result<Value> {
		self.client.request(method, params).await.map_err(|e| format!("{method}: {e}"))
	}

	/// Number and hash of the last finalized block.
	pub async fn finalized(&self) -> Result<(u32, H256)> {
		let hash: H256 =
			serde_json::from_value(self.call("chain_getFinalizedHead", rpc_params![]).await?)
				.map_err(|e| e.to_string())?;
		let number = self.header_number(hash).await?;
		Ok((number, hash))
	}

	/// Number of the best block.
	pub async fn best_number(&self) -> Result<u32> {
		let header = self.call("chain_getHeader", rpc_params![]).await?;
		parse_number(&header)
	}

	async fn header_number(&self, hash: H256) -> Result<u32> {
		let header = self.call("chain_getHeader", rpc_params![hash]).await?;
		parse_number(&header)
	}

	/// Hash of block `number` on this node's best chain.
	pub async fn block_hash(&self, number: u32) -> Result<Option<H256>> {
		let value = self.call("chain_getBlockHash", rpc_params![number]).await?;
		serde_json::from_value(value).map_err(|e| e.to_string())
	}

	/// The header of block `hash`.
	pub async fn header(&self, hash: H256) -> Result<Value> {
		self.call("chain_getHeader", rpc_params![hash]).await
	}

	/// The raw storage value at `key`, at the best block.
	pub async fn storage(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
		self.storage_at(key, None).await
	}

	/// The raw storage value at `key`, at block `at` (the best block if `None`).
	pub async fn storage_at(&self, key: &[u8], at: Option<H256>) -> Result<Option<Vec<u8>>> {
		let value = self.call("state_getStorage", rpc_params![to_hex(key), at]).await?;
		match value {
			Value::Null => Ok(None),
			Value::String(s) => from_hex(&s).map(Some),
			other => Err(format!("state_getStorage returned {other}")),
		}
	}

	/// Calls runtime API `method` with SCALE `data` at block `at`.
	pub async fn state_call(&self, method: &str, data: &[u8], at: H256) -> Result<Vec<u8>> {
		let value = self.call("state_call", rpc_params![method, to_hex(data), at]).await?;
		from_hex(value.as_str().ok_or("state_call did not return hex")?)
	}

	/// The `spec_version` and `transaction_version` of the runtime at the best block.
	pub async fn runtime_version(&self) -> Result<(u32, u32)> {
		let version = self.call("state_getRuntimeVersion", rpc_params![]).await?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.and_then(|v| u32::try_from(v).ok())
				.ok_or_else(|| format!("state_getRuntimeVersion returned {version}"))
		};
		Ok((field("specVersion")?, field("transactionVersion")?))
	}

	/// Every storage key under `prefix` with its value, at block `at`, in key order.
	pub async fn storage_pairs(&self, prefix: &[u8], at: H256) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
		const PAGE: usize = 500;
		let mut pairs = Vec::new();
		let mut start: Option<String> = None;
		loop {
			let keys: Vec<String> = serde_json::from_value(
				self.call("state_getKeysPaged", rpc_params![to_hex(prefix), PAGE, start, at])
					.await?,
			)
			.map_err(|e| e.to_string())?;
			if keys.is_empty() {
				return Ok(pairs);
			}
			let changes = self.call("state_queryStorageAt", rpc_params![&keys, at]).await?;
			let changes = changes[0]["changes"]
				.as_array()
				.ok_or_else(|| format!("state_queryStorageAt returned {changes}"))?;
			for change in changes {
				let key = from_hex(change[0].as_str().ok_or("a key that is not hex")?)?;
				// A key listed a moment ago has a value at the same block.
				let value = from_hex(change[1].as_str().ok_or("a key without a value")?)?;
				pairs.push((key, value));
			}
			if keys.len() < PAGE {
				return Ok(pairs);
			}
			start = keys.last().cloned();
		}
	}

	/// The number of peers the node is connected to (`system_health`).
	pub async fn peers(&self) -> Result<u64> {
		let health = self.call("system_health", rpc_params![]).await?;
		health["peers"].as_u64().ok_or_else(|| format!("system_health returned {health}"))
	}

	/// The extrinsics of block `hash`, SCALE-encoded.
	pub async fn block_extrinsics(&self, hash: H256) -> Result<Vec<Vec<u8>>> {
		let block = self.call("chain_getBlock", rpc_params![hash]).await?;
		let list = block["block"]["extrinsics"]
			.as_array()
			.ok_or_else(|| format!("chain_getBlock returned no extrinsics for {hash:?}"))?;
		list.iter().map(|x| from_hex(x.as_str().ok_or("an extrinsic that is not hex")?)).collect()
	}

	/// The genesis hash.
	pub async fn genesis_hash(&self) -> Result<H256> {
		self.block_hash(0).await?.ok_or_else(|| "no genesis block".to_string())
	}

	/// The next nonce of `account` (pool-aware).
	pub async fn next_nonce(&self, account: &sp_runtime::AccountId32) -> Result<u32> {
		let value = self.call("system_accountNextIndex", rpc_params![account.to_string()]).await?;
		serde_json::from_value(value).map_err(|e| e.to_string())
	}

	/// Signs `call` with `signer` and submits it; returns the transaction hash.
	pub async fn submit(&self, signer: &sr25519::Pair, call: RuntimeCall) -> Result<H256> {
		self.submit_with_tip(signer, call, 0).await
	}

	/// Signs `call` with `signer` and `tip` (a tipped transaction always pays) and submits
	/// it; returns the transaction hash.
	pub async fn submit_with_tip(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
		tip: u128,
	) -> Result<H256> {
		use sp_core::Pair;
		let account = sp_runtime::AccountId32::from(signer.public());
		let nonce = self.next_nonce(&account).await?;
		let genesis = self.genesis_hash().await?;
		// Mortal: the era starts at the finalized block, which every node knows.
		let checkpoint = self.finalized().await?;
		// Signed for the runtime the chain runs now, which an upgrade may have changed.
		let (spec_version, transaction_version) = self.runtime_version().await?;
		let chain =
			ChainContext { genesis_hash: genesis, spec_version, transaction_version, checkpoint };
		let xt =
			medchain_runtime::signing::signed_extrinsic_with_tip(signer, call, nonce, chain, tip);
		self.submit_raw(&xt.encode()).await
	}

	/// Submits the encoded extrinsic `bytes` as they are; returns the transaction hash.
	pub async fn submit_raw(&self, bytes: &[u8]) -> Result<H256> {
		let value = self.call("author_submitExtrinsic", rpc_params![to_hex(bytes)]).await?;
		serde_json::from_value(value).map_err(|e| e.to_string())
	}

	/// Submits `call` and waits until `signer`'s nonce shows it was included in a block.
	pub async fn submit_and_wait(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
		timeout: Duration,
	) -> Result<()> {
		use sp_core::Pair;
		let account = sp_runtime::AccountId32::from(signer.public());
		let before = self.next_nonce(&account).await?;
		self.submit(signer, call).await?;
		let key = frame_system::Account::<medchain_runtime::Runtime>::hashed_key_for(&account);
		wait_for(timeout, "the transaction to be included", || async {
			let Some(raw) = self.storage(&key).await? else { return Ok(false) };
			let info =
				frame_system::AccountInfo::<u32, pallet_balances::AccountData<u128>>::decode(
					&mut &raw[..],
				)
				.map_err(|e| e.to_string())?;
			Ok(info.nonce > before)
		})
		.await
	}
}

fn parse_number(header: &Value) -> Result<u32> {
	let hex = header["number"].as_str().ok_or("header without number")?;
	u32::from_str_radix(hex.trim_start_matches("0x"), 16).map_err(|e| e.to_string())
}

/// `0x`-prefixed hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Bytes from `0x`-prefixed hex.
pub fn from_hex(s: &str) -> Result<Vec<u8>> {
	hex::decode(s.trim_start_matches("0x")).map_err(|e| e.to_string())
}

/// Polls `check` every 500 ms until it is true, or fails after `timeout`.
pub async fn wait_for<F, Fut>(timeout: Duration, what: &str, mut check: F) -> Result<()>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<bool>>,
{
	let start = Instant::now();
	let mut last_error = None;
	while start.elapsed() < timeout {
		match check().await {
			Ok(true) => return Ok(()),
			Ok(false) => {},
			// The node may still be starting: keep trying, report the last error on timeout.
			Err(e) => last_error = Some(e),
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	Err(format!(
		"timed out after {timeout:?} waiting for {what}{}",
		last_error.map(|e| format!(" (last error: {e})")).unwrap_or_default()
	))
}

/// Whether an HTTP client's error is the node refusing a request for its size: HTTP 413, or,
/// when the node answered 413 and closed the connection while the client was still sending
/// the body, the client's failure to send it (a race seen in CI under load).
pub fn refused_for_size(error: &str) -> bool {
	error.contains("413") || error.contains("too large") || error.contains("SendRequest")
}

/// Waits up to `timeout` until `rpc`'s node has finalized block `number`.
pub async fn finalized_at_least(rpc: &Rpc, number: u32, timeout: Duration) -> Result<()> {
	wait_for(timeout, &format!("block #{number} to be finalized"), || async {
		Ok(rpc.finalized().await?.0 >= number)
	})
	.await
}

/// A network of nodes that all keep each other as reserved peers.
pub struct Network {
	/// The nodes, in the order given.
	pub nodes: Vec<Node>,
	/// Their scratch directory.
	pub dir: TempDir,
}

impl Network {
	/// Prepares nodes for `specs` (all reserved peers of each other) without starting them.
	pub fn prepare(label: &str, specs: Vec<NodeSpec>) -> Result<Self> {
		let dir = TempDir::new(label)?;
		let mut nodes = specs
			.into_iter()
			.map(|spec| Node::prepare(dir.path(), spec))
			.collect::<Result<Vec<_>>>()?;
		let addrs: Vec<String> = nodes.iter().map(Node::multiaddr).collect();
		for (i, node) in nodes.iter_mut().enumerate() {
			node.set_reserved(
				addrs.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, a)| a.clone()).collect(),
			);
		}
		Ok(Self { nodes, dir })
	}

	/// Each node's name and RPC client.
	pub fn rpcs(&self) -> Vec<(String, Rpc)> {
		self.nodes.iter().map(|n| (n.spec.name.clone(), n.rpc.clone())).collect()
	}

	/// The node called `name`.
	pub fn node(&mut self, name: &str) -> &mut Node {
		self.nodes
			.iter_mut()
			.find(|n| n.spec.name == name)
			.unwrap_or_else(|| panic!("no node called {name}"))
	}

	/// The logs' last lines, for failure messages.
	pub fn logs(&self) -> String {
		self.nodes
			.iter()
			.map(|n| format!("--- {} ---\n{}", n.spec.name, n.log_tail()))
			.collect::<Vec<_>>()
			.join("\n")
	}

	/// The value of `result`, or a panic with the error and the nodes' recent logs.
	pub fn check<T>(&self, result: Result<T>) -> T {
		match result {
			Ok(v) => v,
			Err(e) => panic!("{e}\n\nrecent node logs:\n{}", self.logs()),
		}
	}

	/// Starts a single-validator development chain (Alice, who holds sudo) on ports from
	/// `base` and waits for block #1; returns the network and Alice's RPC client.
	pub async fn dev(label: &str, base: u16) -> (Self, Rpc) {
		let mut net = Self::prepare(label, dev_chain(base)).expect("prepare network");
		net.node("alice").start().expect("start node");
		let rpc = net.node("alice").rpc.clone();
		net.check(
			wait_for(Duration::from_secs(60), "block #1", || async {
				Ok(rpc.best_number().await? >= 1)
			})
			.await,
		);
		(net, rpc)
	}
}

/// The text the node's Prometheus endpoint on `port` serves, scraped as Prometheus does
/// (`GET /metrics`).
pub fn prometheus_text(port: u16) -> Result<String> {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))
		.map_err(|e| format!("connect to the metrics endpoint on port {port}: {e}"))?;
	stream.set_read_timeout(Some(Duration::from_secs(10))).map_err(|e| e.to_string())?;
	stream
		.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
		.map_err(|e| e.to_string())?;
	let mut response = String::new();
	stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
	if !response.starts_with("HTTP/1.1 200") && !response.starts_with("HTTP/1.0 200") {
		let status = response.lines().next().unwrap_or("");
		return Err(format!("the metrics endpoint answered: {status}"));
	}
	Ok(response)
}

/// The value of the Prometheus metric `name` on the node whose Prometheus endpoint listens on
/// `port` (its first series: the node adds a `chain` label to every metric); `None` if the
/// node does not export it.
pub fn prometheus_metric(port: u16, name: &str) -> Result<Option<f64>> {
	Ok(prometheus_text(port)?.lines().find_map(|line| {
		let (series, value) = line.rsplit_once(' ')?;
		let metric = series.split_once('{').map_or(series, |(metric, _)| metric);
		(metric == name).then(|| value.trim().parse().ok()).flatten()
	}))
}

/// The value of the series `series` (a metric with its labels, as the node prints them:
/// `name{label="value",chain="…"}`, matched on its name and the labels given, in order) on the
/// node whose Prometheus endpoint listens on `port`.
pub fn prometheus_series(port: u16, name: &str, labels: &str) -> Result<Option<f64>> {
	Ok(prometheus_text(port)?.lines().find_map(|line| {
		let (series, value) = line.rsplit_once(' ')?;
		let rest = series.strip_prefix(name)?.strip_prefix('{')?;
		rest.starts_with(labels).then(|| value.trim().parse().ok()).flatten()
	}))
}

/// Waits up to `timeout` until the node's metric `name` (see [`prometheus_metric`]) is
/// `expected`.
pub async fn metric_becomes(port: u16, name: &str, expected: f64, timeout: Duration) -> Result<()> {
	let mut last = None;
	let waited = wait_for(timeout, &format!("{name} to be {expected}"), || {
		let value = prometheus_metric(port, name);
		let done = matches!(value, Ok(Some(v)) if v == expected);
		last = Some(value);
		async move { Ok(done) }
	})
	.await;
	waited.map_err(|e| format!("{e}; last scraped: {last:?}"))
}

/// The flags of a public RPC node, as shipped in `docker/public-rpc.flags`.
pub fn public_rpc_flags() -> Vec<String> {
	include_str!("../../../docker/public-rpc.flags")
		.lines()
		.map(str::trim)
		.filter(|l| !l.is_empty() && !l.starts_with('#'))
		.map(String::from)
		.collect()
}

/// The development node key (1 to 5, as `local_testnet`'s genesis authorizes them:
/// `medchain_runtime::genesis_config_presets::dev_node`) of the node called `name`, if it has
/// one.
pub fn dev_node_key(name: &str) -> Option<u8> {
	match name {
		"alice" => Some(1),
		"bob" => Some(2),
		"charlie" => Some(3),
		"dave" => Some(4),
		"rpc" | "public" => Some(5),
		_ => None,
	}
}

/// Four validators Alice, Bob, Charlie and Dave on ports from `base`.
pub fn four_validators(base: u16) -> Vec<NodeSpec> {
	["alice", "bob", "charlie", "dave"]
		.iter()
		.enumerate()
		.map(|(i, name)| dev_validator(name, base, i as u16))
		.collect()
}

/// The spec of a node with index `i` on ports from `base`, with `name`'s development key.
pub fn dev_validator(name: &str, base: u16, i: u16) -> NodeSpec {
	NodeSpec {
		chain: "local".to_string(),
		name: name.to_string(),
		dev_key: true,
		validator: true,
		p2p_port: base + i,
		rpc_port: base + 100 + i,
		prometheus_port: base + 200 + i,
		extra_args: Vec::new(),
	}
}

/// A single-validator development chain (Alice, who holds sudo) on ports from `base`.
pub fn dev_chain(base: u16) -> Vec<NodeSpec> {
	vec![NodeSpec { chain: "dev".to_string(), ..dev_validator("alice", base, 0) }]
}

/// The actors most end-to-end tests start from, none holding a token: a hospital registered
/// by sudo (Alice), one of its physicians, and a patient the physician registered with the
/// patient's signed consent (break-glass allowed, two approvals).
pub struct CareSetting {
	/// The hospital.
	pub hospital: sr25519::Pair,
	/// Its physician.
	pub doctor: sr25519::Pair,
	/// The patient's account.
	pub patient: sr25519::Pair,
	/// The patient's pseudonym.
	pub pseudonym: H256,
}

/// Registers a [`CareSetting`] whose keys derive from `//{seed}//{name}`, waiting up to
/// `step` for each transaction.
pub async fn care_setting(
	rpc: &Rpc,
	seed: &str,
	pseudonym: H256,
	step: Duration,
) -> Result<CareSetting> {
	use medchain_primitives::{EmergencyPolicy, EncryptionKey, OrganizationKind, PractitionerRole};
	use sp_core::Pair;
	let pair = |name: &str| {
		sr25519::Pair::from_string(&format!("//{seed}//{name}"), None).map_err(|e| format!("{e:?}"))
	};
	let account = |p: &sr25519::Pair| sp_runtime::AccountId32::from(p.public());
	let alice = sp_keyring::Sr25519Keyring::Alice.pair();

	let hospital = pair("hospital")?;
	let call = RuntimeCall::Providers(pallet_providers::Call::register_organization {
		organization: account(&hospital).into(),
		kind: OrganizationKind::Hospital,
		encryption_key: EncryptionKey([1; 32]),
		credential: H256::repeat_byte(1),
	});
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	rpc.submit_and_wait(&alice, sudo, step).await?;

	let doctor = pair("doctor")?;
	let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&doctor).into(),
		role: PractitionerRole::Physician,
		encryption_key: EncryptionKey([2; 32]),
		credential: H256::repeat_byte(2),
	});
	rpc.submit_and_wait(&hospital, call, step).await?;

	let patient = pair("patient")?;
	let policy = EmergencyPolicy { allowed: true, required_approvals: 2 };
	let genesis = rpc.genesis_hash().await?;
	// The patient consents to this physician registering them within the next 100 blocks.
	let deadline = rpc.best_number().await? + 100;
	let payload = pallet_patients::registration_payload(
		&genesis,
		&account(&doctor),
		&deadline,
		&pseudonym,
		&EncryptionKey([3; 32]),
		&policy,
	);
	let call = RuntimeCall::Patients(pallet_patients::Call::register_for {
		patient: account(&patient).into(),
		pseudonym,
		encryption_key: EncryptionKey([3; 32]),
		emergency_policy: policy,
		deadline,
		signature: sp_runtime::MultiSignature::Sr25519(patient.sign(&payload)),
	});
	rpc.submit_and_wait(&doctor, call, step).await?;
	Ok(CareSetting { hospital, doctor, patient, pseudonym })
}

/// Alice proposes `call` as council motion number `index` with threshold 2; Alice and Bob vote
/// aye; Alice closes it. Each step waits for its transaction to be included.
pub async fn council_motion(rpc: &Rpc, call: RuntimeCall, index: u32) -> Result<()> {
	use sp_keyring::Sr25519Keyring::{Alice, Bob};
	council_motion_by(rpc, &[Alice.pair(), Bob.pair()], call, index).await
}

/// The first of `members` proposes `call` as council motion number `index`, with as many ayes
/// needed as there are `members`; each votes aye; the first closes it. Each step waits for its
/// transaction to be included. The motion passes if `members` are enough of the council.
pub async fn council_motion_by(
	rpc: &Rpc,
	members: &[sr25519::Pair],
	call: RuntimeCall,
	index: u32,
) -> Result<()> {
	use frame_support::dispatch::GetDispatchInfo;
	use sp_runtime::traits::Hash as _;
	let proposer = members.first().ok_or("a motion needs a member")?;
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <medchain_runtime::Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let step = Duration::from_secs(30);
	let propose = RuntimeCall::Council(pallet_collective::Call::propose {
		threshold: members.len() as u32,
		proposal: Box::new(call),
		length_bound: length,
	});
	rpc.submit_and_wait(proposer, propose, step).await?;
	let vote = RuntimeCall::Council(pallet_collective::Call::vote {
		proposal: hash,
		index,
		approve: true,
	});
	for member in members {
		rpc.submit_and_wait(member, vote.clone(), step).await?;
	}
	let close = RuntimeCall::Council(pallet_collective::Call::close {
		proposal_hash: hash,
		index,
		proposal_weight_bound: weight,
		length_bound: length,
	});
	rpc.submit_and_wait(proposer, close, step).await
}

/// Every finalized height that any node reported, with its hash, checked on every node at
/// every height: two nodes (or one node at two times) finalizing different blocks at one
/// height is a safety failure, recorded as a conflict.
#[derive(Default)]
struct Ledger {
	hashes: std::collections::BTreeMap<u32, (H256, String)>,
	/// Per node, the next height to check.
	next: std::collections::HashMap<String, u32>,
	conflicts: Vec<String>,
}

/// A background task that reads every node's finalized chain every 500 ms while the test
/// runs (stopped nodes simply do not answer) and records each height's finalized hash.
pub struct FinalityWatch {
	ledger: std::sync::Arc<std::sync::Mutex<Ledger>>,
	task: tokio::task::JoinHandle<()>,
}

impl FinalityWatch {
	/// Starts watching the nodes `(name, rpc)`.
	pub fn spawn(nodes: Vec<(String, Rpc)>) -> Self {
		let ledger = std::sync::Arc::new(std::sync::Mutex::new(Ledger::default()));
		let shared = ledger.clone();
		let task = tokio::spawn(async move {
			loop {
				for (name, rpc) in &nodes {
					// An error is a node that is down or restarting: read it next time.
					let _ = observe(&shared, name, rpc).await;
				}
				tokio::time::sleep(Duration::from_millis(500)).await;
			}
		});
		Self { ledger, task }
	}

	/// Forgets what `name` was checked up to, so its whole finalized chain is read again (after
	/// its database was wiped and it synced anew).
	pub fn recheck(&self, name: &str) {
		if let Ok(mut ledger) = self.ledger.lock() {
			ledger.next.remove(name);
		}
	}

	/// Reads every node once more now, then returns the heights checked (the highest
	/// finalized height any node reported, plus one for genesis) or the conflicts found.
	pub async fn verdict(&self, nodes: &[(String, Rpc)]) -> Result<u32> {
		for (name, rpc) in nodes {
			observe(&self.ledger, name, rpc).await?;
		}
		let ledger = self.ledger.lock().map_err(|e| e.to_string())?;
		if !ledger.conflicts.is_empty() {
			return Err(format!("conflicting finality:\n{}", ledger.conflicts.join("\n")));
		}
		Ok(ledger.hashes.keys().next_back().map_or(0, |h| h + 1))
	}
}

impl Drop for FinalityWatch {
	fn drop(&mut self) {
		self.task.abort();
	}
}

/// Reads `name`'s finalized chain from where it was last checked up to its finalized head
/// and records each height's hash (the lock is never held across a request).
async fn observe(ledger: &std::sync::Mutex<Ledger>, name: &str, rpc: &Rpc) -> Result<()> {
	let from = ledger.lock().map_err(|e| e.to_string())?.next.get(name).copied().unwrap_or(0);
	let (finalized, _) = rpc.finalized().await?;
	let mut seen = Vec::new();
	for number in from..=finalized {
		let hash = rpc
			.block_hash(number)
			.await?
			.ok_or_else(|| format!("{name} finalized #{finalized} but has no block #{number}"))?;
		seen.push((number, hash));
	}
	let mut ledger = ledger.lock().map_err(|e| e.to_string())?;
	for (number, hash) in seen {
		match ledger.hashes.get(&number) {
			Some((known, by)) if *known != hash => {
				let conflict =
					format!("#{number}: {by} finalized {known:?}, {name} finalized {hash:?}");
				ledger.conflicts.push(conflict);
			},
			Some(_) => {},
			None => {
				ledger.hashes.insert(number, (hash, name.to_string()));
			},
		}
	}
	let next = ledger.next.entry(name.to_string()).or_insert(0);
	*next = (*next).max(finalized.saturating_add(1));
	Ok(())
}
