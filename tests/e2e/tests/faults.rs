//! End-to-end: faults on a four-validator network of real node processes. Two of four
//! validators down, a 2-and-2 network split, a corrupted database, and a validator killed
//! (SIGKILL) while records are being anchored. Throughout, a watcher reads every node's
//! finalized chain at every height: no two nodes ever finalize different blocks at one height,
//! and nothing that was included is lost.

use codec::{Decode, Encode};
use medchain_e2e::*;
use medchain_primitives::{
	EncryptionKey, Permission, PractitionerRole, Purpose, RecordKind, Scope,
};
use medchain_runtime::{api_types, signing::ChainContext, RuntimeCall};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::AccountId32;
use std::{
	collections::HashMap,
	time::{Duration, Instant},
};

const STEP: Duration = Duration::from_secs(30);

/// Four validators that connect only to their reserved peers (so that a split by reserved-peer
/// changes is a real split).
fn reserved_only_validators(base: u16) -> Vec<NodeSpec> {
	four_validators(base)
		.into_iter()
		.map(|spec| NodeSpec { extra_args: vec!["--reserved-only".into()], ..spec })
		.collect()
}

async fn peers_are(rpc: &Rpc, count: u64, timeout: Duration) -> Result<()> {
	wait_for(timeout, &format!("{count} peers"), || async { Ok(rpc.peers().await? == count) }).await
}

/// The highest finalized block among `rpcs`.
async fn highest_finalized(rpcs: &[&Rpc]) -> Result<u32> {
	let mut highest = 0;
	for rpc in rpcs {
		highest = highest.max(rpc.finalized().await?.0);
	}
	Ok(highest)
}

#[tokio::test(flavor = "multi_thread")]
async fn quorum_loss_and_a_split_never_finalize_two_chains_and_a_corrupted_node_resyncs() {
	let mut net =
		Network::prepare("faults-quorum", reserved_only_validators(47_000)).expect("prepare");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let all = net.rpcs();
	let watch = FinalityWatch::spawn(all.clone());
	let [alice, bob, charlie, dave] =
		["alice", "bob", "charlie", "dave"].map(|name| net.node(name).rpc.clone());
	net.check(finalized_at_least(&alice, 2, Duration::from_secs(90)).await);
	net.check(finalized_at_least(&dave, 2, Duration::from_secs(30)).await);

	// Two of four stop: the other two author in their slots, but 2 of 4 is not more than 2/3,
	// so nothing more is finalized. (6 s for a round already under way to complete.)
	net.node("charlie").stop();
	net.node("dave").stop();
	tokio::time::sleep(Duration::from_secs(6)).await;
	let stalled = net.check(highest_finalized(&[&alice, &bob]).await);
	let best_before = net.check(alice.best_number().await);
	tokio::time::sleep(Duration::from_secs(18)).await;
	let best_after = net.check(alice.best_number().await);
	let finalized_after = net.check(highest_finalized(&[&alice, &bob]).await);
	println!(
		"two of four down: best #{best_before} -> #{best_after}, finalized #{stalled} -> \
		 #{finalized_after}"
	);
	assert!(best_after >= best_before + 2, "blocks stopped with two validators up");
	assert_eq!(finalized_after, stalled, "finalized with only two of four validators");

	// One comes back on its database: three of four finalize again, past every block authored
	// during the stall.
	net.node("charlie").start().expect("restart charlie");
	let resumed = Instant::now();
	net.check(finalized_at_least(&alice, best_after + 1, Duration::from_secs(90)).await);
	println!(
		"finality resumed {:.1} s after a third validator returned",
		resumed.elapsed().as_secs_f64()
	);
	net.node("dave").start().expect("restart dave");
	net.check(finalized_at_least(&dave, best_after + 1, Duration::from_secs(90)).await);

	// A split, 2 and 2: each node restarts (on its database) with only its own side's node as
	// reserved peer; with `--reserved-only` it refuses the other side's connections. (The
	// `system_removeReservedPeer` RPC takes the peer off the list, but the network backend,
	// litep2p, keeps the open connection: tried, and the halves stayed connected.)
	for rpc in [&alice, &bob, &charlie, &dave] {
		net.check(peers_are(rpc, 3, Duration::from_secs(60)).await);
	}
	let addrs: HashMap<String, String> =
		net.nodes.iter().map(|n| (n.spec.name.clone(), n.multiaddr())).collect();
	let restart_with = |net: &mut Network, name: &str, peers: &[&str]| {
		let node = net.node(name);
		node.stop();
		node.set_reserved(peers.iter().map(|p| addrs[*p].clone()).collect());
		node.start().expect("restart a node");
	};
	for (name, peer) in
		[("alice", "bob"), ("bob", "alice"), ("charlie", "dave"), ("dave", "charlie")]
	{
		restart_with(&mut net, name, &[peer]);
	}
	for rpc in [&alice, &bob, &charlie, &dave] {
		net.check(peers_are(rpc, 1, Duration::from_secs(60)).await);
	}
	tokio::time::sleep(Duration::from_secs(6)).await;
	let split_finalized = net.check(highest_finalized(&[&alice, &bob, &charlie, &dave]).await);
	let (a_before, c_before) =
		(net.check(alice.best_number().await), net.check(charlie.best_number().await));
	tokio::time::sleep(Duration::from_secs(18)).await;
	let (a_best, c_best) =
		(net.check(alice.best_number().await), net.check(charlie.best_number().await));
	let finalized_in_split = net.check(highest_finalized(&[&alice, &bob, &charlie, &dave]).await);
	println!(
		"split: alice's side #{a_before} -> #{a_best}, charlie's side #{c_before} -> #{c_best}, \
		 finalized #{split_finalized} -> #{finalized_in_split}"
	);
	assert!(a_best > a_before && c_best > c_before, "a side of the split stopped authoring");
	assert_eq!(finalized_in_split, split_finalized, "a side of the split finalized alone");
	let height = a_best.min(c_best);
	let (a_hash, c_hash) =
		(net.check(alice.block_hash(height).await), net.check(charlie.block_hash(height).await));
	assert_ne!(a_hash, c_hash, "the two sides did not fork: the split was not a split");

	// Healed: each node restarts with all three others as reserved peers. One chain wins;
	// all four finalize it.
	let everyone = ["alice", "bob", "charlie", "dave"];
	for name in everyone {
		let others: Vec<&str> = everyone.iter().copied().filter(|n| *n != name).collect();
		restart_with(&mut net, name, &others);
	}
	let healed = Instant::now();
	let past_the_fork = a_best.max(c_best) + 1;
	for rpc in [&alice, &bob, &charlie, &dave] {
		net.check(finalized_at_least(rpc, past_the_fork, Duration::from_secs(120)).await);
	}
	println!(
		"after healing, all four finalized #{past_the_fork} within {:.1} s",
		healed.elapsed().as_secs_f64()
	);
	let hashes: Vec<_> = {
		let mut v = Vec::new();
		for rpc in [&alice, &bob, &charlie, &dave] {
			v.push(net.check(rpc.block_hash(past_the_fork).await));
		}
		v
	};
	assert!(hashes.windows(2).all(|w| w[0] == w[1]), "the halves did not converge: {hashes:?}");

	// Dave's database is corrupted while it is down: the node refuses to start on it (rather
	// than run on bad state); the operator deletes it (`purge-chain`), and Dave resyncs from
	// its peers to the same finalized chain.
	net.node("dave").stop();
	let db = net.node("dave").database_dir();
	let db = net.check(db);
	let mut corrupted = 0;
	let mut stack = vec![db.clone()];
	while let Some(dir) = stack.pop() {
		for entry in std::fs::read_dir(&dir).expect("read the database directory").flatten() {
			let path = entry.path();
			if path.is_dir() {
				stack.push(path);
			} else if path.file_name().is_some_and(|n| n != "db_version") {
				// The database's own files (RocksDB's CURRENT, MANIFEST, logs and tables);
				// the version marker is kept, so the node gets as far as opening them.
				let len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
				std::fs::write(&path, vec![0xa5; len.max(1) as usize]).expect("overwrite a file");
				corrupted += 1;
			}
		}
	}
	println!("overwrote {corrupted} files of dave's database");
	let before_log = net.node("dave").log().len();
	net.node("dave").start().expect("start dave on the corrupted database");
	let status = net.node("dave").wait_exit(Duration::from_secs(60));
	let log = net.node("dave").log();
	let reason = log[before_log..].lines().rfind(|l| l.contains("rror")).unwrap_or("").to_string();
	assert!(
		status.is_some_and(|s| !s.success()),
		"dave ran on a corrupted database ({status:?}):\n{}",
		&log[before_log..]
	);
	println!("dave refused its corrupted database: {reason}");
	let purge = net.node("dave").run_subcommand(&["purge-chain", "-y"]);
	let purge = net.check(purge);
	assert!(purge.status.success(), "purge-chain: {}", String::from_utf8_lossy(&purge.stderr));
	let left = std::fs::read_dir(&db).map(|d| d.count()).unwrap_or(0);
	assert_eq!(left, 0, "purge-chain left {left} entries in {}", db.display());
	watch.recheck("dave");
	net.node("dave").start().expect("start dave on an empty database");
	let (target, target_hash) = net.check(alice.finalized().await);
	let resync = Instant::now();
	net.check(finalized_at_least(&dave, target, Duration::from_secs(120)).await);
	assert_eq!(net.check(dave.block_hash(target).await), Some(target_hash));
	println!(
		"dave resynced {target} blocks to the same finalized hash in {:.1} s",
		resync.elapsed().as_secs_f64()
	);

	let heights = net.check(watch.verdict(&all).await);
	println!("no conflicting finality at any of {heights} heights on any of the four nodes");
	assert!(heights > past_the_fork, "the watcher saw too few heights");
}

/// One anchored record, signed in advance.
struct Anchor {
	doctor: usize,
	commitment: H256,
	cid: Vec<u8>,
	extrinsic: Vec<u8>,
}

/// CIDv1, raw codec, SHA-256 multihash of `bytes` (what kubo gives a small raw-leaves file).
fn cid_of(bytes: &[u8]) -> Vec<u8> {
	[&[0x01, 0x55, 0x12, 0x20][..], &sp_io::hashing::sha2_256(bytes)].concat()
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

/// Which of `anchors` the best chain of `rpc` includes, from block #1 to its best: the index
/// of each with its block number.
async fn included(rpc: &Rpc, anchors: &[Anchor]) -> Result<HashMap<usize, u32>> {
	let by_hash: HashMap<[u8; 32], usize> = anchors
		.iter()
		.enumerate()
		.map(|(i, a)| (sp_io::hashing::blake2_256(&a.extrinsic), i))
		.collect();
	let best = rpc.best_number().await?;
	let mut found = HashMap::new();
	for number in 1..=best {
		let hash = rpc.block_hash(number).await?.ok_or("a best-chain block is missing")?;
		for xt in rpc.block_extrinsics(hash).await? {
			if let Some(i) = by_hash.get(&sp_io::hashing::blake2_256(&xt)) {
				found.insert(*i, number);
			}
		}
	}
	Ok(found)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_validator_killed_while_records_are_anchored_loses_nothing_that_was_included() {
	let mut net = Network::prepare("faults-kill", four_validators(48_000)).expect("prepare");
	for node in net.nodes.iter_mut() {
		node.start().expect("start node");
	}
	let all = net.rpcs();
	let watch = FinalityWatch::spawn(all.clone());
	let bob = net.node("bob").rpc.clone();
	let charlie = net.node("charlie").rpc.clone();
	net.check(finalized_at_least(&bob, 1, Duration::from_secs(90)).await);

	// A hospital with five physicians; the patient lets the hospital write.
	let seed = "medchain-e2e-faults";
	let pseudonym = H256::repeat_byte(0x5a);
	let care = net.check(care_setting(&bob, seed, pseudonym, STEP).await);
	let grant = RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(&care.hospital),
		scope: Scope::AllRecords,
		permission: Permission::ReadWrite,
		purpose: Purpose::Treatment,
		expires_at: None,
	});
	net.check(bob.submit_and_wait(&care.patient, grant, STEP).await);
	let mut doctors = vec![care.doctor.clone()];
	for i in 1..5u8 {
		let doctor = sr25519::Pair::from_string(&format!("//{seed}//doctor-{i}"), None)
			.expect("a valid URI");
		let hire = RuntimeCall::Providers(pallet_providers::Call::register_practitioner {
			practitioner: account(&doctor).into(),
			role: PractitionerRole::Physician,
			encryption_key: EncryptionKey([10 + i; 32]),
			credential: H256::repeat_byte(10 + i),
		});
		net.check(bob.submit_and_wait(&care.hospital, hire, STEP).await);
		doctors.push(doctor);
	}

	// 350 anchors, 70 per physician (within each one's free quota of 100 per 5 minutes),
	// signed before the load starts (mortal from the finalized block), each a different
	// document with its own salt and CID.
	const PER_DOCTOR: u32 = 70;
	let genesis = net.check(bob.genesis_hash().await);
	let checkpoint = net.check(bob.finalized().await);
	let mut nonces = Vec::new();
	for doctor in &doctors {
		nonces.push(net.check(bob.next_nonce(&account(doctor)).await));
	}
	let mut anchors = Vec::new();
	for n in 0..PER_DOCTOR {
		for (d, doctor) in doctors.iter().enumerate() {
			let document = format!("lab result {n} of physician {d}: potassium 4.{n} mmol/L");
			let salt = sp_io::hashing::blake2_256(format!("salt {d} {n}").as_bytes());
			let commitment =
				H256(sp_io::hashing::sha2_256(&[&salt[..], document.as_bytes()].concat()));
			let cid = cid_of(format!("ciphertext of {document}").as_bytes());
			let call = RuntimeCall::Records(pallet_records::Call::anchor_record {
				patient: pseudonym,
				content_hash: commitment,
				cid: cid.clone().try_into().expect("a short CID"),
				kind: RecordKind::LabResult,
				patient_envelope: vec![0xe1; 92].try_into().expect("a short envelope"),
			});
			let xt = medchain_runtime::signing::signed_extrinsic(
				doctor,
				call,
				nonces[d] + n,
				ChainContext::for_this_runtime(genesis, checkpoint),
			);
			anchors.push(Anchor { doctor: d, commitment, cid, extrinsic: xt.encode() });
		}
	}

	// The load: 20 anchors a second to Bob for 17.5 s. Halfway, Charlie (a validator) is
	// killed; it restarts on its database when the load ends.
	let total = anchors.len();
	let started = Instant::now();
	let mut before_kill = HashMap::new();
	let mut finalized_at_kill = 0;
	for (i, anchor) in anchors.iter().enumerate() {
		if i == total / 2 {
			// What the network has reported included so far, as Charlie and Bob see it.
			before_kill = net.check(included(&charlie, &anchors).await);
			before_kill.extend(net.check(included(&bob, &anchors).await));
			finalized_at_kill = net.check(charlie.finalized().await).0;
			net.node("charlie").stop();
			println!(
				"charlie killed with {} of {i} submitted anchors included (finalized #{})",
				before_kill.len(),
				finalized_at_kill
			);
		}
		net.check(bob.submit_raw(&anchor.extrinsic).await);
		let due = Duration::from_millis(1000 * (i as u64 + 1) / 20);
		if let Some(wait) = due.checked_sub(started.elapsed()) {
			tokio::time::sleep(wait).await;
		}
	}
	net.node("charlie").start().expect("restart charlie");
	assert!(!before_kill.is_empty(), "nothing was included before the kill: no load was tested");

	// Every anchor submitted is finalized; then Charlie holds the same finalized chain.
	let verify = |rpc: Rpc, commitment: H256, at: H256| async move {
		let raw = rpc.state_call("RecordsApi_verify", &commitment.encode(), at).await?;
		Option::<api_types::Verification>::decode(&mut &raw[..]).map_err(|e| e.to_string())
	};
	net.check(
		wait_for(Duration::from_secs(120), "every anchor to be finalized", || async {
			let (_, at) = bob.finalized().await?;
			for anchor in anchors.iter().rev() {
				if verify(bob.clone(), anchor.commitment, at).await?.is_none() {
					return Ok(false);
				}
			}
			Ok(true)
		})
		.await,
	);
	let (target, target_hash) = net.check(bob.finalized().await);
	net.check(finalized_at_least(&charlie, target, Duration::from_secs(120)).await);
	println!(
		"all {total} anchors finalized by #{target}, {:.1} s after the load began",
		started.elapsed().as_secs_f64()
	);

	// On every node, at that block, each record is provable with the same content: its
	// commitment finds it, with its author, patient and CID.
	for (name, rpc) in &all {
		assert_eq!(net.check(rpc.block_hash(target).await), Some(target_hash), "{name}");
		for anchor in &anchors {
			let found = net.check(verify(rpc.clone(), anchor.commitment, target_hash).await);
			let found = found.unwrap_or_else(|| panic!("{name} lost {:?}", anchor.commitment));
			assert_eq!(found.author, account(&doctors[anchor.doctor]), "{name}");
			assert_eq!(found.patient, pseudonym, "{name}");
			let raw = net.check(
				rpc.state_call("RecordsApi_record", &found.record.encode(), target_hash).await,
			);
			let record = Option::<api_types::Record>::decode(&mut &raw[..])
				.expect("a record decodes")
				.expect("the verified record exists");
			assert_eq!(record.content_hash, anchor.commitment, "{name}");
			assert_eq!(record.cid.to_vec(), anchor.cid, "{name}: the CID changed");
		}
	}
	// What was included in a finalized block before the kill is still in that block.
	let after = net.check(included(&charlie, &anchors).await);
	for (i, number) in &before_kill {
		if *number <= finalized_at_kill {
			assert_eq!(after.get(i), Some(number), "anchor {i} moved from finalized #{number}");
		}
	}
	let heights = net.check(watch.verdict(&all).await);
	println!("no conflicting finality at any of {heights} heights on any of the four nodes");
}
