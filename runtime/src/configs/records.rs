//! Record anchors (`pallet-records`): salted content commitments, IPFS CIDs, versions and the
//! key envelopes through which a record's data key is shared.

use crate::{Consent, Patients, Providers, Runtime, Timestamp};
use frame_support::parameter_types;

/// The longest binary CID: a CIDv1 with a 64-byte digest takes 69 bytes.
pub const MAX_CID_LENGTH: u32 = 96;

/// The longest key envelope: an X25519-wrapped AES key takes about 100 bytes, an age
/// recipient stanza about 250.
pub const MAX_ENVELOPE_LENGTH: u32 = 512;

/// The most parties one record's key may be shared with at a time.
pub const MAX_ENVELOPES_PER_RECORD: u32 = 64;

/// Records of an erased patient shredded per step (at erasure, then in `on_idle`). A record
/// holds up to `MAX_ENVELOPES_PER_RECORD` shared envelopes, so a step deletes up to 4 × 65
/// envelopes: about 95 ms of the block's 1 s at the benchmarked weights.
pub const ERASURE_BATCH: u32 = 4;

parameter_types! {
	pub const MaxCidLength: u32 = MAX_CID_LENGTH;
	pub const MaxEnvelopeLength: u32 = MAX_ENVELOPE_LENGTH;
	pub const MaxEnvelopesPerRecord: u32 = MAX_ENVELOPES_PER_RECORD;
	pub const ErasureBatch: u32 = ERASURE_BATCH;
	/// `records.prune_envelopes` examines 32 envelopes per call.
	pub const PruneBatch: u32 = 32;
	/// `records.rewrap_envelopes` replaces up to 64 envelopes of one patient's records per
	/// call (after a key rotation): at the benchmarked weights (the access check on its
	/// costliest path for an author) about 16 ms of the block and 251 KiB of proof.
	pub const MaxRewrapBatch: u32 = 64;
	/// `records.anchor_records` anchors up to 64 records per call: one transaction's fixed
	/// costs (signature, nonce, fee or free quota) shared by many records, each still checked
	/// and stored as `anchor_record` would.
	pub const MaxAnchorBatch: u32 = 64;
}

impl pallet_records::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	// The consent pallet's access check decides (the patient or a guardian, the author, a
	// grant, an active break-glass session) and keeps the patient's audit trail.
	type Access = Consent;
	type Audit = Consent;
	type Time = Timestamp;
	type MaxCidLength = MaxCidLength;
	type MaxEnvelopeLength = MaxEnvelopeLength;
	type MaxEnvelopesPerRecord = MaxEnvelopesPerRecord;
	type ErasureBatch = ErasureBatch;
	type PruneBatch = PruneBatch;
	type MaxRewrapBatch = MaxRewrapBatch;
	type MaxAnchorBatch = MaxAnchorBatch;
	type WeightInfo = pallet_records::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}
