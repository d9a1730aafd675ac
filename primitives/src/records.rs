//! Types of anchored records shared by the records, consent and emergency pallets.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

use crate::PatientId;

/// A record's id: sequential, assigned by the records pallet.
pub type RecordId = u64;

/// The longest FHIR resource type name stored (the longest in FHIR R4,
/// `MedicinalProductUndesirableEffect`, has 33 characters).
pub const MAX_FHIR_TYPE_LENGTH: u32 = 64;

/// The resource types of FHIR R4 (4.0.1), in byte order: the names of the "Resource Index"
/// of <https://hl7.org/fhir/R4/resourcelist.html>, without the abstract `Resource` and
/// `DomainResource`. A [`RecordKind::Fhir`] must be one of them.
pub const FHIR_R4_RESOURCE_TYPES: [&[u8]; 146] = [
	b"Account",
	b"ActivityDefinition",
	b"AdverseEvent",
	b"AllergyIntolerance",
	b"Appointment",
	b"AppointmentResponse",
	b"AuditEvent",
	b"Basic",
	b"Binary",
	b"BiologicallyDerivedProduct",
	b"BodyStructure",
	b"Bundle",
	b"CapabilityStatement",
	b"CarePlan",
	b"CareTeam",
	b"CatalogEntry",
	b"ChargeItem",
	b"ChargeItemDefinition",
	b"Claim",
	b"ClaimResponse",
	b"ClinicalImpression",
	b"CodeSystem",
	b"Communication",
	b"CommunicationRequest",
	b"CompartmentDefinition",
	b"Composition",
	b"ConceptMap",
	b"Condition",
	b"Consent",
	b"Contract",
	b"Coverage",
	b"CoverageEligibilityRequest",
	b"CoverageEligibilityResponse",
	b"DetectedIssue",
	b"Device",
	b"DeviceDefinition",
	b"DeviceMetric",
	b"DeviceRequest",
	b"DeviceUseStatement",
	b"DiagnosticReport",
	b"DocumentManifest",
	b"DocumentReference",
	b"EffectEvidenceSynthesis",
	b"Encounter",
	b"Endpoint",
	b"EnrollmentRequest",
	b"EnrollmentResponse",
	b"EpisodeOfCare",
	b"EventDefinition",
	b"Evidence",
	b"EvidenceVariable",
	b"ExampleScenario",
	b"ExplanationOfBenefit",
	b"FamilyMemberHistory",
	b"Flag",
	b"Goal",
	b"GraphDefinition",
	b"Group",
	b"GuidanceResponse",
	b"HealthcareService",
	b"ImagingStudy",
	b"Immunization",
	b"ImmunizationEvaluation",
	b"ImmunizationRecommendation",
	b"ImplementationGuide",
	b"InsurancePlan",
	b"Invoice",
	b"Library",
	b"Linkage",
	b"List",
	b"Location",
	b"Measure",
	b"MeasureReport",
	b"Media",
	b"Medication",
	b"MedicationAdministration",
	b"MedicationDispense",
	b"MedicationKnowledge",
	b"MedicationRequest",
	b"MedicationStatement",
	b"MedicinalProduct",
	b"MedicinalProductAuthorization",
	b"MedicinalProductContraindication",
	b"MedicinalProductIndication",
	b"MedicinalProductIngredient",
	b"MedicinalProductInteraction",
	b"MedicinalProductManufactured",
	b"MedicinalProductPackaged",
	b"MedicinalProductPharmaceutical",
	b"MedicinalProductUndesirableEffect",
	b"MessageDefinition",
	b"MessageHeader",
	b"MolecularSequence",
	b"NamingSystem",
	b"NutritionOrder",
	b"Observation",
	b"ObservationDefinition",
	b"OperationDefinition",
	b"OperationOutcome",
	b"Organization",
	b"OrganizationAffiliation",
	b"Parameters",
	b"Patient",
	b"PaymentNotice",
	b"PaymentReconciliation",
	b"Person",
	b"PlanDefinition",
	b"Practitioner",
	b"PractitionerRole",
	b"Procedure",
	b"Provenance",
	b"Questionnaire",
	b"QuestionnaireResponse",
	b"RelatedPerson",
	b"RequestGroup",
	b"ResearchDefinition",
	b"ResearchElementDefinition",
	b"ResearchStudy",
	b"ResearchSubject",
	b"RiskAssessment",
	b"RiskEvidenceSynthesis",
	b"Schedule",
	b"SearchParameter",
	b"ServiceRequest",
	b"Slot",
	b"Specimen",
	b"SpecimenDefinition",
	b"StructureDefinition",
	b"StructureMap",
	b"Subscription",
	b"Substance",
	b"SubstanceNucleicAcid",
	b"SubstancePolymer",
	b"SubstanceProtein",
	b"SubstanceReferenceInformation",
	b"SubstanceSourceMaterial",
	b"SubstanceSpecification",
	b"SupplyDelivery",
	b"SupplyRequest",
	b"Task",
	b"TerminologyCapabilities",
	b"TestReport",
	b"TestScript",
	b"ValueSet",
	b"VerificationResult",
	b"VisionPrescription",
];

/// What kind of record an anchor is: a small fixed vocabulary, or a FHIR resource type.
/// A code, never free text.
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, PartialEq, Eq, Debug,
)]
pub enum RecordKind {
	/// A clinical note.
	ClinicalNote,
	/// A laboratory result.
	LabResult,
	/// An imaging study or report.
	Imaging,
	/// A prescription.
	Prescription,
	/// A diagnosis.
	Diagnosis,
	/// Vital signs.
	VitalSigns,
	/// A discharge summary.
	DischargeSummary,
	/// Anything else.
	Other,
	/// A FHIR resource type, by name (`Observation`, `DiagnosticReport`, ...): one of
	/// [`FHIR_R4_RESOURCE_TYPES`].
	Fhir(BoundedVec<u8, ConstU32<MAX_FHIR_TYPE_LENGTH>>),
}

impl RecordKind {
	/// Whether the kind is valid: a FHIR kind must name a FHIR R4 resource type
	/// ([`FHIR_R4_RESOURCE_TYPES`]), so that no free text reaches the chain.
	pub fn is_valid(&self) -> bool {
		match self {
			RecordKind::Fhir(name) => {
				FHIR_R4_RESOURCE_TYPES.binary_search(&name.as_slice()).is_ok()
			},
			_ => true,
		}
	}
}

/// What an access check needs to know about a record.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RecordRef<AccountId> {
	/// The record.
	pub id: RecordId,
	/// Whose record it is.
	pub patient: PatientId,
	/// Its kind.
	pub kind: RecordKind,
	/// Who anchored it.
	pub author: AccountId,
	/// The organization the author practised for when anchoring, if a practitioner.
	pub organization: Option<AccountId>,
}

#[cfg(test)]
mod tests {
	use super::*;

	fn fhir(name: &[u8]) -> RecordKind {
		RecordKind::Fhir(BoundedVec::truncate_from(name.to_vec()))
	}

	#[test]
	fn the_fhir_list_is_sorted_without_duplicates_and_fits_the_bound() {
		assert!(FHIR_R4_RESOURCE_TYPES.windows(2).all(|w| w[0] < w[1]));
		assert!(FHIR_R4_RESOURCE_TYPES.iter().all(|n| n.len() <= MAX_FHIR_TYPE_LENGTH as usize));
		assert!(FHIR_R4_RESOURCE_TYPES.iter().all(|n| fhir(n).is_valid()));
	}

	#[test]
	fn only_fhir_r4_resource_types_are_valid_fhir_kinds() {
		for name in [&b"Observation"[..], b"DiagnosticReport", b"Account", b"VisionPrescription"] {
			assert!(fhir(name).is_valid());
		}
		for name in [
			&b"SchizophreniaDiagnosis"[..],
			b"HivViralLoadPositive",
			b"observation",
			b"Observation ",
			b"Resource",
			b"DomainResource",
			b"",
		] {
			assert!(!fhir(name).is_valid());
		}
		assert!(RecordKind::Diagnosis.is_valid());
	}
}
