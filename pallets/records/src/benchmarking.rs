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

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_record() {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
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
	fn amend_record() {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
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

	/// A guardian shares with a new reader: every check runs and the count grows.
	#[benchmark]
	fn share_key() {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let record = anchored::<T>(patient, &author, 1);
		let guardian = T::BenchmarkHelper::guardian(&patient);
		let reader = T::BenchmarkHelper::reader(&patient);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), record, reader.clone(), longest_envelope::<T>());

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

	/// One erasure step deleting `n` envelopes of an erased patient. At the top of the range
	/// one more envelope remains, so the step also reads it and records the pending work.
	#[benchmark]
	fn erase_envelopes(n: Linear<0, { T::ErasureBatch::get() }>) {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let extra = if n == T::ErasureBatch::get() { 1 } else { 0 };
		for seed in 0..n.saturating_add(extra) {
			anchored::<T>(patient, &author, seed);
		}

		#[block]
		{
			Pallet::<T>::erase_step(&patient);
		}

		assert_eq!(PatientEnvelopes::<T>::iter_prefix(patient).count() as u32, extra);
	}

	/// `n` envelopes of one party for one patient's records found through the index and
	/// removed with their index entries and counters (the removal part of a prune or an
	/// erasure step; the access checks of a prune are weighed by the consent pallet).
	#[benchmark]
	fn remove_envelopes(n: Linear<0, { T::MaxEnvelopesPerRecord::get() }>) {
		let (patient, author) = T::BenchmarkHelper::patient_and_author();
		let reader = T::BenchmarkHelper::reader(&patient);
		for seed in 0..n {
			let record = anchored::<T>(patient, &author, seed);
			Envelopes::<T>::insert(record, &reader, longest_envelope::<T>());
			SharedWith::<T>::insert((&reader, patient, record), ());
			Records::<T>::mutate(record, |r| {
				if let Some(r) = r {
					r.envelopes = 1;
				}
			});
		}

		#[block]
		{
			let records: Vec<RecordId> =
				SharedWith::<T>::iter_key_prefix((&reader, patient)).take(n as usize).collect();
			for record in records {
				Pallet::<T>::drop_envelope(record, &reader, &patient);
			}
		}

		assert_eq!(SharedWith::<T>::iter_prefix((&reader, patient)).count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
