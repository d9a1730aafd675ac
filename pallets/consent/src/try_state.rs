//! The consent pallet's invariants, checked by `try_state` (with `try-runtime`) and after
//! every unit test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - every active-index entry is a grant of that patient and grantee, not revoked, of a
	///   registered patient (erasure empties the index at once);
	/// - each patient's active count equals its active-index entries and the bound;
	/// - every pending request is pending and of a registered patient;
	/// - the audit trail has exactly `length` entries;
	/// - each patient's grants are listed in [`GrantsOf`] at positions `0..GrantCount`, in the
	///   order made, and nothing else is; the same for requests in [`RequestsOf`], except that
	///   the positions before [`RequestsPruned`] are deleted.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut counts = alloc::collections::BTreeMap::<PatientId, u32>::new();
		for (patient, grantee, grants) in ActiveGrants::<T>::iter() {
			ensure!(!grants.is_empty(), "an empty active-grant list is stored");
			for id in grants.iter() {
				let grant = Grants::<T>::get(id).ok_or("an active grant is missing")?;
				ensure!(
					grant.patient == patient && grant.grantee == grantee,
					"the active index and the grant disagree"
				);
				ensure!(grant.revoked.is_none(), "a revoked grant is still active");
			}
			ensure!(
				T::Patients::owner_of(&patient).is_some(),
				"an erased patient has active grants"
			);
			let c = counts.entry(patient).or_default();
			*c = c.saturating_add(grants.len() as u32);
		}
		for (patient, count) in ActiveGrantCount::<T>::iter() {
			ensure!(
				counts.get(&patient).copied().unwrap_or(0) == count,
				"an active-grant count is wrong"
			);
			ensure!(count <= T::MaxGrantsPerPatient::get(), "a patient exceeds the grant bound");
		}
		for (patient, pending) in PendingRequests::<T>::iter() {
			for id in pending.iter() {
				let request = Requests::<T>::get(id).ok_or("a pending request is missing")?;
				ensure!(request.status == RequestStatus::Pending, "a decided request is pending");
				ensure!(request.patient == patient, "a request is pending with another patient");
				ensure!(
					T::Patients::owner_of(&patient).is_some(),
					"an erased patient has pending requests"
				);
			}
		}
		for (patient, length) in AuditLength::<T>::iter() {
			ensure!(
				AuditLog::<T>::iter_prefix(patient).count() == length as usize,
				"an audit trail's length is wrong"
			);
		}
		// Each patient's positions 0..count name its grants, each once, in the order made.
		let mut indexed = 0usize;
		for (patient, count) in GrantCount::<T>::iter() {
			let mut last = None;
			for i in 0..count {
				let id = GrantsOf::<T>::get(patient, i).ok_or("a grant position is empty")?;
				let grant = Grants::<T>::get(id).ok_or("an indexed grant is missing")?;
				ensure!(grant.patient == patient, "a grant is indexed under another patient");
				ensure!(last.is_none_or(|l| l < id), "a patient's grants are out of order");
				last = Some(id);
			}
			indexed = indexed.saturating_add(count as usize);
		}
		ensure!(Grants::<T>::iter().count() == indexed, "a grant is not indexed");
		ensure!(GrantsOf::<T>::iter().count() == indexed, "a grant position is stray");
		let mut indexed = 0usize;
		for (patient, count) in RequestCount::<T>::iter() {
			let pruned = RequestsPruned::<T>::get(patient);
			ensure!(pruned <= count, "requests were deleted beyond the patient's count");
			for i in 0..pruned {
				ensure!(!RequestsOf::<T>::contains_key(patient, i), "a deleted request is listed");
			}
			for i in pruned..count {
				let id = RequestsOf::<T>::get(patient, i).ok_or("a request position is empty")?;
				let request = Requests::<T>::get(id).ok_or("an indexed request is missing")?;
				ensure!(request.patient == patient, "a request is indexed under another patient");
			}
			indexed = indexed.saturating_add(count.saturating_sub(pruned) as usize);
		}
		ensure!(Requests::<T>::iter().count() == indexed, "a request is not indexed");
		Ok(())
	}
}
