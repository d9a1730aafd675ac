#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
// Also in std builds, so that the runtime's fuzzer checks the invariants after every block.
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	pallet_prelude::*,
};
use frame_system::pallet_prelude::*;
use medchain_primitives::{
	charge_errors_at, ActiveActor, AuditEvent, AuditTrail, EmergencyPolicy, EncryptionKey,
	KeyEnvelopes, OnPatientErased, PatientId, PatientRegistry, ProviderRegistry,
};
use sp_runtime::traits::{IdentifyAccount, Saturating, StaticLookup, Verify, Zero};

/// Account lookup type used by the calls (an account id or an index).
pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

/// A stored patient of this runtime.
pub type PatientOf<T> =
	Patient<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxGuardians>;

/// The domain separator of the registration payload.
pub const REGISTRATION_CONTEXT: &[u8] = b"medchain/patients/register-for/v2";

/// The domain separator of a guardian's acceptance.
pub const GUARDIAN_CONTEXT: &[u8] = b"medchain/patients/accept-guardianship/v1";

/// The registration limits of this runtime.
pub type RegistrationLimitsOf<T> = RegistrationLimits<BlockNumberFor<T>>;

/// The bytes a guardian's account signs to accept guardianship of a patient: SCALE encoding of
/// `(GUARDIAN_CONTEXT, genesis_hash, patient, guardian_nonce, deadline)`.
///
/// The patient submits it with [`Pallet::add_guardian`]. `patient` is the pseudonym of the
/// patient whose guardian the account agrees to be; `guardian_nonce` the guardian account's
/// nonce when it signs (so any transaction it makes afterwards, stepping down included, voids
/// an acceptance not yet used); `deadline` the last block at which it may be used.
pub fn guardian_payload<Hash: Encode, Nonce: Encode, BlockNumber: Encode>(
	genesis_hash: &Hash,
	patient: &PatientId,
	guardian_nonce: &Nonce,
	deadline: &BlockNumber,
) -> Vec<u8> {
	(GUARDIAN_CONTEXT, genesis_hash, patient, guardian_nonce, deadline).encode()
}

/// The bytes a patient's account signs to let a practitioner register them: SCALE encoding of
/// `(REGISTRATION_CONTEXT, genesis_hash, registrar, deadline, pseudonym, encryption_key,
/// emergency_policy)`.
///
/// The genesis hash binds the consent to one chain; `registrar` to the one practitioner the
/// patient lets register them (nobody else can use the signature, even seeing it in the
/// pool); `deadline` to a last block (an old, unused consent is worthless). Wallets that wrap
/// signed bytes in `<Bytes>…</Bytes>` (polkadot.js `signRaw`) are accepted too.
pub fn registration_payload<Hash: Encode, AccountId: Encode, BlockNumber: Encode>(
	genesis_hash: &Hash,
	registrar: &AccountId,
	deadline: &BlockNumber,
	pseudonym: &PatientId,
	encryption_key: &EncryptionKey,
	emergency_policy: &EmergencyPolicy,
) -> Vec<u8> {
	(
		REGISTRATION_CONTEXT,
		genesis_hash,
		registrar,
		deadline,
		pseudonym,
		encryption_key,
		emergency_policy,
	)
		.encode()
}

/// Prepares what a benchmark needs but this pallet does not own.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// Makes a fresh key pair, signs `message` with it and returns the key's account and the
	/// signature.
	fn sign(message: &[u8]) -> (AccountId, Signature);
	/// Returns an active clinical practitioner.
	fn practitioner() -> AccountId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version of the pallet's layout (see [`crate::migrations`]):
	/// - 0: the layout at launch.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the patients pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The registry of organizations and practitioners (`pallet-providers`).
		type Providers: ProviderRegistry<Self::AccountId>;

		/// The signature a patient's account gives to [`Pallet::register_for`].
		type OffchainSignature: Verify<Signer = Self::SigningPublicKey> + Parameter;

		/// The public key behind [`Config::OffchainSignature`], identifying an account.
		type SigningPublicKey: IdentifyAccount<AccountId = Self::AccountId>;

		/// Told when a patient is erased, to delete what other pallets hold for them.
		type OnPatientErased: OnPatientErased;

		/// The patients' audit trails (the consent pallet): guardian changes, policy changes
		/// and key rotations are appended, so that the patient sees every one.
		type Audit: AuditTrail<Self::AccountId>;

		/// The key envelopes of the patients' records (the records pallet): a removed
		/// guardian's envelopes that nothing else justifies go.
		type Envelopes: KeyEnvelopes<Self::AccountId>;

		/// How many of a removed guardian's envelopes [`Pallet::remove_guardian`] examines;
		/// [`Config::Envelopes`] continues with the rest in later blocks.
		#[pallet::constant]
		type EnvelopePruneLimit: Get<u32>;

		/// The most guardians a patient may have.
		#[pallet::constant]
		type MaxGuardians: Get<u32>;

		/// Who may change the registration limits ([`Pallet::set_registration_limits`]).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The registration limits until governance sets others.
		#[pallet::constant]
		type DefaultRegistrationLimits: Get<RegistrationLimitsOf<Self>>;

		/// The most registrations per window governance may allow a practitioner or an
		/// organization.
		#[pallet::constant]
		type MaxRegistrationsPerWindow: Get<u32>;

		/// The longest registration window governance may set, in blocks.
		#[pallet::constant]
		type MaxRegistrationWindow: Get<BlockNumberFor<Self>>;

		/// The furthest a registration consent's deadline may lie ahead of the block that
		/// uses it, in blocks: a consent is short-lived.
		#[pallet::constant]
		type MaxConsentValidity: Get<BlockNumberFor<Self>>;

		/// The consortium minimum of emergency approvals a break-glass policy may require.
		#[pallet::constant]
		type MinEmergencyApprovals: Get<u32>;

		/// The most emergency approvals a break-glass policy may require. At most 255: a
		/// policy stores its count as a `u8`.
		#[pallet::constant]
		type MaxEmergencyApprovals: Get<u32>;

		/// Weights of this pallet's calls, generated by its benchmarks.
		type WeightInfo: WeightInfo;

		/// Signs registrations and provides practitioners for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::OffchainSignature>;
	}

	/// The registered patients, by pseudonym.
	#[pallet::storage]
	pub type Patients<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, PatientOf<T>>;

	/// The pseudonym owned by each patient account.
	#[pallet::storage]
	pub type PseudonymOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, PatientId>;

	/// Guardian links, by guardian then patient (the patient's entry holds the same list).
	#[pallet::storage]
	pub type Wards<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		PatientId,
		(),
		OptionQuery,
	>;

	/// The registration limits set by governance; [`Config::DefaultRegistrationLimits`] until
	/// then.
	#[pallet::storage]
	pub type Limits<T: Config> = StorageValue<_, RegistrationLimitsOf<T>, OptionQuery>;

	/// Registrations made by each practitioner and each organization in its current window
	/// (see [`RegistrationLimits`]), and guardians named by each patient. One entry per
	/// registrar or patient, so bounded by the registries.
	#[pallet::storage]
	pub type Registrations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, RegistrationWindow<BlockNumberFor<T>>>;

	/// Pseudonyms of erased patients, with the block of erasure. They can never be registered
	/// again (see the module docs).
	#[pallet::storage]
	pub type Erased<T: Config> = StorageMap<_, Blake2_128Concat, PatientId, BlockNumberFor<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient was registered.
		PatientRegistered {
			/// The patient's pseudonym.
			patient: PatientId,
			/// The patient's own account.
			account: T::AccountId,
			/// The practitioner who registered them, if they did not register themselves.
			registrar: Option<T::AccountId>,
		},
		/// A patient replaced their X25519 key.
		EncryptionKeyRotated {
			/// The patient's pseudonym.
			patient: PatientId,
			/// The new key.
			key: EncryptionKey,
		},
		/// A patient's break-glass policy changed.
		EmergencyPolicyChanged {
			/// The patient's pseudonym.
			patient: PatientId,
			/// The new policy.
			policy: EmergencyPolicy,
			/// Who changed it.
			by: Actor<T::AccountId>,
		},
		/// A patient named a guardian.
		GuardianAdded {
			/// The patient's pseudonym.
			patient: PatientId,
			/// The guardian's account.
			guardian: T::AccountId,
		},
		/// A guardian was removed by the patient or stepped down.
		GuardianRemoved {
			/// The patient's pseudonym.
			patient: PatientId,
			/// The guardian's account.
			guardian: T::AccountId,
			/// Who removed the guardian.
			by: Actor<T::AccountId>,
		},
		/// A patient was erased; their keys and links are gone.
		PatientErased {
			/// The pseudonym, now a tombstone.
			patient: PatientId,
		},
		/// Governance changed the registration limits.
		RegistrationLimitsSet {
			/// The new limits.
			limits: RegistrationLimitsOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already owns a patient entry.
		AlreadyRegistered,
		/// Another patient already uses this pseudonym.
		PseudonymTaken,
		/// The pseudonym belonged to an erased patient and cannot be used again.
		PseudonymErased,
		/// The caller's account owns no patient entry.
		NotPatient,
		/// No patient is registered under this pseudonym.
		PatientNotFound,
		/// The caller is neither the patient nor one of their guardians.
		NotAuthorized,
		/// The caller is not an active practitioner.
		NotPractitioner,
		/// The caller's role does not treat patients (researchers and auditors cannot register
		/// patients).
		RoleNotAllowed,
		/// The patient's signature over the registration payload is missing or wrong (or names
		/// another registrar or deadline).
		BadSignature,
		/// The registration consent's deadline has passed.
		ConsentExpired,
		/// The registration consent's deadline is further ahead than
		/// [`Config::MaxConsentValidity`].
		ConsentTooLong,
		/// The key is a small-order X25519 point; envelopes to it would not be secret.
		UnusableKey,
		/// The new key is the one already registered.
		KeyUnchanged,
		/// The policy requires fewer approvals than the consortium minimum.
		TooFewApprovals,
		/// The policy requires more approvals than [`Config::MaxEmergencyApprovals`].
		TooManyApprovals,
		/// The policy is already the requested one.
		PolicyUnchanged,
		/// The account is already a guardian of this patient.
		AlreadyGuardian,
		/// The account is not a guardian of this patient.
		NotGuardian,
		/// The patient has [`Config::MaxGuardians`] guardians.
		TooManyGuardians,
		/// A patient cannot be their own guardian.
		SelfGuardian,
		/// The guardian's signature over [`guardian_payload`] is missing or wrong (or names
		/// another patient, deadline or nonce: the guardian transacted since signing it).
		BadAcceptance,
		/// The practitioner registered [`RegistrationLimits::per_practitioner`] patients in
		/// the current window; the window ends [`RegistrationLimits::window`] blocks after it
		/// started.
		PractitionerRegistrationLimit,
		/// The practitioner's organization registered [`RegistrationLimits::per_organization`]
		/// patients in the current window.
		OrganizationRegistrationLimit,
		/// The patient named [`Config::MaxGuardians`] guardians in the current registration
		/// window ([`RegistrationLimits::window`]).
		GuardianAdditionLimit,
		/// The limits are out of bounds: the window must be between 1 and
		/// [`Config::MaxRegistrationWindow`] blocks, neither count above
		/// [`Config::MaxRegistrationsPerWindow`], and the practitioner's at most the
		/// organization's.
		InvalidRegistrationLimits,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				Pallet::<T>::ensure_valid_limits(&T::DefaultRegistrationLimits::get()).is_ok(),
				"DefaultRegistrationLimits must be within the configured bounds"
			);
			assert!(
				T::MinEmergencyApprovals::get() >= 1,
				"MinEmergencyApprovals must be at least 1"
			);
			assert!(
				T::MinEmergencyApprovals::get() <= T::MaxEmergencyApprovals::get(),
				"MinEmergencyApprovals must not exceed MaxEmergencyApprovals"
			);
			assert!(
				T::MaxEmergencyApprovals::get() <= u32::from(u8::MAX),
				"MaxEmergencyApprovals must fit a policy's u8 count"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller as a patient under `pseudonym`.
		///
		/// Origin: signed by the patient's own account, which must not own a patient entry.
		/// `pseudonym` is a keyed or salted hash (see the module docs); `encryption_key` the
		/// patient's X25519 key; `emergency_policy` whether break-glass is allowed and how
		/// many approvals it needs.
		///
		/// Emits [`Event::PatientRegistered`].
		/// Errors: [`Error::AlreadyRegistered`], [`Error::PseudonymTaken`],
		/// [`Error::PseudonymErased`], [`Error::UnusableKey`], [`Error::TooFewApprovals`],
		/// [`Error::TooManyApprovals`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			pseudonym: PatientId,
			encryption_key: EncryptionKey,
			emergency_policy: EmergencyPolicy,
		) -> DispatchResult {
			let account = ensure_signed(origin)?;
			Self::insert_patient(&account, pseudonym, encryption_key, emergency_policy, None)?;
			Self::deposit_event(Event::PatientRegistered {
				patient: pseudonym,
				account,
				registrar: None,
			});
			Ok(())
		}

		/// Register `patient` under `pseudonym` on the patient's behalf.
		///
		/// Origin: signed by an active practitioner with a clinical role. `signature` is the
		/// patient account's signature over [`registration_payload`] for this chain, this
		/// practitioner as registrar, `deadline` and these arguments; it is valid up to and
		/// including block `deadline`, which lies at most [`Config::MaxConsentValidity`]
		/// blocks ahead. The patient's account owns the entry. The practitioner's organization
		/// is recorded as the registering organization.
		///
		/// A practitioner, and the practitioners of one organization together, register at most
		/// as many patients per window as the [`Limits`] allow: this is what bounds the number
		/// of patient accounts that transact without tokens.
		///
		/// Emits [`Event::PatientRegistered`].
		/// Errors: [`Error::NotPractitioner`], [`Error::RoleNotAllowed`],
		/// [`Error::ConsentExpired`], [`Error::ConsentTooLong`], [`Error::BadSignature`],
		/// [`Error::PractitionerRegistrationLimit`], [`Error::OrganizationRegistrationLimit`],
		/// and those of [`register`](Pallet::register).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_for())]
		pub fn register_for(
			origin: OriginFor<T>,
			patient: AccountIdLookupOf<T>,
			pseudonym: PatientId,
			encryption_key: EncryptionKey,
			emergency_policy: EmergencyPolicy,
			deadline: BlockNumberFor<T>,
			signature: T::OffchainSignature,
		) -> DispatchResult {
			let practitioner = ensure_signed(origin)?;
			let account = T::Lookup::lookup(patient)?;
			let info = T::Providers::practitioner(&practitioner)
				.filter(|p| p.active)
				.ok_or(Error::<T>::NotPractitioner)?;
			ensure!(info.role.is_clinical(), Error::<T>::RoleNotAllowed);
			Self::ensure_within_consent_validity(deadline)?;
			let limits = Self::limits();
			let by_practitioner = Self::registrations(&practitioner, &limits);
			ensure!(
				by_practitioner.count < limits.per_practitioner,
				Error::<T>::PractitionerRegistrationLimit
			);
			let by_organization = Self::registrations(&info.organization, &limits);
			ensure!(
				by_organization.count < limits.per_organization,
				Error::<T>::OrganizationRegistrationLimit
			);
			let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
			let payload = registration_payload(
				&genesis,
				&practitioner,
				&deadline,
				&pseudonym,
				&encryption_key,
				&emergency_policy,
			);
			ensure!(Self::signed_by(&payload, &signature, &account), Error::<T>::BadSignature);
			let registrar = Registrar {
				practitioner: practitioner.clone(),
				organization: info.organization.clone(),
			};
			Self::insert_patient(
				&account,
				pseudonym,
				encryption_key,
				emergency_policy,
				Some(registrar),
			)?;
			for (who, mut window) in
				[(&practitioner, by_practitioner), (&info.organization, by_organization)]
			{
				window.count = window.count.saturating_add(1);
				Registrations::<T>::insert(who, window);
			}
			Self::deposit_event(Event::PatientRegistered {
				patient: pseudonym,
				account,
				registrar: Some(practitioner),
			});
			Ok(())
		}

		/// Replace the caller's X25519 key.
		///
		/// Origin: signed by a patient's own account. Envelopes already addressed to the old
		/// key stay as they are; re-wrapping them is the client's job.
		///
		/// Emits [`Event::EncryptionKeyRotated`].
		/// Errors: [`Error::NotPatient`], [`Error::UnusableKey`], [`Error::KeyUnchanged`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::rotate_encryption_key())]
		pub fn rotate_encryption_key(origin: OriginFor<T>, key: EncryptionKey) -> DispatchResult {
			let account = ensure_signed(origin)?;
			let (patient, mut entry) = Self::owned_by(&account)?;
			ensure!(key.is_usable(), Error::<T>::UnusableKey);
			ensure!(entry.encryption_key != key, Error::<T>::KeyUnchanged);
			entry.encryption_key = key;
			Patients::<T>::insert(patient, entry);
			T::Audit::append(&patient, &account, AuditEvent::EncryptionKeyRotated);
			Self::deposit_event(Event::EncryptionKeyRotated { patient, key });
			Ok(())
		}

		/// Set `patient`'s break-glass policy.
		///
		/// Origin: signed by the patient or one of their guardians. `required_approvals` must
		/// lie between [`Config::MinEmergencyApprovals`] and
		/// [`Config::MaxEmergencyApprovals`], also when break-glass is not allowed.
		///
		/// Emits [`Event::EmergencyPolicyChanged`].
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
		/// [`Error::TooFewApprovals`], [`Error::TooManyApprovals`], [`Error::PolicyUnchanged`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_emergency_policy())]
		pub fn set_emergency_policy(
			origin: OriginFor<T>,
			patient: PatientId,
			policy: EmergencyPolicy,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let mut entry = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
			let by = Self::actor(&entry, &caller)?;
			Self::ensure_valid_policy(&policy)?;
			ensure!(entry.emergency_policy != policy, Error::<T>::PolicyUnchanged);
			entry.emergency_policy = policy;
			Patients::<T>::insert(patient, entry);
			T::Audit::append(
				&patient,
				&caller,
				AuditEvent::EmergencyPolicyChanged {
					allowed: policy.allowed,
					required_approvals: policy.required_approvals,
				},
			);
			Self::deposit_event(Event::EmergencyPolicyChanged { patient, policy, by });
			Ok(())
		}

		/// Name `guardian` as a guardian of the caller, with the guardian's acceptance.
		///
		/// Origin: signed by a patient's own account. `acceptance` is the guardian account's
		/// signature over [`guardian_payload`] for this chain, the caller's pseudonym, the
		/// guardian's current nonce and `deadline`; it is valid up to and including block
		/// `deadline`, which lies at most [`Config::MaxConsentValidity`] blocks ahead. Nobody
		/// becomes a guardian without agreeing to it. The guardian's account gets a sufficient
		/// reference (for life, see [`Pallet::keep_account`]) so that it can sign without
		/// tokens, in the patient's matters only: a guardian-only account's own `register` is
		/// not free.
		///
		/// Emits [`Event::GuardianAdded`].
		/// A patient names at most [`Config::MaxGuardians`] guardians per registration window
		/// (each guardian's account is kept for life).
		///
		/// Errors: [`Error::NotPatient`], [`Error::SelfGuardian`], [`Error::AlreadyGuardian`],
		/// [`Error::ConsentExpired`], [`Error::ConsentTooLong`], [`Error::BadAcceptance`],
		/// [`Error::GuardianAdditionLimit`], [`Error::TooManyGuardians`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_guardian())]
		pub fn add_guardian(
			origin: OriginFor<T>,
			guardian: AccountIdLookupOf<T>,
			deadline: BlockNumberFor<T>,
			acceptance: T::OffchainSignature,
		) -> DispatchResult {
			let account = ensure_signed(origin)?;
			let guardian = T::Lookup::lookup(guardian)?;
			let (patient, entry) = Self::owned_by(&account)?;
			ensure!(guardian != account, Error::<T>::SelfGuardian);
			ensure!(!entry.guardians.contains(&guardian), Error::<T>::AlreadyGuardian);
			ensure!(
				(entry.guardians.len() as u32) < T::MaxGuardians::get(),
				Error::<T>::TooManyGuardians
			);
			Self::ensure_within_consent_validity(deadline)?;
			let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
			let nonce = frame_system::Pallet::<T>::account_nonce(&guardian);
			let payload = guardian_payload(&genesis, &patient, &nonce, &deadline);
			ensure!(Self::signed_by(&payload, &acceptance, &guardian), Error::<T>::BadAcceptance);
			// Every guardian's account is kept for life: a patient names at most
			// `MaxGuardians` per registration window, however often it removes them.
			let limits = Self::limits();
			let mut named = Self::registrations(&account, &limits);
			ensure!(named.count < T::MaxGuardians::get(), Error::<T>::GuardianAdditionLimit);
			Self::link_guardian(patient, entry, &guardian)?;
			named.count = named.count.saturating_add(1);
			Registrations::<T>::insert(&account, named);
			T::Audit::append(&patient, &account, AuditEvent::GuardianAdded);
			Self::deposit_event(Event::GuardianAdded { patient, guardian });
			Ok(())
		}

		/// Remove `guardian` from `patient`'s guardians.
		///
		/// Origin: signed by the patient (any guardian) or by `guardian` itself (stepping
		/// down).
		///
		/// The key envelopes of the patient's records held by the former guardian that nothing
		/// else justifies are removed (up to [`Config::EnvelopePruneLimit`] at once, the rest
		/// in later blocks).
		///
		/// Emits [`Event::GuardianRemoved`].
		/// Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`], [`Error::NotGuardian`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::remove_guardian()
				.saturating_add(T::Envelopes::prune_weight(T::EnvelopePruneLimit::get()))
		)]
		pub fn remove_guardian(
			origin: OriginFor<T>,
			patient: PatientId,
			guardian: AccountIdLookupOf<T>,
		) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::remove_guardian(), || {
				let caller = ensure_signed(origin)?;
				let guardian = T::Lookup::lookup(guardian)?;
				let mut entry = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
				let by = if caller == entry.account {
					Actor::Patient
				} else if caller == guardian && entry.guardians.contains(&caller) {
					Actor::Guardian(caller.clone())
				} else {
					return Err(Error::<T>::NotAuthorized.into());
				};
				let position = entry
					.guardians
					.iter()
					.position(|g| g == &guardian)
					.ok_or(Error::<T>::NotGuardian)?;
				entry.guardians.remove(position);
				Patients::<T>::insert(patient, entry);
				Wards::<T>::remove(&guardian, patient);
				let (examined, _) = T::Envelopes::prune_envelopes(
					&patient,
					&guardian,
					T::EnvelopePruneLimit::get(),
				);
				T::Audit::append(&patient, &caller, AuditEvent::GuardianRemoved);
				Self::deposit_event(Event::GuardianRemoved { patient, guardian, by });
				Ok(Some(
					T::WeightInfo::remove_guardian()
						.saturating_add(T::Envelopes::prune_weight(examined)),
				)
				.into())
			})
		}

		/// Erase the caller's patient entry (right to erasure).
		///
		/// Origin: signed by a patient's own account. Removes the account link, the key, the
		/// policy and the guardians; tells [`Config::OnPatientErased`] (the records pallet
		/// deletes the key envelopes addressed to the patient); keeps the pseudonym as a
		/// tombstone. See the module docs for exactly what remains.
		///
		/// Emits [`Event::PatientErased`].
		/// Errors: [`Error::NotPatient`].
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::deregister(T::MaxGuardians::get())
				.saturating_add(T::OnPatientErased::max_weight())
		)]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			charge_errors_at(T::WeightInfo::deregister(0), || {
				let account = ensure_signed(origin)?;
				let (patient, entry) = Self::owned_by(&account)?;
				let guardians = entry.guardians.len() as u32;
				for guardian in entry.guardians.iter() {
					Wards::<T>::remove(guardian, patient);
				}
				Patients::<T>::remove(patient);
				PseudonymOf::<T>::remove(&account);
				Erased::<T>::insert(patient, frame_system::Pallet::<T>::block_number());
				let erased = T::OnPatientErased::on_patient_erased(&patient);
				Self::deposit_event(Event::PatientErased { patient });
				Ok(Some(T::WeightInfo::deregister(guardians).saturating_add(erased)).into())
			})
		}

		/// Set the limits on [`register_for`](Pallet::register_for).
		///
		/// Origin: [`Config::GovernanceOrigin`]. Windows already running keep their start; the
		/// new counts apply to them at once.
		///
		/// Emits [`Event::RegistrationLimitsSet`].
		/// Errors: [`Error::InvalidRegistrationLimits`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_registration_limits())]
		pub fn set_registration_limits(
			origin: OriginFor<T>,
			limits: RegistrationLimitsOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::ensure_valid_limits(&limits)?;
			Limits::<T>::put(limits);
			Self::deposit_event(Event::RegistrationLimitsSet { limits });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Checks and stores a new patient owned by `account` (shared by both registrations).
	fn insert_patient(
		account: &T::AccountId,
		pseudonym: PatientId,
		encryption_key: EncryptionKey,
		emergency_policy: EmergencyPolicy,
		registrar: Option<Registrar<T::AccountId>>,
	) -> DispatchResult {
		ensure!(!PseudonymOf::<T>::contains_key(account), Error::<T>::AlreadyRegistered);
		ensure!(!Patients::<T>::contains_key(pseudonym), Error::<T>::PseudonymTaken);
		ensure!(!Erased::<T>::contains_key(pseudonym), Error::<T>::PseudonymErased);
		ensure!(encryption_key.is_usable(), Error::<T>::UnusableKey);
		Self::ensure_valid_policy(&emergency_policy)?;
		Patients::<T>::insert(
			pseudonym,
			Patient {
				account: account.clone(),
				encryption_key,
				emergency_policy,
				guardians: BoundedVec::new(),
				registrar,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		PseudonymOf::<T>::insert(account, pseudonym);
		Self::keep_account(account);
		Ok(())
	}

	/// Adds `guardian` to `patient`'s `entry` and to [`Wards`], and keeps its account.
	fn link_guardian(
		patient: PatientId,
		mut entry: PatientOf<T>,
		guardian: &T::AccountId,
	) -> DispatchResult {
		entry.guardians.try_push(guardian.clone()).map_err(|_| Error::<T>::TooManyGuardians)?;
		Patients::<T>::insert(patient, entry);
		Wards::<T>::insert(guardian, patient, ());
		Self::keep_account(guardian);
		Ok(())
	}

	/// Gives `who` an account that is never reaped: one sufficient reference, taken at its
	/// first registration (as anything) and never dropped, so that its nonce survives
	/// removal and registration anew and a transaction it signed before can never become
	/// valid again.
	pub fn keep_account(who: &T::AccountId) {
		if frame_system::Pallet::<T>::sufficients(who) == 0 {
			frame_system::Pallet::<T>::inc_sufficients(who);
		}
	}

	/// The registration limits in force.
	pub fn limits() -> RegistrationLimitsOf<T> {
		Limits::<T>::get().unwrap_or_else(T::DefaultRegistrationLimits::get)
	}

	/// `registrar`'s registrations in its current window (a new, empty window if the last
	/// one ended).
	pub fn registrations(
		registrar: &T::AccountId,
		limits: &RegistrationLimitsOf<T>,
	) -> RegistrationWindow<BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		Registrations::<T>::get(registrar)
			.filter(|w| now < w.start.saturating_add(limits.window))
			.unwrap_or(RegistrationWindow { start: now, count: 0 })
	}

	/// Whether `limits` are within the configured bounds.
	fn ensure_valid_limits(limits: &RegistrationLimitsOf<T>) -> DispatchResult {
		ensure!(
			!limits.window.is_zero()
				&& limits.window <= T::MaxRegistrationWindow::get()
				&& limits.per_organization <= T::MaxRegistrationsPerWindow::get()
				&& limits.per_practitioner <= limits.per_organization,
			Error::<T>::InvalidRegistrationLimits
		);
		Ok(())
	}

	/// Whether a consent's `deadline` has not passed and lies at most
	/// [`Config::MaxConsentValidity`] blocks ahead.
	fn ensure_within_consent_validity(deadline: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= deadline, Error::<T>::ConsentExpired);
		ensure!(
			deadline <= now.saturating_add(T::MaxConsentValidity::get()),
			Error::<T>::ConsentTooLong
		);
		Ok(())
	}

	/// Whether `policy` requires between [`Config::MinEmergencyApprovals`] and
	/// [`Config::MaxEmergencyApprovals`] approvals.
	fn ensure_valid_policy(policy: &EmergencyPolicy) -> DispatchResult {
		let required = u32::from(policy.required_approvals);
		ensure!(required >= T::MinEmergencyApprovals::get(), Error::<T>::TooFewApprovals);
		ensure!(required <= T::MaxEmergencyApprovals::get(), Error::<T>::TooManyApprovals);
		Ok(())
	}

	/// The patient entry owned by `account`.
	fn owned_by(account: &T::AccountId) -> Result<(PatientId, PatientOf<T>), DispatchError> {
		let patient = PseudonymOf::<T>::get(account).ok_or(Error::<T>::NotPatient)?;
		let entry = Patients::<T>::get(patient).ok_or(Error::<T>::NotPatient)?;
		Ok((patient, entry))
	}

	/// Whether `caller` is the patient or one of their guardians, and which.
	fn actor(entry: &PatientOf<T>, caller: &T::AccountId) -> Result<Actor<T::AccountId>, Error<T>> {
		if caller == &entry.account {
			Ok(Actor::Patient)
		} else if entry.guardians.contains(caller) {
			Ok(Actor::Guardian(caller.clone()))
		} else {
			Err(Error::<T>::NotAuthorized)
		}
	}

	/// Whether `signature` is `account`'s signature over `payload`, plain or wrapped in
	/// `<Bytes>…</Bytes>` as browser wallets do.
	fn signed_by(payload: &[u8], signature: &T::OffchainSignature, account: &T::AccountId) -> bool {
		if signature.verify(payload, account) {
			return true;
		}
		let wrapped = [b"<Bytes>".as_slice(), payload, b"</Bytes>".as_slice()].concat();
		signature.verify(wrapped.as_slice(), account)
	}
}

impl<T: Config> PatientRegistry<T::AccountId> for Pallet<T> {
	fn patient_of(who: &T::AccountId) -> Option<PatientId> {
		PseudonymOf::<T>::get(who)
	}

	fn owner_of(patient: &PatientId) -> Option<T::AccountId> {
		Patients::<T>::get(patient).map(|p| p.account)
	}

	fn is_guardian(patient: &PatientId, who: &T::AccountId) -> bool {
		Wards::<T>::contains_key(who, patient)
	}

	fn encryption_key(patient: &PatientId) -> Option<EncryptionKey> {
		Patients::<T>::get(patient).map(|p| p.encryption_key)
	}

	fn emergency_policy(patient: &PatientId) -> Option<EmergencyPolicy> {
		Patients::<T>::get(patient).map(|p| p.emergency_policy)
	}

	fn registering_organization(patient: &PatientId) -> Option<T::AccountId> {
		Patients::<T>::get(patient).and_then(|p| p.registrar).map(|r| r.organization)
	}

	fn is_erased(patient: &PatientId) -> bool {
		Erased::<T>::contains_key(patient)
	}
}

impl<T: Config> ActiveActor<T::AccountId> for Pallet<T> {
	/// A registered patient, or a guardian of one.
	fn is_active_actor(who: &T::AccountId) -> bool {
		PseudonymOf::<T>::contains_key(who) || Wards::<T>::iter_prefix(who).next().is_some()
	}
}
