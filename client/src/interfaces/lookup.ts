// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup3: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup5: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup9: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup10: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup15: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup17: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup20: frame_system::EventRecord<medchain_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup22: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup23: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup24: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup25: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup26: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup27: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup28: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup29: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup30: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup31: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup32: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup33: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup34: medchain_runtime::RuntimeHoldReason
   **/
  MedchainRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Council: 'PalletCollectiveHoldReason'
    }
  },
  /**
   * Lookup35: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup36: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup37: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup38: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup39: pallet_validator_set::pallet::Event<T>
   **/
  PalletValidatorSetEvent: {
    _enum: {
      ValidatorAdded: {
        validator: 'AccountId32',
      },
      ValidatorRemoved: {
        validator: 'AccountId32',
      },
      MinimumValidatorsChanged: {
        minimum: 'u32',
      },
      SessionLengthChanged: {
        length: 'u32',
      },
      ValidatorSetPlanned: {
        session: 'u32',
        validators: 'u32',
        withoutKeys: 'u32',
      },
      KeysPurged: {
        who: 'AccountId32',
      },
      OffenderReported: {
        validator: 'AccountId32',
        session: 'u32',
        removed: 'bool'
      }
    }
  },
  /**
   * Lookup40: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup41: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup44: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup45: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup49: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup50: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup51: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup52: pallet_free_tier::pallet::Event<T>
   **/
  PalletFreeTierEvent: {
    _enum: {
      QuotaSet: {
        quota: 'PalletFreeTierQuota',
      },
      SharedQuotaSet: {
        quota: 'PalletFreeTierQuota',
      },
      StateQuotaSet: {
        quota: 'PalletFreeTierStateQuota'
      }
    }
  },
  /**
   * Lookup53: pallet_free_tier::Quota<BlockNumber>
   **/
  PalletFreeTierQuota: {
    calls: 'u32',
    window: 'u32'
  },
  /**
   * Lookup54: pallet_free_tier::StateQuota<BlockNumber>
   **/
  PalletFreeTierStateQuota: {
    perPatient: 'u32',
    perProvider: 'u32',
    perOrganization: 'u32',
    window: 'u32'
  },
  /**
   * Lookup55: pallet_upgrades::pallet::Event<T>
   **/
  PalletUpgradesEvent: {
    _enum: {
      UpgradeAuthorized: {
        codeHash: 'H256',
        replaced: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup57: pallet_peering::pallet::Event<T>
   **/
  PalletPeeringEvent: {
    _enum: {
      NodeAdded: {
        node: 'MedchainPrimitivesPeeringNodeId',
        owner: 'Option<AccountId32>',
      },
      NodeRemoved: {
        node: 'MedchainPrimitivesPeeringNodeId',
        owner: 'Option<AccountId32>',
        by: 'PalletPeeringRemover',
      },
      PeeringModeSet: {
        mode: 'MedchainPrimitivesPeeringPeeringMode'
      }
    }
  },
  /**
   * Lookup58: medchain_primitives::peering::NodeId
   **/
  MedchainPrimitivesPeeringNodeId: '[u8;32]',
  /**
   * Lookup59: pallet_peering::Remover
   **/
  PalletPeeringRemover: {
    _enum: ['Governance', 'Owner', 'OwnerRemoved']
  },
  /**
   * Lookup60: medchain_primitives::peering::PeeringMode
   **/
  MedchainPrimitivesPeeringPeeringMode: {
    _enum: ['Open', 'Permissioned']
  },
  /**
   * Lookup61: pallet_session::historical::pallet::Event<T>
   **/
  PalletSessionHistoricalPalletEvent: {
    _enum: {
      RootStored: {
        index: 'u32',
      },
      RootsPruned: {
        upTo: 'u32'
      }
    }
  },
  /**
   * Lookup62: pallet_offences::pallet::Event
   **/
  PalletOffencesEvent: {
    _enum: {
      Offence: {
        kind: '[u8;16]',
        slot: 'Bytes'
      }
    }
  },
  /**
   * Lookup64: pallet_providers::pallet::Event<T>
   **/
  PalletProvidersEvent: {
    _enum: {
      OrganizationRegistered: {
        organization: 'AccountId32',
        kind: 'MedchainPrimitivesOrganizationKind',
      },
      OrganizationStatusChanged: {
        organization: 'AccountId32',
        status: 'MedchainPrimitivesStatus',
      },
      OrganizationRemoved: {
        organization: 'AccountId32',
      },
      OrganizationCredentialChanged: {
        organization: 'AccountId32',
        credential: 'H256',
      },
      PractitionerRegistered: {
        practitioner: 'AccountId32',
        organization: 'AccountId32',
        role: 'MedchainPrimitivesPractitionerRole',
      },
      PractitionerStatusChanged: {
        practitioner: 'AccountId32',
        status: 'MedchainPrimitivesStatus',
        by: 'PalletProvidersActor',
      },
      PractitionerRemoved: {
        practitioner: 'AccountId32',
        organization: 'AccountId32',
        by: 'PalletProvidersActor',
      },
      PractitionerCredentialChanged: {
        practitioner: 'AccountId32',
        credential: 'H256',
      },
      EncryptionKeyRotated: {
        party: 'AccountId32',
        key: 'MedchainPrimitivesEncryptionKey'
      }
    }
  },
  /**
   * Lookup65: medchain_primitives::types::OrganizationKind
   **/
  MedchainPrimitivesOrganizationKind: {
    _enum: ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Insurer', 'ResearchBody', 'EmergencyService']
  },
  /**
   * Lookup66: medchain_primitives::types::Status
   **/
  MedchainPrimitivesStatus: {
    _enum: ['Active', 'Suspended']
  },
  /**
   * Lookup67: medchain_primitives::types::PractitionerRole
   **/
  MedchainPrimitivesPractitionerRole: {
    _enum: ['Physician', 'Nurse', 'LabTechnician', 'Pharmacist', 'EmergencyResponder', 'EmergencyCallAttendant', 'Researcher', 'Auditor']
  },
  /**
   * Lookup68: pallet_providers::types::Actor<sp_core::crypto::AccountId32>
   **/
  PalletProvidersActor: {
    _enum: {
      Governance: 'Null',
      Organization: 'AccountId32',
      Rule: 'Null'
    }
  },
  /**
   * Lookup69: medchain_primitives::types::EncryptionKey
   **/
  MedchainPrimitivesEncryptionKey: '[u8;32]',
  /**
   * Lookup70: pallet_patients::pallet::Event<T>
   **/
  PalletPatientsEvent: {
    _enum: {
      PatientRegistered: {
        patient: 'H256',
        account: 'AccountId32',
        registrar: 'Option<AccountId32>',
      },
      EncryptionKeyRotated: {
        patient: 'H256',
        key: 'MedchainPrimitivesEncryptionKey',
      },
      EmergencyPolicyChanged: {
        patient: 'H256',
        policy: 'MedchainPrimitivesEmergencyPolicy',
        by: 'PalletPatientsActor',
      },
      GuardianAdded: {
        patient: 'H256',
        guardian: 'AccountId32',
      },
      GuardianRemoved: {
        patient: 'H256',
        guardian: 'AccountId32',
        by: 'PalletPatientsActor',
      },
      PatientErased: {
        patient: 'H256',
      },
      RegistrationLimitsSet: {
        limits: 'PalletPatientsRegistrationLimits'
      }
    }
  },
  /**
   * Lookup71: medchain_primitives::types::EmergencyPolicy
   **/
  MedchainPrimitivesEmergencyPolicy: {
    allowed: 'bool',
    requiredApprovals: 'u8'
  },
  /**
   * Lookup72: pallet_patients::types::Actor<sp_core::crypto::AccountId32>
   **/
  PalletPatientsActor: {
    _enum: {
      Patient: 'Null',
      Guardian: 'AccountId32'
    }
  },
  /**
   * Lookup73: pallet_patients::types::RegistrationLimits<BlockNumber>
   **/
  PalletPatientsRegistrationLimits: {
    perPractitioner: 'u32',
    perOrganization: 'u32',
    window: 'u32'
  },
  /**
   * Lookup74: pallet_records::pallet::Event<T>
   **/
  PalletRecordsEvent: {
    _enum: {
      RecordAnchored: {
        record: 'u64',
        patient: 'H256',
        author: 'AccountId32',
        kind: 'MedchainPrimitivesRecordsRecordKind',
      },
      RecordAmended: {
        record: 'u64',
        previous: 'u64',
        patient: 'H256',
        author: 'AccountId32',
      },
      RecordRetracted: {
        record: 'u64',
        by: 'AccountId32',
        reason: 'PalletRecordsRetractionReason',
      },
      KeyShared: {
        record: 'u64',
        recipient: 'AccountId32',
        by: 'AccountId32',
        replaced: 'bool',
      },
      EnvelopeRemoved: {
        record: 'u64',
        recipient: 'AccountId32',
        by: 'AccountId32',
      },
      EnvelopesPruned: {
        patient: 'H256',
        holder: 'AccountId32',
        examined: 'u32',
        removed: 'u32',
        last: 'Option<u64>',
      },
      EnvelopesRewrapped: {
        by: 'AccountId32',
        patient: 'H256',
        key: 'MedchainPrimitivesEncryptionKey',
        count: 'u32',
      },
      ArchiveAnchored: {
        archive: 'u64',
        organization: 'AccountId32',
        root: 'H256',
        leaves: 'u64',
      },
      ArchivedDocumentPromoted: {
        record: 'u64',
        archive: 'u64',
        index: 'u64',
      },
      PatientEnvelopesErased: {
        patient: 'H256',
        records: 'u32',
        removed: 'u32',
        complete: 'bool'
      }
    }
  },
  /**
   * Lookup75: medchain_primitives::records::RecordKind
   **/
  MedchainPrimitivesRecordsRecordKind: {
    _enum: {
      ClinicalNote: 'Null',
      LabResult: 'Null',
      Imaging: 'Null',
      Prescription: 'Null',
      Diagnosis: 'Null',
      VitalSigns: 'Null',
      DischargeSummary: 'Null',
      Other: 'Null',
      Fhir: 'Bytes'
    }
  },
  /**
   * Lookup77: pallet_records::types::RetractionReason
   **/
  PalletRecordsRetractionReason: {
    _enum: ['EnteredInError', 'WrongPatient', 'Duplicate', 'PatientRequest', 'Other']
  },
  /**
   * Lookup79: pallet_consent::pallet::Event<T>
   **/
  PalletConsentEvent: {
    _enum: {
      AccessGranted: {
        grant: 'u64',
        patient: 'H256',
        grantee: 'AccountId32',
        by: 'AccountId32',
      },
      AccessRevoked: {
        grant: 'u64',
        patient: 'H256',
        by: 'AccountId32',
        envelopesRemoved: 'u32',
      },
      ExpiredGrantsCleaned: {
        patient: 'H256',
        count: 'u32',
      },
      AccessRequested: {
        request: 'u64',
        patient: 'H256',
        requester: 'AccountId32',
      },
      RequestApproved: {
        request: 'u64',
        grant: 'u64',
        by: 'AccountId32',
      },
      RequestDenied: {
        request: 'u64',
        by: 'AccountId32',
      },
      RequestCancelled: {
        request: 'u64',
      },
      RequestsCleaned: {
        patient: 'H256',
        expired: 'u32',
        deleted: 'u32',
      },
      ReadReceipt: {
        record: 'u64',
        reader: 'AccountId32'
      }
    }
  },
  /**
   * Lookup80: pallet_emergency::pallet::Event<T>
   **/
  PalletEmergencyEvent: {
    _enum: {
      AuthorityAdded: {
        authority: 'AccountId32',
      },
      AuthorityRemoved: {
        authority: 'AccountId32',
      },
      SessionOpened: {
        session: 'u64',
        patient: 'H256',
        responder: 'AccountId32',
        reason: 'PalletEmergencyEmergencyReason',
        requiredApprovals: 'u8',
      },
      SessionApproved: {
        session: 'u64',
        authority: 'AccountId32',
        by: 'AccountId32',
        approvals: 'u32',
      },
      SessionActivated: {
        session: 'u64',
        expiresAt: 'u32',
      },
      SessionClosed: {
        session: 'u64',
        by: 'PalletEmergencyCloser',
      },
      SessionReviewed: {
        session: 'u64',
        justified: 'bool',
        by: 'PalletEmergencyReviewer',
        responderSuspended: 'bool',
      },
      BarLifted: {
        responder: 'AccountId32',
      },
      EmergencyKeySet: {
        patient: 'H256',
        version: 'u32',
        by: 'AccountId32',
      },
      EmergencyEnvelopesPosted: {
        patient: 'H256',
        count: 'u32',
        by: 'AccountId32',
      },
      KeyShareReleased: {
        session: 'u64',
        authority: 'AccountId32',
        by: 'AccountId32',
      },
      SessionCleaned: {
        session: 'u64',
      },
      PatientErased: {
        patient: 'H256',
        envelopes: 'u32',
        sessions: 'u32',
        complete: 'bool'
      }
    }
  },
  /**
   * Lookup81: pallet_emergency::types::EmergencyReason
   **/
  PalletEmergencyEmergencyReason: {
    _enum: ['EmergencyTreatment', 'EmergencyRoomTreatment', 'BreakTheGlass', 'Threat', 'Disaster']
  },
  /**
   * Lookup82: pallet_emergency::types::Closer<sp_core::crypto::AccountId32>
   **/
  PalletEmergencyCloser: {
    _enum: {
      Responder: 'Null',
      Patient: 'AccountId32',
      Governance: 'Null',
      Erasure: 'Null'
    }
  },
  /**
   * Lookup83: pallet_emergency::types::Reviewer<sp_core::crypto::AccountId32>
   **/
  PalletEmergencyReviewer: {
    _enum: {
      Auditor: 'AccountId32',
      Governance: 'Null'
    }
  },
  /**
   * Lookup84: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup88: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup92: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup93: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup97: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup98: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup99: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup101: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup102: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup104: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup105: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup111: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup112: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup114: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup115: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup118: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup121: frame_support::traits::tokens::misc::IdAmount<medchain_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedchainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup124: frame_support::traits::tokens::misc::IdAmount<medchain_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedchainRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup125: medchain_runtime::RuntimeFreezeReason
   **/
  MedchainRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup127: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup133: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup134: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup136: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup137: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup138: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup141: pallet_validator_set::pallet::Call<T>
   **/
  PalletValidatorSetCall: {
    _enum: {
      add_validator: {
        validator: 'MultiAddress',
      },
      remove_validator: {
        validator: 'MultiAddress',
      },
      set_session_length: {
        length: 'u32',
      },
      set_minimum_validators: {
        minimum: 'u32',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup142: pallet_validator_set::pallet::Error<T>
   **/
  PalletValidatorSetError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'TooManyValidators', 'BelowMinimum', 'InvalidMinimum', 'SessionKeysNotSet', 'InvalidSessionLength', 'StillValidator']
  },
  /**
   * Lookup145: medchain_runtime::SessionKeys
   **/
  MedchainRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup146: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup152: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup153: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'MedchainRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup154: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup158: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup159: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup161: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup162: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup163: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup164: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup165: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup166: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup169: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup170: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup172: sp_session::MembershipProof
   **/
  SpSessionMembershipProof: {
    session: 'u32',
    trieNodes: 'Vec<Bytes>',
    validatorCount: 'u32'
  },
  /**
   * Lookup173: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup174: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup176: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'MedchainRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'MedchainRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup178: medchain_runtime::OriginCaller
   **/
  MedchainRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Council: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup179: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup180: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup181: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup182: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup183: pallet_free_tier::pallet::Call<T>
   **/
  PalletFreeTierCall: {
    _enum: {
      set_quota: {
        calls: 'u32',
        window: 'u32',
      },
      set_shared_quota: {
        calls: 'u32',
        window: 'u32',
      },
      set_state_quota: {
        perPatient: 'u32',
        perProvider: 'u32',
        perOrganization: 'u32',
        window: 'u32'
      }
    }
  },
  /**
   * Lookup184: pallet_upgrades::pallet::Call<T>
   **/
  PalletUpgradesCall: {
    _enum: {
      authorize_upgrade: {
        codeHash: 'H256'
      }
    }
  },
  /**
   * Lookup185: pallet_peering::pallet::Call<T>
   **/
  PalletPeeringCall: {
    _enum: {
      add_node: {
        node: 'MedchainPrimitivesPeeringNodeId',
        proof: '[u8;64]',
      },
      remove_node: {
        node: 'MedchainPrimitivesPeeringNodeId',
      },
      add_well_known_node: {
        node: 'MedchainPrimitivesPeeringNodeId',
      },
      set_peering_mode: {
        mode: 'MedchainPrimitivesPeeringPeeringMode'
      }
    }
  },
  /**
   * Lookup186: pallet_providers::pallet::Call<T>
   **/
  PalletProvidersCall: {
    _enum: {
      register_organization: {
        organization: 'MultiAddress',
        kind: 'MedchainPrimitivesOrganizationKind',
        encryptionKey: 'MedchainPrimitivesEncryptionKey',
        credential: 'H256',
      },
      set_organization_status: {
        organization: 'MultiAddress',
        status: 'MedchainPrimitivesStatus',
      },
      remove_organization: {
        organization: 'MultiAddress',
      },
      set_organization_credential: {
        organization: 'MultiAddress',
        credential: 'H256',
      },
      register_practitioner: {
        practitioner: 'MultiAddress',
        role: 'MedchainPrimitivesPractitionerRole',
        encryptionKey: 'MedchainPrimitivesEncryptionKey',
        credential: 'H256',
      },
      set_practitioner_status: {
        practitioner: 'MultiAddress',
        status: 'MedchainPrimitivesStatus',
      },
      remove_practitioner: {
        practitioner: 'MultiAddress',
      },
      set_practitioner_credential: {
        practitioner: 'MultiAddress',
        credential: 'H256',
      },
      rotate_encryption_key: {
        key: 'MedchainPrimitivesEncryptionKey'
      }
    }
  },
  /**
   * Lookup187: pallet_patients::pallet::Call<T>
   **/
  PalletPatientsCall: {
    _enum: {
      register: {
        pseudonym: 'H256',
        encryptionKey: 'MedchainPrimitivesEncryptionKey',
        emergencyPolicy: 'MedchainPrimitivesEmergencyPolicy',
      },
      register_for: {
        patient: 'MultiAddress',
        pseudonym: 'H256',
        encryptionKey: 'MedchainPrimitivesEncryptionKey',
        emergencyPolicy: 'MedchainPrimitivesEmergencyPolicy',
        deadline: 'u32',
        signature: 'SpRuntimeMultiSignature',
      },
      rotate_encryption_key: {
        key: 'MedchainPrimitivesEncryptionKey',
      },
      set_emergency_policy: {
        patient: 'H256',
        policy: 'MedchainPrimitivesEmergencyPolicy',
      },
      add_guardian: {
        guardian: 'MultiAddress',
        deadline: 'u32',
        acceptance: 'SpRuntimeMultiSignature',
      },
      remove_guardian: {
        patient: 'H256',
        guardian: 'MultiAddress',
      },
      deregister: 'Null',
      set_registration_limits: {
        limits: 'PalletPatientsRegistrationLimits'
      }
    }
  },
  /**
   * Lookup188: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup190: pallet_records::pallet::Call<T>
   **/
  PalletRecordsCall: {
    _enum: {
      anchor_record: {
        patient: 'H256',
        contentHash: 'H256',
        cid: 'Bytes',
        kind: 'MedchainPrimitivesRecordsRecordKind',
        patientEnvelope: 'Bytes',
      },
      amend_record: {
        previous: 'u64',
        contentHash: 'H256',
        cid: 'Bytes',
        kind: 'MedchainPrimitivesRecordsRecordKind',
        patientEnvelope: 'Bytes',
      },
      retract_record: {
        record: 'u64',
        reason: 'PalletRecordsRetractionReason',
      },
      share_key: {
        record: 'u64',
        recipient: 'AccountId32',
        envelope: 'Bytes',
      },
      remove_envelope: {
        record: 'u64',
        recipient: 'AccountId32',
      },
      prune_envelopes: {
        patient: 'H256',
        holder: 'AccountId32',
        startAfter: 'Option<u64>',
      },
      rewrap_envelopes: {
        patient: 'H256',
        key: 'MedchainPrimitivesEncryptionKey',
        envelopes: 'Vec<(u64,Bytes)>',
      },
      anchor_records: {
        records: 'Vec<PalletRecordsNewRecord>',
      },
      anchor_archive: {
        root: 'H256',
        leaves: 'u64',
      },
      promote_archived: {
        archive: 'u64',
        index: 'u64',
        path: 'Vec<H256>',
        record: 'PalletRecordsNewRecord'
      }
    }
  },
  /**
   * Lookup197: pallet_records::types::NewRecord<MaxCid, MaxEnvelope>
   **/
  PalletRecordsNewRecord: {
    patient: 'H256',
    contentHash: 'H256',
    cid: 'Bytes',
    kind: 'MedchainPrimitivesRecordsRecordKind',
    patientEnvelope: 'Bytes'
  },
  /**
   * Lookup200: pallet_consent::pallet::Call<T>
   **/
  PalletConsentCall: {
    _enum: {
      grant_access: {
        patient: 'H256',
        grantee: 'AccountId32',
        scope: 'MedchainPrimitivesConsentScope',
        permission: 'MedchainPrimitivesConsentPermission',
        purpose: 'MedchainPrimitivesConsentPurpose',
        expiresAt: 'Option<u32>',
      },
      revoke_access: {
        grant: 'u64',
      },
      request_access: {
        patient: 'H256',
        scope: 'MedchainPrimitivesConsentScope',
        permission: 'MedchainPrimitivesConsentPermission',
        purpose: 'MedchainPrimitivesConsentPurpose',
        duration: 'u32',
        research: 'Option<PalletConsentResearchTerms>',
      },
      approve_request: {
        request: 'u64',
      },
      deny_request: {
        request: 'u64',
      },
      cancel_request: {
        request: 'u64',
      },
      clean_expired: {
        patient: 'H256',
        limit: 'u32',
      },
      submit_read_receipt: {
        record: 'u64',
      },
      clean_requests: {
        patient: 'H256',
        limit: 'u32'
      }
    }
  },
  /**
   * Lookup201: medchain_primitives::consent::Scope
   **/
  MedchainPrimitivesConsentScope: {
    _enum: {
      AllRecords: 'Null',
      Kinds: 'Vec<MedchainPrimitivesRecordsRecordKind>',
      Records: 'Vec<u64>'
    }
  },
  /**
   * Lookup206: medchain_primitives::consent::Permission
   **/
  MedchainPrimitivesConsentPermission: {
    _enum: ['Read', 'ReadWrite']
  },
  /**
   * Lookup207: medchain_primitives::consent::Purpose
   **/
  MedchainPrimitivesConsentPurpose: {
    _enum: ['Treatment', 'Payment', 'Research', 'Operations']
  },
  /**
   * Lookup209: pallet_consent::types::ResearchTerms<sp_core::crypto::AccountId32>
   **/
  PalletConsentResearchTerms: {
    ethicsApproval: 'H256',
    approvedBy: 'AccountId32'
  },
  /**
   * Lookup210: pallet_emergency::pallet::Call<T>
   **/
  PalletEmergencyCall: {
    _enum: {
      add_authority: {
        authority: 'MultiAddress',
      },
      remove_authority: {
        authority: 'MultiAddress',
      },
      open_session: {
        patient: 'H256',
        reason: 'PalletEmergencyEmergencyReason',
        justification: 'H256',
      },
      approve_session: {
        session: 'u64',
      },
      close_session: {
        session: 'u64',
      },
      review_session: {
        session: 'u64',
        justified: 'bool',
        finding: 'H256',
      },
      lift_bar: {
        responder: 'MultiAddress',
      },
      set_emergency_key: {
        patient: 'H256',
        key: 'MedchainPrimitivesEncryptionKey',
        threshold: 'u8',
        shares: 'Vec<PalletEmergencyKeyShare>',
      },
      post_emergency_envelopes: {
        patient: 'H256',
        version: 'u32',
        envelopes: 'Vec<(u64,Bytes)>',
      },
      release_key_share: {
        session: 'u64',
        share: 'Bytes',
      },
      clean_session: {
        session: 'u64'
      }
    }
  },
  /**
   * Lookup212: pallet_emergency::types::KeyShare<sp_core::crypto::AccountId32, MaxCiphertext>
   **/
  PalletEmergencyKeyShare: {
    authority: 'AccountId32',
    ciphertext: 'Bytes'
  },
  /**
   * Lookup215: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup216: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup219: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup220: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup221: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup222: pallet_free_tier::Spent<BlockNumber>
   **/
  PalletFreeTierSpent: {
    calls: 'PalletFreeTierUsageWindow',
    bytes: 'PalletFreeTierUsageWindow'
  },
  /**
   * Lookup223: pallet_free_tier::UsageWindow<BlockNumber>
   **/
  PalletFreeTierUsageWindow: {
    start: 'u32',
    used: 'u32'
  },
  /**
   * Lookup226: pallet_free_tier::pallet::Error<T>
   **/
  PalletFreeTierError: {
    _enum: ['TooManyCalls', 'InvalidWindow', 'TooManyBytes']
  },
  /**
   * Lookup227: pallet_upgrades::pallet::Error<T>
   **/
  PalletUpgradesError: {
    _enum: ['AlreadyAuthorized']
  },
  /**
   * Lookup228: pallet_peering::Node<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletPeeringNode: {
    owner: 'Option<AccountId32>',
    addedAt: 'u32'
  },
  /**
   * Lookup231: pallet_peering::pallet::Error<T>
   **/
  PalletPeeringError: {
    _enum: ['NotActiveOrganization', 'BadOwnershipProof', 'AlreadyRegistered', 'NodeBarred', 'NodeNotFound', 'NotOwner', 'TooManyNodes', 'TooManyNodesForOrganization', 'ModeUnchanged', 'NoWellKnownNodes']
  },
  /**
   * Lookup233: sp_staking::offence::OffenceDetails<sp_core::crypto::AccountId32, Offender>
   **/
  SpStakingOffenceOffenceDetails: {
    offender: '(AccountId32,Null)',
    reporters: 'Vec<AccountId32>'
  },
  /**
   * Lookup235: pallet_providers::types::Organization<BlockNumber>
   **/
  PalletProvidersOrganization: {
    kind: 'MedchainPrimitivesOrganizationKind',
    status: 'MedchainPrimitivesStatus',
    encryptionKey: 'MedchainPrimitivesEncryptionKey',
    credential: 'H256',
    registeredAt: 'u32',
    practitioners: 'u32'
  },
  /**
   * Lookup236: pallet_providers::types::Practitioner<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletProvidersPractitioner: {
    organization: 'AccountId32',
    role: 'MedchainPrimitivesPractitionerRole',
    status: 'MedchainPrimitivesStatus',
    encryptionKey: 'MedchainPrimitivesEncryptionKey',
    credential: 'H256',
    registeredAt: 'u32'
  },
  /**
   * Lookup238: pallet_providers::pallet::Error<T>
   **/
  PalletProvidersError: {
    _enum: ['AlreadyRegistered', 'OrganizationNotFound', 'PractitionerNotFound', 'NotRegistered', 'OrganizationSuspended', 'NotEmployer', 'RoleNotAllowed', 'UnusableKey', 'KeyUnchanged', 'StatusUnchanged', 'CredentialUnchanged', 'HasPractitioners', 'TooManyPractitioners']
  },
  /**
   * Lookup239: pallet_patients::types::Patient<sp_core::crypto::AccountId32, BlockNumber, MaxGuardians>
   **/
  PalletPatientsPatient: {
    account: 'AccountId32',
    encryptionKey: 'MedchainPrimitivesEncryptionKey',
    emergencyPolicy: 'MedchainPrimitivesEmergencyPolicy',
    guardians: 'Vec<AccountId32>',
    registrar: 'Option<PalletPatientsRegistrar>',
    registeredAt: 'u32'
  },
  /**
   * Lookup242: pallet_patients::types::Registrar<sp_core::crypto::AccountId32>
   **/
  PalletPatientsRegistrar: {
    practitioner: 'AccountId32',
    organization: 'AccountId32'
  },
  /**
   * Lookup244: pallet_patients::types::RegistrationWindow<BlockNumber>
   **/
  PalletPatientsRegistrationWindow: {
    start: 'u32',
    count: 'u32'
  },
  /**
   * Lookup245: pallet_patients::pallet::Error<T>
   **/
  PalletPatientsError: {
    _enum: ['AlreadyRegistered', 'PseudonymTaken', 'PseudonymErased', 'NotPatient', 'PatientNotFound', 'NotAuthorized', 'NotPractitioner', 'RoleNotAllowed', 'BadSignature', 'ConsentExpired', 'ConsentTooLong', 'UnusableKey', 'KeyUnchanged', 'TooFewApprovals', 'TooManyApprovals', 'PolicyUnchanged', 'AlreadyGuardian', 'NotGuardian', 'TooManyGuardians', 'SelfGuardian', 'BadAcceptance', 'PractitionerRegistrationLimit', 'OrganizationRegistrationLimit', 'GuardianAdditionLimit', 'InvalidRegistrationLimits']
  },
  /**
   * Lookup246: pallet_records::types::Record<sp_core::crypto::AccountId32, BlockNumber, MaxCid>
   **/
  PalletRecordsRecord: {
    patient: 'H256',
    contentHash: 'H256',
    cid: 'Bytes',
    kind: 'MedchainPrimitivesRecordsRecordKind',
    author: 'AccountId32',
    organization: 'Option<AccountId32>',
    anchoredAt: 'u32',
    timestamp: 'u64',
    version: 'u32',
    root: 'u64',
    previous: 'Option<u64>',
    next: 'Option<u64>',
    retraction: 'Option<PalletRecordsRetraction>',
    envelopes: 'u32'
  },
  /**
   * Lookup248: pallet_records::types::Retraction<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletRecordsRetraction: {
    by: 'AccountId32',
    at: 'u32',
    reason: 'PalletRecordsRetractionReason'
  },
  /**
   * Lookup256: pallet_records::types::Archive<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletRecordsArchive: {
    organization: 'AccountId32',
    root: 'H256',
    leaves: 'u64',
    anchoredAt: 'u32',
    timestamp: 'u64',
    promoted: 'u64'
  },
  /**
   * Lookup257: pallet_records::types::ArchivedAt
   **/
  PalletRecordsArchivedAt: {
    archive: 'u64',
    index: 'u64'
  },
  /**
   * Lookup258: pallet_records::pallet::Error<T>
   **/
  PalletRecordsError: {
    _enum: ['PatientNotFound', 'NotAuthorized', 'RecordNotFound', 'AlreadyAnchored', 'AlreadySuperseded', 'Retracted', 'AlreadyRetracted', 'NothingToPrune', 'InvalidKind', 'EmptyEnvelope', 'MalformedCid', 'UnsupportedCidVersion', 'UnsupportedCodec', 'UnsupportedMultihash', 'DigestLengthMismatch', 'RecipientHasNoKey', 'RecipientMayNotRead', 'TooManyEnvelopes', 'EnvelopeNotFound', 'Overflow', 'NothingToRewrap', 'WrongPatient', 'RecordListedTwice', 'KeyChanged', 'EmptyBatch', 'NotAnOrganization', 'EmptyArchive', 'ArchiveAlreadyAnchored', 'ArchiveNotFound', 'NotArchiveOrganization', 'IndexOutOfRange', 'InvalidArchiveProof', 'ArchiveOverflow']
  },
  /**
   * Lookup259: pallet_consent::types::Grant<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentGrant: {
    patient: 'H256',
    grantee: 'AccountId32',
    registration: 'u64',
    scope: 'MedchainPrimitivesConsentScope',
    permission: 'MedchainPrimitivesConsentPermission',
    purpose: 'MedchainPrimitivesConsentPurpose',
    research: 'Option<PalletConsentResearchTerms>',
    grantedBy: 'AccountId32',
    grantedAt: 'u32',
    expiresAt: 'Option<u32>',
    revoked: 'Option<PalletConsentRevocation>',
    request: 'Option<u64>'
  },
  /**
   * Lookup261: pallet_consent::types::Revocation<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentRevocation: {
    by: 'AccountId32',
    at: 'u32'
  },
  /**
   * Lookup264: pallet_consent::types::Request<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentRequest: {
    patient: 'H256',
    requester: 'AccountId32',
    scope: 'MedchainPrimitivesConsentScope',
    permission: 'MedchainPrimitivesConsentPermission',
    purpose: 'MedchainPrimitivesConsentPurpose',
    duration: 'u32',
    research: 'Option<PalletConsentResearchTerms>',
    requestedAt: 'u32',
    status: 'PalletConsentRequestStatus'
  },
  /**
   * Lookup265: pallet_consent::types::RequestStatus
   **/
  PalletConsentRequestStatus: {
    _enum: {
      Pending: 'Null',
      Approved: 'u64',
      Denied: 'Null',
      Cancelled: 'Null',
      Closed: 'Null',
      Expired: 'Null'
    }
  },
  /**
   * Lookup267: pallet_consent::types::AuditEntry<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentAuditEntry: {
    at: 'u32',
    actor: 'AccountId32',
    event: 'MedchainPrimitivesConsentAuditEvent'
  },
  /**
   * Lookup268: medchain_primitives::consent::AuditEvent
   **/
  MedchainPrimitivesConsentAuditEvent: {
    _enum: {
      GrantCreated: {
        grant: 'u64',
      },
      GrantRevoked: {
        grant: 'u64',
      },
      GrantExpired: {
        grant: 'u64',
      },
      AccessRequested: {
        request: 'u64',
      },
      RequestApproved: {
        request: 'u64',
        grant: 'u64',
      },
      RequestDenied: {
        request: 'u64',
      },
      RequestCancelled: {
        request: 'u64',
      },
      KeyShared: {
        record: 'u64',
      },
      EnvelopeRemoved: {
        record: 'u64',
      },
      RecordRead: {
        record: 'u64',
      },
      SessionOpened: {
        session: 'u64',
      },
      SessionApproved: {
        session: 'u64',
      },
      SessionActivated: {
        session: 'u64',
      },
      SessionClosed: {
        session: 'u64',
      },
      SessionReviewed: {
        session: 'u64',
        justified: 'bool',
      },
      EmergencyKeySet: {
        version: 'u32',
      },
      EmergencyEnvelopesPosted: {
        count: 'u32',
      },
      KeyShareReleased: {
        session: 'u64',
      },
      RecordAnchored: {
        record: 'u64',
      },
      RecordAmended: {
        record: 'u64',
        previous: 'u64',
      },
      RecordRetracted: {
        record: 'u64',
      },
      GuardianAdded: 'Null',
      GuardianRemoved: 'Null',
      EmergencyPolicyChanged: {
        allowed: 'bool',
        requiredApprovals: 'u8',
      },
      EncryptionKeyRotated: 'Null'
    }
  },
  /**
   * Lookup269: pallet_consent::pallet::Error<T>
   **/
  PalletConsentError: {
    _enum: ['PatientNotFound', 'NotAuthorized', 'SelfGrant', 'NotActiveProvider', 'ExpiryInPast', 'InvalidScope', 'ResearchNeedsRequest', 'TooManyGrants', 'GrantNotFound', 'AlreadyRevoked', 'RequestNotFound', 'RequestNotPending', 'RequestExpired', 'NothingToClean', 'NotRequester', 'TooManyPendingRequests', 'RequesterLimitReached', 'InvalidDuration', 'ResearchTermsMismatch', 'NotResearchBody', 'UnknownEthicsApprover', 'ResearchIsReadOnly', 'PurposeNotAllowed', 'EthicsApproverNotIndependent', 'RecordNotFound', 'MayNotRead', 'Overflow']
  },
  /**
   * Lookup271: pallet_emergency::types::Session<sp_core::crypto::AccountId32, BlockNumber, MaxEmergencyApprovals>
   **/
  PalletEmergencySession: {
    patient: 'H256',
    responder: 'AccountId32',
    organization: 'AccountId32',
    reason: 'PalletEmergencyEmergencyReason',
    justification: 'H256',
    requiredApprovals: 'u8',
    approvals: 'Vec<PalletEmergencyApproval>',
    openedAt: 'u32',
    approveBy: 'u32',
    activatedAt: 'Option<u32>',
    expiresAt: 'Option<u32>',
    closure: 'Option<PalletEmergencyClosure>',
    review: 'Option<PalletEmergencyReview>'
  },
  /**
   * Lookup273: pallet_emergency::types::Approval<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletEmergencyApproval: {
    authority: 'AccountId32',
    by: 'AccountId32',
    at: 'u32'
  },
  /**
   * Lookup276: pallet_emergency::types::Closure<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletEmergencyClosure: {
    by: 'PalletEmergencyCloser',
    at: 'u32'
  },
  /**
   * Lookup278: pallet_emergency::types::Review<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletEmergencyReview: {
    by: 'PalletEmergencyReviewer',
    justified: 'bool',
    finding: 'H256',
    at: 'u32'
  },
  /**
   * Lookup280: pallet_emergency::types::EmergencyKey<sp_core::crypto::AccountId32, BlockNumber, MaxCiphertext, MaxShares>
   **/
  PalletEmergencyEmergencyKey: {
    key: 'MedchainPrimitivesEncryptionKey',
    version: 'u32',
    threshold: 'u8',
    shares: 'Vec<PalletEmergencyKeyShare>',
    setBy: 'AccountId32',
    setAt: 'u32',
    exposedIn: 'Option<u64>'
  },
  /**
   * Lookup281: pallet_emergency::types::EmergencyEnvelope<MaxCiphertext>
   **/
  PalletEmergencyEmergencyEnvelope: {
    version: 'u32',
    ciphertext: 'Bytes'
  },
  /**
   * Lookup282: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup283: pallet_emergency::pallet::Error<T>
   **/
  PalletEmergencyError: {
    _enum: ['NotEmergencyService', 'AlreadyAuthority', 'TooManyAuthorities', 'NotAuthority', 'NotResponder', 'Barred', 'ReviewOverdue', 'TooManyUnreviewed', 'PatientNotFound', 'BreakGlassForbidden', 'MissingJustification', 'SessionAlreadyOpen', 'ThresholdTooHigh', 'NotEnoughAuthorities', 'SessionNotFound', 'SessionNotPending', 'SessionLapsed', 'OwnOrganization', 'AlreadyApproved', 'SessionEnded', 'NotAuthorized', 'SessionNotEnded', 'AlreadyReviewed', 'NotAuditor', 'AuditorNotIndependent', 'NotBarred', 'UnusableKey', 'ShareHolderNotAuthority', 'DuplicateShareHolder', 'EmptyCiphertext', 'ThresholdBelowPolicy', 'ThresholdAbovePolicy', 'NotEnoughShares', 'NoEmergencyKey', 'EmergencyKeyExposed', 'NoEnvelopes', 'KeyVersionChanged', 'RecordNotFound', 'WrongPatient', 'SessionNotActive', 'ResponderNotActive', 'DidNotApprove', 'NoShareHeld', 'AlreadyReleased', 'NothingToClean', 'Overflow']
  },
  /**
   * Lookup286: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup287: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup288: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup289: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup293: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup294: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup295: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup296: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup297: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup298: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup300: medchain_runtime::Runtime
   **/
  MedchainRuntimeRuntime: 'Null'
};
