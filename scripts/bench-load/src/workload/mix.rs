//! The clinical mix: mostly anchors, with the consent and break-glass traffic of a working
//! consortium around them.
//!
//! Out of every 100 transactions: 80 anchors by practitioners; 6 grants by patients (read
//! access to their lab results for a colleague of their hospital); 4 revocations by patients
//! (of grants made in the setup or in an earlier step); 5 key shares by a record's author to
//! a colleague; 3 read receipts by colleagues who may read; 2 break-glass steps (a physician
//! opens a session on a patient; in the next step two emergency authorities approve it; in
//! the one after, the responder closes it). Every transaction is one the chain accepts: the
//! harness reads the ids it needs (records, grants, sessions) from the chain between steps.

use super::*;
use codec::Decode;
use std::collections::VecDeque;

/// Emergency services, each an emergency authority.
pub(super) const SERVICES: usize = 3;
/// Sessions a physician may leave unreviewed (the runtime's `MaxUnreviewedSessions`).
const SESSIONS_PER_RESPONDER: u32 = 3;

/// What the mix needs to know about the chain between steps.
#[derive(Default)]
pub struct Mix {
	/// The records anchored in the setup: (record, author practitioner, patient index).
	records: Vec<(u64, usize, usize)>,
	/// How many colleagues each setup record was shared with.
	shared: Vec<usize>,
	/// Grants a patient may revoke: (patient index, grant).
	revocable: VecDeque<(usize, u64)>,
	/// Grants made in the last step, whose ids are read after it: (patient index, grantee).
	granted: Vec<(usize, usize)>,
	/// Break-glass calls due in the next step: (signer, call).
	follow_ups: VecDeque<(usize, RuntimeCall)>,
	/// Sessions opened in the last step.
	opened: u64,
	/// Sessions whose approvals were sent in the last step: (responder, session).
	approved: Vec<(usize, u64)>,
	/// Sessions each practitioner has opened.
	sessions: Vec<u32>,
	/// Rotates the choices of colleagues, patients and records.
	turn: usize,
}

impl Harness {
	/// The signer list of the mix: the practitioners first (so their indices are those of
	/// the other workloads), then the patients, then the emergency services.
	pub(super) fn mix_signers(&self) -> Vec<sr25519::Pair> {
		self.practitioners
			.iter()
			.chain(&self.patient_pairs)
			.chain(&self.services)
			.cloned()
			.collect()
	}

	fn patient_signer(&self, patient: usize) -> usize {
		PRACTITIONERS + patient
	}

	fn service_signer(&self, service: usize) -> usize {
		PRACTITIONERS + self.patient_pairs.len() + service
	}

	/// The value of the storage entry `key` at the best block, if any.
	async fn storage<V: Decode>(&self, key: Vec<u8>) -> Result<Option<V>> {
		let Some(bytes) = self.rpc.storage(&key).await? else { return Ok(None) };
		V::decode(&mut &bytes[..]).map(Some).map_err(|e| format!("a storage value: {e}"))
	}

	/// The grants of `patient` (by index) to `grantee` (an account) that still count.
	async fn active_grants(&self, patient: usize, grantee: &AccountId32) -> Result<Vec<u64>> {
		let key = pallet_consent::ActiveGrants::<Runtime>::hashed_key_for(
			self.patients[patient].0,
			grantee,
		);
		Ok(self.storage::<Vec<u64>>(key).await?.unwrap_or_default())
	}

	/// The mix's setup, after the common one: three emergency services (registered and made
	/// authorities by sudo), one record by each patient's registering physician, and a read
	/// grant by each patient to that physician, to be revoked later; then their ids.
	pub(super) async fn setup_mix(&mut self) -> Result<()> {
		let alice = sp_keyring::Sr25519Keyring::Alice.pair();
		let mut calls = Vec::new();
		for (i, service) in self.services.iter().enumerate() {
			calls.push(RuntimeCall::Providers(pallet_providers::Call::register_organization {
				organization: account(service).into(),
				kind: OrganizationKind::EmergencyService,
				encryption_key: key(&format!("service{i}")),
				credential: H256::repeat_byte(3),
			}));
			calls.push(RuntimeCall::Emergency(pallet_emergency::Call::add_authority {
				authority: account(service).into(),
			}));
		}
		let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
			call: Box::new(RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })),
		});
		self.setup_phase("emergency services", &[alice], vec![(0, sudo, 0)]).await?;

		let registrar = |i: usize| i % PRACTITIONERS;
		let records = (0..self.patients.len())
			.map(|i| {
				let salt = (u64::MAX, i as u64).encode();
				let mut cid = vec![0x01, 0x55, 0x12, 0x20];
				cid.extend_from_slice(&blake2_256(&[b"cid".as_slice(), &salt].concat()));
				let call = RuntimeCall::Records(pallet_records::Call::anchor_record {
					patient: self.patients[i].0,
					content_hash: H256(blake2_256(&[b"content".as_slice(), &salt].concat())),
					cid: cid.try_into().expect("36 bytes fit a CID"),
					kind: RecordKind::LabResult,
					patient_envelope: vec![7u8; 80].try_into().expect("80 bytes fit"),
				});
				(registrar(i), call, 1)
			})
			.collect();
		let signers = self.mix_signers();
		self.setup_phase("records to share", &signers, records).await?;
		let grants = (0..self.patients.len())
			.map(|i| {
				let call = self.grant_call(i, registrar(i));
				(self.patient_signer(i), call, 0)
			})
			.collect();
		self.setup_phase("grants to revoke", &signers, grants).await?;
		self.wait_for_setup_finality().await?;

		let mut mix = Mix { sessions: vec![0; PRACTITIONERS], ..Mix::default() };
		for i in 0..self.patients.len() {
			let key =
				pallet_records::PatientRecords::<Runtime>::hashed_key_for(self.patients[i].0, 0u32);
			let record = self
				.storage::<u64>(key)
				.await?
				.ok_or_else(|| format!("patient {i} has no record after the setup"))?;
			mix.records.push((record, registrar(i), i));
			mix.shared.push(0);
			let practitioner = account(&self.practitioners[registrar(i)]);
			for grant in self.active_grants(i, &practitioner).await? {
				mix.revocable.push_back((i, grant));
			}
		}
		if mix.revocable.len() != self.patients.len() {
			return Err(format!(
				"{} grants to revoke after the setup, {} expected",
				mix.revocable.len(),
				self.patients.len()
			));
		}
		self.mix = mix;
		Ok(())
	}

	/// Patient `patient` grants practitioner `grantee` read access to their lab results.
	fn grant_call(&self, patient: usize, grantee: usize) -> RuntimeCall {
		RuntimeCall::Consent(pallet_consent::Call::grant_access {
			patient: self.patients[patient].0,
			grantee: account(&self.practitioners[grantee]),
			scope: Scope::Kinds(vec![RecordKind::LabResult].try_into().expect("one kind fits")),
			permission: Permission::Read,
			purpose: Purpose::Treatment,
			expires_at: None,
		})
	}

	/// A colleague of practitioner `p` (the same hospital), the `turn`-th after it.
	fn colleague(p: usize, turn: usize) -> usize {
		let per_org = PRACTITIONERS / ORGANIZATIONS;
		let org = p / per_org;
		org * per_org + (p % per_org + 1 + turn % (per_org - 1)) % per_org
	}

	/// The calls of `n` mix transactions: (signer in [`Harness::mix_signers`], call, records).
	pub(super) fn mix_calls(&mut self, n: usize) -> Vec<(usize, RuntimeCall, u32)> {
		let anchors = self.calls(Workload::Anchors, n, PRACTITIONERS, 1);
		let mut calls = Vec::with_capacity(n);
		let mut mix = std::mem::take(&mut self.mix);
		let mut breaks = 0usize;
		for (k, (p, anchor, _)) in anchors.into_iter().enumerate() {
			mix.turn += 1;
			let turn = mix.turn;
			let call = match k % 100 {
				0..=1 => {
					breaks += 1;
					// A session opened now takes three calls later (two approvals, a close):
					// opening in one slot of three keeps the follow-ups within the next steps'
					// slots at a rate that does not fall.
					let may_open = mix.follow_ups.is_empty() && breaks % 3 == 1;
					if let Some(follow_up) = mix.follow_ups.pop_front() {
						follow_up
					} else if let Some(p) = (0..PRACTITIONERS)
						.map(|i| (turn + i) % PRACTITIONERS)
						.find(|p| may_open && mix.sessions[*p] < SESSIONS_PER_RESPONDER)
					{
						// A physician breaks glass on a patient of another hospital (each
						// (patient, responder) pair at most once).
						mix.sessions[p] += 1;
						let patient =
							(p * 7 + mix.sessions[p] as usize * 211) % self.patients.len();
						mix.opened += 1;
						let call = RuntimeCall::Emergency(pallet_emergency::Call::open_session {
							patient: self.patients[patient].0,
							reason: pallet_emergency::EmergencyReason::EmergencyTreatment,
							justification: H256(blake2_256(&(turn as u64).encode())),
						});
						(p, call)
					} else {
						(p, anchor)
					}
				},
				2..=5 => match mix.revocable.pop_front() {
					Some((patient, grant)) => (
						self.patient_signer(patient),
						RuntimeCall::Consent(pallet_consent::Call::revoke_access { grant }),
					),
					None => (p, anchor),
				},
				6..=11 => {
					let patient = turn % self.patients.len();
					let grantee =
						Self::colleague(patient % PRACTITIONERS, turn / self.patients.len());
					mix.granted.push((patient, grantee));
					(self.patient_signer(patient), self.grant_call(patient, grantee))
				},
				12..=16 => {
					let r = turn % mix.records.len();
					let (record, author, _) = mix.records[r];
					mix.shared[r] += 1;
					let to = Self::colleague(author, mix.shared[r] - 1);
					let call = RuntimeCall::Records(pallet_records::Call::share_key {
						record,
						recipient: account(&self.practitioners[to]),
						envelope: vec![9u8; 80].try_into().expect("80 bytes fit"),
					});
					(author, call)
				},
				17..=19 => {
					let (record, author, _) = mix.records[turn % mix.records.len()];
					let reader = Self::colleague(author, turn);
					(
						reader,
						RuntimeCall::Consent(pallet_consent::Call::submit_read_receipt { record }),
					)
				},
				_ => (p, anchor),
			};
			let records = u32::from(matches!(
				call.1,
				RuntimeCall::Records(pallet_records::Call::anchor_record { .. })
			));
			calls.push((call.0, call.1, records));
		}
		self.mix = mix;
		let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
		for (_, call, _) in &calls {
			let kind = match call {
				RuntimeCall::Records(pallet_records::Call::anchor_record { .. }) => "anchors",
				RuntimeCall::Records(pallet_records::Call::share_key { .. }) => "key shares",
				RuntimeCall::Consent(pallet_consent::Call::grant_access { .. }) => "grants",
				RuntimeCall::Consent(pallet_consent::Call::revoke_access { .. }) => "revocations",
				RuntimeCall::Consent(pallet_consent::Call::submit_read_receipt { .. }) => {
					"read receipts"
				},
				RuntimeCall::Emergency(pallet_emergency::Call::open_session { .. }) => {
					"sessions opened"
				},
				RuntimeCall::Emergency(pallet_emergency::Call::approve_session { .. }) => {
					"session approvals"
				},
				RuntimeCall::Emergency(pallet_emergency::Call::close_session { .. }) => {
					"sessions closed"
				},
				_ => "other",
			};
			*kinds.entry(kind).or_default() += 1;
		}
		eprintln!("   mix of {} transactions: {kinds:?}", calls.len());
		calls
	}

	/// After a mix step: the ids of the grants it made (to revoke later) and of the sessions
	/// it opened (to approve in the next step, then close).
	pub(super) async fn after_mix_step(&mut self, sessions_before: u64) -> Result<()> {
		let granted = std::mem::take(&mut self.mix.granted);
		let mut seen = std::collections::BTreeSet::new();
		for (patient, grantee) in granted {
			if !seen.insert((patient, grantee)) {
				continue;
			}
			let grantee = account(&self.practitioners[grantee]);
			for grant in self.active_grants(patient, &grantee).await? {
				if !self.mix.revocable.contains(&(patient, grant)) {
					self.mix.revocable.push_back((patient, grant));
				}
			}
		}
		let sessions_after = self.next_session().await?;
		// Sessions approved in this step are closed in the next, by their responders.
		let approved: Vec<(usize, u64)> = std::mem::take(&mut self.mix.approved);
		for (responder, session) in approved {
			self.mix.follow_ups.push_back((
				responder,
				RuntimeCall::Emergency(pallet_emergency::Call::close_session { session }),
			));
		}
		let opened = std::mem::take(&mut self.mix.opened);
		if sessions_after.saturating_sub(sessions_before) != opened {
			return Err(format!(
				"{} sessions opened in the step, {opened} expected",
				sessions_after.saturating_sub(sessions_before),
			));
		}
		// Ids follow the order of inclusion: each session's responder is read back.
		for session in sessions_before..sessions_after {
			let stored = self
				.storage::<pallet_emergency::SessionOf<Runtime>>(pallet_emergency::Sessions::<
					Runtime,
				>::hashed_key_for(session))
				.await?
				.ok_or_else(|| format!("session {session} is not stored"))?;
			let responder =
				self.practitioners.iter().position(|p| account(p) == stored.responder).ok_or_else(
					|| format!("session {session}'s responder is not a practitioner"),
				)?;
			for service in 0..2 {
				self.mix.follow_ups.push_back((
					self.service_signer(service),
					RuntimeCall::Emergency(pallet_emergency::Call::approve_session { session }),
				));
			}
			self.mix.approved.push((responder, session));
		}
		Ok(())
	}

	/// The id the next break-glass session will have.
	pub(super) async fn next_session(&self) -> Result<u64> {
		Ok(self
			.storage::<u64>(pallet_emergency::NextSessionId::<Runtime>::hashed_key().to_vec())
			.await?
			.unwrap_or(0))
	}
}
