//! Governance: the council of member institutions, its membership, the one governance
//! origin used by every privileged call of MedChain, and runtime upgrades under that origin.

use crate::{AccountId, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, DAYS};
use frame_support::{
	parameter_types,
	traits::{EitherOfDiverse, EnsureOrigin},
	weights::Weight,
};
use frame_system::{EnsureNever, EnsureRoot};
use sp_runtime::Perbill;

/// The council: one seat per member institution.
pub type CouncilCollective = pallet_collective::Instance1;

/// The largest council.
pub const COUNCIL_MAX_MEMBERS: u32 = 100;

/// A motion of at least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// The one origin for every privileged call of MedChain: Root (sudo, to bootstrap a network)
/// or a motion of two thirds of the council.
pub type GovernanceOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// How the council counts members who did not vote when a motion is closed after its
/// duration: as nays, always. With pallet-collective's `PrimeDefaultVote` a prime's aye would
/// turn every abstention into an aye, so one member (the prime) could pass a motion alone.
pub struct AbstentionsCountAsNays;

impl pallet_collective::DefaultVote for AbstentionsCountAsNays {
	fn default_vote(_prime_vote: Option<bool>, _yes: u32, _no: u32, _len: u32) -> bool {
		false
	}
}

parameter_types! {
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub MaxProposalWeight: Weight =
		Perbill::from_percent(50) * super::RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = frame_support::traits::ConstU32<COUNCIL_MAX_MEMBERS>;
	type DefaultVote = AbstentionsCountAsNays;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Members are kept by `CouncilMembership` only; setting them directly would bypass it.
	type SetMembersOrigin = EnsureNever<()>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	type PrimeOrigin = GovernanceOrigin;
	type MembershipInitialized = crate::Council;
	type MembershipChanged = crate::Council;
	type MaxMembers = frame_support::traits::ConstU32<COUNCIL_MAX_MEMBERS>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// Runtime upgrades: the governance origin (sudo or a two-thirds council motion) authorizes the
/// hash of the next runtime's code; anyone applies it with `system.apply_authorized_upgrade`.
/// Without this, only Root could upgrade, and a chain whose sudo key was removed could never
/// be upgraded again.
impl pallet_upgrades::Config for Runtime {
	type UpgradeOrigin = GovernanceOrigin;
	type WeightInfo = pallet_upgrades::weights::SubstrateWeight<Runtime>;
}

/// Checks at compile time that the governance origin is an `EnsureOrigin`.
const _: fn() = || {
	fn assert_origin<O: EnsureOrigin<RuntimeOrigin>>() {}
	assert_origin::<GovernanceOrigin>();
};
