//! Follows one node's best and finalized blocks over WebSocket subscriptions and records in the
//! [`Ledger`] when each of the harness's transactions was included and finalized, and each
//! finalized block's timestamp, weight and length.

use crate::ledger::{Finalized, Ledger};
use codec::Decode;
use frame_support::{dispatch::PerDispatchClass, weights::Weight};
use jsonrpsee::{
	core::client::{ClientT, SubscriptionClientT},
	rpc_params,
	ws_client::WsClient,
};
use medchain_e2e::{from_hex, Result};
use serde_json::Value;
use sp_io::hashing::{blake2_256, twox_128};
use sp_runtime::traits::BlakeTwo256;
use std::{
	sync::{Arc, Mutex},
	time::Instant,
};

type Header = sp_runtime::generic::Header<u32, BlakeTwo256>;

fn storage_key(pallet: &str, item: &str) -> String {
	format!(
		"0x{}{}",
		hex::encode(twox_128(pallet.as_bytes())),
		hex::encode(twox_128(item.as_bytes()))
	)
}

fn hash_hex(header: &Header) -> String {
	format!("0x{}", hex::encode(header.hash().0))
}

/// Follows `client`'s node until the subscriptions end, recording into `ledger`.
pub async fn follow(client: Arc<WsClient>, ledger: Arc<Mutex<Ledger>>) -> Result<()> {
	let mut best = client
		.subscribe::<Value, _>(
			"chain_subscribeNewHeads",
			rpc_params![],
			"chain_unsubscribeNewHeads",
		)
		.await
		.map_err(|e| format!("subscribe to new heads: {e}"))?;
	let mut finalized = client
		.subscribe::<Value, _>(
			"chain_subscribeFinalizedHeads",
			rpc_params![],
			"chain_unsubscribeFinalizedHeads",
		)
		.await
		.map_err(|e| format!("subscribe to finalized heads: {e}"))?;
	let mut tracker = Tracker { client, ledger };
	loop {
		tokio::select! {
			next = best.next() => {
				let Some(header) = next else { return Ok(()) };
				let at = Instant::now();
				let header: Header = serde_json::from_value(header.map_err(|e| e.to_string())?)
					.map_err(|e| format!("a new head that is not a header: {e}"))?;
				tracker.best(header, at).await?;
			}
			next = finalized.next() => {
				let Some(header) = next else { return Ok(()) };
				let at = Instant::now();
				let header: Header = serde_json::from_value(header.map_err(|e| e.to_string())?)
					.map_err(|e| format!("a finalized head that is not a header: {e}"))?;
				tracker.finalized(header, at).await?;
			}
		}
	}
}

/// The extrinsics that failed in dispatch, by index, with their errors, from a block's
/// `System::Events`.
fn failures(events: &[u8]) -> Result<Vec<(u32, String)>> {
	use frame_system::{EventRecord, Phase};
	use medchain_runtime::RuntimeEvent;
	let records = Vec::<EventRecord<RuntimeEvent, sp_core::H256>>::decode(&mut &events[..])
		.map_err(|e| format!("undecodable System::Events: {e}"))?;
	Ok(records
		.into_iter()
		.filter_map(|r| match (r.phase, r.event) {
			(
				Phase::ApplyExtrinsic(i),
				RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
					dispatch_error, ..
				}),
			) => Some((i, format!("{dispatch_error:?}"))),
			_ => None,
		})
		.collect())
}

struct Tracker {
	client: Arc<WsClient>,
	ledger: Arc<Mutex<Ledger>>,
}

impl Tracker {
	fn known(&self, hash: &str) -> bool {
		self.ledger.lock().expect("ledger").blocks.contains_key(hash)
	}

	async fn header(&self, hash: &str) -> Result<Header> {
		let value: Value = self
			.client
			.request("chain_getHeader", rpc_params![hash])
			.await
			.map_err(|e| format!("chain_getHeader: {e}"))?;
		serde_json::from_value(value).map_err(|e| format!("chain_getHeader: {e}"))
	}

	/// Fetches the body of `header`'s block and records it (first seen `at`).
	async fn record(&self, header: &Header, at: Instant) -> Result<()> {
		let hash = hash_hex(header);
		let block: Value = self
			.client
			.request("chain_getBlock", rpc_params![&hash])
			.await
			.map_err(|e| format!("chain_getBlock: {e}"))?;
		let list = block["block"]["extrinsics"]
			.as_array()
			.ok_or_else(|| format!("chain_getBlock returned no extrinsics for {hash}"))?;
		let mut extrinsics = Vec::with_capacity(list.len());
		for xt in list {
			let bytes = from_hex(xt.as_str().ok_or("an extrinsic that is not hex")?)?;
			extrinsics.push((blake2_256(&bytes), bytes.len()));
		}
		self.ledger.lock().expect("ledger").saw_block(hash, header.number, &extrinsics, at);
		Ok(())
	}

	/// A new best block: records it and any ancestors not yet seen (a notification may cover
	/// several imported blocks).
	async fn best(&mut self, header: Header, at: Instant) -> Result<()> {
		let floor = self.ledger.lock().expect("ledger").last_finalized;
		let mut missing = vec![header.clone()];
		let mut parent = format!("0x{}", hex::encode(header.parent_hash.0));
		while missing.last().is_some_and(|h| h.number > floor.saturating_add(1))
			&& !self.known(&parent)
		{
			let h = self.header(&parent).await?;
			parent = format!("0x{}", hex::encode(h.parent_hash.0));
			missing.push(h);
		}
		for h in missing.iter().rev() {
			if !self.known(&hash_hex(h)) {
				self.record(h, at).await?;
			}
		}
		let mut ledger = self.ledger.lock().expect("ledger");
		ledger.best = ledger.best.max(header.number);
		let lag = header.number.saturating_sub(ledger.last_finalized);
		ledger.lag.push((at, lag));
		Ok(())
	}

	/// A new finalized block: every block from the last finalized one up to it is final now.
	async fn finalized(&mut self, header: Header, at: Instant) -> Result<()> {
		let floor = self.ledger.lock().expect("ledger").last_finalized;
		if header.number <= floor {
			return Ok(());
		}
		let mut chain = vec![header];
		while chain.last().is_some_and(|h| h.number > floor.saturating_add(1)) {
			let parent =
				format!("0x{}", hex::encode(chain.last().expect("nonempty").parent_hash.0));
			chain.push(self.header(&parent).await?);
		}
		let weight_key = storage_key("System", "BlockWeight");
		let now_key = storage_key("Timestamp", "Now");
		let events_key = storage_key("System", "Events");
		for h in chain.iter().rev() {
			let hash = hash_hex(h);
			if !self.known(&hash) {
				self.record(h, at).await?;
			}
			let changes: Value = self
				.client
				.request(
					"state_queryStorageAt",
					rpc_params![[&weight_key, &now_key, &events_key], &hash],
				)
				.await
				.map_err(|e| format!("state_queryStorageAt: {e}"))?;
			let value_of = |key: &str| -> Option<Vec<u8>> {
				changes[0]["changes"]
					.as_array()?
					.iter()
					.find(|c| c[0].as_str() == Some(key))
					.and_then(|c| c[1].as_str())
					.and_then(|v| from_hex(v).ok())
			};
			let normal_weight = value_of(&weight_key)
				.and_then(|v| PerDispatchClass::<Weight>::decode(&mut &v[..]).ok())
				.map_or(0, |w| w.get(frame_support::dispatch::DispatchClass::Normal).ref_time());
			let timestamp =
				value_of(&now_key).and_then(|v| u64::decode(&mut &v[..]).ok()).unwrap_or(0);
			let failures =
				value_of(&events_key).map(|v| failures(&v)).transpose()?.unwrap_or_default();
			let mut ledger = self.ledger.lock().expect("ledger");
			let block =
				ledger.blocks.get(&hash).cloned().ok_or("a finalized block not recorded")?;
			for (index, error) in failures {
				let failed =
					block.hashes.get(index as usize).and_then(|h| ledger.by_hash.get(h)).copied();
				if let Some(i) = failed {
					ledger.txs[i].failed = Some(error);
				}
			}
			for &i in &block.ours {
				let tx = &mut ledger.txs[i];
				if tx.finalized.is_none() {
					tx.finalized = Some((at, h.number));
				}
				if tx.included.is_none() {
					tx.included = Some((at, h.number));
					if tx.accepted {
						ledger.in_flight = ledger.in_flight.saturating_sub(1);
					}
				}
			}
			ledger.finalized.insert(
				h.number,
				Finalized {
					timestamp,
					normal_weight,
					length: block.length,
					ours: block.ours.clone(),
				},
			);
			ledger.last_finalized = h.number;
		}
		Ok(())
	}
}
