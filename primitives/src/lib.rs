//! # MedChain primitives
//!
//! Domain types that more than one MedChain pallet uses, and the traits through which the
//! pallets reach each other. A pallet never reads another pallet's storage: it names a trait
//! from this crate in its `Config`, and the runtime wires the implementing pallet in. Tests
//! swap in simple implementations.
//!
//! - [`types`]: pseudonymous patient ids, encryption keys, organization kinds, practitioner
//!   roles, statuses and the emergency (break-glass) policy.
//! - [`traits`]: [`ProviderRegistry`], [`PatientRegistry`], [`OnPatientErased`],
//!   [`ActiveActor`] and [`FreeCallEligibility`].
//!
//! Nothing here may carry personal data: only account ids, pseudonyms, codes, hashes and
//! public keys.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

pub mod traits;
pub mod types;

pub use traits::*;
pub use types::*;
