//! Benchmarks of the emergency pallet (FRAME v2). Every call is measured in its worst case:
//! a full authority set, the most approvals a session may need, full share lists and
//! ciphertexts of the longest length, authorities acting through call attendants.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::{Saturating, Zero};

fn governance<T: Config>() -> T::RuntimeOrigin {
	T::GovernanceOrigin::try_successful_origin().expect("governance has an origin; qed")
}

/// Fills the authority set with `n` emergency services (0..n).
fn authorities<T: Config>(n: u32) -> Vec<T::AccountId> {
	(0..n)
		.map(|i| {
			let authority = T::BenchmarkHelper::emergency_service(i);
			Pallet::<T>::add_authority(governance::<T>(), T::Lookup::unlookup(authority.clone()))
				.expect("an active emergency service, below the bound; qed");
			authority
		})
		.collect()
}

fn longest_ciphertext<T: Config>(byte: u8) -> CiphertextOf<T> {
	BoundedVec::truncate_from(vec![byte; T::MaxCiphertextLength::get() as usize])
}

/// The patient needs the most approvals there may be; every authority holds a share.
fn patient_with_key<T: Config>() -> (PatientId, T::AccountId, Vec<T::AccountId>) {
	let (patient, owner) = T::BenchmarkHelper::patient();
	let required = u8::try_from(T::MaxEmergencyApprovals::get()).unwrap_or(u8::MAX);
	T::BenchmarkHelper::set_required_approvals(&patient, required);
	let set = authorities::<T>(T::MaxAuthorities::get());
	// The first approvers' shares come last.
	let shares = set
		.iter()
		.rev()
		.map(|a| KeyShare { authority: a.clone(), ciphertext: longest_ciphertext::<T>(1) })
		.collect::<Vec<_>>();
	Pallet::<T>::set_emergency_key(
		RawOrigin::Signed(owner.clone()).into(),
		patient,
		EncryptionKey([9; 32]),
		required,
		BoundedVec::truncate_from(shares),
	)
	.expect("every holder is an authority, the threshold is the policy's; qed");
	(patient, owner, set)
}

fn open<T: Config>(responder: &T::AccountId, patient: PatientId) -> SessionId {
	let session = NextSessionId::<T>::get();
	Pallet::<T>::open_session(
		RawOrigin::Signed(responder.clone()).into(),
		patient,
		EmergencyReason::BreakTheGlass,
		DocumentHash::repeat_byte(0xaa),
	)
	.expect("an active responder with room; qed");
	session
}

/// A session approved by `approvals` authorities, each through its call attendant.
fn approved<T: Config>(responder: &T::AccountId, patient: PatientId, approvals: u32) -> SessionId {
	let session = open::<T>(responder, patient);
	for i in 0..approvals {
		Pallet::<T>::approve_session(
			RawOrigin::Signed(T::BenchmarkHelper::call_attendant(i)).into(),
			session,
		)
		.expect("a distinct, independent authority; qed");
	}
	session
}

/// An active session whose every approver released its share.
fn active_with_shares<T: Config>() -> (PatientId, T::AccountId, SessionId) {
	let (patient, owner, _) = patient_with_key::<T>();
	(patient, owner, released::<T>(patient))
}

/// An active session on `patient` (who has an emergency key) whose every approver released
/// its share.
fn released<T: Config>(patient: PatientId) -> SessionId {
	let responder = T::BenchmarkHelper::responder();
	let session = approved::<T>(&responder, patient, T::MaxEmergencyApprovals::get());
	for i in 0..T::MaxEmergencyApprovals::get() {
		Pallet::<T>::release_key_share(
			RawOrigin::Signed(T::BenchmarkHelper::call_attendant(i)).into(),
			session,
			longest_ciphertext::<T>(2),
		)
		.expect("an approver holding a share; qed");
	}
	session
}

fn advance<T: Config>(blocks: BlockNumberFor<T>) {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(blocks));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_authority() -> Result<(), BenchmarkError> {
		authorities::<T>(T::MaxAuthorities::get() - 1);
		let authority = T::BenchmarkHelper::emergency_service(T::MaxAuthorities::get() - 1);
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(authority.clone()));

		assert_eq!(Authorities::<T>::get().last(), Some(&authority));
		Ok(())
	}

	#[benchmark]
	fn remove_authority() -> Result<(), BenchmarkError> {
		let set = authorities::<T>(T::MaxAuthorities::get());
		let last = set.last().cloned().expect("at least one authority; qed");
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(last.clone()));

		assert!(!Authorities::<T>::get().contains(&last));
		Ok(())
	}

	/// A full authority set to count; the responder's earlier sessions (one fewer than the
	/// limit) are all read for overdue reviews, the last one lapsed and still indexed.
	#[benchmark]
	fn open_session() {
		let (patient, _owner, _) = patient_with_key::<T>();
		let responder = T::BenchmarkHelper::responder();
		for _ in 1..T::MaxUnreviewed::get().saturating_sub(1) {
			let session = open::<T>(&responder, patient);
			Pallet::<T>::close_session(RawOrigin::Signed(responder.clone()).into(), session)
				.expect("the responder closes their pending session; qed");
		}
		if T::MaxUnreviewed::get() > 1 {
			open::<T>(&responder, patient);
			advance::<T>(T::ApprovalWindow::get());
		}
		let session = NextSessionId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(responder.clone()),
			patient,
			EmergencyReason::BreakTheGlass,
			DocumentHash::repeat_byte(0xbb),
		);

		assert_eq!(OpenSessions::<T>::get(patient, &responder), Some(session));
		assert_eq!(Unreviewed::<T>::get(&responder).len() as u32, T::MaxUnreviewed::get());
	}

	/// The last approval of the longest threshold: the session activates.
	#[benchmark]
	fn approve_session() {
		let (patient, _owner, _) = patient_with_key::<T>();
		let responder = T::BenchmarkHelper::responder();
		let last = T::MaxEmergencyApprovals::get() - 1;
		let session = approved::<T>(&responder, patient, last);
		let attendant = T::BenchmarkHelper::call_attendant(last);

		#[extrinsic_call]
		_(RawOrigin::Signed(attendant), session);

		assert_eq!(Pallet::<T>::session_status(session), Some(SessionStatus::Active));
	}

	/// Closed by the patient, with every approver's share released.
	#[benchmark]
	fn close_session() {
		let (_patient, owner, session) = active_with_shares::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), session);

		assert_eq!(Pallet::<T>::session_status(session), Some(SessionStatus::Closed));
		assert!(ReleasedShares::<T>::iter_prefix(session).next().is_none());
	}

	/// Unjustified, by an auditor, after expiry with every share still released: the bar,
	/// the suspension and the cleanup all happen.
	#[benchmark]
	fn review_session() {
		let (_patient, _owner, session) = active_with_shares::<T>();
		advance::<T>(T::SessionDuration::get());
		let auditor = T::BenchmarkHelper::auditor();
		let responder = T::BenchmarkHelper::responder();

		#[extrinsic_call]
		_(RawOrigin::Signed(auditor), session, false, DocumentHash::repeat_byte(0xf0));

		assert!(Barred::<T>::contains_key(&responder));
		assert!(ReleasedShares::<T>::iter_prefix(session).next().is_none());
	}

	#[benchmark]
	fn lift_bar() -> Result<(), BenchmarkError> {
		let responder = T::BenchmarkHelper::responder();
		Barred::<T>::insert(&responder, SessionId::zero());
		let origin = governance::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(responder.clone()));

		assert!(!Barred::<T>::contains_key(&responder));
		Ok(())
	}

	/// A rotation: every authority holds a share of the longest length.
	#[benchmark]
	fn set_emergency_key() {
		let (patient, owner, set) = patient_with_key::<T>();
		let shares = set
			.iter()
			.map(|a| KeyShare { authority: a.clone(), ciphertext: longest_ciphertext::<T>(3) })
			.collect::<Vec<_>>();
		let threshold = u8::try_from(T::MaxEmergencyApprovals::get()).unwrap_or(u8::MAX);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			patient,
			EncryptionKey([10; 32]),
			threshold,
			BoundedVec::truncate_from(shares),
		);

		assert_eq!(EmergencyKeys::<T>::get(patient).map(|k| k.version), Some(1));
	}

	/// `n` envelopes of the longest length, each for a distinct record.
	#[benchmark]
	fn post_emergency_envelopes(n: Linear<1, { T::MaxEnvelopesPerCall::get() }>) {
		let (patient, owner, _) = patient_with_key::<T>();
		let envelopes = (0..n)
			.map(|i| (T::BenchmarkHelper::record(&patient, &owner, i), longest_ciphertext::<T>(4)))
			.collect::<Vec<_>>();
		let first = envelopes[0].0;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), patient, 0, BoundedVec::truncate_from(envelopes));

		assert!(EmergencyEnvelopes::<T>::contains_key(patient, first));
	}

	/// The first approver releases; its share is the last of a full list.
	#[benchmark]
	fn release_key_share() {
		let (patient, _owner, _) = patient_with_key::<T>();
		let responder = T::BenchmarkHelper::responder();
		let session = approved::<T>(&responder, patient, T::MaxEmergencyApprovals::get());
		let attendant = T::BenchmarkHelper::call_attendant(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(attendant), session, longest_ciphertext::<T>(5));

		assert_eq!(ReleasedShares::<T>::iter_prefix(session).count() as u32, 1);
	}

	/// An expired session, indexed, with every approver's share released.
	#[benchmark]
	fn clean_session() {
		let (_patient, owner, session) = active_with_shares::<T>();
		advance::<T>(T::SessionDuration::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), session);

		assert!(ReleasedShares::<T>::iter_prefix(session).next().is_none());
	}

	/// Erasing a patient with a full emergency key, `e` emergency envelopes and `s` open
	/// sessions (copies of an active one, each with every approver's share released): the
	/// key goes, the envelopes go, the sessions are closed with their shares.
	#[benchmark]
	fn erase_patient(
		e: Linear<0, { T::ErasureBatch::get() }>,
		s: Linear<0, { T::ErasureBatch::get() }>,
	) {
		let (patient, owner, _) = patient_with_key::<T>();
		for i in 0..e {
			let record = T::BenchmarkHelper::record(&patient, &owner, i);
			let batch = vec![(record, longest_ciphertext::<T>(4))];
			Pallet::<T>::post_emergency_envelopes(
				RawOrigin::Signed(owner.clone()).into(),
				patient,
				0,
				BoundedVec::truncate_from(batch),
			)
			.expect("the patient posts for its own record; qed");
		}
		let template = released::<T>(patient);
		// The template stands for the open sessions: copies for other responders.
		let entry = Sessions::<T>::get(template).expect("just opened; qed");
		let responder = entry.responder.clone();
		OpenSessions::<T>::remove(patient, &responder);
		let shares: Vec<(T::AccountId, CiphertextOf<T>)> =
			ReleasedShares::<T>::iter_prefix(template).collect();
		for i in 0..s {
			let session = NextSessionId::<T>::get();
			NextSessionId::<T>::put(session.saturating_add(1));
			let copy: T::AccountId = account("responder", i, 0);
			let mut copied = entry.clone();
			copied.responder = copy.clone();
			Sessions::<T>::insert(session, copied);
			OpenSessions::<T>::insert(patient, &copy, session);
			for (authority, share) in &shares {
				ReleasedShares::<T>::insert(session, authority, share.clone());
			}
		}

		#[block]
		{
			<Pallet<T> as medchain_primitives::OnPatientErased>::on_patient_erased(&patient);
		}

		assert!(EmergencyKeys::<T>::get(patient).is_none());
		assert!(EmergencyEnvelopes::<T>::iter_prefix(patient).next().is_none());
		assert!(OpenSessions::<T>::iter_prefix(patient).next().is_none());
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder.build_for_benchmarks(),
		crate::mock::Test
	);
}
