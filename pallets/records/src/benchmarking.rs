//! Benchmarks of the records pallet (FRAME v2). Inputs are at their bounds: the longest valid
//! CID (sha2-512, CIDv1), the longest FHIR type name, the longest envelope; access checks take
//! their costliest path (a practitioner author, a guardian sharing).

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// A valid CIDv1 (raw) with a 64-byte sha2-512 digest: the longest the chain accepts.
fn longest_cid<T: Config>() -> CidOf<T> {
	let mut bytes = vec![0x01, 0x55, 0x13, 0x40];
	bytes.extend_from_slice(&[0xab; 64]);
	BoundedVec::try_from(bytes).expect("MaxCidLength fits a sha2-512 CIDv1 (69 bytes)")
}

fn longest_kind() -> RecordKind {
	RecordKind::Fhir(BoundedVec::truncate_from(b"MedicinalProductUndesirableEffect".to_vec()))
}

fn longest_envelope<T: Config>() -> EnvelopeOf<T> {
	BoundedVec::truncate_from(vec![7u8; T::MaxEnvelopeLength::get() as usize])
}

fn hash(seed: u32) -> H256 {
	let mut bytes = [0x5a; 32];
	bytes[..4].copy_from_slice(&seed.to_le_bytes());
	H256(bytes)
}

/// Anchors a record of `patient` by `author` directly.
fn anchored<T: Config>(patient: PatientId, author: &T::AccountId, seed: u32) -> RecordId {
	Pallet::<T>::insert(
		author,
		patient,
		hash(seed),
		longest_cid::<T>(),
		longest_kind(),
		longest_envelope::<T>(),
		None,
	)
	.expect("valid inputs; qed")
}

/// Stores an envelope of `record` (of `patient`) for `party`, with its index entry and count.
fn shared<T: Config>(patient: PatientId, record: RecordId, party: &T::AccountId) {
	Envelopes::<T>::insert(record, party, longest_envelope::<T>());
	SharedWith::<T>::insert((party, patient, record), ());
	Records::<T>::mutate(record, |r| {
		if let Some(r) = r {
			r.envelopes = r.envelopes.saturating_add(1);
		}
	});
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `g`: the grants the access check reads before it finds the author's break-glass
	/// session (at most [`RecordAccess::max_grants_read`], both lists full: the costliest
	/// path, charged before dispatch; the call is refunded down to the grants it read).
	#[benchmark]
	fn anchor_record(g: Linear<0, { T::Access::max_grants_read() }>) {
		let (patient, _) = T::BenchmarkHelper::patient_and_author();
		// The author may write only through break-glass, after both its grant lists miss.
		let author = T::BenchmarkHelper::actor_reading(&patient, 0, g);
		// The patient already has records: the cost does not depend on how many.
		anchored::<T>(patient, &author, 1);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(author),
			patient,
			hash(2),
			longest_cid::<T>(),
			longest_kind(),
			longest_envelope::<T>(),
		);

		assert_eq!(PatientRecordCount::<T>::get(patient), 2);
	}

	#[benchmark]
	fn anchor_records(n: Linear<1, { T::MaxAnchorBatch::get() }>) {
		// One author, `n` patients: no access check reads what another one read.
		let (author, patients) = T::BenchmarkHelper::writer_of_many(n);
		let records: Vec<NewRecordOf<T>> = patients
			.iter()
			.enumerate()
			.map(|(i, patient)| NewRecord {
				patient: *patient,
				content_hash: hash(1_000 + i as u32),
				cid: longest_cid::<T>(),
				kind: longest_kind(),
				patient_envelope: longest_envelope::<T>(),
			})
			.collect();
		let records = AnchorBatchOf::<T>::try_from(records).expect("n is within the bound; qed");
		let first = NextRecordId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(author), records);

		assert_eq!(NextRecordId::<T>::get(), first + u64::from(n));
	}

	#[benchmark]
	fn anchor_archive() {
		let (organization, _) = T::BenchmarkHelper::organization_with_staff(0);
		// Other archives exist: the root's lookup is not of an empty map.
		Pallet::<T>::anchor_archive(RawOrigin::Signed(organization.clone()).into(), hash(1), 10)
			.expect("an active organization; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(organization), hash(2), u64::MAX);

		assert_eq!(NextArchiveId::<T>::get(), 2);
	}

	#[benchmark]
	fn promote_archived(p: Linear<0, { archive::MAX_PATH }>) {
		let (patient, _) = T::BenchmarkHelper::patient_and_author();
		// The record's access check takes its costliest path, as `anchor_record`'s does.
		let author = T::BenchmarkHelper::costliest_actor(&patient, 0);
		let organization =
			T::Providers::practitioner(&author).expect("a practitioner; qed").organization;
		// Leaf 0 of a tree of 2^p leaves (the largest tree for p = 64) has a path of p
		// hashes, each its left child's right sibling: the root is their fold.
		let leaves = if p == archive::MAX_PATH { u64::MAX } else { 1u64 << p };
		let content_hash = hash(2);
		let path: Vec<H256> = (0..p).map(|i| hash(10_000 + i)).collect();
		let root = path
			.iter()
			.fold(archive::leaf_hash(&content_hash), |r, sibling| archive::node_hash(&r, sibling));
		Archives::<T>::insert(
			0,
			Archive {
				organization,
				root,
				leaves,
				anchored_at: frame_system::Pallet::<T>::block_number(),
				timestamp: 0,
				promoted: 0,
			},
		);
		let path = ArchivePathOf::try_from(path).expect("p is within the bound; qed");
		let record = NewRecord {
			patient,
			content_hash,
			cid: longest_cid::<T>(),
			kind: longest_kind(),
			patient_envelope: longest_envelope::<T>(),
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(author), 0, 0, path, record);

		assert!(RecordByHash::<T>::contains_key(content_hash));
	}

	#[benchmark]
	fn amend_record() {
		let (patient, _) = T::BenchmarkHelper::patient_and_author();
		let author = T::BenchmarkHelper::costliest_actor(&patient, 0);
		let previous = anchored::<T>(patient, &author, 1);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(author),
			previous,
			hash(2),
			longest_cid::<T>(),
			longest_kind(),
			longest_envelope::<T>(),
		);

		assert!(Records::<T>::get(previous).is_some_and(|r| r.next.is_some()));
	}

	/// By the patient: the author comparison fails first, then the registry is asked.
	#[benchmark]
	fn retract_record() {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let record = anchored::<T>(patient, &author, 1);
		let owner = T::Patients::owner_of(&patient).expect("the helper registers the patient");

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), record, RetractionReason::EnteredInError);

		assert!(Records::<T>::get(record).is_some_and(|r| r.retraction.is_some()));
	}

	/// The record's author shares with a new reader: the author is no patient or guardian
	/// (both looked up) and may read only on the access check's costliest path, and so may the
	/// reader; every other check runs and the count grows.
	#[benchmark]
	fn share_key() {
		let (patient, _) = T::BenchmarkHelper::patient_and_author();
		let author = T::BenchmarkHelper::costliest_actor(&patient, 0);
		let reader = T::BenchmarkHelper::costliest_actor(&patient, 1);
		let record = anchored::<T>(patient, &author, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(author), record, reader.clone(), longest_envelope::<T>());

		assert!(Envelopes::<T>::contains_key(record, &reader));
	}

	/// A guardian removes a reader's envelope.
	#[benchmark]
	fn remove_envelope() {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let record = anchored::<T>(patient, &author, 1);
		let guardian = T::BenchmarkHelper::guardian(&patient);
		let reader = T::BenchmarkHelper::reader(&patient);
		Pallet::<T>::share_key(
			RawOrigin::Signed(guardian.clone()).into(),
			record,
			reader.clone(),
			longest_envelope::<T>(),
		)
		.expect("the reader may read; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), record, reader.clone());

		assert!(!Envelopes::<T>::contains_key(record, &reader));
	}

	/// One erasure step over `r` records, each shared with [`Config::MaxEnvelopesPerRecord`]
	/// parties, that ends the erasure: the patient's staff index goes too, with as many hints
	/// as a step may delete.
	#[benchmark]
	fn erase_step(r: Linear<0, { T::ErasureBatch::get() }>) {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let parties = T::MaxEnvelopesPerRecord::get();
		for seed in 0..r {
			let record = anchored::<T>(patient, &author, seed);
			for i in 0..parties {
				let party: T::AccountId = account("holder", i, 0);
				shared::<T>(patient, record, &party);
			}
		}
		let organization: T::AccountId = account("organization", 0, 0);
		for i in 0..T::ErasureBatch::get().saturating_mul(parties) {
			let member: T::AccountId = account("staff", i, 0);
			StaffShares::<T>::insert((patient, &organization, &member), ());
		}

		#[block]
		{
			Pallet::<T>::erase_step(&patient);
		}

		assert!(!PendingErasure::<T>::contains_key(patient));
		assert_eq!(PatientEnvelopes::<T>::iter_prefix(patient).count(), 0);
		assert_eq!(StaffShares::<T>::iter_prefix((patient,)).count(), 0);
	}

	/// A prune step over `n` envelopes of a holder whose access ended, each found through
	/// the index, refused by the access check on its costliest path and removed; the queue
	/// entry is updated.
	#[benchmark]
	fn prune_holder(n: Linear<0, { T::PruneBatch::get() }>) {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let holder = T::BenchmarkHelper::former_reader(&patient);
		for seed in 0..n {
			let record = anchored::<T>(patient, &author, seed);
			shared::<T>(patient, record, &holder);
		}

		#[block]
		{
			Pallet::<T>::prune_and_continue(&holder, None, None);
		}

		assert_eq!(SharedWith::<T>::iter_prefix((&holder,)).count(), 0);
	}

	/// A step over an organization's staff queueing `n` practitioners who hold envelopes.
	#[benchmark]
	fn queue_staff(n: Linear<0, { T::PruneBatch::get() }>) {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let record = anchored::<T>(patient, &author, 0);
		let (organization, staff) = T::BenchmarkHelper::organization_with_staff(n);
		for member in &staff {
			shared::<T>(patient, record, member);
		}

		#[block]
		{
			Pallet::<T>::staff_step(&organization, None, None);
		}

		assert_eq!(PendingPrune::<T>::iter().count() as u32, n);
	}

	/// A provider replaces its own copies of `n` records it wrote for one patient after a key
	/// rotation: its key compared, each envelope found, no record listed twice, and its read
	/// access confirmed on the access check's costliest path for an author (its write grants
	/// scanned for the record, then the session). The patient's own envelopes skip the access
	/// check, so they cost less.
	#[benchmark]
	fn rewrap_envelopes(n: Linear<1, { T::MaxRewrapBatch::get() }>) {
		let (patient, _) = T::BenchmarkHelper::patient_and_author();
		let holder = T::BenchmarkHelper::costliest_actor(&patient, 1);
		let key = T::Providers::encryption_key(&holder).expect("the helper registers a key");
		let mut batch = RewrapBatchOf::<T>::new();
		for seed in 0..n {
			let record = anchored::<T>(patient, &holder, seed);
			shared::<T>(patient, record, &holder);
			let mut envelope = longest_envelope::<T>();
			envelope[0] = 8;
			batch.try_push((record, envelope)).expect("n is within the bound; qed");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), patient, key, batch);

		let first = PatientRecords::<T>::get(patient, 0).expect("anchored above; qed");
		assert_eq!(Envelopes::<T>::get(first, &holder).map(|e| e[0]), Some(8));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
