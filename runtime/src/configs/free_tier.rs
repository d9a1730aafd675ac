//! The fee-free path (`pallet-free-tier`): which transactions are free ([`FreeCalls`]), and the
//! per-account quota that bounds them.

use super::GovernanceOrigin;
use crate::{AccountId, BlockNumber, Patients, Providers, Runtime, RuntimeCall, DAYS, MINUTES};
use codec::MaxEncodedLen;
use frame_support::{parameter_types, StorageHasher};
use medchain_primitives::{ActiveActor, FreeCallEligibility, FreePath, ProviderRegistry};

/// The default quota of free transactions per account: enough for a laboratory technician
/// anchoring a result every 3 s for a minute, or 1,200 transactions an hour, sustained.
pub const FREE_CALLS_PER_WINDOW: u32 = 100;

/// The default quota's window.
pub const FREE_WINDOW: BlockNumber = 5 * MINUTES;

/// The default quota an organization and all of its staff share, per [`FREE_WINDOW`]: 1,000
/// free transactions (10 per block on average; a block holds 366 anchors), however many
/// practitioners it registers.
pub const SHARED_FREE_CALLS_PER_WINDOW: u32 = 1_000;

/// The default state quota's allowance per patient or guardian per [`FREE_STATE_WINDOW`]:
/// 256 KiB, more than a patient's day of grants, revocations and approvals, each counted at
/// its largest possible size (a grant 2.0 KiB, a revocation with its envelope prune 7.3 KiB).
pub const FREE_STATE_PER_PATIENT: u32 = 256 * 1024;

/// The default state quota's allowance per organization or practitioner per
/// [`FREE_STATE_WINDOW`]: 4 MiB, about 2,650 anchored records (1.5 KiB each, counted at the
/// largest CID and envelope).
pub const FREE_STATE_PER_PROVIDER: u32 = 4 * 1024 * 1024;

/// The default state quota's allowance per organization and all of its staff together per
/// [`FREE_STATE_WINDOW`]: 64 MiB, about 42,500 anchored records.
pub const FREE_STATE_PER_ORGANIZATION: u32 = 64 * 1024 * 1024;

/// The default state quota's window: a day.
pub const FREE_STATE_WINDOW: BlockNumber = DAYS;

/// The default shared quota: [`SHARED_FREE_CALLS_PER_WINDOW`] per [`FREE_WINDOW`].
pub fn default_shared_quota() -> pallet_free_tier::Quota<BlockNumber> {
	pallet_free_tier::Quota { calls: SHARED_FREE_CALLS_PER_WINDOW, window: FREE_WINDOW }
}

/// The default state quota: [`FREE_STATE_PER_PATIENT`], [`FREE_STATE_PER_PROVIDER`] and
/// [`FREE_STATE_PER_ORGANIZATION`] per [`FREE_STATE_WINDOW`].
pub fn default_state_quota() -> pallet_free_tier::StateQuota<BlockNumber> {
	pallet_free_tier::StateQuota {
		per_patient: FREE_STATE_PER_PATIENT,
		per_provider: FREE_STATE_PER_PROVIDER,
		per_organization: FREE_STATE_PER_ORGANIZATION,
		window: FREE_STATE_WINDOW,
	}
}

/// A runtime upgrade's migration: sets the default shared quota and state quota on a chain
/// that has none (one started before they existed), where otherwise only the per-account
/// transaction quota would bound free traffic. Governance can only set quotas, never unset
/// them, so a chain that has them keeps its own; run again, it writes nothing.
pub struct SetDefaultQuotas;

impl frame_support::traits::OnRuntimeUpgrade for SetDefaultQuotas {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		let mut writes = 0u64;
		if pallet_free_tier::SharedQuota::<Runtime>::get().is_none() {
			pallet_free_tier::SharedQuota::<Runtime>::put(default_shared_quota());
			writes += 1;
		}
		if pallet_free_tier::CurrentStateQuota::<Runtime>::get().is_none() {
			pallet_free_tier::CurrentStateQuota::<Runtime>::put(default_state_quota());
			writes += 1;
		}
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(
			pallet_free_tier::SharedQuota::<Runtime>::get().is_some()
				&& pallet_free_tier::CurrentStateQuota::<Runtime>::get().is_some(),
			"the free tier's shared and state quotas are set"
		);
		Ok(())
	}
}

parameter_types! {
	/// The most free transactions per window governance may set. The upgrade rehearsal
	/// ([`crate::upgrade_rehearsal`]) doubles it: its observable change.
	pub const MaxFreeCallsPerWindow: u32 =
		if cfg!(feature = "upgrade-rehearsal") { 20_000 } else { 10_000 };
	pub const MaxFreeWindow: BlockNumber = DAYS;
	pub const MaxFreeBytesPerWindow: u32 = 1024 * 1024 * 1024;
}

impl pallet_free_tier::Config for Runtime {
	type Eligibility = FreeCalls;
	type GovernanceOrigin = GovernanceOrigin;
	type MaxCallsPerWindow = MaxFreeCallsPerWindow;
	type MaxWindow = MaxFreeWindow;
	type MaxBytesPerWindow = MaxFreeBytesPerWindow;
	type WeightInfo = pallet_free_tier::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::benchmark_helpers::Helper;
}

/// The role a MedChain call is made in, for the free path.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
	/// An organization's or a practitioner's call.
	Provider,
	/// A patient's or a guardian's call.
	Patient,
	/// Either's (records, read receipts, the clean-ups, emergency envelopes, closing a
	/// session).
	Either,
}

/// The role `call` is made in, if it is one of MedChain's own pallets' calls.
pub fn role_of(call: &RuntimeCall) -> Option<Role> {
	use pallet_consent::Call as Consent;
	use pallet_emergency::Call as Emergency;
	use pallet_patients::Call as Patients;
	use pallet_peering::Call as Peering;
	use pallet_providers::Call as Providers;
	Some(match call {
		// Governance's alone: signed by anyone, they can only fail with `BadOrigin`, so a free
		// one would take block space for nothing. They pay like any other call (the pool
		// refuses them from a sender without tokens). The `free_tier` runtime test checks
		// that every MedChain call a registered actor's signature cannot pass is listed here.
		RuntimeCall::Providers(
			Providers::register_organization { .. }
			| Providers::remove_organization { .. }
			| Providers::set_organization_credential { .. }
			| Providers::set_organization_status { .. },
		)
		| RuntimeCall::Patients(Patients::set_registration_limits { .. })
		| RuntimeCall::Peering(
			Peering::add_well_known_node { .. } | Peering::set_peering_mode { .. },
		)
		| RuntimeCall::Emergency(
			Emergency::add_authority { .. }
			| Emergency::remove_authority { .. }
			| Emergency::lift_bar { .. },
		) => return None,
		RuntimeCall::Providers(..) => Role::Provider,
		// An organization's own nodes (a practitioner's call only fails).
		RuntimeCall::Peering(..) => Role::Provider,
		RuntimeCall::Patients(Patients::register_for { .. }) => Role::Provider,
		// Registering oneself is never free: otherwise a guardian-only account (anyone a
		// patient names, with its acceptance) would become a free patient, who names the next
		// guardian, and so on. Patients who hold no tokens are registered by a practitioner,
		// within `register_for`'s limits.
		RuntimeCall::Patients(Patients::register { .. }) => return None,
		RuntimeCall::Patients(..) => Role::Patient,
		RuntimeCall::Consent(
			Consent::grant_access { .. }
			| Consent::revoke_access { .. }
			| Consent::approve_request { .. }
			| Consent::deny_request { .. },
		) => Role::Patient,
		RuntimeCall::Consent(Consent::request_access { .. } | Consent::cancel_request { .. }) => {
			Role::Provider
		},
		RuntimeCall::Consent(..) => Role::Either,
		RuntimeCall::Emergency(Emergency::set_emergency_key { .. }) => Role::Patient,
		RuntimeCall::Emergency(
			Emergency::post_emergency_envelopes { .. }
			| Emergency::close_session { .. }
			| Emergency::clean_session { .. },
		) => Role::Either,
		RuntimeCall::Emergency(..) => Role::Provider,
		// An organization's archive, promoted by the organization or its staff: a patient's
		// or a guardian's signature can only fail.
		RuntimeCall::Records(
			pallet_records::Call::anchor_archive { .. }
			| pallet_records::Call::promote_archived { .. },
		) => Role::Provider,
		RuntimeCall::Records(..) => Role::Either,
		_ => return None,
	})
}

/// Which transactions are free: direct calls of MedChain's own pallets, signed by an account
/// active in the role the call is made in ([`role_of`]): a provider's call by an active
/// organization or practitioner; a patient's call by a registered patient or a guardian; a
/// call of either kind by either, except that a suspended organization or practitioner gets
/// it free in no role (suspension ends its free path at once, even if it is also a patient or
/// a guardian; its own patient calls stay free). `patients.register`, batches and every other
/// pallet's calls pay; so does an account that is registered nowhere.
///
/// A call made as a provider draws from the organization's shared quota as well as from the
/// sender's own ([`FreePath::Shared`]): an organization's staff together send at most
/// [`SHARED_FREE_CALLS_PER_WINDOW`] free transactions per window, however many it registers.
pub struct FreeCalls;

impl FreeCallEligibility<AccountId, RuntimeCall> for FreeCalls {
	fn free_path(who: &AccountId, call: &RuntimeCall) -> FreePath<AccountId> {
		let Some(role) = role_of(call) else { return FreePath::No };
		// `None`: not a provider; `Some(None)`: a suspended one (or one of a suspended
		// organization); `Some(Some(org))`: an active one, drawing on `org`'s shared quota.
		let provider = match Providers::organization(who) {
			Some(org) => Some(org.active.then(|| who.clone())),
			None => Providers::practitioner(who).map(|p| p.active.then_some(p.organization)),
		};
		let as_patient =
			|| if Patients::is_active_actor(who) { FreePath::Own } else { FreePath::No };
		match (role, provider) {
			(Role::Provider | Role::Either, Some(Some(org))) => FreePath::Shared(org),
			(Role::Provider, _) | (Role::Either, Some(None)) => FreePath::No,
			(Role::Patient, _) | (Role::Either, None) => as_patient(),
		}
	}

	fn state_growth(call: &RuntimeCall) -> u32 {
		state_growth(call)
	}

	/// Break-glass cannot wait: opening, approving and closing a session go before
	/// everything else in the pool, from senders the free path is open to, when the emergency
	/// pallet's checks say the call would go through (`pallet_emergency::Pallet::is_urgent`).
	fn is_urgent(who: &AccountId, call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::Emergency(call) => crate::Emergency::is_urgent(who, call),
			_ => false,
		}
	}

	fn urgent_check_weight(call: &RuntimeCall) -> frame_support::weights::Weight {
		use pallet_emergency::Call as Emergency;
		match call {
			RuntimeCall::Emergency(
				Emergency::open_session { .. }
				| Emergency::approve_session { .. }
				| Emergency::close_session { .. },
			) => crate::Emergency::urgent_check_weight(),
			_ => frame_support::weights::Weight::zero(),
		}
	}
}

/// The most bytes a new entry of a storage item takes: the 32-byte prefix of its pallet and
/// item, its hashed key and its largest value (what `StorageInfoTrait` calls `max_size`, plus
/// the prefix; computed here without its allocations, as every free transaction asks).
pub trait EntrySize {
	/// The most bytes a new entry takes.
	fn entry_size() -> u32;
}

/// The 32-byte prefix plus `rest`.
fn prefixed(rest: usize) -> u32 {
	u32::try_from(rest).unwrap_or(u32::MAX).saturating_add(32)
}

impl<P, V, Q, O> EntrySize for frame_support::storage::types::StorageValue<P, V, Q, O>
where
	V: MaxEncodedLen,
{
	fn entry_size() -> u32 {
		prefixed(V::max_encoded_len())
	}
}

impl<P, H, K, V, Q, O, M> EntrySize
	for frame_support::storage::types::StorageMap<P, H, K, V, Q, O, M>
where
	H: StorageHasher,
	K: MaxEncodedLen,
	V: MaxEncodedLen,
{
	fn entry_size() -> u32 {
		prefixed(H::max_len::<K>().saturating_add(V::max_encoded_len()))
	}
}

impl<P, H1, K1, H2, K2, V, Q, O, M> EntrySize
	for frame_support::storage::types::StorageDoubleMap<P, H1, K1, H2, K2, V, Q, O, M>
where
	H1: StorageHasher,
	H2: StorageHasher,
	K1: MaxEncodedLen,
	K2: MaxEncodedLen,
	V: MaxEncodedLen,
{
	fn entry_size() -> u32 {
		prefixed(
			H1::max_len::<K1>()
				.saturating_add(H2::max_len::<K2>())
				.saturating_add(V::max_encoded_len()),
		)
	}
}

impl<P, K, V, Q, O, M> EntrySize for frame_support::storage::types::StorageNMap<P, K, V, Q, O, M>
where
	K: frame_support::storage::types::KeyGeneratorMaxEncodedLen,
	V: MaxEncodedLen,
{
	fn entry_size() -> u32 {
		prefixed(K::key_max_encoded_len().saturating_add(V::max_encoded_len()))
	}
}

/// The most bytes a new entry of storage item `S` takes.
pub fn entry<S: EntrySize>() -> u32 {
	S::entry_size()
}

/// The most bytes `call` adds to the state: the entries each call may create and the values it
/// may grow, at their largest (a grown value counts as a whole new entry), whoever sends it.
/// Calls only governance can make count zero: on the free path they always fail, and a failed
/// call writes nothing. Every runtime test that applies a MedChain transaction checks its
/// growth against this (`runtime/tests/common`), and `runtime/tests/state_growth.rs` each
/// call at its largest.
pub fn state_growth(call: &RuntimeCall) -> u32 {
	use frame_system::Account;
	use pallet_consent as c;
	use pallet_emergency as e;
	use pallet_patients as pt;
	use pallet_peering as pg;
	use pallet_providers as pv;
	use pallet_records as r;
	type R = Runtime;

	let sum = |sizes: &[u32]| sizes.iter().fold(0u32, |total, s| total.saturating_add(*s));
	let times = |n: u32, size: u32| n.saturating_mul(size);
	// One audit entry, and the patient's first (its length counter).
	let audit = || sum(&[entry::<c::AuditLog<R>>(), entry::<c::AuditLength<R>>()]);
	let audits = |n: u32| sum(&[times(n, entry::<c::AuditLog<R>>()), entry::<c::AuditLength<R>>()]);
	// A prune of a party's envelopes of one patient's records: a staff hint per holder it
	// examines, at most a batch, and the queue entries of the rest.
	// The largest number of envelopes one prune examines, whichever pallet asks for it.
	let batch = <R as r::Config>::PruneBatch::get()
		.max(super::EnvelopeRemovalLimit::get())
		.max(super::GuardianEnvelopePruneLimit::get())
		.max(super::EmergencyEnvelopePruneLimit::get());
	let prune = || {
		sum(&[
			times(batch, entry::<r::StaffShares<R>>()),
			entry::<r::PendingPrune<R>>(),
			entry::<r::PendingStaffPrune<R>>(),
		])
	};
	// A practitioner's suspension: hints for up to a batch of patients and the queue entry.
	let deactivated =
		|| sum(&[times(batch, entry::<r::StaffShares<R>>()), entry::<r::PendingPrune<R>>()]);
	let grant = || {
		sum(&[
			entry::<c::Grants<R>>(),
			entry::<c::GrantsOf<R>>(),
			entry::<c::GrantCount<R>>(),
			entry::<c::ActiveGrants<R>>(),
			entry::<c::ActiveGrantCount<R>>(),
			entry::<c::NextGrantId<R>>(),
		])
	};
	let anchor = || {
		sum(&[
			entry::<r::Records<R>>(),
			entry::<r::RecordByHash<R>>(),
			entry::<r::PatientRecords<R>>(),
			entry::<r::PatientRecordCount<R>>(),
			entry::<r::PatientEnvelopes<R>>(),
			entry::<r::NextRecordId<R>>(),
			audit(),
		])
	};

	match call {
		RuntimeCall::Providers(call) => match call {
			pv::Call::register_practitioner { .. } => sum(&[
				entry::<pv::Practitioners<R>>(),
				entry::<pv::Staff<R>>(),
				entry::<Account<R>>(),
			]),
			pv::Call::set_practitioner_status { .. } => deactivated(),
			pv::Call::remove_practitioner { .. } => entry::<r::PendingPrune<R>>(),
			// Governance's alone, or values rewritten at the same size.
			_ => 0,
		},
		// The node, the count (the first node's) and the owner's grown list; the other
		// peering calls are governance's alone, or removals.
		RuntimeCall::Peering(pg::Call::add_node { .. }) => {
			sum(&[entry::<pg::Nodes<R>>(), entry::<pg::NodeCount<R>>(), entry::<pg::NodesOf<R>>()])
		},
		RuntimeCall::Patients(call) => match call {
			pt::Call::register { .. } => sum(&[
				entry::<pt::Patients<R>>(),
				entry::<pt::PseudonymOf<R>>(),
				entry::<Account<R>>(),
			]),
			pt::Call::register_for { .. } => sum(&[
				entry::<pt::Patients<R>>(),
				entry::<pt::PseudonymOf<R>>(),
				entry::<Account<R>>(),
				times(2, entry::<pt::Registrations<R>>()),
			]),
			pt::Call::rotate_encryption_key { .. } | pt::Call::set_emergency_policy { .. } => {
				audit()
			},
			pt::Call::add_guardian { .. } => sum(&[
				entry::<pt::Patients<R>>(),
				entry::<pt::Wards<R>>(),
				entry::<Account<R>>(),
				entry::<pt::Registrations<R>>(),
				audit(),
			]),
			pt::Call::remove_guardian { .. } => sum(&[prune(), audit()]),
			pt::Call::deregister { .. } => sum(&[
				entry::<pt::Erased<R>>(),
				entry::<r::PendingErasure<R>>(),
				entry::<e::PendingErasure<R>>(),
				// The patient's open sessions, each closed by the erasure.
				times(<R as e::Config>::ErasureBatch::get(), entry::<e::Sessions<R>>()),
			]),
			_ => 0,
		},
		RuntimeCall::Consent(call) => match call {
			c::Call::grant_access { .. } => sum(&[grant(), audit()]),
			c::Call::revoke_access { .. } => sum(&[entry::<c::Grants<R>>(), prune(), audit()]),
			c::Call::request_access { .. } => sum(&[
				entry::<c::Requests<R>>(),
				entry::<c::PendingRequests<R>>(),
				entry::<c::RequestsOf<R>>(),
				entry::<c::RequestCount<R>>(),
				entry::<c::NextRequestId<R>>(),
				audit(),
			]),
			c::Call::approve_request { .. } => {
				sum(&[grant(), entry::<c::Requests<R>>(), audits(2)])
			},
			c::Call::deny_request { .. }
			| c::Call::cancel_request { .. }
			| c::Call::submit_read_receipt { .. } => audit(),
			c::Call::clean_expired { limit, .. } => {
				let n = (*limit).min(<R as c::Config>::MaxGrantsPerPatient::get());
				sum(&[
					audits(n),
					times(n, entry::<r::PendingPrune<R>>()),
					times(n, entry::<r::PendingStaffPrune<R>>()),
					times(batch, entry::<r::StaffShares<R>>()),
				])
			},
			c::Call::clean_requests { .. } => entry::<c::RequestsPruned<R>>(),
			_ => 0,
		},
		RuntimeCall::Records(call) => match call {
			r::Call::anchor_record { .. } => anchor(),
			r::Call::anchor_records { records } => times(records.len() as u32, anchor()),
			// One archive, however many documents: its entry, its root's index, the counter.
			r::Call::anchor_archive { .. } => sum(&[
				entry::<r::Archives<R>>(),
				entry::<r::ArchiveByRoot<R>>(),
				entry::<r::NextArchiveId<R>>(),
			]),
			r::Call::promote_archived { .. } => {
				sum(&[anchor(), entry::<r::ArchivedRecords<R>>(), entry::<r::Archives<R>>()])
			},
			r::Call::amend_record { .. } => sum(&[
				anchor(),
				entry::<r::Records<R>>(),
				entry::<r::LatestVersion<R>>(),
				entry::<r::Versions<R>>(),
			]),
			r::Call::retract_record { .. } => sum(&[entry::<r::Records<R>>(), audit()]),
			r::Call::share_key { .. } => sum(&[
				entry::<r::Envelopes<R>>(),
				entry::<r::SharedWith<R>>(),
				entry::<r::StaffShares<R>>(),
				audit(),
			]),
			r::Call::remove_envelope { .. } => audit(),
			r::Call::prune_envelopes { .. } => entry::<r::StaffShares<R>>(),
			// Existing envelopes replaced (sized at their bound): nothing new is stored.
			r::Call::rewrap_envelopes { .. } => 0,
			_ => 0,
		},
		RuntimeCall::Emergency(call) => match call {
			e::Call::open_session { .. } => sum(&[
				entry::<e::Sessions<R>>(),
				entry::<e::NextSessionId<R>>(),
				entry::<e::PatientSessions<R>>(),
				entry::<e::PatientSessionCount<R>>(),
				entry::<e::OpenSessions<R>>(),
				entry::<e::Unreviewed<R>>(),
				// An ended session of the same responder it replaces is cleaned first.
				prune(),
				audit(),
			]),
			e::Call::approve_session { .. } => sum(&[entry::<e::Sessions<R>>(), audits(2)]),
			e::Call::close_session { .. } => sum(&[entry::<e::Sessions<R>>(), prune(), audit()]),
			e::Call::review_session { .. } => sum(&[
				entry::<e::Sessions<R>>(),
				prune(),
				entry::<e::Barred<R>>(),
				// An unjustified session suspends its responder.
				deactivated(),
				audit(),
			]),
			e::Call::set_emergency_key { .. } => sum(&[entry::<e::EmergencyKeys<R>>(), audit()]),
			e::Call::post_emergency_envelopes { envelopes, .. } => {
				sum(&[times(envelopes.len() as u32, entry::<e::EmergencyEnvelopes<R>>()), audit()])
			},
			e::Call::release_key_share { .. } => {
				sum(&[entry::<e::ReleasedShares<R>>(), entry::<e::EmergencyKeys<R>>(), audit()])
			},
			e::Call::clean_session { .. } => prune(),
			_ => 0,
		},
		_ => 0,
	}
}
