//! # MedChain primitives
//!
//! Domain types that more than one MedChain pallet uses, and the traits through which the
//! pallets reach each other. A pallet never reads another pallet's storage: it names a trait
//! from this crate in its `Config`, and the runtime wires the implementing pallet in. Tests
//! swap in simple implementations.
//!
//! - [`types`]: pseudonymous patient ids, encryption keys, organization kinds, practitioner
//!   roles, statuses and the emergency (break-glass) policy.
//! - [`consent`]: scopes, permissions, purposes of use, audit events, and the traits for
//!   the audit trail, key envelopes and break-glass sessions.
//! - [`records`]: record ids, record kinds (a fixed vocabulary or a FHIR resource type) and
//!   what an access check needs to know about a record.
//! - [`peering`]: node ids (the key behind a libp2p peer id), the peering mode and what a
//!   node applies to its network.
//! - [`traits`]: [`ProviderRegistry`], [`PatientRegistry`], [`OnPatientErased`],
//!   [`OnProviderDeactivated`], [`RecordAccess`], [`ActiveActor`] and [`FreeCallEligibility`].
//!
//! Nothing here may carry personal data: only account ids, pseudonyms, codes, hashes and
//! public keys.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod consent;
pub mod peering;
pub mod records;
pub mod traits;
pub mod types;

pub use consent::*;
pub use peering::*;
pub use records::*;
pub use traits::*;
pub use types::*;

/// Serializes bytes (a CID, a key envelope) as a `0x`-prefixed hex string, for JSON-RPC
/// answers: `#[serde(serialize_with = "medchain_primitives::serialize_hex")]`.
#[cfg(feature = "std")]
pub fn serialize_hex<B: AsRef<[u8]>, S: serde::Serializer>(
	bytes: &B,
	serializer: S,
) -> Result<S::Ok, S::Error> {
	serializer
		.serialize_str(&format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&bytes.as_ref())))
}
