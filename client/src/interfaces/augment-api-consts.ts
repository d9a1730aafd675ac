// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletPatientsRegistrationLimits, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    consent: {
      /**
       * The most key envelopes examined (and removed when no longer justified) when a grant
       * is revoked or cleaned after expiry; the records pallet's `prune_envelopes`
       * continues with the rest.
       **/
      envelopeRemovalLimit: u32 & AugmentedConst<ApiType>;
      /**
       * The most old requests one [`Pallet::clean_requests`] deletes.
       **/
      maxCleanRequests: u32 & AugmentedConst<ApiType>;
      /**
       * The most active grants one party may hold from one patient.
       **/
      maxGrantsPerGrantee: u32 & AugmentedConst<ApiType>;
      /**
       * The most active grants a patient may have.
       **/
      maxGrantsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * The most pending requests one requester may have with one patient.
       **/
      maxPendingPerRequester: u32 & AugmentedConst<ApiType>;
      /**
       * The most pending requests a patient may have.
       **/
      maxPendingRequests: u32 & AugmentedConst<ApiType>;
      /**
       * The longest duration a request may ask for, in blocks.
       **/
      maxRequestDuration: u32 & AugmentedConst<ApiType>;
      /**
       * How long a request waits for the patient, in blocks: after that it can no longer be
       * approved, denied or cancelled, and [`Pallet::clean_requests`] expires it.
       **/
      requestLifetime: u32 & AugmentedConst<ApiType>;
      /**
       * How long a request is kept after its lifetime ended, in blocks (decided, cancelled,
       * closed or expired): then [`Pallet::clean_requests`] may delete it. The patient's
       * audit trail keeps its entries.
       **/
      requestRetention: u32 & AugmentedConst<ApiType>;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
    };
    emergency: {
      /**
       * Blocks a session has to gather its approvals.
       **/
      approvalWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The most of the responder's key envelopes examined (and removed when nothing else
       * justifies them) when a session is closed, reviewed or cleaned; the records pallet's
       * `prune_envelopes` continues with the rest.
       **/
      envelopePruneLimit: u32 & AugmentedConst<ApiType>;
      /**
       * How many emergency envelopes and how many sessions of an erased patient are
       * deleted and closed per step (at erasure, then per `on_idle` step).
       **/
      erasureBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The most emergency authorities.
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The longest encrypted key share or emergency envelope.
       **/
      maxCiphertextLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most approvals a session may require (at least the patients' policy maximum).
       **/
      maxEmergencyApprovals: u32 & AugmentedConst<ApiType>;
      /**
       * The most emergency envelopes posted in one call.
       **/
      maxEnvelopesPerCall: u32 & AugmentedConst<ApiType>;
      /**
       * The most unreviewed sessions a responder may have; at the limit they open no more.
       **/
      maxUnreviewed: u32 & AugmentedConst<ApiType>;
      /**
       * The consortium minimum of approvals for a session (at most `u8::MAX`: thresholds are
       * stored as `u8`).
       **/
      minEmergencyApprovals: u32 & AugmentedConst<ApiType>;
      /**
       * The pallet's id; its account stands for governance in audit trails.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Blocks after a session's end within which it must be reviewed.
       **/
      reviewWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks an activated session lasts.
       **/
      sessionDuration: u32 & AugmentedConst<ApiType>;
    };
    freeTier: {
      /**
       * The largest state quota governance may set, in bytes per window.
       **/
      maxBytesPerWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The largest quota governance may set, in calls per window.
       **/
      maxCallsPerWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The longest window governance may set, in blocks.
       **/
      maxWindow: u32 & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    patients: {
      /**
       * The registration limits until governance sets others.
       **/
      defaultRegistrationLimits: PalletPatientsRegistrationLimits & AugmentedConst<ApiType>;
      /**
       * How many of a removed guardian's envelopes [`Pallet::remove_guardian`] examines;
       * [`Config::Envelopes`] continues with the rest in later blocks.
       **/
      envelopePruneLimit: u32 & AugmentedConst<ApiType>;
      /**
       * The furthest a registration consent's deadline may lie ahead of the block that
       * uses it, in blocks: a consent is short-lived.
       **/
      maxConsentValidity: u32 & AugmentedConst<ApiType>;
      /**
       * The most emergency approvals a break-glass policy may require. At most 255: a
       * policy stores its count as a `u8`.
       **/
      maxEmergencyApprovals: u32 & AugmentedConst<ApiType>;
      /**
       * The most guardians a patient may have.
       **/
      maxGuardians: u32 & AugmentedConst<ApiType>;
      /**
       * The most registrations per window governance may allow a practitioner or an
       * organization.
       **/
      maxRegistrationsPerWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The longest registration window governance may set, in blocks.
       **/
      maxRegistrationWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The consortium minimum of emergency approvals a break-glass policy may require.
       **/
      minEmergencyApprovals: u32 & AugmentedConst<ApiType>;
    };
    peering: {
      /**
       * The most nodes the network may have registered.
       **/
      maxNodes: u32 & AugmentedConst<ApiType>;
      /**
       * The most nodes one organization may register.
       **/
      maxNodesPerOrganization: u32 & AugmentedConst<ApiType>;
    };
    providers: {
      /**
       * The most practitioners one organization may have registered at a time.
       **/
      maxPractitionersPerOrganization: u32 & AugmentedConst<ApiType>;
    };
    records: {
      /**
       * How many records of an erased patient are shredded per step (at erasure, then per
       * `on_idle` step): each with its patient envelope and up to
       * [`Config::MaxEnvelopesPerRecord`] shared envelopes.
       **/
      erasureBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The most records one [`Pallet::anchor_records`] call anchors.
       **/
      maxAnchorBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The longest binary CID accepted, in bytes (a sha2-512 CIDv1 takes 69).
       **/
      maxCidLength: u32 & AugmentedConst<ApiType>;
      /**
       * The longest key envelope, in bytes.
       **/
      maxEnvelopeLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most parties a record's key may be shared with at a time.
       **/
      maxEnvelopesPerRecord: u32 & AugmentedConst<ApiType>;
      /**
       * The most envelopes one [`Pallet::rewrap_envelopes`] call replaces.
       **/
      maxRewrapBatch: u32 & AugmentedConst<ApiType>;
      /**
       * How many envelopes [`Pallet::prune_envelopes`] examines per call, and a prune step
       * (when a practitioner or an organization is deactivated, then per `on_idle` step)
       * per holder; how many practitioners a step over an organization's staff queues.
       **/
      pruneBatch: u32 & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
    };
    validatorSet: {
      /**
       * For how many sessions (the current one included) the blocks each validator
       * authored are kept ([`AuthoredBlocks`]).
       **/
      livenessHistory: u32 & AugmentedConst<ApiType>;
      /**
       * The longest session governance may set, in blocks.
       **/
      maxSessionLength: u32 & AugmentedConst<ApiType>;
      /**
       * The largest validator set.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The shortest session governance may set, in blocks. At least 1.
       **/
      minSessionLength: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
