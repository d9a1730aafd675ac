//! Builds the runtime's WebAssembly blob (unless `SKIP_WASM_BUILD` is set).

/// The target directory usually lives outside the work tree (`$CARGO_TARGET_DIR`), where the
/// wasm builder cannot find the workspace's `Cargo.lock` by itself: point it at this workspace.
#[cfg(feature = "std")]
fn point_at_workspace() {
	if std::env::var_os("WASM_BUILD_WORKSPACE_HINT").is_none() {
		// Read at run time: a build script binary may be reused from another checkout, and a
		// path baked in with `env!` would point there.
		if let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
			if let Some(workspace) = std::path::Path::new(&manifest_dir).parent() {
				std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
			}
		}
	}
}

/// The upgrade rehearsal's blob (`src/upgrade_rehearsal.rs`): this runtime with the
/// `upgrade-rehearsal` feature (the next version) and `try-runtime` (so that its migrations
/// can be checked against a network's state), in the same wasm project and target folder as
/// the real blob: only this crate is compiled again, and the crates whose `try-runtime`
/// feature it turns on. Written to `wasm_binary_upgrade_rehearsal.rs`.
#[cfg(feature = "std")]
fn upgrade_rehearsal() -> substrate_wasm_builder::WasmBuilder {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_feature("upgrade-rehearsal")
		.enable_feature("try-runtime")
		.set_file_name("wasm_binary_upgrade_rehearsal.rs")
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("MED", 12)
		.build();
	upgrade_rehearsal().enable_metadata_hash("MED", 12).build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
	upgrade_rehearsal().build();
}

/// The wasm builder is deactivated when compiling this crate for wasm itself.
#[cfg(not(feature = "std"))]
fn main() {}
