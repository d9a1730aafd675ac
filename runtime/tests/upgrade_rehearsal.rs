//! The upgrade rehearsal's migration (`medchain_runtime::upgrade_rehearsal`), natively: it
//! rewrites the care data without changing a byte, and its check finds a value that no
//! longer decodes. The end-to-end `upgrade` test runs it in the rehearsal's wasm, through
//! try-runtime and a real upgrade.

mod common;

use common::{actors::*, *};
use frame_support::{storage::unhashed, traits::OnRuntimeUpgrade, BoundedVec};
use medchain_primitives::{Permission, Purpose, RecordKind, Scope};
use medchain_runtime::{upgrade_rehearsal, Runtime, RuntimeCall};
use sp_core::H256;

#[test]
fn the_rehearsal_migration_rewrites_care_data_unchanged_and_finds_what_does_not_decode() {
	new_test_ext("development").execute_with(|| {
		let (hospital, patient, pseudonym) = hospital_with_patient();
		let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient: pseudonym,
			grantee: account(&hospital.org),
			scope: Scope::AllRecords,
			permission: Permission::ReadWrite,
			purpose: Purpose::Treatment,
			expires_at: None,
		});
		assert_eq!(apply(&patient, grant), Ok(Ok(())));
		for n in 0..3u8 {
			let anchor = RuntimeCall::Records(pallet_records::Call::anchor_record {
				patient: pseudonym,
				content_hash: H256::repeat_byte(n + 1),
				cid: BoundedVec::truncate_from(
					[vec![0x01, 0x55, 0x12, 0x20], vec![n; 32]].concat(),
				),
				kind: RecordKind::LabResult,
				patient_envelope: BoundedVec::truncate_from(vec![n; 92]),
			});
			assert_eq!(apply(&hospital.doctor, anchor), Ok(Ok(())));
		}

		let before = upgrade_rehearsal::snapshot();
		let records = before.iter().find(|p| p.pallet == b"Records").expect("records");
		assert!(records.entries >= 3, "{records:?}");
		// 3 records, 1 grant, 1 patient, 1 organization, 1 practitioner (at least).
		let counted = upgrade_rehearsal::rewrite(false);
		assert!(counted.rewritten >= 7, "{counted:?}");
		assert_eq!(counted.undecodable, 0);

		// The migration writes every value back: the care pallets are byte-identical.
		upgrade_rehearsal::ReencodeCareData::on_runtime_upgrade();
		assert_eq!(upgrade_rehearsal::snapshot(), before);

		// A record whose value is cut short is found, and left for a human to look at.
		let key = pallet_records::Records::<Runtime>::hashed_key_for(0u64);
		let value = unhashed::get_raw(&key).expect("record 0");
		unhashed::put_raw(&key, &value[..10]);
		let found = upgrade_rehearsal::rewrite(false);
		assert_eq!(found.undecodable, 1);
		assert_eq!(found.rewritten, counted.rewritten - 1);
		assert_ne!(upgrade_rehearsal::snapshot(), before);
	});
}
