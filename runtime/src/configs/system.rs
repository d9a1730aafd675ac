//! System, time, balances and utilities.

use crate::{
	AccountId, Balance, Balances, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, BLOCK_HASH_COUNT, EXISTENTIAL_DEPOSIT, SLOT_DURATION, SS58_PREFIX,
	VERSION,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::FungibleAdapter;
use sp_runtime::Perbill;

/// Normal extrinsics may fill 75% of a block's weight and length; the rest is kept for
/// operational ones (governance motions, session keys) so that they get through a full block.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = BLOCK_HASH_COUNT;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// A block may use up to 1.5 s of the 3 s slot for execution (normal transactions 75% of
	/// it), so that a block its author takes the longest to build is imported by the others
	/// within the same slot. Measured with bench-load (README, "Throughput and latency"):
	/// with 1 s, 201 anchors a second on the dev chain; with 1.5 s, 298, the four local
	/// validators keeping up at 0.24 of a core each; the weights are worst cases, so blocks
	/// take a fraction of their weight to execute.
	/// The block and extrinsic base weights are this machine's (`scripts/bench.sh overhead`).
	pub RuntimeBlockWeights: BlockWeights = block_weights(
		Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND * 3 / 2, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// The SDK's `BlockWeights::with_sensible_defaults` (normal extrinsics up to `normal_ratio` of
/// `expected`, operational ones up to all of it, 10% expected for initialization), with the
/// measured base weights of a block and of an extrinsic instead of the SDK's reference ones.
fn block_weights(expected: Weight, normal_ratio: Perbill) -> BlockWeights {
	use frame_support::dispatch::DispatchClass;
	let normal = normal_ratio * expected;
	BlockWeights::builder()
		.base_block(crate::weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = crate::weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| weights.max_total = normal.into())
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = expected.into();
			weights.reserved = (expected - normal).into();
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build()
		.expect(
			"the measured base weights are far below the block's; checked by the runtime's tests",
		)
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BaseCallFilter = super::consensus::RuntimeCallFilter;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// Measured on the reference machine (`scripts/bench.sh storage`).
	type DbWeight = crate::weights::RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = crate::Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = super::fees::LengthToFee;
	type FeeMultiplierUpdate = super::fees::CongestionMultiplier;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}
