//! Archives: one root over many documents, proved one by one and promoted to records.

use super::*;
use crate::{
	archive::{self, leaf_hash, node_hash, path_of, root_of, verify_inclusion},
	ArchiveByRoot, ArchiveOf, ArchivePathOf, ArchiveProofError, ArchivedAt, ArchivedRecords,
	Archives, Error, Event, NewRecord, NewRecordOf, NextArchiveId, PatientEnvelopes, RecordByHash,
	Records as RecordsMap,
};
use frame_support::{assert_noop, assert_ok};
use medchain_primitives::RecordKind;
use sp_core::H256;

/// The commitment of document `i` of a test archive.
fn doc(i: u32) -> H256 {
	H256(sp_io::hashing::sha2_256(&i.to_be_bytes()))
}

fn docs(n: u32) -> Vec<H256> {
	(0..n).map(doc).collect()
}

fn path(commitments: &[H256], index: usize) -> ArchivePathOf {
	ArchivePathOf::try_from(path_of(commitments, index).unwrap()).unwrap()
}

fn record(patient: u8, content_hash: H256) -> NewRecordOf<Test> {
	NewRecord {
		patient: pseudonym(patient),
		content_hash,
		cid: cid(),
		kind: RecordKind::LabResult,
		patient_envelope: envelope(7),
	}
}

/// `who` promotes document `index` of `archive` with `path` as `record`.
fn promote(
	who: u64,
	archive: u64,
	index: u64,
	path: ArchivePathOf,
	record: NewRecordOf<Test>,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Records::promote_archived(RuntimeOrigin::signed(who), archive, index, path, record)
}

/// HOSPITAL anchors an archive of `n` documents; returns its id and the documents.
fn hospital_archive(n: u32) -> (u64, Vec<H256>) {
	let commitments = docs(n);
	let id = NextArchiveId::<Test>::get();
	assert_ok!(Records::anchor_archive(
		RuntimeOrigin::signed(HOSPITAL),
		root_of(&commitments).unwrap(),
		u64::from(n),
	));
	(id, commitments)
}

#[test]
fn the_tree_is_rfc_9162s_and_every_path_proves_its_leaf_only() {
	for n in 1..=40u32 {
		let commitments = docs(n);
		let root = root_of(&commitments).unwrap();
		let size = u64::from(n);
		for i in 0..n as usize {
			let p = path_of(&commitments, i).unwrap();
			assert!(p.len() as u32 <= archive::max_path_len(size));
			assert!(verify_inclusion(&root, size, i as u64, &commitments[i], &p), "n {n} i {i}");
			// Another leaf's commitment, another index, an index past the end, a longer or
			// shorter path, an altered sibling: each fails. (The size is not bound by a path
			// alone: the chain stores each root with its size.)
			let other = commitments[(i + 1) % n as usize];
			if n > 1 {
				assert!(!verify_inclusion(&root, size, i as u64, &other, &p));
				assert!(!verify_inclusion(
					&root,
					size,
					((i + 1) % n as usize) as u64,
					&commitments[i],
					&p
				));
			}
			assert!(!verify_inclusion(&root, size, size, &commitments[i], &p));
			let mut longer = p.clone();
			longer.push(H256::zero());
			assert!(!verify_inclusion(&root, size, i as u64, &commitments[i], &longer));
			if let Some((_, shorter)) = p.split_last() {
				assert!(!verify_inclusion(&root, size, i as u64, &commitments[i], shorter));
				let mut altered = p.clone();
				altered[0].0[31] ^= 1;
				assert!(!verify_inclusion(&root, size, i as u64, &commitments[i], &altered));
			}
		}
		assert_eq!(path_of(&commitments, n as usize), None);
	}
	assert_eq!(root_of(&[]), None);
	// One document: the root is its leaf hash; two: the node of both leaves.
	assert_eq!(root_of(&docs(1)), Some(leaf_hash(&doc(0))));
	assert_eq!(root_of(&docs(2)), Some(node_hash(&leaf_hash(&doc(0)), &leaf_hash(&doc(1)))));
	// A leaf is never a node: a leaf's hash differs from a node over the same 32 bytes' halves.
	assert_ne!(leaf_hash(&doc(0)), H256(sp_io::hashing::sha2_256(doc(0).as_bytes())));
}

#[test]
fn the_tree_matches_the_clients_vectors() {
	let vectors: serde_json::Value =
		serde_json::from_str(include_str!("../../fixtures/archive-vectors.json")).unwrap();
	let hex = |v: &serde_json::Value| -> H256 {
		H256::from_slice(&unhex(v.as_str().unwrap().trim_start_matches("0x")))
	};
	let cases = vectors["cases"].as_array().unwrap();
	assert!(cases.len() >= 5);
	for case in cases {
		let n = case["leaves"].as_u64().unwrap();
		let commitments = docs(n as u32);
		let root = hex(&case["root"]);
		assert_eq!(root_of(&commitments), Some(root), "root of {n}");
		for proof in case["proofs"].as_array().unwrap() {
			let index = proof["index"].as_u64().unwrap();
			let path: Vec<H256> = proof["path"].as_array().unwrap().iter().map(hex).collect();
			assert_eq!(path_of(&commitments, index as usize).unwrap(), path, "path {index}/{n}");
			assert!(verify_inclusion(&root, n, index, &commitments[index as usize], &path));
		}
	}
}

#[test]
fn an_organization_anchors_an_archive() {
	ExtBuilder.build_and_execute(|| {
		System::set_block_number(4);
		let root = root_of(&docs(5)).unwrap();
		assert_ok!(Records::anchor_archive(RuntimeOrigin::signed(HOSPITAL), root, 5));
		let expected: ArchiveOf<Test> = crate::Archive {
			organization: HOSPITAL,
			root,
			leaves: 5,
			anchored_at: 4,
			timestamp: 1_700_000_000_000,
			promoted: 0,
		};
		assert_eq!(Archives::<Test>::get(0), Some(expected));
		assert_eq!(ArchiveByRoot::<Test>::get(root), Some(0));
		assert_eq!(NextArchiveId::<Test>::get(), 1);
		assert_eq!(
			last_event(),
			Event::ArchiveAnchored { archive: 0, organization: HOSPITAL, root, leaves: 5 }
		);
	});
}

#[test]
fn only_an_active_organization_anchors_an_archive_once_and_never_an_empty_one() {
	ExtBuilder.build_and_execute(|| {
		let root = root_of(&docs(3)).unwrap();
		for who in [DOCTOR, ALICE, NOBODY] {
			assert_noop!(
				Records::anchor_archive(RuntimeOrigin::signed(who), root, 3),
				Error::<Test>::NotAnOrganization
			);
		}
		Registry::set_active(CLINIC, false);
		assert_noop!(
			Records::anchor_archive(RuntimeOrigin::signed(CLINIC), root, 3),
			Error::<Test>::NotAnOrganization
		);
		assert_noop!(
			Records::anchor_archive(RuntimeOrigin::signed(HOSPITAL), root, 0),
			Error::<Test>::EmptyArchive
		);
		assert_ok!(Records::anchor_archive(RuntimeOrigin::signed(HOSPITAL), root, 3));
		// The same root again, by anyone: refused.
		Registry::set_active(CLINIC, true);
		assert_noop!(
			Records::anchor_archive(RuntimeOrigin::signed(CLINIC), root, 3),
			Error::<Test>::ArchiveAlreadyAnchored
		);
		NextArchiveId::<Test>::put(u64::MAX);
		assert_noop!(
			Records::anchor_archive(RuntimeOrigin::signed(HOSPITAL), H256::repeat_byte(9), 3),
			Error::<Test>::ArchiveOverflow
		);
		NextArchiveId::<Test>::put(1);
	});
}

#[test]
fn a_proved_document_is_promoted_to_a_record_that_says_where_it_was_archived() {
	ExtBuilder.build_and_execute(|| {
		let (archive, commitments) = hospital_archive(7);
		System::set_block_number(9);
		assert_ok!(promote(DOCTOR, archive, 5, path(&commitments, 5), record(1, commitments[5]),));
		let id = RecordByHash::<Test>::get(commitments[5]).unwrap();
		let stored = RecordsMap::<Test>::get(id).unwrap();
		assert_eq!((stored.patient, stored.author, stored.anchored_at), (pseudonym(1), DOCTOR, 9));
		assert_eq!(PatientEnvelopes::<Test>::get(pseudonym(1), id), Some(envelope(7)));
		assert_eq!(ArchivedRecords::<Test>::get(id), Some(ArchivedAt { archive, index: 5 }));
		assert_eq!(Archives::<Test>::get(archive).unwrap().promoted, 1);
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Records(Event::RecordAnchored {
				record: id,
				patient: pseudonym(1),
				author: DOCTOR,
				kind: RecordKind::LabResult,
			})));
		assert_eq!(last_event(), Event::ArchivedDocumentPromoted { record: id, archive, index: 5 });
		// The proof now names the record; another document's proof names none.
		let p5 = path_of(&commitments, 5).unwrap();
		assert_eq!(
			Records::verify_archived(archive, 5, commitments[5], &p5).map(|v| v.record),
			Ok(Some(id))
		);
		let p2 = path_of(&commitments, 2).unwrap();
		let v = Records::verify_archived(archive, 2, commitments[2], &p2).unwrap();
		assert_eq!(
			(v.organization, v.leaves, v.anchored_at, v.record, v.index),
			(HOSPITAL, 7, 1, None, 2)
		);
		// The organization's own account promotes too (its grant lets it write).
		assert_ok!(
			promote(HOSPITAL, archive, 2, path(&commitments, 2), record(1, commitments[2]),)
		);
		assert_eq!(Archives::<Test>::get(archive).unwrap().promoted, 2);
	});
}

#[test]
fn promotion_refuses_a_bad_proof_an_outsider_and_a_patient_the_author_may_not_write_for() {
	ExtBuilder.build_and_execute(|| {
		let (archive, commitments) = hospital_archive(6);
		let good = || path(&commitments, 3);
		assert_noop!(
			promote(DOCTOR, archive + 1, 3, good(), record(1, commitments[3])),
			Error::<Test>::ArchiveNotFound
		);
		// Another organization's practitioner, a suspended one of HOSPITAL, a patient,
		// another organization: not the archive's.
		for who in [OUTSIDER, SUSPENDED, ALICE, CLINIC] {
			assert_noop!(
				promote(who, archive, 3, good(), record(1, commitments[3])),
				Error::<Test>::NotArchiveOrganization
			);
		}
		assert_noop!(
			promote(DOCTOR, archive, 6, good(), record(1, commitments[3])),
			Error::<Test>::IndexOutOfRange
		);
		// The path of another index, another document's hash, an altered path.
		assert_noop!(
			promote(DOCTOR, archive, 3, path(&commitments, 2), record(1, commitments[3])),
			Error::<Test>::InvalidArchiveProof
		);
		assert_noop!(
			promote(DOCTOR, archive, 3, good(), record(1, H256::repeat_byte(3))),
			Error::<Test>::InvalidArchiveProof
		);
		let mut altered = good().into_inner();
		altered[1].0[0] ^= 0x80;
		assert_noop!(
			promote(
				DOCTOR,
				archive,
				3,
				ArchivePathOf::try_from(altered).unwrap(),
				record(1, commitments[3])
			),
			Error::<Test>::InvalidArchiveProof
		);
		// A document proved, but of BOB, who granted HOSPITAL nothing: the shared access
		// check refuses it.
		assert_noop!(
			promote(DOCTOR, archive, 3, good(), record(2, commitments[3])),
			Error::<Test>::NotAuthorized
		);
		// A suspended organization promotes nothing of its own archive.
		Registry::set_active(HOSPITAL, false);
		assert_noop!(
			promote(HOSPITAL, archive, 3, good(), record(1, commitments[3])),
			Error::<Test>::NotArchiveOrganization
		);
		assert_noop!(
			promote(DOCTOR, archive, 3, good(), record(1, commitments[3])),
			Error::<Test>::NotArchiveOrganization
		);
		Registry::set_active(HOSPITAL, true);
		// Promoted once; a second promotion of the same document is refused.
		assert_ok!(promote(DOCTOR, archive, 3, good(), record(1, commitments[3])));
		assert_noop!(
			promote(NURSE, archive, 3, good(), record(1, commitments[3])),
			Error::<Test>::AlreadyAnchored
		);
	});
}

#[test]
fn a_record_anchored_before_is_not_promoted_and_the_archive_check_says_why_it_fails() {
	ExtBuilder.build_and_execute(|| {
		let (archive, commitments) = hospital_archive(4);
		// The document was anchored as an ordinary record already: promotion is refused (a
		// hash is anchored once) and the archive proof names no record.
		assert_ok!(Records::anchor_record(
			RuntimeOrigin::signed(DOCTOR),
			pseudonym(1),
			commitments[1],
			cid(),
			RecordKind::LabResult,
			envelope(1),
		));
		assert_noop!(
			promote(DOCTOR, archive, 1, path(&commitments, 1), record(1, commitments[1])),
			Error::<Test>::AlreadyAnchored
		);
		let p = path_of(&commitments, 1).unwrap();
		assert_eq!(Records::verify_archived(archive, 1, commitments[1], &p).unwrap().record, None);
		assert_eq!(
			Records::verify_archived(archive + 1, 1, commitments[1], &p),
			Err(ArchiveProofError::UnknownArchive)
		);
		assert_eq!(
			Records::verify_archived(archive, 4, commitments[1], &p),
			Err(ArchiveProofError::IndexOutOfRange)
		);
		assert_eq!(
			Records::verify_archived(archive, 2, commitments[1], &p),
			Err(ArchiveProofError::InvalidProof)
		);
	});
}
