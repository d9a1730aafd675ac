//! Access requests: a third party asks, the patient decides.

use super::*;

impl<T: Config> Pallet<T> {
	/// [`request_access`](Pallet::request_access) for a signed `requester`: validates the
	/// request, then stores it as pending, appends `AccessRequested` and emits
	/// [`Event::AccessRequested`].
	pub(crate) fn do_request_access(
		requester: T::AccountId,
		patient: PatientId,
		scope: Scope,
		permission: Permission,
		purpose: Purpose,
		duration: BlockNumberFor<T>,
		research: Option<ResearchTermsOf<T>>,
	) -> DispatchResult {
		ensure!(Self::is_active_provider(&requester), Error::<T>::NotActiveProvider);
		ensure!(T::Patients::owner_of(&patient).is_some(), Error::<T>::PatientNotFound);
		Self::ensure_valid_scope(&scope)?;
		ensure!(
			!duration.is_zero() && duration <= T::MaxRequestDuration::get(),
			Error::<T>::InvalidDuration
		);
		ensure!(
			(purpose == Purpose::Research) == research.is_some(),
			Error::<T>::ResearchTermsMismatch
		);
		if let Some(terms) = &research {
			ensure!(Self::is_research_body(&requester), Error::<T>::NotResearchBody);
			ensure!(permission == Permission::Read, Error::<T>::ResearchIsReadOnly);
			ensure!(
				T::Providers::is_active_organization(&terms.approved_by),
				Error::<T>::UnknownEthicsApprover
			);
			let approver_kind = T::Providers::organization(&terms.approved_by).map(|o| o.kind);
			ensure!(
				terms.approved_by != Self::organization_of(&requester)
					&& approver_kind.is_some_and(|k| k.may_approve_ethics()),
				Error::<T>::EthicsApproverNotIndependent
			);
		}
		Self::ensure_purpose_fits(&requester, purpose, permission)?;
		let mut pending = PendingRequests::<T>::get(patient);
		let mine = pending
			.iter()
			.filter(|r| Requests::<T>::get(r).is_some_and(|r| r.requester == requester))
			.count() as u32;
		ensure!(mine < T::MaxPendingPerRequester::get(), Error::<T>::RequesterLimitReached);
		let request = NextRequestId::<T>::get();
		pending.try_push(request).map_err(|_| Error::<T>::TooManyPendingRequests)?;
		let next = request.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let position = RequestCount::<T>::get(patient);
		let next_position = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Requests::<T>::insert(
			request,
			Request {
				patient,
				requester: requester.clone(),
				scope,
				permission,
				purpose,
				duration,
				research,
				requested_at: frame_system::Pallet::<T>::block_number(),
				status: RequestStatus::Pending,
			},
		);
		PendingRequests::<T>::insert(patient, pending);
		RequestsOf::<T>::insert(patient, position, request);
		RequestCount::<T>::insert(patient, next_position);
		NextRequestId::<T>::put(next);
		Self::append(&patient, &requester, AuditEvent::AccessRequested { request });
		Self::deposit_event(Event::AccessRequested { request, patient, requester });
		Ok(())
	}

	/// The pending request `request`, within its lifetime.
	pub(crate) fn pending_request(request: RequestId) -> Result<RequestOf<T>, DispatchError> {
		let entry = Requests::<T>::get(request).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(entry.status == RequestStatus::Pending, Error::<T>::RequestNotPending);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < Self::request_deadline(&entry), Error::<T>::RequestExpired);
		Ok(entry)
	}

	/// The first block in which `request` can no longer be decided.
	pub(crate) fn request_deadline(request: &RequestOf<T>) -> BlockNumberFor<T> {
		request.requested_at.saturating_add(T::RequestLifetime::get())
	}

	/// Expires `patient`'s pending requests past their deadline, then deletes up to `limit`
	/// of its oldest requests past their retention, in the order they were made (stopping at
	/// the first that is not). Returns how many pending requests were examined, how many
	/// expired and how many were deleted.
	pub(crate) fn do_clean_requests(patient: PatientId, limit: u32) -> (u32, u32, u32) {
		let now = frame_system::Pallet::<T>::block_number();
		let mut pending = PendingRequests::<T>::get(patient);
		let examined = pending.len() as u32;
		let mut expired = 0u32;
		pending.retain(|id| {
			let Some(mut entry) = Requests::<T>::get(id) else { return false };
			if now < Self::request_deadline(&entry) {
				return true;
			}
			entry.status = RequestStatus::Expired;
			Requests::<T>::insert(id, entry);
			expired = expired.saturating_add(1);
			false
		});
		if expired > 0 {
			if pending.is_empty() {
				PendingRequests::<T>::remove(patient);
			} else {
				PendingRequests::<T>::insert(patient, pending);
			}
		}
		let count = RequestCount::<T>::get(patient);
		let mut position = RequestsPruned::<T>::get(patient);
		let mut deleted = 0u32;
		while position < count && deleted < limit {
			if let Some(id) = RequestsOf::<T>::get(patient, position) {
				let old_enough = Requests::<T>::get(id).is_none_or(|r| {
					r.status != RequestStatus::Pending
						&& Self::request_deadline(&r).saturating_add(T::RequestRetention::get())
							<= now
				});
				if !old_enough {
					break;
				}
				Requests::<T>::remove(id);
				RequestsOf::<T>::remove(patient, position);
			}
			position = position.saturating_add(1);
			deleted = deleted.saturating_add(1);
		}
		if deleted > 0 {
			RequestsPruned::<T>::insert(patient, position);
		}
		(examined, expired, deleted)
	}

	/// Stores a decided request and drops it from the patient's pending list.
	pub(crate) fn close_request(request: RequestId, entry: RequestOf<T>) {
		PendingRequests::<T>::mutate(entry.patient, |pending| pending.retain(|r| *r != request));
		Requests::<T>::insert(request, entry);
	}
}
