//! Actors for runtime tests: accounts from seeds, a hospital with a physician, patients
//! registered with their signed consent, and signed extrinsics applied as block import does.

use frame_support::assert_ok;
use medchain_primitives::{EmergencyPolicy, EncryptionKey, OrganizationKind, PractitionerRole};
use medchain_runtime::{
	signing::{signed_extrinsic, ChainContext},
	AccountId, Balances, Executive, Providers, RuntimeCall, RuntimeOrigin, System,
};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{ApplyExtrinsicResult, MultiSignature};

/// A key pair derived from `name`.
pub fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//medchain-test//{name}"), None).expect("a valid URI")
}

/// The account of `pair`.
pub fn account(pair: &sr25519::Pair) -> AccountId {
	pair.public().into()
}

/// An X25519 key derived from `seed`.
pub fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed; 32])
}

/// Break-glass allowed with two approvals.
pub fn policy() -> EmergencyPolicy {
	EmergencyPolicy { allowed: true, required_approvals: 2 }
}

/// Signs `call` with `signer`'s next nonce and applies it as block import would. For a call
/// of MedChain's own pallets, checks that it grew the state by no more than the free tier
/// counts it for ([`super::within_declared_growth`]).
pub fn apply(signer: &sr25519::Pair, call: RuntimeCall) -> ApplyExtrinsicResult {
	let nonce = System::account_nonce(account(signer));
	let extrinsic = signed_extrinsic(signer, call.clone(), nonce, chain_context());
	super::within_declared_growth(&call, || Executive::apply_extrinsic(extrinsic))
}

/// The chain as a client sees it while the current block is built: its era starts at the
/// parent block.
pub fn chain_context() -> ChainContext {
	let parent = System::block_number().saturating_sub(1);
	ChainContext::for_this_runtime(System::block_hash(0), (parent, System::block_hash(parent)))
}

/// Signs `call` with `signer`'s next nonce as a transaction whose era starts at `checkpoint`.
#[allow(dead_code)]
pub fn apply_with_checkpoint(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	checkpoint: (u32, H256),
) -> ApplyExtrinsicResult {
	let nonce = System::account_nonce(account(signer));
	let chain = ChainContext::for_this_runtime(System::block_hash(0), checkpoint);
	let extrinsic = signed_extrinsic(signer, call.clone(), nonce, chain);
	super::within_declared_growth(&call, || Executive::apply_extrinsic(extrinsic))
}

/// The hospital, and a patient ("patient", pseudonym `0x42…`) its physician registered with
/// the patient's signed consent.
#[allow(dead_code)]
pub fn hospital_with_patient() -> (Hospital, sr25519::Pair, H256) {
	let hospital = hospital();
	let patient = pair("patient");
	let pseudonym = H256::repeat_byte(0x42);
	assert_eq!(register_for(&hospital.doctor, &patient, pseudonym), Ok(Ok(())));
	(hospital, patient, pseudonym)
}

/// The patient's call naming `guardian` a guardian of `patient`, with the guardian's signed
/// acceptance at its current nonce, good for ten blocks.
#[allow(dead_code)]
pub fn add_guardian_call(guardian: &sr25519::Pair, patient: H256) -> RuntimeCall {
	let deadline = System::block_number() + 10;
	let payload = pallet_patients::guardian_payload(
		&System::block_hash(0),
		&patient,
		&System::account_nonce(account(guardian)),
		&deadline,
	);
	RuntimeCall::Patients(pallet_patients::Call::add_guardian {
		guardian: account(guardian).into(),
		deadline,
		acceptance: MultiSignature::from(guardian.sign(&payload)),
	})
}

/// Free balance of `who`.
pub fn free_balance(who: &AccountId) -> u128 {
	Balances::free_balance(who)
}

/// A hospital registered by Root, with one physician it registered itself, both without a
/// single token.
pub struct Hospital {
	/// The organization.
	pub org: sr25519::Pair,
	/// Its physician.
	pub doctor: sr25519::Pair,
}

/// Registers the organization `org` of `kind` (by Root, with key and credential from `seed`)
/// and its practitioner `staff` in `role` (signed by the organization, with key and
/// credential from `seed + 1`); returns both key pairs.
pub fn organization_with_staff(
	org: &str,
	kind: OrganizationKind,
	staff: &str,
	role: PractitionerRole,
	seed: u8,
) -> (sr25519::Pair, sr25519::Pair) {
	let (org, staff) = (pair(org), pair(staff));
	assert_ok!(Providers::register_organization(
		RuntimeOrigin::root(),
		account(&org).into(),
		kind,
		key(seed),
		H256::repeat_byte(seed),
	));
	let call = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
		practitioner: account(&staff).into(),
		role,
		encryption_key: key(seed + 1),
		credential: H256::repeat_byte(seed + 1),
	});
	assert_eq!(apply(&org, call), Ok(Ok(())));
	(org, staff)
}

/// Registers the hospital (by Root) and its physician (signed by the hospital).
pub fn hospital() -> Hospital {
	let (org, doctor) = organization_with_staff(
		"hospital",
		OrganizationKind::Hospital,
		"doctor",
		PractitionerRole::Physician,
		1,
	);
	Hospital { org, doctor }
}

/// How long a registration consent of the tests is valid: until 10 blocks from now.
pub fn consent_deadline() -> medchain_runtime::BlockNumber {
	System::block_number() + 10
}

/// The patient's consent to be registered by `registrar` until `deadline`, signed by the
/// patient's key.
pub fn consent(
	patient: &sr25519::Pair,
	registrar: &sr25519::Pair,
	deadline: medchain_runtime::BlockNumber,
	pseudonym: H256,
	key: EncryptionKey,
) -> MultiSignature {
	let payload = pallet_patients::registration_payload(
		&System::block_hash(0),
		&account(registrar),
		&deadline,
		&pseudonym,
		&key,
		&policy(),
	);
	MultiSignature::Sr25519(patient.sign(&payload))
}

/// The physician registers `patient` under `pseudonym` with the patient's signed consent.
pub fn register_for(
	doctor: &sr25519::Pair,
	patient: &sr25519::Pair,
	pseudonym: H256,
) -> ApplyExtrinsicResult {
	let call = RuntimeCall::Patients(pallet_patients::Call::register_for {
		patient: account(patient).into(),
		pseudonym,
		encryption_key: key(3),
		emergency_policy: policy(),
		deadline: consent_deadline(),
		signature: consent(patient, doctor, consent_deadline(), pseudonym, key(3)),
	});
	apply(doctor, call)
}
