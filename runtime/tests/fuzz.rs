//! A fuzzer of the whole runtime: random sequences of MedChain calls, from random origins
//! (registered actors and strangers, signed and governance through `sudo`), with arguments
//! drawn from what exists (accounts, pseudonyms, record, grant, request and session ids) and at
//! random, plus calls decoded from random bytes (any pallet), applied as real signed
//! extrinsics in real blocks (`Executive`: every hook, sessions rotating). After every block it
//! checks every MedChain pallet's `try_state` invariants and the block's weight and length
//! limits; a panic anywhere fails with the seed and the call.
//!
//! `MEDCHAIN_FUZZ_CALLS` (default 100,000, what CI runs) sets how many calls,
//! `MEDCHAIN_FUZZ_SEED` (default 1) the seed; the sequence depends only on the seed. A longer
//! run by hand: `MEDCHAIN_FUZZ_CALLS=500000 MEDCHAIN_FUZZ_SEED=7 cargo test --release -p
//! medchain-runtime --test fuzz -- --nocapture`. A failure it finds becomes a regression test
//! of the pallet or runtime tests it belongs to, with the seed that found it.

mod common;

use codec::{Decode, Encode};
use common::{actors::*, preset_config};
use frame_support::{dispatch::DispatchClass, traits::Get, BoundedVec};
use medchain_primitives::{
	EmergencyPolicy, OrganizationKind, Permission, PractitionerRole, Purpose, RecordKind, Scope,
};
use medchain_runtime::{
	configs::{RuntimeBlockLength, RuntimeBlockWeights},
	signing::{signed_extrinsic, ChainContext},
	Executive, Header, Runtime, RuntimeCall, RuntimeOrigin, System, UncheckedExtrinsic,
	SLOT_DURATION,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Header as _, BuildStorage, Digest, DigestItem, MultiSignature};
use std::collections::BTreeMap;

/// SplitMix64: a small, fast, seedable generator; the sequence depends only on the seed.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}
	fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next() % n
		}
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
	fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
		&items[self.below(items.len() as u64) as usize]
	}
	fn bytes(&mut self, max: usize) -> Vec<u8> {
		let n = self.below(max as u64 + 1) as usize;
		(0..n).map(|_| self.next() as u8).collect()
	}
	/// A value of `T` decoded from random bytes biased to small enum indices and lengths;
	/// `None` if a few tries decode nothing.
	fn arb<T: Decode>(&mut self) -> Option<T> {
		for _ in 0..16 {
			let mut raw = self.bytes(96);
			for b in raw.iter_mut().take(3) {
				*b %= 8;
			}
			if let Ok(v) = T::decode(&mut &raw[..]) {
				return Some(v);
			}
		}
		None
	}
}

/// Who the fuzzer knows, with their roles as first registered (roles may change: accounts are
/// suspended, removed, erased by the calls themselves).
struct World {
	sudo: sr25519::Pair,
	organizations: Vec<sr25519::Pair>,
	authorities: Vec<sr25519::Pair>,
	practitioners: Vec<sr25519::Pair>,
	patients: Vec<(sr25519::Pair, H256)>,
	strangers: Vec<sr25519::Pair>,
	/// Accounts created during the run, by index.
	fresh: u32,
	/// Who the call being made registers, added to the world if it succeeds.
	joining: Option<Joining>,
	/// The patient the call being made is mostly about (an index into `patients`).
	subject: usize,
}

/// An account a call registers.
enum Joining {
	Organization(sr25519::Pair),
	Practitioner(sr25519::Pair),
	Patient(sr25519::Pair, H256),
}

impl World {
	/// The call being made succeeded: whoever it registers joins.
	fn joined(&mut self) {
		match self.joining.take() {
			Some(Joining::Organization(p)) => self.organizations.push(p),
			Some(Joining::Practitioner(p)) => self.practitioners.push(p),
			Some(Joining::Patient(p, pseudonym)) => self.patients.push((p, pseudonym)),
			None => {},
		}
	}
}

impl World {
	fn everyone(&self) -> Vec<&sr25519::Pair> {
		let mut all: Vec<&sr25519::Pair> = vec![&self.sudo];
		all.extend(&self.organizations);
		all.extend(&self.authorities);
		all.extend(&self.practitioners);
		all.extend(self.patients.iter().map(|(p, _)| p));
		all.extend(&self.strangers);
		all
	}
	/// A pseudonym: mostly the subject's (the patient the call is about, whose own account
	/// then mostly signs the patient's calls), sometimes any patient's or none.
	fn pseudonym(&self, rng: &mut Rng) -> H256 {
		if self.patients.is_empty() || rng.chance(5) {
			H256::from_low_u64_be(rng.next())
		} else if rng.chance(70) {
			self.patients[self.subject % self.patients.len()].1
		} else {
			rng.pick(&self.patients).1
		}
	}
	fn account(&self, rng: &mut Rng) -> medchain_runtime::AccountId {
		let everyone = self.everyone();
		let who = rng.pick(everyone.as_slice());
		account(who)
	}
	fn new_pair(&mut self) -> sr25519::Pair {
		self.fresh += 1;
		pair(&format!("fuzz-{}", self.fresh))
	}
}

/// An id near the ones in use (`next`: the next to be given), sometimes far off.
fn id(rng: &mut Rng, next: u64) -> u64 {
	if rng.chance(5) {
		rng.next()
	} else {
		rng.below(next + 2)
	}
}

fn cid(rng: &mut Rng) -> pallet_records::CidOf<Runtime> {
	if rng.chance(80) {
		let digest: Vec<u8> = (0..32).map(|_| rng.next() as u8).collect();
		BoundedVec::truncate_from([vec![0x01, 0x55, 0x12, 0x20], digest].concat())
	} else {
		BoundedVec::truncate_from(rng.bytes(100))
	}
}

fn ciphertext<S: Get<u32>>(rng: &mut Rng) -> BoundedVec<u8, S> {
	let len = if rng.chance(90) { 92 } else { rng.below(S::get() as u64 + 1) as usize };
	BoundedVec::truncate_from((0..len).map(|_| rng.next() as u8).collect())
}

fn kind(rng: &mut Rng) -> RecordKind {
	if rng.chance(80) {
		rng.pick(&[RecordKind::LabResult, RecordKind::Diagnosis, RecordKind::Prescription]).clone()
	} else {
		rng.arb().unwrap_or(RecordKind::LabResult)
	}
}

fn scope(rng: &mut Rng) -> Scope {
	if rng.chance(60) {
		Scope::AllRecords
	} else {
		rng.arb().unwrap_or(Scope::AllRecords)
	}
}

fn policy(rng: &mut Rng) -> EmergencyPolicy {
	EmergencyPolicy { allowed: rng.chance(80), required_approvals: rng.below(12) as u8 }
}

/// A registration of a fresh patient by `registrar`, with the patient's signed consent
/// (sometimes spoiled).
fn register_for(rng: &mut Rng, world: &mut World, registrar: &sr25519::Pair) -> RuntimeCall {
	let patient = world.new_pair();
	let pseudonym = H256::from_low_u64_be(rng.next());
	let deadline = System::block_number() + rng.below(20) as u32;
	let encryption_key = key(rng.below(250) as u8 + 1);
	let emergency_policy = policy(rng);
	let payload = pallet_patients::registration_payload(
		&System::block_hash(0),
		&account(registrar),
		&deadline,
		&pseudonym,
		&encryption_key,
		&emergency_policy,
	);
	let mut signature = patient.sign(&payload);
	if rng.chance(10) {
		signature.0[0] ^= 1;
	}
	world.joining = Some(Joining::Patient(patient.clone(), pseudonym));
	RuntimeCall::Patients(pallet_patients::Call::register_for {
		patient: account(&patient).into(),
		pseudonym,
		encryption_key,
		emergency_policy,
		deadline,
		signature: MultiSignature::Sr25519(signature),
	})
}

/// The patient's call naming `guardian`, with its acceptance (sometimes spoiled or stale).
fn add_guardian(rng: &mut Rng, patient: H256, guardian: &sr25519::Pair) -> RuntimeCall {
	let deadline = System::block_number() + rng.below(20) as u32;
	let nonce = System::account_nonce(account(guardian)) + u32::from(rng.chance(10));
	let payload =
		pallet_patients::guardian_payload(&System::block_hash(0), &patient, &nonce, &deadline);
	RuntimeCall::Patients(pallet_patients::Call::add_guardian {
		guardian: account(guardian).into(),
		deadline,
		acceptance: MultiSignature::Sr25519(guardian.sign(&payload)),
	})
}

/// How many document sets the fuzzer's archives are made of.
const ARCHIVE_SETS: u64 = 6;

/// Document set `set` of the fuzzer's archives: `set + 1` commitments.
fn archive_docs(set: u8) -> Vec<H256> {
	(0..=u64::from(set))
		.map(|i| H256::from_low_u64_be(0xa0c0_0000 + u64::from(set) * 100 + i))
		.collect()
}

/// A MedChain call with arguments from the world, or a governance call (`true`: to be sent
/// through `sudo`).
fn medchain_call(rng: &mut Rng, world: &mut World, signer: &sr25519::Pair) -> (RuntimeCall, bool) {
	use pallet_consent::Call as C;
	use pallet_emergency::Call as E;
	use pallet_patients::Call as Pt;
	use pallet_providers::Call as Pv;
	use pallet_records::Call as R;
	let records = pallet_records::NextRecordId::<Runtime>::get();
	let grants = pallet_consent::NextGrantId::<Runtime>::get();
	let requests = pallet_consent::NextRequestId::<Runtime>::get();
	let sessions = pallet_emergency::NextSessionId::<Runtime>::get();
	let patient = world.pseudonym(rng);
	let someone = world.account(rng);
	let hash = H256::from_low_u64_be(rng.next());
	let call = match rng.below(45) {
		0 => {
			let practitioner = if rng.chance(70) {
				world.new_pair()
			} else {
				(*rng.pick(&world.everyone())).clone()
			};
			world.joining = Some(Joining::Practitioner(practitioner.clone()));
			RuntimeCall::Providers(Pv::register_practitioner {
				practitioner: account(&practitioner).into(),
				role: rng.arb().unwrap_or(PractitionerRole::Nurse),
				encryption_key: key(rng.below(255) as u8 + 1),
				credential: hash,
			})
		},
		1 => RuntimeCall::Providers(Pv::set_practitioner_status {
			practitioner: someone.into(),
			status: rng.arb().unwrap_or(medchain_primitives::Status::Active),
		}),
		2 if rng.chance(20) => {
			RuntimeCall::Providers(Pv::remove_practitioner { practitioner: someone.into() })
		},
		2 => RuntimeCall::Providers(Pv::set_practitioner_status {
			practitioner: someone.into(),
			status: medchain_primitives::Status::Active,
		}),
		3 => RuntimeCall::Providers(Pv::set_practitioner_credential {
			practitioner: someone.into(),
			credential: hash,
		}),
		4 => RuntimeCall::Providers(Pv::rotate_encryption_key { key: key(rng.below(256) as u8) }),
		5 | 6 => register_for(rng, world, signer),
		7 => RuntimeCall::Patients(Pt::rotate_encryption_key { key: key(rng.below(256) as u8) }),
		8 => RuntimeCall::Patients(Pt::set_emergency_policy { patient, policy: policy(rng) }),
		9 => {
			let guardian = (*rng.pick(&world.everyone())).clone();
			add_guardian(rng, patient, &guardian)
		},
		10 => RuntimeCall::Patients(Pt::remove_guardian { patient, guardian: someone.into() }),
		11 if rng.chance(10) => RuntimeCall::Patients(Pt::deregister {}),
		11 => RuntimeCall::Patients(Pt::set_emergency_policy { patient, policy: policy(rng) }),
		12 | 13 => RuntimeCall::Consent(C::grant_access {
			patient,
			// Mostly a practitioner or organization, who may then anchor and read.
			grantee: if rng.chance(70) { account(rng.pick(&world.practitioners)) } else { someone },
			scope: scope(rng),
			permission: *rng.pick(&[Permission::Read, Permission::ReadWrite]),
			purpose: rng.arb().unwrap_or(Purpose::Treatment),
			expires_at: rng.chance(30).then(|| System::block_number() + rng.below(40) as u32),
		}),
		14 => RuntimeCall::Consent(C::revoke_access { grant: id(rng, grants) }),
		15 => RuntimeCall::Consent(C::request_access {
			patient,
			scope: scope(rng),
			permission: *rng.pick(&[Permission::Read, Permission::ReadWrite]),
			purpose: rng.arb().unwrap_or(Purpose::Treatment),
			duration: rng.below(100) as u32,
			research: if rng.chance(20) { rng.arb() } else { None },
		}),
		16 => RuntimeCall::Consent(C::approve_request { request: id(rng, requests) }),
		17 => RuntimeCall::Consent(C::deny_request { request: id(rng, requests) }),
		18 => RuntimeCall::Consent(C::cancel_request { request: id(rng, requests) }),
		19 => RuntimeCall::Consent(C::clean_expired { patient, limit: rng.below(300) as u32 }),
		20 => RuntimeCall::Consent(C::clean_requests { patient, limit: rng.below(100) as u32 }),
		21 | 22 => RuntimeCall::Consent(C::submit_read_receipt { record: id(rng, records) }),
		23..=25 => RuntimeCall::Records(R::anchor_record {
			patient,
			content_hash: hash,
			cid: cid(rng),
			kind: kind(rng),
			patient_envelope: ciphertext(rng),
		}),
		26 => RuntimeCall::Records(R::amend_record {
			previous: id(rng, records),
			content_hash: hash,
			cid: cid(rng),
			kind: kind(rng),
			patient_envelope: ciphertext(rng),
		}),
		27 => RuntimeCall::Records(R::retract_record {
			record: id(rng, records),
			reason: rng.arb().unwrap_or(pallet_records::RetractionReason::EnteredInError),
		}),
		28 => RuntimeCall::Records(R::share_key {
			record: id(rng, records),
			recipient: someone,
			envelope: ciphertext(rng),
		}),
		29 => RuntimeCall::Records(R::remove_envelope {
			record: id(rng, records),
			recipient: someone,
		}),
		30 => RuntimeCall::Records(R::prune_envelopes {
			patient,
			holder: someone,
			start_after: rng.chance(30).then(|| id(rng, records)),
		}),
		31 => RuntimeCall::Emergency(E::open_session {
			patient,
			reason: rng.arb().unwrap_or(pallet_emergency::EmergencyReason::BreakTheGlass),
			justification: hash,
		}),
		32 => RuntimeCall::Emergency(E::approve_session { session: id(rng, sessions) }),
		33 => RuntimeCall::Emergency(E::close_session { session: id(rng, sessions) }),
		34 => {
			let holders: Vec<_> = world.authorities.iter().map(account).collect();
			let n = rng.below(holders.len() as u64 + 2) as usize;
			let shares = (0..n)
				.map(|_| pallet_emergency::KeyShare {
					authority: if rng.chance(90) {
						rng.pick(&holders).clone()
					} else {
						world.account(rng)
					},
					ciphertext: ciphertext(rng),
				})
				.collect::<Vec<_>>();
			RuntimeCall::Emergency(E::set_emergency_key {
				patient,
				key: key(rng.below(256) as u8),
				threshold: rng.below(6) as u8,
				shares: BoundedVec::truncate_from(shares),
			})
		},
		35 => {
			let n = rng.below(5) as usize;
			let envelopes = (0..n).map(|_| (id(rng, records), ciphertext(rng))).collect::<Vec<_>>();
			// Mostly the current version of the patient's key, so that some succeed.
			let current =
				pallet_emergency::EmergencyKeys::<Runtime>::get(patient).map(|k| k.version);
			let version = match current {
				Some(v) if rng.chance(90) => v,
				_ => rng.below(3) as u32,
			};
			RuntimeCall::Emergency(E::post_emergency_envelopes {
				patient,
				version,
				envelopes: BoundedVec::truncate_from(envelopes),
			})
		},
		36 => RuntimeCall::Emergency(E::release_key_share {
			session: id(rng, sessions),
			share: ciphertext(rng),
		}),
		37 => RuntimeCall::Emergency(E::clean_session { session: id(rng, sessions) }),
		38 => RuntimeCall::Emergency(E::review_session {
			session: id(rng, sessions),
			justified: rng.chance(70),
			finding: hash,
		}),
		39 => {
			// Mostly the signer's own key (as a patient or a provider), and its own patient
			// entry when it has one, so that some succeed.
			use medchain_primitives::{PatientRegistry, ProviderRegistry};
			let who = account(signer);
			let own_patient = medchain_runtime::Patients::patient_of(&who);
			let own = own_patient.and_then(|p| {
				<medchain_runtime::Patients as PatientRegistry<_>>::encryption_key(&p)
			});
			let provider =
				<medchain_runtime::Providers as ProviderRegistry<_>>::encryption_key(&who);
			let as_patient = own_patient.is_some() && rng.chance(50);
			let registered = if as_patient { own } else { provider.or(own) };
			let key = match registered {
				Some(key) if rng.chance(90) => key,
				_ => key(rng.below(256) as u8),
			};
			let n = rng.below(5) as usize;
			let envelopes = (0..n).map(|_| (id(rng, records), ciphertext(rng))).collect::<Vec<_>>();
			RuntimeCall::Records(R::rewrap_envelopes {
				patient: if as_patient { own_patient.unwrap_or(patient) } else { patient },
				key,
				envelopes: BoundedVec::truncate_from(envelopes),
			})
		},
		// One of a few node keys, with a proof mostly for an organization of the world (the
		// signer is mostly one of them too).
		40 => {
			let seed = rng.below(12) as u8;
			let owner = account(rng.pick(&world.organizations));
			let proof = node_key(seed).sign(&medchain_primitives::ownership_message(
				&medchain_runtime::System::block_hash(0).0,
				&node(seed),
				&if rng.chance(90) { owner } else { someone.clone() },
			));
			RuntimeCall::Peering(pallet_peering::Call::add_node { node: node(seed), proof })
		},
		41 => RuntimeCall::Peering(pallet_peering::Call::remove_node {
			node: node(rng.below(12) as u8),
		}),
		// An archive of one of a few document sets (so that promotions can prove against it),
		// or a root over nothing the world knows.
		42 => {
			let set = rng.below(ARCHIVE_SETS) as u8;
			let docs = archive_docs(set);
			let root = if rng.chance(90) {
				pallet_records::archive::root_of(&docs).unwrap_or(hash)
			} else {
				hash
			};
			RuntimeCall::Records(R::anchor_archive { root, leaves: docs.len() as u64 })
		},
		// A promotion, mostly with a valid path of a known set's document.
		43 => {
			let archives = pallet_records::NextArchiveId::<Runtime>::get();
			let archive = id(rng, archives);
			let known = pallet_records::Archives::<Runtime>::get(archive).and_then(|a| {
				(0..ARCHIVE_SETS as u8)
					.map(archive_docs)
					.find(|docs| pallet_records::archive::root_of(docs) == Some(a.root))
			});
			let docs = known.unwrap_or_else(|| archive_docs(0));
			let index = rng.below(docs.len() as u64 + 1);
			let mut path = pallet_records::archive::path_of(&docs, index as usize)
				.unwrap_or_else(|| vec![hash]);
			if rng.chance(10) {
				path.push(hash);
			}
			RuntimeCall::Records(R::promote_archived {
				archive,
				index,
				path: BoundedVec::truncate_from(path),
				record: pallet_records::NewRecord {
					patient,
					content_hash: docs.get(index as usize).copied().unwrap_or(hash),
					cid: cid(rng),
					kind: kind(rng),
					patient_envelope: ciphertext(rng),
				},
			})
		},
		// Governance, through sudo.
		_ => return (governance_call(rng, world), true),
	};
	(call, false)
}

/// A call only governance may make.
fn governance_call(rng: &mut Rng, world: &mut World) -> RuntimeCall {
	use pallet_emergency::Call as E;
	use pallet_providers::Call as Pv;
	let someone = world.account(rng);
	match rng.below(12) {
		0 => {
			let organization = world.new_pair();
			world.joining = Some(Joining::Organization(organization.clone()));
			RuntimeCall::Providers(Pv::register_organization {
				organization: account(&organization).into(),
				kind: rng.arb().unwrap_or(OrganizationKind::Hospital),
				encryption_key: key(rng.below(255) as u8 + 1),
				credential: H256::from_low_u64_be(rng.next()),
			})
		},
		1 => RuntimeCall::Providers(Pv::set_organization_status {
			organization: someone.into(),
			status: rng.arb().unwrap_or(medchain_primitives::Status::Active),
		}),
		2 if rng.chance(30) => {
			RuntimeCall::Providers(Pv::remove_organization { organization: someone.into() })
		},
		2 => RuntimeCall::FreeTier(pallet_free_tier::Call::set_state_quota {
			per_patient: rng.below(64 * 1024) as u32,
			per_provider: rng.below(1024 * 1024) as u32,
			per_organization: rng.below(4 * 1024 * 1024) as u32,
			window: rng.below(40) as u32,
		}),
		3 => RuntimeCall::Emergency(E::add_authority { authority: someone.into() }),
		4 if rng.chance(30) => {
			RuntimeCall::Emergency(E::remove_authority { authority: someone.into() })
		},
		4 => RuntimeCall::FreeTier(pallet_free_tier::Call::set_shared_quota {
			calls: if rng.chance(10) { rng.below(200) as u32 } else { 10_000 },
			window: rng.below(20) as u32,
		}),
		5 => RuntimeCall::Emergency(E::lift_bar { responder: someone.into() }),
		6 => RuntimeCall::Patients(pallet_patients::Call::set_registration_limits {
			limits: rng.arb().unwrap_or(pallet_patients::RegistrationLimits {
				per_practitioner: 200,
				per_organization: 2_000,
				window: 100,
			}),
		}),
		7 => RuntimeCall::FreeTier(pallet_free_tier::Call::set_quota {
			calls: if rng.chance(10) { rng.below(200) as u32 } else { 10_000 },
			window: rng.below(20) as u32,
		}),
		9 => RuntimeCall::Peering(pallet_peering::Call::add_well_known_node {
			node: node(rng.below(12) as u8),
		}),
		10 => RuntimeCall::Peering(pallet_peering::Call::set_peering_mode {
			mode: if rng.chance(50) {
				medchain_primitives::PeeringMode::Open
			} else {
				medchain_primitives::PeeringMode::Permissioned
			},
		}),
		8 => RuntimeCall::Upgrades(pallet_upgrades::Call::authorize_upgrade {
			code_hash: H256::from_low_u64_be(rng.next()),
		}),
		_ => RuntimeCall::Emergency(E::review_session {
			session: id(rng, pallet_emergency::NextSessionId::<Runtime>::get()),
			justified: rng.chance(70),
			finding: H256::from_low_u64_be(rng.next()),
		}),
	}
}

/// The `seed`-th node key of the fuzzer.
fn node_key(seed: u8) -> sp_core::ed25519::Pair {
	sp_core::ed25519::Pair::from_seed(&[seed.wrapping_add(1); 32])
}

/// The `seed`-th node of the fuzzer.
fn node(seed: u8) -> medchain_primitives::NodeId {
	medchain_primitives::NodeId(node_key(seed).public().0)
}

/// Reads no runtime version: the fuzzer's code blobs are random bytes.
struct NoRuntime;

impl sp_core::traits::ReadRuntimeVersion for NoRuntime {
	fn read_runtime_version(
		&self,
		_wasm_code: &[u8],
		_ext: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		Err("not a runtime".into())
	}
}

/// The chain under test: blocks built as a node builds them.
struct Chain {
	parent: H256,
	/// The encoded length of the block's included extrinsics.
	length: usize,
}

impl Chain {
	fn start() -> sp_io::TestExternalities {
		let storage = preset_config("development").build_storage().expect("genesis builds");
		let mut ext = sp_io::TestExternalities::new(storage);
		// `system.setCode` reads the new code's version through the node's executor; random
		// bytes are no runtime, as the node's executor would say.
		ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(NoRuntime));
		ext
	}

	/// Starts the next block: an Aura pre-digest for its slot, the timestamp inherent.
	fn open(&mut self) {
		let number = System::block_number() + 1;
		let slot = Slot::from(u64::from(number));
		let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
		let header = Header::new(number, H256::zero(), H256::zero(), self.parent, digest);
		Executive::initialize_block(&header);
		let now = u64::from(number) * SLOT_DURATION;
		let inherent =
			UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
				now,
			}));
		assert_eq!(Executive::apply_extrinsic(inherent), Ok(Ok(())));
	}

	/// Ends the block, checks its limits and every pallet's invariants.
	fn close(&mut self) {
		let length = std::mem::take(&mut self.length);
		let header = Executive::finalize_block();
		self.parent = header.hash();
		let weights = RuntimeBlockWeights::get();
		let used = System::block_weight();
		// Mandatory work (inherents, hooks) may take the whole block: pallet-session's
		// rotation declares the full block. Transactions stay within their classes' limits.
		for class in [DispatchClass::Normal, DispatchClass::Operational] {
			let limit = weights.get(class).max_total.unwrap_or(weights.max_block);
			assert!(
				used.get(class).all_lte(limit),
				"block {} over its {class:?} weight: {used:?}",
				header.number
			);
		}
		let normal = *RuntimeBlockLength::get().max.get(DispatchClass::Normal) as usize;
		assert!(length <= normal, "block {} over its length: {length}", header.number);
		invariants(*header.number());
	}
}

/// Every MedChain pallet's `try_state`.
fn invariants(block: u32) {
	let checks: [(&str, fn() -> Result<(), sp_runtime::TryRuntimeError>); 8] = [
		("peering", pallet_peering::Pallet::<Runtime>::do_try_state),
		("providers", pallet_providers::Pallet::<Runtime>::do_try_state),
		("patients", pallet_patients::Pallet::<Runtime>::do_try_state),
		("records", pallet_records::Pallet::<Runtime>::do_try_state),
		("consent", pallet_consent::Pallet::<Runtime>::do_try_state),
		("emergency", pallet_emergency::Pallet::<Runtime>::do_try_state),
		("free tier", pallet_free_tier::Pallet::<Runtime>::do_try_state),
		("validator set", pallet_validator_set::Pallet::<Runtime>::do_try_state),
	];
	for (pallet, check) in checks {
		if let Err(e) = check() {
			panic!("after block {block}, {pallet}'s invariants fail: {e:?}");
		}
	}
}

/// Who signs `call`: mostly an account in the role it is made in (the registrar for a
/// registration), sometimes anyone, a stranger or an account that does not exist.
fn signer_for(
	rng: &mut Rng,
	world: &World,
	call: &RuntimeCall,
	registrar: &sr25519::Pair,
) -> sr25519::Pair {
	use medchain_runtime::configs::{role_of, Role};
	if rng.chance(3) {
		return pair(&format!("nobody-{}", rng.next()));
	}
	if rng.chance(15) {
		return (*rng.pick(&world.everyone())).clone();
	}
	match role_of(call) {
		_ if matches!(call, RuntimeCall::Patients(pallet_patients::Call::register_for { .. }))
			&& rng.chance(70) =>
		{
			registrar.clone()
		},
		_ if matches!(
			call,
			RuntimeCall::Providers(
				pallet_providers::Call::register_practitioner { .. }
					| pallet_providers::Call::set_practitioner_status { .. }
					| pallet_providers::Call::remove_practitioner { .. }
					| pallet_providers::Call::set_practitioner_credential { .. }
			) | RuntimeCall::Peering(..)
		) && rng.chance(70) =>
		{
			rng.pick(&world.organizations).clone()
		},
		Some(Role::Provider) => {
			if rng.chance(25) {
				rng.pick(&world.organizations).clone()
			} else {
				rng.pick(&world.practitioners).clone()
			}
		},
		Some(Role::Patient) if rng.chance(80) => {
			world.patients[world.subject % world.patients.len()].0.clone()
		},
		Some(Role::Patient) => rng.pick(&world.patients).0.clone(),
		_ => (*rng.pick(&world.everyone())).clone(),
	}
}

/// The result of the call the last `sudo.sudo` of the block dispatched.
fn sudo_result() -> sp_runtime::DispatchResult {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			medchain_runtime::RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => {
				Some(sudo_result)
			},
			_ => None,
		})
		.expect("a successful sudo call emits Sudid")
}

/// What a run covered.
#[derive(Default, Debug)]
struct Tally {
	calls: u64,
	blocks: u64,
	succeeded: u64,
	failed: u64,
	refused: u64,
	/// Dispatch errors by name, and how often.
	errors: BTreeMap<String, u64>,
	/// Transaction validity errors, and how often.
	refusals: BTreeMap<String, u64>,
	/// MedChain calls signed by their senders (not through sudo) that succeeded.
	medchain_succeeded: u64,
	/// Which of them, and how often.
	succeeded_calls: BTreeMap<String, u64>,
}

fn world() -> World {
	let sudo = Sr25519Keyring::Alice.pair();
	let mut world = World {
		sudo,
		organizations: vec![],
		authorities: vec![],
		practitioners: vec![],
		patients: vec![],
		strangers: vec![pair("stranger-1"), pair("stranger-2")],
		fresh: 0,
		joining: None,
		subject: 0,
	};
	let kinds = [
		OrganizationKind::Hospital,
		OrganizationKind::Laboratory,
		OrganizationKind::Insurer,
		OrganizationKind::EmergencyService,
		OrganizationKind::EmergencyService,
		OrganizationKind::EmergencyService,
	];
	let roles = [
		PractitionerRole::Physician,
		PractitionerRole::LabTechnician,
		PractitionerRole::Auditor,
		PractitionerRole::EmergencyResponder,
		PractitionerRole::EmergencyCallAttendant,
		PractitionerRole::EmergencyResponder,
	];
	for (i, (kind, role)) in kinds.into_iter().zip(roles).enumerate() {
		let (org, staff) = organization_with_staff(
			&format!("org-{i}"),
			kind,
			&format!("staff-{i}"),
			role,
			10 * i as u8 + 1,
		);
		if kind == OrganizationKind::EmergencyService {
			frame_support::assert_ok!(medchain_runtime::Emergency::add_authority(
				RuntimeOrigin::root(),
				account(&org).into()
			));
			world.authorities.push(org.clone());
		}
		world.organizations.push(org);
		world.practitioners.push(staff);
	}
	world
}

/// Runs `calls` fuzzed calls from `seed`; returns what it covered.
fn fuzz(seed: u64, calls: u64) -> Tally {
	let mut rng = Rng(seed);
	let mut tally = Tally::default();
	let mut chain = Chain { parent: H256::zero(), length: 0 };
	Chain::start().execute_with(|| {
		chain.parent = System::block_hash(0);
		chain.open();
		let mut world = world();
		// Quotas large enough that the calls reach the pallets' logic, not only the free
		// tier's refusals (governance calls in the run change them again).
		frame_support::assert_ok!(medchain_runtime::FreeTier::set_quota(
			RuntimeOrigin::root(),
			10_000,
			10
		));
		frame_support::assert_ok!(medchain_runtime::FreeTier::set_shared_quota(
			RuntimeOrigin::root(),
			10_000,
			10
		));
		// A state quota that binds within the run: windows of 20 blocks.
		frame_support::assert_ok!(medchain_runtime::FreeTier::set_state_quota(
			RuntimeOrigin::root(),
			32 * 1024,
			256 * 1024,
			1024 * 1024,
			20
		));
		// A few patients to start with, registered by the physician.
		for _ in 0..4 {
			let doctor = world.practitioners[0].clone();
			let call = register_for(&mut rng, &mut world, &doctor);
			assert_eq!(apply(&doctor, call), Ok(Ok(())));
			world.joined();
		}
		chain.close();
		tally.blocks += 1;
		while tally.calls < calls {
			chain.open();
			let in_block = rng.below(200) + 1;
			for _ in 0..in_block {
				tally.calls += 1;
				world.joining = None;
				// A registrar for the calls that register someone; the signer is then chosen
				// mostly in the role the call is made in.
				let registrar = (*rng.pick(&world.practitioners)).clone();
				world.subject = rng.below(world.patients.len() as u64) as usize;
				let (call, governance) = if rng.chance(8) {
					// Random bytes as a call of any pallet.
					match rng.arb::<RuntimeCall>() {
						Some(call) => (call, rng.chance(20)),
						None => continue,
					}
				} else {
					medchain_call(&mut rng, &mut world, &registrar)
				};
				let signer = signer_for(&mut rng, &world, &call, &registrar);
				let (signer, call) = if governance {
					(
						world.sudo.clone(),
						RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }),
					)
				} else {
					(signer, call)
				};
				let nonce = System::account_nonce(account(&signer));
				let parent = System::block_number() - 1;
				let context = ChainContext::for_this_runtime(
					System::block_hash(0),
					(parent, System::block_hash(parent)),
				);
				let xt = signed_extrinsic(&signer, call.clone(), nonce, context);
				let length = xt.encoded_size();
				// One call in fifty also has its state growth measured against its count (the
				// whole state is read twice for it).
				let measure = rng.chance(2);
				let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
					if measure {
						common::within_declared_growth_up_to(1_000_000, &call, || {
							Executive::apply_extrinsic(xt)
						})
					} else {
						Executive::apply_extrinsic(xt)
					}
				}));
				// A sudo call succeeds as a transaction whatever its call did: its result is in
				// the `Sudid` event.
				let outcome = outcome.map(|applied| match (governance, applied) {
					(true, Ok(Ok(()))) => Ok(sudo_result()),
					(_, applied) => applied,
				});
				if matches!(outcome, Ok(Ok(_))) {
					chain.length += length;
				}
				match outcome {
					Err(panic) => {
						eprintln!("seed {seed}, call {}: {call:?} panicked", tally.calls);
						std::panic::resume_unwind(panic)
					},
					Ok(Ok(Ok(()))) => {
						tally.succeeded += 1;
						if medchain_runtime::configs::role_of(&call).is_some() && !governance {
							tally.medchain_succeeded += 1;
							use frame_support::traits::GetCallMetadata;
							let meta = call.get_call_metadata();
							let name = format!("{}.{}", meta.pallet_name, meta.function_name);
							*tally.succeeded_calls.entry(name).or_default() += 1;
						}
						world.joined();
					},
					Ok(Ok(Err(e))) => {
						tally.failed += 1;
						let name = match e {
							sp_runtime::DispatchError::Module(m) => {
								m.message.unwrap_or("?").to_string()
							},
							other => format!("{other:?}"),
						};
						*tally.errors.entry(name).or_default() += 1;
					},
					Ok(Err(e)) => {
						tally.refused += 1;
						*tally.refusals.entry(format!("{e:?}")).or_default() += 1;
					},
				}
			}
			chain.close();
			tally.blocks += 1;
		}
	});
	tally
}

#[test]
fn fuzzed_calls_keep_every_invariant() {
	let calls =
		std::env::var("MEDCHAIN_FUZZ_CALLS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
	let seed = std::env::var("MEDCHAIN_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
	let tally = fuzz(seed, calls);
	println!(
		"fuzz seed {seed}: {} calls in {} blocks: {} succeeded, {} failed with a dispatch error, {} refused as transactions",
		tally.calls, tally.blocks, tally.succeeded, tally.failed, tally.refused
	);
	let mut errors: Vec<_> = tally.errors.iter().collect();
	errors.sort_by(|a, b| b.1.cmp(a.1));
	println!("most frequent errors: {:?}", &errors[..errors.len().min(15)]);
	println!("refusals: {:?}", tally.refusals);
	let (checked, skipped) = common::GROWTH_CHECKS.with(|c| c.get());
	println!(
		"{} MedChain calls succeeded as signed, {} kinds: {:?}; state growth measured for {checked} calls ({skipped} skipped)",
		tally.medchain_succeeded,
		tally.succeeded_calls.len(),
		tally.succeeded_calls
	);
	// The run reached the chain's logic, not only its refusals: MedChain calls of many kinds
	// succeeded from their own senders, many errors were reached, growth was measured.
	assert!(
		tally.medchain_succeeded > calls / 50,
		"only {} calls succeeded",
		tally.medchain_succeeded
	);
	assert!(
		tally.succeeded_calls.len() >= 20,
		"only {} kinds of call succeeded",
		tally.succeeded_calls.len()
	);
	assert!(tally.errors.len() > 20, "only {} distinct errors reached", tally.errors.len());
	assert!(
		checked > calls / 100 && skipped == 0,
		"growth measured {checked} times, skipped {skipped}"
	);
}
