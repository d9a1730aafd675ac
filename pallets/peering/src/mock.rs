//! Test runtime for the peering pallet, with the registry fake of `medchain-test-utils`.

use crate as pallet_peering;
use frame_support::{derive_impl, ord_parameter_types, traits::ConstU32};
use frame_system::{EnsureRoot, EnsureSignedBy};
use medchain_primitives::{ownership_message, NodeId, OrganizationKind, PeeringMode};
use medchain_test_utils::Registry;
use sp_core::{ed25519, Pair};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

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
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system::Pallet<Test>;

	#[runtime::pallet_index(1)]
	pub type Peering = pallet_peering::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

ord_parameter_types! {
	/// The account that stands for a council motion in the test runtime.
	pub const Council: u64 = 7;
}

/// The most nodes in the test network.
pub const MAX_NODES: u32 = 6;
/// The most nodes per organization in the test network.
pub const MAX_PER_ORGANIZATION: u32 = 3;

impl pallet_peering::Config for Test {
	type GovernanceOrigin =
		frame_support::traits::EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Council, u64>>;
	type Providers = Registry;
	type MaxNodes = ConstU32<MAX_NODES>;
	type MaxNodesPerOrganization = ConstU32<MAX_PER_ORGANIZATION>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

/// Organizations for the benchmarks, in the registry fake.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_peering::BenchmarkHelper<u64> for BenchHelper {
	fn organization(i: u32) -> u64 {
		let who = 1_000 + u64::from(i);
		if <Registry as medchain_primitives::ProviderRegistry<u64>>::organization(&who).is_none() {
			Registry::add_organization(who, OrganizationKind::Hospital);
		}
		who
	}
}

/// A hospital (active organization).
pub const HOSPITAL: u64 = 10;
/// A second hospital.
pub const CLINIC: u64 = 11;
/// A practitioner of [`HOSPITAL`] (no organization itself).
pub const DOCTOR: u64 = 20;
/// An account that is nothing in the registry.
pub const STRANGER: u64 = 30;

/// The `seed`-th test node's key.
pub fn node_key(seed: u8) -> ed25519::Pair {
	ed25519::Pair::from_seed(&[seed; 32])
}

/// The `seed`-th test node's id.
pub fn node(seed: u8) -> NodeId {
	NodeId(node_key(seed).public().0)
}

/// The test chain's genesis hash, as the pallet reads it (`System::block_hash(0)`).
pub fn genesis() -> [u8; 32] {
	System::block_hash(0).0
}

/// The `seed`-th node's proof that `owner` may register it on the test chain.
pub fn proof(seed: u8, owner: u64) -> ed25519::Signature {
	node_key(seed).sign(&ownership_message(&genesis(), &node(seed), &owner))
}

/// The genesis well-known node (no owner), in every test network.
pub const GENESIS_NODE: u8 = 200;

/// Test externalities at block 1: a permissioned network with one consortium node;
/// [`HOSPITAL`] and [`CLINIC`] are active organizations and [`DOCTOR`] works for the
/// hospital.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_peering::GenesisConfig::<Test> {
		mode: PeeringMode::Permissioned,
		nodes: vec![node(GENESIS_NODE)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		// A genesis hash of the test chain's own, so that proofs for another chain differ.
		frame_system::BlockHash::<Test>::insert(0, sp_core::H256::repeat_byte(0x6e));
		Registry::add_organization(HOSPITAL, OrganizationKind::Hospital);
		Registry::add_organization(CLINIC, OrganizationKind::Hospital);
		Registry::add_practitioner(
			DOCTOR,
			HOSPITAL,
			medchain_primitives::PractitionerRole::Physician,
		);
	});
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// Runs `test` in [`new_test_ext`], then checks the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Peering::do_try_state().expect("the invariants hold");
	});
}

/// The events of this pallet deposited so far.
pub fn peering_events() -> Vec<pallet_peering::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Peering(e) => Some(e),
			_ => None,
		})
		.collect()
}
