//! # MedChain runtime
//!
//! The state transition function of MedChain, the permissioned chain on which a consortium of
//! hospitals, laboratories, insurers, research bodies and emergency services anchors medical
//! records and patients' consent.
//!
//! - Consensus: Aura block authoring (3 s slots) and GRANDPA finality. The authorities are the
//!   validators of [`pallet_validator_set`], applied through `pallet-session`.
//! - Governance: one origin, [`configs::GovernanceOrigin`]: Root (sudo, to bootstrap a
//!   network) or a motion of two thirds of the council of member institutions. The council's
//!   members are kept by `pallet-membership` under the same origin. Runtime upgrades too:
//!   [`pallet_upgrades`] lets that origin authorize the hash of a new runtime's code, which
//!   anyone then applies with `system.apply_authorized_upgrade`, so the chain stays
//!   upgradable once sudo is removed.
//! - Network: [`pallet_peering`] holds which nodes may join the network (well-known nodes
//!   registered by governance, organizations' own nodes while they are active) and whether
//!   the network is permissioned; the node applies it at every finalized block.
//! - Utilities: balances and transaction payment, `utility.batch_all`.
//! - MedChain's own pallets: the registries of organizations and practitioners
//!   ([`pallet_providers`]) and of pseudonymous patients ([`pallet_patients`]), record anchors
//!   ([`pallet_records`]), consent and the access check ([`pallet_consent`]), break-glass
//!   ([`pallet_emergency`]) and the fee-free path for registered actors ([`pallet_free_tier`]).
//!
//! Each pallet's configuration is in [`configs`], one module per domain; the runtime APIs are
//! in [`apis`], the genesis presets in [`genesis_config_presets`].
//!
//! Pallet indices are fixed forever; new pallets take new indices.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` and `impl_runtime_apis` generate many undocumented items.
#![allow(missing_docs)]
// The macros above generate a large recursive type.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

/// The upgrade rehearsal's wasm blob (see [`upgrade_rehearsal`]), for the end-to-end tests.
#[cfg(feature = "std")]
pub mod upgrade_rehearsal_wasm {
	include!(concat!(env!("OUT_DIR"), "/wasm_binary_upgrade_rehearsal.rs"));
}

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod mortal_era;
#[cfg(feature = "std")]
pub mod signing;
pub mod upgrade_rehearsal;
pub mod weights;

extern crate alloc;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types, for the node's consensus and networking code, which does not need to know the
/// runtime's extrinsic format.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a MedChain validator: one for Aura, one for GRANDPA.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. Bump `spec_version` with every change to the runtime's logic and
/// `transaction_version` with every change to a call's index or arguments. The runtime's
/// metadata is pinned with its `spec_version` in `runtime/metadata.pin`: the `metadata`
/// runtime test fails when the metadata changes under the same `spec_version`.
///
/// The upgrade rehearsal ([`upgrade_rehearsal`]) is the same with `spec_version` one higher:
/// bump both together (the `upgrade` end-to-end test checks it).
#[cfg(not(feature = "upgrade-rehearsal"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medchain"),
	impl_name: alloc::borrow::Cow::Borrowed("medchain-node"),
	authoring_version: 1,
	spec_version: 116,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 4,
	system_version: 1,
};

/// The upgrade rehearsal's version: [`VERSION`]'s next `spec_version`, nothing else changed.
#[cfg(feature = "upgrade-rehearsal")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medchain"),
	impl_name: alloc::borrow::Cow::Borrowed("medchain-node"),
	authoring_version: 1,
	spec_version: 117,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 4,
	system_version: 1,
};

/// Block times.
mod block_times {
	/// A block every 3 seconds. Aura's slot duration is twice the timestamp's minimum period.
	///
	/// NOTE: the slot duration cannot change once the chain has started.
	pub const MILLI_SECS_PER_BLOCK: u64 = 3000;

	/// Aura's slot duration.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
}
pub use block_times::*;

/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// How many recent block hashes the chain keeps (for mortal transactions).
pub const BLOCK_HASH_COUNT: BlockNumber = 2400;

/// One MED, the unit of balance.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a MED.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a MED.
pub const MICRO_UNIT: Balance = 1_000_000;

/// The smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Token symbol shown by wallets and polkadot.js.
pub const TOKEN_SYMBOL: &str = "MED";
/// Decimals of [`TOKEN_SYMBOL`].
pub const TOKEN_DECIMALS: u8 = 12;
/// MedChain's SS58 address format.
pub const SS58_PREFIX: u16 = 6336;

/// The signature of a transaction (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;

/// An account: the public key of its signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account.
pub type Balance = u128;

/// Index of a transaction of an account.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// A block number.
pub type BlockNumber = u32;

/// What MedChain's runtime APIs return, with this runtime's bounds (the node's `medchain_*`
/// JSON-RPC methods name them).
pub mod api_types {
	use super::{AccountId, BlockNumber, Runtime};

	/// The answer to "is this file anchored?".
	pub type Verification = pallet_records::Verification<AccountId, BlockNumber>;
	/// A record's anchor.
	pub type Record = pallet_records::RecordOf<Runtime>;
	/// An anchored archive.
	pub type Archive = pallet_records::ArchiveOf<Runtime>;
	/// The answer to "was this document in that archive?".
	pub type ArchiveVerification = pallet_records::ArchiveVerification<AccountId, BlockNumber>;
	/// Why a document's archive proof failed.
	pub type ArchiveProofError = pallet_records::ArchiveProofError;
	/// A consent grant.
	pub type Grant = pallet_consent::GrantOf<Runtime>;
	/// An access request.
	pub type Request = pallet_consent::RequestOf<Runtime>;
	/// An entry of a patient's audit trail.
	pub type AuditEntry = pallet_consent::AuditEntry<AccountId, BlockNumber>;
	/// A break-glass session.
	pub type Session = pallet_emergency::SessionOf<Runtime>;
	/// Where a break-glass session stands.
	pub type SessionStatus = pallet_emergency::SessionStatus;
}

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions, checked in this order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	mortal_era::CheckMortalEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_free_tier::ChargeOrFree<
		Runtime,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// The storage migrations this runtime runs once, at the first block it executes after an
/// upgrade, before any pallet's `on_initialize`. Empty: every pallet still has the layout it
/// launched with (storage version 0).
///
/// When a release changes what a pallet stores (a stored type's encoding, a key, a hasher, an
/// item added or removed, a bound that existing data may exceed):
///
/// 1. the pallet bumps its `STORAGE_VERSION` from `N-1` to `N` and adds, in its `migrations`
///    module, a `frame_support::migrations::VersionedMigration<N-1, N, ..>`
///    (`MigrateV{N-1}ToV{N}`): it runs only if the on-chain version is `N-1`, and then sets
///    it to `N`, so running it twice is harmless;
/// 2. that migration is listed here, one entry per pallet and version, in the order they
///    must run, e.g. `type Migrations = (pallet_records::migrations::MigrateV0ToV1<Runtime>,);`
///    (entries are removed once every network runs a runtime past them);
/// 3. `spec_version` in [`VERSION`] is bumped, so that nodes switch to the new runtime and run
///    the migration.
///
/// Before such an upgrade is proposed, `try-runtime on-runtime-upgrade` (a runtime built with
/// `--features try-runtime`, through `TryRuntime::on_runtime_upgrade` in [`apis`]) runs this
/// tuple on a copy of a live chain's state: each migration's `pre_upgrade` and
/// `post_upgrade` checks, the check that every pallet's on-chain storage version equals its
/// in-code version, the whole state decoding with the new types, and every pallet's
/// `try_state`. The `storage_layout` runtime tests pin the encoded sizes of every stored type
/// and the storage versions, so that a layout change does not go unnoticed.
#[allow(unused_parens)]
#[cfg(not(feature = "upgrade-rehearsal"))]
type Migrations =
	(pallet_free_tier::migrations::v1::MigrateV0ToV1<Runtime>, configs::SetDefaultQuotas);

/// The upgrade rehearsal runs this release's migrations and its own.
#[cfg(feature = "upgrade-rehearsal")]
type Migrations = (
	pallet_free_tier::migrations::v1::MigrateV0ToV1<Runtime>,
	configs::SetDefaultQuotas,
	upgrade_rehearsal::ReencodeCareData,
);

/// Executive: dispatches to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;

	// The validator set is built at genesis before the session pallet asks it for validators.
	#[runtime::pallet_index(4)]
	pub type ValidatorSet = pallet_validator_set;

	#[runtime::pallet_index(5)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(6)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(7)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(8)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(9)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(10)]
	pub type Council = pallet_collective<Instance1>;

	#[runtime::pallet_index(11)]
	pub type CouncilMembership = pallet_membership<Instance1>;

	#[runtime::pallet_index(12)]
	pub type FreeTier = pallet_free_tier;

	#[runtime::pallet_index(13)]
	pub type Upgrades = pallet_upgrades;

	#[runtime::pallet_index(20)]
	pub type Providers = pallet_providers;

	#[runtime::pallet_index(21)]
	pub type Patients = pallet_patients;

	#[runtime::pallet_index(22)]
	pub type Records = pallet_records;

	#[runtime::pallet_index(23)]
	pub type Consent = pallet_consent;

	#[runtime::pallet_index(24)]
	pub type Emergency = pallet_emergency;

	// Declared after the registries so that its genesis finds the organizations it names.
	#[runtime::pallet_index(14)]
	pub type Peering = pallet_peering;

	#[runtime::pallet_index(15)]
	pub type Authorship = pallet_authorship;

	#[runtime::pallet_index(16)]
	pub type Historical = pallet_session::historical;

	#[runtime::pallet_index(17)]
	pub type Offences = pallet_offences;
}
