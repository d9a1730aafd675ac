//! Backing a node up and restoring it, as the README's operator section says, on a real node:
//!
//! - **database snapshot**: the node stopped, its database directory copied; the chain purged
//!   (a lost disk); the copy put back. `chain-info` reads the same best and finalized blocks
//!   from it, and the node, started again, carries on from there on the same chain;
//! - **block export**: `export-blocks --binary` from the stopped node and `import-blocks
//!   --binary` into an empty base path give the same best block (finality of the imported
//!   blocks comes back from the network's GRANDPA justifications once the node rejoins).

use medchain_e2e::*;
use serde_json::Value;
use sp_core::H256;
use std::{fs, path::Path, time::Duration};

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
	fs::create_dir_all(to).map_err(|e| format!("create {}: {e}", to.display()))?;
	for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
		let entry = entry.map_err(|e| e.to_string())?;
		let target = to.join(entry.file_name());
		if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
			copy_dir(&entry.path(), &target)?;
		} else {
			fs::copy(entry.path(), &target).map_err(|e| format!("copy {:?}: {e}", entry.path()))?;
		}
	}
	Ok(())
}

/// `medchain-node chain-info` on `node`'s database: (best, finalized) as (number, hash).
fn chain_info(node: &Node, base_path: Option<&Path>) -> Result<((u64, String), (u64, String))> {
	let mut args = vec!["chain-info".to_string()];
	let out = match base_path {
		None => node.run_subcommand(&["chain-info"])?,
		Some(path) => {
			args.extend(["--chain".into(), node.spec.chain.clone(), "--base-path".into()]);
			args.push(path.to_string_lossy().into_owned());
			std::process::Command::new(node_binary()?)
				.args(&args)
				.output()
				.map_err(|e| e.to_string())?
		},
	};
	if !out.status.success() {
		return Err(format!("chain-info: {}", String::from_utf8_lossy(&out.stderr)));
	}
	let info: Value = serde_json::from_slice(&out.stdout).map_err(|e| {
		format!("chain-info printed no JSON ({e}): {}", String::from_utf8_lossy(&out.stdout))
	})?;
	let field = |name: &str| info[name].clone();
	let pair = |number: &str, hash: &str| -> Result<(u64, String)> {
		Ok((
			field(number).as_u64().ok_or("no number")?,
			field(hash).as_str().ok_or("no hash")?.to_string(),
		))
	};
	Ok((pair("best_number", "best_hash")?, pair("finalized_number", "finalized_hash")?))
}

fn run(node: &Node, args: &[&str]) -> Result<()> {
	let out = node.run_subcommand(args)?;
	if out.status.success() {
		Ok(())
	} else {
		Err(format!("{args:?}: {}", String::from_utf8_lossy(&out.stderr)))
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_restored_from_its_backup_ends_at_the_same_finalized_block_and_carries_on() {
	let (mut net, rpc) = Network::dev("backup", 55_000).await;
	net.check(finalized_at_least(&rpc, 5, Duration::from_secs(60)).await);
	net.node("alice").stop();
	let node = &net.nodes[0];

	// The snapshot: the stopped node's database directory, copied.
	let database = net.check(node.database_dir());
	let backup = net.dir.path().join("backup-db");
	net.check(copy_dir(&database, &backup));
	let before = net.check(chain_info(node, None));
	println!("backed up at best #{} finalized #{}", before.0 .0, before.1 .0);

	// The disk is lost: the chain is purged.
	net.check(run(node, &["purge-chain", "-y"]));
	assert!(!database.exists(), "purge-chain left the database");

	// Restored: the same best and finalized blocks.
	net.check(copy_dir(&backup, &database));
	let restored = net.check(chain_info(node, None));
	assert_eq!(restored, before, "the restored database is not where the backup was");

	// An export of the restored chain, imported into an empty base path: the same best block.
	let export = net.dir.path().join("blocks.bin");
	let export_arg = export.to_string_lossy().into_owned();
	net.check(run(node, &["export-blocks", "--binary", "--from", "1", &export_arg]));
	let other = net.dir.path().join("imported");
	let out = std::process::Command::new(net.check(node_binary()))
		.args(["import-blocks", "--binary", "--chain", &node.spec.chain, "--base-path"])
		.arg(&other)
		.arg(&export)
		.output()
		.expect("run import-blocks");
	assert!(out.status.success(), "import-blocks: {}", String::from_utf8_lossy(&out.stderr));
	let imported = net.check(chain_info(node, Some(&other)));
	assert_eq!(imported.0, before.0, "the imported chain's best block differs");

	// The restored node carries on: the same block at the backed-up finalized height, and
	// finality beyond it.
	net.node("alice").start().expect("restart");
	let (finalized_number, finalized_hash) = before.1;
	let target = finalized_number as u32 + 3;
	net.check(finalized_at_least(&rpc, target, Duration::from_secs(60)).await);
	let hash: Option<H256> = net.check(rpc.block_hash(finalized_number as u32).await);
	assert_eq!(
		hash.map(|h| format!("{h:?}")),
		Some(finalized_hash),
		"the restored node is on another chain"
	);
}
