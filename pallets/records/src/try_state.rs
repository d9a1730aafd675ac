//! The records pallet's invariants, checked by `try_state` (with `try-runtime`) and after
//! every unit test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - every record's hash is indexed to it, and every index entry points at a record with
	///   that hash;
	/// - each patient's record list has exactly `count` entries at positions `0..count`, each
	///   a record of that patient;
	/// - version links are symmetric and stay in one chain; [`LatestVersion`] names the chain's
	///   head; [`Versions`] indexes every amendment by its chain and version number;
	/// - each record's envelope count matches its [`Envelopes`] and the bound;
	/// - every [`SharedWith`] entry has its envelope and names the record's patient, and the
	///   two agree in number;
	/// - every patient envelope belongs to a record of that patient;
	/// - an unregistered (erased) patient's records hold envelopes only while the patient's
	///   shredding is pending in [`PendingErasure`], from the position it has reached on; only
	///   erased patients are pending, with a cursor within their records;
	/// - every shared envelope's holder may read the record now, unless its removal is
	///   pending in storage: the patient's shredding ([`PendingErasure`]), a queued prune of
	///   the holder ([`PendingPrune`]) or of its organization's staff ([`PendingStaffPrune`]),
	///   or a clean-up that [`Config::Access`] tracks ([`RecordAccess::awaits_cleanup`]: an
	///   expired grant, an ended break-glass session);
	/// - no record id reaches [`NextRecordId`];
	/// - archives and [`ArchiveByRoot`] index each other one to one, ids below
	///   [`NextArchiveId`], each with at least one leaf; every promoted record
	///   ([`ArchivedRecords`]) exists and names an archive and an index within it; each
	///   archive's `promoted` counts its promoted records.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRecordId::<T>::get();
		for (id, record) in Records::<T>::iter() {
			ensure!(id < next, "a record id is not below NextRecordId");
			ensure!(
				RecordByHash::<T>::get(record.content_hash) == Some(id),
				"a record's hash is not indexed to it"
			);
			if let Some(n) = record.next {
				let newer = Records::<T>::get(n).ok_or("a next version is missing")?;
				ensure!(newer.previous == Some(id), "version links are not symmetric");
				ensure!(newer.root == record.root, "a version chain changes root");
			} else if record.root != id || record.previous.is_some() {
				ensure!(
					LatestVersion::<T>::get(record.root) == Some(id),
					"LatestVersion does not name the chain's head"
				);
			}
			if let Some(p) = record.previous {
				let older = Records::<T>::get(p).ok_or("a previous version is missing")?;
				ensure!(older.next == Some(id), "version links are not symmetric");
				ensure!(
					Versions::<T>::get(record.root, record.version) == Some(id),
					"an amendment is not indexed by its version number"
				);
			}
			let envelopes = Envelopes::<T>::iter_prefix(id).count();
			ensure!(envelopes == record.envelopes as usize, "an envelope count is wrong");
			ensure!(
				record.envelopes <= T::MaxEnvelopesPerRecord::get(),
				"a record exceeds the envelope bound"
			);
		}
		for (root, version, id) in Versions::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.root == root && r.version == version),
				"a version index entry points at no such version"
			);
		}
		for (hash, id) in RecordByHash::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.content_hash == hash),
				"a hash index entry points at no such record"
			);
		}
		for (patient, count) in PatientRecordCount::<T>::iter() {
			ensure!(
				PatientRecords::<T>::iter_prefix(patient).count() == count as usize,
				"a patient's record count is wrong"
			);
			for i in 0..count {
				let id =
					PatientRecords::<T>::get(patient, i).ok_or("a record position is empty")?;
				ensure!(
					Records::<T>::get(id).is_some_and(|r| r.patient == patient),
					"a patient's list names another patient's record"
				);
			}
		}
		for ((party, patient, id), ()) in SharedWith::<T>::iter() {
			ensure!(
				Envelopes::<T>::contains_key(id, &party),
				"a shared-with entry has no envelope"
			);
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.patient == patient),
				"a shared-with entry names the wrong patient"
			);
		}
		ensure!(
			SharedWith::<T>::iter().count() == Envelopes::<T>::iter().count(),
			"envelopes and their index differ in number"
		);
		for (patient, id, _) in PatientEnvelopes::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.patient == patient),
				"a patient envelope belongs to no record of the patient"
			);
		}
		for (patient, cursor) in PendingErasure::<T>::iter() {
			ensure!(
				T::Patients::owner_of(&patient).is_none(),
				"a registered patient's records are being shredded"
			);
			ensure!(
				cursor <= PatientRecordCount::<T>::get(patient),
				"an erasure cursor is past the patient's records"
			);
		}
		for (patient, count) in PatientRecordCount::<T>::iter() {
			if T::Patients::owner_of(&patient).is_some() {
				continue;
			}
			let from = PendingErasure::<T>::get(patient).unwrap_or(count);
			for i in 0..from.min(count) {
				let Some(id) = PatientRecords::<T>::get(patient, i) else { continue };
				ensure!(
					!PatientEnvelopes::<T>::contains_key(patient, id)
						&& Envelopes::<T>::iter_prefix(id).next().is_none(),
					"a shredded record of an erased patient still has an envelope"
				);
			}
		}
		for (id, holder, _) in Envelopes::<T>::iter() {
			let record = Records::<T>::get(id).ok_or("an envelope of no record")?;
			let patient = record.patient;
			if T::Access::may_read(&holder, &Self::reference(id, &record))
				|| PendingErasure::<T>::contains_key(patient)
				|| PendingPrune::<T>::contains_key((&holder, None::<PatientId>))
				|| PendingPrune::<T>::contains_key((&holder, Some(patient)))
				|| T::Access::awaits_cleanup(&holder, &patient)
			{
				continue;
			}
			let staff_pending = |organization: &T::AccountId| {
				PendingStaffPrune::<T>::contains_key((organization, None::<PatientId>))
					|| PendingStaffPrune::<T>::contains_key((organization, Some(patient)))
			};
			let organization = T::Providers::practitioner(&holder).map(|p| p.organization);
			ensure!(
				organization.as_ref().is_some_and(staff_pending),
				"an envelope is held by a party that may not read the record, with no clean-up pending"
			);
		}
		let next_archive = NextArchiveId::<T>::get();
		let mut promoted = alloc::collections::BTreeMap::<ArchiveId, u64>::new();
		for (record, at) in ArchivedRecords::<T>::iter() {
			ensure!(Records::<T>::contains_key(record), "a promoted record is missing");
			let archive =
				Archives::<T>::get(at.archive).ok_or("a promotion's archive is missing")?;
			ensure!(at.index < archive.leaves, "a promotion's index is outside its archive");
			*promoted.entry(at.archive).or_default() += 1;
		}
		for (id, archive) in Archives::<T>::iter() {
			ensure!(id < next_archive, "an archive id is not below NextArchiveId");
			ensure!(archive.leaves >= 1, "an archive has no leaves");
			ensure!(
				ArchiveByRoot::<T>::get(archive.root) == Some(id),
				"an archive's root is not indexed to it"
			);
			ensure!(
				promoted.get(&id).copied().unwrap_or(0) == archive.promoted,
				"an archive's promoted count is wrong"
			);
		}
		for (root, id) in ArchiveByRoot::<T>::iter() {
			ensure!(
				Archives::<T>::get(id).is_some_and(|a| a.root == root),
				"a root index entry names no archive of that root"
			);
		}
		Ok(())
	}
}
