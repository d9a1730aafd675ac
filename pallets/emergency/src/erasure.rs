//! Erasure: when a patient is erased, their emergency key and its shares, every emergency
//! envelope of their records, and their pending and active sessions go. The key goes at once;
//! envelopes and sessions go in bounded steps, continued in `on_idle`.
//!
//! Ended sessions stay (with their approvals, closure and review): the review of a
//! break-glass session is the consortium's accountability, and it names no health data.

use crate::{
	Closer, Closure, Config, EmergencyEnvelopes, EmergencyKeys, Event, OpenSessions, Pallet,
	PendingErasure, SessionStatus, Sessions, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::Get};
use medchain_primitives::{OnPatientErased, PatientId, RecordId};

impl<T: Config> Pallet<T> {
	/// Deletes up to [`Config::ErasureBatch`] emergency envelopes of the erased `patient` and
	/// closes up to [`Config::ErasureBatch`] of its open sessions ([`Closer::Erasure`]),
	/// deleting their released shares. Keeps `patient` in [`PendingErasure`] while some
	/// remain. Returns how many envelopes and sessions it handled.
	pub fn erase_step(patient: &PatientId) -> (u32, u32) {
		let batch = T::ErasureBatch::get() as usize;
		let records: Vec<RecordId> =
			EmergencyEnvelopes::<T>::iter_key_prefix(patient).take(batch).collect();
		for record in &records {
			EmergencyEnvelopes::<T>::remove(patient, record);
		}
		let sessions: Vec<(T::AccountId, u64)> =
			OpenSessions::<T>::iter_prefix(patient).take(batch).collect();
		let now = frame_system::Pallet::<T>::block_number();
		for (responder, session) in &sessions {
			Sessions::<T>::mutate(session, |entry| {
				if let Some(entry) = entry {
					if matches!(entry.status(now), SessionStatus::Pending | SessionStatus::Active) {
						entry.closure = Some(Closure { by: Closer::Erasure, at: now });
					}
				}
			});
			Self::clear_session(*session, patient, responder);
		}
		let complete = EmergencyEnvelopes::<T>::iter_key_prefix(patient).next().is_none()
			&& OpenSessions::<T>::iter_key_prefix(patient).next().is_none();
		if complete {
			PendingErasure::<T>::remove(patient);
		} else {
			PendingErasure::<T>::insert(patient, ());
		}
		let (envelopes, closed) = (records.len() as u32, sessions.len() as u32);
		Self::deposit_event(Event::PatientErased {
			patient: *patient,
			envelopes,
			sessions: closed,
			complete,
		});
		(envelopes, closed)
	}
}

impl<T: Config> OnPatientErased for Pallet<T> {
	/// Deletes the patient's emergency key and its shares, then runs the first erasure step;
	/// `on_idle` runs the rest. Sessions of the patient no longer count for access from the
	/// block of erasure on, whatever is left for later.
	fn on_patient_erased(patient: &PatientId) -> Weight {
		EmergencyKeys::<T>::remove(patient);
		let (envelopes, sessions) = Self::erase_step(patient);
		T::WeightInfo::erase_patient(envelopes, sessions)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::erase_patient(T::ErasureBatch::get(), T::ErasureBatch::get())
	}
}
