//! MedChain's runtime APIs, called as the node (and polkadot.js `api.call`) calls them, and
//! their presence in the runtime metadata.

mod common;

use common::{actors::*, *};
use frame_support::BoundedVec;
use medchain_primitives::{AccessReason, AuditEvent, Permission, Purpose, RecordKind, Scope};
use medchain_runtime::{Runtime, RuntimeCall};
use medchain_runtime_api::{
	runtime_decl_for_consent_api::ConsentApiV1, runtime_decl_for_emergency_api::EmergencyApiV1,
	runtime_decl_for_peering_api::PeeringApiV1, runtime_decl_for_records_api::RecordsApiV1,
	MAX_PAGE,
};
use sp_core::{sr25519, H256};

fn anchor(doctor: &sr25519::Pair, pseudonym: H256, seed: u8) -> u64 {
	let id = pallet_records::NextRecordId::<Runtime>::get();
	let call = RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient: pseudonym,
		content_hash: H256::repeat_byte(seed),
		cid: BoundedVec::truncate_from(
			hex::decode("01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447")
				.expect("hex"),
		),
		kind: RecordKind::LabResult,
		patient_envelope: BoundedVec::truncate_from(vec![seed; 92]),
	});
	assert_eq!(apply(doctor, call), Ok(Ok(())));
	id
}

#[test]
fn the_runtime_apis_answer_from_state() {
	new_test_ext("development").execute_with(|| {
		let Hospital { org, doctor } = hospital();
		let patient = pair("patient");
		let pseudonym = H256::repeat_byte(0x42);
		assert_eq!(register_for(&doctor, &patient, pseudonym), Ok(Ok(())));
		let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient: pseudonym,
			grantee: account(&org),
			scope: Scope::AllRecords,
			permission: Permission::ReadWrite,
			purpose: Purpose::Treatment,
			expires_at: None,
		});
		assert_eq!(apply(&patient, grant), Ok(Ok(())));
		let first = anchor(&doctor, pseudonym, 1);
		let second = anchor(&doctor, pseudonym, 2);

		// Records.
		let proof =
			<Runtime as RecordsApiV1<_, _, _, _>>::verify(H256::repeat_byte(2)).expect("anchored");
		assert_eq!((proof.record, proof.author.clone()), (second, account(&doctor)));
		assert!(<Runtime as RecordsApiV1<_, _, _, _>>::verify(H256::repeat_byte(3)).is_none());
		assert_eq!(
			<Runtime as RecordsApiV1<_, _, _, _>>::records_of(pseudonym, 0, 10),
			vec![first, second]
		);
		assert_eq!(
			<Runtime as RecordsApiV1<_, _, _, _>>::records_of(pseudonym, 1, 10),
			vec![second]
		);
		let record = <Runtime as RecordsApiV1<_, _, _, _>>::record(first).expect("exists");
		assert_eq!(record.patient, pseudonym);
		assert_eq!(
			<Runtime as RecordsApiV1<_, _, _, _>>::envelope(first, account(&patient)),
			Some(medchain_runtime_api::KeyEnvelope { ciphertext: vec![1; 92] })
		);
		assert_eq!(<Runtime as RecordsApiV1<_, _, _, _>>::envelope(first, account(&doctor)), None);
		assert_eq!(<Runtime as RecordsApiV1<_, _, _, _>>::versions_of(first, 1, 10), vec![first]);

		// Consent: reasons, grants, audit trail.
		let reason = |who: &sr25519::Pair| {
			<Runtime as ConsentApiV1<_, _, _, _, _>>::access_reason(account(who), first)
		};
		assert_eq!(reason(&patient), Some(AccessReason::Patient));
		assert_eq!(reason(&doctor), Some(AccessReason::Author));
		assert_eq!(reason(&org), Some(AccessReason::Grant(0)));
		assert_eq!(reason(&pair("stranger")), None);
		let grants = <Runtime as ConsentApiV1<_, _, _, _, _>>::grants_of(pseudonym, 0, 10);
		assert_eq!(grants.len(), 1);
		assert_eq!(grants[0].1.grantee, account(&org));
		let trail = <Runtime as ConsentApiV1<_, _, _, _, _>>::audit_trail(pseudonym, 0, u32::MAX);
		assert_eq!(trail[0].event, AuditEvent::GrantCreated { grant: 0 });

		// Sessions: none yet.
		assert!(
			<Runtime as EmergencyApiV1<_, _, _>>::sessions_of(pseudonym, 0, MAX_PAGE).is_empty()
		);
	});
}

#[test]
fn the_peering_api_answers_what_the_node_applies() {
	use medchain_primitives::{NodeStatus, PeeringMode};
	use medchain_runtime::genesis_config_presets::dev_node;
	new_test_ext("local_testnet").execute_with(|| {
		let policy = <Runtime as PeeringApiV1<_, _>>::peering();
		assert_eq!(policy.mode, PeeringMode::Permissioned);
		assert_eq!(policy.authorized.len(), 5);
		assert!(policy.authorized.windows(2).all(|w| w[0] < w[1]), "in node id order");
		assert_eq!(
			<Runtime as PeeringApiV1<_, _>>::node(dev_node(2)),
			Some(NodeStatus { owner: None, authorized: true })
		);
		assert_eq!(<Runtime as PeeringApiV1<_, _>>::node(dev_node(6)), None);
		let Hospital { org, .. } = hospital();
		assert!(<Runtime as PeeringApiV1<_, _>>::nodes_of(account(&org)).is_empty());
	});
}

#[test]
fn the_metadata_describes_the_runtime_apis() {
	new_test_ext("development").execute_with(|| {
		let metadata = Runtime::metadata_at_version(15).expect("metadata v15 is served");
		let bytes: &[u8] = &metadata;
		for name in [
			"RecordsApi",
			"ConsentApi",
			"EmergencyApi",
			"PeeringApi",
			"access_reason",
			"sessions_of",
			"peering",
		] {
			assert!(
				bytes.windows(name.len()).any(|w| w == name.as_bytes()),
				"{name} is in the metadata"
			);
		}
	});
}

/// The paged APIs read one page, whatever the history: with 100,000 grants, requests and
/// versions behind it, a page of ten proves with a few dozen trie nodes (a scan of the
/// history would need hundreds of thousands).
#[test]
fn paged_apis_read_one_page_whatever_the_history() {
	use pallet_consent::{Grant, Request, RequestStatus};
	const HISTORY: u32 = 100_000;
	let patient = H256::repeat_byte(0x99);
	let someone = account(&pair("someone"));
	let mut ext = new_test_ext("development");
	let root = ext.execute_with(|| {
		for i in 0..HISTORY {
			let id = u64::from(i);
			pallet_consent::Grants::<Runtime>::insert(
				id,
				Grant {
					patient,
					grantee: someone.clone(),
					registration: 0,
					scope: Scope::AllRecords,
					permission: Permission::Read,
					purpose: Purpose::Treatment,
					research: None,
					granted_by: someone.clone(),
					granted_at: 0,
					expires_at: None,
					revoked: None,
					request: None,
				},
			);
			pallet_consent::GrantsOf::<Runtime>::insert(patient, i, id);
			pallet_consent::Requests::<Runtime>::insert(
				id,
				Request {
					patient,
					requester: someone.clone(),
					scope: Scope::AllRecords,
					permission: Permission::Read,
					purpose: Purpose::Treatment,
					duration: 1,
					research: None,
					requested_at: 0,
					status: RequestStatus::Denied,
				},
			);
			pallet_consent::RequestsOf::<Runtime>::insert(patient, i, id);
		}
		pallet_consent::GrantCount::<Runtime>::insert(patient, HISTORY);
		pallet_consent::RequestCount::<Runtime>::insert(patient, HISTORY);
		// A version chain of HISTORY versions: the first and the current are stored records,
		// every amendment is indexed.
		let doctor = hospital().doctor;
		let owner = pair("patient");
		assert_eq!(register_for(&doctor, &owner, patient), Ok(Ok(())));
		let root = anchor(&owner, patient, 1);
		let mut first = pallet_records::Records::<Runtime>::get(root).expect("anchored");
		let latest = 1_000_000u64;
		for v in 2..=HISTORY {
			pallet_records::Versions::<Runtime>::insert(root, v, latest - u64::from(HISTORY - v));
		}
		let mut head = first.clone();
		head.version = HISTORY;
		head.previous = Some(latest - 1);
		first.next = Some(latest - u64::from(HISTORY) + 2);
		pallet_records::Records::<Runtime>::insert(root, first);
		pallet_records::Records::<Runtime>::insert(latest, head);
		pallet_records::LatestVersion::<Runtime>::insert(root, latest);
		root
	});
	ext.commit_all().expect("commits");
	let (nodes, (grants, requests, versions)) = {
		let (pages, proof) = ext.execute_and_prove(|| {
			(
				<Runtime as ConsentApiV1<_, _, _, _, _>>::grants_of(patient, HISTORY - 10, 10),
				<Runtime as ConsentApiV1<_, _, _, _, _>>::requests_of(patient, 50_000, 10),
				<Runtime as RecordsApiV1<_, _, _, _>>::versions_of(root, HISTORY - 9, 10),
			)
		});
		(proof.into_nodes().len(), pages)
	};
	assert_eq!(
		grants.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
		(99_990..100_000).collect::<Vec<u64>>()
	);
	assert_eq!(requests.len(), 10);
	assert_eq!(requests[0].0, 50_000);
	assert_eq!(versions.len(), 10);
	assert_eq!(versions.last(), Some(&1_000_000));
	assert!(nodes < 2_000, "three pages of ten read {nodes} trie nodes");
}
