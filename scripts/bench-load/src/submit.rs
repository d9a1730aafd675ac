//! Submits pre-signed transactions as an app would, over JSON-RPC: each account's in nonce
//! order (the next is sent once the pool has answered the previous one), on an open-loop
//! schedule, with backpressure (no more than a set number accepted and not yet in a block) and
//! resubmission of accepted transactions that no block took in time.

use crate::ledger::Ledger;
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClient};
use std::{
	collections::BTreeMap,
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

/// The pool's JSON-RPC error codes (`sc-rpc-api`'s author errors).
const ALREADY_IMPORTED: &str = "1013";
const TOO_LOW_PRIORITY: &str = "1014";
const IMMEDIATELY_DROPPED: &str = "1016";

/// How the pool answered one submission.
enum Answer {
	/// Accepted (or already in the pool).
	Accepted,
	/// Refused for now (full pool): try again later.
	Busy(String),
	/// Refused for good.
	Refused(String),
}

fn classify(result: Result<serde_json::Value, jsonrpsee::core::ClientError>) -> Answer {
	match result {
		Ok(_) => Answer::Accepted,
		Err(e) => {
			let text = e.to_string();
			let code = |c: &str| text.contains(&format!("ServerError({c})")) || text.contains(c);
			if code(ALREADY_IMPORTED) {
				Answer::Accepted
			} else if code(TOO_LOW_PRIORITY) || code(IMMEDIATELY_DROPPED) {
				Answer::Busy(reason(&text))
			} else if matches!(e, jsonrpsee::core::ClientError::RequestTimeout) {
				Answer::Busy("request timeout".into())
			} else {
				Answer::Refused(reason(&text))
			}
		},
	}
}

/// A short reason from a JSON-RPC error's text: its message and data, without the hash-like
/// parts that make every refusal different.
pub fn reason(text: &str) -> String {
	let message = text
		.split("message: \"")
		.nth(1)
		.and_then(|m| m.split('"').next())
		.unwrap_or(text)
		.to_string();
	let data = text
		.split("data: Some(RawValue(\"")
		.nth(1)
		.and_then(|d| d.split("\"))").next())
		.map(|d| format!(": {}", d.replace("\\\"", "")))
		.unwrap_or_default();
	let mut out = format!("{message}{data}");
	out.truncate(120);
	out
}

/// Where and how fast to submit.
#[derive(Clone)]
pub struct Submitter {
	/// The nodes' clients: signer `i` submits to node `i % len`.
	pub clients: Vec<Arc<WsClient>>,
	/// The ledger the transactions are in.
	pub ledger: Arc<Mutex<Ledger>>,
	/// The most transactions accepted and not yet in a block before submission waits.
	pub max_in_flight: usize,
}

impl Submitter {
	/// Submits the transactions `txs` (indices into the ledger, every signer's in nonce order)
	/// at `rate` a second (all at once if `None`); returns when each was answered, or at
	/// `deadline`.
	pub async fn submit(&self, txs: &[usize], rate: Option<f64>, deadline: Instant) {
		let mut per_signer: BTreeMap<usize, Vec<(Duration, usize)>> = BTreeMap::new();
		{
			let ledger = self.ledger.lock().expect("ledger");
			for (k, &i) in txs.iter().enumerate() {
				let offset = rate.map_or(Duration::ZERO, |r| Duration::from_secs_f64(k as f64 / r));
				per_signer.entry(ledger.txs[i].signer).or_default().push((offset, i));
			}
		}
		let start = Instant::now();
		let mut tasks = Vec::new();
		for (signer, list) in per_signer {
			let this = self.clone();
			let client = self.clients[signer % self.clients.len()].clone();
			tasks.push(tokio::spawn(async move {
				for (offset, i) in list {
					tokio::time::sleep_until((start + offset).into()).await;
					this.send(&client, i, deadline).await;
				}
			}));
		}
		for task in tasks {
			let _ = task.await;
		}
	}

	/// Sends transaction `i` until the pool accepts or refuses it for good (or `deadline`).
	async fn send(&self, client: &WsClient, i: usize, deadline: Instant) {
		loop {
			while self.ledger.lock().expect("ledger").in_flight >= self.max_in_flight {
				if Instant::now() >= deadline {
					return;
				}
				tokio::time::sleep(Duration::from_millis(20)).await;
			}
			let hex = {
				let mut ledger = self.ledger.lock().expect("ledger");
				let now = Instant::now();
				let tx = &mut ledger.txs[i];
				tx.submitted.get_or_insert(now);
				tx.last_sent = Some(now);
				tx.hex.clone()
			};
			let answer = classify(client.request("author_submitExtrinsic", rpc_params![hex]).await);
			let retry = {
				let mut ledger = self.ledger.lock().expect("ledger");
				match answer {
					Answer::Accepted => {
						let tx = &mut ledger.txs[i];
						if !tx.accepted {
							tx.accepted = true;
							if tx.included.is_none() {
								ledger.in_flight += 1;
							}
						}
						false
					},
					Answer::Busy(why) => {
						*ledger.refusals.entry(why).or_default() += 1;
						if Instant::now() >= deadline {
							ledger.txs[i].refused = Some("the pool stayed full".into());
							false
						} else {
							true
						}
					},
					Answer::Refused(why) => {
						*ledger.refusals.entry(why.clone()).or_default() += 1;
						ledger.txs[i].refused = Some(why);
						false
					},
				}
			};
			if !retry {
				return;
			}
			// Backpressure: the pool is full; wait for a block to make room.
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// Sends again each of `txs` that the pool accepted, that no block holds, and that was
	/// last sent more than `after` ago (the pool may have dropped it). Returns how many the
	/// pool took in again (those it had dropped).
	pub async fn resubmit(&self, txs: &[usize], after: Duration) -> u32 {
		let due: Vec<(usize, String)> = {
			let ledger = self.ledger.lock().expect("ledger");
			let now = Instant::now();
			txs.iter()
				.filter_map(|&i| {
					let tx = &ledger.txs[i];
					let stale = tx.last_sent.is_some_and(|t| now.duration_since(t) > after);
					(tx.accepted && tx.included.is_none() && stale).then(|| (i, tx.hex.clone()))
				})
				.collect()
		};
		let mut taken = 0;
		for (i, hex) in due {
			let client = {
				let ledger = self.ledger.lock().expect("ledger");
				self.clients[ledger.txs[i].signer % self.clients.len()].clone()
			};
			let result = client
				.request::<serde_json::Value, _>("author_submitExtrinsic", rpc_params![hex])
				.await;
			let mut ledger = self.ledger.lock().expect("ledger");
			ledger.txs[i].last_sent = Some(Instant::now());
			match result {
				Ok(_) => {
					ledger.txs[i].resubmitted += 1;
					taken += 1;
				},
				Err(e) => {
					let text = e.to_string();
					if !text.contains(ALREADY_IMPORTED) {
						*ledger
							.refusals
							.entry(format!("on resubmission: {}", reason(&text)))
							.or_default() += 1;
					}
				},
			}
		}
		taken
	}
}
