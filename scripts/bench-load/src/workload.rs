//! The actors, the workloads, the steps and their figures.

use crate::{
	ledger::{Ledger, Tx},
	procfs,
	submit::Submitter,
	Options,
};
use codec::Encode;
use frame_support::dispatch::DispatchClass;
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClient};
use medchain_e2e::{Network, Result};
use medchain_primitives::{
	EmergencyPolicy, EncryptionKey, OrganizationKind, Permission, PractitionerRole, Purpose,
	RecordKind, Scope,
};
use medchain_runtime::{signing::ChainContext, Runtime, RuntimeCall};
use serde_json::{json, Value};
use sp_core::{sr25519, Pair, H256};
use sp_io::hashing::blake2_256;
use sp_runtime::AccountId32;
use std::{
	collections::BTreeMap,
	path::PathBuf,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

mod mix;

/// Hospitals.
pub const ORGANIZATIONS: usize = 4;
/// Practitioners, spread evenly over the hospitals.
pub const PRACTITIONERS: usize = 200;
/// Patients each practitioner registers (each grants its hospital read-write access).
pub const PATIENTS_PER_PRACTITIONER: usize = 4;
/// The block time the chain targets, in ms.
const BLOCK_MS: f64 = medchain_runtime::MILLI_SECS_PER_BLOCK as f64;

/// A kind of load.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Workload {
	/// `records.anchor_record`, one record a transaction, by practitioners.
	Anchors,
	/// `system.remark` (32 bytes) by the same practitioners: the baseline.
	Remark,
	/// `balances.transfer_keep_alive` between practitioners: the second baseline.
	Transfer,
	/// `--burst` anchors by `--burst-signers` practitioners, all submitted at once.
	Burst,
	/// `records.anchor_records`, `--batch-size` records a transaction, by practitioners.
	Batch,
	/// The clinical mix ([`mix`]): anchors, grants, revocations, shares, read receipts and
	/// break-glass steps, by practitioners, patients and emergency services.
	Mix,
}

impl Workload {
	/// The workload named `s`.
	pub fn parse(s: &str) -> Result<Self> {
		Ok(match s {
			"anchors" => Self::Anchors,
			"remark" => Self::Remark,
			"transfer" => Self::Transfer,
			"burst" => Self::Burst,
			"batch" => Self::Batch,
			"mix" => Self::Mix,
			other => return Err(format!("unknown workload {other}")),
		})
	}

	fn name(self) -> &'static str {
		match self {
			Self::Anchors => "anchors",
			Self::Remark => "remark",
			Self::Transfer => "transfer",
			Self::Burst => "burst",
			Self::Batch => "batch",
			Self::Mix => "mix",
		}
	}
}

/// A signed transaction before it goes into the ledger.
struct Signed {
	signer: usize,
	records: u32,
	bytes: Vec<u8>,
}

/// One step's figures.
pub struct StepReport {
	/// The network.
	pub network: String,
	/// The workload.
	pub workload: String,
	/// The offered rate (records a second for anchoring, else transactions; `None` for a
	/// burst).
	pub offered: Option<f64>,
	/// Records each transaction anchors (0 for the baselines).
	pub records_per_tx: u32,
	/// Transactions signed.
	pub txs: usize,
	/// Accepted by the pool.
	pub accepted: usize,
	/// Refused for good.
	pub refused: usize,
	/// Accepted and never finalized.
	pub lost: usize,
	/// What became of the lost ones.
	pub lost_reasons: BTreeMap<String, usize>,
	/// Sent again after the pool dropped them.
	pub resubmitted: u32,
	/// Finalized, but failed in dispatch.
	pub failed: usize,
	/// Their errors.
	pub failures: BTreeMap<String, usize>,
	/// Finalized transactions a second, from the blocks' timestamps.
	pub sustained_tps: f64,
	/// Finalized records a second (anchors only).
	pub sustained_rps: f64,
	/// Submit to inclusion, p50/p95/p99, s.
	pub inclusion: [f64; 3],
	/// Submit to finality, p50/p95/p99, s.
	pub finality: [f64; 3],
	/// The largest best-minus-finalized lag seen, in blocks.
	pub lag_max: u32,
	/// The pool's refusals (also those retried), by reason.
	pub refusals: BTreeMap<String, u32>,
	/// CPU cores the nodes used (mean over the step; the busiest node).
	pub cpu: f64,
	/// The largest resident memory of a node, MiB.
	pub rss_mib: f64,
	/// Mean and largest normal-class weight of the step's blocks, % of the limit.
	pub weight: [f64; 2],
	/// Mean and largest length of the step's blocks, % of the normal limit.
	pub length: [f64; 2],
	/// Database growth per finalized record, bytes (anchors only).
	pub db_per_record: Option<f64>,
	/// The step's blocks (first and last holding its transactions).
	pub blocks: (u32, u32),
	/// Each of those blocks: its number, timestamp (ms), the step's transactions in it, and
	/// its normal weight (% of the limit).
	pub per_block: Vec<(u32, u64, usize, f64)>,
}

impl StepReport {
	/// Whether the chain held this rate: p99 inclusion within two blocks, nothing refused or
	/// lost, and the finalized rate at least 80% of the offered one.
	pub fn held(&self) -> bool {
		self.inclusion[2] * 1000.0 <= 2.0 * BLOCK_MS
			&& self.refused == 0
			&& self.lost == 0
			&& self.failed == 0
			&& self.offered.is_none_or(|r| self.sustained() >= 0.8 * r)
	}

	/// The sustained rate in the offered rate's unit: records for anchoring, else
	/// transactions.
	pub fn sustained(&self) -> f64 {
		if self.records_per_tx > 0 {
			self.sustained_rps
		} else {
			self.sustained_tps
		}
	}

	/// The report as JSON.
	pub fn json(&self) -> Value {
		json!({
			"network": self.network, "workload": self.workload, "offered": self.offered,
			"recordsPerTx": self.records_per_tx, "txs": self.txs, "accepted": self.accepted, "refused": self.refused,
			"lost": self.lost, "lostReasons": self.lost_reasons, "resubmitted": self.resubmitted,
			"failed": self.failed, "failures": self.failures,
			"sustainedTps": self.sustained_tps, "sustainedRecordsPerSecond": self.sustained_rps,
			"inclusionP50P95P99": self.inclusion, "finalityP50P95P99": self.finality,
			"lagMax": self.lag_max, "refusals": self.refusals, "cpuCores": self.cpu,
			"rssMiB": self.rss_mib, "weightPercentMeanMax": self.weight,
			"lengthPercentMeanMax": self.length, "dbBytesPerRecord": self.db_per_record,
			"blocks": [self.blocks.0, self.blocks.1], "held": self.held(),
			"perBlock": self.per_block,
		})
	}
}

/// The figures as a Markdown table.
pub fn table(reports: &[StepReport]) -> String {
	let mut out = String::from(
		"| network | workload | offered/s | finalized tx/s | records/s | inclusion p50/p95/p99 s | \
		 finality p50/p95/p99 s | lag max | accepted | refused | lost | failed | resubmitted | CPU cores | \
		 RSS MiB | weight % mean/max | length % mean/max | DB B/record | held |\n\
		 |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n",
	);
	for r in reports {
		let p = |v: [f64; 3]| format!("{:.1}/{:.1}/{:.1}", v[0], v[1], v[2]);
		out.push_str(&format!(
			"| {} | {} | {} | {:.0} | {:.0} | {} | {} | {} | {} | {} | {} | {} | {} | {:.2} | {:.0} | \
			 {:.0}/{:.0} | {:.0}/{:.0} | {} | {} |\n",
			r.network,
			r.workload,
			r.offered.map_or(format!("burst of {}", r.txs), |o| format!("{o:.0}")),
			r.sustained_tps,
			r.sustained_rps,
			p(r.inclusion),
			p(r.finality),
			r.lag_max,
			r.accepted,
			r.refused,
			r.lost,
			r.failed,
			r.resubmitted,
			r.cpu,
			r.rss_mib,
			r.weight[0],
			r.weight[1],
			r.length[0],
			r.length[1],
			r.db_per_record.map_or("-".into(), |b| format!("{b:.0}")),
			if r.held() { "yes" } else { "no" },
		));
	}
	let reasons: BTreeMap<&str, u32> =
		reports.iter().flat_map(|r| r.refusals.iter()).fold(BTreeMap::new(), |mut m, (k, v)| {
			*m.entry(k.as_str()).or_default() += v;
			m
		});
	if !reasons.is_empty() {
		out.push_str("\nThe pool's refusals (each retried after a pause unless final):\n");
		for (reason, n) in reasons {
			out.push_str(&format!("- {n} × {reason}\n"));
		}
	}
	out
}

fn percentiles(mut v: Vec<f64>) -> [f64; 3] {
	if v.is_empty() {
		return [0.0; 3];
	}
	v.sort_by(f64::total_cmp);
	let at = |q: f64| v[((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1];
	[at(0.50), at(0.95), at(0.99)]
}

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//bench//{name}"), None).expect("a valid derivation path")
}

fn account(p: &sr25519::Pair) -> AccountId32 {
	AccountId32::from(p.public())
}

/// A usable X25519 public key (not a weak point) derived from `seed`.
fn key(seed: &str) -> EncryptionKey {
	let mut k = blake2_256(seed.as_bytes());
	k[0] |= 0x10;
	EncryptionKey(k)
}

/// The harness on one running network.
pub struct Harness {
	network: String,
	submitter: Submitter,
	ledger: Arc<Mutex<Ledger>>,
	genesis: H256,
	pids: Vec<u32>,
	db: PathBuf,
	rss_peak: Arc<AtomicU64>,
	organizations: Vec<sr25519::Pair>,
	practitioners: Vec<sr25519::Pair>,
	/// Each patient's pseudonym and hospital.
	patients: Vec<(H256, usize)>,
	/// The patients' own keys, in the order of `patients`.
	patient_pairs: Vec<sr25519::Pair>,
	/// The emergency services of the clinical mix.
	services: Vec<sr25519::Pair>,
	/// What the clinical mix knows of the chain.
	mix: mix::Mix,
	/// The first node's JSON-RPC, for storage queries.
	rpc: medchain_e2e::Rpc,
	step: usize,
}

impl Harness {
	/// The harness on `net`, whose nodes' clients are `clients`.
	pub async fn new(
		network: &str,
		net: &Network,
		clients: Vec<Arc<WsClient>>,
		ledger: Arc<Mutex<Ledger>>,
		o: &Options,
	) -> Result<Self> {
		let genesis = net.nodes[0].rpc.genesis_hash().await?;
		let pids: Vec<u32> = net.nodes.iter().filter_map(|n| n.pid()).collect();
		let db = net.nodes[0].database_dir()?;
		let rss_peak = Arc::new(AtomicU64::new(0));
		{
			let (pids, peak) = (pids.clone(), rss_peak.clone());
			tokio::spawn(async move {
				loop {
					let rss = pids.iter().filter_map(|p| procfs::rss_bytes(*p)).max().unwrap_or(0);
					peak.fetch_max(rss, Ordering::Relaxed);
					tokio::time::sleep(Duration::from_millis(200)).await;
				}
			});
		}
		Ok(Self {
			network: network.to_string(),
			submitter: Submitter {
				clients,
				ledger: ledger.clone(),
				max_in_flight: o.max_in_flight,
			},
			ledger,
			genesis,
			pids,
			db,
			rss_peak,
			organizations: (0..ORGANIZATIONS).map(|i| pair(&format!("org{i}"))).collect(),
			practitioners: (0..PRACTITIONERS).map(|i| pair(&format!("practitioner{i}"))).collect(),
			patients: Vec::new(),
			patient_pairs: (0..PRACTITIONERS * PATIENTS_PER_PRACTITIONER)
				.map(|i| pair(&format!("patient{i}")))
				.collect(),
			services: (0..mix::SERVICES).map(|i| pair(&format!("service{i}"))).collect(),
			mix: mix::Mix::default(),
			rpc: net.nodes[0].rpc.clone(),
			step: 0,
		})
	}

	fn client(&self) -> &WsClient {
		&self.submitter.clients[0]
	}

	async fn next_nonce(&self, who: &AccountId32) -> Result<u32> {
		let value: Value = self
			.client()
			.request("system_accountNextIndex", rpc_params![who.to_string()])
			.await
			.map_err(|e| format!("system_accountNextIndex: {e}"))?;
		serde_json::from_value(value).map_err(|e| e.to_string())
	}

	async fn finalized(&self) -> Result<(u32, H256)> {
		let hash: H256 = serde_json::from_value(
			self.client()
				.request("chain_getFinalizedHead", rpc_params![])
				.await
				.map_err(|e| format!("chain_getFinalizedHead: {e}"))?,
		)
		.map_err(|e| e.to_string())?;
		let header: Value = self
			.client()
			.request("chain_getHeader", rpc_params![hash])
			.await
			.map_err(|e| format!("chain_getHeader: {e}"))?;
		let number = header["number"]
			.as_str()
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or("a header without a number")?;
		Ok((number, hash))
	}

	/// Signs `calls` (each with its signer and its count of records), each signer's in order
	/// from its next nonce, on two threads; the era starts at the finalized block.
	async fn sign(
		&self,
		signers: &[sr25519::Pair],
		calls: Vec<(usize, RuntimeCall, u32)>,
	) -> Result<Vec<Signed>> {
		let mut nonces = BTreeMap::new();
		for (s, _, _) in &calls {
			if !nonces.contains_key(s) {
				nonces.insert(*s, self.next_nonce(&account(&signers[*s])).await?);
			}
		}
		let numbered: Vec<(usize, u32, RuntimeCall, u32)> = calls
			.into_iter()
			.map(|(s, call, records)| {
				let n = nonces.get_mut(&s).expect("every signer has a nonce");
				*n += 1;
				(s, *n - 1, call, records)
			})
			.collect();
		let chain = ChainContext::for_this_runtime(self.genesis, self.finalized().await?);
		let half = numbered.len().div_ceil(2).max(1);
		let signed = std::thread::scope(|scope| {
			let workers: Vec<_> = numbered
				.chunks(half)
				.map(|chunk| {
					scope.spawn(move || {
						chunk
							.iter()
							.map(|(s, nonce, call, records)| Signed {
								signer: *s,
								records: *records,
								bytes: medchain_runtime::signing::signed_extrinsic(
									&signers[*s],
									call.clone(),
									*nonce,
									chain,
								)
								.encode(),
							})
							.collect::<Vec<_>>()
					})
				})
				.collect();
			workers.into_iter().flat_map(|w| w.join().expect("a signing thread")).collect()
		});
		Ok(signed)
	}

	/// Submits `signed` at `rate` (all at once if `None`), waits for their finality (or only
	/// their inclusion, unless `finality`; up to `drain` after the last submission) while
	/// sending dropped ones again, and measures.
	async fn run_step(
		&mut self,
		workload: &str,
		signed: Vec<Signed>,
		rate: Option<f64>,
		drain: Duration,
		finality: bool,
	) -> Result<StepReport> {
		self.step += 1;
		let indices: Vec<usize> = {
			let mut ledger = self.ledger.lock().expect("ledger");
			signed
				.into_iter()
				.map(|s| {
					let hash = blake2_256(&s.bytes);
					ledger.push(Tx {
						hash,
						hex: format!("0x{}", hex::encode(&s.bytes)),
						signer: s.signer,
						records: s.records,
						submitted: None,
						accepted: false,
						refused: None,
						resubmitted: 0,
						last_sent: None,
						included: None,
						finalized: None,
						failed: None,
					})
				})
				.collect()
		};
		let refusals_before = self.ledger.lock().expect("ledger").refusals.clone();
		let db_before = procfs::dir_size(&self.db);
		let cpu_before: Vec<f64> =
			self.pids.iter().map(|p| procfs::cpu_seconds(*p).unwrap_or(0.0)).collect();
		self.rss_peak.store(0, Ordering::Relaxed);
		let started = Instant::now();
		let submit_for =
			rate.map_or(Duration::ZERO, |r| Duration::from_secs_f64(indices.len() as f64 / r));
		let deadline = started + submit_for + drain;

		// Sends again, every block, what the pool accepted and no block took within 4 blocks.
		let resubmitter = {
			let (submitter, indices) = (self.submitter.clone(), indices.clone());
			tokio::spawn(async move {
				loop {
					tokio::time::sleep(Duration::from_secs_f64(BLOCK_MS / 1000.0)).await;
					submitter
						.resubmit(&indices, Duration::from_secs_f64(4.0 * BLOCK_MS / 1000.0))
						.await;
				}
			})
		};
		self.submitter.submit(&indices, rate, deadline).await;
		// Waits while the chain makes progress on the step's transactions: until each landed,
		// or `drain` passed with none landing, or their era (signed at the finalized block
		// before the step) ended, after which the pool drops what is left.
		let submitted = Instant::now();
		let era_end = started
			+ Duration::from_millis(medchain_runtime::signing::MORTAL_PERIOD * BLOCK_MS as u64);
		let mut last_progress = (submitted, 0usize);
		loop {
			let landed = {
				let ledger = self.ledger.lock().expect("ledger");
				indices
					.iter()
					.filter(|&&i| {
						let tx = &ledger.txs[i];
						let landed =
							if finality { tx.finalized.is_some() } else { tx.included.is_some() };
						landed || (!tx.accepted && tx.refused.is_some()) || tx.submitted.is_none()
					})
					.count()
			};
			let now = Instant::now();
			if landed > last_progress.1 {
				last_progress = (now, landed);
			}
			let stalled = now >= last_progress.0 + drain && now >= deadline.min(era_end);
			if landed == indices.len() || stalled || now >= era_end {
				break;
			}
			tokio::time::sleep(Duration::from_millis(100)).await;
		}
		resubmitter.abort();
		let wall = started.elapsed().as_secs_f64();
		let cpu = self
			.pids
			.iter()
			.zip(&cpu_before)
			.map(|(p, before)| (procfs::cpu_seconds(*p).unwrap_or(*before) - before) / wall)
			.fold(0.0, f64::max);
		let db_growth = procfs::dir_size(&self.db).saturating_sub(db_before);
		let rss_mib = self.rss_peak.load(Ordering::Relaxed) as f64 / (1024.0 * 1024.0);

		let ledger = self.ledger.lock().expect("ledger");
		let txs: Vec<&Tx> = indices.iter().map(|&i| &ledger.txs[i]).collect();
		let accepted = txs.iter().filter(|t| t.accepted).count();
		let refused = txs.iter().filter(|t| !t.accepted).count();
		let mut lost_reasons = BTreeMap::new();
		let landed = |t: &Tx| if finality { t.finalized.is_some() } else { t.included.is_some() };
		for t in txs.iter().filter(|t| t.accepted && !landed(t)) {
			let why = match (t.included, t.resubmitted) {
				(Some(_), _) => "in a block not finalized before the deadline",
				(None, 0) => "accepted, never in a block",
				(None, _) => "dropped by the pool, sent again, never in a block",
			};
			*lost_reasons.entry(why.to_string()).or_default() += 1;
		}
		let lost = lost_reasons.values().sum();
		let mut failures = BTreeMap::new();
		for t in &txs {
			if let Some(e) = &t.failed {
				*failures.entry(e.clone()).or_default() += 1;
			}
		}
		let failed = failures.values().sum();
		let resubmitted = txs.iter().map(|t| t.resubmitted).sum();
		let since = |t: &Tx, at: Option<(Instant, u32)>| {
			Some(at?.0.duration_since(t.submitted?).as_secs_f64())
		};
		let inclusion = percentiles(txs.iter().filter_map(|t| since(t, t.included)).collect());
		let finality = percentiles(txs.iter().filter_map(|t| since(t, t.finalized)).collect());

		// The finalized blocks from the first to the last that holds the step's transactions.
		let numbers: Vec<u32> = txs.iter().filter_map(|t| t.finalized.map(|f| f.1)).collect();
		let (first, last) = (
			numbers.iter().copied().min().unwrap_or(0),
			numbers.iter().copied().max().unwrap_or(0),
		);
		let blocks: Vec<_> = ledger.finalized.range(first..=last).map(|(_, b)| b.clone()).collect();
		// The rate the chain sustained: the step's transactions in its inner blocks (the first
		// and the last hold only part of a block time's submissions) over their time span;
		// with fewer than three blocks, over the whole span from the block before the first.
		let of_step = |b: &crate::ledger::Finalized, records: bool| -> f64 {
			b.ours
				.iter()
				.filter(|i| indices.binary_search(i).is_ok())
				.map(|&i| if records { f64::from(ledger.txs[i].records) } else { 1.0 })
				.sum()
		};
		let (inner, span_ms) = if blocks.len() >= 3 {
			let inner = &blocks[1..blocks.len() - 1];
			(inner, inner[inner.len() - 1].timestamp.saturating_sub(blocks[0].timestamp) as f64)
		} else {
			let start = ledger
				.finalized
				.get(&first.saturating_sub(1))
				.map(|b| b.timestamp)
				.or_else(|| blocks.first().map(|b| b.timestamp.saturating_sub(BLOCK_MS as u64)))
				.unwrap_or(0);
			(&blocks[..], blocks.last().map_or(0, |b| b.timestamp.saturating_sub(start)) as f64)
		};
		let per_second = |n: f64| if span_ms > 0.0 { n * 1000.0 / span_ms } else { 0.0 };
		let finalized_records: f64 =
			txs.iter().filter(|t| t.finalized.is_some()).map(|t| f64::from(t.records)).sum();
		let sustained_tps = per_second(inner.iter().map(|b| of_step(b, false)).sum());
		let sustained_rps = per_second(inner.iter().map(|b| of_step(b, true)).sum());
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let max_weight =
			weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block).ref_time()
				as f64;
		let max_length = f64::from(
			*<Runtime as frame_system::Config>::BlockLength::get().max.get(DispatchClass::Normal),
		);
		let mean_max = |v: Vec<f64>| {
			if v.is_empty() {
				[0.0, 0.0]
			} else {
				[v.iter().sum::<f64>() / v.len() as f64, v.iter().copied().fold(0.0, f64::max)]
			}
		};
		let weight =
			mean_max(blocks.iter().map(|b| 100.0 * b.normal_weight as f64 / max_weight).collect());
		let length =
			mean_max(blocks.iter().map(|b| 100.0 * b.length as f64 / max_length).collect());
		let per_block = ledger
			.finalized
			.range(first..=last)
			.map(|(n, b)| {
				(
					*n,
					b.timestamp,
					of_step(b, false) as usize,
					100.0 * b.normal_weight as f64 / max_weight,
				)
			})
			.collect();
		let lag_max =
			ledger.lag.iter().filter(|(at, _)| *at >= started).map(|(_, l)| *l).max().unwrap_or(0);
		let mut refusals = ledger.refusals.clone();
		for (k, v) in &refusals_before {
			if let Some(n) = refusals.get_mut(k) {
				*n -= v;
			}
		}
		refusals.retain(|_, n| *n > 0);
		let report = StepReport {
			network: self.network.clone(),
			workload: workload.to_string(),
			offered: rate,
			records_per_tx: txs.iter().map(|t| t.records).max().unwrap_or(0),
			txs: txs.len(),
			accepted,
			refused,
			lost,
			lost_reasons,
			resubmitted,
			failed,
			failures,
			sustained_tps,
			sustained_rps,
			inclusion,
			finality,
			lag_max,
			refusals,
			cpu,
			rss_mib,
			weight,
			length,
			db_per_record: (finalized_records > 0.0).then(|| db_growth as f64 / finalized_records),
			blocks: (first, last),
			per_block,
		};
		Ok(report)
	}

	/// Runs a setup phase: every transaction must be finalized.
	async fn setup_phase(
		&mut self,
		what: &str,
		signers: &[sr25519::Pair],
		calls: Vec<(usize, RuntimeCall, u32)>,
	) -> Result<()> {
		let started = Instant::now();
		let signed = self.sign(signers, calls).await?;
		let n = signed.len();
		// With several nodes, each phase waits for finality: a node that has not imported the
		// previous phase would judge the next one's transactions on an older state (a patient
		// not yet registered pays fees it does not have).
		let several = self.pids.len() > 1;
		let r = self.run_step(what, signed, None, Duration::from_secs(60), several).await?;
		if several {
			tokio::time::sleep(Duration::from_secs_f64(BLOCK_MS / 1000.0)).await;
		}
		if r.accepted != n || r.lost > 0 {
			return Err(format!(
				"setup ({what}): {} of {n} accepted, {} lost ({:?}); refusals {:?}",
				r.accepted, r.lost, r.lost_reasons, r.refusals
			));
		}
		eprintln!("   setup: {what}: {n} transactions in {:.1} s", started.elapsed().as_secs_f64());
		Ok(())
	}

	/// Registers the actors: four hospitals (by sudo) and their practitioners (by each
	/// hospital), funds the practitioners, registers each practitioner's patients with the
	/// patients' signed consent, and has every patient grant its hospital read-write access.
	async fn setup(&mut self) -> Result<()> {
		let alice = sp_keyring::Sr25519Keyring::Alice.pair();
		let orgs = self.organizations.clone();
		let practitioners = self.practitioners.clone();
		let register_orgs: Vec<RuntimeCall> = orgs
			.iter()
			.enumerate()
			.map(|(i, o)| {
				RuntimeCall::Providers(pallet_providers::Call::register_organization {
					organization: account(o).into(),
					kind: OrganizationKind::Hospital,
					encryption_key: key(&format!("org{i}")),
					credential: H256::repeat_byte(1),
				})
			})
			.collect();
		let funds: Vec<RuntimeCall> = orgs
			.iter()
			.chain(&practitioners)
			.map(|p| {
				RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: account(p).into(),
					value: 1_000 * medchain_runtime::UNIT,
				})
			})
			.collect();
		let calls = vec![
			(
				0,
				RuntimeCall::Sudo(pallet_sudo::Call::sudo {
					call: Box::new(RuntimeCall::Utility(pallet_utility::Call::batch_all {
						calls: register_orgs,
					})),
				}),
				0,
			),
			(0, RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: funds }), 0),
		];
		self.setup_phase("hospitals and funds", &[alice], calls).await?;

		let per_org = PRACTITIONERS / ORGANIZATIONS;
		let calls = (0..PRACTITIONERS)
			.map(|i| {
				let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
					practitioner: account(&practitioners[i]).into(),
					role: PractitionerRole::Physician,
					encryption_key: key(&format!("practitioner{i}")),
					credential: H256::repeat_byte(2),
				});
				(i / per_org, call, 0)
			})
			.collect();
		self.setup_phase("practitioners", &orgs, calls).await?;

		let best = self.finalized().await?.0;
		let deadline = best + 200;
		let policy = EmergencyPolicy { allowed: true, required_approvals: 2 };
		let patient_pairs = self.patient_pairs.clone();
		let mut calls = Vec::new();
		for (i, patient) in patient_pairs.iter().enumerate() {
			let registrar = i % PRACTITIONERS;
			let pseudonym = H256(blake2_256(format!("bench patient {i}").as_bytes()));
			let encryption_key = key(&format!("patient{i}"));
			let payload = pallet_patients::registration_payload(
				&self.genesis,
				&account(&practitioners[registrar]),
				&deadline,
				&pseudonym,
				&encryption_key,
				&policy,
			);
			calls.push((
				registrar,
				RuntimeCall::Patients(pallet_patients::Call::register_for {
					patient: account(patient).into(),
					pseudonym,
					encryption_key,
					emergency_policy: policy,
					deadline,
					signature: sp_runtime::MultiSignature::Sr25519(patient.sign(&payload)),
				}),
				0,
			));
			self.patients.push((pseudonym, registrar / per_org));
		}
		self.setup_phase("patients", &practitioners, calls).await?;

		let calls = self
			.patients
			.iter()
			.enumerate()
			.map(|(i, (pseudonym, org))| {
				let call = RuntimeCall::Consent(pallet_consent::Call::grant_access {
					patient: *pseudonym,
					grantee: account(&orgs[*org]),
					scope: Scope::AllRecords,
					permission: Permission::ReadWrite,
					purpose: Purpose::Treatment,
					expires_at: None,
				});
				(i, call, 0)
			})
			.collect();
		self.setup_phase("grants", &patient_pairs, calls).await?;
		self.wait_for_setup_finality().await
	}

	/// Waits for the setup's transactions to be finalized; fails if any failed in dispatch.
	async fn wait_for_setup_finality(&self) -> Result<()> {
		// Each phase waited for its transactions' inclusion only (the next needs the state);
		// dispatch errors are read from finalized blocks' events.
		let last = {
			let ledger = self.ledger.lock().expect("ledger");
			ledger.txs.iter().filter_map(|t| t.included.map(|i| i.1)).max().unwrap_or(0)
		};
		let ledger = self.ledger.clone();
		medchain_e2e::wait_for(Duration::from_secs(60), "the setup to be finalized", || async {
			Ok(ledger.lock().expect("ledger").last_finalized >= last)
		})
		.await?;
		let ledger = self.ledger.lock().expect("ledger");
		let failed: Vec<&String> = ledger.txs.iter().filter_map(|t| t.failed.as_ref()).collect();
		if !failed.is_empty() {
			return Err(format!(
				"setup: {} transactions failed in dispatch: {failed:?}",
				failed.len()
			));
		}
		Ok(())
	}

	/// The calls of `n` transactions of `workload` by the first `signers` practitioners,
	/// round-robin (so each practitioner's are spread over the step).
	fn calls(
		&self,
		workload: Workload,
		n: usize,
		signers: usize,
		batch: u32,
	) -> Vec<(usize, RuntimeCall, u32)> {
		let per_org = PRACTITIONERS / ORGANIZATIONS;
		let step = self.step as u64;
		(0..n)
			.map(|k| {
				let p = k % signers;
				let salt = (step, k as u64).encode();
				// A patient of the practitioner's hospital (which holds the grant), and a
				// record of theirs; `j` numbers the records of one transaction.
				let org = p / per_org;
				let record = |j: u64| {
					let salt = (step, k as u64, j).encode();
					let patients: Vec<&(H256, usize)> =
						self.patients.iter().filter(|(_, o)| *o == org).collect();
					let (patient, _) = patients[(k / signers + j as usize) % patients.len()];
					let mut cid = vec![0x01, 0x55, 0x12, 0x20];
					cid.extend_from_slice(&blake2_256(&[b"cid".as_slice(), &salt].concat()));
					pallet_records::NewRecord {
						patient: *patient,
						content_hash: H256(blake2_256(&[b"content".as_slice(), &salt].concat())),
						cid: cid.try_into().expect("36 bytes fit a CID"),
						kind: RecordKind::LabResult,
						// An HPKE envelope's size: a 32-byte encapsulated key and a 32-byte data
						// key with its 16-byte tag.
						patient_envelope: vec![7u8; 80].try_into().expect("80 bytes fit"),
					}
				};
				let call = match workload {
					Workload::Anchors | Workload::Burst | Workload::Mix => {
						let r = record(0);
						RuntimeCall::Records(pallet_records::Call::anchor_record {
							patient: r.patient,
							content_hash: r.content_hash,
							cid: r.cid,
							kind: r.kind,
							patient_envelope: r.patient_envelope,
						})
					},
					Workload::Batch => RuntimeCall::Records(pallet_records::Call::anchor_records {
						records: (0..u64::from(batch))
							.map(record)
							.collect::<Vec<_>>()
							.try_into()
							.expect("--batch-size is checked against the bound"),
					}),
					Workload::Remark => RuntimeCall::System(frame_system::Call::remark {
						remark: blake2_256(&salt).to_vec(),
					}),
					Workload::Transfer => {
						RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
							dest: account(&self.practitioners[(p + 1) % PRACTITIONERS]).into(),
							value: medchain_runtime::MILLI_UNIT,
						})
					},
				};
				let records = match workload {
					Workload::Anchors | Workload::Burst | Workload::Mix => 1,
					Workload::Batch => batch,
					Workload::Remark | Workload::Transfer => 0,
				};
				(p, call, records)
			})
			.collect()
	}

	/// Sets up, then runs each workload's steps.
	pub async fn run(&mut self, o: &Options) -> Result<Vec<StepReport>> {
		let started = Instant::now();
		self.setup().await?;
		if o.workloads.contains(&Workload::Mix) {
			self.setup_mix().await?;
		}
		eprintln!("   setup done in {:.1} s", started.elapsed().as_secs_f64());
		let practitioners = self.practitioners.clone();
		let mut reports = Vec::new();
		for &workload in &o.workloads {
			if workload == Workload::Burst {
				let calls = self.calls(workload, o.burst, o.burst_signers, 1);
				let signed = self.sign(&practitioners, calls).await?;
				let r = self.run_step("burst", signed, None, Duration::from_secs(90), true).await?;
				eprintln!("{}", table(std::slice::from_ref(&r)));
				reports.push(r);
				continue;
			}
			if workload == Workload::Mix {
				let signers = self.mix_signers();
				for &rate in &o.steps {
					let n = (rate * o.step_seconds).round().max(1.0) as usize;
					let calls = self.mix_calls(n);
					let signed = self.sign(&signers, calls).await?;
					let sessions = self.next_session().await?;
					let mut r = self
						.run_step("mix", signed, Some(rate), Duration::from_secs(30), true)
						.await?;
					self.after_mix_step(sessions).await?;
					// Counted in transactions: anchors are most of them, not all.
					r.records_per_tx = 0;
					eprintln!("{}", table(std::slice::from_ref(&r)));
					let held = r.held();
					reports.push(r);
					if !held {
						break;
					}
				}
				continue;
			}
			for &rate in &o.steps {
				let per_tx = if workload == Workload::Batch { o.batch_size } else { 1 };
				let n = (rate * o.step_seconds / f64::from(per_tx)).round().max(1.0) as usize;
				let calls = self.calls(workload, n, PRACTITIONERS, o.batch_size);
				let signed = self.sign(&practitioners, calls).await?;
				let tx_rate = rate / f64::from(per_tx);
				let mut r = self
					.run_step(workload.name(), signed, Some(tx_rate), Duration::from_secs(30), true)
					.await?;
				if workload == Workload::Batch {
					r.offered = Some(rate);
					r.workload = format!("batch of {}", o.batch_size);
				}
				eprintln!("{}", table(std::slice::from_ref(&r)));
				let held = r.held();
				reports.push(r);
				if !held {
					break;
				}
			}
		}
		Ok(reports)
	}
}
