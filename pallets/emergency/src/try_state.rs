//! The pallet's invariants, checked by `try_state` (try-runtime) and after every unit test.

use crate::{
	Authorities, Config, EmergencyEnvelopes, EmergencyKeys, OpenSessions, Pallet,
	PatientSessionCount, PatientSessions, PendingErasure, ReleasedShares, Sessions, Unreviewed,
};
use frame_support::ensure;
use medchain_primitives::PatientRegistry;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - the authority set has no duplicates;
	/// - every session's approvals are distinct, below its threshold unless activated, and
	///   never from the responder's organization; activation and expiry go together;
	/// - each patient's session positions are exactly `0..count` and point at the patient's
	///   sessions;
	/// - every open-session entry points at a session of that patient and responder;
	/// - every unreviewed entry is an unreviewed session of that responder, without
	///   duplicates;
	/// - released shares belong to sessions that an authority holding them approved;
	/// - every emergency key's threshold fits its shares, share holders are distinct;
	/// - an erased patient has no emergency key, and emergency envelopes or open sessions
	///   only while its erasure is pending in [`PendingErasure`].
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_authorities()?;
		Self::try_state_sessions()?;
		Self::try_state_patient_sessions()?;
		Self::try_state_open_sessions()?;
		Self::try_state_unreviewed()?;
		Self::try_state_released_shares()?;
		Self::try_state_emergency_keys()?;
		Self::try_state_erasure()
	}

	/// Nothing of an erased patient is left but what its pending erasure still deletes.
	fn try_state_erasure() -> Result<(), TryRuntimeError> {
		let erased = |p: &medchain_primitives::PatientId| T::Patients::owner_of(p).is_none();
		for patient in PendingErasure::<T>::iter_keys() {
			ensure!(erased(&patient), "a registered patient is being erased");
		}
		for (patient, _) in EmergencyKeys::<T>::iter() {
			ensure!(!erased(&patient), "an erased patient has an emergency key");
		}
		for (patient, _, _) in EmergencyEnvelopes::<T>::iter() {
			ensure!(
				!erased(&patient) || PendingErasure::<T>::contains_key(patient),
				"an erased patient's emergency envelope is left behind"
			);
		}
		for (patient, _, _) in OpenSessions::<T>::iter() {
			ensure!(
				!erased(&patient) || PendingErasure::<T>::contains_key(patient),
				"an erased patient's session is left open"
			);
		}
		Ok(())
	}

	/// The authority set has no duplicates.
	fn try_state_authorities() -> Result<(), TryRuntimeError> {
		let set = Authorities::<T>::get();
		for (i, a) in set.iter().enumerate() {
			ensure!(!set.iter().take(i).any(|b| b == a), "an authority is listed twice");
		}
		Ok(())
	}

	/// Every session's approvals are distinct, never from the responder's organization, and
	/// reach the threshold exactly when it was activated; activation and expiry go together.
	fn try_state_sessions() -> Result<(), TryRuntimeError> {
		for (_, session) in Sessions::<T>::iter() {
			for (i, a) in session.approvals.iter().enumerate() {
				ensure!(
					!session.approvals.iter().take(i).any(|b| b.authority == a.authority),
					"an authority approved twice"
				);
				ensure!(
					a.authority != session.organization,
					"the responder's organization approved"
				);
			}
			let reached = session.approvals.len() >= usize::from(session.required_approvals);
			ensure!(
				reached == session.activated_at.is_some(),
				"activation disagrees with the approvals"
			);
			ensure!(
				session.activated_at.is_some() == session.expires_at.is_some(),
				"activation and expiry disagree"
			);
		}
		Ok(())
	}

	/// Each patient's session positions are exactly `0..count` and point at the patient's
	/// sessions.
	fn try_state_patient_sessions() -> Result<(), TryRuntimeError> {
		for (patient, count) in PatientSessionCount::<T>::iter() {
			ensure!(
				PatientSessions::<T>::iter_prefix(patient).count() == count as usize,
				"a patient's session count is wrong"
			);
			for i in 0..count {
				let id =
					PatientSessions::<T>::get(patient, i).ok_or("a session position is missing")?;
				let session = Sessions::<T>::get(id).ok_or("a listed session is missing")?;
				ensure!(session.patient == patient, "a session is listed under another patient");
			}
		}
		Ok(())
	}

	/// Every open-session entry points at a session of that patient and responder that is not
	/// closed.
	fn try_state_open_sessions() -> Result<(), TryRuntimeError> {
		for (patient, responder, id) in OpenSessions::<T>::iter() {
			let session = Sessions::<T>::get(id).ok_or("an open session is missing")?;
			ensure!(
				session.patient == patient && session.responder == responder,
				"an open-session entry points at another pair"
			);
			ensure!(session.closure.is_none(), "a closed session is still indexed");
		}
		Ok(())
	}

	/// Every unreviewed list is non-empty and holds unreviewed sessions of that responder,
	/// once each.
	fn try_state_unreviewed() -> Result<(), TryRuntimeError> {
		for (responder, list) in Unreviewed::<T>::iter() {
			ensure!(!list.is_empty(), "an empty unreviewed list is stored");
			for (i, id) in list.iter().enumerate() {
				ensure!(!list.iter().take(i).any(|x| x == id), "a session is unreviewed twice");
				let session = Sessions::<T>::get(id).ok_or("an unreviewed session is missing")?;
				ensure!(session.responder == responder, "an unreviewed session of someone else");
				ensure!(session.review.is_none(), "a reviewed session is listed as unreviewed");
			}
		}
		Ok(())
	}

	/// Released shares belong to sessions, not closed, that the releasing authority approved.
	fn try_state_released_shares() -> Result<(), TryRuntimeError> {
		for (id, authority, _) in ReleasedShares::<T>::iter() {
			let session = Sessions::<T>::get(id).ok_or("a share was released for no session")?;
			ensure!(session.approved_by(&authority), "a share was released by a non-approver");
			ensure!(session.closure.is_none(), "a closed session still has released shares");
		}
		Ok(())
	}

	/// Every emergency key's threshold fits its shares; share holders are distinct.
	fn try_state_emergency_keys() -> Result<(), TryRuntimeError> {
		for (_, key) in EmergencyKeys::<T>::iter() {
			ensure!(
				usize::from(key.threshold) <= key.shares.len(),
				"a threshold exceeds the shares"
			);
			for (i, s) in key.shares.iter().enumerate() {
				ensure!(
					!key.shares.iter().take(i).any(|x| x.authority == s.authority),
					"an authority holds two shares"
				);
			}
		}
		Ok(())
	}
}
