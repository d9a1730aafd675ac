//! The weights of the calls whose cost depends on how much the access check or a list scan
//! reads are at least the storage reads of their worst case, counted from the runtime's own
//! bounds. The generated weights carry the reads their benchmarks made, so a benchmark that
//! took an easy path fails here.

use frame_support::weights::Weight;
use medchain_runtime::{configs::MaxGrantsPerGrantee, Runtime};
use pallet_consent::WeightInfo as _;
use pallet_records::WeightInfo as _;

/// The weight of `reads` database reads and `writes` writes.
fn db(reads: u32, writes: u32) -> Weight {
	<Runtime as frame_system::Config>::DbWeight::get()
		.reads_writes(u64::from(reads), u64::from(writes))
}

/// The distinct keys the access check reads on its costliest path to yes, before break-glass:
/// the patient's entry and the guardian index; the party's organization entry (a miss), its
/// practitioner entry and its organization's; its own and its organization's active-grant
/// lists, and every grant in both (each list full).
fn access_check_reads() -> u32 {
	2 + 3 + 2 + 2 * MaxGrantsPerGrantee::get()
}

fn assert_covers(call: &str, weight: Weight, floor: Weight) {
	assert!(
		weight.ref_time() >= floor.ref_time(),
		"{call}: weight {weight:?} is below its worst case's storage access {floor:?}: its \
		 benchmark does not take the worst path"
	);
}

type ConsentWeights = <Runtime as pallet_consent::Config>::WeightInfo;
type RecordsWeights = <Runtime as pallet_records::Config>::WeightInfo;

#[test]
fn consent_weights_cover_their_worst_case() {
	let max_pending = <Runtime as pallet_consent::Config>::MaxPendingRequests::get();
	// The record, the access check, and the audit trail's length (read and written) and
	// entry.
	assert_covers(
		"consent.submit_read_receipt",
		ConsentWeights::submit_read_receipt(),
		db(1 + access_check_reads() + 1, 2),
	);
	// Every pending request is read to count the requester's.
	assert_covers(
		"consent.request_access",
		ConsentWeights::request_access(),
		db(1 + (max_pending - 1), 4),
	);
	// The grant, the patient's entry and guardian index, the grantee's list (its last grant).
	assert_covers("consent.revoke_access", ConsentWeights::revoke_access(), db(4, 3));
}

#[test]
fn records_weights_cover_their_worst_case() {
	// The access check for writing, then the record, its index and count.
	assert_covers(
		"records.anchor_record",
		RecordsWeights::anchor_record(
			2 * <Runtime as pallet_consent::Config>::MaxGrantsPerGrantee::get(),
		),
		db(access_check_reads(), 3),
	);
	// Per record of a batch, on a patient of its own: the patient's entry and guardian index,
	// the two active-grant lists and every grant in them, and a break-glass session's two
	// entries (a responder's few sessions); the author's three registry entries once; the
	// record, its index and count.
	let max = <Runtime as pallet_records::Config>::MaxAnchorBatch::get();
	for n in [1, max / 2, max] {
		assert_covers(
			"records.anchor_records",
			RecordsWeights::anchor_records(n),
			db(3 + n * (access_check_reads() - 3 + 2), 3 * n),
		);
	}
	// The organization's entry, the root's index and the counter; the archive, its root's
	// index and the counter written.
	assert_covers("records.anchor_archive", RecordsWeights::anchor_archive(), db(3, 3));
	// The archive and the author's registry entry, then an anchor's access check and writes,
	// and the promotion's entry and the archive's count.
	for p in [0, pallet_records::archive::MAX_PATH] {
		assert_covers(
			"records.promote_archived",
			RecordsWeights::promote_archived(p),
			db(1 + access_check_reads(), 5),
		);
	}
	// The previous record, then the access check for amending.
	assert_covers(
		"records.amend_record",
		RecordsWeights::amend_record(),
		db(1 + access_check_reads(), 3),
	);
	// The record; the sharer (the author) and the recipient each on the costliest path (the
	// patient's entry is shared; the guardian index is read for the sharer only).
	assert_covers(
		"records.share_key",
		RecordsWeights::share_key(),
		db(1 + access_check_reads() + (access_check_reads() - 2) + 1, 3),
	);
}
