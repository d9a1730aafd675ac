// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { MedchainPrimitivesConsentPermission, MedchainPrimitivesConsentPurpose, MedchainPrimitivesConsentScope, MedchainPrimitivesEmergencyPolicy, MedchainPrimitivesEncryptionKey, MedchainPrimitivesOrganizationKind, MedchainPrimitivesPeeringNodeId, MedchainPrimitivesPeeringPeeringMode, MedchainPrimitivesPractitionerRole, MedchainPrimitivesRecordsRecordKind, MedchainPrimitivesStatus, MedchainRuntimeOriginCaller, MedchainRuntimeSessionKeys, PalletBalancesAdjustmentDirection, PalletConsentResearchTerms, PalletEmergencyEmergencyReason, PalletEmergencyKeyShare, PalletPatientsRegistrationLimits, PalletRecordsNewRecord, PalletRecordsRetractionReason, SpConsensusGrandpaEquivocationProof, SpRuntimeMultiSignature, SpSessionMembershipProof, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    consent: {
      /**
       * Approve `request`: the grant it asked for is created, expiring `duration` blocks
       * from now.
       * 
       * Origin: signed by the patient or a guardian. The requester must still be active.
       * 
       * Emits [`Event::RequestApproved`] and [`Event::AccessGranted`]; appends
       * `RequestApproved` and `GrantCreated`.
       * Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
       * [`Error::NotAuthorized`], [`Error::NotActiveProvider`], [`Error::TooManyGrants`].
       **/
      approveRequest: AugmentedSubmittable<(request: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Cancel one's own pending `request`.
       * 
       * Origin: signed by the requester.
       * 
       * Emits [`Event::RequestCancelled`]; appends `RequestCancelled`.
       * Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
       * [`Error::NotRequester`].
       **/
      cancelRequest: AugmentedSubmittable<(request: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Remove up to `limit` expired grants of `patient` from the active index.
       * 
       * Origin: signed by anyone. Expired grants already count for nothing; this frees room
       * and examines up to [`Config::EnvelopeRemovalLimit`] (in all) of the expired
       * grantees' key envelopes for the patient's records, removing each that no remaining
       * access justifies. Each cleaned grant is appended (`GrantExpired`) to the audit
       * trail.
       * 
       * Emits [`Event::ExpiredGrantsCleaned`].
       **/
      cleanExpired: AugmentedSubmittable<(patient: H256 | string | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u32]>;
      /**
       * Expire `patient`'s pending requests older than [`Config::RequestLifetime`], and
       * delete up to `limit` (at most [`Config::MaxCleanRequests`]) of the patient's oldest
       * requests whose retention ([`Config::RequestRetention`] after their lifetime) has
       * passed.
       * 
       * Origin: signed by anyone. Expiring frees room in the pending list; deleting bounds
       * what requests keep in storage. The patient's audit trail keeps every request's
       * entries; a grant made by approving a request keeps its terms.
       * 
       * Emits [`Event::RequestsCleaned`].
       * Errors: [`Error::NothingToClean`].
       **/
      cleanRequests: AugmentedSubmittable<(patient: H256 | string | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u32]>;
      /**
       * Deny `request`.
       * 
       * Origin: signed by the patient or a guardian.
       * 
       * Emits [`Event::RequestDenied`]; appends `RequestDenied`.
       * Errors: [`Error::RequestNotFound`], [`Error::RequestNotPending`],
       * [`Error::NotAuthorized`].
       **/
      denyRequest: AugmentedSubmittable<(request: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Grant `grantee` access to `scope` of `patient`'s records.
       * 
       * Origin: signed by the patient or a guardian. `grantee` is an active practitioner or
       * organization (a grant to an organization covers its active practitioners);
       * `expires_at`, if given, is the first block in which the grant no longer counts.
       * Research access is given only by approving a research request.
       * 
       * Emits [`Event::AccessGranted`]; appends `GrantCreated` to the audit trail.
       * Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`], [`Error::SelfGrant`],
       * [`Error::NotActiveProvider`], [`Error::ResearchNeedsRequest`],
       * [`Error::InvalidScope`], [`Error::ExpiryInPast`], [`Error::TooManyGrants`].
       **/
      grantAccess: AugmentedSubmittable<(patient: H256 | string | Uint8Array, grantee: AccountId32 | string | Uint8Array, scope: MedchainPrimitivesConsentScope | { AllRecords: any } | { Kinds: any } | { Records: any } | string | Uint8Array, permission: MedchainPrimitivesConsentPermission | 'Read' | 'ReadWrite' | number | Uint8Array, purpose: MedchainPrimitivesConsentPurpose | 'Treatment' | 'Payment' | 'Research' | 'Operations' | number | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [H256, AccountId32, MedchainPrimitivesConsentScope, MedchainPrimitivesConsentPermission, MedchainPrimitivesConsentPurpose, Option<u32>]>;
      /**
       * Ask `patient` for access to `scope` for `duration` blocks, for `purpose`.
       * 
       * Origin: signed by an active organization or practitioner. Research requests
       * (`purpose = Research`) come from research bodies or their practitioners, are
       * read-only, and carry `research` terms (ethics approval hash and approving
       * organization); other requests carry none.
       * 
       * Emits [`Event::AccessRequested`]; appends `AccessRequested`.
       * Errors: [`Error::NotActiveProvider`], [`Error::PatientNotFound`],
       * [`Error::InvalidScope`], [`Error::InvalidDuration`],
       * [`Error::ResearchTermsMismatch`], [`Error::NotResearchBody`],
       * [`Error::ResearchIsReadOnly`], [`Error::UnknownEthicsApprover`],
       * [`Error::TooManyPendingRequests`], [`Error::RequesterLimitReached`].
       **/
      requestAccess: AugmentedSubmittable<(patient: H256 | string | Uint8Array, scope: MedchainPrimitivesConsentScope | { AllRecords: any } | { Kinds: any } | { Records: any } | string | Uint8Array, permission: MedchainPrimitivesConsentPermission | 'Read' | 'ReadWrite' | number | Uint8Array, purpose: MedchainPrimitivesConsentPurpose | 'Treatment' | 'Payment' | 'Research' | 'Operations' | number | Uint8Array, duration: u32 | AnyNumber | Uint8Array, research: Option<PalletConsentResearchTerms> | null | Uint8Array | PalletConsentResearchTerms | { ethicsApproval?: any; approvedBy?: any } | string) => SubmittableExtrinsic<ApiType>, [H256, MedchainPrimitivesConsentScope, MedchainPrimitivesConsentPermission, MedchainPrimitivesConsentPurpose, u32, Option<PalletConsentResearchTerms>]>;
      /**
       * Revoke `grant`, at once.
       * 
       * Origin: signed by the patient or a guardian. The grant stays in history with who
       * revoked it and when. Up to [`Config::EnvelopeRemovalLimit`] of the key envelopes of
       * the patient's records held by the grantee (and, for an organization, by its staff)
       * are examined, and each that no remaining access justifies is removed; the records
       * pallet's `prune_envelopes` continues with the rest.
       * 
       * Emits [`Event::AccessRevoked`]; appends `GrantRevoked`.
       * Errors: [`Error::GrantNotFound`], [`Error::NotAuthorized`],
       * [`Error::AlreadyRevoked`].
       **/
      revokeAccess: AugmentedSubmittable<(grant: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Report that the caller read `record` (sent by the reader's client after
       * decrypting it).
       * 
       * Origin: signed by a party who may read the record now.
       * 
       * Emits [`Event::ReadReceipt`]; appends `RecordRead`.
       * Errors: [`Error::RecordNotFound`], [`Error::MayNotRead`].
       **/
      submitReadReceipt: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
    };
    emergency: {
      /**
       * Add `authority`, an active emergency-service organization, to the emergency
       * authorities.
       * 
       * Origin: [`Config::GovernanceOrigin`].
       * 
       * Emits [`Event::AuthorityAdded`].
       * Errors: [`Error::NotEmergencyService`], [`Error::AlreadyAuthority`],
       * [`Error::TooManyAuthorities`].
       **/
      addAuthority: AugmentedSubmittable<(authority: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Approve `session` for an emergency authority. At the patient's threshold the
       * session becomes active for [`Config::SessionDuration`] blocks.
       * 
       * Origin: signed by an active emergency authority or an active call attendant of
       * one; not the responder's own organization.
       * 
       * Emits [`Event::SessionApproved`] (and [`Event::SessionActivated`] at the
       * threshold); appends `SessionApproved` (and `SessionActivated`).
       * Errors: [`Error::NotAuthority`], [`Error::SessionNotFound`],
       * [`Error::SessionNotPending`], [`Error::SessionLapsed`], [`Error::OwnOrganization`],
       * [`Error::AlreadyApproved`].
       **/
      approveSession: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Remove an ended (expired or lapsed) session from the access index and delete the
       * key shares released for it. The session itself stays, as history.
       * 
       * Origin: signed by anyone.
       * 
       * The responder's unjustified envelopes are examined as in
       * [`close_session`](Pallet::close_session).
       * 
       * Emits [`Event::SessionCleaned`].
       * Errors: [`Error::SessionNotFound`], [`Error::SessionNotEnded`],
       * [`Error::NothingToClean`].
       **/
      cleanSession: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Close `session` early (pending or active). Released key shares are removed.
       * 
       * Origin: [`Config::GovernanceOrigin`], or signed by the responder, the patient or a
       * guardian.
       * 
       * Up to [`Config::EnvelopePruneLimit`] of the key envelopes of the patient's records
       * handed to the responder are examined, and those nothing else justifies removed.
       * 
       * Emits [`Event::SessionClosed`]; appends `SessionClosed`.
       * Errors: [`Error::SessionNotFound`], [`Error::NotAuthorized`],
       * [`Error::SessionEnded`].
       **/
      closeSession: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Lift `responder`'s bar (after an unjustified finding) so they may open sessions
       * again. Their suspension in the registry is lifted separately, by their
       * organization or governance.
       * 
       * Origin: [`Config::GovernanceOrigin`].
       * 
       * Emits [`Event::BarLifted`].
       * Errors: [`Error::NotBarred`].
       **/
      liftBar: AugmentedSubmittable<(responder: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Open a break-glass session on `patient`'s records, for `reason`, with the hash of
       * the written `justification`.
       * 
       * Origin: signed by an active emergency responder or physician who is not barred, has
       * no overdue review and fewer than [`Config::MaxUnreviewed`] unreviewed sessions. The
       * patient's policy must allow break-glass, and enough active authorities other than
       * the responder's organization must exist to reach the threshold. An ended session of
       * the responder on the patient that was never cleaned is cleaned first, as by
       * [`clean_session`](Pallet::clean_session).
       * 
       * Emits [`Event::SessionOpened`]; appends `SessionOpened`.
       * Errors: [`Error::NotResponder`], [`Error::Barred`], [`Error::ReviewOverdue`],
       * [`Error::TooManyUnreviewed`], [`Error::MissingJustification`],
       * [`Error::PatientNotFound`], [`Error::BreakGlassForbidden`],
       * [`Error::SessionAlreadyOpen`], [`Error::ThresholdTooHigh`],
       * [`Error::NotEnoughAuthorities`].
       **/
      openSession: AugmentedSubmittable<(patient: H256 | string | Uint8Array, reason: PalletEmergencyEmergencyReason | 'EmergencyTreatment' | 'EmergencyRoomTreatment' | 'BreakTheGlass' | 'Threat' | 'Disaster' | number | Uint8Array, justification: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, PalletEmergencyEmergencyReason, H256]>;
      /**
       * Post emergency envelopes for `patient`'s records: each record's data key wrapped
       * for the patient's emergency key of `version`, which must be the current one. A
       * record's earlier envelope is replaced.
       * 
       * Origin: signed by the patient, a guardian, or the author of every listed record.
       * The emergency key must exist and not be exposed.
       * 
       * Emits [`Event::EmergencyEnvelopesPosted`]; appends `EmergencyEnvelopesPosted`.
       * Errors: [`Error::NoEnvelopes`], [`Error::NoEmergencyKey`],
       * [`Error::KeyVersionChanged`], [`Error::EmergencyKeyExposed`],
       * [`Error::RecordNotFound`], [`Error::WrongPatient`], [`Error::NotAuthorized`],
       * [`Error::EmptyCiphertext`].
       **/
      postEmergencyEnvelopes: AugmentedSubmittable<(patient: H256 | string | Uint8Array, version: u32 | AnyNumber | Uint8Array, envelopes: Vec<ITuple<[u64, Bytes]>> | ([u64 | AnyNumber | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [H256, u32, Vec<ITuple<[u64, Bytes]>>]>;
      /**
       * Release an authority's share of the patient's emergency key to the responder of
       * active `session`: `share` is the authority's share, re-encrypted to the responder's
       * registered X25519 key. Marks the emergency key exposed.
       * 
       * Origin: signed by an emergency authority that approved the session (or an active
       * call attendant of it) and holds a share of the patient's current emergency key.
       * 
       * Emits [`Event::KeyShareReleased`]; appends `KeyShareReleased`.
       * Errors: [`Error::NotAuthority`], [`Error::SessionNotFound`],
       * [`Error::SessionNotActive`], [`Error::DidNotApprove`], [`Error::NoEmergencyKey`],
       * [`Error::NoShareHeld`], [`Error::AlreadyReleased`], [`Error::EmptyCiphertext`].
       **/
      releaseKeyShare: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array, share: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Remove `authority` from the emergency authorities. Its approvals already given
       * stay; it approves nothing more and releases no shares. Patients whose emergency
       * key it holds a share of should rotate their key.
       * 
       * Origin: [`Config::GovernanceOrigin`].
       * 
       * Emits [`Event::AuthorityRemoved`].
       * Errors: [`Error::NotAuthority`].
       **/
      removeAuthority: AugmentedSubmittable<(authority: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Review ended `session`: `justified` or not, with the hash of the written
       * `finding`. An unjustified finding bars the responder from opening sessions and
       * suspends them in the provider registry (which removes the key envelopes they may no
       * longer use, as any suspension does).
       * 
       * Origin: [`Config::GovernanceOrigin`], or signed by an active auditor of an
       * organization other than the responder's.
       * 
       * The responder's unjustified envelopes are examined as in
       * [`close_session`](Pallet::close_session).
       * 
       * Emits [`Event::SessionReviewed`]; appends `SessionReviewed`.
       * Errors: [`Error::SessionNotFound`], [`Error::NotAuditor`],
       * [`Error::AuditorNotIndependent`], [`Error::SessionNotEnded`],
       * [`Error::AlreadyReviewed`].
       **/
      reviewSession: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array, justified: bool | boolean | Uint8Array, finding: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, bool, H256]>;
      /**
       * Set (or rotate) `patient`'s emergency key: the X25519 public `key` and the
       * encrypted `shares` of its private key, one per emergency authority, `threshold` of
       * which rebuild it. Rotation makes earlier emergency envelopes stale (they must be
       * posted again for the new key).
       * 
       * Origin: signed by the patient or a guardian. Every share holder is a current
       * emergency authority, each once; the threshold is exactly the patient's approval
       * threshold (never below the consortium minimum: a session gathers that many
       * approvals, so that many shares can be released) and at most the number of shares.
       * 
       * Emits [`Event::EmergencyKeySet`]; appends `EmergencyKeySet`.
       * Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
       * [`Error::UnusableKey`], [`Error::ShareHolderNotAuthority`],
       * [`Error::DuplicateShareHolder`], [`Error::EmptyCiphertext`],
       * [`Error::ThresholdBelowPolicy`], [`Error::ThresholdAbovePolicy`],
       * [`Error::NotEnoughShares`], [`Error::Overflow`].
       **/
      setEmergencyKey: AugmentedSubmittable<(patient: H256 | string | Uint8Array, key: MedchainPrimitivesEncryptionKey | string | Uint8Array, threshold: u8 | AnyNumber | Uint8Array, shares: Vec<PalletEmergencyKeyShare> | (PalletEmergencyKeyShare | { authority?: any; ciphertext?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [H256, MedchainPrimitivesEncryptionKey, u8, Vec<PalletEmergencyKeyShare>]>;
    };
    freeTier: {
      /**
       * Set the quota: `calls` free transactions per account per `window` blocks.
       * 
       * Origin: [`Config::GovernanceOrigin`]. `calls = 0` turns the free path off.
       * Windows already running keep their start; the new numbers apply from the next
       * transaction.
       * 
       * Emits [`Event::QuotaSet`].
       * Errors: [`Error::TooManyCalls`], [`Error::InvalidWindow`].
       **/
      setQuota: AugmentedSubmittable<(calls: u32 | AnyNumber | Uint8Array, window: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Set the shared quota: `calls` free transactions per `window` blocks for an
       * organization and all of its staff together.
       * 
       * Origin: [`Config::GovernanceOrigin`]. It bounds an organization's free traffic
       * however many practitioners it registers. Windows already running keep their
       * start.
       * 
       * Emits [`Event::SharedQuotaSet`].
       * Errors: [`Error::TooManyCalls`], [`Error::InvalidWindow`].
       **/
      setSharedQuota: AugmentedSubmittable<(calls: u32 | AnyNumber | Uint8Array, window: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Set the state quota: free transactions may write at most `per_patient` bytes of
       * new state per account on the own path (patients' and guardians' calls),
       * `per_provider` per account for calls made as a provider, and `per_organization`
       * per organization and all of its staff together, per `window` blocks. Each transaction counts at the most its call
       * can write; one that would go over pays, or is refused if its sender has no funds.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Windows already running keep their start.
       * 
       * Emits [`Event::StateQuotaSet`].
       * Errors: [`Error::TooManyBytes`], [`Error::InvalidWindow`].
       **/
      setStateQuota: AugmentedSubmittable<(perPatient: u32 | AnyNumber | Uint8Array, perProvider: u32 | AnyNumber | Uint8Array, perOrganization: u32 | AnyNumber | Uint8Array, window: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32, u32, u32]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
    };
    patients: {
      /**
       * Name `guardian` as a guardian of the caller, with the guardian's acceptance.
       * 
       * Origin: signed by a patient's own account. `acceptance` is the guardian account's
       * signature over [`guardian_payload`] for this chain, the caller's pseudonym, the
       * guardian's current nonce and `deadline`; it is valid up to and including block
       * `deadline`, which lies at most [`Config::MaxConsentValidity`] blocks ahead. Nobody
       * becomes a guardian without agreeing to it. The guardian's account gets a sufficient
       * reference (for life, see [`Pallet::keep_account`]) so that it can sign without
       * tokens, in the patient's matters only: a guardian-only account's own `register` is
       * not free.
       * 
       * Emits [`Event::GuardianAdded`].
       * A patient names at most [`Config::MaxGuardians`] guardians per registration window
       * (each guardian's account is kept for life).
       * 
       * Errors: [`Error::NotPatient`], [`Error::SelfGuardian`], [`Error::AlreadyGuardian`],
       * [`Error::ConsentExpired`], [`Error::ConsentTooLong`], [`Error::BadAcceptance`],
       * [`Error::GuardianAdditionLimit`], [`Error::TooManyGuardians`].
       **/
      addGuardian: AugmentedSubmittable<(guardian: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, deadline: u32 | AnyNumber | Uint8Array, acceptance: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u32, SpRuntimeMultiSignature]>;
      /**
       * Erase the caller's patient entry (right to erasure).
       * 
       * Origin: signed by a patient's own account. Removes the account link, the key, the
       * policy and the guardians; tells [`Config::OnPatientErased`] (the records pallet
       * deletes the key envelopes addressed to the patient); keeps the pseudonym as a
       * tombstone. See the module docs for exactly what remains.
       * 
       * Emits [`Event::PatientErased`].
       * Errors: [`Error::NotPatient`].
       **/
      deregister: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Register the caller as a patient under `pseudonym`.
       * 
       * Origin: signed by the patient's own account, which must not own a patient entry.
       * `pseudonym` is a keyed or salted hash (see the module docs); `encryption_key` the
       * patient's X25519 key; `emergency_policy` whether break-glass is allowed and how
       * many approvals it needs.
       * 
       * Emits [`Event::PatientRegistered`].
       * Errors: [`Error::AlreadyRegistered`], [`Error::PseudonymTaken`],
       * [`Error::PseudonymErased`], [`Error::UnusableKey`], [`Error::TooFewApprovals`],
       * [`Error::TooManyApprovals`].
       **/
      register: AugmentedSubmittable<(pseudonym: H256 | string | Uint8Array, encryptionKey: MedchainPrimitivesEncryptionKey | string | Uint8Array, emergencyPolicy: MedchainPrimitivesEmergencyPolicy | { allowed?: any; requiredApprovals?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, MedchainPrimitivesEncryptionKey, MedchainPrimitivesEmergencyPolicy]>;
      /**
       * Register `patient` under `pseudonym` on the patient's behalf.
       * 
       * Origin: signed by an active practitioner with a clinical role. `signature` is the
       * patient account's signature over [`registration_payload`] for this chain, this
       * practitioner as registrar, `deadline` and these arguments; it is valid up to and
       * including block `deadline`, which lies at most [`Config::MaxConsentValidity`]
       * blocks ahead. The patient's account owns the entry. The practitioner's organization
       * is recorded as the registering organization.
       * 
       * A practitioner, and the practitioners of one organization together, register at most
       * as many patients per window as the [`Limits`] allow: this is what bounds the number
       * of patient accounts that transact without tokens.
       * 
       * Emits [`Event::PatientRegistered`].
       * Errors: [`Error::NotPractitioner`], [`Error::RoleNotAllowed`],
       * [`Error::ConsentExpired`], [`Error::ConsentTooLong`], [`Error::BadSignature`],
       * [`Error::PractitionerRegistrationLimit`], [`Error::OrganizationRegistrationLimit`],
       * and those of [`register`](Pallet::register).
       **/
      registerFor: AugmentedSubmittable<(patient: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, pseudonym: H256 | string | Uint8Array, encryptionKey: MedchainPrimitivesEncryptionKey | string | Uint8Array, emergencyPolicy: MedchainPrimitivesEmergencyPolicy | { allowed?: any; requiredApprovals?: any } | string | Uint8Array, deadline: u32 | AnyNumber | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256, MedchainPrimitivesEncryptionKey, MedchainPrimitivesEmergencyPolicy, u32, SpRuntimeMultiSignature]>;
      /**
       * Remove `guardian` from `patient`'s guardians.
       * 
       * Origin: signed by the patient (any guardian) or by `guardian` itself (stepping
       * down).
       * 
       * The key envelopes of the patient's records held by the former guardian that nothing
       * else justifies are removed (up to [`Config::EnvelopePruneLimit`] at once, the rest
       * in later blocks).
       * 
       * Emits [`Event::GuardianRemoved`].
       * Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`], [`Error::NotGuardian`].
       **/
      removeGuardian: AugmentedSubmittable<(patient: H256 | string | Uint8Array, guardian: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, MultiAddress]>;
      /**
       * Replace the caller's X25519 key.
       * 
       * Origin: signed by a patient's own account. Envelopes already addressed to the old
       * key stay as they are; re-wrapping them is the client's job.
       * 
       * Emits [`Event::EncryptionKeyRotated`].
       * Errors: [`Error::NotPatient`], [`Error::UnusableKey`], [`Error::KeyUnchanged`].
       **/
      rotateEncryptionKey: AugmentedSubmittable<(key: MedchainPrimitivesEncryptionKey | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesEncryptionKey]>;
      /**
       * Set `patient`'s break-glass policy.
       * 
       * Origin: signed by the patient or one of their guardians. `required_approvals` must
       * lie between [`Config::MinEmergencyApprovals`] and
       * [`Config::MaxEmergencyApprovals`], also when break-glass is not allowed.
       * 
       * Emits [`Event::EmergencyPolicyChanged`].
       * Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
       * [`Error::TooFewApprovals`], [`Error::TooManyApprovals`], [`Error::PolicyUnchanged`].
       **/
      setEmergencyPolicy: AugmentedSubmittable<(patient: H256 | string | Uint8Array, policy: MedchainPrimitivesEmergencyPolicy | { allowed?: any; requiredApprovals?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, MedchainPrimitivesEmergencyPolicy]>;
      /**
       * Set the limits on [`register_for`](Pallet::register_for).
       * 
       * Origin: [`Config::GovernanceOrigin`]. Windows already running keep their start; the
       * new counts apply to them at once.
       * 
       * Emits [`Event::RegistrationLimitsSet`].
       * Errors: [`Error::InvalidRegistrationLimits`].
       **/
      setRegistrationLimits: AugmentedSubmittable<(limits: PalletPatientsRegistrationLimits | { perPractitioner?: any; perOrganization?: any; window?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletPatientsRegistrationLimits]>;
    };
    peering: {
      /**
       * Register one of the calling organization's nodes.
       * 
       * Origin: signed by an active organization. `proof` is the ed25519 signature, by the
       * node's key, of [`medchain_primitives::ownership_message`]`(genesis hash, node,
       * caller)` (`medchain-node node-ownership` prints it): nobody registers a node whose
       * key it does not hold, and a proof made for another chain is worth nothing here. The
       * node is authorized while the organization is active.
       * 
       * Emits [`Event::NodeAdded`].
       * Errors: [`Error::NotActiveOrganization`], [`Error::BadOwnershipProof`],
       * [`Error::AlreadyRegistered`], [`Error::NodeBarred`], [`Error::TooManyNodes`],
       * [`Error::TooManyNodesForOrganization`].
       **/
      addNode: AugmentedSubmittable<(node: MedchainPrimitivesPeeringNodeId | string | Uint8Array, proof: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesPeeringNodeId, U8aFixed]>;
      /**
       * Register a well-known node: a validator's, a public RPC node or another node the
       * consortium relies on. It is always authorized and only governance removes it.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Lifts a bar on the node.
       * 
       * Emits [`Event::NodeAdded`].
       * Errors: [`Error::AlreadyRegistered`], [`Error::TooManyNodes`].
       **/
      addWellKnownNode: AugmentedSubmittable<(node: MedchainPrimitivesPeeringNodeId | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesPeeringNodeId]>;
      /**
       * Remove a node; the other nodes drop it at their next finalized block.
       * 
       * Origin: [`Config::GovernanceOrigin`] (any node), or signed by the organization
       * that registered the node with [`Pallet::add_node`] (also while suspended). An
       * organization's node that governance removes is barred: no organization registers
       * it again until governance registers it as a well-known node.
       * 
       * Emits [`Event::NodeRemoved`].
       * Errors: [`Error::NodeNotFound`], [`Error::NotOwner`], [`Error::NoWellKnownNodes`]
       * (the last well-known node of a permissioned network).
       **/
      removeNode: AugmentedSubmittable<(node: MedchainPrimitivesPeeringNodeId | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesPeeringNodeId]>;
      /**
       * Set the peering mode: `Permissioned` (only authorized nodes connect) or `Open`.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Register every validator's node as a
       * well-known node before switching to `Permissioned`: a node that is not authorized
       * is cut off.
       * 
       * Emits [`Event::PeeringModeSet`].
       * Errors: [`Error::ModeUnchanged`], [`Error::NoWellKnownNodes`].
       **/
      setPeeringMode: AugmentedSubmittable<(mode: MedchainPrimitivesPeeringPeeringMode | 'Open' | 'Permissioned' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesPeeringPeeringMode]>;
    };
    providers: {
      /**
       * Register `organization` as a consortium member of `kind`, active at once.
       * 
       * Origin: [`Config::GovernanceOrigin`]. `encryption_key` is the organization's X25519
       * key; `credential` the hash of its licence or accreditation.
       * 
       * Emits [`Event::OrganizationRegistered`].
       * Errors: [`Error::AlreadyRegistered`], [`Error::UnusableKey`].
       **/
      registerOrganization: AugmentedSubmittable<(organization: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, kind: MedchainPrimitivesOrganizationKind | 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Insurer' | 'ResearchBody' | 'EmergencyService' | number | Uint8Array, encryptionKey: MedchainPrimitivesEncryptionKey | string | Uint8Array, credential: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedchainPrimitivesOrganizationKind, MedchainPrimitivesEncryptionKey, H256]>;
      /**
       * Register `practitioner` as a member of the caller's staff with `role`.
       * 
       * Origin: signed by an active organization whose kind may employ `role`.
       * `encryption_key` is the practitioner's X25519 key (generated on their device);
       * `credential` the hash of their licence.
       * 
       * Emits [`Event::PractitionerRegistered`].
       * Errors: [`Error::OrganizationNotFound`], [`Error::OrganizationSuspended`],
       * [`Error::RoleNotAllowed`], [`Error::AlreadyRegistered`], [`Error::UnusableKey`],
       * [`Error::TooManyPractitioners`].
       **/
      registerPractitioner: AugmentedSubmittable<(practitioner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, role: MedchainPrimitivesPractitionerRole | 'Physician' | 'Nurse' | 'LabTechnician' | 'Pharmacist' | 'EmergencyResponder' | 'EmergencyCallAttendant' | 'Researcher' | 'Auditor' | number | Uint8Array, encryptionKey: MedchainPrimitivesEncryptionKey | string | Uint8Array, credential: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedchainPrimitivesPractitionerRole, MedchainPrimitivesEncryptionKey, H256]>;
      /**
       * Remove an organization that has no practitioners left.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Remove (or let the organization remove) its
       * practitioners first, so that none is left pointing at a missing organization.
       * [`Config::OnOrganizationRemoved`] and [`Config::OnProviderDeactivated`] are told.
       * Grants made to the organization never
       * count again, even if the account is registered anew (they are bound to the
       * registration).
       * 
       * Emits [`Event::OrganizationRemoved`].
       * Errors: [`Error::OrganizationNotFound`], [`Error::HasPractitioners`].
       **/
      removeOrganization: AugmentedSubmittable<(organization: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove a practitioner from the registry.
       * 
       * Origin: signed by the practitioner's organization, or [`Config::GovernanceOrigin`].
       * What the practitioner did (anchors, audit entries) stays on-chain under their
       * account.
       * 
       * [`Config::OnProviderDeactivated`] is told.
       * 
       * Emits [`Event::PractitionerRemoved`].
       * Errors: [`Error::PractitionerNotFound`], [`Error::NotEmployer`].
       **/
      removePractitioner: AugmentedSubmittable<(practitioner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Replace the caller's X25519 key.
       * 
       * Origin: signed by a registered organization or practitioner (active or suspended:
       * a suspended party may still need to replace a compromised key). Envelopes already
       * addressed to the old key stay as they are; re-wrapping them is the client's job.
       * 
       * Emits [`Event::EncryptionKeyRotated`].
       * Errors: [`Error::NotRegistered`], [`Error::UnusableKey`], [`Error::KeyUnchanged`].
       **/
      rotateEncryptionKey: AugmentedSubmittable<(key: MedchainPrimitivesEncryptionKey | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainPrimitivesEncryptionKey]>;
      /**
       * Replace the hash of an organization's licence or accreditation.
       * 
       * Origin: [`Config::GovernanceOrigin`].
       * 
       * Emits [`Event::OrganizationCredentialChanged`].
       * Errors: [`Error::OrganizationNotFound`], [`Error::CredentialUnchanged`].
       **/
      setOrganizationCredential: AugmentedSubmittable<(organization: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, credential: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Suspend (`Suspended`) or reactivate (`Active`) an organization.
       * 
       * Origin: [`Config::GovernanceOrigin`]. While suspended, none of the organization's
       * practitioners is active and it cannot register new ones. On suspension
       * [`Config::OnProviderDeactivated`] is told: the key envelopes that the organization
       * and its staff hold and no access justifies any more are removed (a first part at
       * once, the rest in later blocks). Registrations are not deleted; a reactivated
       * organization's staff need their keys shared again.
       * 
       * Emits [`Event::OrganizationStatusChanged`].
       * Errors: [`Error::OrganizationNotFound`], [`Error::StatusUnchanged`].
       **/
      setOrganizationStatus: AugmentedSubmittable<(organization: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, status: MedchainPrimitivesStatus | 'Active' | 'Suspended' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedchainPrimitivesStatus]>;
      /**
       * Replace the hash of a practitioner's licence or credential.
       * 
       * Origin: signed by the practitioner's organization.
       * 
       * Emits [`Event::PractitionerCredentialChanged`].
       * Errors: [`Error::PractitionerNotFound`], [`Error::NotEmployer`],
       * [`Error::CredentialUnchanged`].
       **/
      setPractitionerCredential: AugmentedSubmittable<(practitioner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, credential: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Suspend or reactivate a practitioner.
       * 
       * Origin: signed by the practitioner's organization, or [`Config::GovernanceOrigin`].
       * On suspension [`Config::OnProviderDeactivated`] is told.
       * 
       * Emits [`Event::PractitionerStatusChanged`].
       * Errors: [`Error::PractitionerNotFound`], [`Error::NotEmployer`],
       * [`Error::StatusUnchanged`].
       **/
      setPractitionerStatus: AugmentedSubmittable<(practitioner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, status: MedchainPrimitivesStatus | 'Active' | 'Suspended' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedchainPrimitivesStatus]>;
    };
    records: {
      /**
       * Anchor a new version of `previous`, which becomes superseded.
       * 
       * Origin: signed by an account that may write for the record's patient. `previous`
       * must be the current version of its chain and not retracted. The other arguments are
       * those of [`anchor_record`](Pallet::anchor_record), for the new version.
       * 
       * Emits [`Event::RecordAmended`].
       * Errors: [`Error::RecordNotFound`], [`Error::AlreadySuperseded`],
       * [`Error::Retracted`], [`Error::PatientNotFound`], [`Error::NotAuthorized`], and
       * those of `anchor_record`.
       **/
      amendRecord: AugmentedSubmittable<(previous: u64 | AnyNumber | Uint8Array, contentHash: H256 | string | Uint8Array, cid: Bytes | string | Uint8Array, kind: MedchainPrimitivesRecordsRecordKind | { ClinicalNote: any } | { LabResult: any } | { Imaging: any } | { Prescription: any } | { Diagnosis: any } | { VitalSigns: any } | { DischargeSummary: any } | { Other: any } | { Fhir: any } | string | Uint8Array, patientEnvelope: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256, Bytes, MedchainPrimitivesRecordsRecordKind, Bytes]>;
      /**
       * Anchor an archive: `root` is the RFC 9162 Merkle Tree Hash over `leaves` documents'
       * salted commitments (see [`archive`]). One transaction commits to an organization's
       * existing documents, however many; nothing about them but the root and the count
       * goes on chain. Each document is later proved with its index and path
       * ([`Pallet::verify_archived`], the `ArchivesApi` runtime API) and may be promoted
       * to a full record ([`Pallet::promote_archived`]).
       * 
       * Origin: signed by an active organization.
       * 
       * Emits [`Event::ArchiveAnchored`].
       * Errors: [`Error::NotAnOrganization`], [`Error::EmptyArchive`],
       * [`Error::ArchiveAlreadyAnchored`], [`Error::ArchiveOverflow`].
       **/
      anchorArchive: AugmentedSubmittable<(root: H256 | string | Uint8Array, leaves: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u64]>;
      /**
       * Anchor a record of `patient`.
       * 
       * Origin: signed by an account that [`Config::Access`] lets write for the patient (in
       * MedChain: the patient, a holder of a read-write grant, or a break-glass session).
       * `content_hash` is the salted commitment
       * `SHA-256(salt ‖ plaintext)`; `cid` the binary CID of the encrypted file;
       * `patient_envelope` the record's data key encrypted to the patient's X25519 key.
       * 
       * Emits [`Event::RecordAnchored`] with the new record's id.
       * Errors: [`Error::PatientNotFound`], [`Error::NotAuthorized`],
       * [`Error::AlreadyAnchored`], [`Error::InvalidKind`], [`Error::EmptyEnvelope`], the
       * CID errors, [`Error::Overflow`].
       **/
      anchorRecord: AugmentedSubmittable<(patient: H256 | string | Uint8Array, contentHash: H256 | string | Uint8Array, cid: Bytes | string | Uint8Array, kind: MedchainPrimitivesRecordsRecordKind | { ClinicalNote: any } | { LabResult: any } | { Imaging: any } | { Prescription: any } | { Diagnosis: any } | { VitalSigns: any } | { DischargeSummary: any } | { Other: any } | { Fhir: any } | string | Uint8Array, patientEnvelope: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, H256, Bytes, MedchainPrimitivesRecordsRecordKind, Bytes]>;
      /**
       * Anchor several records in one transaction: each as
       * [`anchor_record`](Pallet::anchor_record) would, in order, with its own access check,
       * envelope, audit entry and [`Event::RecordAnchored`]. All or none: if one fails, the
       * call anchors nothing.
       * 
       * Origin: signed by an account that may write for each record's patient (records of
       * several patients may share a batch). At most [`Config::MaxAnchorBatch`] records.
       * 
       * Emits [`Event::RecordAnchored`] per record.
       * Errors: [`Error::EmptyBatch`], and those of `anchor_record` (for the first record
       * that fails; a content hash listed twice fails as [`Error::AlreadyAnchored`]).
       **/
      anchorRecords: AugmentedSubmittable<(records: Vec<PalletRecordsNewRecord> | (PalletRecordsNewRecord | { patient?: any; contentHash?: any; cid?: any; kind?: any; patientEnvelope?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<PalletRecordsNewRecord>]>;
      /**
       * Promote an archived document to a record, when it is shared: `record` is anchored as
       * [`anchor_record`](Pallet::anchor_record) would anchor it (the same access check for
       * its patient, envelope, audit entry and [`Event::RecordAnchored`]), after its
       * `content_hash` was proved to be leaf `index` of `archive` by `path`. The record
       * then says where it was archived, so the document's existence dates from the
       * archive, not the promotion. A document is promoted at most once (a content hash is
       * anchored once).
       * 
       * Origin: signed by the archive's organization or an active practitioner of it, who
       * may write for the record's patient.
       * 
       * Emits [`Event::RecordAnchored`] and [`Event::ArchivedDocumentPromoted`].
       * Errors: [`Error::ArchiveNotFound`], [`Error::NotArchiveOrganization`],
       * [`Error::IndexOutOfRange`], [`Error::InvalidArchiveProof`], and those of
       * `anchor_record`.
       **/
      promoteArchived: AugmentedSubmittable<(archive: u64 | AnyNumber | Uint8Array, index: u64 | AnyNumber | Uint8Array, path: Vec<H256> | (H256 | string | Uint8Array)[], record: PalletRecordsNewRecord | { patient?: any; contentHash?: any; cid?: any; kind?: any; patientEnvelope?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64, Vec<H256>, PalletRecordsNewRecord]>;
      /**
       * Examine up to [`Config::PruneBatch`] of the envelopes of `patient`'s records held by
       * `holder`, after record `start_after` (in the index's order; `None` from the first),
       * and remove each that the access check ([`Config::Access`]) no longer justifies.
       * 
       * Origin: signed by anyone: it only removes keys nobody may use. It continues what a
       * revocation or an expiry clean-up left (they examine a bounded number), and removes
       * the envelopes of a suspended or removed practitioner or organization or of a
       * responder after its session. The envelope query already answers nothing to a
       * holder that may not read.
       * 
       * Emits [`Event::EnvelopesPruned`] (with the record to continue after).
       * Errors: [`Error::NothingToPrune`] (charged only the lookup).
       **/
      pruneEnvelopes: AugmentedSubmittable<(patient: H256 | string | Uint8Array, holder: AccountId32 | string | Uint8Array, startAfter: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [H256, AccountId32, Option<u64>]>;
      /**
       * Remove `recipient`'s envelope for `record`.
       * 
       * Origin: signed by the patient, a guardian of the patient, or the record's author.
       * Removing the envelope stops the chain from handing the key out; a party that
       * already decrypted the record keeps what it read.
       * 
       * Emits [`Event::EnvelopeRemoved`]; appends `EnvelopeRemoved` to the patient's audit
       * trail.
       * Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
       * [`Error::EnvelopeNotFound`].
       **/
      removeEnvelope: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array, recipient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * Mark `record` retracted for `reason`. It stays anchored and provable.
       * 
       * Origin: signed by the record's author or the patient's own account.
       * 
       * Emits [`Event::RecordRetracted`].
       * Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
       * [`Error::AlreadyRetracted`].
       **/
      retractRecord: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array, reason: PalletRecordsRetractionReason | 'EnteredInError' | 'WrongPatient' | 'Duplicate' | 'PatientRequest' | 'Other' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletRecordsRetractionReason]>;
      /**
       * Replace the caller's own key envelopes of `patient`'s records with new ones sealed to
       * `key`, after the caller rotated its encryption key.
       * 
       * Origin: signed. If the caller is `patient`'s own account, the patient's envelope of
       * each record is replaced, and `key` must be the patient's registered key. Otherwise
       * the envelope shared with the caller is replaced: it must exist, the caller must
       * still be allowed to read the record ([`Config::Access`]), and `key` must be its
       * registered provider key. Nobody else's envelope changes and nobody gains access: a
       * party only re-seals a key it already holds. Every record must be `patient`'s (one
       * patient per call bounds the access checks). A batch is applied whole or not at all.
       * 
       * Emits [`Event::EnvelopesRewrapped`].
       * Errors: [`Error::NothingToRewrap`], [`Error::KeyChanged`],
       * [`Error::RecordListedTwice`], [`Error::EmptyEnvelope`], [`Error::RecordNotFound`],
       * [`Error::WrongPatient`], [`Error::EnvelopeNotFound`],
       * [`Error::RecipientMayNotRead`].
       **/
      rewrapEnvelopes: AugmentedSubmittable<(patient: H256 | string | Uint8Array, key: MedchainPrimitivesEncryptionKey | string | Uint8Array, envelopes: Vec<ITuple<[u64, Bytes]>> | ([u64 | AnyNumber | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [H256, MedchainPrimitivesEncryptionKey, Vec<ITuple<[u64, Bytes]>>]>;
      /**
       * Store `record`'s data key encrypted to `recipient`'s X25519 key, replacing an
       * earlier envelope for the same party (after a key rotation, say).
       * 
       * Origin: signed by the patient, a guardian of the patient, or the record's author.
       * The recipient must have a registered key and be allowed to read the record by
       * [`Config::Access`].
       * 
       * Emits [`Event::KeyShared`]; appends `KeyShared` to the patient's audit trail.
       * Errors: [`Error::RecordNotFound`], [`Error::NotAuthorized`],
       * [`Error::RecipientHasNoKey`], [`Error::RecipientMayNotRead`],
       * [`Error::EmptyEnvelope`], [`Error::TooManyEnvelopes`].
       **/
      shareKey: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array, recipient: AccountId32 | string | Uint8Array, envelope: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, Bytes]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: MedchainRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeSessionKeys, Bytes]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    upgrades: {
      /**
       * Authorize the runtime upgrade to the wasm code whose BLAKE2-256 hash is
       * `code_hash`, with `frame-system`'s version check (same spec name, higher
       * `spec_version`). Anyone may then apply it with
       * `system.apply_authorized_upgrade(code)`.
       * 
       * The origin must be [`Config::UpgradeOrigin`]. Replaces a pending authorization.
       * 
       * Emits [`Event::UpgradeAuthorized`] and `frame-system`'s `UpgradeAuthorized`.
       * 
       * Fails with [`Error::AlreadyAuthorized`] if `code_hash` is already authorized with
       * the version check.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: MedchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: MedchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    validatorSet: {
      /**
       * Add `validator` to the validator set.
       * 
       * Origin: [`Config::GovernanceOrigin`]. The account must have registered session keys.
       * The new validator authors from the next session that has not already been announced.
       * 
       * Emits [`Event::ValidatorAdded`].
       * Errors: [`Error::AlreadyValidator`], [`Error::TooManyValidators`],
       * [`Error::SessionKeysNotSet`].
       **/
      addValidator: AugmentedSubmittable<(validator: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the caller's session keys and release their deposit.
       * 
       * Origin: signed, by an account that is not in the validator set. This replaces
       * `session.purge_keys`, which the runtime filters out: a validator that could drop its
       * own keys would leave the authority set at the next rotation without governance, below
       * the minimum. A validator asks governance to remove it first; an account whose removal
       * is still being rolled out (it authors until the set without it is in force) may
       * purge at once, since the announced session keeps the keys it was announced with.
       * 
       * Emits [`Event::KeysPurged`].
       * Errors: [`Error::StillValidator`]; `pallet-session`'s `NoKeys` when the account has
       * none.
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove `validator` from the validator set.
       * 
       * Origin: [`Config::GovernanceOrigin`]. The set never drops below
       * [`MinimumValidators`]. The validator stops authoring and voting from the next
       * session that has not already been announced.
       * 
       * Emits [`Event::ValidatorRemoved`].
       * Errors: [`Error::NotValidator`], [`Error::BelowMinimum`].
       **/
      removeValidator: AugmentedSubmittable<(validator: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Set the smallest size the validator set may shrink to.
       * 
       * Origin: [`Config::GovernanceOrigin`]. `minimum` must be at least 1 and at most the
       * current size of the set.
       * 
       * Emits [`Event::MinimumValidatorsChanged`].
       * Errors: [`Error::InvalidMinimum`].
       **/
      setMinimumValidators: AugmentedSubmittable<(minimum: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set the session length to `length` blocks.
       * 
       * Origin: [`Config::GovernanceOrigin`]. The current session ends once `length` blocks
       * have passed since it started (at once, if that is already the case).
       * 
       * Emits [`Event::SessionLengthChanged`].
       * Errors: [`Error::InvalidSessionLength`].
       **/
      setSessionLength: AugmentedSubmittable<(length: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
    };
  } // AugmentedSubmittables
} // declare module
