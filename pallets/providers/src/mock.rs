//! Test runtime for the providers pallet.

use crate as pallet_providers;
use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use medchain_primitives::{EncryptionKey, OrganizationKind, PractitionerRole};
use sp_core::H256;
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
	pub type Providers = pallet_providers::Pallet<Test>;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxPractitionersPerOrganization: u32 = 3;
}

impl pallet_providers::Config for Test {
	type GovernanceOrigin = EnsureRoot<u64>;
	type OnOrganizationRemoved = ();
	type OnProviderDeactivated = Deactivations;
	type MaxPractitionersPerOrganization = MaxPractitionersPerOrganization;
	type WeightInfo = ();
}

std::thread_local! {
	static DEACTIVATED: core::cell::RefCell<Vec<(bool, u64)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Records what [`medchain_primitives::OnProviderDeactivated`] was told: `(is an
/// organization, who)`.
pub struct Deactivations;

impl Deactivations {
	/// Everything told so far, and forgets it.
	pub fn take() -> Vec<(bool, u64)> {
		DEACTIVATED.with(|d| core::mem::take(&mut *d.borrow_mut()))
	}
}

impl medchain_primitives::OnProviderDeactivated<u64> for Deactivations {
	fn on_practitioner_deactivated(practitioner: &u64) -> frame_support::weights::Weight {
		DEACTIVATED.with(|d| d.borrow_mut().push((false, *practitioner)));
		frame_support::weights::Weight::from_parts(1, 0)
	}

	fn on_organization_deactivated(organization: &u64) -> frame_support::weights::Weight {
		DEACTIVATED.with(|d| d.borrow_mut().push((true, *organization)));
		frame_support::weights::Weight::from_parts(1, 0)
	}

	fn max_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1, 0)
	}
}

/// A hospital registered at genesis.
pub const HOSPITAL: u64 = 1;
/// A pharmacy registered at genesis.
pub const PHARMACY: u64 = 2;
/// A physician of [`HOSPITAL`], registered at genesis.
pub const DOCTOR: u64 = 10;
/// A nurse of [`HOSPITAL`], registered at genesis.
pub const NURSE: u64 = 11;
/// An account registered as nothing.
pub const NOBODY: u64 = 99;

/// A usable X25519 key derived from `seed`.
pub fn key(seed: u8) -> EncryptionKey {
	EncryptionKey([seed.saturating_add(2); 32])
}

/// A credential hash derived from `seed`.
pub fn credential(seed: u8) -> H256 {
	H256::repeat_byte(seed)
}

/// Builds test externalities: a hospital with a physician and a nurse, and a pharmacy.
#[derive(Default)]
pub struct ExtBuilder {
	empty: bool,
}

impl ExtBuilder {
	/// Starts from an empty registry instead.
	pub fn empty(mut self) -> Self {
		self.empty = true;
		self
	}

	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let genesis = if self.empty {
			pallet_providers::GenesisConfig::<Test>::default()
		} else {
			pallet_providers::GenesisConfig::<Test> {
				organizations: vec![
					(HOSPITAL, OrganizationKind::Hospital, key(1), credential(1)),
					(PHARMACY, OrganizationKind::Pharmacy, key(2), credential(2)),
				],
				practitioners: vec![
					(DOCTOR, HOSPITAL, PractitionerRole::Physician, key(10), credential(10)),
					(NURSE, HOSPITAL, PractitionerRole::Nurse, key(11), credential(11)),
				],
			}
		};
		genesis.assimilate_storage(&mut storage).unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Providers::do_try_state().expect("invariants hold after the test");
		});
	}
}
