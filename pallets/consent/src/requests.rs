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

	/// The pending request `request`.
	pub(crate) fn pending_request(request: RequestId) -> Result<RequestOf<T>, DispatchError> {
		let entry = Requests::<T>::get(request).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(entry.status == RequestStatus::Pending, Error::<T>::RequestNotPending);
		Ok(entry)
	}

	/// Stores a decided request and drops it from the patient's pending list.
	pub(crate) fn close_request(request: RequestId, entry: RequestOf<T>) {
		PendingRequests::<T>::mutate(entry.patient, |pending| pending.retain(|r| *r != request));
		Requests::<T>::insert(request, entry);
	}
}
