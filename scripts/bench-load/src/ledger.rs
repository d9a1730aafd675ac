//! What the harness knows about every transaction it sent and every block it saw, filled by
//! the submitters and by the block tracker ([`crate::tracker`]).

use std::{
	collections::{BTreeMap, HashMap},
	time::Instant,
};

/// One pre-signed transaction and what became of it.
pub struct Tx {
	/// Its hash (BLAKE2-256 of its encoding), as the node reports it.
	pub hash: [u8; 32],
	/// Its encoding, `0x`-hex, as it is submitted.
	pub hex: String,
	/// The index of its signer in the step's signer list.
	pub signer: usize,
	/// How many records it anchors (0 for the baselines).
	pub records: u32,
	/// When it was first sent.
	pub submitted: Option<Instant>,
	/// Whether the pool accepted it.
	pub accepted: bool,
	/// The pool's final refusal, if it never accepted it.
	pub refused: Option<String>,
	/// How often it was sent again after the pool had dropped it.
	pub resubmitted: u32,
	/// When it was last sent.
	pub last_sent: Option<Instant>,
	/// When the harness first saw it in a block, and the block's number.
	pub included: Option<(Instant, u32)>,
	/// When the harness saw its block finalized, and the block's number.
	pub finalized: Option<(Instant, u32)>,
	/// Its dispatch error, if it failed in its finalized block.
	pub failed: Option<String>,
}

/// A block as the harness saw it.
#[derive(Clone)]
pub struct Block {
	/// The indices of the harness's transactions in it.
	pub ours: Vec<usize>,
	/// Its extrinsics' hashes, in order.
	pub hashes: Vec<[u8; 32]>,
	/// The total length of its extrinsics, in bytes.
	pub length: usize,
}

/// A finalized block's figures.
#[derive(Clone, Debug)]
pub struct Finalized {
	/// Its timestamp (ms), from `Timestamp::Now`.
	pub timestamp: u64,
	/// The normal class's weight (ref time, ps), from `System::BlockWeight`.
	pub normal_weight: u64,
	/// The total length of its extrinsics, in bytes.
	pub length: usize,
	/// The indices of the harness's transactions in it.
	pub ours: Vec<usize>,
}

/// Everything the harness records.
#[derive(Default)]
pub struct Ledger {
	/// Every transaction, in the order they were signed.
	pub txs: Vec<Tx>,
	/// Transaction index by hash.
	pub by_hash: HashMap<[u8; 32], usize>,
	/// Blocks seen, by hash.
	pub blocks: HashMap<String, Block>,
	/// Finalized blocks, by number.
	pub finalized: BTreeMap<u32, Finalized>,
	/// The best block number last seen.
	pub best: u32,
	/// The finalized block number last seen.
	pub last_finalized: u32,
	/// Samples of best minus finalized, taken at each new best block, with when.
	pub lag: Vec<(Instant, u32)>,
	/// Accepted transactions not yet seen in a block.
	pub in_flight: usize,
	/// Every refusal the pool gave (also those retried), by reason.
	pub refusals: BTreeMap<String, u32>,
}

impl Ledger {
	/// Adds a signed transaction; returns its index.
	pub fn push(&mut self, tx: Tx) -> usize {
		let index = self.txs.len();
		self.by_hash.insert(tx.hash, index);
		self.txs.push(tx);
		index
	}

	/// Records that the block `hash` holds `extrinsics` (their hashes and lengths).
	pub fn saw_block(
		&mut self,
		hash: String,
		number: u32,
		extrinsics: &[([u8; 32], usize)],
		at: Instant,
	) {
		let mut ours = Vec::new();
		for (xt, _) in extrinsics {
			if let Some(&i) = self.by_hash.get(xt) {
				ours.push(i);
				let tx = &mut self.txs[i];
				if tx.included.is_none() {
					tx.included = Some((at, number));
					if tx.accepted {
						self.in_flight = self.in_flight.saturating_sub(1);
					}
				}
			}
		}
		let length = extrinsics.iter().map(|(_, l)| l).sum();
		let hashes = extrinsics.iter().map(|(h, _)| *h).collect();
		self.blocks.insert(hash, Block { ours, hashes, length });
	}
}
