//! Test runtime for the free-tier pallet: real balances and transaction payment, with the
//! extension wrapping `ChargeTransactionPayment` as in the MedChain runtime.

use crate as pallet_free_tier;
use frame_support::{derive_impl, parameter_types, traits::ConstU32, weights::IdentityFee};
use frame_system::EnsureRoot;
use medchain_primitives::{ActiveActor, FreeCallEligibility, FreePath, OrganizationKind};
use medchain_test_utils::Registry;
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
	pub type Balances = pallet_balances::Pallet<Test>;

	#[runtime::pallet_index(2)]
	pub type TransactionPayment = pallet_transaction_payment::Pallet<Test>;

	#[runtime::pallet_index(3)]
	pub type FreeTier = pallet_free_tier::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Test {
	type OnChargeTransaction = pallet_transaction_payment::FungibleAdapter<Balances, ()>;
	type WeightToFee = IdentityFee<u64>;
	type LengthToFee = IdentityFee<u64>;
}

/// As in the runtime: the registries' active actors (the shared fake registries of
/// `medchain-test-utils`) may send the free calls, here `System` calls.
pub struct MockEligibility;
impl MockEligibility {
	/// Registers `who` as an active organization.
	pub fn register(who: u64) {
		Registry::add_organization(who, OrganizationKind::Hospital);
	}
}
impl FreeCallEligibility<u64, RuntimeCall> for MockEligibility {
	/// An organization's and its practitioners' calls draw from the organization's shared
	/// budget; a patient's or guardian's from their own only.
	fn free_path(who: &u64, call: &RuntimeCall) -> FreePath<u64> {
		use medchain_primitives::ProviderRegistry;
		if !Registry::is_active_actor(who) || !matches!(call, RuntimeCall::System(..)) {
			return FreePath::No;
		}
		if let Some(p) = Registry::practitioner(who) {
			return FreePath::Shared(p.organization);
		}
		if Registry::organization(who).is_some() {
			return FreePath::Shared(*who);
		}
		FreePath::Own
	}

	/// A remark stands in for a call that writes its bytes to the state; `kill_prefix` (which
	/// fails, without Root) for a failing one that would write its prefix.
	fn state_growth(call: &RuntimeCall) -> u32 {
		match call {
			RuntimeCall::System(
				frame_system::Call::remark { remark }
				| frame_system::Call::remark_with_event { remark }
				| frame_system::Call::kill_prefix { prefix: remark, .. },
			) => remark.len() as u32,
			_ => 0,
		}
	}

	/// `remark_with_event` stands in for break-glass.
	fn is_urgent(_who: &u64, call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::System(frame_system::Call::remark_with_event { .. }))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, RuntimeCall> for MockEligibility {
	fn eligible() -> (u64, RuntimeCall) {
		Registry::add_patient(GUARDIAN_OF, 60);
		Registry::add_guardian(GUARDIAN_OF, 61);
		(61, remark())
	}
	fn eligible_shared() -> (u64, RuntimeCall) {
		Self::register(REGISTERED_ACCOUNT);
		Registry::add_practitioner(
			STAFF[0],
			REGISTERED_ACCOUNT,
			medchain_primitives::PractitionerRole::Nurse,
		);
		(STAFF[0], remark())
	}
}

parameter_types! {
	pub const MaxWindow: u64 = 1_000;
}

impl pallet_free_tier::Config for Test {
	type Eligibility = MockEligibility;
	type GovernanceOrigin = EnsureRoot<u64>;
	type MaxCallsPerWindow = ConstU32<100>;
	type MaxWindow = MaxWindow;
	type MaxBytesPerWindow = ConstU32<1_000>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockEligibility;
}

/// The extension under test, wrapping the real fee extension.
pub type Extension =
	crate::ChargeOrFree<Test, pallet_transaction_payment::ChargeTransactionPayment<Test>>;

/// A registered account with no balance at all.
pub const REGISTERED_ACCOUNT: u64 = 1;
/// A registered account with funds.
pub const REGISTERED_FUNDED: u64 = 2;
/// An unregistered account with funds.
pub const STRANGER_FUNDED: u64 = 3;
/// An unregistered account with nothing.
pub const STRANGER: u64 = 4;
/// The funded accounts' starting balance.
pub const FUNDS: u64 = 1_000_000_000;
/// The quota at genesis: 3 calls per 10 blocks.
pub const CALLS: u32 = 3;
/// The window at genesis.
pub const WINDOW: u64 = 10;

/// Practitioners of [`REGISTERED_ACCOUNT`] (an organization) in the shared-quota tests.
pub const STAFF: [u64; 3] = [10, 11, 12];
/// A patient with a guardian, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
const GUARDIAN_OF: medchain_primitives::PatientId = sp_core::H256::repeat_byte(6);

/// A call the mock registries make free.
pub fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] })
}

/// Builds test externalities with the quota of [`CALLS`] per [`WINDOW`].
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(REGISTERED_FUNDED, FUNDS), (STRANGER_FUNDED, FUNDS)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_free_tier::GenesisConfig::<Test> {
			quota: Some(crate::Quota { calls: CALLS, window: WINDOW }),
			shared_quota: None,
			state_quota: None,
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			MockEligibility::register(REGISTERED_ACCOUNT);
			MockEligibility::register(REGISTERED_FUNDED);
			// The registries give their actors a sufficient reference.
			System::inc_sufficients(&REGISTERED_ACCOUNT);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			FreeTier::do_try_state().expect("invariants hold after the test");
		});
	}
}
