// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    consent: {
      /**
       * The grant is already revoked.
       **/
      AlreadyRevoked: AugmentedError<ApiType>;
      /**
       * The ethics approval must come from an active hospital or research body other than
       * the requester's own organization.
       **/
      EthicsApproverNotIndependent: AugmentedError<ApiType>;
      /**
       * The expiry is not after the current block.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * No grant has this id.
       **/
      GrantNotFound: AugmentedError<ApiType>;
      /**
       * The duration is zero or longer than [`Config::MaxRequestDuration`].
       **/
      InvalidDuration: AugmentedError<ApiType>;
      /**
       * The scope lists nothing, or an invalid kind.
       **/
      InvalidScope: AugmentedError<ApiType>;
      /**
       * The caller may not read this record.
       **/
      MayNotRead: AugmentedError<ApiType>;
      /**
       * The grantee or requester is not an active organization or practitioner.
       **/
      NotActiveProvider: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor a guardian.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The patient has no request to expire and none to delete yet.
       **/
      NothingToClean: AugmentedError<ApiType>;
      /**
       * The caller did not make this request.
       **/
      NotRequester: AugmentedError<ApiType>;
      /**
       * Only research bodies (or their practitioners) may request research access.
       **/
      NotResearchBody: AugmentedError<ApiType>;
      /**
       * Ids are exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No patient is registered under this pseudonym.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * The grantee's or requester's kind of organization may not hold access for this
       * purpose with this permission (see the purpose table).
       **/
      PurposeNotAllowed: AugmentedError<ApiType>;
      /**
       * No record has this id.
       **/
      RecordNotFound: AugmentedError<ApiType>;
      /**
       * The requester has the most pending requests allowed with this patient.
       **/
      RequesterLimitReached: AugmentedError<ApiType>;
      /**
       * The request waited longer than [`Config::RequestLifetime`]: it can only expire.
       **/
      RequestExpired: AugmentedError<ApiType>;
      /**
       * No request has this id.
       **/
      RequestNotFound: AugmentedError<ApiType>;
      /**
       * The request was already decided or cancelled.
       **/
      RequestNotPending: AugmentedError<ApiType>;
      /**
       * Research access is read-only.
       **/
      ResearchIsReadOnly: AugmentedError<ApiType>;
      /**
       * Research access is only given by approving a research request.
       **/
      ResearchNeedsRequest: AugmentedError<ApiType>;
      /**
       * A research request needs research terms, and only research requests have them.
       **/
      ResearchTermsMismatch: AugmentedError<ApiType>;
      /**
       * A grant to the patient or to the caller, or a guardian's grant or approval that
       * would serve itself (its own request, its own organization).
       **/
      SelfGrant: AugmentedError<ApiType>;
      /**
       * The patient, or the pair of patient and grantee, has the most grants allowed.
       **/
      TooManyGrants: AugmentedError<ApiType>;
      /**
       * The patient has the most pending requests allowed.
       **/
      TooManyPendingRequests: AugmentedError<ApiType>;
      /**
       * The ethics approval's organization is not an active organization.
       **/
      UnknownEthicsApprover: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    emergency: {
      /**
       * The authority already approved this session.
       **/
      AlreadyApproved: AugmentedError<ApiType>;
      /**
       * The organization already is an emergency authority.
       **/
      AlreadyAuthority: AugmentedError<ApiType>;
      /**
       * The authority already released its share for this session.
       **/
      AlreadyReleased: AugmentedError<ApiType>;
      /**
       * The session was already reviewed.
       **/
      AlreadyReviewed: AugmentedError<ApiType>;
      /**
       * The auditor belongs to the responder's organization (or is the responder).
       **/
      AuditorNotIndependent: AugmentedError<ApiType>;
      /**
       * The responder was found unjustified and may not open sessions.
       **/
      Barred: AugmentedError<ApiType>;
      /**
       * The patient's policy forbids break-glass.
       **/
      BreakGlassForbidden: AugmentedError<ApiType>;
      /**
       * The authority did not approve this session.
       **/
      DidNotApprove: AugmentedError<ApiType>;
      /**
       * Two shares for one authority.
       **/
      DuplicateShareHolder: AugmentedError<ApiType>;
      /**
       * The emergency key was exposed in a session; rotate it first.
       **/
      EmergencyKeyExposed: AugmentedError<ApiType>;
      /**
       * A ciphertext is empty.
       **/
      EmptyCiphertext: AugmentedError<ApiType>;
      /**
       * The envelopes were sealed for another version of the emergency key than the
       * current one (it was rotated meanwhile): seal them again for the current one.
       **/
      KeyVersionChanged: AugmentedError<ApiType>;
      /**
       * The justification hash is missing (all zero).
       **/
      MissingJustification: AugmentedError<ApiType>;
      /**
       * The patient has no emergency key.
       **/
      NoEmergencyKey: AugmentedError<ApiType>;
      /**
       * Nothing to post.
       **/
      NoEnvelopes: AugmentedError<ApiType>;
      /**
       * The authority holds no share of the patient's emergency key.
       **/
      NoShareHeld: AugmentedError<ApiType>;
      /**
       * The caller is not an active auditor.
       **/
      NotAuditor: AugmentedError<ApiType>;
      /**
       * The account is not an emergency authority, nor an active call attendant of one.
       **/
      NotAuthority: AugmentedError<ApiType>;
      /**
       * The caller may not close this session.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The account is not barred.
       **/
      NotBarred: AugmentedError<ApiType>;
      /**
       * The organization is not an active emergency-service organization.
       **/
      NotEmergencyService: AugmentedError<ApiType>;
      /**
       * Fewer active authorities than the threshold are independent of the responder.
       **/
      NotEnoughAuthorities: AugmentedError<ApiType>;
      /**
       * The threshold is above the number of shares.
       **/
      NotEnoughShares: AugmentedError<ApiType>;
      /**
       * The ended session has nothing left to clean.
       **/
      NothingToClean: AugmentedError<ApiType>;
      /**
       * The caller is not an active emergency responder or physician.
       **/
      NotResponder: AugmentedError<ApiType>;
      /**
       * Ids or versions are exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The authority is the responder's own organization.
       **/
      OwnOrganization: AugmentedError<ApiType>;
      /**
       * No patient is registered under this pseudonym.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * No record has this id.
       **/
      RecordNotFound: AugmentedError<ApiType>;
      /**
       * The session's responder is no longer an active practitioner.
       **/
      ResponderNotActive: AugmentedError<ApiType>;
      /**
       * The responder has a session whose review is overdue.
       **/
      ReviewOverdue: AugmentedError<ApiType>;
      /**
       * The responder already has a pending or active session on this patient.
       **/
      SessionAlreadyOpen: AugmentedError<ApiType>;
      /**
       * The session has already ended (closed, expired or lapsed).
       **/
      SessionEnded: AugmentedError<ApiType>;
      /**
       * The session gathered too few approvals in time.
       **/
      SessionLapsed: AugmentedError<ApiType>;
      /**
       * The session is not active.
       **/
      SessionNotActive: AugmentedError<ApiType>;
      /**
       * The session has not ended yet.
       **/
      SessionNotEnded: AugmentedError<ApiType>;
      /**
       * No session has this id.
       **/
      SessionNotFound: AugmentedError<ApiType>;
      /**
       * The session is not waiting for approvals.
       **/
      SessionNotPending: AugmentedError<ApiType>;
      /**
       * A share holder is not an emergency authority.
       **/
      ShareHolderNotAuthority: AugmentedError<ApiType>;
      /**
       * The threshold is above the patient's approval threshold: a session gathers only
       * that many approvals, so the key could never be rebuilt.
       **/
      ThresholdAbovePolicy: AugmentedError<ApiType>;
      /**
       * The threshold is below the patient's approval threshold.
       **/
      ThresholdBelowPolicy: AugmentedError<ApiType>;
      /**
       * The patient's threshold is above [`Config::MaxEmergencyApprovals`].
       **/
      ThresholdTooHigh: AugmentedError<ApiType>;
      /**
       * The authority set is full.
       **/
      TooManyAuthorities: AugmentedError<ApiType>;
      /**
       * The responder has the most unreviewed sessions allowed.
       **/
      TooManyUnreviewed: AugmentedError<ApiType>;
      /**
       * The key is a small-order X25519 point.
       **/
      UnusableKey: AugmentedError<ApiType>;
      /**
       * The record is another patient's.
       **/
      WrongPatient: AugmentedError<ApiType>;
    };
    freeTier: {
      /**
       * The window is zero blocks or longer than [`Config::MaxWindow`].
       **/
      InvalidWindow: AugmentedError<ApiType>;
      /**
       * The state quota allows more than [`Config::MaxBytesPerWindow`] bytes.
       **/
      TooManyBytes: AugmentedError<ApiType>;
      /**
       * The quota allows more than [`Config::MaxCallsPerWindow`] calls.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    patients: {
      /**
       * The account is already a guardian of this patient.
       **/
      AlreadyGuardian: AugmentedError<ApiType>;
      /**
       * The account already owns a patient entry.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The guardian's signature over [`guardian_payload`] is missing or wrong (or names
       * another patient, deadline or nonce: the guardian transacted since signing it).
       **/
      BadAcceptance: AugmentedError<ApiType>;
      /**
       * The patient's signature over the registration payload is missing or wrong (or names
       * another registrar or deadline).
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The registration consent's deadline has passed.
       **/
      ConsentExpired: AugmentedError<ApiType>;
      /**
       * The registration consent's deadline is further ahead than
       * [`Config::MaxConsentValidity`].
       **/
      ConsentTooLong: AugmentedError<ApiType>;
      /**
       * The patient named [`Config::MaxGuardians`] guardians in the current registration
       * window ([`RegistrationLimits::window`]).
       **/
      GuardianAdditionLimit: AugmentedError<ApiType>;
      /**
       * The limits are out of bounds: the window must be between 1 and
       * [`Config::MaxRegistrationWindow`] blocks, neither count above
       * [`Config::MaxRegistrationsPerWindow`], and the practitioner's at most the
       * organization's.
       **/
      InvalidRegistrationLimits: AugmentedError<ApiType>;
      /**
       * The new key is the one already registered.
       **/
      KeyUnchanged: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor one of their guardians.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The account is not a guardian of this patient.
       **/
      NotGuardian: AugmentedError<ApiType>;
      /**
       * The caller's account owns no patient entry.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller is not an active practitioner.
       **/
      NotPractitioner: AugmentedError<ApiType>;
      /**
       * The practitioner's organization registered [`RegistrationLimits::per_organization`]
       * patients in the current window.
       **/
      OrganizationRegistrationLimit: AugmentedError<ApiType>;
      /**
       * No patient is registered under this pseudonym.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * The policy is already the requested one.
       **/
      PolicyUnchanged: AugmentedError<ApiType>;
      /**
       * The practitioner registered [`RegistrationLimits::per_practitioner`] patients in
       * the current window; the window ends [`RegistrationLimits::window`] blocks after it
       * started.
       **/
      PractitionerRegistrationLimit: AugmentedError<ApiType>;
      /**
       * The pseudonym belonged to an erased patient and cannot be used again.
       **/
      PseudonymErased: AugmentedError<ApiType>;
      /**
       * Another patient already uses this pseudonym.
       **/
      PseudonymTaken: AugmentedError<ApiType>;
      /**
       * The caller's role does not treat patients (researchers and auditors cannot register
       * patients).
       **/
      RoleNotAllowed: AugmentedError<ApiType>;
      /**
       * A patient cannot be their own guardian.
       **/
      SelfGuardian: AugmentedError<ApiType>;
      /**
       * The policy requires fewer approvals than the consortium minimum.
       **/
      TooFewApprovals: AugmentedError<ApiType>;
      /**
       * The policy requires more approvals than [`Config::MaxEmergencyApprovals`].
       **/
      TooManyApprovals: AugmentedError<ApiType>;
      /**
       * The patient has [`Config::MaxGuardians`] guardians.
       **/
      TooManyGuardians: AugmentedError<ApiType>;
      /**
       * The key is a small-order X25519 point; envelopes to it would not be secret.
       **/
      UnusableKey: AugmentedError<ApiType>;
    };
    peering: {
      /**
       * The node is registered already.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The signature is not the node key's signature of the ownership message for this
       * chain and the caller (see [`medchain_primitives::ownership_message`]).
       **/
      BadOwnershipProof: AugmentedError<ApiType>;
      /**
       * The mode is already the requested one.
       **/
      ModeUnchanged: AugmentedError<ApiType>;
      /**
       * Governance removed this node from an organization; only governance registers it
       * again.
       **/
      NodeBarred: AugmentedError<ApiType>;
      /**
       * No node is registered under this id.
       **/
      NodeNotFound: AugmentedError<ApiType>;
      /**
       * The caller is not an active organization.
       **/
      NotActiveOrganization: AugmentedError<ApiType>;
      /**
       * The caller is neither governance nor the organization that registered the node
       * (well-known nodes only governance removes).
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * A permissioned network keeps at least one well-known node: this would leave none.
       **/
      NoWellKnownNodes: AugmentedError<ApiType>;
      /**
       * The network has [`Config::MaxNodes`] nodes.
       **/
      TooManyNodes: AugmentedError<ApiType>;
      /**
       * The organization has [`Config::MaxNodesPerOrganization`] nodes.
       **/
      TooManyNodesForOrganization: AugmentedError<ApiType>;
    };
    providers: {
      /**
       * The account is already registered as an organization or a practitioner.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The credential hash is already the requested one.
       **/
      CredentialUnchanged: AugmentedError<ApiType>;
      /**
       * The organization still has practitioners; remove them first.
       **/
      HasPractitioners: AugmentedError<ApiType>;
      /**
       * The new key is the one already registered.
       **/
      KeyUnchanged: AugmentedError<ApiType>;
      /**
       * The caller is neither the practitioner's organization nor governance.
       **/
      NotEmployer: AugmentedError<ApiType>;
      /**
       * The account is neither an organization nor a practitioner.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * No organization is registered under this account.
       **/
      OrganizationNotFound: AugmentedError<ApiType>;
      /**
       * The organization is suspended, so it cannot register practitioners.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * No practitioner is registered under this account.
       **/
      PractitionerNotFound: AugmentedError<ApiType>;
      /**
       * The organization's kind may not employ this role.
       **/
      RoleNotAllowed: AugmentedError<ApiType>;
      /**
       * The status is already the requested one.
       **/
      StatusUnchanged: AugmentedError<ApiType>;
      /**
       * The organization has [`Config::MaxPractitionersPerOrganization`] practitioners.
       **/
      TooManyPractitioners: AugmentedError<ApiType>;
      /**
       * The key is a small-order X25519 point; envelopes to it would not be secret.
       **/
      UnusableKey: AugmentedError<ApiType>;
    };
    records: {
      /**
       * This content hash is already anchored.
       **/
      AlreadyAnchored: AugmentedError<ApiType>;
      /**
       * The record is already retracted.
       **/
      AlreadyRetracted: AugmentedError<ApiType>;
      /**
       * The record was already amended: amend its current version.
       **/
      AlreadySuperseded: AugmentedError<ApiType>;
      /**
       * This root is already anchored.
       **/
      ArchiveAlreadyAnchored: AugmentedError<ApiType>;
      /**
       * No archive has this id.
       **/
      ArchiveNotFound: AugmentedError<ApiType>;
      /**
       * Archive ids are exhausted.
       **/
      ArchiveOverflow: AugmentedError<ApiType>;
      /**
       * The CID's digest length does not match its hash function.
       **/
      DigestLengthMismatch: AugmentedError<ApiType>;
      /**
       * An archive has at least one document.
       **/
      EmptyArchive: AugmentedError<ApiType>;
      /**
       * A batch lists no records.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The key envelope is empty.
       **/
      EmptyEnvelope: AugmentedError<ApiType>;
      /**
       * The party has no envelope for this record.
       **/
      EnvelopeNotFound: AugmentedError<ApiType>;
      /**
       * The index is not below the archive's number of documents.
       **/
      IndexOutOfRange: AugmentedError<ApiType>;
      /**
       * The path does not lead from the record's content hash at the index to the
       * archive's root.
       **/
      InvalidArchiveProof: AugmentedError<ApiType>;
      /**
       * The kind is a FHIR type that is not a FHIR R4 resource type name.
       **/
      InvalidKind: AugmentedError<ApiType>;
      /**
       * The key is not the caller's registered key (it rotated again since the envelopes
       * were sealed, or they were sealed to the wrong key).
       **/
      KeyChanged: AugmentedError<ApiType>;
      /**
       * The CID is truncated, has trailing bytes, or a malformed varint.
       **/
      MalformedCid: AugmentedError<ApiType>;
      /**
       * The caller is not an active organization.
       **/
      NotAnOrganization: AugmentedError<ApiType>;
      /**
       * Only the archive's organization or an active practitioner of it may promote its
       * documents.
       **/
      NotArchiveOrganization: AugmentedError<ApiType>;
      /**
       * The caller may not write records for this patient.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The holder holds no envelope of the patient's records after `start_after`.
       **/
      NothingToPrune: AugmentedError<ApiType>;
      /**
       * No envelopes were given.
       **/
      NothingToRewrap: AugmentedError<ApiType>;
      /**
       * Record ids are exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No patient is registered under this pseudonym.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * The recipient has no registered encryption key.
       **/
      RecipientHasNoKey: AugmentedError<ApiType>;
      /**
       * The recipient may not read this record.
       **/
      RecipientMayNotRead: AugmentedError<ApiType>;
      /**
       * A record is listed twice in one batch.
       **/
      RecordListedTwice: AugmentedError<ApiType>;
      /**
       * No record has this id.
       **/
      RecordNotFound: AugmentedError<ApiType>;
      /**
       * The record is retracted.
       **/
      Retracted: AugmentedError<ApiType>;
      /**
       * The record's key is shared with [`Config::MaxEnvelopesPerRecord`] parties.
       **/
      TooManyEnvelopes: AugmentedError<ApiType>;
      /**
       * The CID's version is neither 0 nor 1.
       **/
      UnsupportedCidVersion: AugmentedError<ApiType>;
      /**
       * The CID's content codec is not raw, dag-pb, dag-cbor or dag-json.
       **/
      UnsupportedCodec: AugmentedError<ApiType>;
      /**
       * The CID's hash function is not accepted (identity, which embeds content, never is).
       **/
      UnsupportedMultihash: AugmentedError<ApiType>;
      /**
       * A record is not the named patient's.
       **/
      WrongPatient: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    upgrades: {
      /**
       * This code hash is already authorized, with the version check: nothing to change.
       **/
      AlreadyAuthorized: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
    validatorSet: {
      /**
       * The account is already a validator.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The removal would leave fewer than [`MinimumValidators`] validators.
       **/
      BelowMinimum: AugmentedError<ApiType>;
      /**
       * The minimum must be at least 1 and at most the current size of the set.
       **/
      InvalidMinimum: AugmentedError<ApiType>;
      /**
       * The session length is outside `MinSessionLength..=MaxSessionLength`.
       **/
      InvalidSessionLength: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * The account has not registered session keys (`session.set_keys`), so it could not
       * author; register them first.
       **/
      SessionKeysNotSet: AugmentedError<ApiType>;
      /**
       * A validator may not remove its session keys: governance removes it from the set
       * first (`remove_validator`), which keeps the set at or above the minimum.
       **/
      StillValidator: AugmentedError<ApiType>;
      /**
       * The set is full ([`Config::MaxValidators`]).
       **/
      TooManyValidators: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
