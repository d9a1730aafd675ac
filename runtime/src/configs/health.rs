//! MedChain's own domain: the registry of organizations, practitioners and patients, and the
//! fee-free path for them.

use super::GovernanceOrigin;
use crate::{
	AccountId, BlockNumber, Consent, Emergency, Patients, Providers, Records, Runtime, RuntimeCall,
	Signature, Timestamp, DAYS, HOURS, MINUTES,
};
use frame_support::{parameter_types, PalletId};
use medchain_primitives::{ActiveActor, FreeCallEligibility};
use sp_runtime::traits::Verify;

/// The most practitioners one organization may register (a large hospital group).
pub const MAX_PRACTITIONERS_PER_ORGANIZATION: u32 = 100_000;

/// The consortium minimum of emergency-authority approvals for a break-glass session.
pub const CONSORTIUM_MIN_EMERGENCY_APPROVALS: u8 = 2;

/// The most emergency approvals a patient's policy may require.
pub const MAX_EMERGENCY_APPROVALS: u8 = 10;

/// The most guardians one patient may name.
pub const MAX_GUARDIANS: u32 = 8;

/// The default quota of free transactions per account: enough for a laboratory technician
/// anchoring a result every 3 s for a minute, or 1,200 transactions an hour, sustained.
pub const FREE_CALLS_PER_WINDOW: u32 = 100;

/// The default quota's window.
pub const FREE_WINDOW: BlockNumber = 5 * MINUTES;

/// The longest binary CID: a CIDv1 with a 64-byte digest takes 69 bytes.
pub const MAX_CID_LENGTH: u32 = 96;

/// The longest key envelope: an X25519-wrapped AES key takes about 100 bytes, an age
/// recipient stanza about 250.
pub const MAX_ENVELOPE_LENGTH: u32 = 512;

/// The most parties one record's key may be shared with at a time.
pub const MAX_ENVELOPES_PER_RECORD: u32 = 64;

/// Envelopes of an erased patient deleted per step (at erasure, then in `on_idle`).
pub const ERASURE_BATCH: u32 = 100;

parameter_types! {
	pub const MaxCidLength: u32 = MAX_CID_LENGTH;
	pub const MaxEnvelopeLength: u32 = MAX_ENVELOPE_LENGTH;
	pub const MaxEnvelopesPerRecord: u32 = MAX_ENVELOPES_PER_RECORD;
	pub const ErasureBatch: u32 = ERASURE_BATCH;
	pub const MaxPractitionersPerOrganization: u32 = MAX_PRACTITIONERS_PER_ORGANIZATION;
	pub const MaxGuardians: u32 = MAX_GUARDIANS;
	pub const MinEmergencyApprovals: u8 = CONSORTIUM_MIN_EMERGENCY_APPROVALS;
	pub const MaxEmergencyApprovals: u8 = MAX_EMERGENCY_APPROVALS;
	pub const MaxFreeCallsPerWindow: u32 = 10_000;
	pub const MaxFreeWindow: BlockNumber = DAYS;
}

impl pallet_providers::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	type MaxPractitionersPerOrganization = MaxPractitionersPerOrganization;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

impl pallet_patients::Config for Runtime {
	type Providers = Providers;
	type OffchainSignature = Signature;
	type SigningPublicKey = <Signature as Verify>::Signer;
	// The records pallet deletes the key envelopes addressed to an erased patient.
	type OnPatientErased = Records;
	type MaxGuardians = MaxGuardians;
	type MinEmergencyApprovals = MinEmergencyApprovals;
	type MaxEmergencyApprovals = MaxEmergencyApprovals;
	type WeightInfo = pallet_patients::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Helper;
}

impl pallet_records::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	// Grants, authorship, guardianship and break-glass sessions decide.
	type Access = Consent;
	type Audit = Consent;
	type Time = Timestamp;
	type MaxCidLength = MaxCidLength;
	type MaxEnvelopeLength = MaxEnvelopeLength;
	type MaxEnvelopesPerRecord = MaxEnvelopesPerRecord;
	type ErasureBatch = ErasureBatch;
	type WeightInfo = pallet_records::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Helper;
}

/// The most active grants one patient may have.
pub const MAX_GRANTS_PER_PATIENT: u32 = 256;

parameter_types! {
	pub const MaxGrantsPerPatient: u32 = MAX_GRANTS_PER_PATIENT;
	pub const MaxGrantsPerGrantee: u32 = 8;
	pub const MaxPendingRequests: u32 = 32;
	pub const MaxPendingPerRequester: u32 = 2;
	pub const MaxRequestDuration: BlockNumber = 365 * DAYS;
	pub const EnvelopeRemovalLimit: u32 = 100;
}

impl pallet_consent::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	type Records = Records;
	type Envelopes = Records;
	// Active break-glass sessions pass the access check.
	type Emergency = Emergency;
	type MaxGrantsPerPatient = MaxGrantsPerPatient;
	type MaxGrantsPerGrantee = MaxGrantsPerGrantee;
	type MaxPendingRequests = MaxPendingRequests;
	type MaxPendingPerRequester = MaxPendingPerRequester;
	type MaxRequestDuration = MaxRequestDuration;
	type EnvelopeRemovalLimit = EnvelopeRemovalLimit;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Helper;
}

/// The most emergency authorities (emergency-service organizations).
pub const MAX_EMERGENCY_AUTHORITIES: u32 = 32;

parameter_types! {
	pub const EmergencyPalletId: PalletId = PalletId(*b"mc/emrgn");
	pub const MaxSessionApprovals: u32 = MAX_EMERGENCY_APPROVALS as u32;
	pub const MaxEmergencyAuthorities: u32 = MAX_EMERGENCY_AUTHORITIES;
	/// Approvals must arrive within 30 minutes, or the session lapses.
	pub const EmergencyApprovalWindow: BlockNumber = 30 * MINUTES;
	/// An approved session lasts 24 hours.
	pub const EmergencySessionDuration: BlockNumber = 24 * HOURS;
	/// Every session is reviewed within 7 days of its end.
	pub const EmergencyReviewWindow: BlockNumber = 7 * DAYS;
	pub const MaxUnreviewedSessions: u32 = 3;
	pub const MaxEmergencyEnvelopesPerCall: u32 = 32;
}

impl pallet_emergency::Config for Runtime {
	type Patients = Patients;
	type Providers = Providers;
	type Records = Records;
	type Audit = Consent;
	type GovernanceOrigin = GovernanceOrigin;
	type PalletId = EmergencyPalletId;
	type MinApprovals = MinEmergencyApprovals;
	type MaxApprovals = MaxSessionApprovals;
	type MaxAuthorities = MaxEmergencyAuthorities;
	type ApprovalWindow = EmergencyApprovalWindow;
	type SessionDuration = EmergencySessionDuration;
	type ReviewWindow = EmergencyReviewWindow;
	type MaxUnreviewed = MaxUnreviewedSessions;
	// Key shares and emergency envelopes are wrapped keys, like the records' envelopes.
	type MaxCiphertextLength = MaxEnvelopeLength;
	type MaxEnvelopesPerCall = MaxEmergencyEnvelopesPerCall;
	type WeightInfo = pallet_emergency::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Helper;
}

impl pallet_free_tier::Config for Runtime {
	type Eligibility = FreeCalls;
	type GovernanceOrigin = GovernanceOrigin;
	type MaxCallsPerWindow = MaxFreeCallsPerWindow;
	type MaxWindow = MaxFreeWindow;
	type WeightInfo = pallet_free_tier::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Helper;
}

/// Which transactions are free: direct calls of MedChain's own pallets, signed by a
/// registered, active actor (an active organization or practitioner, a registered patient or
/// a patient's guardian). Batches and every other pallet's calls pay; so does an account that
/// is registered nowhere, or whose registration is suspended.
pub struct FreeCalls;

impl FreeCallEligibility<AccountId, RuntimeCall> for FreeCalls {
	fn is_eligible(who: &AccountId, call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Providers(..)
				| RuntimeCall::Patients(..)
				| RuntimeCall::Records(..)
				| RuntimeCall::Consent(..)
				| RuntimeCall::Emergency(..)
		) && (Providers::is_active_actor(who) || Patients::is_active_actor(who))
	}
}

/// What the benchmarks of MedChain's pallets need from the rest of the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers {
	use super::*;
	use crate::RuntimeOrigin;
	use medchain_primitives::{EncryptionKey, OrganizationKind, PatientRegistry, PractitionerRole};
	use sp_core::{crypto::KeyTypeId, H256};
	use sp_runtime::{traits::IdentifyAccount, MultiSignature, MultiSigner};

	/// Prepares accounts and signatures for the benchmarks.
	pub struct Helper;

	const KEY_TYPE: KeyTypeId = KeyTypeId(*b"mcbh");

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
		let pseudonym = H256::repeat_byte(0x42);
		if pallet_patients::Patients::<Runtime>::contains_key(pseudonym) {
			return pseudonym;
		}
		let doctor = physician();
		let key = EncryptionKey([10; 32]);
		let policy = medchain_primitives::EmergencyPolicy {
			allowed: true,
			required_approvals: CONSORTIUM_MIN_EMERGENCY_APPROVALS,
		};
		let payload = pallet_patients::registration_payload(
			&frame_system::Pallet::<Runtime>::block_hash(0),
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
				medchain_primitives::EmergencyPolicy {
					allowed: true,
					required_approvals: required,
				},
			)
			.expect("within the consortium's bounds; qed");
		}

		fn record(patient: &H256, owner: &AccountId, seed: u32) -> u64 {
			<Helper as pallet_consent::BenchmarkHelper<AccountId>>::record(
				patient, owner, owner, seed,
			)
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
			let guardian: AccountId = frame_benchmarking::account("bench-records-guardian", 0, 0);
			if !Patients::is_guardian(patient, &guardian) {
				let owner = Patients::owner_of(patient).expect("the helper registered it; qed");
				Patients::add_guardian(RuntimeOrigin::signed(owner), guardian.clone().into())
					.expect("the patient has room for a guardian; qed");
			}
			guardian
		}
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
			let guardian: AccountId = frame_benchmarking::account("bench-guardian", 0, 0);
			Patients::register(
				RuntimeOrigin::signed(patient.clone()),
				H256::repeat_byte(3),
				EncryptionKey([9; 32]),
				medchain_primitives::EmergencyPolicy {
					allowed: true,
					required_approvals: CONSORTIUM_MIN_EMERGENCY_APPROVALS,
				},
			)
			.expect("a fresh account and pseudonym; qed");
			Patients::add_guardian(RuntimeOrigin::signed(patient), guardian.clone().into())
				.expect("the patient has no guardians yet; qed");
			let call = RuntimeCall::Patients(pallet_patients::Call::set_emergency_policy {
				patient: H256::repeat_byte(3),
				policy: medchain_primitives::EmergencyPolicy {
					allowed: false,
					required_approvals: CONSORTIUM_MIN_EMERGENCY_APPROVALS,
				},
			});
			(guardian, call)
		}
	}
}
