//! The runtime APIs the node and apps call.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	api_types, AccountId, Aura, Balance, Block, Consent, Emergency, Executive, Grandpa, Historical,
	InherentDataExt, Nonce, Peering, Records, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SessionKeys, System, TransactionPayment, ValidatorSet, VERSION,
};
use medchain_primitives::{
	AccessReason, NodeId, NodeStatus, PatientId, PeeringPolicy, RecordId, RecordLookup,
};
use medchain_runtime_api::{KeyEnvelope, MAX_PAGE};
use sp_core::H256;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem as _;
			// The proof is of the current session's set; GRANDPA checks it against the set id
			// of the equivocation through its set-id-to-session map.
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl medchain_runtime_api::RecordsApi<Block, AccountId, api_types::Verification, api_types::Record>
		for Runtime
	{
		fn verify(content_hash: H256) -> Option<api_types::Verification> {
			Records::verify(content_hash)
		}
		fn record(record: RecordId) -> Option<api_types::Record> {
			pallet_records::Records::<Runtime>::get(record)
		}
		fn records_of(patient: PatientId, from: u32, limit: u32) -> Vec<RecordId> {
			Records::records_of(patient, from, limit.min(MAX_PAGE))
		}
		fn versions_of(record: RecordId, from: u32, limit: u32) -> Vec<RecordId> {
			Records::versions_of(record, from, limit.min(MAX_PAGE))
		}
		fn envelope(record: RecordId, party: AccountId) -> Option<KeyEnvelope> {
			Records::envelope(record, &party).map(|e| KeyEnvelope { ciphertext: e.into_inner() })
		}
	}

	impl medchain_runtime_api::ArchivesApi<
		Block,
		api_types::Archive,
		api_types::ArchiveVerification,
		api_types::ArchiveProofError,
	> for Runtime {
		fn archive(archive: u64) -> Option<api_types::Archive> {
			pallet_records::Archives::<Runtime>::get(archive)
		}
		fn verify_archived(
			archive: u64,
			index: u64,
			commitment: H256,
			path: Vec<H256>,
		) -> Result<api_types::ArchiveVerification, api_types::ArchiveProofError> {
			Records::verify_archived(archive, index, commitment, &path)
		}
		fn archived_at(record: RecordId) -> Option<(u64, u64)> {
			pallet_records::ArchivedRecords::<Runtime>::get(record).map(|a| (a.archive, a.index))
		}
	}

	impl medchain_runtime_api::ConsentApi<
		Block,
		AccountId,
		api_types::Grant,
		api_types::Request,
		api_types::AuditEntry,
	> for Runtime {
		fn access_reason(who: AccountId, record: RecordId) -> Option<AccessReason> {
			let record = <Records as RecordLookup<AccountId>>::record(record)?;
			Consent::access_reason(&who, &record)
		}
		fn grants_of(patient: PatientId, from: u32, limit: u32) -> Vec<(u64, api_types::Grant)> {
			Consent::grants_of(patient, from, limit.min(MAX_PAGE))
		}
		fn requests_of(
			patient: PatientId,
			from: u32,
			limit: u32,
		) -> Vec<(u64, api_types::Request)> {
			Consent::requests_of(patient, from, limit.min(MAX_PAGE))
		}
		fn audit_trail(patient: PatientId, from: u32, limit: u32) -> Vec<api_types::AuditEntry> {
			Consent::audit_trail(patient, from, limit.min(MAX_PAGE))
		}
	}

	impl medchain_runtime_api::EmergencyApi<Block, api_types::Session, api_types::SessionStatus>
		for Runtime
	{
		fn sessions_of(
			patient: PatientId,
			from: u32,
			limit: u32,
		) -> Vec<(u64, api_types::Session)> {
			Emergency::sessions_of(patient, from, limit.min(MAX_PAGE))
		}
		fn session_status(session: u64) -> Option<api_types::SessionStatus> {
			Emergency::session_status(session)
		}
	}

	impl medchain_runtime_api::ValidatorSetApi<Block, AccountId> for Runtime {
		fn current_session() -> u32 {
			pallet_validator_set::CurrentSession::<Runtime>::get()
		}
		fn authored_blocks(session: u32) -> Vec<(AccountId, u32)> {
			let mut counts = ValidatorSet::authored_blocks(session);
			// The current session's validators that authored nothing yet count zero.
			if session == pallet_validator_set::CurrentSession::<Runtime>::get() {
				for validator in pallet_session::Validators::<Runtime>::get() {
					if !counts.iter().any(|(v, _)| *v == validator) {
						counts.push((validator, 0));
					}
				}
			}
			counts.sort();
			counts
		}
	}

	impl medchain_runtime_api::PeeringApi<Block, AccountId> for Runtime {
		fn peering() -> PeeringPolicy {
			Peering::policy()
		}
		fn node(node: NodeId) -> Option<NodeStatus<AccountId>> {
			Peering::status(&node)
		}
		fn nodes_of(organization: AccountId) -> Vec<NodeId> {
			Peering::nodes_of(&organization)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use super::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = AllPalletsWithSystem::storage_info();

			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use sp_storage::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use super::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			use frame_support::traits::WhitelistedStorageKeys;
			let mut whitelist: Vec<TrackedStorageKey> =
				AllPalletsWithSystem::whitelisted_storage_keys();
			// The timestamp inherent, which every block applies before any transaction, writes
			// `Timestamp::Now`: a transaction reading it reads the block's overlay, never the
			// database.
			whitelist.push(pallet_timestamp::Now::<Runtime>::hashed_key().to_vec().into());

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed check must stop it with a backtrace.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect
		) -> Weight {
			// try-runtime is an off-chain tool: a failed check must stop it with a backtrace.
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
