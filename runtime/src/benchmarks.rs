//! The pallets whose benchmarks the runtime exposes to `medchain-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_validator_set, ValidatorSet]
	[pallet_upgrades, Upgrades]
	[pallet_peering, Peering]
	[pallet_free_tier, FreeTier]
	[pallet_providers, Providers]
	[pallet_patients, Patients]
	[pallet_records, Records]
	[pallet_consent, Consent]
	[pallet_emergency, Emergency]
);
