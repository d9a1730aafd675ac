//! End-to-end: MedChain's `medchain_*` JSON-RPC methods and runtime APIs on a real
//! development node. A hospital physician anchors a record for a patient who granted them
//! access; then plain JSON-RPC answers whether the file is anchored, who may read it and why,
//! and lists the patient's records, grants, audit trail and break-glass sessions.

use codec::{Decode, Encode};
use jsonrpsee::rpc_params;
use medchain_e2e::*;
use medchain_primitives::{Permission, Purpose, RecordKind, Scope};
use medchain_runtime::RuntimeCall;
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};
use sp_runtime::AccountId32;
use std::time::Duration;

const STEP: Duration = Duration::from_secs(30);
/// kubo's CIDv1 (raw leaves) of `hello world\n`.
const CID: &str = "01551220a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447";

fn pair(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//medchain-e2e-queries//{name}"), None)
		.expect("a valid URI")
}

fn account(pair: &sr25519::Pair) -> AccountId32 {
	pair.public().into()
}

/// The account in MedChain's address format.
fn ss58(pair: &sr25519::Pair) -> String {
	account(pair).to_ss58check_with_version(medchain_runtime::SS58_PREFIX.into())
}

#[tokio::test(flavor = "multi_thread")]
async fn apps_query_records_consent_and_sessions_over_json_rpc() {
	let (net, rpc) = Network::dev("queries", 44_000).await;

	// A hospital (by sudo), its physician, a patient with the patient's signed consent.
	let pseudonym = H256::repeat_byte(0x51);
	let CareSetting { hospital, doctor, patient, .. } =
		net.check(care_setting(&rpc, "medchain-e2e-queries", pseudonym, STEP).await);

	// The patient lets the hospital (so its physicians) write; the physician anchors a salted
	// commitment.
	let call = RuntimeCall::Consent(pallet_consent::Call::grant_access {
		patient: pseudonym,
		grantee: account(&hospital),
		scope: Scope::AllRecords,
		permission: Permission::ReadWrite,
		purpose: Purpose::Treatment,
		expires_at: None,
	});
	net.check(rpc.submit_and_wait(&patient, call, STEP).await);
	let document = b"ECG 12-lead, sinus rhythm";
	let salt = [9u8; 32];
	let commitment = H256(sp_io::hashing::sha2_256(&[&salt[..], document].concat()));
	let call = RuntimeCall::Records(pallet_records::Call::anchor_record {
		patient: pseudonym,
		content_hash: commitment,
		cid: hex::decode(CID).expect("hex").try_into().expect("short"),
		kind: RecordKind::Fhir(b"DiagnosticReport".to_vec().try_into().expect("short")),
		patient_envelope: vec![0xe1; 92].try_into().expect("short"),
	});
	net.check(rpc.submit_and_wait(&doctor, call, STEP).await);

	// Is the file anchored? The salted commitment: yes, with its author and pseudonym.
	let proof = net.check(rpc.call("medchain_verify", rpc_params![commitment]).await);
	assert_eq!(proof["record"], json!(0), "{proof}");
	assert_eq!(proof["patient"], json!(format!("{pseudonym:?}")), "{proof}");
	assert_eq!(proof["author"], json!(ss58(&doctor)), "{proof}");
	assert_eq!(proof["organization"], json!(ss58(&hospital)), "{proof}");
	assert_eq!((proof["version"].clone(), proof["retracted"].clone()), (json!(1), json!(false)));
	// A plain hash of the document finds nothing: guesses cannot be tested.
	let plain = H256(sp_io::hashing::sha2_256(document));
	let none = net.check(rpc.call("medchain_verify", rpc_params![plain]).await);
	assert_eq!(none, Value::Null);

	// The record, its CID in hex; the patient's records; the patient's envelope.
	let record = net.check(rpc.call("medchain_record", rpc_params![0]).await);
	assert_eq!(record["cid"], json!(format!("0x{CID}")), "{record}");
	let records = net.check(rpc.call("medchain_recordsOf", rpc_params![pseudonym]).await);
	assert_eq!(records, json!([0]));
	let envelope = net.check(rpc.call("medchain_envelope", rpc_params![0, ss58(&patient)]).await);
	assert_eq!(envelope, json!({"ciphertext": to_hex(&[0xe1; 92])}));

	// Who may read it, and why. Accounts in any SS58 format or hex.
	let reason = |who: String| {
		let rpc = rpc.clone();
		async move { rpc.call("medchain_accessReason", rpc_params![who, 0]).await }
	};
	assert_eq!(net.check(reason(ss58(&patient)).await), json!("Patient"));
	assert_eq!(net.check(reason(account(&doctor).to_ss58check()).await), json!("Author"));
	assert_eq!(net.check(reason(to_hex(account(&hospital).as_ref())).await), json!({"Grant": 0}));
	assert_eq!(net.check(reason(ss58(&pair("stranger"))).await), Value::Null);
	let bad = reason("not-an-account".into()).await.expect_err("a bad account is refused");
	assert!(bad.contains("SS58"), "unexpected error: {bad}");

	// The patient's grants, audit trail, requests and sessions.
	let grants = net.check(rpc.call("medchain_grantsOf", rpc_params![pseudonym]).await);
	assert_eq!(grants[0][0], json!(0), "{grants}");
	assert_eq!(grants[0][1]["grantee"], json!(ss58(&hospital)), "{grants}");
	assert_eq!(grants[0][1]["permission"], json!("ReadWrite"), "{grants}");
	let trail = net.check(rpc.call("medchain_auditTrail", rpc_params![pseudonym, 0, 10]).await);
	assert_eq!(trail[0]["event"], json!({"GrantCreated": {"grant": 0}}), "{trail}");
	assert_eq!(trail[0]["actor"], json!(ss58(&patient)), "{trail}");
	let requests = net.check(rpc.call("medchain_requestsOf", rpc_params![pseudonym]).await);
	assert_eq!(requests, json!([]));
	let sessions = net.check(rpc.call("medchain_sessionsOf", rpc_params![pseudonym]).await);
	assert_eq!(sessions, json!([]));
	let status = net.check(rpc.call("medchain_sessionStatus", rpc_params![7]).await);
	assert_eq!(status, Value::Null);

	// The same answers come from the runtime API directly (what polkadot.js `api.call` uses).
	let best = net
		.check(rpc.block_hash(net.check(rpc.best_number().await)).await)
		.expect("the best block exists");
	let raw = net.check(rpc.state_call("RecordsApi_verify", &commitment.encode(), best).await);
	let decoded =
		Option::<medchain_runtime::api_types::Verification>::decode(&mut &raw[..]).expect("SCALE");
	assert_eq!(decoded.map(|v| (v.record, v.author)), Some((0, account(&doctor))));

	// The node's metrics endpoint counts them too (MedChain's own metrics, at the finalized
	// block), beside the node's own.
	let port = net.nodes[0].spec.prometheus_port;
	for (metric, expected) in [
		("medchain_records_anchored", 1.0),
		("medchain_grants_created", 1.0),
		("medchain_access_requests", 0.0),
		("medchain_breakglass_sessions_open", 0.0),
	] {
		net.check(metric_becomes(port, metric, expected, STEP).await);
	}
	let finalized = net.check(prometheus_metric(port, "medchain_finalized_block"));
	assert!(finalized.is_some_and(|n| n >= 1.0), "medchain_finalized_block: {finalized:?}");
	let text = net.check(prometheus_text(port));
	assert!(text.contains("substrate_block_height{"), "the node's own metrics are served too");
	// Every metric the Grafana dashboard in docker/ plots is one the node serves.
	let dashboard = include_str!("../../../docker/grafana-medchain.json");
	let used: std::collections::BTreeSet<&str> = dashboard
		.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
		.filter(|word| {
			["medchain_", "substrate_"].iter().any(|p| word.len() > p.len() && word.starts_with(p))
		})
		.collect();
	assert!(used.len() >= 8, "the dashboard plots {used:?}");
	let served = |metric: &str| {
		text.lines().any(|line| {
			line.strip_prefix(metric)
				.is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
		})
	};
	let missing: Vec<_> = used.iter().filter(|m| !served(m)).collect();
	assert!(missing.is_empty(), "the dashboard plots metrics the node does not serve: {missing:?}");
}
