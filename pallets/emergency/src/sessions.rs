//! The session lifecycle: open, approve (and activate), close, review, lift a bar, clean; the
//! queries on sessions. Expiry and lapse are not steps: they are derived from the block number
//! ([`Session::status`]).
//!
//! Each `do_*` function is the body of the call of the same name, after its origin check:
//! it validates everything, then writes, then emits.

use crate::{
	Approval, Authorities, Barred, Closer, Closure, Config, EmergencyKeys, EmergencyReason, Error,
	Event, NextSessionId, OpenSessions, Pallet, PatientSessionCount, PatientSessions,
	ReleasedShares, Review, Reviewer, Session, SessionId, SessionOf, SessionStatus, Sessions,
	Unreviewed,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{EnsureOrigin, Get},
	weights::Weight,
	BoundedVec,
};
use frame_system::{ensure_signed, pallet_prelude::*};
use medchain_primitives::{
	AuditEvent, AuditTrail, DocumentHash, KeyEnvelopes, OrganizationKind, PatientId,
	PatientRegistry, PractitionerRole, ProviderRegistry,
};
use sp_runtime::{traits::Saturating, DispatchError};

/// The origin of [`Pallet::close_session`] or [`Pallet::review_session`], which governance or
/// a signed account may call, as their dispatchables resolve it.
pub(crate) enum Caller<AccountId> {
	/// [`Config::GovernanceOrigin`].
	Governance,
	/// A signed account (not governance).
	Signed(AccountId),
	/// Any other origin. It is refused with `BadOrigin` only after the session is looked up,
	/// so that an unknown session is reported as [`Error::SessionNotFound`] first.
	Other,
}

impl<T: Config> Pallet<T> {
	/// Resolves the origin of a call that governance or a signed account may make.
	pub(crate) fn governance_or_signed(origin: OriginFor<T>) -> Caller<T::AccountId> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Caller::Governance,
			Err(origin) => match ensure_signed(origin) {
				Ok(who) => Caller::Signed(who),
				Err(_) => Caller::Other,
			},
		}
	}

	/// [`Pallet::open_session`] by `responder`.
	/// `who` as a practitioner who may open sessions: an active emergency responder, or an
	/// active physician or nurse of a hospital or an emergency service.
	fn responder(
		who: &T::AccountId,
	) -> Option<medchain_primitives::PractitionerInfo<T::AccountId>> {
		T::Providers::practitioner(who).filter(|p| {
			p.active
				&& match p.role {
					PractitionerRole::EmergencyResponder => true,
					PractitionerRole::Physician | PractitionerRole::Nurse => {
						T::Providers::organization(&p.organization).is_some_and(|o| {
							matches!(
								o.kind,
								OrganizationKind::Hospital | OrganizationKind::EmergencyService
							)
						})
					},
					_ => false,
				}
		})
	}

	/// Whether `call` from `who` is break-glass that should go before everything else in the
	/// pool: opening by a responder who may open, is not barred and has no session pending or
	/// active on the patient, for a patient who allows break-glass; approving a pending session
	/// by an emergency authority (or its call attendant) that has not approved it yet; closing
	/// a pending or active session by its responder, the patient or a guardian. Anything else,
	/// including every call that would fail on these checks, is ordinary traffic.
	pub fn is_urgent(who: &T::AccountId, call: &crate::Call<T>) -> bool {
		use crate::Call;
		let now = frame_system::Pallet::<T>::block_number();
		let live = |id: SessionId| {
			Sessions::<T>::get(id)
				.filter(|s| matches!(s.status(now), SessionStatus::Pending | SessionStatus::Active))
		};
		match call {
			Call::open_session { patient, .. } => {
				Self::responder(who).is_some()
					&& !Barred::<T>::contains_key(who)
					&& T::Patients::emergency_policy(patient).is_some_and(|p| p.allowed)
					&& OpenSessions::<T>::get(patient, who).and_then(live).is_none()
			},
			Call::approve_session { session } => Self::authority_of(who).is_some_and(|a| {
				Sessions::<T>::get(session)
					.is_some_and(|s| s.status(now) == SessionStatus::Pending && !s.approved_by(&a))
			}),
			Call::close_session { session } => live(*session)
				.is_some_and(|s| &s.responder == who || T::Patients::may_act_for(&s.patient, who)),
			_ => false,
		}
	}

	/// An upper bound of the storage reads of [`Pallet::is_urgent`].
	pub fn urgent_check_weight() -> Weight {
		T::DbWeight::get().reads(6)
	}

	pub(crate) fn do_open_session(
		responder: T::AccountId,
		patient: PatientId,
		reason: EmergencyReason,
		justification: DocumentHash,
	) -> Result<Weight, DispatchError> {
		// Emergency responders, and physicians and nurses of hospitals and emergency services:
		// never an insurer's, a laboratory's or a research body's staff.
		let practitioner = Self::responder(&responder).ok_or(Error::<T>::NotResponder)?;
		ensure!(!Barred::<T>::contains_key(&responder), Error::<T>::Barred);
		let now = frame_system::Pallet::<T>::block_number();
		let mut unreviewed = Unreviewed::<T>::get(&responder);
		ensure!(
			!unreviewed.iter().any(|s| Self::review_overdue(*s, now)),
			Error::<T>::ReviewOverdue
		);
		ensure!(justification != DocumentHash::zero(), Error::<T>::MissingJustification);
		let policy = T::Patients::emergency_policy(&patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(policy.allowed, Error::<T>::BreakGlassForbidden);
		let previous = OpenSessions::<T>::get(patient, &responder);
		if let Some(previous) = previous {
			ensure!(
				!Sessions::<T>::get(previous).is_some_and(|s| matches!(
					s.status(now),
					SessionStatus::Pending | SessionStatus::Active
				)),
				Error::<T>::SessionAlreadyOpen
			);
		}
		// At least the patient's emergency-key threshold, so that an approved session can
		// always gather enough shares (even after the policy was lowered).
		let key_threshold = EmergencyKeys::<T>::get(patient).map_or(0, |k| u32::from(k.threshold));
		let required = Self::required_approvals(&policy).max(key_threshold);
		ensure!(required <= T::MaxEmergencyApprovals::get(), Error::<T>::ThresholdTooHigh);
		// Sessions store the threshold as a `u8`; `integrity_test` keeps the consortium
		// minimum within it and policies are `u8`, so this does not fail.
		let required = u8::try_from(required).map_err(|_| Error::<T>::ThresholdTooHigh)?;
		let independent = Authorities::<T>::get()
			.iter()
			.filter(|a| **a != practitioner.organization && T::Providers::is_active_organization(a))
			.count();
		ensure!(independent >= usize::from(required), Error::<T>::NotEnoughAuthorities);
		let session = NextSessionId::<T>::get();
		unreviewed.try_push(session).map_err(|_| Error::<T>::TooManyUnreviewed)?;
		let next = session.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let position = PatientSessionCount::<T>::get(patient);
		let next_position = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// Every check passed. The ended session this one replaces in the index leaves nothing
		// behind: its shares go, and the envelopes it justified.
		let mut replaced = Weight::zero();
		if let Some(previous) = previous {
			Self::clear_session(previous, &patient, &responder);
			let examined = Self::prune_responder(&patient, &responder);
			replaced = T::Envelopes::prune_weight(examined);
		}

		Sessions::<T>::insert(
			session,
			Session {
				patient,
				responder: responder.clone(),
				organization: practitioner.organization,
				reason,
				justification,
				required_approvals: required,
				approvals: BoundedVec::new(),
				opened_at: now,
				approve_by: now.saturating_add(T::ApprovalWindow::get()),
				activated_at: None,
				expires_at: None,
				closure: None,
				review: None,
			},
		);
		NextSessionId::<T>::put(next);
		PatientSessions::<T>::insert(patient, position, session);
		PatientSessionCount::<T>::insert(patient, next_position);
		OpenSessions::<T>::insert(patient, &responder, session);
		Unreviewed::<T>::insert(&responder, unreviewed);
		T::Audit::append(&patient, &responder, AuditEvent::SessionOpened { session });
		Self::deposit_event(Event::SessionOpened {
			session,
			patient,
			responder,
			reason,
			required_approvals: required,
		});
		Ok(replaced)
	}

	/// [`Pallet::approve_session`] by `by`, for the authority it acts for.
	pub(crate) fn do_approve_session(by: T::AccountId, session: SessionId) -> DispatchResult {
		let authority = Self::authority_of(&by).ok_or(Error::<T>::NotAuthority)?;
		let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		match entry.status(now) {
			SessionStatus::Pending => {},
			SessionStatus::Lapsed => return Err(Error::<T>::SessionLapsed.into()),
			_ => return Err(Error::<T>::SessionNotPending.into()),
		}
		ensure!(T::Patients::owner_of(&entry.patient).is_some(), Error::<T>::PatientNotFound);
		// Independence holds against the organization the responder practised for at opening
		// and the one it practises for now.
		let current = T::Providers::practitioner(&entry.responder).map(|p| p.organization);
		ensure!(
			authority != entry.organization && current.as_ref() != Some(&authority),
			Error::<T>::OwnOrganization
		);
		ensure!(!entry.approved_by(&authority), Error::<T>::AlreadyApproved);
		entry
			.approvals
			.try_push(Approval { authority: authority.clone(), by: by.clone(), at: now })
			.map_err(|_| Error::<T>::SessionNotPending)?;
		let approvals = entry.approvals.len() as u32;
		let activated = approvals >= u32::from(entry.required_approvals);
		let expires_at = now.saturating_add(T::SessionDuration::get());
		if activated {
			entry.activated_at = Some(now);
			entry.expires_at = Some(expires_at);
		}
		let patient = entry.patient;
		Sessions::<T>::insert(session, entry);
		T::Audit::append(&patient, &by, AuditEvent::SessionApproved { session });
		Self::deposit_event(Event::SessionApproved {
			session,
			authority,
			by: by.clone(),
			approvals,
		});
		if activated {
			T::Audit::append(&patient, &by, AuditEvent::SessionActivated { session });
			Self::deposit_event(Event::SessionActivated { session, expires_at });
		}
		Ok(())
	}

	/// [`Pallet::close_session`] by `caller`.
	pub(crate) fn do_close_session(
		caller: Caller<T::AccountId>,
		session: SessionId,
	) -> Result<u32, DispatchError> {
		let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
		let (by, actor) = match caller {
			Caller::Governance => (Closer::Governance, Self::account_id()),
			Caller::Signed(who) => {
				if who == entry.responder {
					(Closer::Responder, who)
				} else if T::Patients::may_act_for(&entry.patient, &who) {
					(Closer::Patient(who.clone()), who)
				} else {
					return Err(Error::<T>::NotAuthorized.into());
				}
			},
			Caller::Other => return Err(DispatchError::BadOrigin),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			matches!(entry.status(now), SessionStatus::Pending | SessionStatus::Active),
			Error::<T>::SessionEnded
		);
		entry.closure = Some(Closure { by: by.clone(), at: now });
		let patient = entry.patient;
		let responder = entry.responder.clone();
		Sessions::<T>::insert(session, entry);
		Self::clear_session(session, &patient, &responder);
		let examined = Self::prune_responder(&patient, &responder);
		T::Audit::append(&patient, &actor, AuditEvent::SessionClosed { session });
		Self::deposit_event(Event::SessionClosed { session, by });
		Ok(examined)
	}

	/// [`Pallet::review_session`] by `caller`.
	pub(crate) fn do_review_session(
		caller: Caller<T::AccountId>,
		session: SessionId,
		justified: bool,
		finding: DocumentHash,
	) -> Result<Weight, DispatchError> {
		let mut entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
		let (by, actor) = match caller {
			Caller::Governance => (Reviewer::Governance, Self::account_id()),
			Caller::Signed(who) => {
				let auditor = T::Providers::practitioner(&who)
					.filter(|p| p.active && p.role == PractitionerRole::Auditor)
					.ok_or(Error::<T>::NotAuditor)?;
				// Independent of the responder's organization and of every authority that
				// approved the session.
				ensure!(
					auditor.organization != entry.organization
						&& who != entry.responder
						&& !entry.approved_by(&auditor.organization),
					Error::<T>::AuditorNotIndependent
				);
				(Reviewer::Auditor(who.clone()), who)
			},
			Caller::Other => return Err(DispatchError::BadOrigin),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(entry.ended_at(now).is_some(), Error::<T>::SessionNotEnded);
		ensure!(entry.review.is_none(), Error::<T>::AlreadyReviewed);
		entry.review = Some(Review { by: by.clone(), justified, finding, at: now });
		let patient = entry.patient;
		let responder = entry.responder.clone();
		Sessions::<T>::insert(session, entry);
		Unreviewed::<T>::mutate_exists(&responder, |list| {
			if let Some(l) = list {
				l.retain(|s| *s != session);
				if l.is_empty() {
					*list = None;
				}
			}
		});
		Self::clear_session(session, &patient, &responder);
		let examined = Self::prune_responder(&patient, &responder);
		let mut responder_suspended = false;
		let mut suspension = Weight::zero();
		if !justified {
			Barred::<T>::insert(&responder, session);
			// The finding stands even if the responder has left the registry meanwhile.
			if let Ok(used) = T::Providers::suspend_practitioner(&responder) {
				responder_suspended = true;
				suspension = used;
			}
		}
		T::Audit::append(&patient, &actor, AuditEvent::SessionReviewed { session, justified });
		Self::deposit_event(Event::SessionReviewed { session, justified, by, responder_suspended });
		Ok(T::Envelopes::prune_weight(examined).saturating_add(suspension))
	}

	/// [`Pallet::lift_bar`] for `responder`.
	pub(crate) fn do_lift_bar(responder: T::AccountId) -> DispatchResult {
		ensure!(Barred::<T>::contains_key(&responder), Error::<T>::NotBarred);
		Barred::<T>::remove(&responder);
		Self::deposit_event(Event::BarLifted { responder });
		Ok(())
	}

	/// [`Pallet::clean_session`].
	pub(crate) fn do_clean_session(session: SessionId) -> Result<u32, DispatchError> {
		let entry = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(entry.ended_at(now).is_some(), Error::<T>::SessionNotEnded);
		let indexed = OpenSessions::<T>::get(entry.patient, &entry.responder) == Some(session);
		ensure!(
			indexed || ReleasedShares::<T>::iter_prefix(session).next().is_some(),
			Error::<T>::NothingToClean
		);
		Self::clear_session(session, &entry.patient, &entry.responder);
		let examined = Self::prune_responder(&entry.patient, &entry.responder);
		Self::deposit_event(Event::SessionCleaned { session });
		Ok(examined)
	}

	/// Whether `session` has ended and its review is overdue at `now`.
	fn review_overdue(session: SessionId, now: BlockNumberFor<T>) -> bool {
		Sessions::<T>::get(session).is_some_and(|s| {
			s.review.is_none()
				&& s.ended_at(now)
					.is_some_and(|end| end.saturating_add(T::ReviewWindow::get()) <= now)
		})
	}

	/// After a session ended: examines up to [`Config::EnvelopePruneLimit`] of the key
	/// envelopes of the patient's records held by the responder, removing those nothing else
	/// justifies; returns how many it examined.
	fn prune_responder(patient: &PatientId, responder: &T::AccountId) -> u32 {
		T::Envelopes::prune_envelopes(patient, responder, T::EnvelopePruneLimit::get()).0
	}

	/// Removes an ended session from the access index and deletes its released shares
	/// (at most one per approval).
	pub(crate) fn clear_session(session: SessionId, patient: &PatientId, responder: &T::AccountId) {
		if OpenSessions::<T>::get(patient, responder) == Some(session) {
			OpenSessions::<T>::remove(patient, responder);
		}
		let _ = ReleasedShares::<T>::clear_prefix(session, T::MaxEmergencyApprovals::get(), None);
	}

	/// Up to `limit` of `patient`'s sessions from position `from`, oldest first.
	pub fn sessions_of(
		patient: PatientId,
		from: u32,
		limit: u32,
	) -> Vec<(SessionId, SessionOf<T>)> {
		let end = from.saturating_add(limit).min(PatientSessionCount::<T>::get(patient));
		(from..end)
			.filter_map(|i| PatientSessions::<T>::get(patient, i))
			.filter_map(|id| Sessions::<T>::get(id).map(|s| (id, s)))
			.collect()
	}

	/// Where `session` stands now, if it exists.
	pub fn session_status(session: SessionId) -> Option<SessionStatus> {
		let now = frame_system::Pallet::<T>::block_number();
		Sessions::<T>::get(session).map(|s| s.status(now))
	}
}
