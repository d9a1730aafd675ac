//! MedChain's runtime APIs, called as the node (and polkadot.js `api.call`) calls them, and
//! their presence in the runtime metadata.

mod common;

use common::{actors::*, *};
use frame_support::BoundedVec;
use medchain_primitives::{AccessReason, AuditEvent, Permission, Purpose, RecordKind, Scope};
use medchain_runtime::{Runtime, RuntimeCall};
use medchain_runtime_api::{
	runtime_decl_for_consent_api::ConsentApiV1, runtime_decl_for_emergency_api::EmergencyApiV1,
	runtime_decl_for_records_api::RecordsApiV1, MAX_PAGE,
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
fn the_metadata_describes_the_runtime_apis() {
	new_test_ext("development").execute_with(|| {
		let metadata = Runtime::metadata_at_version(15).expect("metadata v15 is served");
		let bytes: &[u8] = &metadata;
		for name in ["RecordsApi", "ConsentApi", "EmergencyApi", "access_reason", "sessions_of"] {
			assert!(
				bytes.windows(name.len()).any(|w| w == name.as_bytes()),
				"{name} is in the metadata"
			);
		}
	});
}
