//! End-to-end: a public RPC node started with the flags MedChain ships for one
//! (`docker/public-rpc.flags`, the same file the Docker compose file and
//! `scripts/start-network.sh --public-rpc` use) beside a validator. Each limit is exceeded and
//! the refusal checked; the validator's JSON-RPC listens on loopback only.

use jsonrpsee::{
	core::{
		client::{ClientT, SubscriptionClientT},
		params::BatchRequestBuilder,
	},
	http_client::HttpClientBuilder,
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use medchain_e2e::*;
use medchain_runtime::RuntimeCall;
use serde_json::Value;
use sp_keyring::Sr25519Keyring::Bob;
use std::{sync::Arc, time::Duration};

/// The value of `--name=VALUE` in the shipped flags.
fn flag(flags: &[String], name: &str) -> u64 {
	let prefix = format!("--{name}=");
	flags
		.iter()
		.find_map(|f| f.strip_prefix(&prefix))
		.unwrap_or_else(|| panic!("docker/public-rpc.flags sets no --{name}"))
		.parse()
		.unwrap_or_else(|e| panic!("--{name}: {e}"))
}

/// The addresses on which a TCP socket listens on `port`, from /proc/net/tcp and tcp6.
fn listening_on(port: u16) -> Vec<String> {
	let mut found = Vec::new();
	for (file, v6) in [("/proc/net/tcp", false), ("/proc/net/tcp6", true)] {
		let Ok(table) = std::fs::read_to_string(file) else { continue };
		for line in table.lines().skip(1) {
			let fields: Vec<&str> = line.split_whitespace().collect();
			let (Some(local), Some(state)) = (fields.get(1), fields.get(3)) else { continue };
			// 0A: LISTEN.
			let Some((address, hex_port)) = local.split_once(':') else { continue };
			if *state != "0A" || u16::from_str_radix(hex_port, 16) != Ok(port) {
				continue;
			}
			let bytes = hex::decode(address).expect("/proc/net/tcp addresses are hex");
			// The kernel prints each 32-bit word in host (little-endian) order.
			let words: Vec<u8> = bytes.chunks(4).flat_map(|w| w.iter().rev().copied()).collect();
			let ip: std::net::IpAddr = if v6 {
				<[u8; 16]>::try_from(words).expect("16 bytes").into()
			} else {
				<[u8; 4]>::try_from(words).expect("4 bytes").into()
			};
			found.push(ip.to_string());
		}
	}
	found
}

/// POSTs `body` to the node's HTTP JSON-RPC endpoint and parses the response body.
fn post_json(port: u16, body: &str) -> Value {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
	write!(
		stream,
		"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
	.expect("send");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("read");
	let (_, json) = response.split_once("\r\n\r\n").expect("an HTTP response");
	serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {response}"))
}

async fn ws(port: u16) -> std::result::Result<WsClient, String> {
	WsClientBuilder::default()
		.max_request_size(64 << 20)
		.max_concurrent_requests(4096)
		.request_timeout(Duration::from_secs(60))
		.build(format!("ws://127.0.0.1:{port}"))
		.await
		.map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_public_rpc_node_enforces_each_limit_and_validators_listen_on_loopback_only() {
	let flags = public_rpc_flags();
	let mut specs = dev_chain(49_000);
	specs.push(NodeSpec {
		chain: "dev".into(),
		name: "public".into(),
		dev_key: false,
		validator: false,
		p2p_port: 49_001,
		rpc_port: 49_101,
		prometheus_port: 49_201,
		extra_args: flags.clone(),
	});
	let mut net = Network::prepare("public-rpc", specs).expect("prepare network");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let (validator_port, port) = (net.nodes[0].spec.rpc_port, net.nodes[1].spec.rpc_port);
	let public = net.node("public").rpc.clone();
	net.check(
		wait_for(Duration::from_secs(90), "the public node to sync block #2", || async {
			Ok(public.best_number().await? >= 2)
		})
		.await,
	);

	// Where each listens: the validator on loopback only, the public node on every interface.
	let validator_addrs = listening_on(validator_port);
	assert!(!validator_addrs.is_empty(), "no listening socket found for the validator's RPC");
	assert!(
		validator_addrs.iter().all(|a| a == "127.0.0.1" || a == "::1"),
		"the validator's JSON-RPC listens beyond loopback: {validator_addrs:?}"
	);
	let public_addrs = listening_on(port);
	assert!(
		public_addrs.iter().any(|a| a == "0.0.0.0" || a == "::"),
		"the public node's JSON-RPC is not external: {public_addrs:?}"
	);
	println!("validator RPC on {validator_addrs:?}; public RPC on {public_addrs:?}");

	// Safe methods only: operator methods are refused; reads and submissions are served.
	for (method, params) in [
		("author_rotateKeys", rpc_params![]),
		("author_insertKey", rpc_params!["aura", "//Mallory", "0x00"]),
		("system_addReservedPeer", rpc_params![net.nodes[0].multiaddr()]),
		("system_removeReservedPeer", rpc_params![net.nodes[0].peer_id.clone()]),
		("author_removeExtrinsic", rpc_params![Vec::<String>::new()]),
	] {
		let refused = public.call(method, params).await.expect_err(method);
		assert!(refused.contains("unsafe"), "{method}: {refused}");
	}
	let records =
		net.check(public.call("medchain_recordsOf", rpc_params![sp_core::H256::zero()]).await);
	assert_eq!(records, Value::Array(Vec::new()));
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: b"via public".to_vec() });
	net.check(public.submit_and_wait(&Bob.pair(), remark, Duration::from_secs(30)).await);

	// Request size: just under the limit is answered (here, an invalid transaction); just over
	// is refused, over HTTP (413) and over WebSocket.
	let max_request = flag(&flags, "rpc-max-request-size") << 20;
	let http = HttpClientBuilder::default()
		.max_request_size(64 << 20)
		.request_timeout(Duration::from_secs(30))
		.build(format!("http://127.0.0.1:{port}"))
		.expect("client");
	// Hex doubles the bytes; 1 KiB is room for the JSON around them.
	let under = vec![0u8; (max_request as usize - 1024) / 2];
	let answered = http
		.request::<Value, _>("author_submitExtrinsic", rpc_params![to_hex(&under)])
		.await
		.expect_err("zeroes are no transaction")
		.to_string();
	assert!(!answered.contains("413"), "a request under the limit was refused: {answered}");
	let over = vec![0u8; max_request as usize / 2 + 1024];
	let refused = http
		.request::<Value, _>("author_submitExtrinsic", rpc_params![to_hex(&over)])
		.await
		.expect_err("over the limit")
		.to_string();
	assert!(refused_for_size(&refused), "HTTP: {refused}");
	// The node still serves after the refusal.
	net.check(public.best_number().await);
	let client = net.check(ws(port).await);
	let refused = client
		.request::<Value, _>("author_submitExtrinsic", rpc_params![to_hex(&over)])
		.await
		.expect_err("over the limit")
		.to_string();
	// The node closes a WebSocket connection that sends an oversized message.
	assert!(refused.contains("closed"), "WebSocket: {refused}");
	println!("request over {max_request} bytes: over WebSocket, {refused}");
	drop(client);

	// Batches: the limit's length is served, one more is refused.
	let max_batch = flag(&flags, "rpc-max-batch-request-len");
	let batch_of = |n: u64| {
		let mut batch = BatchRequestBuilder::new();
		for _ in 0..n {
			batch.insert("system_health", rpc_params![]).expect("batch");
		}
		batch
	};
	let served = http.batch_request::<Value>(batch_of(max_batch)).await.expect("a full batch");
	assert_eq!(served.num_successful_calls(), max_batch as usize);
	// One more: the node answers with one error object for the whole batch (which the
	// client library cannot parse as a batch response), so it is read as raw JSON.
	let calls: Vec<Value> = (0..=max_batch)
		.map(|id| serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "system_health"}))
		.collect();
	let refused = post_json(port, &Value::Array(calls).to_string());
	assert_eq!(refused["error"]["code"], -32010, "batch: {refused}");
	println!("batch of {}: {refused}", max_batch + 1);

	// Subscriptions per connection: the limit is served, one more is refused.
	let max_subscriptions = flag(&flags, "rpc-max-subscriptions-per-connection");
	let client = net.check(ws(port).await);
	let mut subscriptions = Vec::new();
	for _ in 0..max_subscriptions {
		let sub = client
			.subscribe::<Value, _>(
				"chain_subscribeNewHeads",
				rpc_params![],
				"chain_unsubscribeNewHeads",
			)
			.await
			.expect("a subscription within the limit");
		subscriptions.push(sub);
	}
	let refused = client
		.subscribe::<Value, _>(
			"chain_subscribeNewHeads",
			rpc_params![],
			"chain_unsubscribeNewHeads",
		)
		.await
		.map(|_| "served".to_string())
		.unwrap_or_else(|e| e.to_string());
	assert!(refused.contains("Too many subscriptions"), "subscription: {refused}");
	drop(subscriptions);
	drop(client);

	// The rate limit, per WebSocket connection: three times the burst at once on one
	// connection; calls over the rate wait, and those that cannot get a turn are refused. A
	// second connection meanwhile is served.
	let rate = flag(&flags, "rpc-rate-limit");
	let flooder = Arc::new(net.check(ws(port).await));
	let mut calls = Vec::new();
	for _ in 0..3 * rate {
		let flooder = flooder.clone();
		calls.push(tokio::spawn(async move {
			flooder
				.request::<Value, _>("system_health", rpc_params![])
				.await
				.map_err(|e| e.to_string())
		}));
	}
	let other = net.check(ws(port).await);
	let health: Value = other.request("system_health", rpc_params![]).await.expect("served");
	assert!(health.get("peers").is_some(), "{health}");
	let (mut served, mut limited) = (0u64, 0u64);
	for call in calls {
		match call.await.expect("the task ran") {
			Ok(_) => served += 1,
			Err(e) if e.contains("rate limit") => limited += 1,
			Err(e) => panic!("a flooding call failed otherwise: {e}"),
		}
	}
	println!("{} calls at once on one connection: {served} served, {limited} refused", 3 * rate);
	assert!(served >= rate, "fewer than the burst were served");
	assert!(limited > 0, "the rate limit refused nothing");
	drop(other);
	drop(flooder);

	// Connections: the limit's count is served (less the few this test's HTTP clients hold),
	// the next is refused with 429, and one closed makes room for another.
	tokio::time::sleep(Duration::from_secs(1)).await;
	let max_connections = flag(&flags, "rpc-max-connections");
	let mut open = Vec::new();
	let refused = loop {
		match ws(port).await {
			Ok(client) => open.push(client),
			Err(e) => break e,
		}
		assert!(open.len() as u64 <= max_connections, "more than the limit were accepted");
	};
	println!("{} WebSocket connections open; the next: {refused}", open.len());
	assert!(refused.contains("429"), "connection over the limit: {refused}");
	assert!(open.len() as u64 + 4 >= max_connections, "refused at {} connections", open.len());
	open.pop();
	tokio::time::sleep(Duration::from_millis(500)).await;
	net.check(ws(port).await.map(|_| ()));
}

/// The Docker compose file (which no CI machine can run: it has no Docker engine) keeps the
/// same rules: no validator takes an external-RPC flag, and the `rpc` service reads the
/// shipped flags file.
#[test]
fn the_compose_file_keeps_validators_on_loopback_and_gives_the_rpc_service_the_public_flags() {
	let compose = include_str!("../../../docker/docker-compose.yml");
	let mut services: Vec<(String, String)> = Vec::new();
	let mut in_services = false;
	for line in compose.lines() {
		if line.starts_with("services:") {
			in_services = true;
		} else if !line.starts_with(' ') && !line.trim().is_empty() && !line.starts_with('#') {
			in_services = false;
		} else if in_services && !line.trim_start().starts_with('#') {
			let name = line.strip_prefix("  ").and_then(|l| l.strip_suffix(':'));
			match name {
				Some(name) if !name.starts_with(' ') => {
					services.push((name.to_string(), String::new()))
				},
				_ => {
					if let Some((_, body)) = services.last_mut() {
						body.push_str(line);
						body.push('\n');
					}
				},
			}
		}
	}
	let names: Vec<&str> = services.iter().map(|(n, _)| n.as_str()).collect();
	assert_eq!(names, ["alice", "bob", "charlie", "dave", "rpc"]);
	for (name, body) in &services {
		let external = ["--rpc-external", "--unsafe-rpc-external", "--rpc-methods=unsafe"]
			.iter()
			.any(|flag| body.contains(flag));
		if name == "rpc" {
			assert!(body.contains("/etc/medchain/public-rpc.flags"), "rpc: no public flags");
			assert!(body.contains("./public-rpc.flags:/etc/medchain/public-rpc.flags:ro"));
		} else {
			assert!(!external, "validator {name} exposes JSON-RPC beyond loopback");
			assert!(!body.contains("public-rpc.flags"), "validator {name} takes public flags");
		}
	}
	let dockerfile = include_str!("../../../docker/Dockerfile");
	assert!(dockerfile.contains("COPY docker/public-rpc.flags /etc/medchain/public-rpc.flags"));
}
