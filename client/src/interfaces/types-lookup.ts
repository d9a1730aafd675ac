// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemAccountInfo (3) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (5) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (9) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpWeightsWeightV2Weight (10) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name SpRuntimeDigest (15) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (17) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (20) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (22) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (23) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (24) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (25) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (26) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (27) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (28) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (29) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (30) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (31) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletBalancesEvent (32) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (33) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name MedchainRuntimeRuntimeHoldReason (34) */
  interface MedchainRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly type: 'Session' | 'Council';
  }

  /** @name PalletSessionHoldReason (35) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletCollectiveHoldReason (36) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletBalancesUnexpectedKind (37) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (38) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletValidatorSetEvent (39) */
  interface PalletValidatorSetEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isMinimumValidatorsChanged: boolean;
    readonly asMinimumValidatorsChanged: {
      readonly minimum: u32;
    } & Struct;
    readonly isSessionLengthChanged: boolean;
    readonly asSessionLengthChanged: {
      readonly length: u32;
    } & Struct;
    readonly isValidatorSetPlanned: boolean;
    readonly asValidatorSetPlanned: {
      readonly session: u32;
      readonly validators: u32;
      readonly withoutKeys: u32;
    } & Struct;
    readonly isKeysPurged: boolean;
    readonly asKeysPurged: {
      readonly who: AccountId32;
    } & Struct;
    readonly isOffenderReported: boolean;
    readonly asOffenderReported: {
      readonly validator: AccountId32;
      readonly session: u32;
      readonly removed: bool;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'MinimumValidatorsChanged' | 'SessionLengthChanged' | 'ValidatorSetPlanned' | 'KeysPurged' | 'OffenderReported';
  }

  /** @name PalletSessionEvent (40) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletGrandpaEvent (41) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name SpConsensusGrandpaAppPublic (44) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletSudoEvent (45) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletUtilityEvent (49) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletCollectiveEvent (50) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (51) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletFreeTierEvent (52) */
  interface PalletFreeTierEvent extends Enum {
    readonly isQuotaSet: boolean;
    readonly asQuotaSet: {
      readonly quota: PalletFreeTierQuota;
    } & Struct;
    readonly isSharedQuotaSet: boolean;
    readonly asSharedQuotaSet: {
      readonly quota: PalletFreeTierQuota;
    } & Struct;
    readonly isStateQuotaSet: boolean;
    readonly asStateQuotaSet: {
      readonly quota: PalletFreeTierStateQuota;
    } & Struct;
    readonly type: 'QuotaSet' | 'SharedQuotaSet' | 'StateQuotaSet';
  }

  /** @name PalletFreeTierQuota (53) */
  interface PalletFreeTierQuota extends Struct {
    readonly calls: u32;
    readonly window: u32;
  }

  /** @name PalletFreeTierStateQuota (54) */
  interface PalletFreeTierStateQuota extends Struct {
    readonly perPatient: u32;
    readonly perProvider: u32;
    readonly perOrganization: u32;
    readonly window: u32;
  }

  /** @name PalletUpgradesEvent (55) */
  interface PalletUpgradesEvent extends Enum {
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly replaced: Option<H256>;
    } & Struct;
    readonly type: 'UpgradeAuthorized';
  }

  /** @name PalletPeeringEvent (57) */
  interface PalletPeeringEvent extends Enum {
    readonly isNodeAdded: boolean;
    readonly asNodeAdded: {
      readonly node: MedchainPrimitivesPeeringNodeId;
      readonly owner: Option<AccountId32>;
    } & Struct;
    readonly isNodeRemoved: boolean;
    readonly asNodeRemoved: {
      readonly node: MedchainPrimitivesPeeringNodeId;
      readonly owner: Option<AccountId32>;
      readonly by: PalletPeeringRemover;
    } & Struct;
    readonly isPeeringModeSet: boolean;
    readonly asPeeringModeSet: {
      readonly mode: MedchainPrimitivesPeeringPeeringMode;
    } & Struct;
    readonly type: 'NodeAdded' | 'NodeRemoved' | 'PeeringModeSet';
  }

  /** @name MedchainPrimitivesPeeringNodeId (58) */
  interface MedchainPrimitivesPeeringNodeId extends U8aFixed {}

  /** @name PalletPeeringRemover (59) */
  interface PalletPeeringRemover extends Enum {
    readonly isGovernance: boolean;
    readonly isOwner: boolean;
    readonly isOwnerRemoved: boolean;
    readonly type: 'Governance' | 'Owner' | 'OwnerRemoved';
  }

  /** @name MedchainPrimitivesPeeringPeeringMode (60) */
  interface MedchainPrimitivesPeeringPeeringMode extends Enum {
    readonly isOpen: boolean;
    readonly isPermissioned: boolean;
    readonly type: 'Open' | 'Permissioned';
  }

  /** @name PalletSessionHistoricalPalletEvent (61) */
  interface PalletSessionHistoricalPalletEvent extends Enum {
    readonly isRootStored: boolean;
    readonly asRootStored: {
      readonly index: u32;
    } & Struct;
    readonly isRootsPruned: boolean;
    readonly asRootsPruned: {
      readonly upTo: u32;
    } & Struct;
    readonly type: 'RootStored' | 'RootsPruned';
  }

  /** @name PalletOffencesEvent (62) */
  interface PalletOffencesEvent extends Enum {
    readonly isOffence: boolean;
    readonly asOffence: {
      readonly kind: U8aFixed;
      readonly slot: Bytes;
    } & Struct;
    readonly type: 'Offence';
  }

  /** @name PalletProvidersEvent (64) */
  interface PalletProvidersEvent extends Enum {
    readonly isOrganizationRegistered: boolean;
    readonly asOrganizationRegistered: {
      readonly organization: AccountId32;
      readonly kind: MedchainPrimitivesOrganizationKind;
    } & Struct;
    readonly isOrganizationStatusChanged: boolean;
    readonly asOrganizationStatusChanged: {
      readonly organization: AccountId32;
      readonly status: MedchainPrimitivesStatus;
    } & Struct;
    readonly isOrganizationRemoved: boolean;
    readonly asOrganizationRemoved: {
      readonly organization: AccountId32;
    } & Struct;
    readonly isOrganizationCredentialChanged: boolean;
    readonly asOrganizationCredentialChanged: {
      readonly organization: AccountId32;
      readonly credential: H256;
    } & Struct;
    readonly isPractitionerRegistered: boolean;
    readonly asPractitionerRegistered: {
      readonly practitioner: AccountId32;
      readonly organization: AccountId32;
      readonly role: MedchainPrimitivesPractitionerRole;
    } & Struct;
    readonly isPractitionerStatusChanged: boolean;
    readonly asPractitionerStatusChanged: {
      readonly practitioner: AccountId32;
      readonly status: MedchainPrimitivesStatus;
      readonly by: PalletProvidersActor;
    } & Struct;
    readonly isPractitionerRemoved: boolean;
    readonly asPractitionerRemoved: {
      readonly practitioner: AccountId32;
      readonly organization: AccountId32;
      readonly by: PalletProvidersActor;
    } & Struct;
    readonly isPractitionerCredentialChanged: boolean;
    readonly asPractitionerCredentialChanged: {
      readonly practitioner: AccountId32;
      readonly credential: H256;
    } & Struct;
    readonly isEncryptionKeyRotated: boolean;
    readonly asEncryptionKeyRotated: {
      readonly party: AccountId32;
      readonly key: MedchainPrimitivesEncryptionKey;
    } & Struct;
    readonly type: 'OrganizationRegistered' | 'OrganizationStatusChanged' | 'OrganizationRemoved' | 'OrganizationCredentialChanged' | 'PractitionerRegistered' | 'PractitionerStatusChanged' | 'PractitionerRemoved' | 'PractitionerCredentialChanged' | 'EncryptionKeyRotated';
  }

  /** @name MedchainPrimitivesOrganizationKind (65) */
  interface MedchainPrimitivesOrganizationKind extends Enum {
    readonly isHospital: boolean;
    readonly isClinic: boolean;
    readonly isLaboratory: boolean;
    readonly isPharmacy: boolean;
    readonly isInsurer: boolean;
    readonly isResearchBody: boolean;
    readonly isEmergencyService: boolean;
    readonly type: 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Insurer' | 'ResearchBody' | 'EmergencyService';
  }

  /** @name MedchainPrimitivesStatus (66) */
  interface MedchainPrimitivesStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Active' | 'Suspended';
  }

  /** @name MedchainPrimitivesPractitionerRole (67) */
  interface MedchainPrimitivesPractitionerRole extends Enum {
    readonly isPhysician: boolean;
    readonly isNurse: boolean;
    readonly isLabTechnician: boolean;
    readonly isPharmacist: boolean;
    readonly isEmergencyResponder: boolean;
    readonly isEmergencyCallAttendant: boolean;
    readonly isResearcher: boolean;
    readonly isAuditor: boolean;
    readonly type: 'Physician' | 'Nurse' | 'LabTechnician' | 'Pharmacist' | 'EmergencyResponder' | 'EmergencyCallAttendant' | 'Researcher' | 'Auditor';
  }

  /** @name PalletProvidersActor (68) */
  interface PalletProvidersActor extends Enum {
    readonly isGovernance: boolean;
    readonly isOrganization: boolean;
    readonly asOrganization: AccountId32;
    readonly isRule: boolean;
    readonly type: 'Governance' | 'Organization' | 'Rule';
  }

  /** @name MedchainPrimitivesEncryptionKey (69) */
  interface MedchainPrimitivesEncryptionKey extends U8aFixed {}

  /** @name PalletPatientsEvent (70) */
  interface PalletPatientsEvent extends Enum {
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly patient: H256;
      readonly account: AccountId32;
      readonly registrar: Option<AccountId32>;
    } & Struct;
    readonly isEncryptionKeyRotated: boolean;
    readonly asEncryptionKeyRotated: {
      readonly patient: H256;
      readonly key: MedchainPrimitivesEncryptionKey;
    } & Struct;
    readonly isEmergencyPolicyChanged: boolean;
    readonly asEmergencyPolicyChanged: {
      readonly patient: H256;
      readonly policy: MedchainPrimitivesEmergencyPolicy;
      readonly by: PalletPatientsActor;
    } & Struct;
    readonly isGuardianAdded: boolean;
    readonly asGuardianAdded: {
      readonly patient: H256;
      readonly guardian: AccountId32;
    } & Struct;
    readonly isGuardianRemoved: boolean;
    readonly asGuardianRemoved: {
      readonly patient: H256;
      readonly guardian: AccountId32;
      readonly by: PalletPatientsActor;
    } & Struct;
    readonly isPatientErased: boolean;
    readonly asPatientErased: {
      readonly patient: H256;
    } & Struct;
    readonly isRegistrationLimitsSet: boolean;
    readonly asRegistrationLimitsSet: {
      readonly limits: PalletPatientsRegistrationLimits;
    } & Struct;
    readonly type: 'PatientRegistered' | 'EncryptionKeyRotated' | 'EmergencyPolicyChanged' | 'GuardianAdded' | 'GuardianRemoved' | 'PatientErased' | 'RegistrationLimitsSet';
  }

  /** @name MedchainPrimitivesEmergencyPolicy (71) */
  interface MedchainPrimitivesEmergencyPolicy extends Struct {
    readonly allowed: bool;
    readonly requiredApprovals: u8;
  }

  /** @name PalletPatientsActor (72) */
  interface PalletPatientsActor extends Enum {
    readonly isPatient: boolean;
    readonly isGuardian: boolean;
    readonly asGuardian: AccountId32;
    readonly type: 'Patient' | 'Guardian';
  }

  /** @name PalletPatientsRegistrationLimits (73) */
  interface PalletPatientsRegistrationLimits extends Struct {
    readonly perPractitioner: u32;
    readonly perOrganization: u32;
    readonly window: u32;
  }

  /** @name PalletRecordsEvent (74) */
  interface PalletRecordsEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: u64;
      readonly patient: H256;
      readonly author: AccountId32;
      readonly kind: MedchainPrimitivesRecordsRecordKind;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly record: u64;
      readonly previous: u64;
      readonly patient: H256;
      readonly author: AccountId32;
    } & Struct;
    readonly isRecordRetracted: boolean;
    readonly asRecordRetracted: {
      readonly record: u64;
      readonly by: AccountId32;
      readonly reason: PalletRecordsRetractionReason;
    } & Struct;
    readonly isKeyShared: boolean;
    readonly asKeyShared: {
      readonly record: u64;
      readonly recipient: AccountId32;
      readonly by: AccountId32;
      readonly replaced: bool;
    } & Struct;
    readonly isEnvelopeRemoved: boolean;
    readonly asEnvelopeRemoved: {
      readonly record: u64;
      readonly recipient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isEnvelopesPruned: boolean;
    readonly asEnvelopesPruned: {
      readonly patient: H256;
      readonly holder: AccountId32;
      readonly examined: u32;
      readonly removed: u32;
      readonly last: Option<u64>;
    } & Struct;
    readonly isEnvelopesRewrapped: boolean;
    readonly asEnvelopesRewrapped: {
      readonly by: AccountId32;
      readonly patient: H256;
      readonly key: MedchainPrimitivesEncryptionKey;
      readonly count: u32;
    } & Struct;
    readonly isArchiveAnchored: boolean;
    readonly asArchiveAnchored: {
      readonly archive: u64;
      readonly organization: AccountId32;
      readonly root: H256;
      readonly leaves: u64;
    } & Struct;
    readonly isArchivedDocumentPromoted: boolean;
    readonly asArchivedDocumentPromoted: {
      readonly record: u64;
      readonly archive: u64;
      readonly index: u64;
    } & Struct;
    readonly isPatientEnvelopesErased: boolean;
    readonly asPatientEnvelopesErased: {
      readonly patient: H256;
      readonly records: u32;
      readonly removed: u32;
      readonly complete: bool;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordAmended' | 'RecordRetracted' | 'KeyShared' | 'EnvelopeRemoved' | 'EnvelopesPruned' | 'EnvelopesRewrapped' | 'ArchiveAnchored' | 'ArchivedDocumentPromoted' | 'PatientEnvelopesErased';
  }

  /** @name MedchainPrimitivesRecordsRecordKind (75) */
  interface MedchainPrimitivesRecordsRecordKind extends Enum {
    readonly isClinicalNote: boolean;
    readonly isLabResult: boolean;
    readonly isImaging: boolean;
    readonly isPrescription: boolean;
    readonly isDiagnosis: boolean;
    readonly isVitalSigns: boolean;
    readonly isDischargeSummary: boolean;
    readonly isOther: boolean;
    readonly isFhir: boolean;
    readonly asFhir: Bytes;
    readonly type: 'ClinicalNote' | 'LabResult' | 'Imaging' | 'Prescription' | 'Diagnosis' | 'VitalSigns' | 'DischargeSummary' | 'Other' | 'Fhir';
  }

  /** @name PalletRecordsRetractionReason (77) */
  interface PalletRecordsRetractionReason extends Enum {
    readonly isEnteredInError: boolean;
    readonly isWrongPatient: boolean;
    readonly isDuplicate: boolean;
    readonly isPatientRequest: boolean;
    readonly isOther: boolean;
    readonly type: 'EnteredInError' | 'WrongPatient' | 'Duplicate' | 'PatientRequest' | 'Other';
  }

  /** @name PalletConsentEvent (79) */
  interface PalletConsentEvent extends Enum {
    readonly isAccessGranted: boolean;
    readonly asAccessGranted: {
      readonly grant: u64;
      readonly patient: H256;
      readonly grantee: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isAccessRevoked: boolean;
    readonly asAccessRevoked: {
      readonly grant: u64;
      readonly patient: H256;
      readonly by: AccountId32;
      readonly envelopesRemoved: u32;
    } & Struct;
    readonly isExpiredGrantsCleaned: boolean;
    readonly asExpiredGrantsCleaned: {
      readonly patient: H256;
      readonly count: u32;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly request: u64;
      readonly patient: H256;
      readonly requester: AccountId32;
    } & Struct;
    readonly isRequestApproved: boolean;
    readonly asRequestApproved: {
      readonly request: u64;
      readonly grant: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isRequestDenied: boolean;
    readonly asRequestDenied: {
      readonly request: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isRequestCancelled: boolean;
    readonly asRequestCancelled: {
      readonly request: u64;
    } & Struct;
    readonly isRequestsCleaned: boolean;
    readonly asRequestsCleaned: {
      readonly patient: H256;
      readonly expired: u32;
      readonly deleted: u32;
    } & Struct;
    readonly isReadReceipt: boolean;
    readonly asReadReceipt: {
      readonly record: u64;
      readonly reader: AccountId32;
    } & Struct;
    readonly type: 'AccessGranted' | 'AccessRevoked' | 'ExpiredGrantsCleaned' | 'AccessRequested' | 'RequestApproved' | 'RequestDenied' | 'RequestCancelled' | 'RequestsCleaned' | 'ReadReceipt';
  }

  /** @name PalletEmergencyEvent (80) */
  interface PalletEmergencyEvent extends Enum {
    readonly isAuthorityAdded: boolean;
    readonly asAuthorityAdded: {
      readonly authority: AccountId32;
    } & Struct;
    readonly isAuthorityRemoved: boolean;
    readonly asAuthorityRemoved: {
      readonly authority: AccountId32;
    } & Struct;
    readonly isSessionOpened: boolean;
    readonly asSessionOpened: {
      readonly session: u64;
      readonly patient: H256;
      readonly responder: AccountId32;
      readonly reason: PalletEmergencyEmergencyReason;
      readonly requiredApprovals: u8;
    } & Struct;
    readonly isSessionApproved: boolean;
    readonly asSessionApproved: {
      readonly session: u64;
      readonly authority: AccountId32;
      readonly by: AccountId32;
      readonly approvals: u32;
    } & Struct;
    readonly isSessionActivated: boolean;
    readonly asSessionActivated: {
      readonly session: u64;
      readonly expiresAt: u32;
    } & Struct;
    readonly isSessionClosed: boolean;
    readonly asSessionClosed: {
      readonly session: u64;
      readonly by: PalletEmergencyCloser;
    } & Struct;
    readonly isSessionReviewed: boolean;
    readonly asSessionReviewed: {
      readonly session: u64;
      readonly justified: bool;
      readonly by: PalletEmergencyReviewer;
      readonly responderSuspended: bool;
    } & Struct;
    readonly isBarLifted: boolean;
    readonly asBarLifted: {
      readonly responder: AccountId32;
    } & Struct;
    readonly isEmergencyKeySet: boolean;
    readonly asEmergencyKeySet: {
      readonly patient: H256;
      readonly version: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isEmergencyEnvelopesPosted: boolean;
    readonly asEmergencyEnvelopesPosted: {
      readonly patient: H256;
      readonly count: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isKeyShareReleased: boolean;
    readonly asKeyShareReleased: {
      readonly session: u64;
      readonly authority: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isSessionCleaned: boolean;
    readonly asSessionCleaned: {
      readonly session: u64;
    } & Struct;
    readonly isPatientErased: boolean;
    readonly asPatientErased: {
      readonly patient: H256;
      readonly envelopes: u32;
      readonly sessions: u32;
      readonly complete: bool;
    } & Struct;
    readonly type: 'AuthorityAdded' | 'AuthorityRemoved' | 'SessionOpened' | 'SessionApproved' | 'SessionActivated' | 'SessionClosed' | 'SessionReviewed' | 'BarLifted' | 'EmergencyKeySet' | 'EmergencyEnvelopesPosted' | 'KeyShareReleased' | 'SessionCleaned' | 'PatientErased';
  }

  /** @name PalletEmergencyEmergencyReason (81) */
  interface PalletEmergencyEmergencyReason extends Enum {
    readonly isEmergencyTreatment: boolean;
    readonly isEmergencyRoomTreatment: boolean;
    readonly isBreakTheGlass: boolean;
    readonly isThreat: boolean;
    readonly isDisaster: boolean;
    readonly type: 'EmergencyTreatment' | 'EmergencyRoomTreatment' | 'BreakTheGlass' | 'Threat' | 'Disaster';
  }

  /** @name PalletEmergencyCloser (82) */
  interface PalletEmergencyCloser extends Enum {
    readonly isResponder: boolean;
    readonly isPatient: boolean;
    readonly asPatient: AccountId32;
    readonly isGovernance: boolean;
    readonly isErasure: boolean;
    readonly type: 'Responder' | 'Patient' | 'Governance' | 'Erasure';
  }

  /** @name PalletEmergencyReviewer (83) */
  interface PalletEmergencyReviewer extends Enum {
    readonly isAuditor: boolean;
    readonly asAuditor: AccountId32;
    readonly isGovernance: boolean;
    readonly type: 'Auditor' | 'Governance';
  }

  /** @name FrameSystemPhase (84) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (88) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (92) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemCall (93) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name FrameSystemLimitsBlockWeights (97) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (98) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (99) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (101) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (102) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (104) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (105) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (111) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletTimestampCall (112) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletBalancesBalanceLock (114) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (115) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (118) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (121) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: MedchainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (124) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: MedchainRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name MedchainRuntimeRuntimeFreezeReason (125) */
  type MedchainRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesCall (127) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (133) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletBalancesError (134) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (136) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (137) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (138) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletValidatorSetCall (141) */
  interface PalletValidatorSetCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly validator: MultiAddress;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly validator: MultiAddress;
    } & Struct;
    readonly isSetSessionLength: boolean;
    readonly asSetSessionLength: {
      readonly length: u32;
    } & Struct;
    readonly isSetMinimumValidators: boolean;
    readonly asSetMinimumValidators: {
      readonly minimum: u32;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'SetSessionLength' | 'SetMinimumValidators' | 'PurgeKeys';
  }

  /** @name PalletValidatorSetError (142) */
  interface PalletValidatorSetError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isBelowMinimum: boolean;
    readonly isInvalidMinimum: boolean;
    readonly isSessionKeysNotSet: boolean;
    readonly isInvalidSessionLength: boolean;
    readonly isStillValidator: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'TooManyValidators' | 'BelowMinimum' | 'InvalidMinimum' | 'SessionKeysNotSet' | 'InvalidSessionLength' | 'StillValidator';
  }

  /** @name MedchainRuntimeSessionKeys (145) */
  interface MedchainRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (146) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name SpCoreCryptoKeyTypeId (152) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionCall (153) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: MedchainRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name PalletSessionError (154) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (158) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (159) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaCall (161) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (162) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (163) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (164) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (165) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (166) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (169) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (170) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpSessionMembershipProof (172) */
  interface SpSessionMembershipProof extends Struct {
    readonly session: u32;
    readonly trieNodes: Vec<Bytes>;
    readonly validatorCount: u32;
  }

  /** @name PalletGrandpaError (173) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletSudoCall (174) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name PalletUtilityCall (176) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: MedchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: MedchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name MedchainRuntimeOriginCaller (178) */
  interface MedchainRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Council';
  }

  /** @name FrameSupportDispatchRawOrigin (179) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (180) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletCollectiveCall (181) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (182) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletFreeTierCall (183) */
  interface PalletFreeTierCall extends Enum {
    readonly isSetQuota: boolean;
    readonly asSetQuota: {
      readonly calls: u32;
      readonly window: u32;
    } & Struct;
    readonly isSetSharedQuota: boolean;
    readonly asSetSharedQuota: {
      readonly calls: u32;
      readonly window: u32;
    } & Struct;
    readonly isSetStateQuota: boolean;
    readonly asSetStateQuota: {
      readonly perPatient: u32;
      readonly perProvider: u32;
      readonly perOrganization: u32;
      readonly window: u32;
    } & Struct;
    readonly type: 'SetQuota' | 'SetSharedQuota' | 'SetStateQuota';
  }

  /** @name PalletUpgradesCall (184) */
  interface PalletUpgradesCall extends Enum {
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly type: 'AuthorizeUpgrade';
  }

  /** @name PalletPeeringCall (185) */
  interface PalletPeeringCall extends Enum {
    readonly isAddNode: boolean;
    readonly asAddNode: {
      readonly node: MedchainPrimitivesPeeringNodeId;
      readonly proof: U8aFixed;
    } & Struct;
    readonly isRemoveNode: boolean;
    readonly asRemoveNode: {
      readonly node: MedchainPrimitivesPeeringNodeId;
    } & Struct;
    readonly isAddWellKnownNode: boolean;
    readonly asAddWellKnownNode: {
      readonly node: MedchainPrimitivesPeeringNodeId;
    } & Struct;
    readonly isSetPeeringMode: boolean;
    readonly asSetPeeringMode: {
      readonly mode: MedchainPrimitivesPeeringPeeringMode;
    } & Struct;
    readonly type: 'AddNode' | 'RemoveNode' | 'AddWellKnownNode' | 'SetPeeringMode';
  }

  /** @name PalletProvidersCall (186) */
  interface PalletProvidersCall extends Enum {
    readonly isRegisterOrganization: boolean;
    readonly asRegisterOrganization: {
      readonly organization: MultiAddress;
      readonly kind: MedchainPrimitivesOrganizationKind;
      readonly encryptionKey: MedchainPrimitivesEncryptionKey;
      readonly credential: H256;
    } & Struct;
    readonly isSetOrganizationStatus: boolean;
    readonly asSetOrganizationStatus: {
      readonly organization: MultiAddress;
      readonly status: MedchainPrimitivesStatus;
    } & Struct;
    readonly isRemoveOrganization: boolean;
    readonly asRemoveOrganization: {
      readonly organization: MultiAddress;
    } & Struct;
    readonly isSetOrganizationCredential: boolean;
    readonly asSetOrganizationCredential: {
      readonly organization: MultiAddress;
      readonly credential: H256;
    } & Struct;
    readonly isRegisterPractitioner: boolean;
    readonly asRegisterPractitioner: {
      readonly practitioner: MultiAddress;
      readonly role: MedchainPrimitivesPractitionerRole;
      readonly encryptionKey: MedchainPrimitivesEncryptionKey;
      readonly credential: H256;
    } & Struct;
    readonly isSetPractitionerStatus: boolean;
    readonly asSetPractitionerStatus: {
      readonly practitioner: MultiAddress;
      readonly status: MedchainPrimitivesStatus;
    } & Struct;
    readonly isRemovePractitioner: boolean;
    readonly asRemovePractitioner: {
      readonly practitioner: MultiAddress;
    } & Struct;
    readonly isSetPractitionerCredential: boolean;
    readonly asSetPractitionerCredential: {
      readonly practitioner: MultiAddress;
      readonly credential: H256;
    } & Struct;
    readonly isRotateEncryptionKey: boolean;
    readonly asRotateEncryptionKey: {
      readonly key: MedchainPrimitivesEncryptionKey;
    } & Struct;
    readonly type: 'RegisterOrganization' | 'SetOrganizationStatus' | 'RemoveOrganization' | 'SetOrganizationCredential' | 'RegisterPractitioner' | 'SetPractitionerStatus' | 'RemovePractitioner' | 'SetPractitionerCredential' | 'RotateEncryptionKey';
  }

  /** @name PalletPatientsCall (187) */
  interface PalletPatientsCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly pseudonym: H256;
      readonly encryptionKey: MedchainPrimitivesEncryptionKey;
      readonly emergencyPolicy: MedchainPrimitivesEmergencyPolicy;
    } & Struct;
    readonly isRegisterFor: boolean;
    readonly asRegisterFor: {
      readonly patient: MultiAddress;
      readonly pseudonym: H256;
      readonly encryptionKey: MedchainPrimitivesEncryptionKey;
      readonly emergencyPolicy: MedchainPrimitivesEmergencyPolicy;
      readonly deadline: u32;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly isRotateEncryptionKey: boolean;
    readonly asRotateEncryptionKey: {
      readonly key: MedchainPrimitivesEncryptionKey;
    } & Struct;
    readonly isSetEmergencyPolicy: boolean;
    readonly asSetEmergencyPolicy: {
      readonly patient: H256;
      readonly policy: MedchainPrimitivesEmergencyPolicy;
    } & Struct;
    readonly isAddGuardian: boolean;
    readonly asAddGuardian: {
      readonly guardian: MultiAddress;
      readonly deadline: u32;
      readonly acceptance: SpRuntimeMultiSignature;
    } & Struct;
    readonly isRemoveGuardian: boolean;
    readonly asRemoveGuardian: {
      readonly patient: H256;
      readonly guardian: MultiAddress;
    } & Struct;
    readonly isDeregister: boolean;
    readonly isSetRegistrationLimits: boolean;
    readonly asSetRegistrationLimits: {
      readonly limits: PalletPatientsRegistrationLimits;
    } & Struct;
    readonly type: 'Register' | 'RegisterFor' | 'RotateEncryptionKey' | 'SetEmergencyPolicy' | 'AddGuardian' | 'RemoveGuardian' | 'Deregister' | 'SetRegistrationLimits';
  }

  /** @name SpRuntimeMultiSignature (188) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name PalletRecordsCall (190) */
  interface PalletRecordsCall extends Enum {
    readonly isAnchorRecord: boolean;
    readonly asAnchorRecord: {
      readonly patient: H256;
      readonly contentHash: H256;
      readonly cid: Bytes;
      readonly kind: MedchainPrimitivesRecordsRecordKind;
      readonly patientEnvelope: Bytes;
    } & Struct;
    readonly isAmendRecord: boolean;
    readonly asAmendRecord: {
      readonly previous: u64;
      readonly contentHash: H256;
      readonly cid: Bytes;
      readonly kind: MedchainPrimitivesRecordsRecordKind;
      readonly patientEnvelope: Bytes;
    } & Struct;
    readonly isRetractRecord: boolean;
    readonly asRetractRecord: {
      readonly record: u64;
      readonly reason: PalletRecordsRetractionReason;
    } & Struct;
    readonly isShareKey: boolean;
    readonly asShareKey: {
      readonly record: u64;
      readonly recipient: AccountId32;
      readonly envelope: Bytes;
    } & Struct;
    readonly isRemoveEnvelope: boolean;
    readonly asRemoveEnvelope: {
      readonly record: u64;
      readonly recipient: AccountId32;
    } & Struct;
    readonly isPruneEnvelopes: boolean;
    readonly asPruneEnvelopes: {
      readonly patient: H256;
      readonly holder: AccountId32;
      readonly startAfter: Option<u64>;
    } & Struct;
    readonly isRewrapEnvelopes: boolean;
    readonly asRewrapEnvelopes: {
      readonly patient: H256;
      readonly key: MedchainPrimitivesEncryptionKey;
      readonly envelopes: Vec<ITuple<[u64, Bytes]>>;
    } & Struct;
    readonly isAnchorRecords: boolean;
    readonly asAnchorRecords: {
      readonly records: Vec<PalletRecordsNewRecord>;
    } & Struct;
    readonly isAnchorArchive: boolean;
    readonly asAnchorArchive: {
      readonly root: H256;
      readonly leaves: u64;
    } & Struct;
    readonly isPromoteArchived: boolean;
    readonly asPromoteArchived: {
      readonly archive: u64;
      readonly index: u64;
      readonly path: Vec<H256>;
      readonly record: PalletRecordsNewRecord;
    } & Struct;
    readonly type: 'AnchorRecord' | 'AmendRecord' | 'RetractRecord' | 'ShareKey' | 'RemoveEnvelope' | 'PruneEnvelopes' | 'RewrapEnvelopes' | 'AnchorRecords' | 'AnchorArchive' | 'PromoteArchived';
  }

  /** @name PalletRecordsNewRecord (197) */
  interface PalletRecordsNewRecord extends Struct {
    readonly patient: H256;
    readonly contentHash: H256;
    readonly cid: Bytes;
    readonly kind: MedchainPrimitivesRecordsRecordKind;
    readonly patientEnvelope: Bytes;
  }

  /** @name PalletConsentCall (200) */
  interface PalletConsentCall extends Enum {
    readonly isGrantAccess: boolean;
    readonly asGrantAccess: {
      readonly patient: H256;
      readonly grantee: AccountId32;
      readonly scope: MedchainPrimitivesConsentScope;
      readonly permission: MedchainPrimitivesConsentPermission;
      readonly purpose: MedchainPrimitivesConsentPurpose;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isRevokeAccess: boolean;
    readonly asRevokeAccess: {
      readonly grant: u64;
    } & Struct;
    readonly isRequestAccess: boolean;
    readonly asRequestAccess: {
      readonly patient: H256;
      readonly scope: MedchainPrimitivesConsentScope;
      readonly permission: MedchainPrimitivesConsentPermission;
      readonly purpose: MedchainPrimitivesConsentPurpose;
      readonly duration: u32;
      readonly research: Option<PalletConsentResearchTerms>;
    } & Struct;
    readonly isApproveRequest: boolean;
    readonly asApproveRequest: {
      readonly request: u64;
    } & Struct;
    readonly isDenyRequest: boolean;
    readonly asDenyRequest: {
      readonly request: u64;
    } & Struct;
    readonly isCancelRequest: boolean;
    readonly asCancelRequest: {
      readonly request: u64;
    } & Struct;
    readonly isCleanExpired: boolean;
    readonly asCleanExpired: {
      readonly patient: H256;
      readonly limit: u32;
    } & Struct;
    readonly isSubmitReadReceipt: boolean;
    readonly asSubmitReadReceipt: {
      readonly record: u64;
    } & Struct;
    readonly isCleanRequests: boolean;
    readonly asCleanRequests: {
      readonly patient: H256;
      readonly limit: u32;
    } & Struct;
    readonly type: 'GrantAccess' | 'RevokeAccess' | 'RequestAccess' | 'ApproveRequest' | 'DenyRequest' | 'CancelRequest' | 'CleanExpired' | 'SubmitReadReceipt' | 'CleanRequests';
  }

  /** @name MedchainPrimitivesConsentScope (201) */
  interface MedchainPrimitivesConsentScope extends Enum {
    readonly isAllRecords: boolean;
    readonly isKinds: boolean;
    readonly asKinds: Vec<MedchainPrimitivesRecordsRecordKind>;
    readonly isRecords: boolean;
    readonly asRecords: Vec<u64>;
    readonly type: 'AllRecords' | 'Kinds' | 'Records';
  }

  /** @name MedchainPrimitivesConsentPermission (206) */
  interface MedchainPrimitivesConsentPermission extends Enum {
    readonly isRead: boolean;
    readonly isReadWrite: boolean;
    readonly type: 'Read' | 'ReadWrite';
  }

  /** @name MedchainPrimitivesConsentPurpose (207) */
  interface MedchainPrimitivesConsentPurpose extends Enum {
    readonly isTreatment: boolean;
    readonly isPayment: boolean;
    readonly isResearch: boolean;
    readonly isOperations: boolean;
    readonly type: 'Treatment' | 'Payment' | 'Research' | 'Operations';
  }

  /** @name PalletConsentResearchTerms (209) */
  interface PalletConsentResearchTerms extends Struct {
    readonly ethicsApproval: H256;
    readonly approvedBy: AccountId32;
  }

  /** @name PalletEmergencyCall (210) */
  interface PalletEmergencyCall extends Enum {
    readonly isAddAuthority: boolean;
    readonly asAddAuthority: {
      readonly authority: MultiAddress;
    } & Struct;
    readonly isRemoveAuthority: boolean;
    readonly asRemoveAuthority: {
      readonly authority: MultiAddress;
    } & Struct;
    readonly isOpenSession: boolean;
    readonly asOpenSession: {
      readonly patient: H256;
      readonly reason: PalletEmergencyEmergencyReason;
      readonly justification: H256;
    } & Struct;
    readonly isApproveSession: boolean;
    readonly asApproveSession: {
      readonly session: u64;
    } & Struct;
    readonly isCloseSession: boolean;
    readonly asCloseSession: {
      readonly session: u64;
    } & Struct;
    readonly isReviewSession: boolean;
    readonly asReviewSession: {
      readonly session: u64;
      readonly justified: bool;
      readonly finding: H256;
    } & Struct;
    readonly isLiftBar: boolean;
    readonly asLiftBar: {
      readonly responder: MultiAddress;
    } & Struct;
    readonly isSetEmergencyKey: boolean;
    readonly asSetEmergencyKey: {
      readonly patient: H256;
      readonly key: MedchainPrimitivesEncryptionKey;
      readonly threshold: u8;
      readonly shares: Vec<PalletEmergencyKeyShare>;
    } & Struct;
    readonly isPostEmergencyEnvelopes: boolean;
    readonly asPostEmergencyEnvelopes: {
      readonly patient: H256;
      readonly version: u32;
      readonly envelopes: Vec<ITuple<[u64, Bytes]>>;
    } & Struct;
    readonly isReleaseKeyShare: boolean;
    readonly asReleaseKeyShare: {
      readonly session: u64;
      readonly share: Bytes;
    } & Struct;
    readonly isCleanSession: boolean;
    readonly asCleanSession: {
      readonly session: u64;
    } & Struct;
    readonly type: 'AddAuthority' | 'RemoveAuthority' | 'OpenSession' | 'ApproveSession' | 'CloseSession' | 'ReviewSession' | 'LiftBar' | 'SetEmergencyKey' | 'PostEmergencyEnvelopes' | 'ReleaseKeyShare' | 'CleanSession';
  }

  /** @name PalletEmergencyKeyShare (212) */
  interface PalletEmergencyKeyShare extends Struct {
    readonly authority: AccountId32;
    readonly ciphertext: Bytes;
  }

  /** @name PalletSudoError (215) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletUtilityError (216) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletCollectiveVotes (219) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (220) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (221) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletFreeTierSpent (222) */
  interface PalletFreeTierSpent extends Struct {
    readonly calls: PalletFreeTierUsageWindow;
    readonly bytes: PalletFreeTierUsageWindow;
  }

  /** @name PalletFreeTierUsageWindow (223) */
  interface PalletFreeTierUsageWindow extends Struct {
    readonly start: u32;
    readonly used: u32;
  }

  /** @name PalletFreeTierError (226) */
  interface PalletFreeTierError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly isInvalidWindow: boolean;
    readonly isTooManyBytes: boolean;
    readonly type: 'TooManyCalls' | 'InvalidWindow' | 'TooManyBytes';
  }

  /** @name PalletUpgradesError (227) */
  interface PalletUpgradesError extends Enum {
    readonly isAlreadyAuthorized: boolean;
    readonly type: 'AlreadyAuthorized';
  }

  /** @name PalletPeeringNode (228) */
  interface PalletPeeringNode extends Struct {
    readonly owner: Option<AccountId32>;
    readonly addedAt: u32;
  }

  /** @name PalletPeeringError (231) */
  interface PalletPeeringError extends Enum {
    readonly isNotActiveOrganization: boolean;
    readonly isBadOwnershipProof: boolean;
    readonly isAlreadyRegistered: boolean;
    readonly isNodeBarred: boolean;
    readonly isNodeNotFound: boolean;
    readonly isNotOwner: boolean;
    readonly isTooManyNodes: boolean;
    readonly isTooManyNodesForOrganization: boolean;
    readonly isModeUnchanged: boolean;
    readonly isNoWellKnownNodes: boolean;
    readonly type: 'NotActiveOrganization' | 'BadOwnershipProof' | 'AlreadyRegistered' | 'NodeBarred' | 'NodeNotFound' | 'NotOwner' | 'TooManyNodes' | 'TooManyNodesForOrganization' | 'ModeUnchanged' | 'NoWellKnownNodes';
  }

  /** @name SpStakingOffenceOffenceDetails (233) */
  interface SpStakingOffenceOffenceDetails extends Struct {
    readonly offender: ITuple<[AccountId32, Null]>;
    readonly reporters: Vec<AccountId32>;
  }

  /** @name PalletProvidersOrganization (235) */
  interface PalletProvidersOrganization extends Struct {
    readonly kind: MedchainPrimitivesOrganizationKind;
    readonly status: MedchainPrimitivesStatus;
    readonly encryptionKey: MedchainPrimitivesEncryptionKey;
    readonly credential: H256;
    readonly registeredAt: u32;
    readonly practitioners: u32;
  }

  /** @name PalletProvidersPractitioner (236) */
  interface PalletProvidersPractitioner extends Struct {
    readonly organization: AccountId32;
    readonly role: MedchainPrimitivesPractitionerRole;
    readonly status: MedchainPrimitivesStatus;
    readonly encryptionKey: MedchainPrimitivesEncryptionKey;
    readonly credential: H256;
    readonly registeredAt: u32;
  }

  /** @name PalletProvidersError (238) */
  interface PalletProvidersError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isOrganizationNotFound: boolean;
    readonly isPractitionerNotFound: boolean;
    readonly isNotRegistered: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNotEmployer: boolean;
    readonly isRoleNotAllowed: boolean;
    readonly isUnusableKey: boolean;
    readonly isKeyUnchanged: boolean;
    readonly isStatusUnchanged: boolean;
    readonly isCredentialUnchanged: boolean;
    readonly isHasPractitioners: boolean;
    readonly isTooManyPractitioners: boolean;
    readonly type: 'AlreadyRegistered' | 'OrganizationNotFound' | 'PractitionerNotFound' | 'NotRegistered' | 'OrganizationSuspended' | 'NotEmployer' | 'RoleNotAllowed' | 'UnusableKey' | 'KeyUnchanged' | 'StatusUnchanged' | 'CredentialUnchanged' | 'HasPractitioners' | 'TooManyPractitioners';
  }

  /** @name PalletPatientsPatient (239) */
  interface PalletPatientsPatient extends Struct {
    readonly account: AccountId32;
    readonly encryptionKey: MedchainPrimitivesEncryptionKey;
    readonly emergencyPolicy: MedchainPrimitivesEmergencyPolicy;
    readonly guardians: Vec<AccountId32>;
    readonly registrar: Option<PalletPatientsRegistrar>;
    readonly registeredAt: u32;
  }

  /** @name PalletPatientsRegistrar (242) */
  interface PalletPatientsRegistrar extends Struct {
    readonly practitioner: AccountId32;
    readonly organization: AccountId32;
  }

  /** @name PalletPatientsRegistrationWindow (244) */
  interface PalletPatientsRegistrationWindow extends Struct {
    readonly start: u32;
    readonly count: u32;
  }

  /** @name PalletPatientsError (245) */
  interface PalletPatientsError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isPseudonymTaken: boolean;
    readonly isPseudonymErased: boolean;
    readonly isNotPatient: boolean;
    readonly isPatientNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotPractitioner: boolean;
    readonly isRoleNotAllowed: boolean;
    readonly isBadSignature: boolean;
    readonly isConsentExpired: boolean;
    readonly isConsentTooLong: boolean;
    readonly isUnusableKey: boolean;
    readonly isKeyUnchanged: boolean;
    readonly isTooFewApprovals: boolean;
    readonly isTooManyApprovals: boolean;
    readonly isPolicyUnchanged: boolean;
    readonly isAlreadyGuardian: boolean;
    readonly isNotGuardian: boolean;
    readonly isTooManyGuardians: boolean;
    readonly isSelfGuardian: boolean;
    readonly isBadAcceptance: boolean;
    readonly isPractitionerRegistrationLimit: boolean;
    readonly isOrganizationRegistrationLimit: boolean;
    readonly isGuardianAdditionLimit: boolean;
    readonly isInvalidRegistrationLimits: boolean;
    readonly type: 'AlreadyRegistered' | 'PseudonymTaken' | 'PseudonymErased' | 'NotPatient' | 'PatientNotFound' | 'NotAuthorized' | 'NotPractitioner' | 'RoleNotAllowed' | 'BadSignature' | 'ConsentExpired' | 'ConsentTooLong' | 'UnusableKey' | 'KeyUnchanged' | 'TooFewApprovals' | 'TooManyApprovals' | 'PolicyUnchanged' | 'AlreadyGuardian' | 'NotGuardian' | 'TooManyGuardians' | 'SelfGuardian' | 'BadAcceptance' | 'PractitionerRegistrationLimit' | 'OrganizationRegistrationLimit' | 'GuardianAdditionLimit' | 'InvalidRegistrationLimits';
  }

  /** @name PalletRecordsRecord (246) */
  interface PalletRecordsRecord extends Struct {
    readonly patient: H256;
    readonly contentHash: H256;
    readonly cid: Bytes;
    readonly kind: MedchainPrimitivesRecordsRecordKind;
    readonly author: AccountId32;
    readonly organization: Option<AccountId32>;
    readonly anchoredAt: u32;
    readonly timestamp: u64;
    readonly version: u32;
    readonly root: u64;
    readonly previous: Option<u64>;
    readonly next: Option<u64>;
    readonly retraction: Option<PalletRecordsRetraction>;
    readonly envelopes: u32;
  }

  /** @name PalletRecordsRetraction (248) */
  interface PalletRecordsRetraction extends Struct {
    readonly by: AccountId32;
    readonly at: u32;
    readonly reason: PalletRecordsRetractionReason;
  }

  /** @name PalletRecordsArchive (256) */
  interface PalletRecordsArchive extends Struct {
    readonly organization: AccountId32;
    readonly root: H256;
    readonly leaves: u64;
    readonly anchoredAt: u32;
    readonly timestamp: u64;
    readonly promoted: u64;
  }

  /** @name PalletRecordsArchivedAt (257) */
  interface PalletRecordsArchivedAt extends Struct {
    readonly archive: u64;
    readonly index: u64;
  }

  /** @name PalletRecordsError (258) */
  interface PalletRecordsError extends Enum {
    readonly isPatientNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isRecordNotFound: boolean;
    readonly isAlreadyAnchored: boolean;
    readonly isAlreadySuperseded: boolean;
    readonly isRetracted: boolean;
    readonly isAlreadyRetracted: boolean;
    readonly isNothingToPrune: boolean;
    readonly isInvalidKind: boolean;
    readonly isEmptyEnvelope: boolean;
    readonly isMalformedCid: boolean;
    readonly isUnsupportedCidVersion: boolean;
    readonly isUnsupportedCodec: boolean;
    readonly isUnsupportedMultihash: boolean;
    readonly isDigestLengthMismatch: boolean;
    readonly isRecipientHasNoKey: boolean;
    readonly isRecipientMayNotRead: boolean;
    readonly isTooManyEnvelopes: boolean;
    readonly isEnvelopeNotFound: boolean;
    readonly isOverflow: boolean;
    readonly isNothingToRewrap: boolean;
    readonly isWrongPatient: boolean;
    readonly isRecordListedTwice: boolean;
    readonly isKeyChanged: boolean;
    readonly isEmptyBatch: boolean;
    readonly isNotAnOrganization: boolean;
    readonly isEmptyArchive: boolean;
    readonly isArchiveAlreadyAnchored: boolean;
    readonly isArchiveNotFound: boolean;
    readonly isNotArchiveOrganization: boolean;
    readonly isIndexOutOfRange: boolean;
    readonly isInvalidArchiveProof: boolean;
    readonly isArchiveOverflow: boolean;
    readonly type: 'PatientNotFound' | 'NotAuthorized' | 'RecordNotFound' | 'AlreadyAnchored' | 'AlreadySuperseded' | 'Retracted' | 'AlreadyRetracted' | 'NothingToPrune' | 'InvalidKind' | 'EmptyEnvelope' | 'MalformedCid' | 'UnsupportedCidVersion' | 'UnsupportedCodec' | 'UnsupportedMultihash' | 'DigestLengthMismatch' | 'RecipientHasNoKey' | 'RecipientMayNotRead' | 'TooManyEnvelopes' | 'EnvelopeNotFound' | 'Overflow' | 'NothingToRewrap' | 'WrongPatient' | 'RecordListedTwice' | 'KeyChanged' | 'EmptyBatch' | 'NotAnOrganization' | 'EmptyArchive' | 'ArchiveAlreadyAnchored' | 'ArchiveNotFound' | 'NotArchiveOrganization' | 'IndexOutOfRange' | 'InvalidArchiveProof' | 'ArchiveOverflow';
  }

  /** @name PalletConsentGrant (259) */
  interface PalletConsentGrant extends Struct {
    readonly patient: H256;
    readonly grantee: AccountId32;
    readonly registration: u64;
    readonly scope: MedchainPrimitivesConsentScope;
    readonly permission: MedchainPrimitivesConsentPermission;
    readonly purpose: MedchainPrimitivesConsentPurpose;
    readonly research: Option<PalletConsentResearchTerms>;
    readonly grantedBy: AccountId32;
    readonly grantedAt: u32;
    readonly expiresAt: Option<u32>;
    readonly revoked: Option<PalletConsentRevocation>;
    readonly request: Option<u64>;
  }

  /** @name PalletConsentRevocation (261) */
  interface PalletConsentRevocation extends Struct {
    readonly by: AccountId32;
    readonly at: u32;
  }

  /** @name PalletConsentRequest (264) */
  interface PalletConsentRequest extends Struct {
    readonly patient: H256;
    readonly requester: AccountId32;
    readonly scope: MedchainPrimitivesConsentScope;
    readonly permission: MedchainPrimitivesConsentPermission;
    readonly purpose: MedchainPrimitivesConsentPurpose;
    readonly duration: u32;
    readonly research: Option<PalletConsentResearchTerms>;
    readonly requestedAt: u32;
    readonly status: PalletConsentRequestStatus;
  }

  /** @name PalletConsentRequestStatus (265) */
  interface PalletConsentRequestStatus extends Enum {
    readonly isPending: boolean;
    readonly isApproved: boolean;
    readonly asApproved: u64;
    readonly isDenied: boolean;
    readonly isCancelled: boolean;
    readonly isClosed: boolean;
    readonly isExpired: boolean;
    readonly type: 'Pending' | 'Approved' | 'Denied' | 'Cancelled' | 'Closed' | 'Expired';
  }

  /** @name PalletConsentAuditEntry (267) */
  interface PalletConsentAuditEntry extends Struct {
    readonly at: u32;
    readonly actor: AccountId32;
    readonly event: MedchainPrimitivesConsentAuditEvent;
  }

  /** @name MedchainPrimitivesConsentAuditEvent (268) */
  interface MedchainPrimitivesConsentAuditEvent extends Enum {
    readonly isGrantCreated: boolean;
    readonly asGrantCreated: {
      readonly grant: u64;
    } & Struct;
    readonly isGrantRevoked: boolean;
    readonly asGrantRevoked: {
      readonly grant: u64;
    } & Struct;
    readonly isGrantExpired: boolean;
    readonly asGrantExpired: {
      readonly grant: u64;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly request: u64;
    } & Struct;
    readonly isRequestApproved: boolean;
    readonly asRequestApproved: {
      readonly request: u64;
      readonly grant: u64;
    } & Struct;
    readonly isRequestDenied: boolean;
    readonly asRequestDenied: {
      readonly request: u64;
    } & Struct;
    readonly isRequestCancelled: boolean;
    readonly asRequestCancelled: {
      readonly request: u64;
    } & Struct;
    readonly isKeyShared: boolean;
    readonly asKeyShared: {
      readonly record: u64;
    } & Struct;
    readonly isEnvelopeRemoved: boolean;
    readonly asEnvelopeRemoved: {
      readonly record: u64;
    } & Struct;
    readonly isRecordRead: boolean;
    readonly asRecordRead: {
      readonly record: u64;
    } & Struct;
    readonly isSessionOpened: boolean;
    readonly asSessionOpened: {
      readonly session: u64;
    } & Struct;
    readonly isSessionApproved: boolean;
    readonly asSessionApproved: {
      readonly session: u64;
    } & Struct;
    readonly isSessionActivated: boolean;
    readonly asSessionActivated: {
      readonly session: u64;
    } & Struct;
    readonly isSessionClosed: boolean;
    readonly asSessionClosed: {
      readonly session: u64;
    } & Struct;
    readonly isSessionReviewed: boolean;
    readonly asSessionReviewed: {
      readonly session: u64;
      readonly justified: bool;
    } & Struct;
    readonly isEmergencyKeySet: boolean;
    readonly asEmergencyKeySet: {
      readonly version: u32;
    } & Struct;
    readonly isEmergencyEnvelopesPosted: boolean;
    readonly asEmergencyEnvelopesPosted: {
      readonly count: u32;
    } & Struct;
    readonly isKeyShareReleased: boolean;
    readonly asKeyShareReleased: {
      readonly session: u64;
    } & Struct;
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: u64;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly record: u64;
      readonly previous: u64;
    } & Struct;
    readonly isRecordRetracted: boolean;
    readonly asRecordRetracted: {
      readonly record: u64;
    } & Struct;
    readonly isGuardianAdded: boolean;
    readonly isGuardianRemoved: boolean;
    readonly isEmergencyPolicyChanged: boolean;
    readonly asEmergencyPolicyChanged: {
      readonly allowed: bool;
      readonly requiredApprovals: u8;
    } & Struct;
    readonly isEncryptionKeyRotated: boolean;
    readonly type: 'GrantCreated' | 'GrantRevoked' | 'GrantExpired' | 'AccessRequested' | 'RequestApproved' | 'RequestDenied' | 'RequestCancelled' | 'KeyShared' | 'EnvelopeRemoved' | 'RecordRead' | 'SessionOpened' | 'SessionApproved' | 'SessionActivated' | 'SessionClosed' | 'SessionReviewed' | 'EmergencyKeySet' | 'EmergencyEnvelopesPosted' | 'KeyShareReleased' | 'RecordAnchored' | 'RecordAmended' | 'RecordRetracted' | 'GuardianAdded' | 'GuardianRemoved' | 'EmergencyPolicyChanged' | 'EncryptionKeyRotated';
  }

  /** @name PalletConsentError (269) */
  interface PalletConsentError extends Enum {
    readonly isPatientNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isSelfGrant: boolean;
    readonly isNotActiveProvider: boolean;
    readonly isExpiryInPast: boolean;
    readonly isInvalidScope: boolean;
    readonly isResearchNeedsRequest: boolean;
    readonly isTooManyGrants: boolean;
    readonly isGrantNotFound: boolean;
    readonly isAlreadyRevoked: boolean;
    readonly isRequestNotFound: boolean;
    readonly isRequestNotPending: boolean;
    readonly isRequestExpired: boolean;
    readonly isNothingToClean: boolean;
    readonly isNotRequester: boolean;
    readonly isTooManyPendingRequests: boolean;
    readonly isRequesterLimitReached: boolean;
    readonly isInvalidDuration: boolean;
    readonly isResearchTermsMismatch: boolean;
    readonly isNotResearchBody: boolean;
    readonly isUnknownEthicsApprover: boolean;
    readonly isResearchIsReadOnly: boolean;
    readonly isPurposeNotAllowed: boolean;
    readonly isEthicsApproverNotIndependent: boolean;
    readonly isRecordNotFound: boolean;
    readonly isMayNotRead: boolean;
    readonly isOverflow: boolean;
    readonly type: 'PatientNotFound' | 'NotAuthorized' | 'SelfGrant' | 'NotActiveProvider' | 'ExpiryInPast' | 'InvalidScope' | 'ResearchNeedsRequest' | 'TooManyGrants' | 'GrantNotFound' | 'AlreadyRevoked' | 'RequestNotFound' | 'RequestNotPending' | 'RequestExpired' | 'NothingToClean' | 'NotRequester' | 'TooManyPendingRequests' | 'RequesterLimitReached' | 'InvalidDuration' | 'ResearchTermsMismatch' | 'NotResearchBody' | 'UnknownEthicsApprover' | 'ResearchIsReadOnly' | 'PurposeNotAllowed' | 'EthicsApproverNotIndependent' | 'RecordNotFound' | 'MayNotRead' | 'Overflow';
  }

  /** @name PalletEmergencySession (271) */
  interface PalletEmergencySession extends Struct {
    readonly patient: H256;
    readonly responder: AccountId32;
    readonly organization: AccountId32;
    readonly reason: PalletEmergencyEmergencyReason;
    readonly justification: H256;
    readonly requiredApprovals: u8;
    readonly approvals: Vec<PalletEmergencyApproval>;
    readonly openedAt: u32;
    readonly approveBy: u32;
    readonly activatedAt: Option<u32>;
    readonly expiresAt: Option<u32>;
    readonly closure: Option<PalletEmergencyClosure>;
    readonly review: Option<PalletEmergencyReview>;
  }

  /** @name PalletEmergencyApproval (273) */
  interface PalletEmergencyApproval extends Struct {
    readonly authority: AccountId32;
    readonly by: AccountId32;
    readonly at: u32;
  }

  /** @name PalletEmergencyClosure (276) */
  interface PalletEmergencyClosure extends Struct {
    readonly by: PalletEmergencyCloser;
    readonly at: u32;
  }

  /** @name PalletEmergencyReview (278) */
  interface PalletEmergencyReview extends Struct {
    readonly by: PalletEmergencyReviewer;
    readonly justified: bool;
    readonly finding: H256;
    readonly at: u32;
  }

  /** @name PalletEmergencyEmergencyKey (280) */
  interface PalletEmergencyEmergencyKey extends Struct {
    readonly key: MedchainPrimitivesEncryptionKey;
    readonly version: u32;
    readonly threshold: u8;
    readonly shares: Vec<PalletEmergencyKeyShare>;
    readonly setBy: AccountId32;
    readonly setAt: u32;
    readonly exposedIn: Option<u64>;
  }

  /** @name PalletEmergencyEmergencyEnvelope (281) */
  interface PalletEmergencyEmergencyEnvelope extends Struct {
    readonly version: u32;
    readonly ciphertext: Bytes;
  }

  /** @name FrameSupportPalletId (282) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletEmergencyError (283) */
  interface PalletEmergencyError extends Enum {
    readonly isNotEmergencyService: boolean;
    readonly isAlreadyAuthority: boolean;
    readonly isTooManyAuthorities: boolean;
    readonly isNotAuthority: boolean;
    readonly isNotResponder: boolean;
    readonly isBarred: boolean;
    readonly isReviewOverdue: boolean;
    readonly isTooManyUnreviewed: boolean;
    readonly isPatientNotFound: boolean;
    readonly isBreakGlassForbidden: boolean;
    readonly isMissingJustification: boolean;
    readonly isSessionAlreadyOpen: boolean;
    readonly isThresholdTooHigh: boolean;
    readonly isNotEnoughAuthorities: boolean;
    readonly isSessionNotFound: boolean;
    readonly isSessionNotPending: boolean;
    readonly isSessionLapsed: boolean;
    readonly isOwnOrganization: boolean;
    readonly isAlreadyApproved: boolean;
    readonly isSessionEnded: boolean;
    readonly isNotAuthorized: boolean;
    readonly isSessionNotEnded: boolean;
    readonly isAlreadyReviewed: boolean;
    readonly isNotAuditor: boolean;
    readonly isAuditorNotIndependent: boolean;
    readonly isNotBarred: boolean;
    readonly isUnusableKey: boolean;
    readonly isShareHolderNotAuthority: boolean;
    readonly isDuplicateShareHolder: boolean;
    readonly isEmptyCiphertext: boolean;
    readonly isThresholdBelowPolicy: boolean;
    readonly isThresholdAbovePolicy: boolean;
    readonly isNotEnoughShares: boolean;
    readonly isNoEmergencyKey: boolean;
    readonly isEmergencyKeyExposed: boolean;
    readonly isNoEnvelopes: boolean;
    readonly isKeyVersionChanged: boolean;
    readonly isRecordNotFound: boolean;
    readonly isWrongPatient: boolean;
    readonly isSessionNotActive: boolean;
    readonly isResponderNotActive: boolean;
    readonly isDidNotApprove: boolean;
    readonly isNoShareHeld: boolean;
    readonly isAlreadyReleased: boolean;
    readonly isNothingToClean: boolean;
    readonly isOverflow: boolean;
    readonly type: 'NotEmergencyService' | 'AlreadyAuthority' | 'TooManyAuthorities' | 'NotAuthority' | 'NotResponder' | 'Barred' | 'ReviewOverdue' | 'TooManyUnreviewed' | 'PatientNotFound' | 'BreakGlassForbidden' | 'MissingJustification' | 'SessionAlreadyOpen' | 'ThresholdTooHigh' | 'NotEnoughAuthorities' | 'SessionNotFound' | 'SessionNotPending' | 'SessionLapsed' | 'OwnOrganization' | 'AlreadyApproved' | 'SessionEnded' | 'NotAuthorized' | 'SessionNotEnded' | 'AlreadyReviewed' | 'NotAuditor' | 'AuditorNotIndependent' | 'NotBarred' | 'UnusableKey' | 'ShareHolderNotAuthority' | 'DuplicateShareHolder' | 'EmptyCiphertext' | 'ThresholdBelowPolicy' | 'ThresholdAbovePolicy' | 'NotEnoughShares' | 'NoEmergencyKey' | 'EmergencyKeyExposed' | 'NoEnvelopes' | 'KeyVersionChanged' | 'RecordNotFound' | 'WrongPatient' | 'SessionNotActive' | 'ResponderNotActive' | 'DidNotApprove' | 'NoShareHeld' | 'AlreadyReleased' | 'NothingToClean' | 'Overflow';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (286) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (287) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (288) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (289) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (293) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (294) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (295) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (296) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (297) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (298) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name MedchainRuntimeRuntime (300) */
  type MedchainRuntimeRuntime = Null;

} // declare module
