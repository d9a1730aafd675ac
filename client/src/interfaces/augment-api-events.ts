// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, MedchainPrimitivesEmergencyPolicy, MedchainPrimitivesEncryptionKey, MedchainPrimitivesOrganizationKind, MedchainPrimitivesPeeringNodeId, MedchainPrimitivesPeeringPeeringMode, MedchainPrimitivesPractitionerRole, MedchainPrimitivesRecordsRecordKind, MedchainPrimitivesStatus, MedchainRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletEmergencyCloser, PalletEmergencyEmergencyReason, PalletEmergencyReviewer, PalletFreeTierQuota, PalletFreeTierStateQuota, PalletPatientsActor, PalletPatientsRegistrationLimits, PalletPeeringRemover, PalletProvidersActor, PalletRecordsRetractionReason, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    consent: {
      /**
       * A grant was made.
       **/
      AccessGranted: AugmentedEvent<ApiType, [grant: u64, patient: H256, grantee: AccountId32, by: AccountId32], { grant: u64, patient: H256, grantee: AccountId32, by: AccountId32 }>;
      /**
       * A third party asked for access.
       **/
      AccessRequested: AugmentedEvent<ApiType, [request: u64, patient: H256, requester: AccountId32], { request: u64, patient: H256, requester: AccountId32 }>;
      /**
       * A grant was revoked.
       **/
      AccessRevoked: AugmentedEvent<ApiType, [grant: u64, patient: H256, by: AccountId32, envelopesRemoved: u32], { grant: u64, patient: H256, by: AccountId32, envelopesRemoved: u32 }>;
      /**
       * Expired grants were cleaned from the active index.
       **/
      ExpiredGrantsCleaned: AugmentedEvent<ApiType, [patient: H256, count: u32], { patient: H256, count: u32 }>;
      /**
       * A reader reported reading a record.
       **/
      ReadReceipt: AugmentedEvent<ApiType, [record: u64, reader: AccountId32], { record: u64, reader: AccountId32 }>;
      /**
       * A request was approved.
       **/
      RequestApproved: AugmentedEvent<ApiType, [request: u64, grant: u64, by: AccountId32], { request: u64, grant: u64, by: AccountId32 }>;
      /**
       * A request was cancelled by its requester.
       **/
      RequestCancelled: AugmentedEvent<ApiType, [request: u64], { request: u64 }>;
      /**
       * A request was denied.
       **/
      RequestDenied: AugmentedEvent<ApiType, [request: u64, by: AccountId32], { request: u64, by: AccountId32 }>;
      /**
       * Unanswered requests past their lifetime were expired, and requests past their
       * retention deleted.
       **/
      RequestsCleaned: AugmentedEvent<ApiType, [patient: H256, expired: u32, deleted: u32], { patient: H256, expired: u32, deleted: u32 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
    };
    emergency: {
      /**
       * An emergency authority was added.
       **/
      AuthorityAdded: AugmentedEvent<ApiType, [authority: AccountId32], { authority: AccountId32 }>;
      /**
       * An emergency authority was removed.
       **/
      AuthorityRemoved: AugmentedEvent<ApiType, [authority: AccountId32], { authority: AccountId32 }>;
      /**
       * Governance lifted a responder's bar.
       **/
      BarLifted: AugmentedEvent<ApiType, [responder: AccountId32], { responder: AccountId32 }>;
      /**
       * Emergency envelopes were posted.
       **/
      EmergencyEnvelopesPosted: AugmentedEvent<ApiType, [patient: H256, count: u32, by: AccountId32], { patient: H256, count: u32, by: AccountId32 }>;
      /**
       * A patient's emergency key was set or rotated.
       **/
      EmergencyKeySet: AugmentedEvent<ApiType, [patient: H256, version: u32, by: AccountId32], { patient: H256, version: u32, by: AccountId32 }>;
      /**
       * An authority released its key share to a session's responder.
       **/
      KeyShareReleased: AugmentedEvent<ApiType, [session: u64, authority: AccountId32, by: AccountId32], { session: u64, authority: AccountId32, by: AccountId32 }>;
      /**
       * An erased patient's emergency envelopes were deleted and open sessions closed
       * (its emergency key went at erasure).
       **/
      PatientErased: AugmentedEvent<ApiType, [patient: H256, envelopes: u32, sessions: u32, complete: bool], { patient: H256, envelopes: u32, sessions: u32, complete: bool }>;
      /**
       * A session reached its threshold and is active.
       **/
      SessionActivated: AugmentedEvent<ApiType, [session: u64, expiresAt: u32], { session: u64, expiresAt: u32 }>;
      /**
       * An authority approved a session.
       **/
      SessionApproved: AugmentedEvent<ApiType, [session: u64, authority: AccountId32, by: AccountId32, approvals: u32], { session: u64, authority: AccountId32, by: AccountId32, approvals: u32 }>;
      /**
       * An ended session's indexes and released shares were removed.
       **/
      SessionCleaned: AugmentedEvent<ApiType, [session: u64], { session: u64 }>;
      /**
       * A session was closed early.
       **/
      SessionClosed: AugmentedEvent<ApiType, [session: u64, by: PalletEmergencyCloser], { session: u64, by: PalletEmergencyCloser }>;
      /**
       * A session was opened.
       **/
      SessionOpened: AugmentedEvent<ApiType, [session: u64, patient: H256, responder: AccountId32, reason: PalletEmergencyEmergencyReason, requiredApprovals: u8], { session: u64, patient: H256, responder: AccountId32, reason: PalletEmergencyEmergencyReason, requiredApprovals: u8 }>;
      /**
       * A session was reviewed.
       **/
      SessionReviewed: AugmentedEvent<ApiType, [session: u64, justified: bool, by: PalletEmergencyReviewer, responderSuspended: bool], { session: u64, justified: bool, by: PalletEmergencyReviewer, responderSuspended: bool }>;
    };
    freeTier: {
      /**
       * Governance set the quota.
       **/
      QuotaSet: AugmentedEvent<ApiType, [quota: PalletFreeTierQuota], { quota: PalletFreeTierQuota }>;
      /**
       * Governance set the quota an organization shares with its staff.
       **/
      SharedQuotaSet: AugmentedEvent<ApiType, [quota: PalletFreeTierQuota], { quota: PalletFreeTierQuota }>;
      /**
       * Governance set the state quota.
       **/
      StateQuotaSet: AugmentedEvent<ApiType, [quota: PalletFreeTierStateQuota], { quota: PalletFreeTierStateQuota }>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    historical: {
      /**
       * The merkle roots of up to this session index were pruned
       **/
      RootsPruned: AugmentedEvent<ApiType, [upTo: u32], { upTo: u32 }>;
      /**
       * The merkle root of the validators of the said session were stored
       **/
      RootStored: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
    };
    offences: {
      /**
       * There is an offence reported of the given `kind` happened at the `session_index` and
       * (kind-specific) time slot. This event is not deposited for duplicate slashes.
       * \[kind, slot\].
       **/
      Offence: AugmentedEvent<ApiType, [kind: U8aFixed, slot: Bytes], { kind: U8aFixed, slot: Bytes }>;
    };
    patients: {
      /**
       * A patient's break-glass policy changed.
       **/
      EmergencyPolicyChanged: AugmentedEvent<ApiType, [patient: H256, policy: MedchainPrimitivesEmergencyPolicy, by: PalletPatientsActor], { patient: H256, policy: MedchainPrimitivesEmergencyPolicy, by: PalletPatientsActor }>;
      /**
       * A patient replaced their X25519 key.
       **/
      EncryptionKeyRotated: AugmentedEvent<ApiType, [patient: H256, key: MedchainPrimitivesEncryptionKey], { patient: H256, key: MedchainPrimitivesEncryptionKey }>;
      /**
       * A patient named a guardian.
       **/
      GuardianAdded: AugmentedEvent<ApiType, [patient: H256, guardian: AccountId32], { patient: H256, guardian: AccountId32 }>;
      /**
       * A guardian was removed by the patient or stepped down.
       **/
      GuardianRemoved: AugmentedEvent<ApiType, [patient: H256, guardian: AccountId32, by: PalletPatientsActor], { patient: H256, guardian: AccountId32, by: PalletPatientsActor }>;
      /**
       * A patient was erased; their keys and links are gone.
       **/
      PatientErased: AugmentedEvent<ApiType, [patient: H256], { patient: H256 }>;
      /**
       * A patient was registered.
       **/
      PatientRegistered: AugmentedEvent<ApiType, [patient: H256, account: AccountId32, registrar: Option<AccountId32>], { patient: H256, account: AccountId32, registrar: Option<AccountId32> }>;
      /**
       * Governance changed the registration limits.
       **/
      RegistrationLimitsSet: AugmentedEvent<ApiType, [limits: PalletPatientsRegistrationLimits], { limits: PalletPatientsRegistrationLimits }>;
    };
    peering: {
      /**
       * A node was registered: an organization's (`owner`), or a well-known one (`None`).
       **/
      NodeAdded: AugmentedEvent<ApiType, [node: MedchainPrimitivesPeeringNodeId, owner: Option<AccountId32>], { node: MedchainPrimitivesPeeringNodeId, owner: Option<AccountId32> }>;
      /**
       * A node was removed; the others drop it at their next finalized block.
       **/
      NodeRemoved: AugmentedEvent<ApiType, [node: MedchainPrimitivesPeeringNodeId, owner: Option<AccountId32>, by: PalletPeeringRemover], { node: MedchainPrimitivesPeeringNodeId, owner: Option<AccountId32>, by: PalletPeeringRemover }>;
      /**
       * Governance set the peering mode.
       **/
      PeeringModeSet: AugmentedEvent<ApiType, [mode: MedchainPrimitivesPeeringPeeringMode], { mode: MedchainPrimitivesPeeringPeeringMode }>;
    };
    providers: {
      /**
       * An organization or practitioner replaced its X25519 key.
       **/
      EncryptionKeyRotated: AugmentedEvent<ApiType, [party: AccountId32, key: MedchainPrimitivesEncryptionKey], { party: AccountId32, key: MedchainPrimitivesEncryptionKey }>;
      /**
       * Governance replaced an organization's credential hash.
       **/
      OrganizationCredentialChanged: AugmentedEvent<ApiType, [organization: AccountId32, credential: H256], { organization: AccountId32, credential: H256 }>;
      /**
       * Governance registered an organization.
       **/
      OrganizationRegistered: AugmentedEvent<ApiType, [organization: AccountId32, kind: MedchainPrimitivesOrganizationKind], { organization: AccountId32, kind: MedchainPrimitivesOrganizationKind }>;
      /**
       * Governance removed an organization.
       **/
      OrganizationRemoved: AugmentedEvent<ApiType, [organization: AccountId32], { organization: AccountId32 }>;
      /**
       * Governance suspended or reactivated an organization.
       **/
      OrganizationStatusChanged: AugmentedEvent<ApiType, [organization: AccountId32, status: MedchainPrimitivesStatus], { organization: AccountId32, status: MedchainPrimitivesStatus }>;
      /**
       * An organization replaced a practitioner's credential hash.
       **/
      PractitionerCredentialChanged: AugmentedEvent<ApiType, [practitioner: AccountId32, credential: H256], { practitioner: AccountId32, credential: H256 }>;
      /**
       * An organization registered a practitioner.
       **/
      PractitionerRegistered: AugmentedEvent<ApiType, [practitioner: AccountId32, organization: AccountId32, role: MedchainPrimitivesPractitionerRole], { practitioner: AccountId32, organization: AccountId32, role: MedchainPrimitivesPractitionerRole }>;
      /**
       * A practitioner was removed.
       **/
      PractitionerRemoved: AugmentedEvent<ApiType, [practitioner: AccountId32, organization: AccountId32, by: PalletProvidersActor], { practitioner: AccountId32, organization: AccountId32, by: PalletProvidersActor }>;
      /**
       * A practitioner was suspended or reactivated.
       **/
      PractitionerStatusChanged: AugmentedEvent<ApiType, [practitioner: AccountId32, status: MedchainPrimitivesStatus, by: PalletProvidersActor], { practitioner: AccountId32, status: MedchainPrimitivesStatus, by: PalletProvidersActor }>;
    };
    records: {
      /**
       * An organization anchored an archive: one root over `leaves` documents' salted
       * commitments.
       **/
      ArchiveAnchored: AugmentedEvent<ApiType, [archive: u64, organization: AccountId32, root: H256, leaves: u64], { archive: u64, organization: AccountId32, root: H256, leaves: u64 }>;
      /**
       * An archived document was proved and promoted to a record (anchored with its
       * envelope, under the patient's access rules, with [`Event::RecordAnchored`]).
       **/
      ArchivedDocumentPromoted: AugmentedEvent<ApiType, [record: u64, archive: u64, index: u64], { record: u64, archive: u64, index: u64 }>;
      /**
       * A party's envelope for a record was removed.
       **/
      EnvelopeRemoved: AugmentedEvent<ApiType, [record: u64, recipient: AccountId32, by: AccountId32], { record: u64, recipient: AccountId32, by: AccountId32 }>;
      /**
       * Envelopes of a patient's records held by `holder` were examined, and those no
       * access justifies any more removed.
       **/
      EnvelopesPruned: AugmentedEvent<ApiType, [patient: H256, holder: AccountId32, examined: u32, removed: u32, last: Option<u64>], { patient: H256, holder: AccountId32, examined: u32, removed: u32, last: Option<u64> }>;
      /**
       * A party replaced its own envelopes after rotating its encryption key.
       **/
      EnvelopesRewrapped: AugmentedEvent<ApiType, [by: AccountId32, patient: H256, key: MedchainPrimitivesEncryptionKey, count: u32], { by: AccountId32, patient: H256, key: MedchainPrimitivesEncryptionKey, count: u32 }>;
      /**
       * A record's key was shared with a party (or the party's envelope replaced).
       **/
      KeyShared: AugmentedEvent<ApiType, [record: u64, recipient: AccountId32, by: AccountId32, replaced: bool], { record: u64, recipient: AccountId32, by: AccountId32, replaced: bool }>;
      /**
       * An erased patient's records were shredded: every key envelope of them (the
       * patient's own and those shared with anyone) deleted.
       **/
      PatientEnvelopesErased: AugmentedEvent<ApiType, [patient: H256, records: u32, removed: u32, complete: bool], { patient: H256, records: u32, removed: u32, complete: bool }>;
      /**
       * A new version of a record was anchored; the previous one is superseded.
       **/
      RecordAmended: AugmentedEvent<ApiType, [record: u64, previous: u64, patient: H256, author: AccountId32], { record: u64, previous: u64, patient: H256, author: AccountId32 }>;
      /**
       * A record was anchored.
       **/
      RecordAnchored: AugmentedEvent<ApiType, [record: u64, patient: H256, author: AccountId32, kind: MedchainPrimitivesRecordsRecordKind], { record: u64, patient: H256, author: AccountId32, kind: MedchainPrimitivesRecordsRecordKind }>;
      /**
       * A record was retracted.
       **/
      RecordRetracted: AugmentedEvent<ApiType, [record: u64, by: AccountId32, reason: PalletRecordsRetractionReason], { record: u64, by: AccountId32, reason: PalletRecordsRetractionReason }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    upgrades: {
      /**
       * Governance authorized the runtime whose wasm code hashes to `code_hash`;
       * `replaced` is the authorization it replaced, if one was pending.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, replaced: Option<H256>], { codeHash: H256, replaced: Option<H256> }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
    validatorSet: {
      /**
       * An account outside the validator set removed its session keys.
       **/
      KeysPurged: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Governance changed the minimum size of the validator set.
       **/
      MinimumValidatorsChanged: AugmentedEvent<ApiType, [minimum: u32], { minimum: u32 }>;
      /**
       * A validator was reported for an offence (a GRANDPA equivocation, through
       * `pallet-offences`). It leaves the set from the next unannounced session unless that
       * would take the set below [`MinimumValidators`]; governance may add it back.
       **/
      OffenderReported: AugmentedEvent<ApiType, [validator: AccountId32, session: u32, removed: bool], { validator: AccountId32, session: u32, removed: bool }>;
      /**
       * Governance changed the session length.
       **/
      SessionLengthChanged: AugmentedEvent<ApiType, [length: u32], { length: u32 }>;
      /**
       * Governance added a validator; it authors from the next unannounced session.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Governance removed a validator; it stops authoring from the next unannounced session.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * A changed validator set was handed to `pallet-session` for a future session.
       **/
      ValidatorSetPlanned: AugmentedEvent<ApiType, [session: u32, validators: u32, withoutKeys: u32], { session: u32, validators: u32, withoutKeys: u32 }>;
    };
  } // AugmentedEvents
} // declare module
