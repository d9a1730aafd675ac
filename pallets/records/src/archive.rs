//! The archive tree: how an archive's documents are committed to under one root.
//!
//! A hospital joining the consortium brings an archive of existing documents. It gives each
//! document a fresh random 32-byte salt and computes its commitment `c = SHA-256(salt ‖
//! plaintext)` (the same commitment a record anchors), then commits to all of them with one
//! root, anchored by [`crate::Pallet::anchor_archive`]. The tree is the Merkle Tree Hash of
//! RFC 9162 (Certificate Transparency version 2.0) §2.1.1 with SHA-256 and domain-separated
//! leaves and nodes:
//!
//! - leaf hash: `SHA-256(0x00 ‖ c)`;
//! - interior node: `SHA-256(0x01 ‖ left ‖ right)`;
//! - the hash of `n ≥ 1` leaves `D[0..n]` (in index order): for `n = 1` the leaf hash; for
//!   `n > 1`, with `k` the largest power of two below `n`, `node(MTH(D[0..k]), MTH(D[k..n]))`.
//!
//! A document is proved by its index, the archive's size and its inclusion path (RFC 9162
//! §2.1.3.1), checked by [`verify_inclusion`] (the algorithm of §2.1.3.2). A path has at most
//! 64 hashes. Without a document's salt nobody can test a guess of its content against the
//! root: the salts and paths stay with the hospital, in the manifest its client writes.

use sp_core::H256;

/// The most hashes an inclusion path may have (a tree of up to 2^64 leaves).
pub const MAX_PATH: u32 = 64;

/// `SHA-256(0x00 ‖ commitment)`: the leaf of a document whose commitment is `commitment`.
pub fn leaf_hash(commitment: &H256) -> H256 {
	let mut input = [0u8; 33];
	input[1..].copy_from_slice(commitment.as_bytes());
	H256(sp_io::hashing::sha2_256(&input))
}

/// `SHA-256(0x01 ‖ left ‖ right)`: an interior node.
pub fn node_hash(left: &H256, right: &H256) -> H256 {
	let mut input = [0u8; 65];
	input[0] = 1;
	input[1..33].copy_from_slice(left.as_bytes());
	input[33..].copy_from_slice(right.as_bytes());
	H256(sp_io::hashing::sha2_256(&input))
}

/// Whether `path` proves that the document with commitment `commitment` is leaf `index` of
/// the tree of `size` leaves whose root is `root` (RFC 9162 §2.1.3.2). A path that is too
/// short or too long, an index outside the tree, or any other hash fails.
pub fn verify_inclusion(
	root: &H256,
	size: u64,
	index: u64,
	commitment: &H256,
	path: &[H256],
) -> bool {
	if index >= size || path.len() > MAX_PATH as usize {
		return false;
	}
	let mut f = index;
	let mut s = size - 1;
	let mut r = leaf_hash(commitment);
	for p in path {
		if s == 0 {
			return false;
		}
		if f & 1 == 1 || f == s {
			r = node_hash(p, &r);
			if f & 1 == 0 {
				while f & 1 == 0 && f != 0 {
					f >>= 1;
					s >>= 1;
				}
			}
		} else {
			r = node_hash(&r, p);
		}
		f >>= 1;
		s >>= 1;
	}
	s == 0 && &r == root
}

/// The root of the tree over `commitments` (RFC 9162's MTH), `None` for none. For tests,
/// benchmarks and tools: the chain never builds a tree, it only checks paths.
pub fn root_of(commitments: &[H256]) -> Option<H256> {
	if commitments.is_empty() {
		return None;
	}
	let leaves: alloc::vec::Vec<H256> = commitments.iter().map(leaf_hash).collect();
	Some(mth(&leaves))
}

/// The inclusion path of leaf `index` among `commitments` (RFC 9162's PATH), `None` when the
/// index is outside the tree. For tests, benchmarks and tools.
pub fn path_of(commitments: &[H256], index: usize) -> Option<alloc::vec::Vec<H256>> {
	fn path(m: usize, leaves: &[H256], out: &mut alloc::vec::Vec<H256>) {
		let n = leaves.len();
		if n <= 1 {
			return;
		}
		let k = split(n as u64) as usize;
		if m < k {
			path(m, &leaves[..k], out);
			out.push(mth(&leaves[k..]));
		} else {
			path(m - k, &leaves[k..], out);
			out.push(mth(&leaves[..k]));
		}
	}
	if index >= commitments.len() {
		return None;
	}
	let leaves: alloc::vec::Vec<H256> = commitments.iter().map(leaf_hash).collect();
	let mut out = alloc::vec::Vec::new();
	path(index, &leaves, &mut out);
	Some(out)
}

/// The tree hash of leaf hashes `leaves` (at least one).
fn mth(leaves: &[H256]) -> H256 {
	match leaves.len() {
		0 | 1 => leaves.first().copied().unwrap_or_default(),
		n => {
			let k = split(n as u64) as usize;
			node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
		},
	}
}

/// The largest power of two below `n` (`n ≥ 2`).
fn split(n: u64) -> u64 {
	1u64 << (63 - (n - 1).leading_zeros())
}

/// How many hashes the path of a leaf of a tree of `size` leaves has at most: the tree's
/// height, `⌈log2(size)⌉`.
pub fn max_path_len(size: u64) -> u32 {
	if size <= 1 {
		0
	} else {
		64 - (size - 1).leading_zeros()
	}
}
