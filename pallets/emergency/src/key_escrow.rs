//! Emergency-key escrow: a patient's emergency key and its shares held by the emergency
//! authorities, the records' emergency envelopes, and the release of shares to the responder
//! of an active session. The chain stores ciphertexts only; the scheme and its trust
//! assumptions are described in the crate documentation.
//!
//! Each `do_*` function is the body of the call of the same name, after its origin check:
//! it validates everything, then writes, then emits.

use crate::{
	Authorities, CiphertextOf, Config, EmergencyEnvelope, EmergencyEnvelopes, EmergencyKey,
	EmergencyKeys, EnvelopeBatchOf, Error, Event, KeySharesOf, Pallet, ReleasedShares, SessionId,
	SessionStatus, Sessions,
};
use frame_support::{dispatch::DispatchResult, ensure};
use medchain_primitives::{
	AuditEvent, AuditTrail, EncryptionKey, PatientId, PatientRegistry, ProviderRegistry,
	RecordAccess, RecordLookup,
};

impl<T: Config> Pallet<T> {
	/// [`Pallet::set_emergency_key`] by `by`.
	pub(crate) fn do_set_emergency_key(
		by: T::AccountId,
		patient: PatientId,
		key: EncryptionKey,
		threshold: u8,
		shares: KeySharesOf<T>,
	) -> DispatchResult {
		let policy = T::Patients::emergency_policy(&patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(T::Patients::may_act_for(&patient, &by), Error::<T>::NotAuthorized);
		ensure!(key.is_usable(), Error::<T>::UnusableKey);
		let authorities = Authorities::<T>::get();
		for (i, share) in shares.iter().enumerate() {
			ensure!(authorities.contains(&share.authority), Error::<T>::ShareHolderNotAuthority);
			ensure!(
				!shares.iter().take(i).any(|s| s.authority == share.authority),
				Error::<T>::DuplicateShareHolder
			);
			ensure!(!share.ciphertext.is_empty(), Error::<T>::EmptyCiphertext);
		}
		// A session stops gathering approvals at the policy's threshold, so at most that many
		// authorities ever release a share: a higher key threshold could never be met.
		let required = Self::required_approvals(&policy);
		ensure!(u32::from(threshold) >= required, Error::<T>::ThresholdBelowPolicy);
		ensure!(u32::from(threshold) <= required, Error::<T>::ThresholdAbovePolicy);
		ensure!(usize::from(threshold) <= shares.len(), Error::<T>::NotEnoughShares);
		let version = match EmergencyKeys::<T>::get(patient) {
			Some(old) => old.version.checked_add(1).ok_or(Error::<T>::Overflow)?,
			None => 0,
		};
		EmergencyKeys::<T>::insert(
			patient,
			EmergencyKey {
				key,
				version,
				threshold,
				shares,
				set_by: by.clone(),
				set_at: frame_system::Pallet::<T>::block_number(),
				exposed_in: None,
			},
		);
		T::Audit::append(&patient, &by, AuditEvent::EmergencyKeySet { version });
		Self::deposit_event(Event::EmergencyKeySet { patient, version, by });
		Ok(())
	}

	/// [`Pallet::post_emergency_envelopes`] by `by`.
	pub(crate) fn do_post_emergency_envelopes(
		by: T::AccountId,
		patient: PatientId,
		version: u32,
		envelopes: EnvelopeBatchOf<T>,
	) -> DispatchResult {
		ensure!(!envelopes.is_empty(), Error::<T>::NoEnvelopes);
		let key = EmergencyKeys::<T>::get(patient).ok_or(Error::<T>::NoEmergencyKey)?;
		// Sealed for another version than the current one: stored, it would be labelled with
		// the current version and fail to open when it is needed.
		ensure!(key.version == version, Error::<T>::KeyVersionChanged);
		ensure!(key.exposed_in.is_none(), Error::<T>::EmergencyKeyExposed);
		let for_patient = T::Patients::may_act_for(&patient, &by);
		for (record, ciphertext) in envelopes.iter() {
			let entry = T::Records::record(*record).ok_or(Error::<T>::RecordNotFound)?;
			ensure!(entry.patient == patient, Error::<T>::WrongPatient);
			// The author only while the access check still lets it read the record (not once
			// suspended, removed, revoked or out of its session).
			ensure!(
				for_patient || (entry.author == by && T::Access::may_read(&by, &entry)),
				Error::<T>::NotAuthorized
			);
			ensure!(!ciphertext.is_empty(), Error::<T>::EmptyCiphertext);
		}
		let count = envelopes.len() as u32;
		for (record, ciphertext) in envelopes {
			EmergencyEnvelopes::<T>::insert(
				patient,
				record,
				EmergencyEnvelope { version: key.version, ciphertext },
			);
		}
		T::Audit::append(&patient, &by, AuditEvent::EmergencyEnvelopesPosted { count });
		Self::deposit_event(Event::EmergencyEnvelopesPosted { patient, count, by });
		Ok(())
	}

	/// [`Pallet::release_key_share`] by `by`, for the authority it acts for.
	pub(crate) fn do_release_key_share(
		by: T::AccountId,
		session: SessionId,
		share: CiphertextOf<T>,
	) -> DispatchResult {
		let authority = Self::authority_of(&by).ok_or(Error::<T>::NotAuthority)?;
		let entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(entry.status(now) == SessionStatus::Active, Error::<T>::SessionNotActive);
		ensure!(T::Patients::owner_of(&entry.patient).is_some(), Error::<T>::PatientNotFound);
		ensure!(
			T::Providers::is_active_practitioner(&entry.responder, None),
			Error::<T>::ResponderNotActive
		);
		ensure!(entry.approved_by(&authority), Error::<T>::DidNotApprove);
		let mut key = EmergencyKeys::<T>::get(entry.patient).ok_or(Error::<T>::NoEmergencyKey)?;
		ensure!(key.shares.iter().any(|s| s.authority == authority), Error::<T>::NoShareHeld);
		ensure!(
			!ReleasedShares::<T>::contains_key(session, &authority),
			Error::<T>::AlreadyReleased
		);
		ensure!(!share.is_empty(), Error::<T>::EmptyCiphertext);
		ReleasedShares::<T>::insert(session, &authority, share);
		if key.exposed_in.is_none() {
			key.exposed_in = Some(session);
			EmergencyKeys::<T>::insert(entry.patient, key);
		}
		T::Audit::append(&entry.patient, &by, AuditEvent::KeyShareReleased { session });
		Self::deposit_event(Event::KeyShareReleased { session, authority, by });
		Ok(())
	}
}
