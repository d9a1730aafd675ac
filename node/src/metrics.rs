//! MedChain's own Prometheus metrics, served beside the node's `substrate_*` ones on
//! `--prometheus-port` (9615 by default), read from the chain's state at the node's finalized
//! block, at start and at every finality notification:
//!
//! | metric | what |
//! |---|---|
//! | `medchain_records_anchored` | records ever anchored (`Records::NextRecordId`) |
//! | `medchain_grants_created` | access grants ever created (`Consent::NextGrantId`) |
//! | `medchain_access_requests` | access requests ever made (`Consent::NextRequestId`) |
//! | `medchain_breakglass_sessions_opened` | break-glass sessions ever opened |
//! | `medchain_breakglass_sessions_open` | sessions not yet closed (pending, active or expired) |
//! | `medchain_breakglass_sessions_unreviewed` | sessions awaiting review (every session, from its opening until it is reviewed) |
//! | `medchain_finalized_block` | the block these figures were read at |
//!
//! Every series carries the node's `chain` label. Totals only ever grow: Grafana's `rate()`/`increase()` of them give anchors, grants and
//! requests per second. The open sessions are counted by their storage keys (one entry per
//! responder and patient: the latest session, until it is closed or cleaned, so lapsed and
//! expired ones count until then) and the unreviewed ones by their responders' lists (at most
//! `MaxUnreviewed` each): both stay small.

use crate::service::FullClient;
use codec::Decode;
use frame_support::storage::StoragePrefixedMap;
use futures::StreamExt;
use medchain_runtime::{opaque::Block, Runtime};
use sc_client_api::{BlockchainEvents, StorageProvider};
use sp_blockchain::HeaderBackend;
use sp_core::storage::StorageKey;
use std::sync::Arc;
use substrate_prometheus_endpoint::{register, Gauge, PrometheusError, Registry, U64};

const LOG_TARGET: &str = "medchain::metrics";

/// The gauges.
pub struct ChainMetrics {
	records: Gauge<U64>,
	grants: Gauge<U64>,
	requests: Gauge<U64>,
	sessions_opened: Gauge<U64>,
	sessions_open: Gauge<U64>,
	sessions_unreviewed: Gauge<U64>,
	finalized: Gauge<U64>,
}

impl ChainMetrics {
	/// Registers the gauges in `registry`.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let gauge = |name: &str, help: &str| register(Gauge::new(name, help)?, registry);
		Ok(Self {
			records: gauge("medchain_records_anchored", "Records ever anchored")?,
			grants: gauge("medchain_grants_created", "Access grants ever created")?,
			requests: gauge("medchain_access_requests", "Access requests ever made")?,
			sessions_opened: gauge(
				"medchain_breakglass_sessions_opened",
				"Break-glass sessions ever opened",
			)?,
			sessions_open: gauge(
				"medchain_breakglass_sessions_open",
				"Break-glass sessions not yet closed (pending, active or expired)",
			)?,
			sessions_unreviewed: gauge(
				"medchain_breakglass_sessions_unreviewed",
				"Break-glass sessions awaiting review (from their opening until reviewed)",
			)?,
			finalized: gauge(
				"medchain_finalized_block",
				"The finalized block the medchain_* figures were read at",
			)?,
		})
	}
}

/// A storage value, decoded; its default when absent.
fn value<T: Decode + Default>(
	client: &FullClient,
	at: <Block as sp_runtime::traits::Block>::Hash,
	key: Vec<u8>,
) -> sp_blockchain::Result<T> {
	match client.storage(at, &StorageKey(key))? {
		None => Ok(T::default()),
		Some(data) => T::decode(&mut &data.0[..]).map_err(|e| {
			sp_blockchain::Error::Application(
				format!("a MedChain counter no longer decodes (a new storage layout?): {e}").into(),
			)
		}),
	}
}

/// How many entries a storage map holds.
fn entries(
	client: &FullClient,
	at: <Block as sp_runtime::traits::Block>::Hash,
	prefix: [u8; 32],
) -> sp_blockchain::Result<u64> {
	let prefix = StorageKey(prefix.to_vec());
	Ok(client.storage_keys(at, Some(&prefix), None)?.count() as u64)
}

/// The total length of the lists a storage map of lists holds (each value a SCALE vector:
/// its compact length first).
fn list_lengths(
	client: &FullClient,
	at: <Block as sp_runtime::traits::Block>::Hash,
	prefix: [u8; 32],
) -> sp_blockchain::Result<u64> {
	let prefix = StorageKey(prefix.to_vec());
	Ok(client
		.storage_pairs(at, Some(&prefix), None)?
		.filter_map(|(_, data)| codec::Compact::<u32>::decode(&mut &data.0[..]).ok())
		.map(|length| u64::from(length.0))
		.sum())
}

impl ChainMetrics {
	/// Reads the figures at the finalized block `at` (number `number`).
	fn update(
		&self,
		client: &FullClient,
		at: <Block as sp_runtime::traits::Block>::Hash,
		number: u32,
	) -> sp_blockchain::Result<()> {
		self.records.set(value::<u64>(
			client,
			at,
			pallet_records::NextRecordId::<Runtime>::hashed_key().to_vec(),
		)?);
		self.grants.set(value::<u64>(
			client,
			at,
			pallet_consent::NextGrantId::<Runtime>::hashed_key().to_vec(),
		)?);
		self.requests.set(value::<u64>(
			client,
			at,
			pallet_consent::NextRequestId::<Runtime>::hashed_key().to_vec(),
		)?);
		self.sessions_opened.set(value::<u64>(
			client,
			at,
			pallet_emergency::NextSessionId::<Runtime>::hashed_key().to_vec(),
		)?);
		self.sessions_open.set(entries(
			client,
			at,
			pallet_emergency::OpenSessions::<Runtime>::final_prefix(),
		)?);
		self.sessions_unreviewed.set(list_lengths(
			client,
			at,
			pallet_emergency::Unreviewed::<Runtime>::final_prefix(),
		)?);
		self.finalized.set(u64::from(number));
		Ok(())
	}
}

/// Keeps `metrics` at the node's finalized block.
pub async fn run(client: Arc<FullClient>, metrics: ChainMetrics) {
	let info = client.info();
	if let Err(e) = metrics.update(&client, info.finalized_hash, info.finalized_number) {
		log::warn!(target: LOG_TARGET, "cannot read the chain's figures: {e}");
	}
	let mut finality = client.finality_notification_stream();
	while let Some(notification) = finality.next().await {
		let number = *sp_runtime::traits::Header::number(&notification.header);
		if let Err(e) = metrics.update(&client, notification.hash, number) {
			log::warn!(target: LOG_TARGET, "cannot read the chain's figures at #{number}: {e}");
		}
	}
}
