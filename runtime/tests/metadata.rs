//! `spec_version` discipline: the runtime's metadata (calls, storage, events, errors,
//! constants, runtime APIs, transaction extensions and every type they use) is pinned in
//! `runtime/metadata.pin` together with the `spec_version` it belongs to.
//!
//! Nodes and apps decide from `spec_version` whether the runtime changed: a runtime whose
//! metadata changed under the same `spec_version` makes polkadot.js encode calls with the old
//! layout, and nodes keep running the cached old code. So this test fails when
//!
//! - the metadata differs from the pin while `spec_version` is the pinned one (bump it), or
//! - `spec_version` was bumped but the pin was not updated (run the test with
//!   `MEDCHAIN_UPDATE_METADATA_PIN=1` to rewrite it, and commit the pin with the change), or
//! - `spec_version` went down.
//!
//! Documentation is left out of the hash: a doc comment edit is not a runtime change.

use codec::{Decode, Encode};
use frame_support::__private::metadata::{
	v15::RuntimeMetadataV15, RuntimeMetadata, RuntimeMetadataPrefixed,
};
use medchain_runtime::{Runtime, VERSION};
use scale_info::{form::PortableForm, Type, TypeDef};

const PIN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/metadata.pin");
const UPDATE: &str = "MEDCHAIN_UPDATE_METADATA_PIN";

fn strip_type_docs(ty: &mut Type<PortableForm>) {
	ty.docs.clear();
	match &mut ty.type_def {
		TypeDef::Composite(composite) => composite.fields.iter_mut().for_each(|f| f.docs.clear()),
		TypeDef::Variant(variants) => {
			for variant in &mut variants.variants {
				variant.docs.clear();
				variant.fields.iter_mut().for_each(|f| f.docs.clear());
			}
		},
		_ => {},
	}
}

/// The runtime's V15 metadata with every doc comment removed.
fn metadata_without_docs() -> RuntimeMetadataV15 {
	let opaque = Runtime::metadata_at_version(15).expect("the runtime serves metadata V15");
	let prefixed = RuntimeMetadataPrefixed::decode(&mut &opaque[..]).expect("metadata V15 decodes");
	let RuntimeMetadata::V15(mut metadata) = prefixed.1 else {
		panic!("metadata_at_version(15) returned another version")
	};
	metadata.types.types.iter_mut().for_each(|t| strip_type_docs(&mut t.ty));
	for pallet in &mut metadata.pallets {
		pallet.docs.clear();
		if let Some(storage) = &mut pallet.storage {
			storage.entries.iter_mut().for_each(|e| e.docs.clear());
		}
		pallet.constants.iter_mut().for_each(|c| c.docs.clear());
	}
	for api in &mut metadata.apis {
		api.docs.clear();
		api.methods.iter_mut().for_each(|m| m.docs.clear());
	}
	metadata
}

fn render(spec_version: u32, hash: &str) -> String {
	format!(
		"# The runtime's metadata without docs (blake2-256 of its SCALE encoding) and the\n\
		 # spec_version it belongs to. Checked by runtime/tests/metadata.rs: bump spec_version\n\
		 # when the metadata changes, then rerun that test with MEDCHAIN_UPDATE_METADATA_PIN=1.\n\
		 spec_version {spec_version}\nmetadata {hash}\n"
	)
}

fn read_pin() -> (u32, String) {
	let text = std::fs::read_to_string(PIN).unwrap_or_else(|e| panic!("read {PIN}: {e}"));
	let field = |name: &str| {
		text.lines()
			.find_map(|l| l.strip_prefix(name).map(str::trim))
			.unwrap_or_else(|| panic!("{PIN} has no `{name}` line"))
			.to_string()
	};
	let spec = field("spec_version ").parse().expect("spec_version in the pin is a number");
	(spec, field("metadata "))
}

/// Benchmarking and try-runtime builds serve more runtime APIs: the pin is for the runtime
/// that is deployed.
#[test]
#[cfg_attr(
	any(feature = "runtime-benchmarks", feature = "try-runtime"),
	ignore = "the pin is for the runtime built without benchmarking or try-runtime"
)]
fn metadata_changes_come_with_a_spec_version_bump() {
	let hash =
		format!("0x{}", hex::encode(sp_io::hashing::blake2_256(&metadata_without_docs().encode())));
	let spec = VERSION.spec_version;
	let (pinned_spec, pinned_hash) = read_pin();
	let update = std::env::var_os(UPDATE).is_some();

	assert!(
		spec >= pinned_spec,
		"spec_version went down from {pinned_spec} to {spec}: nodes would not switch to this \
		 runtime"
	);
	if spec == pinned_spec {
		assert_eq!(
			hash, pinned_hash,
			"the runtime's metadata changed but spec_version is still {spec}: bump spec_version \
			 in runtime/src/lib.rs (and add any storage migration to `Migrations`), then rerun \
			 this test with {UPDATE}=1"
		);
	} else if update {
		std::fs::write(PIN, render(spec, &hash)).unwrap_or_else(|e| panic!("write {PIN}: {e}"));
	} else {
		panic!(
			"spec_version is now {spec} (the pin says {pinned_spec}): rerun this test with \
			 {UPDATE}=1 to pin the new metadata, and commit runtime/metadata.pin"
		);
	}
}

/// The check can fail: removing one call's argument changes the hashed encoding, and a doc
/// comment that the raw metadata carries is gone from it.
#[test]
fn the_hash_sees_a_changed_call_but_not_docs() {
	let stripped = metadata_without_docs();
	let call_type = |m: &RuntimeMetadataV15| {
		m.pallets
			.iter()
			.find(|p| p.name == "Records")
			.and_then(|p| p.calls.as_ref())
			.expect("Records has calls")
			.ty
			.id
	};
	let calls_of = |m: &mut RuntimeMetadataV15| {
		let id = call_type(m);
		let ty = m.types.types.iter_mut().find(|t| t.id == id).expect("the call type is listed");
		match &mut ty.ty.type_def {
			TypeDef::Variant(calls) => calls.variants.clone(),
			_ => panic!("calls are an enum"),
		}
	};
	let mut changed = stripped.clone();
	let id = call_type(&changed);
	let ty = changed.types.types.iter_mut().find(|t| t.id == id).expect("the call type");
	let TypeDef::Variant(calls) = &mut ty.ty.type_def else { panic!("calls are an enum") };
	assert!(calls.variants[0].fields.pop().is_some(), "the first call has arguments");
	assert_ne!(stripped.encode(), changed.encode());

	let opaque = Runtime::metadata_at_version(15).expect("metadata V15");
	let RuntimeMetadata::V15(mut raw) =
		RuntimeMetadataPrefixed::decode(&mut &opaque[..]).expect("decodes").1
	else {
		panic!("V15")
	};
	let doc = calls_of(&mut raw)[0].docs.first().cloned().expect("the first call is documented");
	let encoded = stripped.encode();
	assert!(
		!encoded.windows(doc.len()).any(|w| w == doc.as_bytes()),
		"the doc line {doc:?} is still in the hashed metadata"
	);
}
