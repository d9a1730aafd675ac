//! CID validation against fixtures made by real IPFS tools, and malformed CIDs.
//!
//! The fixtures are the CIDs of the 12-byte file `hello world\n` as `ipfs add` makes them
//! (kubo's well-known `QmT78zSu…`; the JS importer that Helia uses gives the same, see
//! `fixtures/make-cids.mjs`), the CIDv0/CIDv1 pair from the IPFS documentation, and a
//! sha2-512 raw CIDv1.

use crate::cid::{self, CidError, CidInfo, DAG_PB, RAW, SHA2_256, SHA2_512};
use crate::mock::unhex;

/// `ipfs add` of `hello world\n` (CIDv0, dag-pb).
const V0_TEXT: &str = "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o";
const V0: &str = "122046d44814b9c5af141c3aaab7c05dc5e844ead5f91f12858b021eba45768b4c0e";
/// `ipfs add --cid-version 1 --raw-leaves=false` of the same file (CIDv1, dag-pb).
const V1_PB_TEXT: &str = "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby";
const V1_PB: &str = "0170122046d44814b9c5af141c3aaab7c05dc5e844ead5f91f12858b021eba45768b4c0e";
/// `ipfs add --cid-version 1` of the same file (CIDv1, raw leaf).
const V1_RAW_TEXT: &str = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
const V1_RAW: &str = "01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447";
/// The IPFS documentation's example pair.
const DOCS_V0_TEXT: &str = "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR";
const DOCS_V1_TEXT: &str = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
/// A raw CIDv1 with a sha2-512 digest.
const V1_SHA512_TEXT: &str = "bafkrgqg3hf2ks7zea634vynomn6aamdipiizcmtu2v4esjky4oobnqax32covtoiyyx6gtxe4evuwfbiqf7qtnvcoygd7ctgjtvostjegsszg";

/// base58btc (the text form of CIDv0).
fn base58(s: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in s.bytes() {
		let mut carry = ALPHABET.iter().position(|&a| a == c).expect("base58 digit") as u32;
		for b in bytes.iter_mut().rev() {
			carry += (*b as u32) * 58;
			*b = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = s.bytes().take_while(|&c| c == b'1').count();
	[vec![0; zeros], bytes].concat()
}

/// Multibase base32 (lowercase RFC 4648, no padding, prefix `b`: the text form of CIDv1).
fn base32(s: &str) -> Vec<u8> {
	let s = s.strip_prefix('b').expect("multibase prefix b");
	let mut out = Vec::new();
	let (mut buffer, mut bits) = (0u32, 0u32);
	for c in s.bytes() {
		let value = match c {
			b'a'..=b'z' => c - b'a',
			b'2'..=b'7' => c - b'2' + 26,
			_ => panic!("base32 digit"),
		} as u32;
		buffer = (buffer << 5) | value;
		bits += 5;
		if bits >= 8 {
			bits -= 8;
			out.push((buffer >> bits) as u8);
			buffer &= (1 << bits) - 1;
		}
	}
	out
}

#[test]
fn text_forms_decode_to_the_binary_fixtures() {
	assert_eq!(base58(V0_TEXT), unhex(V0));
	assert_eq!(base32(V1_PB_TEXT), unhex(V1_PB));
	assert_eq!(base32(V1_RAW_TEXT), unhex(V1_RAW));
	// CIDv1 dag-pb carries the same multihash as the CIDv0 of the same file.
	assert_eq!(&unhex(V1_PB)[2..], &unhex(V0)[..]);
	assert_eq!(&base32(DOCS_V1_TEXT)[2..], &base58(DOCS_V0_TEXT)[..]);
}

#[test]
fn cids_made_by_ipfs_tools_are_accepted() {
	assert_eq!(
		cid::validate(&unhex(V0)),
		Ok(CidInfo { version: 0, codec: DAG_PB, hash: SHA2_256 })
	);
	assert_eq!(
		cid::validate(&base58(DOCS_V0_TEXT)),
		Ok(CidInfo { version: 0, codec: DAG_PB, hash: SHA2_256 })
	);
	assert_eq!(
		cid::validate(&unhex(V1_PB)),
		Ok(CidInfo { version: 1, codec: DAG_PB, hash: SHA2_256 })
	);
	assert_eq!(
		cid::validate(&base32(DOCS_V1_TEXT)),
		Ok(CidInfo { version: 1, codec: DAG_PB, hash: SHA2_256 })
	);
	assert_eq!(
		cid::validate(&unhex(V1_RAW)),
		Ok(CidInfo { version: 1, codec: RAW, hash: SHA2_256 })
	);
	assert_eq!(
		cid::validate(&base32(V1_SHA512_TEXT)),
		Ok(CidInfo { version: 1, codec: RAW, hash: SHA2_512 })
	);
}

#[test]
fn malformed_cids_are_refused() {
	let v1 = unhex(V1_RAW);
	// Empty, truncated, trailing bytes.
	assert_eq!(cid::validate(&[]), Err(CidError::Malformed));
	assert_eq!(cid::validate(&v1[..v1.len() - 1]), Err(CidError::Malformed));
	assert_eq!(cid::validate(&[v1.clone(), vec![0]].concat()), Err(CidError::Malformed));
	// A CIDv0 one byte short or long.
	let v0 = unhex(V0);
	assert_eq!(cid::validate(&v0[..33]), Err(CidError::Malformed));
	assert_eq!(cid::validate(&[v0.clone(), vec![0]].concat()), Err(CidError::Malformed));
	// A text form submitted as bytes.
	assert_eq!(cid::validate(V1_RAW_TEXT.as_bytes()), Err(CidError::UnsupportedVersion));
	assert_eq!(cid::validate(V0_TEXT.as_bytes()), Err(CidError::UnsupportedVersion));
	// A varint that never ends, and a non-minimal one (0x81 0x00 for 1).
	assert_eq!(cid::validate(&[0x81; 12]), Err(CidError::Malformed));
	let mut non_minimal = vec![0x81, 0x00];
	non_minimal.extend_from_slice(&v1[1..]);
	assert_eq!(cid::validate(&non_minimal), Err(CidError::Malformed));
}

#[test]
fn unknown_versions_codecs_and_hashes_are_refused() {
	let v1 = unhex(V1_RAW);
	// Version 2 and an explicit version 0.
	let mut v2 = v1.clone();
	v2[0] = 2;
	assert_eq!(cid::validate(&v2), Err(CidError::UnsupportedVersion));
	let mut v0 = v1.clone();
	v0[0] = 0;
	assert_eq!(cid::validate(&v0), Err(CidError::UnsupportedVersion));
	// Codec git-raw (0x78).
	let mut codec = v1.clone();
	codec[1] = 0x78;
	assert_eq!(cid::validate(&codec), Err(CidError::UnsupportedCodec));
	// Multihash md5 (0xd5, a two-byte varint) and identity (0x00, which embeds content).
	let md5 = [vec![0x01, 0x55, 0xd5, 0x01, 0x10], vec![7; 16]].concat();
	assert_eq!(cid::validate(&md5), Err(CidError::UnsupportedMultihash));
	let identity = [vec![0x01, 0x55, 0x00, 0x05], b"hello".to_vec()].concat();
	assert_eq!(cid::validate(&identity), Err(CidError::UnsupportedMultihash));
}

#[test]
fn digest_lengths_must_match_the_hash_function() {
	// sha2-256 announcing 31 bytes (and carrying 31).
	let short = [vec![0x01, 0x55, 0x12, 0x1f], vec![1; 31]].concat();
	assert_eq!(cid::validate(&short), Err(CidError::DigestLengthMismatch));
	// sha2-512 announcing 32 bytes.
	let wrong = [vec![0x01, 0x55, 0x13, 0x20], vec![1; 32]].concat();
	assert_eq!(cid::validate(&wrong), Err(CidError::DigestLengthMismatch));
}
