//! On-chain validation of binary CIDs (v0 and v1), without allocating.
//!
//! A CID names content on IPFS. Its binary form is:
//! - **CIDv0**: a bare sha2-256 multihash, `0x12 0x20` followed by the 32-byte digest (the
//!   base58btc text form starts with `Qm`);
//! - **CIDv1**: `<version = 1><codec><multihash>`, each number an unsigned varint, the
//!   multihash being `<hash code><digest length><digest>` (the base32 text form starts with
//!   `b`).
//!
//! Clients submit the binary form and render text forms themselves. The chain accepts the
//! codecs and hash functions that IPFS tools use for files, and refuses the *identity*
//! multihash outright: it embeds the content itself in the CID, which could put a record's
//! plaintext on-chain.

/// Why a CID was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CidError {
	/// Truncated, trailing bytes, or a varint that is not minimal or too long.
	Malformed,
	/// A CID version other than 0 and 1.
	UnsupportedVersion,
	/// A content codec other than raw, dag-pb, dag-cbor or dag-json.
	UnsupportedCodec,
	/// A multihash function this chain does not accept (including identity).
	UnsupportedMultihash,
	/// The digest's length does not match its hash function.
	DigestLengthMismatch,
}

/// What a valid CID says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CidInfo {
	/// 0 or 1.
	pub version: u8,
	/// The content codec (multicodec code); dag-pb for CIDv0.
	pub codec: u64,
	/// The multihash function code.
	pub hash: u64,
}

/// Multicodec code of raw bytes.
pub const RAW: u64 = 0x55;
/// Multicodec code of dag-pb (UnixFS files and directories).
pub const DAG_PB: u64 = 0x70;
/// Multicodec code of dag-cbor.
pub const DAG_CBOR: u64 = 0x71;
/// Multicodec code of dag-json.
pub const DAG_JSON: u64 = 0x0129;

/// Multihash code of sha2-256.
pub const SHA2_256: u64 = 0x12;
/// Multihash code of sha2-512.
pub const SHA2_512: u64 = 0x13;
/// Multihash code of sha3-512.
pub const SHA3_512: u64 = 0x14;
/// Multihash code of sha3-256.
pub const SHA3_256: u64 = 0x16;
/// Multihash code of blake3 (32-byte output, as IPFS tools use it).
pub const BLAKE3: u64 = 0x1e;
/// Multihash code of blake2b-256.
pub const BLAKE2B_256: u64 = 0xb220;

/// The digest length of an accepted hash function.
fn digest_length(hash: u64) -> Option<usize> {
	match hash {
		SHA2_256 | SHA3_256 | BLAKE3 | BLAKE2B_256 => Some(32),
		SHA2_512 | SHA3_512 => Some(64),
		_ => None,
	}
}

/// Reads an unsigned varint (multiformats: LEB128, at most 9 bytes, minimal) from `bytes`
/// at `*at`, advancing `*at`.
fn read_varint(bytes: &[u8], at: &mut usize) -> Result<u64, CidError> {
	let mut value: u64 = 0;
	for i in 0..9usize {
		let byte = *bytes.get(*at).ok_or(CidError::Malformed)?;
		*at = at.checked_add(1).ok_or(CidError::Malformed)?;
		let shift = 7u32.checked_mul(i as u32).ok_or(CidError::Malformed)?;
		value |= u64::from(byte & 0x7f).checked_shl(shift).ok_or(CidError::Malformed)?;
		if byte & 0x80 == 0 {
			// A last byte of zero (after the first) means the encoding was not minimal.
			if byte == 0 && i > 0 {
				return Err(CidError::Malformed);
			}
			return Ok(value);
		}
	}
	Err(CidError::Malformed)
}

/// Validates a binary CID.
pub fn validate(bytes: &[u8]) -> Result<CidInfo, CidError> {
	// CIDv0: a bare sha2-256 multihash.
	if bytes.len() == 34 && matches!(bytes, [0x12, 0x20, ..]) {
		return Ok(CidInfo { version: 0, codec: DAG_PB, hash: SHA2_256 });
	}
	let mut at = 0usize;
	let version = read_varint(bytes, &mut at)?;
	match version {
		1 => {},
		// A leading 0x12 that is not a 34-byte sha2-256 multihash is a broken CIDv0.
		0x12 => return Err(CidError::Malformed),
		_ => return Err(CidError::UnsupportedVersion),
	}
	let codec = read_varint(bytes, &mut at)?;
	if !matches!(codec, RAW | DAG_PB | DAG_CBOR | DAG_JSON) {
		return Err(CidError::UnsupportedCodec);
	}
	let hash = read_varint(bytes, &mut at)?;
	let expected = digest_length(hash).ok_or(CidError::UnsupportedMultihash)?;
	let length = read_varint(bytes, &mut at)?;
	if length != expected as u64 {
		return Err(CidError::DigestLengthMismatch);
	}
	let end = at.checked_add(expected).ok_or(CidError::Malformed)?;
	if end != bytes.len() {
		return Err(CidError::Malformed);
	}
	Ok(CidInfo { version: 1, codec, hash })
}
