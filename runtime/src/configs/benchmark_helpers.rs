//! What the benchmarks of MedChain's pallets need from the rest of the runtime: registered
//! organizations, practitioners and patients, grants and records to benchmark against, keys
//! signed in the benchmark keystore, and session keys for validator-set benchmarks.
//!
//! Built only with the `runtime-benchmarks` feature.

use super::CONSORTIUM_MIN_EMERGENCY_APPROVALS;
use crate::{
	AccountId, Balances, Consent, Emergency, Patients, Providers, Records, Runtime, RuntimeCall,
	RuntimeOrigin, SessionKeys, Signature, UNIT,
};
use medchain_primitives::{
	EmergencyPolicy, EncryptionKey, OrganizationKind, PatientRegistry, PractitionerRole,
};
use sp_core::{crypto::KeyTypeId, H256};
use sp_runtime::{traits::IdentifyAccount, MultiSignature, MultiSigner};

/// Prepares accounts and signatures for the benchmarks.
pub struct Helper;

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"mcbh");

/// A break-glass policy that requires the consortium minimum of approvals.
fn consortium_policy(allowed: bool) -> EmergencyPolicy {
	EmergencyPolicy {
		allowed,
		required_approvals: u8::try_from(CONSORTIUM_MIN_EMERGENCY_APPROVALS)
			.expect("the approval limits fit a policy's u8 (checked in `configs::emergency`); qed"),
	}
}

/// Registers a hospital and one of its physicians (the practitioner lookup is the
/// costliest eligibility path: the organization lookup misses first).
fn physician() -> AccountId {
	let organization: AccountId = frame_benchmarking::account("bench-hospital", 0, 0);
	let practitioner: AccountId = frame_benchmarking::account("bench-physician", 0, 0);
	if pallet_providers::Practitioners::<Runtime>::contains_key(&practitioner) {
		return practitioner;
	}
	Providers::register_organization(
		RuntimeOrigin::root(),
		organization.clone().into(),
		OrganizationKind::Hospital,
		EncryptionKey([7; 32]),
		H256::repeat_byte(1),
	)
	.expect("a fresh account; qed");
	Providers::register_practitioner(
		RuntimeOrigin::signed(organization),
		practitioner.clone().into(),
		PractitionerRole::Physician,
		EncryptionKey([8; 32]),
		H256::repeat_byte(2),
	)
	.expect("an active hospital may employ physicians; qed");
	practitioner
}

/// A patient registered by the benchmark hospital's physician, with the patient's signed
/// consent (so the physician may write for them).
fn registered_patient() -> H256 {
	registered_patient_with(H256::repeat_byte(0x42))
}

/// The patient `pseudonym`, registered (once) as [`registered_patient`] is.
fn registered_patient_with(pseudonym: H256) -> H256 {
	if pallet_patients::Patients::<Runtime>::contains_key(pseudonym) {
		return pseudonym;
	}
	let doctor = physician();
	let key = EncryptionKey([10; 32]);
	let policy = consortium_policy(true);
	let deadline = frame_system::Pallet::<Runtime>::block_number()
		.saturating_add(super::MaxConsentValidity::get());
	let payload = pallet_patients::registration_payload(
		&frame_system::Pallet::<Runtime>::block_hash(0),
		&doctor,
		&deadline,
		&pseudonym,
		&key,
		&policy,
	);
	let (patient, signature) =
		<Helper as pallet_patients::BenchmarkHelper<AccountId, Signature>>::sign(&payload);
	Patients::register_for(
		RuntimeOrigin::signed(doctor),
		patient.into(),
		pseudonym,
		key,
		policy,
		deadline,
		signature,
	)
	.expect("an active physician registers a patient who signed; qed");
	pseudonym
}

/// The patient grants `party` access to all their records for treatment.
fn grant(patient: &H256, party: &AccountId, permission: medchain_primitives::Permission) {
	let owner = Patients::owner_of(patient).expect("the helper registered it; qed");
	Consent::grant_access(
		RuntimeOrigin::signed(owner),
		*patient,
		party.clone(),
		medchain_primitives::Scope::AllRecords,
		permission,
		medchain_primitives::Purpose::Treatment,
		None,
	)
	.expect("an active practitioner, below the bounds; qed");
}

impl pallet_consent::BenchmarkHelper<AccountId> for Helper {
	fn patient() -> (H256, AccountId) {
		let patient = registered_patient();
		let owner = Patients::owner_of(&patient).expect("just registered; qed");
		(patient, owner)
	}

	fn practitioner() -> AccountId {
		physician()
	}

	fn research_body() -> AccountId {
		let university: AccountId = frame_benchmarking::account("bench-university", 0, 0);
		if !pallet_providers::Organizations::<Runtime>::contains_key(&university) {
			Providers::register_organization(
				RuntimeOrigin::root(),
				university.clone().into(),
				OrganizationKind::ResearchBody,
				EncryptionKey([12; 32]),
				H256::repeat_byte(12),
			)
			.expect("a fresh account; qed");
		}
		university
	}

	fn record(patient: &H256, owner: &AccountId, _party: &AccountId, seed: u32) -> u64 {
		let id = pallet_records::NextRecordId::<Runtime>::get();
		let mut hash = [0x77u8; 32];
		hash[..4].copy_from_slice(&seed.to_le_bytes());
		let mut cid = alloc::vec![0x01, 0x55, 0x12, 0x20];
		cid.extend_from_slice(&[0xab; 32]);
		Records::anchor_record(
			RuntimeOrigin::signed(owner.clone()),
			*patient,
			H256(hash),
			cid.try_into().expect("36 bytes fit; qed"),
			medchain_primitives::RecordKind::LabResult,
			alloc::vec![1u8; 92].try_into().expect("92 bytes fit; qed"),
		)
		.expect("the patient may anchor their own records; qed");
		id
	}

	fn break_glass(patient: &H256, responder: &AccountId) {
		active_session(patient, responder)
	}
}

/// Opens a break-glass session of `responder` (a physician of a hospital that is no emergency
/// authority) on `patient` and has the consortium minimum of emergency services approve it.
fn active_session(patient: &H256, responder: &AccountId) {
	use pallet_emergency::BenchmarkHelper as _;
	let services: alloc::vec::Vec<AccountId> = (0..CONSORTIUM_MIN_EMERGENCY_APPROVALS)
		.map(|i| Helper::emergency_service(1_000 + i))
		.collect();
	for service in &services {
		if !pallet_emergency::Authorities::<Runtime>::get().contains(service) {
			Emergency::add_authority(RuntimeOrigin::root(), service.clone().into())
				.expect("a registered emergency service, below the bound; qed");
		}
	}
	let session = pallet_emergency::NextSessionId::<Runtime>::get();
	Emergency::open_session(
		RuntimeOrigin::signed(responder.clone()),
		*patient,
		pallet_emergency::EmergencyReason::EmergencyTreatment,
		H256::repeat_byte(0xee),
	)
	.expect("a physician, a patient who allows break-glass, enough authorities; qed");
	for service in services {
		Emergency::approve_session(RuntimeOrigin::signed(service), session)
			.expect("an authority independent of the responder; qed");
	}
}

impl pallet_emergency::BenchmarkHelper<AccountId> for Helper {
	fn patient() -> (H256, AccountId) {
		<Helper as pallet_consent::BenchmarkHelper<AccountId>>::patient()
	}

	/// The benchmark hospital's physician: its organization is no authority.
	fn responder() -> AccountId {
		physician()
	}

	fn emergency_service(i: u32) -> AccountId {
		let service: AccountId = frame_benchmarking::account("bench-ems", i, 0);
		if !pallet_providers::Organizations::<Runtime>::contains_key(&service) {
			Providers::register_organization(
				RuntimeOrigin::root(),
				service.clone().into(),
				OrganizationKind::EmergencyService,
				EncryptionKey([13; 32]),
				H256::repeat_byte(13),
			)
			.expect("a fresh account; qed");
		}
		service
	}

	fn call_attendant(i: u32) -> AccountId {
		let attendant: AccountId = frame_benchmarking::account("bench-attendant", i, 0);
		if !pallet_providers::Practitioners::<Runtime>::contains_key(&attendant) {
			let service = Self::emergency_service(i);
			Providers::register_practitioner(
				RuntimeOrigin::signed(service),
				attendant.clone().into(),
				PractitionerRole::EmergencyCallAttendant,
				EncryptionKey([14; 32]),
				H256::repeat_byte(14),
			)
			.expect("an emergency service employs call attendants; qed");
		}
		attendant
	}

	/// An auditor of a clinic (independent of the benchmark hospital).
	fn auditor() -> AccountId {
		let clinic: AccountId = frame_benchmarking::account("bench-clinic", 0, 0);
		let auditor: AccountId = frame_benchmarking::account("bench-auditor", 0, 0);
		if !pallet_providers::Practitioners::<Runtime>::contains_key(&auditor) {
			Providers::register_organization(
				RuntimeOrigin::root(),
				clinic.clone().into(),
				OrganizationKind::Clinic,
				EncryptionKey([15; 32]),
				H256::repeat_byte(15),
			)
			.expect("a fresh account; qed");
			Providers::register_practitioner(
				RuntimeOrigin::signed(clinic),
				auditor.clone().into(),
				PractitionerRole::Auditor,
				EncryptionKey([16; 32]),
				H256::repeat_byte(16),
			)
			.expect("every organization employs auditors; qed");
		}
		auditor
	}

	fn set_required_approvals(patient: &H256, required: u8) {
		let owner = Patients::owner_of(patient).expect("the helper registered it; qed");
		Patients::set_emergency_policy(
			RuntimeOrigin::signed(owner),
			*patient,
			EmergencyPolicy { allowed: true, required_approvals: required },
		)
		.expect("within the consortium's bounds; qed");
	}

	fn record(patient: &H256, owner: &AccountId, seed: u32) -> u64 {
		<Helper as pallet_consent::BenchmarkHelper<AccountId>>::record(patient, owner, owner, seed)
	}
}

impl pallet_records::BenchmarkHelper<AccountId> for Helper {
	fn patient_and_author() -> (H256, AccountId) {
		let patient = registered_patient();
		let doctor = physician();
		grant(&patient, &doctor, medchain_primitives::Permission::ReadWrite);
		(patient, doctor)
	}

	fn reader(patient: &H256) -> AccountId {
		let nurse: AccountId = frame_benchmarking::account("bench-nurse", 0, 0);
		if !pallet_providers::Practitioners::<Runtime>::contains_key(&nurse) {
			let organization: AccountId = frame_benchmarking::account("bench-hospital", 0, 0);
			Providers::register_practitioner(
				RuntimeOrigin::signed(organization),
				nurse.clone().into(),
				PractitionerRole::Nurse,
				EncryptionKey([11; 32]),
				H256::repeat_byte(11),
			)
			.expect("the hospital may employ nurses; qed");
		}
		grant(patient, &nurse, medchain_primitives::Permission::Read);
		nurse
	}

	fn guardian(patient: &H256) -> AccountId {
		accepted_guardian(patient, "//bench-records-guardian")
	}

	fn former_reader(patient: &H256) -> AccountId {
		let nurse = <Self as pallet_records::BenchmarkHelper<AccountId>>::reader(patient);
		Providers::set_practitioner_status(
			RuntimeOrigin::root(),
			nurse.clone().into(),
			medchain_primitives::Status::Suspended,
		)
		.expect("the nurse is active; qed");
		nurse
	}

	fn organization_with_staff(n: u32) -> (AccountId, alloc::vec::Vec<AccountId>) {
		let organization: AccountId = frame_benchmarking::account("bench-staffed-hospital", 0, 0);
		Providers::register_organization(
			RuntimeOrigin::root(),
			organization.clone().into(),
			OrganizationKind::Hospital,
			EncryptionKey([12; 32]),
			H256::repeat_byte(12),
		)
		.expect("a fresh account; qed");
		let staff: alloc::vec::Vec<AccountId> =
			(0..n).map(|i| frame_benchmarking::account("bench-staff", i, 0)).collect();
		for member in &staff {
			Providers::register_practitioner(
				RuntimeOrigin::signed(organization.clone()),
				member.clone().into(),
				PractitionerRole::Nurse,
				EncryptionKey([13; 32]),
				H256::repeat_byte(13),
			)
			.expect("an active hospital with room for its staff; qed");
		}
		(organization, staff)
	}

	/// A physician of its own hospital ("bench-costly-hospital", `i`): the patient grants it
	/// and its hospital each `MaxGrantsPerGrantee` read-write grants whose scope is the longest
	/// list of kinds (none a benchmark writes or reads), and it holds an active break-glass
	/// session on the patient.
	fn costliest_actor(patient: &H256, i: u32) -> AccountId {
		let practitioner = Self::actor_reading(patient, i, 2 * super::MaxGrantsPerGrantee::get());
		// The calls that check access are refunded the reads their check skips (see
		// `medchain_primitives::Checked`): on this path, none.
		use medchain_primitives::RecordAccess as _;
		let check = Consent::write_check(
			&practitioner,
			patient,
			&medchain_primitives::RecordKind::LabResult,
		);
		assert_eq!((check.allowed, check.skipped()), (true, 0));
		practitioner
	}

	fn actor_reading(patient: &H256, i: u32, grants: u32) -> AccountId {
		let (organization, practitioner) = hospital_with_physician(
			("bench-costly-hospital", "bench-costly-physician"),
			i,
			(17, 18),
		);
		let full = super::MaxGrantsPerGrantee::get();
		let own = grants.min(full);
		for (holder, count) in [(&practitioner, own), (&organization, grants.saturating_sub(own))] {
			for _ in 0..count.min(full) {
				grant_scope(patient, holder, covering_nothing());
			}
		}
		active_session(patient, &practitioner);
		use medchain_primitives::RecordAccess as _;
		let check = Consent::write_check(
			&practitioner,
			patient,
			&medchain_primitives::RecordKind::LabResult,
		);
		assert_eq!(
			(check.allowed, check.grants_read, check.skipped_besides_grants(2 * full)),
			(true, grants.min(2 * full), 0),
			"the write check reads both lists, the grants, then finds the session"
		);
		practitioner
	}

	fn writer_of_many(n: u32) -> (AccountId, alloc::vec::Vec<H256>) {
		let (organization, practitioner) =
			hospital_with_physician(("bench-batch-hospital", "bench-batch-physician"), 0, (19, 20));
		// The benchmark physician registers them all, beyond a day's default limit.
		Patients::set_registration_limits(
			RuntimeOrigin::root(),
			pallet_patients::RegistrationLimits {
				per_practitioner: 10_000,
				per_organization: 10_000,
				window: crate::DAYS,
			},
		)
		.expect("limits within the bounds; qed");
		let patients = (0..n)
			.map(|i| {
				let mut bytes = [0x43; 32];
				bytes[..4].copy_from_slice(&i.to_le_bytes());
				let patient = registered_patient_with(H256(bytes));
				for _ in 0..super::MaxGrantsPerGrantee::get() {
					grant_scope(&patient, &practitioner, covering_nothing());
				}
				for _ in 1..super::MaxGrantsPerGrantee::get() {
					grant_scope(&patient, &organization, covering_nothing());
				}
				grant_scope(&patient, &organization, medchain_primitives::Scope::AllRecords);
				// A batch is refunded the grant reads its checks skip: here, none.
				use medchain_primitives::RecordAccess as _;
				let check = Consent::write_check(
					&practitioner,
					&patient,
					&medchain_primitives::RecordKind::LabResult,
				);
				assert_eq!((check.allowed, check.grant_reads_skipped), (true, 0));
				patient
			})
			.collect();
		(practitioner, patients)
	}
}

/// A fresh hospital (registered by root) and its physician, named `names` with index `i`,
/// their keys and credentials made of the bytes `seeds`.
fn hospital_with_physician(
	names: (&'static str, &'static str),
	i: u32,
	seeds: (u8, u8),
) -> (AccountId, AccountId) {
	let organization: AccountId = frame_benchmarking::account(names.0, i, 0);
	let practitioner: AccountId = frame_benchmarking::account(names.1, i, 0);
	Providers::register_organization(
		RuntimeOrigin::root(),
		organization.clone().into(),
		OrganizationKind::Hospital,
		EncryptionKey([seeds.0; 32]),
		H256::repeat_byte(seeds.0),
	)
	.expect("a fresh account; qed");
	Providers::register_practitioner(
		RuntimeOrigin::signed(organization.clone()),
		practitioner.clone().into(),
		PractitionerRole::Physician,
		EncryptionKey([seeds.1; 32]),
		H256::repeat_byte(seeds.1),
	)
	.expect("an active hospital may employ physicians; qed");
	(organization, practitioner)
}

/// A scope of the longest list of kinds, none of which a benchmark writes or reads.
fn covering_nothing() -> medchain_primitives::Scope {
	let kind = medchain_primitives::RecordKind::Fhir(
		b"MedicinalProductContraindication".to_vec().try_into().expect("short; qed"),
	);
	medchain_primitives::Scope::Kinds(
		alloc::vec![kind; medchain_primitives::MAX_SCOPE_KINDS as usize]
			.try_into()
			.expect("MAX_SCOPE_KINDS kinds fit; qed"),
	)
}

/// The patient grants `holder` read-write access to `scope` for treatment.
fn grant_scope(patient: &H256, holder: &AccountId, scope: medchain_primitives::Scope) {
	let owner = Patients::owner_of(patient).expect("the helper registered it; qed");
	Consent::grant_access(
		RuntimeOrigin::signed(owner),
		*patient,
		holder.clone(),
		scope,
		medchain_primitives::Permission::ReadWrite,
		medchain_primitives::Purpose::Treatment,
		None,
	)
	.expect("an active provider, below the bounds; qed");
}

/// The account of the keystore key derived from `suri`, named a guardian of `patient` with its
/// signed acceptance (once; later calls find it).
fn accepted_guardian(patient: &H256, suri: &str) -> AccountId {
	let public = sp_io::crypto::sr25519_generate(KEY_TYPE, Some(suri.as_bytes().to_vec()));
	let guardian: AccountId = MultiSigner::from(public).into_account();
	if Patients::is_guardian(patient, &guardian) {
		return guardian;
	}
	let owner = Patients::owner_of(patient).expect("the helper registered the patient; qed");
	let deadline = frame_system::Pallet::<Runtime>::block_number();
	let payload = pallet_patients::guardian_payload(
		&frame_system::Pallet::<Runtime>::block_hash(0),
		patient,
		&frame_system::Pallet::<Runtime>::account_nonce(&guardian),
		&deadline,
	);
	let acceptance = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, &payload)
		.expect("the key was just generated in the keystore; qed");
	Patients::add_guardian(
		RuntimeOrigin::signed(owner),
		guardian.clone().into(),
		deadline,
		MultiSignature::from(acceptance),
	)
	.expect("the patient has room for a guardian; qed");
	guardian
}

impl pallet_patients::BenchmarkHelper<AccountId, Signature> for Helper {
	fn sign(message: &[u8]) -> (AccountId, Signature) {
		let public = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
		let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, message)
			.expect("the key was just generated in the keystore; qed");
		(MultiSigner::from(public).into_account(), MultiSignature::from(signature))
	}

	fn practitioner() -> AccountId {
		physician()
	}
}

impl pallet_free_tier::BenchmarkHelper<AccountId, RuntimeCall> for Helper {
	/// A guardian who is neither an organization, a practitioner nor a patient: the
	/// eligibility check misses in both registries' first lookups before it finds the
	/// guardianship, the costliest path.
	fn eligible() -> (AccountId, RuntimeCall) {
		let patient: AccountId = frame_benchmarking::account("bench-patient", 0, 0);
		Patients::register(
			RuntimeOrigin::signed(patient.clone()),
			H256::repeat_byte(3),
			EncryptionKey([9; 32]),
			consortium_policy(true),
		)
		.expect("a fresh account and pseudonym; qed");
		let guardian = accepted_guardian(&H256::repeat_byte(3), "//bench-guardian");
		let call = RuntimeCall::Patients(pallet_patients::Call::set_emergency_policy {
			patient: H256::repeat_byte(3),
			policy: consortium_policy(false),
		});
		(guardian, call)
	}

	/// A physician registering a patient: the eligibility check misses the organization
	/// lookup, finds the practitioner and reads its organization; the call then draws from
	/// the physician's own quota and the hospital's shared one.
	fn eligible_shared() -> (AccountId, RuntimeCall) {
		let call = RuntimeCall::Patients(pallet_patients::Call::register_for {
			patient: frame_benchmarking::account::<AccountId>("bench-new-patient", 0, 0).into(),
			pseudonym: H256::repeat_byte(4),
			encryption_key: EncryptionKey([9; 32]),
			emergency_policy: consortium_policy(true),
			deadline: 0,
			signature: MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([0; 64])),
		});
		(physician(), call)
	}
}

impl pallet_peering::BenchmarkHelper<AccountId> for Helper {
	fn organization(i: u32) -> AccountId {
		let organization: AccountId = frame_benchmarking::account("bench-node-owner", i, 0);
		if !pallet_providers::Organizations::<Runtime>::contains_key(&organization) {
			Providers::register_organization(
				RuntimeOrigin::root(),
				organization.clone().into(),
				OrganizationKind::Hospital,
				EncryptionKey([11; 32]),
				H256::repeat_byte(11),
			)
			.expect("a fresh account; qed");
		}
		organization
	}
}

/// Registers real session keys (with their ownership proof) for benchmark accounts.
pub struct SessionKeysForBenchmarks;

impl pallet_validator_set::BenchmarkHelper<AccountId> for SessionKeysForBenchmarks {
	fn register_session_keys(who: &AccountId) {
		use codec::Encode;
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 10 * UNIT);
		let generated = SessionKeys::generate(&who.encode(), None);
		let result = crate::Session::set_keys(
			frame_system::RawOrigin::Signed(who.clone()).into(),
			generated.keys,
			generated.proof.encode(),
		);
		assert!(result.is_ok(), "benchmark session keys are accepted: {result:?}");
	}
}
