//! MedChain's own JSON-RPC methods, under the `medchain_` prefix: thin wrappers over the
//! runtime APIs of `medchain-runtime-api`, for clients that speak plain JSON-RPC (curl, other
//! languages). polkadot.js apps can call the runtime APIs directly (`api.call.*`).
//!
//! Every method takes an optional block hash last (default: the best block). Accounts are
//! given as SS58 addresses (any network prefix) or as `0x`-prefixed hex of the 32 bytes;
//! answers name accounts in MedChain's SS58 format (prefix 6336). Paged methods take `from`
//! and `limit` (at most 100, the default).

use std::{fmt::Display, str::FromStr, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use medchain_primitives::{AccessReason, PatientId, RecordId};
use medchain_runtime::{api_types, opaque::Block, AccountId};
use medchain_runtime_api::{
	ArchivesApi, ConsentApi, EmergencyApi, KeyEnvelope, RecordsApi, MAX_PAGE,
};
use serde::{Deserialize, Deserializer};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::traits::Block as BlockT;

/// An account given as an SS58 address (any prefix) or as `0x` + 64 hex digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account(pub AccountId);

impl FromStr for Account {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		if let Some(hex) = s.strip_prefix("0x") {
			let bytes =
				sp_core::bytes::from_hex(hex).map_err(|e| format!("bad hex account: {e}"))?;
			let raw: [u8; 32] =
				bytes.try_into().map_err(|_| "a hex account has 32 bytes".to_string())?;
			return Ok(Account(AccountId::from(raw)));
		}
		AccountId::from_ss58check_with_version(s)
			.map(|(account, _)| Account(account))
			.map_err(|e| format!("not an SS58 address nor 0x-hex: {e:?}"))
	}
}

impl<'de> Deserialize<'de> for Account {
	fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let s = String::deserialize(deserializer)?;
		s.parse().map_err(serde::de::Error::custom)
	}
}

/// The `medchain_*` methods.
#[rpc(server, namespace = "medchain")]
pub trait MedchainApi<BlockHash> {
	/// Whether a salted content hash is anchored: the record, pseudonym, author,
	/// organization, block, time, version, current version, retraction; `null` if not.
	#[method(name = "verify")]
	fn verify(
		&self,
		content_hash: H256,
		at: Option<BlockHash>,
	) -> RpcResult<Option<api_types::Verification>>;

	/// A record's anchor (CID as hex).
	#[method(name = "record")]
	fn record(
		&self,
		record: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<api_types::Record>>;

	/// A patient's record ids, in anchoring order, from position `from`.
	#[method(name = "recordsOf")]
	fn records_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<RecordId>>;

	/// A record's version chain, from version number `from` (1 = the original).
	#[method(name = "versionsOf")]
	fn versions_of(
		&self,
		record: RecordId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<RecordId>>;

	/// The key envelope of `record` addressed to `party` (`{"ciphertext": "0x.."}`).
	#[method(name = "envelope")]
	fn envelope(
		&self,
		record: RecordId,
		party: Account,
		at: Option<BlockHash>,
	) -> RpcResult<Option<KeyEnvelope>>;

	/// Whether `who` may read `record` now, and why (`Patient`, `Author`, `{"Grant": id}`,
	/// `{"BreakGlass": session}`); `null`: refused.
	#[method(name = "accessReason")]
	fn access_reason(
		&self,
		who: Account,
		record: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<AccessReason>>;

	/// A patient's grants (all, revoked and expired too), in the order made, from position
	/// `from`.
	#[method(name = "grantsOf")]
	fn grants_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<(u64, api_types::Grant)>>;

	/// The requests made to a patient (any status), in the order made, from position `from`.
	#[method(name = "requestsOf")]
	fn requests_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<(u64, api_types::Request)>>;

	/// A patient's audit trail from position `from`.
	#[method(name = "auditTrail")]
	fn audit_trail(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<api_types::AuditEntry>>;

	/// The break-glass sessions on a patient's records from position `from`.
	#[method(name = "sessionsOf")]
	fn sessions_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<(u64, api_types::Session)>>;

	/// Where a break-glass session stands now.
	#[method(name = "sessionStatus")]
	fn session_status(
		&self,
		session: u64,
		at: Option<BlockHash>,
	) -> RpcResult<Option<api_types::SessionStatus>>;

	/// An archive: its organization, root, number of documents, block, time and promoted
	/// count; `null` if none has this id.
	#[method(name = "archive")]
	fn archive(&self, archive: u64, at: Option<BlockHash>)
		-> RpcResult<Option<api_types::Archive>>;

	/// Whether `path` (hex hashes, at most 64) proves that the document with salted
	/// commitment `commitment` is leaf `index` of `archive`: `{"Ok": {archive, index,
	/// organization, root, leaves, anchored_at, timestamp, record}}` or `{"Err":
	/// "UnknownArchive" | "IndexOutOfRange" | "InvalidProof"}`.
	#[method(name = "verifyArchived")]
	fn verify_archived(
		&self,
		archive: u64,
		index: u64,
		commitment: H256,
		path: Vec<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<Result<api_types::ArchiveVerification, api_types::ArchiveProofError>>;
}

/// The `medchain_*` methods over a client.
pub struct Medchain<C> {
	client: Arc<C>,
}

impl<C> Medchain<C> {
	/// Serves the methods from `client`'s state.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

/// The JSON-RPC error code of a failed runtime API call.
pub const RUNTIME_ERROR: i32 = 1;

fn runtime_error(e: impl Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, "the runtime API call failed", Some(e.to_string()))
}

/// The JSON-RPC error code of an argument the method refuses.
pub const INVALID_ARGUMENT: i32 = 2;

fn page(limit: Option<u32>) -> u32 {
	limit.unwrap_or(MAX_PAGE).min(MAX_PAGE)
}

impl<C> Medchain<C>
where
	C: HeaderBackend<Block>,
{
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C> MedchainApiServer<<Block as BlockT>::Hash> for Medchain<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RecordsApi<Block, AccountId, api_types::Verification, api_types::Record>,
	C::Api:
		ConsentApi<Block, AccountId, api_types::Grant, api_types::Request, api_types::AuditEntry>,
	C::Api: EmergencyApi<Block, api_types::Session, api_types::SessionStatus>,
	C::Api: ArchivesApi<
		Block,
		api_types::Archive,
		api_types::ArchiveVerification,
		api_types::ArchiveProofError,
	>,
{
	fn verify(
		&self,
		content_hash: H256,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<api_types::Verification>> {
		self.client.runtime_api().verify(self.at(at), content_hash).map_err(runtime_error)
	}

	fn record(
		&self,
		record: RecordId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<api_types::Record>> {
		self.client.runtime_api().record(self.at(at), record).map_err(runtime_error)
	}

	fn records_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<RecordId>> {
		self.client
			.runtime_api()
			.records_of(self.at(at), patient, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)
	}

	fn versions_of(
		&self,
		record: RecordId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<RecordId>> {
		self.client
			.runtime_api()
			.versions_of(self.at(at), record, from.unwrap_or(1), page(limit))
			.map_err(runtime_error)
	}

	fn envelope(
		&self,
		record: RecordId,
		party: Account,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<KeyEnvelope>> {
		self.client.runtime_api().envelope(self.at(at), record, party.0).map_err(runtime_error)
	}

	fn access_reason(
		&self,
		who: Account,
		record: RecordId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<AccessReason>> {
		self.client.runtime_api().access_reason(self.at(at), who.0, record).map_err(runtime_error)
	}

	fn grants_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<(u64, api_types::Grant)>> {
		self.client
			.runtime_api()
			.grants_of(self.at(at), patient, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)
	}

	fn requests_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<(u64, api_types::Request)>> {
		self.client
			.runtime_api()
			.requests_of(self.at(at), patient, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)
	}

	fn audit_trail(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<api_types::AuditEntry>> {
		self.client
			.runtime_api()
			.audit_trail(self.at(at), patient, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)
	}

	fn sessions_of(
		&self,
		patient: PatientId,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<(u64, api_types::Session)>> {
		self.client
			.runtime_api()
			.sessions_of(self.at(at), patient, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)
	}

	fn session_status(
		&self,
		session: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<api_types::SessionStatus>> {
		self.client.runtime_api().session_status(self.at(at), session).map_err(runtime_error)
	}

	fn archive(
		&self,
		archive: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<api_types::Archive>> {
		self.client.runtime_api().archive(self.at(at), archive).map_err(runtime_error)
	}

	fn verify_archived(
		&self,
		archive: u64,
		index: u64,
		commitment: H256,
		path: Vec<H256>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Result<api_types::ArchiveVerification, api_types::ArchiveProofError>> {
		if path.len() > pallet_records::archive::MAX_PATH as usize {
			return Err(ErrorObjectOwned::owned(
				INVALID_ARGUMENT,
				"an inclusion path has at most 64 hashes",
				None::<()>,
			));
		}
		self.client
			.runtime_api()
			.verify_archived(self.at(at), archive, index, commitment, path)
			.map_err(runtime_error)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keyring::Sr25519Keyring::Alice;

	#[test]
	fn accounts_parse_from_any_ss58_prefix_and_from_hex() {
		let alice = Alice.to_account_id();
		let generic: Account = alice.to_ss58check().parse().expect("prefix 42");
		let medchain: Account = alice
			.to_ss58check_with_version(medchain_runtime::SS58_PREFIX.into())
			.parse()
			.expect("prefix 6336");
		let raw: [u8; 32] = alice.clone().into();
		let hex: Account =
			format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&raw)).parse().expect("hex");
		assert_eq!((generic.0.clone(), medchain.0, hex.0), (alice.clone(), alice.clone(), alice));
		assert!("0x1234".parse::<Account>().is_err());
		assert!("not-an-address".parse::<Account>().is_err());
	}
}
