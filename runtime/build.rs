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

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("MED", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm builder is deactivated when compiling this crate for wasm itself.
#[cfg(not(feature = "std"))]
fn main() {}
