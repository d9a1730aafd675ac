// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, MedchainPrimitivesPeeringNodeId, MedchainPrimitivesPeeringPeeringMode, MedchainRuntimeSessionKeys, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletCollectiveVotes, PalletConsentAuditEntry, PalletConsentGrant, PalletConsentRequest, PalletEmergencyEmergencyEnvelope, PalletEmergencyEmergencyKey, PalletEmergencySession, PalletFreeTierQuota, PalletFreeTierSpent, PalletFreeTierStateQuota, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletPatientsPatient, PalletPatientsRegistrationLimits, PalletPatientsRegistrationWindow, PalletPeeringNode, PalletProvidersOrganization, PalletProvidersPractitioner, PalletRecordsArchive, PalletRecordsArchivedAt, PalletRecordsRecord, PalletTransactionPaymentReleases, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpStakingOffenceOffenceDetails, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    authorship: {
      /**
       * Author of current block.
       **/
      author: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    consent: {
      /**
       * How many grants each patient has in [`ActiveGrants`].
       **/
      activeGrantCount: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * The grants that may still count, by patient and grantee: revoked ones are removed at
       * once, expired ones by [`Pallet::clean_expired`].
       **/
      activeGrants: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Vec<u64>>, [H256, AccountId32]>;
      /**
       * The length of each patient's audit trail.
       **/
      auditLength: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Each patient's audit trail, by position.
       **/
      auditLog: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentAuditEntry>>, [H256, u32]>;
      /**
       * How many grants each patient has had (the length of its [`GrantsOf`]).
       **/
      grantCount: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Every grant ever made (revoked and expired ones too). Ids are chosen by the chain.
       **/
      grants: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentGrant>>, [u64]>;
      /**
       * Each patient's grants by position, in the order they were made, for paging: position
       * `i` holds the id of the patient's `i`-th grant.
       **/
      grantsOf: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [H256, u32]>;
      /**
       * The next grant's id.
       **/
      nextGrantId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The next request's id.
       **/
      nextRequestId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Each patient's pending requests.
       **/
      pendingRequests: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<u64>>, [H256]>;
      /**
       * How many requests have been made to each patient (the length of its [`RequestsOf`]).
       **/
      requestCount: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Every request ever made, with where it stands.
       **/
      requests: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentRequest>>, [u64]>;
      /**
       * Each patient's requests (any status) by position, in the order they were made, for
       * paging: position `i` holds the id of the `i`-th request made to the patient.
       **/
      requestsOf: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [H256, u32]>;
      /**
       * Each patient's first position in [`RequestsOf`] whose request is still stored: the
       * requests before it were deleted after their retention ([`Pallet::clean_requests`]).
       **/
      requestsPruned: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
    };
    council: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    councilMembership: {
      /**
       * The current membership, stored as an ordered Vec.
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The current prime member, if one exists.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    emergency: {
      /**
       * The emergency authorities (emergency-service organizations).
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * Responders barred from opening sessions, with the session found unjustified.
       **/
      barred: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u64>>, [AccountId32]>;
      /**
       * Each record's emergency envelope (its data key wrapped for the patient's emergency
       * key), by patient and record (so that erasure deletes a patient's by prefix). Record
       * ids are chosen by the chain.
       **/
      emergencyEnvelopes: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEmergencyEmergencyEnvelope>>, [H256, u64]>;
      /**
       * Each patient's emergency key and its shares.
       **/
      emergencyKeys: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletEmergencyEmergencyKey>>, [H256]>;
      /**
       * The next session's id.
       **/
      nextSessionId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The latest session of each (patient, responder) pair, until it is closed or cleaned.
       * The access check reads it.
       **/
      openSessions: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<u64>>, [H256, AccountId32]>;
      /**
       * How many sessions each patient has had.
       **/
      patientSessionCount: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Each patient's sessions, by position (for paging).
       **/
      patientSessions: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [H256, u32]>;
      /**
       * Erased patients whose emergency envelopes and sessions are still being deleted and
       * closed (in `on_idle`).
       **/
      pendingErasure: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Null>>, [H256]>;
      /**
       * Key shares released to a session's responder, by authority. Removed when the session
       * is closed or cleaned.
       **/
      releasedShares: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Bytes>>, [u64, AccountId32]>;
      /**
       * Every session ever opened. Ids are chosen by the chain.
       **/
      sessions: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEmergencySession>>, [u64]>;
      /**
       * Each responder's sessions that await review.
       **/
      unreviewed: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<u64>>, [AccountId32]>;
    };
    freeTier: {
      /**
       * The quota of free transactions per account.
       **/
      currentQuota: AugmentedQuery<ApiType, () => Observable<Option<PalletFreeTierQuota>>, []>;
      /**
       * How many bytes of state free transactions may write per window, per account and per
       * organization with its staff. `None`: no limit beyond the transaction quotas.
       **/
      currentStateQuota: AugmentedQuery<ApiType, () => Observable<Option<PalletFreeTierStateQuota>>, []>;
      /**
       * What this block's free transactions consumed: weight (with each one's base extrinsic
       * weight) and encoded length. Reset at the start of every block. The runtime's fee
       * multiplier leaves it out, so that free traffic never raises what paid transactions
       * cost.
       **/
      freeConsumption: AugmentedQuery<ApiType, () => Observable<ITuple<[SpWeightsWeightV2Weight, u32]>>, []>;
      /**
       * The quota an organization and all of its staff share (on top of each one's own
       * [`CurrentQuota`]), for the calls [`Config::Eligibility`] answers
       * [`FreePath::Shared`] for. `None`: no shared limit.
       **/
      sharedQuota: AugmentedQuery<ApiType, () => Observable<Option<PalletFreeTierQuota>>, []>;
      /**
       * Each organization's use of its shared quota. One entry per organization whose staff
       * used the free path.
       **/
      sharedUsage: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletFreeTierSpent>>, [AccountId32]>;
      /**
       * Where `on_idle`'s sweep of ended [`Usage`] windows stands: the last key it examined.
       * `None`: the next sweep starts from the beginning.
       **/
      sweepCursor: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
      /**
       * Each account's use of its quotas. One small entry per account that has used the free
       * path; only registered actors can.
       **/
      usage: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletFreeTierSpent>>, [AccountId32]>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    historical: {
      /**
       * Mapping from historical session indices to session-data root hash and validator count.
       **/
      historicalSessions: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[H256, u32]>>>, [u32]>;
      /**
       * The range of historical sessions we store. [first, last)
       **/
      storedRange: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
    };
    offences: {
      /**
       * A vector of reports of the same kind that happened at the same time slot.
       **/
      concurrentReportsIndex: AugmentedQuery<ApiType, (arg1: U8aFixed | string | Uint8Array, arg2: Bytes | string | Uint8Array) => Observable<Vec<H256>>, [U8aFixed, Bytes]>;
      /**
       * The primary structure that holds all offence records keyed by report identifiers.
       **/
      reports: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<SpStakingOffenceOffenceDetails>>, [H256]>;
    };
    patients: {
      /**
       * Pseudonyms of erased patients, with the block of erasure. They can never be registered
       * again (see the module docs).
       **/
      erased: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u32>>, [H256]>;
      /**
       * The registration limits set by governance; [`Config::DefaultRegistrationLimits`] until
       * then.
       **/
      limits: AugmentedQuery<ApiType, () => Observable<Option<PalletPatientsRegistrationLimits>>, []>;
      /**
       * The registered patients, by pseudonym.
       **/
      patients: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletPatientsPatient>>, [H256]>;
      /**
       * The pseudonym owned by each patient account.
       **/
      pseudonymOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<H256>>, [AccountId32]>;
      /**
       * Registrations made by each practitioner and each organization in its current window
       * (see [`RegistrationLimits`]), and guardians named by each patient. One entry per
       * registrar or patient, so bounded by the registries.
       **/
      registrations: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletPatientsRegistrationWindow>>, [AccountId32]>;
      /**
       * Guardian links, by guardian then patient (the patient's entry holds the same list).
       **/
      wards: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32, H256]>;
    };
    peering: {
      /**
       * Nodes governance removed from an organization: no organization registers them again
       * (their old ownership proofs are public) until governance registers them itself.
       **/
      barred: AugmentedQuery<ApiType, (arg: MedchainPrimitivesPeeringNodeId | string | Uint8Array) => Observable<Option<Null>>, [MedchainPrimitivesPeeringNodeId]>;
      /**
       * The peering mode that every node applies to its network.
       **/
      mode: AugmentedQuery<ApiType, () => Observable<MedchainPrimitivesPeeringPeeringMode>, []>;
      /**
       * How many nodes are registered.
       **/
      nodeCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The registered nodes, by node id.
       **/
      nodes: AugmentedQuery<ApiType, (arg: MedchainPrimitivesPeeringNodeId | string | Uint8Array) => Observable<Option<PalletPeeringNode>>, [MedchainPrimitivesPeeringNodeId]>;
      /**
       * The nodes each organization registered.
       **/
      nodesOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<MedchainPrimitivesPeeringNodeId>>, [AccountId32]>;
      /**
       * How many of them are well-known. A permissioned network keeps at least one.
       **/
      wellKnownCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
    };
    providers: {
      /**
       * The consortium's organizations, by account.
       **/
      organizations: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletProvidersOrganization>>, [AccountId32]>;
      /**
       * The practitioners, by account.
       **/
      practitioners: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletProvidersPractitioner>>, [AccountId32]>;
      /**
       * Index of each organization's practitioners, for paged enumeration by apps
       * (iterate the prefix of the organization's account).
       **/
      staff: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32, AccountId32]>;
    };
    records: {
      /**
       * Archives by root; a root is anchored at most once.
       **/
      archiveByRoot: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]>;
      /**
       * Where each record promoted from an archive was archived.
       **/
      archivedRecords: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordsArchivedAt>>, [u64]>;
      /**
       * The anchored archives: roots over organizations' existing documents (see
       * [`archive`]).
       **/
      archives: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordsArchive>>, [u64]>;
      /**
       * Each record's data key encrypted to the parties it was shared with.
       **/
      envelopes: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Bytes>>, [u64, AccountId32]>;
      /**
       * The current version of each amended version chain, by its first version. Chains never
       * amended have no entry: their only version is current.
       **/
      latestVersion: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]>;
      /**
       * The id the next anchored archive gets.
       **/
      nextArchiveId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next anchored record gets.
       **/
      nextRecordId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Each record's data key encrypted to its patient's X25519 key.
       **/
      patientEnvelopes: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Bytes>>, [H256, u64]>;
      /**
       * How many records each patient has (the length of their [`PatientRecords`] list).
       **/
      patientRecordCount: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Each patient's records in anchoring order, by position: page through positions
       * `from .. from + n`.
       **/
      patientRecords: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [H256, u32]>;
      /**
       * Erased patients whose records are still being shredded (in `on_idle`), with the
       * position in their record list where the next step starts.
       **/
      pendingErasure: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u32>>, [H256]>;
      /**
       * Holders whose key envelopes are still to be examined (in `on_idle`) because their
       * access narrowed or ended, by (holder, patient) — `None` for every patient's records —
       * with the envelope examined last. At most one entry per holder and patient, plus one per
       * holder: a new prune of the same holder and scope restarts it.
       **/
      pendingPrune: AugmentedQuery<ApiType, (arg: ITuple<[AccountId32, Option<H256>]> | [AccountId32 | string | Uint8Array, Option<H256> | null | Uint8Array | H256 | string]) => Observable<Option<Option<ITuple<[H256, u64]>>>>, [ITuple<[AccountId32, Option<H256>]>]>;
      /**
       * Organizations whose staff's key envelopes are still to be examined (in `on_idle`), by
       * (organization, patient) — `None` for every patient's records, after a suspension —
       * with the practitioner handled last. Each step queues up to [`Config::PruneBatch`]
       * practitioners in [`PendingPrune`].
       **/
      pendingStaffPrune: AugmentedQuery<ApiType, (arg: ITuple<[AccountId32, Option<H256>]> | [AccountId32 | string | Uint8Array, Option<H256> | null | Uint8Array | H256 | string]) => Observable<Option<Option<AccountId32>>>, [ITuple<[AccountId32, Option<H256>]>]>;
      /**
       * Records by content hash (salted commitment); a hash is anchored at most once.
       **/
      recordByHash: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]>;
      /**
       * The anchored records. Ids are sequential and chosen by the chain, so the cheaper
       * `Twox64Concat` cannot be steered by users.
       **/
      records: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordsRecord>>, [u64]>;
      /**
       * Index of envelopes by recipient and patient, to remove the envelopes a revoked grant
       * gave without scanning the patient's records.
       **/
      sharedWith: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: H256 | string | Uint8Array, arg3: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, H256, u64]>;
      /**
       * The practitioners holding envelopes of a patient's records that were shared with them
       * while they practised for an organization, by (patient, organization, practitioner):
       * when the organization's access ends, its staff's envelopes are found here. An entry is
       * a hint; it goes when a prune finds the practitioner holds none of the patient's
       * envelopes any more, or at erasure.
       **/
      staffShares: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [H256, AccountId32, AccountId32]>;
      /**
       * The amendments of each version chain, by its first version and version number (2 and
       * up; version 1 is the first version itself), for paging through a chain.
       **/
      versions: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64, u32]>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<MedchainRuntimeSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, MedchainRuntimeSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
    validatorSet: {
      /**
       * How many blocks each validator authored in each of the last
       * [`Config::LivenessHistory`] sessions (noted by `pallet-authorship` at every block). A
       * validator of a session that is missing authored none.
       **/
      authoredBlocks: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u32>, [u32, AccountId32]>;
      /**
       * The index of the current session (as `pallet-session` started it).
       **/
      currentSession: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Block at which the current session started.
       **/
      currentSessionStart: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The smallest the validator set may become. Between 1 and the size of the set.
       **/
      minimumValidators: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The set last handed to `pallet-session`: the approved validators that had session keys
       * at that rotation. A rotation plans a new set when this differs from the approved
       * validators that have keys now.
       **/
      planned: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The session of the last offence handled for each validator reported. `pallet-offences`
       * hands over the earlier offenders of a time slot again with each new one: they are not
       * handled twice (a validator governance restored is not removed again for the same
       * offence).
       **/
      reported: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u32>>, [AccountId32]>;
      /**
       * Length of a session, in blocks.
       **/
      sessionLength: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * True when governance changed [`Validators`] since the last rotation.
       **/
      setChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The validator set approved by governance, in the order it was built. Those with session
       * keys are planned for the next unannounced session whenever they differ from [`Planned`].
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
  } // AugmentedQueries
} // declare module
