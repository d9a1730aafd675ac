//! Benchmarks of the consent pallet (FRAME v2). Lists are full where they are scanned; the
//! scope is the longest allowed list of kinds.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use medchain_primitives::DocumentHash as H256;
use medchain_primitives::{RecordKind, MAX_SCOPE_KINDS};
use sp_runtime::traits::One;

fn widest_scope() -> Scope {
	let kind =
		RecordKind::Fhir(BoundedVec::truncate_from(b"MedicinalProductUndesirableEffect".to_vec()));
	Scope::Kinds(BoundedVec::truncate_from(vec![kind; MAX_SCOPE_KINDS as usize]))
}

/// Fills the patient's active grants to one below both bounds (for `grantee`).
fn grants_for<T: Config>(patient: PatientId, owner: &T::AccountId, grantee: &T::AccountId) {
	for _ in 1..T::MaxGrantsPerGrantee::get() {
		Pallet::<T>::grant_access(
			RawOrigin::Signed(owner.clone()).into(),
			patient,
			grantee.clone(),
			Scope::AllRecords,
			Permission::Read,
			Purpose::Treatment,
			None,
		)
		.expect("below the bounds; qed");
	}
}

/// Makes `reader` (an active practitioner) the costliest party the access check can answer
/// yes for: it and its organization each hold [`Config::MaxGrantsPerGrantee`] read-write
/// grants of the widest scope, none of which covers a lab result or any new record of another
/// kind than the scope's (so both lists are read and every kind compared), and it reads and
/// writes through an active break-glass session, looked up last.
pub(crate) fn costliest_reader<T: Config>(
	patient: PatientId,
	owner: &T::AccountId,
	reader: &T::AccountId,
) {
	let organization = T::Providers::practitioner(reader)
		.map(|p| p.organization)
		.expect("the helper's practitioner is registered; qed");
	for holder in [reader, &organization] {
		for _ in 0..T::MaxGrantsPerGrantee::get() {
			Pallet::<T>::grant_access(
				RawOrigin::Signed(owner.clone()).into(),
				patient,
				holder.clone(),
				widest_scope(),
				Permission::ReadWrite,
				Purpose::Treatment,
				None,
			)
			.expect("below the bounds; qed");
		}
	}
	T::BenchmarkHelper::break_glass(&patient, reader);
}

/// Fills the patient's pending list to one below its bound with requests of `requester`
/// (as far as the per-requester bound allows) and of the research body.
fn pending_for<T: Config>(patient: PatientId, requester: &T::AccountId) {
	// A research body asks for research (with an independent approval), anyone else for
	// treatment: what the purpose table lets each ask for.
	let (purpose, research) = if Pallet::<T>::is_research_body(requester) {
		(Purpose::Research, Some(ethics_terms::<T>()))
	} else {
		(Purpose::Treatment, None)
	};
	for _ in 1..T::MaxPendingPerRequester::get() {
		Pallet::<T>::request_access(
			RawOrigin::Signed(requester.clone()).into(),
			patient,
			Scope::AllRecords,
			Permission::Read,
			purpose,
			One::one(),
			research.clone(),
		)
		.expect("below the bounds; qed");
	}
}

/// The patient's read grant of all records to the benchmark practitioner: the patient's
/// account and the grant's id.
fn practitioner_granted<T: Config>() -> (T::AccountId, GrantId) {
	let (patient, owner) = T::BenchmarkHelper::patient();
	Pallet::<T>::grant_access(
		RawOrigin::Signed(owner.clone()).into(),
		patient,
		T::BenchmarkHelper::practitioner(),
		Scope::AllRecords,
		Permission::Read,
		Purpose::Treatment,
		None,
	)
	.expect("a fresh grant; qed");
	(owner, NextGrantId::<T>::get().saturating_sub(1))
}

/// Research terms approved by the benchmark practitioner's organization (a hospital, not
/// the research body).
fn ethics_terms<T: Config>() -> ResearchTermsOf<T> {
	let practitioner = T::BenchmarkHelper::practitioner();
	let approved_by = T::Providers::practitioner(&practitioner)
		.map(|p| p.organization)
		.expect("the helper's practitioner is registered; qed");
	ResearchTerms { ethics_approval: H256::repeat_byte(7), approved_by }
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_access() {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let grantee = T::BenchmarkHelper::practitioner();
		grants_for::<T>(patient, &owner, &grantee);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			patient,
			grantee.clone(),
			widest_scope(),
			Permission::ReadWrite,
			Purpose::Treatment,
			Some(T::MaxRequestDuration::get()),
		);

		assert_eq!(
			ActiveGrants::<T>::get(patient, &grantee).len() as u32,
			T::MaxGrantsPerGrantee::get()
		);
	}

	/// The revoked grant is the last of the grantee's full list (found at the end of the scan),
	/// and no other justifies its envelopes, so they are removed (their weight is added from
	/// the records pallet's own benchmark).
	#[benchmark]
	fn revoke_access() {
		let (patient, owner) = T::BenchmarkHelper::patient();
		grants_for::<T>(patient, &owner, &T::BenchmarkHelper::practitioner());
		let (owner, grant) = practitioner_granted::<T>();
		assert_eq!(
			ActiveGrants::<T>::get(patient, T::BenchmarkHelper::practitioner()).last(),
			Some(&grant)
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), grant);

		assert!(Grants::<T>::get(grant).is_some_and(|g| g.revoked.is_some()));
	}

	/// A revocation refused on its longest path: the grant is read, and the caller is
	/// neither the patient nor a guardian (both looked up). What a failing `revoke_access`
	/// is charged.
	#[benchmark]
	fn revoke_access_refused() {
		let (_, grant) = practitioner_granted::<T>();
		let stranger: T::AccountId = account("stranger", 0, 0);

		#[block]
		{
			assert!(
				Pallet::<T>::do_revoke_access(RawOrigin::Signed(stranger).into(), grant).is_err()
			);
		}

		assert!(Grants::<T>::get(grant).is_some_and(|g| g.revoked.is_none()));
	}

	/// A research request (every check) by a requester one below its bound, into a pending list
	/// one below its bound: every pending request (each with the widest scope and research
	/// terms) is read to count the requester's.
	#[benchmark]
	fn request_access() {
		let (patient, _) = T::BenchmarkHelper::patient();
		let requester = T::BenchmarkHelper::research_body();
		pending_for::<T>(patient, &requester);
		let terms = ethics_terms::<T>();
		let mut pending = PendingRequests::<T>::get(patient);
		let now = frame_system::Pallet::<T>::block_number();
		for i in pending.len() as u32..T::MaxPendingRequests::get().saturating_sub(1) {
			let id = NextRequestId::<T>::get();
			Requests::<T>::insert(
				id,
				Request {
					patient,
					requester: account("other-requester", i, 0),
					scope: widest_scope(),
					permission: Permission::Read,
					purpose: Purpose::Research,
					duration: T::MaxRequestDuration::get(),
					research: Some(terms.clone()),
					requested_at: now,
					status: RequestStatus::Pending,
				},
			);
			let position = RequestCount::<T>::get(patient);
			RequestsOf::<T>::insert(patient, position, id);
			RequestCount::<T>::insert(patient, position.saturating_add(1));
			pending.try_push(id).expect("below MaxPendingRequests; qed");
			NextRequestId::<T>::put(id.saturating_add(1));
		}
		PendingRequests::<T>::insert(patient, pending);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(requester),
			patient,
			widest_scope(),
			Permission::Read,
			Purpose::Research,
			T::MaxRequestDuration::get(),
			Some(terms),
		);

		assert_eq!(PendingRequests::<T>::get(patient).len() as u32, T::MaxPendingRequests::get());
	}

	#[benchmark]
	fn approve_request() {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let requester = T::BenchmarkHelper::practitioner();
		grants_for::<T>(patient, &owner, &requester);
		pending_for::<T>(patient, &requester);
		let request = NextRequestId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), request);

		assert!(matches!(
			Requests::<T>::get(request).map(|r| r.status),
			Some(RequestStatus::Approved(_))
		));
	}

	#[benchmark]
	fn deny_request() {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let requester = T::BenchmarkHelper::practitioner();
		pending_for::<T>(patient, &requester);
		let request = NextRequestId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), request);

		assert_eq!(Requests::<T>::get(request).map(|r| r.status), Some(RequestStatus::Denied));
	}

	#[benchmark]
	fn cancel_request() {
		let (patient, _) = T::BenchmarkHelper::patient();
		let requester = T::BenchmarkHelper::practitioner();
		pending_for::<T>(patient, &requester);
		let request = NextRequestId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), request);

		assert_eq!(Requests::<T>::get(request).map(|r| r.status), Some(RequestStatus::Cancelled));
	}

	/// `n` grants examined, all expired and cleaned.
	#[benchmark]
	fn clean_expired(n: Linear<0, { T::MaxGrantsPerPatient::get() }>) {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let now = frame_system::Pallet::<T>::block_number();
		let expiry = now.saturating_add(One::one());
		for i in 0..n {
			let grantee: T::AccountId = account("grantee", i, 0);
			Pallet::<T>::insert_grant(Grant {
				patient,
				grantee,
				registration: 0,
				scope: Scope::AllRecords,
				permission: Permission::Read,
				purpose: Purpose::Treatment,
				research: None,
				granted_by: owner.clone(),
				granted_at: now,
				expires_at: Some(expiry),
				revoked: None,
				request: None,
			})
			.expect("below the bound; qed");
		}
		frame_system::Pallet::<T>::set_block_number(expiry);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), patient, n);

		assert_eq!(ActiveGrantCount::<T>::get(patient), 0);
	}

	/// `p` pending requests (the widest scope each), all past their lifetime, expire; `n` old
	/// requests past their retention are deleted.
	#[benchmark]
	fn clean_requests(
		p: Linear<0, { T::MaxPendingRequests::get() }>,
		n: Linear<0, { T::MaxCleanRequests::get() }>,
	) {
		let (patient, _) = T::BenchmarkHelper::patient();
		let requested_at = frame_system::Pallet::<T>::block_number();
		let mut pending = PendingRequests::<T>::get(patient);
		for i in 0..n.saturating_add(p) {
			let id = NextRequestId::<T>::get();
			let status = if i < n { RequestStatus::Denied } else { RequestStatus::Pending };
			Requests::<T>::insert(
				id,
				Request {
					patient,
					requester: account("old-requester", i, 0),
					scope: widest_scope(),
					permission: Permission::Read,
					purpose: Purpose::Research,
					duration: T::MaxRequestDuration::get(),
					research: Some(ethics_terms::<T>()),
					requested_at,
					status,
				},
			);
			let position = RequestCount::<T>::get(patient);
			RequestsOf::<T>::insert(patient, position, id);
			RequestCount::<T>::insert(patient, position.saturating_add(1));
			NextRequestId::<T>::put(id.saturating_add(1));
			if i >= n {
				pending.try_push(id).expect("at most MaxPendingRequests; qed");
			}
		}
		PendingRequests::<T>::insert(patient, pending);
		let now = requested_at
			.saturating_add(T::RequestLifetime::get())
			.saturating_add(T::RequestRetention::get());
		frame_system::Pallet::<T>::set_block_number(now);
		// The deletion stops at a request too young to go, after the `n` old ones: the
		// probe is read too. It takes the position after them (the pending ones follow).
		let young = NextRequestId::<T>::get();
		Requests::<T>::insert(
			young,
			Request {
				patient,
				requester: account("young-requester", 0, 0),
				scope: widest_scope(),
				permission: Permission::Read,
				purpose: Purpose::Research,
				duration: T::MaxRequestDuration::get(),
				research: Some(ethics_terms::<T>()),
				requested_at: now,
				status: RequestStatus::Denied,
			},
		);
		NextRequestId::<T>::put(young.saturating_add(1));
		let count = RequestCount::<T>::get(patient);
		// Move the first pending request's position to the end, and put the young one at
		// position `n`.
		if let Some(displaced) = RequestsOf::<T>::get(patient, n) {
			RequestsOf::<T>::insert(patient, count, displaced);
		}
		RequestsOf::<T>::insert(patient, n, young);
		RequestCount::<T>::insert(patient, count.saturating_add(1));

		#[block]
		{
			let _ = Pallet::<T>::do_clean_requests(patient, n.saturating_add(1));
		}

		assert!(PendingRequests::<T>::get(patient).is_empty());
		assert_eq!(RequestsPruned::<T>::get(patient), n);
	}

	/// By the costliest reader ([`costliest_reader`]): its own and its organization's full
	/// grant lists miss, and break-glass answers.
	#[benchmark]
	fn submit_read_receipt() {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let reader = T::BenchmarkHelper::practitioner();
		costliest_reader::<T>(patient, &owner, &reader);
		let record = T::BenchmarkHelper::record(&patient, &owner, &reader, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(reader), record);

		assert!(AuditLength::<T>::get(patient) > 0);
	}

	/// Erasing a patient with `g` grantees in the active index and `r` pending requests
	/// (each with the widest scope): every grantee's entry goes, every request is closed.
	#[benchmark]
	fn erase_patient(
		g: Linear<0, { T::MaxGrantsPerPatient::get() }>,
		r: Linear<0, { T::MaxPendingRequests::get() }>,
	) {
		let (patient, owner) = T::BenchmarkHelper::patient();
		let now = frame_system::Pallet::<T>::block_number();
		for i in 0..g {
			let grantee: T::AccountId = account("grantee", i, 0);
			Pallet::<T>::insert_grant(Grant {
				patient,
				grantee,
				registration: 0,
				scope: widest_scope(),
				permission: Permission::Read,
				purpose: Purpose::Treatment,
				research: None,
				granted_by: owner.clone(),
				granted_at: now,
				expires_at: None,
				revoked: None,
				request: None,
			})
			.expect("below the bound; qed");
		}
		let mut pending = BoundedVec::<RequestId, T::MaxPendingRequests>::default();
		for i in 0..r {
			let request = NextRequestId::<T>::get();
			NextRequestId::<T>::put(request.saturating_add(1));
			Requests::<T>::insert(
				request,
				Request {
					patient,
					requester: account("requester", i, 0),
					scope: widest_scope(),
					permission: Permission::Read,
					purpose: Purpose::Research,
					duration: One::one(),
					research: Some(ethics_terms::<T>()),
					requested_at: now,
					status: RequestStatus::Pending,
				},
			);
			pending.try_push(request).expect("r is within the bound; qed");
		}
		PendingRequests::<T>::insert(patient, pending);

		#[block]
		{
			<Pallet<T> as OnPatientErased>::on_patient_erased(&patient);
		}

		assert_eq!(ActiveGrants::<T>::iter_prefix(patient).count(), 0);
		assert!(PendingRequests::<T>::get(patient).is_empty());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
