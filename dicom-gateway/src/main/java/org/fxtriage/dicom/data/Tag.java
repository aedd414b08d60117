package org.fxtriage.dicom.data;

/**
 * Data element tags (PS3.6 §6) as {@code int} constants named by their standard keyword, plus
 * formatting and keyword lookup over the full PS3.6 dictionary.
 *
 * <p>A tag is {@code group << 16 | element}. The constants cover the file meta group, the
 * patient/study/series/equipment/instance modules and the acquisition, image pixel, LUT, SR and
 * presentation groups (0002, 0008, 0010, 0012, 0018, 0020, 0028, 0032, 0038, 0040, 0054, 0070,
 * 0088, 2050, 7FE0) and the item delimiters; {@link #forKeyword(String)} and
 * {@link #keywordOf(int)} know every (also retired) tag of the dictionary. DIMSE command tags
 * (group 0000) are deliberately absent: the network layer owns its command dictionary.
 */
public final class Tag {
    private Tag() {}

    /** Marks "no tag" where an {@code int} tag is expected; never a valid data element tag. */
    public static final int NONE = 0xFFFFFFFF;

    /** (0002,0000) UL 1 File Meta Information Group Length */
    public static final int FileMetaInformationGroupLength = 0x00020000;
    /** (0002,0001) OB 1 File Meta Information Version */
    public static final int FileMetaInformationVersion = 0x00020001;
    /** (0002,0002) UI 1 Media Storage SOP Class UID */
    public static final int MediaStorageSOPClassUID = 0x00020002;
    /** (0002,0003) UI 1 Media Storage SOP Instance UID */
    public static final int MediaStorageSOPInstanceUID = 0x00020003;
    /** (0002,0010) UI 1 Transfer Syntax UID */
    public static final int TransferSyntaxUID = 0x00020010;
    /** (0002,0012) UI 1 Implementation Class UID */
    public static final int ImplementationClassUID = 0x00020012;
    /** (0002,0013) SH 1 Implementation Version Name */
    public static final int ImplementationVersionName = 0x00020013;
    /** (0002,0016) AE 1 Source Application Entity Title */
    public static final int SourceApplicationEntityTitle = 0x00020016;
    /** (0002,0017) AE 1 Sending Application Entity Title */
    public static final int SendingApplicationEntityTitle = 0x00020017;
    /** (0002,0018) AE 1 Receiving Application Entity Title */
    public static final int ReceivingApplicationEntityTitle = 0x00020018;
    /** (0002,0026) UR 1 Source Presentation Address */
    public static final int SourcePresentationAddress = 0x00020026;
    /** (0002,0027) UR 1 Sending Presentation Address */
    public static final int SendingPresentationAddress = 0x00020027;
    /** (0002,0028) UR 1 Receiving Presentation Address */
    public static final int ReceivingPresentationAddress = 0x00020028;
    /** (0002,0031) OB 1 RTV Meta Information Version */
    public static final int RTVMetaInformationVersion = 0x00020031;
    /** (0002,0032) UI 1 RTV Communication SOP Class UID */
    public static final int RTVCommunicationSOPClassUID = 0x00020032;
    /** (0002,0033) UI 1 RTV Communication SOP Instance UID */
    public static final int RTVCommunicationSOPInstanceUID = 0x00020033;
    /** (0002,0035) OB 1 RTV Source Identifier */
    public static final int RTVSourceIdentifier = 0x00020035;
    /** (0002,0036) OB 1 RTV Flow Identifier */
    public static final int RTVFlowIdentifier = 0x00020036;
    /** (0002,0037) UL 1 RTV Flow RTP Sampling Rate */
    public static final int RTVFlowRTPSamplingRate = 0x00020037;
    /** (0002,0038) FD 1 RTV Flow Actual Frame Duration */
    public static final int RTVFlowActualFrameDuration = 0x00020038;
    /** (0002,0100) UI 1 Private Information Creator UID */
    public static final int PrivateInformationCreatorUID = 0x00020100;
    /** (0002,0102) OB 1 Private Information */
    public static final int PrivateInformation = 0x00020102;
    /** (0008,0005) CS 1-n Specific Character Set */
    public static final int SpecificCharacterSet = 0x00080005;
    /** (0008,0006) SQ 1 Language Code Sequence */
    public static final int LanguageCodeSequence = 0x00080006;
    /** (0008,0008) CS 2-n Image Type */
    public static final int ImageType = 0x00080008;
    /** (0008,0012) DA 1 Instance Creation Date */
    public static final int InstanceCreationDate = 0x00080012;
    /** (0008,0013) TM 1 Instance Creation Time */
    public static final int InstanceCreationTime = 0x00080013;
    /** (0008,0014) UI 1 Instance Creator UID */
    public static final int InstanceCreatorUID = 0x00080014;
    /** (0008,0015) DT 1 Instance Coercion DateTime */
    public static final int InstanceCoercionDateTime = 0x00080015;
    /** (0008,0016) UI 1 SOP Class UID */
    public static final int SOPClassUID = 0x00080016;
    /** (0008,0018) UI 1 SOP Instance UID */
    public static final int SOPInstanceUID = 0x00080018;
    /** (0008,001A) UI 1-n Related General SOP Class UID */
    public static final int RelatedGeneralSOPClassUID = 0x0008001A;
    /** (0008,001B) UI 1 Original Specialized SOP Class UID */
    public static final int OriginalSpecializedSOPClassUID = 0x0008001B;
    /** (0008,0020) DA 1 Study Date */
    public static final int StudyDate = 0x00080020;
    /** (0008,0021) DA 1 Series Date */
    public static final int SeriesDate = 0x00080021;
    /** (0008,0022) DA 1 Acquisition Date */
    public static final int AcquisitionDate = 0x00080022;
    /** (0008,0023) DA 1 Content Date */
    public static final int ContentDate = 0x00080023;
    /** (0008,002A) DT 1 Acquisition DateTime */
    public static final int AcquisitionDateTime = 0x0008002A;
    /** (0008,0030) TM 1 Study Time */
    public static final int StudyTime = 0x00080030;
    /** (0008,0031) TM 1 Series Time */
    public static final int SeriesTime = 0x00080031;
    /** (0008,0032) TM 1 Acquisition Time */
    public static final int AcquisitionTime = 0x00080032;
    /** (0008,0033) TM 1 Content Time */
    public static final int ContentTime = 0x00080033;
    /** (0008,0050) SH 1 Accession Number */
    public static final int AccessionNumber = 0x00080050;
    /** (0008,0051) SQ 1 Issuer of Accession Number Sequence */
    public static final int IssuerOfAccessionNumberSequence = 0x00080051;
    /** (0008,0052) CS 1 Query/Retrieve Level */
    public static final int QueryRetrieveLevel = 0x00080052;
    /** (0008,0053) CS 1 Query/Retrieve View */
    public static final int QueryRetrieveView = 0x00080053;
    /** (0008,0054) AE 1-n Retrieve AE Title */
    public static final int RetrieveAETitle = 0x00080054;
    /** (0008,0055) AE 1 Station AE Title */
    public static final int StationAETitle = 0x00080055;
    /** (0008,0056) CS 1 Instance Availability */
    public static final int InstanceAvailability = 0x00080056;
    /** (0008,0058) UI 1-n Failed SOP Instance UID List */
    public static final int FailedSOPInstanceUIDList = 0x00080058;
    /** (0008,0060) CS 1 Modality */
    public static final int Modality = 0x00080060;
    /** (0008,0061) CS 1-n Modalities in Study */
    public static final int ModalitiesInStudy = 0x00080061;
    /** (0008,0062) UI 1-n SOP Classes in Study */
    public static final int SOPClassesInStudy = 0x00080062;
    /** (0008,0063) SQ 1 Anatomic Regions in Study Code Sequence */
    public static final int AnatomicRegionsInStudyCodeSequence = 0x00080063;
    /** (0008,0064) CS 1 Conversion Type */
    public static final int ConversionType = 0x00080064;
    /** (0008,0068) CS 1 Presentation Intent Type */
    public static final int PresentationIntentType = 0x00080068;
    /** (0008,0070) LO 1 Manufacturer */
    public static final int Manufacturer = 0x00080070;
    /** (0008,0080) LO 1 Institution Name */
    public static final int InstitutionName = 0x00080080;
    /** (0008,0081) ST 1 Institution Address */
    public static final int InstitutionAddress = 0x00080081;
    /** (0008,0082) SQ 1 Institution Code Sequence */
    public static final int InstitutionCodeSequence = 0x00080082;
    /** (0008,0090) PN 1 Referring Physician's Name */
    public static final int ReferringPhysicianName = 0x00080090;
    /** (0008,0092) ST 1 Referring Physician's Address */
    public static final int ReferringPhysicianAddress = 0x00080092;
    /** (0008,0094) SH 1-n Referring Physician's Telephone Numbers */
    public static final int ReferringPhysicianTelephoneNumbers = 0x00080094;
    /** (0008,0096) SQ 1 Referring Physician Identification Sequence */
    public static final int ReferringPhysicianIdentificationSequence = 0x00080096;
    /** (0008,009C) PN 1-n Consulting Physician's Name */
    public static final int ConsultingPhysicianName = 0x0008009C;
    /** (0008,009D) SQ 1 Consulting Physician Identification Sequence */
    public static final int ConsultingPhysicianIdentificationSequence = 0x0008009D;
    /** (0008,0100) SH 1 Code Value */
    public static final int CodeValue = 0x00080100;
    /** (0008,0101) LO 1 Extended Code Value */
    public static final int ExtendedCodeValue = 0x00080101;
    /** (0008,0102) SH 1 Coding Scheme Designator */
    public static final int CodingSchemeDesignator = 0x00080102;
    /** (0008,0103) SH 1 Coding Scheme Version */
    public static final int CodingSchemeVersion = 0x00080103;
    /** (0008,0104) LO 1 Code Meaning */
    public static final int CodeMeaning = 0x00080104;
    /** (0008,0105) CS 1 Mapping Resource */
    public static final int MappingResource = 0x00080105;
    /** (0008,0106) DT 1 Context Group Version */
    public static final int ContextGroupVersion = 0x00080106;
    /** (0008,0107) DT 1 Context Group Local Version */
    public static final int ContextGroupLocalVersion = 0x00080107;
    /** (0008,0108) LT 1 Extended Code Meaning */
    public static final int ExtendedCodeMeaning = 0x00080108;
    /** (0008,0109) SQ 1 Coding Scheme Resources Sequence */
    public static final int CodingSchemeResourcesSequence = 0x00080109;
    /** (0008,010A) CS 1 Coding Scheme URL Type */
    public static final int CodingSchemeURLType = 0x0008010A;
    /** (0008,010B) CS 1 Context Group Extension Flag */
    public static final int ContextGroupExtensionFlag = 0x0008010B;
    /** (0008,010C) UI 1 Coding Scheme UID */
    public static final int CodingSchemeUID = 0x0008010C;
    /** (0008,010D) UI 1 Context Group Extension Creator UID */
    public static final int ContextGroupExtensionCreatorUID = 0x0008010D;
    /** (0008,010E) UR 1 Coding Scheme URL */
    public static final int CodingSchemeURL = 0x0008010E;
    /** (0008,010F) CS 1 Context Identifier */
    public static final int ContextIdentifier = 0x0008010F;
    /** (0008,0110) SQ 1 Coding Scheme Identification Sequence */
    public static final int CodingSchemeIdentificationSequence = 0x00080110;
    /** (0008,0112) LO 1 Coding Scheme Registry */
    public static final int CodingSchemeRegistry = 0x00080112;
    /** (0008,0114) ST 1 Coding Scheme External ID */
    public static final int CodingSchemeExternalID = 0x00080114;
    /** (0008,0115) ST 1 Coding Scheme Name */
    public static final int CodingSchemeName = 0x00080115;
    /** (0008,0116) ST 1 Coding Scheme Responsible Organization */
    public static final int CodingSchemeResponsibleOrganization = 0x00080116;
    /** (0008,0117) UI 1 Context UID */
    public static final int ContextUID = 0x00080117;
    /** (0008,0118) UI 1 Mapping Resource UID */
    public static final int MappingResourceUID = 0x00080118;
    /** (0008,0119) UC 1 Long Code Value */
    public static final int LongCodeValue = 0x00080119;
    /** (0008,0120) UR 1 URN Code Value */
    public static final int URNCodeValue = 0x00080120;
    /** (0008,0121) SQ 1 Equivalent Code Sequence */
    public static final int EquivalentCodeSequence = 0x00080121;
    /** (0008,0122) LO 1 Mapping Resource Name */
    public static final int MappingResourceName = 0x00080122;
    /** (0008,0123) SQ 1 Context Group Identification Sequence */
    public static final int ContextGroupIdentificationSequence = 0x00080123;
    /** (0008,0124) SQ 1 Mapping Resource Identification Sequence */
    public static final int MappingResourceIdentificationSequence = 0x00080124;
    /** (0008,0201) SH 1 Timezone Offset From UTC */
    public static final int TimezoneOffsetFromUTC = 0x00080201;
    /** (0008,0220) SQ 1 Responsible Group Code Sequence */
    public static final int ResponsibleGroupCodeSequence = 0x00080220;
    /** (0008,0221) CS 1 Equipment Modality */
    public static final int EquipmentModality = 0x00080221;
    /** (0008,0222) LO 1 Manufacturer's Related Model Group */
    public static final int ManufacturerRelatedModelGroup = 0x00080222;
    /** (0008,0300) SQ 1 Private Data Element Characteristics Sequence */
    public static final int PrivateDataElementCharacteristicsSequence = 0x00080300;
    /** (0008,0301) US 1 Private Group Reference */
    public static final int PrivateGroupReference = 0x00080301;
    /** (0008,0302) LO 1 Private Creator Reference */
    public static final int PrivateCreatorReference = 0x00080302;
    /** (0008,0303) CS 1 Block Identifying Information Status */
    public static final int BlockIdentifyingInformationStatus = 0x00080303;
    /** (0008,0304) US 1-n Nonidentifying Private Elements */
    public static final int NonidentifyingPrivateElements = 0x00080304;
    /** (0008,0305) SQ 1 Deidentification Action Sequence */
    public static final int DeidentificationActionSequence = 0x00080305;
    /** (0008,0306) US 1-n Identifying Private Elements */
    public static final int IdentifyingPrivateElements = 0x00080306;
    /** (0008,0307) CS 1 Deidentification Action */
    public static final int DeidentificationAction = 0x00080307;
    /** (0008,0308) US 1 Private Data Element */
    public static final int PrivateDataElement = 0x00080308;
    /** (0008,0309) UL 1-3 Private Data Element Value Multiplicity */
    public static final int PrivateDataElementValueMultiplicity = 0x00080309;
    /** (0008,030A) CS 1 Private Data Element Value Representation */
    public static final int PrivateDataElementValueRepresentation = 0x0008030A;
    /** (0008,030B) UL 1-2 Private Data Element Number of Items */
    public static final int PrivateDataElementNumberOfItems = 0x0008030B;
    /** (0008,030C) UC 1 Private Data Element Name */
    public static final int PrivateDataElementName = 0x0008030C;
    /** (0008,030D) UC 1 Private Data Element Keyword */
    public static final int PrivateDataElementKeyword = 0x0008030D;
    /** (0008,030E) UT 1 Private Data Element Description */
    public static final int PrivateDataElementDescription = 0x0008030E;
    /** (0008,030F) UT 1 Private Data Element Encoding */
    public static final int PrivateDataElementEncoding = 0x0008030F;
    /** (0008,0310) SQ 1 Private Data Element Definition Sequence */
    public static final int PrivateDataElementDefinitionSequence = 0x00080310;
    /** (0008,1010) SH 1 Station Name */
    public static final int StationName = 0x00081010;
    /** (0008,1030) LO 1 Study Description */
    public static final int StudyDescription = 0x00081030;
    /** (0008,1032) SQ 1 Procedure Code Sequence */
    public static final int ProcedureCodeSequence = 0x00081032;
    /** (0008,103E) LO 1 Series Description */
    public static final int SeriesDescription = 0x0008103E;
    /** (0008,103F) SQ 1 Series Description Code Sequence */
    public static final int SeriesDescriptionCodeSequence = 0x0008103F;
    /** (0008,1040) LO 1 Institutional Department Name */
    public static final int InstitutionalDepartmentName = 0x00081040;
    /** (0008,1041) SQ 1 Institutional Department Type Code Sequence */
    public static final int InstitutionalDepartmentTypeCodeSequence = 0x00081041;
    /** (0008,1048) PN 1-n Physician(s) of Record */
    public static final int PhysiciansOfRecord = 0x00081048;
    /** (0008,1049) SQ 1 Physician(s) of Record Identification Sequence */
    public static final int PhysiciansOfRecordIdentificationSequence = 0x00081049;
    /** (0008,1050) PN 1-n Performing Physician's Name */
    public static final int PerformingPhysicianName = 0x00081050;
    /** (0008,1052) SQ 1 Performing Physician Identification Sequence */
    public static final int PerformingPhysicianIdentificationSequence = 0x00081052;
    /** (0008,1060) PN 1-n Name of Physician(s) Reading Study */
    public static final int NameOfPhysiciansReadingStudy = 0x00081060;
    /** (0008,1062) SQ 1 Physician(s) Reading Study Identification Sequence */
    public static final int PhysiciansReadingStudyIdentificationSequence = 0x00081062;
    /** (0008,1070) PN 1-n Operators' Name */
    public static final int OperatorsName = 0x00081070;
    /** (0008,1072) SQ 1 Operator Identification Sequence */
    public static final int OperatorIdentificationSequence = 0x00081072;
    /** (0008,1080) LO 1-n Admitting Diagnoses Description */
    public static final int AdmittingDiagnosesDescription = 0x00081080;
    /** (0008,1084) SQ 1 Admitting Diagnoses Code Sequence */
    public static final int AdmittingDiagnosesCodeSequence = 0x00081084;
    /** (0008,1090) LO 1 Manufacturer's Model Name */
    public static final int ManufacturerModelName = 0x00081090;
    /** (0008,1110) SQ 1 Referenced Study Sequence */
    public static final int ReferencedStudySequence = 0x00081110;
    /** (0008,1111) SQ 1 Referenced Performed Procedure Step Sequence */
    public static final int ReferencedPerformedProcedureStepSequence = 0x00081111;
    /** (0008,1115) SQ 1 Referenced Series Sequence */
    public static final int ReferencedSeriesSequence = 0x00081115;
    /** (0008,1120) SQ 1 Referenced Patient Sequence */
    public static final int ReferencedPatientSequence = 0x00081120;
    /** (0008,1125) SQ 1 Referenced Visit Sequence */
    public static final int ReferencedVisitSequence = 0x00081125;
    /** (0008,1134) SQ 1 Referenced Stereometric Instance Sequence */
    public static final int ReferencedStereometricInstanceSequence = 0x00081134;
    /** (0008,113A) SQ 1 Referenced Waveform Sequence */
    public static final int ReferencedWaveformSequence = 0x0008113A;
    /** (0008,1140) SQ 1 Referenced Image Sequence */
    public static final int ReferencedImageSequence = 0x00081140;
    /** (0008,114A) SQ 1 Referenced Instance Sequence */
    public static final int ReferencedInstanceSequence = 0x0008114A;
    /** (0008,114B) SQ 1 Referenced Real World Value Mapping Instance Sequence */
    public static final int ReferencedRealWorldValueMappingInstanceSequence = 0x0008114B;
    /** (0008,1150) UI 1 Referenced SOP Class UID */
    public static final int ReferencedSOPClassUID = 0x00081150;
    /** (0008,1155) UI 1 Referenced SOP Instance UID */
    public static final int ReferencedSOPInstanceUID = 0x00081155;
    /** (0008,1156) SQ 1 Definition Source Sequence */
    public static final int DefinitionSourceSequence = 0x00081156;
    /** (0008,115A) UI 1-n SOP Classes Supported */
    public static final int SOPClassesSupported = 0x0008115A;
    /** (0008,1160) IS 1-n Referenced Frame Number */
    public static final int ReferencedFrameNumber = 0x00081160;
    /** (0008,1161) UL 1-n Simple Frame List */
    public static final int SimpleFrameList = 0x00081161;
    /** (0008,1162) UL 3-3n Calculated Frame List */
    public static final int CalculatedFrameList = 0x00081162;
    /** (0008,1163) FD 2 Time Range */
    public static final int TimeRange = 0x00081163;
    /** (0008,1164) SQ 1 Frame Extraction Sequence */
    public static final int FrameExtractionSequence = 0x00081164;
    /** (0008,1167) UI 1 Multi-frame Source SOP Instance UID */
    public static final int MultiFrameSourceSOPInstanceUID = 0x00081167;
    /** (0008,1190) UR 1 Retrieve URL */
    public static final int RetrieveURL = 0x00081190;
    /** (0008,1195) UI 1 Transaction UID */
    public static final int TransactionUID = 0x00081195;
    /** (0008,1196) US 1 Warning Reason */
    public static final int WarningReason = 0x00081196;
    /** (0008,1197) US 1 Failure Reason */
    public static final int FailureReason = 0x00081197;
    /** (0008,1198) SQ 1 Failed SOP Sequence */
    public static final int FailedSOPSequence = 0x00081198;
    /** (0008,1199) SQ 1 Referenced SOP Sequence */
    public static final int ReferencedSOPSequence = 0x00081199;
    /** (0008,119A) SQ 1 Other Failures Sequence */
    public static final int OtherFailuresSequence = 0x0008119A;
    /** (0008,1200) SQ 1 Studies Containing Other Referenced Instances Sequence */
    public static final int StudiesContainingOtherReferencedInstancesSequence = 0x00081200;
    /** (0008,1250) SQ 1 Related Series Sequence */
    public static final int RelatedSeriesSequence = 0x00081250;
    /** (0008,2111) ST 1 Derivation Description */
    public static final int DerivationDescription = 0x00082111;
    /** (0008,2112) SQ 1 Source Image Sequence */
    public static final int SourceImageSequence = 0x00082112;
    /** (0008,2120) SH 1 Stage Name */
    public static final int StageName = 0x00082120;
    /** (0008,2122) IS 1 Stage Number */
    public static final int StageNumber = 0x00082122;
    /** (0008,2124) IS 1 Number of Stages */
    public static final int NumberOfStages = 0x00082124;
    /** (0008,2127) SH 1 View Name */
    public static final int ViewName = 0x00082127;
    /** (0008,2128) IS 1 View Number */
    public static final int ViewNumber = 0x00082128;
    /** (0008,2129) IS 1 Number of Event Timers */
    public static final int NumberOfEventTimers = 0x00082129;
    /** (0008,212A) IS 1 Number of Views in Stage */
    public static final int NumberOfViewsInStage = 0x0008212A;
    /** (0008,2130) DS 1-n Event Elapsed Time(s) */
    public static final int EventElapsedTimes = 0x00082130;
    /** (0008,2132) LO 1-n Event Timer Name(s) */
    public static final int EventTimerNames = 0x00082132;
    /** (0008,2133) SQ 1 Event Timer Sequence */
    public static final int EventTimerSequence = 0x00082133;
    /** (0008,2134) FD 1 Event Time Offset */
    public static final int EventTimeOffset = 0x00082134;
    /** (0008,2135) SQ 1 Event Code Sequence */
    public static final int EventCodeSequence = 0x00082135;
    /** (0008,2142) IS 1 Start Trim */
    public static final int StartTrim = 0x00082142;
    /** (0008,2143) IS 1 Stop Trim */
    public static final int StopTrim = 0x00082143;
    /** (0008,2144) IS 1 Recommended Display Frame Rate */
    public static final int RecommendedDisplayFrameRate = 0x00082144;
    /** (0008,2218) SQ 1 Anatomic Region Sequence */
    public static final int AnatomicRegionSequence = 0x00082218;
    /** (0008,2220) SQ 1 Anatomic Region Modifier Sequence */
    public static final int AnatomicRegionModifierSequence = 0x00082220;
    /** (0008,2228) SQ 1 Primary Anatomic Structure Sequence */
    public static final int PrimaryAnatomicStructureSequence = 0x00082228;
    /** (0008,2230) SQ 1 Primary Anatomic Structure Modifier Sequence */
    public static final int PrimaryAnatomicStructureModifierSequence = 0x00082230;
    /** (0008,3001) SQ 1 Alternate Representation Sequence */
    public static final int AlternateRepresentationSequence = 0x00083001;
    /** (0008,3002) UI 1-n Available Transfer Syntax UID */
    public static final int AvailableTransferSyntaxUID = 0x00083002;
    /** (0008,3010) UI 1-n Irradiation Event UID */
    public static final int IrradiationEventUID = 0x00083010;
    /** (0008,3011) SQ 1 Source Irradiation Event Sequence */
    public static final int SourceIrradiationEventSequence = 0x00083011;
    /** (0008,3012) UI 1 Radiopharmaceutical Administration Event UID */
    public static final int RadiopharmaceuticalAdministrationEventUID = 0x00083012;
    /** (0008,9007) CS 4 Frame Type */
    public static final int FrameType = 0x00089007;
    /** (0008,9092) SQ 1 Referenced Image Evidence Sequence */
    public static final int ReferencedImageEvidenceSequence = 0x00089092;
    /** (0008,9121) SQ 1 Referenced Raw Data Sequence */
    public static final int ReferencedRawDataSequence = 0x00089121;
    /** (0008,9123) UI 1 Creator-Version UID */
    public static final int CreatorVersionUID = 0x00089123;
    /** (0008,9124) SQ 1 Derivation Image Sequence */
    public static final int DerivationImageSequence = 0x00089124;
    /** (0008,9154) SQ 1 Source Image Evidence Sequence */
    public static final int SourceImageEvidenceSequence = 0x00089154;
    /** (0008,9205) CS 1 Pixel Presentation */
    public static final int PixelPresentation = 0x00089205;
    /** (0008,9206) CS 1 Volumetric Properties */
    public static final int VolumetricProperties = 0x00089206;
    /** (0008,9207) CS 1 Volume Based Calculation Technique */
    public static final int VolumeBasedCalculationTechnique = 0x00089207;
    /** (0008,9208) CS 1 Complex Image Component */
    public static final int ComplexImageComponent = 0x00089208;
    /** (0008,9209) CS 1 Acquisition Contrast */
    public static final int AcquisitionContrast = 0x00089209;
    /** (0008,9215) SQ 1 Derivation Code Sequence */
    public static final int DerivationCodeSequence = 0x00089215;
    /** (0008,9237) SQ 1 Referenced Presentation State Sequence */
    public static final int ReferencedPresentationStateSequence = 0x00089237;
    /** (0008,9410) SQ 1 Referenced Other Plane Sequence */
    public static final int ReferencedOtherPlaneSequence = 0x00089410;
    /** (0008,9458) SQ 1 Frame Display Sequence */
    public static final int FrameDisplaySequence = 0x00089458;
    /** (0008,9459) FL 1 Recommended Display Frame Rate in Float */
    public static final int RecommendedDisplayFrameRateInFloat = 0x00089459;
    /** (0008,9460) CS 1 Skip Frame Range Flag */
    public static final int SkipFrameRangeFlag = 0x00089460;
    /** (0010,0010) PN 1 Patient's Name */
    public static final int PatientName = 0x00100010;
    /** (0010,0020) LO 1 Patient ID */
    public static final int PatientID = 0x00100020;
    /** (0010,0021) LO 1 Issuer of Patient ID */
    public static final int IssuerOfPatientID = 0x00100021;
    /** (0010,0022) CS 1 Type of Patient ID */
    public static final int TypeOfPatientID = 0x00100022;
    /** (0010,0024) SQ 1 Issuer of Patient ID Qualifiers Sequence */
    public static final int IssuerOfPatientIDQualifiersSequence = 0x00100024;
    /** (0010,0026) SQ 1 Source Patient Group Identification Sequence */
    public static final int SourcePatientGroupIdentificationSequence = 0x00100026;
    /** (0010,0027) SQ 1 Group of Patients Identification Sequence */
    public static final int GroupOfPatientsIdentificationSequence = 0x00100027;
    /** (0010,0028) US 3 Subject Relative Position in Image */
    public static final int SubjectRelativePositionInImage = 0x00100028;
    /** (0010,0030) DA 1 Patient's Birth Date */
    public static final int PatientBirthDate = 0x00100030;
    /** (0010,0032) TM 1 Patient's Birth Time */
    public static final int PatientBirthTime = 0x00100032;
    /** (0010,0033) LO 1 Patient's Birth Date in Alternative Calendar */
    public static final int PatientBirthDateInAlternativeCalendar = 0x00100033;
    /** (0010,0034) LO 1 Patient's Death Date in Alternative Calendar */
    public static final int PatientDeathDateInAlternativeCalendar = 0x00100034;
    /** (0010,0035) CS 1 Patient's Alternative Calendar */
    public static final int PatientAlternativeCalendar = 0x00100035;
    /** (0010,0040) CS 1 Patient's Sex */
    public static final int PatientSex = 0x00100040;
    /** (0010,0050) SQ 1 Patient's Insurance Plan Code Sequence */
    public static final int PatientInsurancePlanCodeSequence = 0x00100050;
    /** (0010,0101) SQ 1 Patient's Primary Language Code Sequence */
    public static final int PatientPrimaryLanguageCodeSequence = 0x00100101;
    /** (0010,0102) SQ 1 Patient's Primary Language Modifier Code Sequence */
    public static final int PatientPrimaryLanguageModifierCodeSequence = 0x00100102;
    /** (0010,0200) CS 1 Quality Control Subject */
    public static final int QualityControlSubject = 0x00100200;
    /** (0010,0201) SQ 1 Quality Control Subject Type Code Sequence */
    public static final int QualityControlSubjectTypeCodeSequence = 0x00100201;
    /** (0010,0212) UC 1 Strain Description */
    public static final int StrainDescription = 0x00100212;
    /** (0010,0213) LO 1 Strain Nomenclature */
    public static final int StrainNomenclature = 0x00100213;
    /** (0010,0214) LO 1 Strain Stock Number */
    public static final int StrainStockNumber = 0x00100214;
    /** (0010,0215) SQ 1 Strain Source Registry Code Sequence */
    public static final int StrainSourceRegistryCodeSequence = 0x00100215;
    /** (0010,0216) SQ 1 Strain Stock Sequence */
    public static final int StrainStockSequence = 0x00100216;
    /** (0010,0217) LO 1 Strain Source */
    public static final int StrainSource = 0x00100217;
    /** (0010,0218) UT 1 Strain Additional Information */
    public static final int StrainAdditionalInformation = 0x00100218;
    /** (0010,0219) SQ 1 Strain Code Sequence */
    public static final int StrainCodeSequence = 0x00100219;
    /** (0010,0221) SQ 1 Genetic Modifications Sequence */
    public static final int GeneticModificationsSequence = 0x00100221;
    /** (0010,0222) UC 1 Genetic Modifications Description */
    public static final int GeneticModificationsDescription = 0x00100222;
    /** (0010,0223) LO 1 Genetic Modifications Nomenclature */
    public static final int GeneticModificationsNomenclature = 0x00100223;
    /** (0010,0229) SQ 1 Genetic Modifications Code Sequence */
    public static final int GeneticModificationsCodeSequence = 0x00100229;
    /** (0010,1001) PN 1-n Other Patient Names */
    public static final int OtherPatientNames = 0x00101001;
    /** (0010,1002) SQ 1 Other Patient IDs Sequence */
    public static final int OtherPatientIDsSequence = 0x00101002;
    /** (0010,1005) PN 1 Patient's Birth Name */
    public static final int PatientBirthName = 0x00101005;
    /** (0010,1010) AS 1 Patient's Age */
    public static final int PatientAge = 0x00101010;
    /** (0010,1020) DS 1 Patient's Size */
    public static final int PatientSize = 0x00101020;
    /** (0010,1021) SQ 1 Patient's Size Code Sequence */
    public static final int PatientSizeCodeSequence = 0x00101021;
    /** (0010,1022) DS 1 Patient's Body Mass Index */
    public static final int PatientBodyMassIndex = 0x00101022;
    /** (0010,1023) DS 1 Measured AP Dimension */
    public static final int MeasuredAPDimension = 0x00101023;
    /** (0010,1024) DS 1 Measured Lateral Dimension */
    public static final int MeasuredLateralDimension = 0x00101024;
    /** (0010,1030) DS 1 Patient's Weight */
    public static final int PatientWeight = 0x00101030;
    /** (0010,1040) LO 1 Patient's Address */
    public static final int PatientAddress = 0x00101040;
    /** (0010,1060) PN 1 Patient's Mother's Birth Name */
    public static final int PatientMotherBirthName = 0x00101060;
    /** (0010,1080) LO 1 Military Rank */
    public static final int MilitaryRank = 0x00101080;
    /** (0010,1081) LO 1 Branch of Service */
    public static final int BranchOfService = 0x00101081;
    /** (0010,1100) SQ 1 Referenced Patient Photo Sequence */
    public static final int ReferencedPatientPhotoSequence = 0x00101100;
    /** (0010,2000) LO 1-n Medical Alerts */
    public static final int MedicalAlerts = 0x00102000;
    /** (0010,2110) LO 1-n Allergies */
    public static final int Allergies = 0x00102110;
    /** (0010,2150) LO 1 Country of Residence */
    public static final int CountryOfResidence = 0x00102150;
    /** (0010,2152) LO 1 Region of Residence */
    public static final int RegionOfResidence = 0x00102152;
    /** (0010,2154) SH 1-n Patient's Telephone Numbers */
    public static final int PatientTelephoneNumbers = 0x00102154;
    /** (0010,2155) LT 1 Patient's Telecom Information */
    public static final int PatientTelecomInformation = 0x00102155;
    /** (0010,2160) SH 1 Ethnic Group */
    public static final int EthnicGroup = 0x00102160;
    /** (0010,2180) SH 1 Occupation */
    public static final int Occupation = 0x00102180;
    /** (0010,21A0) CS 1 Smoking Status */
    public static final int SmokingStatus = 0x001021A0;
    /** (0010,21B0) LT 1 Additional Patient History */
    public static final int AdditionalPatientHistory = 0x001021B0;
    /** (0010,21C0) US 1 Pregnancy Status */
    public static final int PregnancyStatus = 0x001021C0;
    /** (0010,21D0) DA 1 Last Menstrual Date */
    public static final int LastMenstrualDate = 0x001021D0;
    /** (0010,21F0) LO 1 Patient's Religious Preference */
    public static final int PatientReligiousPreference = 0x001021F0;
    /** (0010,2201) LO 1 Patient Species Description */
    public static final int PatientSpeciesDescription = 0x00102201;
    /** (0010,2202) SQ 1 Patient Species Code Sequence */
    public static final int PatientSpeciesCodeSequence = 0x00102202;
    /** (0010,2203) CS 1 Patient's Sex Neutered */
    public static final int PatientSexNeutered = 0x00102203;
    /** (0010,2210) CS 1 Anatomical Orientation Type */
    public static final int AnatomicalOrientationType = 0x00102210;
    /** (0010,2292) LO 1 Patient Breed Description */
    public static final int PatientBreedDescription = 0x00102292;
    /** (0010,2293) SQ 1 Patient Breed Code Sequence */
    public static final int PatientBreedCodeSequence = 0x00102293;
    /** (0010,2294) SQ 1 Breed Registration Sequence */
    public static final int BreedRegistrationSequence = 0x00102294;
    /** (0010,2295) LO 1 Breed Registration Number */
    public static final int BreedRegistrationNumber = 0x00102295;
    /** (0010,2296) SQ 1 Breed Registry Code Sequence */
    public static final int BreedRegistryCodeSequence = 0x00102296;
    /** (0010,2297) PN 1 Responsible Person */
    public static final int ResponsiblePerson = 0x00102297;
    /** (0010,2298) CS 1 Responsible Person Role */
    public static final int ResponsiblePersonRole = 0x00102298;
    /** (0010,2299) LO 1 Responsible Organization */
    public static final int ResponsibleOrganization = 0x00102299;
    /** (0010,4000) LT 1 Patient Comments */
    public static final int PatientComments = 0x00104000;
    /** (0010,9431) FL 1 Examined Body Thickness */
    public static final int ExaminedBodyThickness = 0x00109431;
    /** (0012,0010) LO 1 Clinical Trial Sponsor Name */
    public static final int ClinicalTrialSponsorName = 0x00120010;
    /** (0012,0020) LO 1 Clinical Trial Protocol ID */
    public static final int ClinicalTrialProtocolID = 0x00120020;
    /** (0012,0021) LO 1 Clinical Trial Protocol Name */
    public static final int ClinicalTrialProtocolName = 0x00120021;
    /** (0012,0030) LO 1 Clinical Trial Site ID */
    public static final int ClinicalTrialSiteID = 0x00120030;
    /** (0012,0031) LO 1 Clinical Trial Site Name */
    public static final int ClinicalTrialSiteName = 0x00120031;
    /** (0012,0040) LO 1 Clinical Trial Subject ID */
    public static final int ClinicalTrialSubjectID = 0x00120040;
    /** (0012,0042) LO 1 Clinical Trial Subject Reading ID */
    public static final int ClinicalTrialSubjectReadingID = 0x00120042;
    /** (0012,0050) LO 1 Clinical Trial Time Point ID */
    public static final int ClinicalTrialTimePointID = 0x00120050;
    /** (0012,0051) ST 1 Clinical Trial Time Point Description */
    public static final int ClinicalTrialTimePointDescription = 0x00120051;
    /** (0012,0052) FD 1 Longitudinal Temporal Offset from Event */
    public static final int LongitudinalTemporalOffsetFromEvent = 0x00120052;
    /** (0012,0053) CS 1 Longitudinal Temporal Event Type */
    public static final int LongitudinalTemporalEventType = 0x00120053;
    /** (0012,0060) LO 1 Clinical Trial Coordinating Center Name */
    public static final int ClinicalTrialCoordinatingCenterName = 0x00120060;
    /** (0012,0062) CS 1 Patient Identity Removed */
    public static final int PatientIdentityRemoved = 0x00120062;
    /** (0012,0063) LO 1-n De-identification Method */
    public static final int DeidentificationMethod = 0x00120063;
    /** (0012,0064) SQ 1 De-identification Method Code Sequence */
    public static final int DeidentificationMethodCodeSequence = 0x00120064;
    /** (0012,0071) LO 1 Clinical Trial Series ID */
    public static final int ClinicalTrialSeriesID = 0x00120071;
    /** (0012,0072) LO 1 Clinical Trial Series Description */
    public static final int ClinicalTrialSeriesDescription = 0x00120072;
    /** (0012,0081) LO 1 Clinical Trial Protocol Ethics Committee Name */
    public static final int ClinicalTrialProtocolEthicsCommitteeName = 0x00120081;
    /** (0012,0082) LO 1 Clinical Trial Protocol Ethics Committee Approval Number */
    public static final int ClinicalTrialProtocolEthicsCommitteeApprovalNumber = 0x00120082;
    /** (0012,0083) SQ 1 Consent for Clinical Trial Use Sequence */
    public static final int ConsentForClinicalTrialUseSequence = 0x00120083;
    /** (0012,0084) CS 1 Distribution Type */
    public static final int DistributionType = 0x00120084;
    /** (0012,0085) CS 1 Consent for Distribution Flag */
    public static final int ConsentForDistributionFlag = 0x00120085;
    /** (0012,0086) DA 1 Ethics Committee Approval Effectiveness Start Date */
    public static final int EthicsCommitteeApprovalEffectivenessStartDate = 0x00120086;
    /** (0012,0087) DA 1 Ethics Committee Approval Effectiveness End Date */
    public static final int EthicsCommitteeApprovalEffectivenessEndDate = 0x00120087;
    /** (0018,0010) LO 1 Contrast/Bolus Agent */
    public static final int ContrastBolusAgent = 0x00180010;
    /** (0018,0012) SQ 1 Contrast/Bolus Agent Sequence */
    public static final int ContrastBolusAgentSequence = 0x00180012;
    /** (0018,0013) FL 1 Contrast/Bolus T1 Relaxivity */
    public static final int ContrastBolusT1Relaxivity = 0x00180013;
    /** (0018,0014) SQ 1 Contrast/Bolus Administration Route Sequence */
    public static final int ContrastBolusAdministrationRouteSequence = 0x00180014;
    /** (0018,0015) CS 1 Body Part Examined */
    public static final int BodyPartExamined = 0x00180015;
    /** (0018,0020) CS 1-n Scanning Sequence */
    public static final int ScanningSequence = 0x00180020;
    /** (0018,0021) CS 1-n Sequence Variant */
    public static final int SequenceVariant = 0x00180021;
    /** (0018,0022) CS 1-n Scan Options */
    public static final int ScanOptions = 0x00180022;
    /** (0018,0023) CS 1 MR Acquisition Type */
    public static final int MRAcquisitionType = 0x00180023;
    /** (0018,0024) SH 1 Sequence Name */
    public static final int SequenceName = 0x00180024;
    /** (0018,0025) CS 1 Angio Flag */
    public static final int AngioFlag = 0x00180025;
    /** (0018,0026) SQ 1 Intervention Drug Information Sequence */
    public static final int InterventionDrugInformationSequence = 0x00180026;
    /** (0018,0027) TM 1 Intervention Drug Stop Time */
    public static final int InterventionDrugStopTime = 0x00180027;
    /** (0018,0028) DS 1 Intervention Drug Dose */
    public static final int InterventionDrugDose = 0x00180028;
    /** (0018,0029) SQ 1 Intervention Drug Code Sequence */
    public static final int InterventionDrugCodeSequence = 0x00180029;
    /** (0018,002A) SQ 1 Additional Drug Sequence */
    public static final int AdditionalDrugSequence = 0x0018002A;
    /** (0018,0031) LO 1 Radiopharmaceutical */
    public static final int Radiopharmaceutical = 0x00180031;
    /** (0018,0034) LO 1 Intervention Drug Name */
    public static final int InterventionDrugName = 0x00180034;
    /** (0018,0035) TM 1 Intervention Drug Start Time */
    public static final int InterventionDrugStartTime = 0x00180035;
    /** (0018,0036) SQ 1 Intervention Sequence */
    public static final int InterventionSequence = 0x00180036;
    /** (0018,0038) CS 1 Intervention Status */
    public static final int InterventionStatus = 0x00180038;
    /** (0018,003A) ST 1 Intervention Description */
    public static final int InterventionDescription = 0x0018003A;
    /** (0018,0040) IS 1 Cine Rate */
    public static final int CineRate = 0x00180040;
    /** (0018,0042) CS 1 Initial Cine Run State */
    public static final int InitialCineRunState = 0x00180042;
    /** (0018,0050) DS 1 Slice Thickness */
    public static final int SliceThickness = 0x00180050;
    /** (0018,0060) DS 1 KVP */
    public static final int KVP = 0x00180060;
    /** (0018,0070) IS 1 Counts Accumulated */
    public static final int CountsAccumulated = 0x00180070;
    /** (0018,0071) CS 1 Acquisition Termination Condition */
    public static final int AcquisitionTerminationCondition = 0x00180071;
    /** (0018,0072) DS 1 Effective Duration */
    public static final int EffectiveDuration = 0x00180072;
    /** (0018,0073) CS 1 Acquisition Start Condition */
    public static final int AcquisitionStartCondition = 0x00180073;
    /** (0018,0074) IS 1 Acquisition Start Condition Data */
    public static final int AcquisitionStartConditionData = 0x00180074;
    /** (0018,0075) IS 1 Acquisition Termination Condition Data */
    public static final int AcquisitionTerminationConditionData = 0x00180075;
    /** (0018,0080) DS 1 Repetition Time */
    public static final int RepetitionTime = 0x00180080;
    /** (0018,0081) DS 1 Echo Time */
    public static final int EchoTime = 0x00180081;
    /** (0018,0082) DS 1 Inversion Time */
    public static final int InversionTime = 0x00180082;
    /** (0018,0083) DS 1 Number of Averages */
    public static final int NumberOfAverages = 0x00180083;
    /** (0018,0084) DS 1 Imaging Frequency */
    public static final int ImagingFrequency = 0x00180084;
    /** (0018,0085) SH 1 Imaged Nucleus */
    public static final int ImagedNucleus = 0x00180085;
    /** (0018,0086) IS 1-n Echo Number(s) */
    public static final int EchoNumbers = 0x00180086;
    /** (0018,0087) DS 1 Magnetic Field Strength */
    public static final int MagneticFieldStrength = 0x00180087;
    /** (0018,0088) DS 1 Spacing Between Slices */
    public static final int SpacingBetweenSlices = 0x00180088;
    /** (0018,0089) IS 1 Number of Phase Encoding Steps */
    public static final int NumberOfPhaseEncodingSteps = 0x00180089;
    /** (0018,0090) DS 1 Data Collection Diameter */
    public static final int DataCollectionDiameter = 0x00180090;
    /** (0018,0091) IS 1 Echo Train Length */
    public static final int EchoTrainLength = 0x00180091;
    /** (0018,0093) DS 1 Percent Sampling */
    public static final int PercentSampling = 0x00180093;
    /** (0018,0094) DS 1 Percent Phase Field of View */
    public static final int PercentPhaseFieldOfView = 0x00180094;
    /** (0018,0095) DS 1 Pixel Bandwidth */
    public static final int PixelBandwidth = 0x00180095;
    /** (0018,1000) LO 1 Device Serial Number */
    public static final int DeviceSerialNumber = 0x00181000;
    /** (0018,1002) UI 1 Device UID */
    public static final int DeviceUID = 0x00181002;
    /** (0018,1003) LO 1 Device ID */
    public static final int DeviceID = 0x00181003;
    /** (0018,1004) LO 1 Plate ID */
    public static final int PlateID = 0x00181004;
    /** (0018,1005) LO 1 Generator ID */
    public static final int GeneratorID = 0x00181005;
    /** (0018,1006) LO 1 Grid ID */
    public static final int GridID = 0x00181006;
    /** (0018,1007) LO 1 Cassette ID */
    public static final int CassetteID = 0x00181007;
    /** (0018,1008) LO 1 Gantry ID */
    public static final int GantryID = 0x00181008;
    /** (0018,1009) UT 1 Unique Device Identifier */
    public static final int UniqueDeviceIdentifier = 0x00181009;
    /** (0018,100A) SQ 1 UDI Sequence */
    public static final int UDISequence = 0x0018100A;
    /** (0018,100B) UI 1-n Manufacturer's Device Class UID */
    public static final int ManufacturerDeviceClassUID = 0x0018100B;
    /** (0018,1010) LO 1 Secondary Capture Device ID */
    public static final int SecondaryCaptureDeviceID = 0x00181010;
    /** (0018,1012) DA 1 Date of Secondary Capture */
    public static final int DateOfSecondaryCapture = 0x00181012;
    /** (0018,1014) TM 1 Time of Secondary Capture */
    public static final int TimeOfSecondaryCapture = 0x00181014;
    /** (0018,1016) LO 1 Secondary Capture Device Manufacturer */
    public static final int SecondaryCaptureDeviceManufacturer = 0x00181016;
    /** (0018,1018) LO 1 Secondary Capture Device Manufacturer's Model Name */
    public static final int SecondaryCaptureDeviceManufacturerModelName = 0x00181018;
    /** (0018,1019) LO 1-n Secondary Capture Device Software Versions */
    public static final int SecondaryCaptureDeviceSoftwareVersions = 0x00181019;
    /** (0018,1020) LO 1-n Software Versions */
    public static final int SoftwareVersions = 0x00181020;
    /** (0018,1022) SH 1 Video Image Format Acquired */
    public static final int VideoImageFormatAcquired = 0x00181022;
    /** (0018,1023) LO 1 Digital Image Format Acquired */
    public static final int DigitalImageFormatAcquired = 0x00181023;
    /** (0018,1030) LO 1 Protocol Name */
    public static final int ProtocolName = 0x00181030;
    /** (0018,1040) LO 1 Contrast/Bolus Route */
    public static final int ContrastBolusRoute = 0x00181040;
    /** (0018,1041) DS 1 Contrast/Bolus Volume */
    public static final int ContrastBolusVolume = 0x00181041;
    /** (0018,1042) TM 1 Contrast/Bolus Start Time */
    public static final int ContrastBolusStartTime = 0x00181042;
    /** (0018,1043) TM 1 Contrast/Bolus Stop Time */
    public static final int ContrastBolusStopTime = 0x00181043;
    /** (0018,1044) DS 1 Contrast/Bolus Total Dose */
    public static final int ContrastBolusTotalDose = 0x00181044;
    /** (0018,1045) IS 1 Syringe Counts */
    public static final int SyringeCounts = 0x00181045;
    /** (0018,1046) DS 1-n Contrast Flow Rate */
    public static final int ContrastFlowRate = 0x00181046;
    /** (0018,1047) DS 1-n Contrast Flow Duration */
    public static final int ContrastFlowDuration = 0x00181047;
    /** (0018,1048) CS 1 Contrast/Bolus Ingredient */
    public static final int ContrastBolusIngredient = 0x00181048;
    /** (0018,1049) DS 1 Contrast/Bolus Ingredient Concentration */
    public static final int ContrastBolusIngredientConcentration = 0x00181049;
    /** (0018,1050) DS 1 Spatial Resolution */
    public static final int SpatialResolution = 0x00181050;
    /** (0018,1060) DS 1 Trigger Time */
    public static final int TriggerTime = 0x00181060;
    /** (0018,1061) LO 1 Trigger Source or Type */
    public static final int TriggerSourceOrType = 0x00181061;
    /** (0018,1062) IS 1 Nominal Interval */
    public static final int NominalInterval = 0x00181062;
    /** (0018,1063) DS 1 Frame Time */
    public static final int FrameTime = 0x00181063;
    /** (0018,1064) LO 1 Cardiac Framing Type */
    public static final int CardiacFramingType = 0x00181064;
    /** (0018,1065) DS 1-n Frame Time Vector */
    public static final int FrameTimeVector = 0x00181065;
    /** (0018,1066) DS 1 Frame Delay */
    public static final int FrameDelay = 0x00181066;
    /** (0018,1067) DS 1 Image Trigger Delay */
    public static final int ImageTriggerDelay = 0x00181067;
    /** (0018,1068) DS 1 Multiplex Group Time Offset */
    public static final int MultiplexGroupTimeOffset = 0x00181068;
    /** (0018,1069) DS 1 Trigger Time Offset */
    public static final int TriggerTimeOffset = 0x00181069;
    /** (0018,106A) CS 1 Synchronization Trigger */
    public static final int SynchronizationTrigger = 0x0018106A;
    /** (0018,106C) US 2 Synchronization Channel */
    public static final int SynchronizationChannel = 0x0018106C;
    /** (0018,106E) UL 1 Trigger Sample Position */
    public static final int TriggerSamplePosition = 0x0018106E;
    /** (0018,1070) LO 1 Radiopharmaceutical Route */
    public static final int RadiopharmaceuticalRoute = 0x00181070;
    /** (0018,1071) DS 1 Radiopharmaceutical Volume */
    public static final int RadiopharmaceuticalVolume = 0x00181071;
    /** (0018,1072) TM 1 Radiopharmaceutical Start Time */
    public static final int RadiopharmaceuticalStartTime = 0x00181072;
    /** (0018,1073) TM 1 Radiopharmaceutical Stop Time */
    public static final int RadiopharmaceuticalStopTime = 0x00181073;
    /** (0018,1074) DS 1 Radionuclide Total Dose */
    public static final int RadionuclideTotalDose = 0x00181074;
    /** (0018,1075) DS 1 Radionuclide Half Life */
    public static final int RadionuclideHalfLife = 0x00181075;
    /** (0018,1076) DS 1 Radionuclide Positron Fraction */
    public static final int RadionuclidePositronFraction = 0x00181076;
    /** (0018,1077) DS 1 Radiopharmaceutical Specific Activity */
    public static final int RadiopharmaceuticalSpecificActivity = 0x00181077;
    /** (0018,1078) DT 1 Radiopharmaceutical Start DateTime */
    public static final int RadiopharmaceuticalStartDateTime = 0x00181078;
    /** (0018,1079) DT 1 Radiopharmaceutical Stop DateTime */
    public static final int RadiopharmaceuticalStopDateTime = 0x00181079;
    /** (0018,1080) CS 1 Beat Rejection Flag */
    public static final int BeatRejectionFlag = 0x00181080;
    /** (0018,1081) IS 1 Low R-R Value */
    public static final int LowRRValue = 0x00181081;
    /** (0018,1082) IS 1 High R-R Value */
    public static final int HighRRValue = 0x00181082;
    /** (0018,1083) IS 1 Intervals Acquired */
    public static final int IntervalsAcquired = 0x00181083;
    /** (0018,1084) IS 1 Intervals Rejected */
    public static final int IntervalsRejected = 0x00181084;
    /** (0018,1085) LO 1 PVC Rejection */
    public static final int PVCRejection = 0x00181085;
    /** (0018,1086) IS 1 Skip Beats */
    public static final int SkipBeats = 0x00181086;
    /** (0018,1088) IS 1 Heart Rate */
    public static final int HeartRate = 0x00181088;
    /** (0018,1090) IS 1 Cardiac Number of Images */
    public static final int CardiacNumberOfImages = 0x00181090;
    /** (0018,1094) IS 1 Trigger Window */
    public static final int TriggerWindow = 0x00181094;
    /** (0018,1100) DS 1 Reconstruction Diameter */
    public static final int ReconstructionDiameter = 0x00181100;
    /** (0018,1110) DS 1 Distance Source to Detector */
    public static final int DistanceSourceToDetector = 0x00181110;
    /** (0018,1111) DS 1 Distance Source to Patient */
    public static final int DistanceSourceToPatient = 0x00181111;
    /** (0018,1114) DS 1 Estimated Radiographic Magnification Factor */
    public static final int EstimatedRadiographicMagnificationFactor = 0x00181114;
    /** (0018,1120) DS 1 Gantry/Detector Tilt */
    public static final int GantryDetectorTilt = 0x00181120;
    /** (0018,1121) DS 1 Gantry/Detector Slew */
    public static final int GantryDetectorSlew = 0x00181121;
    /** (0018,1130) DS 1 Table Height */
    public static final int TableHeight = 0x00181130;
    /** (0018,1131) DS 1 Table Traverse */
    public static final int TableTraverse = 0x00181131;
    /** (0018,1134) CS 1 Table Motion */
    public static final int TableMotion = 0x00181134;
    /** (0018,1135) DS 1-n Table Vertical Increment */
    public static final int TableVerticalIncrement = 0x00181135;
    /** (0018,1136) DS 1-n Table Lateral Increment */
    public static final int TableLateralIncrement = 0x00181136;
    /** (0018,1137) DS 1-n Table Longitudinal Increment */
    public static final int TableLongitudinalIncrement = 0x00181137;
    /** (0018,1138) DS 1 Table Angle */
    public static final int TableAngle = 0x00181138;
    /** (0018,113A) CS 1 Table Type */
    public static final int TableType = 0x0018113A;
    /** (0018,1140) CS 1 Rotation Direction */
    public static final int RotationDirection = 0x00181140;
    /** (0018,1142) DS 1-n Radial Position */
    public static final int RadialPosition = 0x00181142;
    /** (0018,1143) DS 1 Scan Arc */
    public static final int ScanArc = 0x00181143;
    /** (0018,1144) DS 1 Angular Step */
    public static final int AngularStep = 0x00181144;
    /** (0018,1145) DS 1 Center of Rotation Offset */
    public static final int CenterOfRotationOffset = 0x00181145;
    /** (0018,1147) CS 1 Field of View Shape */
    public static final int FieldOfViewShape = 0x00181147;
    /** (0018,1149) IS 1-2 Field of View Dimension(s) */
    public static final int FieldOfViewDimensions = 0x00181149;
    /** (0018,1150) IS 1 Exposure Time */
    public static final int ExposureTime = 0x00181150;
    /** (0018,1151) IS 1 X-Ray Tube Current */
    public static final int XRayTubeCurrent = 0x00181151;
    /** (0018,1152) IS 1 Exposure */
    public static final int Exposure = 0x00181152;
    /** (0018,1153) IS 1 Exposure in uAs */
    public static final int ExposureInuAs = 0x00181153;
    /** (0018,1154) DS 1 Average Pulse Width */
    public static final int AveragePulseWidth = 0x00181154;
    /** (0018,1155) CS 1 Radiation Setting */
    public static final int RadiationSetting = 0x00181155;
    /** (0018,1156) CS 1 Rectification Type */
    public static final int RectificationType = 0x00181156;
    /** (0018,115A) CS 1 Radiation Mode */
    public static final int RadiationMode = 0x0018115A;
    /** (0018,115E) DS 1 Image and Fluoroscopy Area Dose Product */
    public static final int ImageAndFluoroscopyAreaDoseProduct = 0x0018115E;
    /** (0018,1160) SH 1 Filter Type */
    public static final int FilterType = 0x00181160;
    /** (0018,1161) LO 1-n Type of Filters */
    public static final int TypeOfFilters = 0x00181161;
    /** (0018,1162) DS 1 Intensifier Size */
    public static final int IntensifierSize = 0x00181162;
    /** (0018,1164) DS 2 Imager Pixel Spacing */
    public static final int ImagerPixelSpacing = 0x00181164;
    /** (0018,1166) CS 1-n Grid */
    public static final int Grid = 0x00181166;
    /** (0018,1170) IS 1 Generator Power */
    public static final int GeneratorPower = 0x00181170;
    /** (0018,1180) SH 1 Collimator/grid Name */
    public static final int CollimatorGridName = 0x00181180;
    /** (0018,1181) CS 1 Collimator Type */
    public static final int CollimatorType = 0x00181181;
    /** (0018,1182) IS 1-2 Focal Distance */
    public static final int FocalDistance = 0x00181182;
    /** (0018,1183) DS 1-2 X Focus Center */
    public static final int XFocusCenter = 0x00181183;
    /** (0018,1184) DS 1-2 Y Focus Center */
    public static final int YFocusCenter = 0x00181184;
    /** (0018,1190) DS 1-n Focal Spot(s) */
    public static final int FocalSpots = 0x00181190;
    /** (0018,1191) CS 1 Anode Target Material */
    public static final int AnodeTargetMaterial = 0x00181191;
    /** (0018,11A0) DS 1 Body Part Thickness */
    public static final int BodyPartThickness = 0x001811A0;
    /** (0018,11A2) DS 1 Compression Force */
    public static final int CompressionForce = 0x001811A2;
    /** (0018,11A3) DS 1 Compression Pressure */
    public static final int CompressionPressure = 0x001811A3;
    /** (0018,11A4) LO 1 Paddle Description */
    public static final int PaddleDescription = 0x001811A4;
    /** (0018,11A5) DS 1 Compression Contact Area */
    public static final int CompressionContactArea = 0x001811A5;
    /** (0018,11B0) LO 1 Acquisition Mode */
    public static final int AcquisitionMode = 0x001811B0;
    /** (0018,11B1) LO 1 Dose Mode Name */
    public static final int DoseModeName = 0x001811B1;
    /** (0018,11B2) CS 1 Acquired Subtraction Mask Flag */
    public static final int AcquiredSubtractionMaskFlag = 0x001811B2;
    /** (0018,11B3) CS 1 Fluoroscopy Persistence Flag */
    public static final int FluoroscopyPersistenceFlag = 0x001811B3;
    /** (0018,11B4) CS 1 Fluoroscopy Last Image Hold Persistence Flag */
    public static final int FluoroscopyLastImageHoldPersistenceFlag = 0x001811B4;
    /** (0018,11B5) IS 1 Upper Limit Number Of Persistent Fluoroscopy Frames */
    public static final int UpperLimitNumberOfPersistentFluoroscopyFrames = 0x001811B5;
    /** (0018,11B6) CS 1 Contrast/Bolus Auto Injection Trigger Flag */
    public static final int ContrastBolusAutoInjectionTriggerFlag = 0x001811B6;
    /** (0018,11B7) FD 1 Contrast/Bolus Injection Delay */
    public static final int ContrastBolusInjectionDelay = 0x001811B7;
    /** (0018,11B8) SQ 1 XA Acquisition Phase Details Sequence */
    public static final int XAAcquisitionPhaseDetailsSequence = 0x001811B8;
    /** (0018,11B9) FD 1 XA Acquisition Frame Rate */
    public static final int XAAcquisitionFrameRate = 0x001811B9;
    /** (0018,11BA) SQ 1 XA Plane Details Sequence */
    public static final int XAPlaneDetailsSequence = 0x001811BA;
    /** (0018,11BB) LO 1 Acquisition Field of View Label */
    public static final int AcquisitionFieldOfViewLabel = 0x001811BB;
    /** (0018,11BC) SQ 1 X-Ray Filter Details Sequence */
    public static final int XRayFilterDetailsSequence = 0x001811BC;
    /** (0018,11BD) FD 1 XA Acquisition Duration */
    public static final int XAAcquisitionDuration = 0x001811BD;
    /** (0018,11BE) CS 1 Reconstruction Pipeline Type */
    public static final int ReconstructionPipelineType = 0x001811BE;
    /** (0018,11BF) SQ 1 Image Filter Details Sequence */
    public static final int ImageFilterDetailsSequence = 0x001811BF;
    /** (0018,11C0) CS 1 Applied Mask Subtraction Flag */
    public static final int AppliedMaskSubtractionFlag = 0x001811C0;
    /** (0018,11C1) SQ 1 Requested Series Description Code Sequence */
    public static final int RequestedSeriesDescriptionCodeSequence = 0x001811C1;
    /** (0018,1200) DA 1-n Date of Last Calibration */
    public static final int DateOfLastCalibration = 0x00181200;
    /** (0018,1201) TM 1-n Time of Last Calibration */
    public static final int TimeOfLastCalibration = 0x00181201;
    /** (0018,1202) DT 1 DateTime of Last Calibration */
    public static final int DateTimeOfLastCalibration = 0x00181202;
    /** (0018,1203) DT 1 Calibration DateTime */
    public static final int CalibrationDateTime = 0x00181203;
    /** (0018,1210) SH 1-n Convolution Kernel */
    public static final int ConvolutionKernel = 0x00181210;
    /** (0018,1242) IS 1 Actual Frame Duration */
    public static final int ActualFrameDuration = 0x00181242;
    /** (0018,1243) IS 1 Count Rate */
    public static final int CountRate = 0x00181243;
    /** (0018,1244) US 1 Preferred Playback Sequencing */
    public static final int PreferredPlaybackSequencing = 0x00181244;
    /** (0018,1250) SH 1 Receive Coil Name */
    public static final int ReceiveCoilName = 0x00181250;
    /** (0018,1251) SH 1 Transmit Coil Name */
    public static final int TransmitCoilName = 0x00181251;
    /** (0018,1260) SH 1 Plate Type */
    public static final int PlateType = 0x00181260;
    /** (0018,1261) LO 1 Phosphor Type */
    public static final int PhosphorType = 0x00181261;
    /** (0018,1271) FD 1 Water Equivalent Diameter */
    public static final int WaterEquivalentDiameter = 0x00181271;
    /** (0018,1272) SQ 1 Water Equivalent Diameter Calculation Method Code Sequence */
    public static final int WaterEquivalentDiameterCalculationMethodCodeSequence = 0x00181272;
    /** (0018,1300) DS 1 Scan Velocity */
    public static final int ScanVelocity = 0x00181300;
    /** (0018,1301) CS 1-n Whole Body Technique */
    public static final int WholeBodyTechnique = 0x00181301;
    /** (0018,1302) IS 1 Scan Length */
    public static final int ScanLength = 0x00181302;
    /** (0018,1310) US 4 Acquisition Matrix */
    public static final int AcquisitionMatrix = 0x00181310;
    /** (0018,1312) CS 1 In-plane Phase Encoding Direction */
    public static final int InPlanePhaseEncodingDirection = 0x00181312;
    /** (0018,1314) DS 1 Flip Angle */
    public static final int FlipAngle = 0x00181314;
    /** (0018,1315) CS 1 Variable Flip Angle Flag */
    public static final int VariableFlipAngleFlag = 0x00181315;
    /** (0018,1316) DS 1 SAR */
    public static final int SAR = 0x00181316;
    /** (0018,1318) DS 1 dB/dt */
    public static final int dBdt = 0x00181318;
    /** (0018,1320) FL 1 B1rms */
    public static final int B1rms = 0x00181320;
    /** (0018,1400) LO 1 Acquisition Device Processing Description */
    public static final int AcquisitionDeviceProcessingDescription = 0x00181400;
    /** (0018,1401) LO 1 Acquisition Device Processing Code */
    public static final int AcquisitionDeviceProcessingCode = 0x00181401;
    /** (0018,1402) CS 1 Cassette Orientation */
    public static final int CassetteOrientation = 0x00181402;
    /** (0018,1403) CS 1 Cassette Size */
    public static final int CassetteSize = 0x00181403;
    /** (0018,1404) US 1 Exposures on Plate */
    public static final int ExposuresOnPlate = 0x00181404;
    /** (0018,1405) IS 1 Relative X-Ray Exposure */
    public static final int RelativeXRayExposure = 0x00181405;
    /** (0018,1411) DS 1 Exposure Index */
    public static final int ExposureIndex = 0x00181411;
    /** (0018,1412) DS 1 Target Exposure Index */
    public static final int TargetExposureIndex = 0x00181412;
    /** (0018,1413) DS 1 Deviation Index */
    public static final int DeviationIndex = 0x00181413;
    /** (0018,1450) DS 1 Column Angulation */
    public static final int ColumnAngulation = 0x00181450;
    /** (0018,1460) DS 1 Tomo Layer Height */
    public static final int TomoLayerHeight = 0x00181460;
    /** (0018,1470) DS 1 Tomo Angle */
    public static final int TomoAngle = 0x00181470;
    /** (0018,1480) DS 1 Tomo Time */
    public static final int TomoTime = 0x00181480;
    /** (0018,1490) CS 1 Tomo Type */
    public static final int TomoType = 0x00181490;
    /** (0018,1491) CS 1 Tomo Class */
    public static final int TomoClass = 0x00181491;
    /** (0018,1495) IS 1 Number of Tomosynthesis Source Images */
    public static final int NumberOfTomosynthesisSourceImages = 0x00181495;
    /** (0018,1500) CS 1 Positioner Motion */
    public static final int PositionerMotion = 0x00181500;
    /** (0018,1508) CS 1 Positioner Type */
    public static final int PositionerType = 0x00181508;
    /** (0018,1510) DS 1 Positioner Primary Angle */
    public static final int PositionerPrimaryAngle = 0x00181510;
    /** (0018,1511) DS 1 Positioner Secondary Angle */
    public static final int PositionerSecondaryAngle = 0x00181511;
    /** (0018,1520) DS 1-n Positioner Primary Angle Increment */
    public static final int PositionerPrimaryAngleIncrement = 0x00181520;
    /** (0018,1521) DS 1-n Positioner Secondary Angle Increment */
    public static final int PositionerSecondaryAngleIncrement = 0x00181521;
    /** (0018,1530) DS 1 Detector Primary Angle */
    public static final int DetectorPrimaryAngle = 0x00181530;
    /** (0018,1531) DS 1 Detector Secondary Angle */
    public static final int DetectorSecondaryAngle = 0x00181531;
    /** (0018,1600) CS 1-3 Shutter Shape */
    public static final int ShutterShape = 0x00181600;
    /** (0018,1602) IS 1 Shutter Left Vertical Edge */
    public static final int ShutterLeftVerticalEdge = 0x00181602;
    /** (0018,1604) IS 1 Shutter Right Vertical Edge */
    public static final int ShutterRightVerticalEdge = 0x00181604;
    /** (0018,1606) IS 1 Shutter Upper Horizontal Edge */
    public static final int ShutterUpperHorizontalEdge = 0x00181606;
    /** (0018,1608) IS 1 Shutter Lower Horizontal Edge */
    public static final int ShutterLowerHorizontalEdge = 0x00181608;
    /** (0018,1610) IS 2 Center of Circular Shutter */
    public static final int CenterOfCircularShutter = 0x00181610;
    /** (0018,1612) IS 1 Radius of Circular Shutter */
    public static final int RadiusOfCircularShutter = 0x00181612;
    /** (0018,1620) IS 2-2n Vertices of the Polygonal Shutter */
    public static final int VerticesOfThePolygonalShutter = 0x00181620;
    /** (0018,1622) US 1 Shutter Presentation Value */
    public static final int ShutterPresentationValue = 0x00181622;
    /** (0018,1623) US 1 Shutter Overlay Group */
    public static final int ShutterOverlayGroup = 0x00181623;
    /** (0018,1624) US 3 Shutter Presentation Color CIELab Value */
    public static final int ShutterPresentationColorCIELabValue = 0x00181624;
    /** (0018,1630) CS 1 Outline Shape Type */
    public static final int OutlineShapeType = 0x00181630;
    /** (0018,1631) FD 1 Outline Left Vertical Edge */
    public static final int OutlineLeftVerticalEdge = 0x00181631;
    /** (0018,1632) FD 1 Outline Right Vertical Edge */
    public static final int OutlineRightVerticalEdge = 0x00181632;
    /** (0018,1633) FD 1 Outline Upper Horizontal Edge */
    public static final int OutlineUpperHorizontalEdge = 0x00181633;
    /** (0018,1634) FD 1 Outline Lower Horizontal Edge */
    public static final int OutlineLowerHorizontalEdge = 0x00181634;
    /** (0018,1635) FD 2 Center of Circular Outline */
    public static final int CenterOfCircularOutline = 0x00181635;
    /** (0018,1636) FD 1 Diameter of Circular Outline */
    public static final int DiameterOfCircularOutline = 0x00181636;
    /** (0018,1637) UL 1 Number of Polygonal Vertices */
    public static final int NumberOfPolygonalVertices = 0x00181637;
    /** (0018,1638) OF 1 Vertices of the Polygonal Outline */
    public static final int VerticesOfThePolygonalOutline = 0x00181638;
    /** (0018,1700) CS 1-3 Collimator Shape */
    public static final int CollimatorShape = 0x00181700;
    /** (0018,1702) IS 1 Collimator Left Vertical Edge */
    public static final int CollimatorLeftVerticalEdge = 0x00181702;
    /** (0018,1704) IS 1 Collimator Right Vertical Edge */
    public static final int CollimatorRightVerticalEdge = 0x00181704;
    /** (0018,1706) IS 1 Collimator Upper Horizontal Edge */
    public static final int CollimatorUpperHorizontalEdge = 0x00181706;
    /** (0018,1708) IS 1 Collimator Lower Horizontal Edge */
    public static final int CollimatorLowerHorizontalEdge = 0x00181708;
    /** (0018,1710) IS 2 Center of Circular Collimator */
    public static final int CenterOfCircularCollimator = 0x00181710;
    /** (0018,1712) IS 1 Radius of Circular Collimator */
    public static final int RadiusOfCircularCollimator = 0x00181712;
    /** (0018,1720) IS 2-2n Vertices of the Polygonal Collimator */
    public static final int VerticesOfThePolygonalCollimator = 0x00181720;
    /** (0018,1800) CS 1 Acquisition Time Synchronized */
    public static final int AcquisitionTimeSynchronized = 0x00181800;
    /** (0018,1801) SH 1 Time Source */
    public static final int TimeSource = 0x00181801;
    /** (0018,1802) CS 1 Time Distribution Protocol */
    public static final int TimeDistributionProtocol = 0x00181802;
    /** (0018,1803) LO 1 NTP Source Address */
    public static final int NTPSourceAddress = 0x00181803;
    /** (0018,2001) IS 1-n Page Number Vector */
    public static final int PageNumberVector = 0x00182001;
    /** (0018,2002) SH 1-n Frame Label Vector */
    public static final int FrameLabelVector = 0x00182002;
    /** (0018,2003) DS 1-n Frame Primary Angle Vector */
    public static final int FramePrimaryAngleVector = 0x00182003;
    /** (0018,2004) DS 1-n Frame Secondary Angle Vector */
    public static final int FrameSecondaryAngleVector = 0x00182004;
    /** (0018,2005) DS 1-n Slice Location Vector */
    public static final int SliceLocationVector = 0x00182005;
    /** (0018,2006) SH 1-n Display Window Label Vector */
    public static final int DisplayWindowLabelVector = 0x00182006;
    /** (0018,2010) DS 2 Nominal Scanned Pixel Spacing */
    public static final int NominalScannedPixelSpacing = 0x00182010;
    /** (0018,2020) CS 1 Digitizing Device Transport Direction */
    public static final int DigitizingDeviceTransportDirection = 0x00182020;
    /** (0018,2030) DS 1 Rotation of Scanned Film */
    public static final int RotationOfScannedFilm = 0x00182030;
    /** (0018,2041) SQ 1 Biopsy Target Sequence */
    public static final int BiopsyTargetSequence = 0x00182041;
    /** (0018,2042) UI 1 Target UID */
    public static final int TargetUID = 0x00182042;
    /** (0018,2043) FL 2 Localizing Cursor Position */
    public static final int LocalizingCursorPosition = 0x00182043;
    /** (0018,2044) FL 3 Calculated Target Position */
    public static final int CalculatedTargetPosition = 0x00182044;
    /** (0018,2045) SH 1 Target Label */
    public static final int TargetLabel = 0x00182045;
    /** (0018,2046) FL 1 Displayed Z Value */
    public static final int DisplayedZValue = 0x00182046;
    /** (0018,3100) CS 1 IVUS Acquisition */
    public static final int IVUSAcquisition = 0x00183100;
    /** (0018,3101) DS 1 IVUS Pullback Rate */
    public static final int IVUSPullbackRate = 0x00183101;
    /** (0018,3102) DS 1 IVUS Gated Rate */
    public static final int IVUSGatedRate = 0x00183102;
    /** (0018,3103) IS 1 IVUS Pullback Start Frame Number */
    public static final int IVUSPullbackStartFrameNumber = 0x00183103;
    /** (0018,3104) IS 1 IVUS Pullback Stop Frame Number */
    public static final int IVUSPullbackStopFrameNumber = 0x00183104;
    /** (0018,3105) IS 1-n Lesion Number */
    public static final int LesionNumber = 0x00183105;
    /** (0018,5000) SH 1-n Output Power */
    public static final int OutputPower = 0x00185000;
    /** (0018,5010) LO 1-n Transducer Data */
    public static final int TransducerData = 0x00185010;
    /** (0018,5011) SQ 1 Transducer Identification Sequence */
    public static final int TransducerIdentificationSequence = 0x00185011;
    /** (0018,5012) DS 1 Focus Depth */
    public static final int FocusDepth = 0x00185012;
    /** (0018,5020) LO 1 Processing Function */
    public static final int ProcessingFunction = 0x00185020;
    /** (0018,5022) DS 1 Mechanical Index */
    public static final int MechanicalIndex = 0x00185022;
    /** (0018,5024) DS 1 Bone Thermal Index */
    public static final int BoneThermalIndex = 0x00185024;
    /** (0018,5026) DS 1 Cranial Thermal Index */
    public static final int CranialThermalIndex = 0x00185026;
    /** (0018,5027) DS 1 Soft Tissue Thermal Index */
    public static final int SoftTissueThermalIndex = 0x00185027;
    /** (0018,5028) DS 1 Soft Tissue-focus Thermal Index */
    public static final int SoftTissueFocusThermalIndex = 0x00185028;
    /** (0018,5029) DS 1 Soft Tissue-surface Thermal Index */
    public static final int SoftTissueSurfaceThermalIndex = 0x00185029;
    /** (0018,5050) IS 1 Depth of Scan Field */
    public static final int DepthOfScanField = 0x00185050;
    /** (0018,5100) CS 1 Patient Position */
    public static final int PatientPosition = 0x00185100;
    /** (0018,5101) CS 1 View Position */
    public static final int ViewPosition = 0x00185101;
    /** (0018,5104) SQ 1 Projection Eponymous Name Code Sequence */
    public static final int ProjectionEponymousNameCodeSequence = 0x00185104;
    /** (0018,6000) DS 1 Sensitivity */
    public static final int Sensitivity = 0x00186000;
    /** (0018,6011) SQ 1 Sequence of Ultrasound Regions */
    public static final int SequenceOfUltrasoundRegions = 0x00186011;
    /** (0018,6012) US 1 Region Spatial Format */
    public static final int RegionSpatialFormat = 0x00186012;
    /** (0018,6014) US 1 Region Data Type */
    public static final int RegionDataType = 0x00186014;
    /** (0018,6016) UL 1 Region Flags */
    public static final int RegionFlags = 0x00186016;
    /** (0018,6018) UL 1 Region Location Min X0 */
    public static final int RegionLocationMinX0 = 0x00186018;
    /** (0018,601A) UL 1 Region Location Min Y0 */
    public static final int RegionLocationMinY0 = 0x0018601A;
    /** (0018,601C) UL 1 Region Location Max X1 */
    public static final int RegionLocationMaxX1 = 0x0018601C;
    /** (0018,601E) UL 1 Region Location Max Y1 */
    public static final int RegionLocationMaxY1 = 0x0018601E;
    /** (0018,6020) SL 1 Reference Pixel X0 */
    public static final int ReferencePixelX0 = 0x00186020;
    /** (0018,6022) SL 1 Reference Pixel Y0 */
    public static final int ReferencePixelY0 = 0x00186022;
    /** (0018,6024) US 1 Physical Units X Direction */
    public static final int PhysicalUnitsXDirection = 0x00186024;
    /** (0018,6026) US 1 Physical Units Y Direction */
    public static final int PhysicalUnitsYDirection = 0x00186026;
    /** (0018,6028) FD 1 Reference Pixel Physical Value X */
    public static final int ReferencePixelPhysicalValueX = 0x00186028;
    /** (0018,602A) FD 1 Reference Pixel Physical Value Y */
    public static final int ReferencePixelPhysicalValueY = 0x0018602A;
    /** (0018,602C) FD 1 Physical Delta X */
    public static final int PhysicalDeltaX = 0x0018602C;
    /** (0018,602E) FD 1 Physical Delta Y */
    public static final int PhysicalDeltaY = 0x0018602E;
    /** (0018,6030) UL 1 Transducer Frequency */
    public static final int TransducerFrequency = 0x00186030;
    /** (0018,6031) CS 1 Transducer Type */
    public static final int TransducerType = 0x00186031;
    /** (0018,6032) UL 1 Pulse Repetition Frequency */
    public static final int PulseRepetitionFrequency = 0x00186032;
    /** (0018,6034) FD 1 Doppler Correction Angle */
    public static final int DopplerCorrectionAngle = 0x00186034;
    /** (0018,6036) FD 1 Steering Angle */
    public static final int SteeringAngle = 0x00186036;
    /** (0018,6039) SL 1 Doppler Sample Volume X Position */
    public static final int DopplerSampleVolumeXPosition = 0x00186039;
    /** (0018,603B) SL 1 Doppler Sample Volume Y Position */
    public static final int DopplerSampleVolumeYPosition = 0x0018603B;
    /** (0018,603D) SL 1 TM-Line Position X0 */
    public static final int TMLinePositionX0 = 0x0018603D;
    /** (0018,603F) SL 1 TM-Line Position Y0 */
    public static final int TMLinePositionY0 = 0x0018603F;
    /** (0018,6041) SL 1 TM-Line Position X1 */
    public static final int TMLinePositionX1 = 0x00186041;
    /** (0018,6043) SL 1 TM-Line Position Y1 */
    public static final int TMLinePositionY1 = 0x00186043;
    /** (0018,6044) US 1 Pixel Component Organization */
    public static final int PixelComponentOrganization = 0x00186044;
    /** (0018,6046) UL 1 Pixel Component Mask */
    public static final int PixelComponentMask = 0x00186046;
    /** (0018,6048) UL 1 Pixel Component Range Start */
    public static final int PixelComponentRangeStart = 0x00186048;
    /** (0018,604A) UL 1 Pixel Component Range Stop */
    public static final int PixelComponentRangeStop = 0x0018604A;
    /** (0018,604C) US 1 Pixel Component Physical Units */
    public static final int PixelComponentPhysicalUnits = 0x0018604C;
    /** (0018,604E) US 1 Pixel Component Data Type */
    public static final int PixelComponentDataType = 0x0018604E;
    /** (0018,6050) UL 1 Number of Table Break Points */
    public static final int NumberOfTableBreakPoints = 0x00186050;
    /** (0018,6052) UL 1-n Table of X Break Points */
    public static final int TableOfXBreakPoints = 0x00186052;
    /** (0018,6054) FD 1-n Table of Y Break Points */
    public static final int TableOfYBreakPoints = 0x00186054;
    /** (0018,6056) UL 1 Number of Table Entries */
    public static final int NumberOfTableEntries = 0x00186056;
    /** (0018,6058) UL 1-n Table of Pixel Values */
    public static final int TableOfPixelValues = 0x00186058;
    /** (0018,605A) FL 1-n Table of Parameter Values */
    public static final int TableOfParameterValues = 0x0018605A;
    /** (0018,6060) FL 1-n R Wave Time Vector */
    public static final int RWaveTimeVector = 0x00186060;
    /** (0018,6070) US 1 Active Image Area Overlay Group */
    public static final int ActiveImageAreaOverlayGroup = 0x00186070;
    /** (0018,7000) CS 1 Detector Conditions Nominal Flag */
    public static final int DetectorConditionsNominalFlag = 0x00187000;
    /** (0018,7001) DS 1 Detector Temperature */
    public static final int DetectorTemperature = 0x00187001;
    /** (0018,7004) CS 1 Detector Type */
    public static final int DetectorType = 0x00187004;
    /** (0018,7005) CS 1 Detector Configuration */
    public static final int DetectorConfiguration = 0x00187005;
    /** (0018,7006) LT 1 Detector Description */
    public static final int DetectorDescription = 0x00187006;
    /** (0018,7008) LT 1 Detector Mode */
    public static final int DetectorMode = 0x00187008;
    /** (0018,700A) SH 1 Detector ID */
    public static final int DetectorID = 0x0018700A;
    /** (0018,700C) DA 1 Date of Last Detector Calibration */
    public static final int DateOfLastDetectorCalibration = 0x0018700C;
    /** (0018,700E) TM 1 Time of Last Detector Calibration */
    public static final int TimeOfLastDetectorCalibration = 0x0018700E;
    /** (0018,7010) IS 1 Exposures on Detector Since Last Calibration */
    public static final int ExposuresOnDetectorSinceLastCalibration = 0x00187010;
    /** (0018,7011) IS 1 Exposures on Detector Since Manufactured */
    public static final int ExposuresOnDetectorSinceManufactured = 0x00187011;
    /** (0018,7012) DS 1 Detector Time Since Last Exposure */
    public static final int DetectorTimeSinceLastExposure = 0x00187012;
    /** (0018,7014) DS 1 Detector Active Time */
    public static final int DetectorActiveTime = 0x00187014;
    /** (0018,7016) DS 1 Detector Activation Offset From Exposure */
    public static final int DetectorActivationOffsetFromExposure = 0x00187016;
    /** (0018,701A) DS 2 Detector Binning */
    public static final int DetectorBinning = 0x0018701A;
    /** (0018,7020) DS 2 Detector Element Physical Size */
    public static final int DetectorElementPhysicalSize = 0x00187020;
    /** (0018,7022) DS 2 Detector Element Spacing */
    public static final int DetectorElementSpacing = 0x00187022;
    /** (0018,7024) CS 1 Detector Active Shape */
    public static final int DetectorActiveShape = 0x00187024;
    /** (0018,7026) DS 1-2 Detector Active Dimension(s) */
    public static final int DetectorActiveDimensions = 0x00187026;
    /** (0018,7028) DS 2 Detector Active Origin */
    public static final int DetectorActiveOrigin = 0x00187028;
    /** (0018,702A) LO 1 Detector Manufacturer Name */
    public static final int DetectorManufacturerName = 0x0018702A;
    /** (0018,702B) LO 1 Detector Manufacturer's Model Name */
    public static final int DetectorManufacturerModelName = 0x0018702B;
    /** (0018,7030) DS 2 Field of View Origin */
    public static final int FieldOfViewOrigin = 0x00187030;
    /** (0018,7032) DS 1 Field of View Rotation */
    public static final int FieldOfViewRotation = 0x00187032;
    /** (0018,7034) CS 1 Field of View Horizontal Flip */
    public static final int FieldOfViewHorizontalFlip = 0x00187034;
    /** (0018,7036) FL 2 Pixel Data Area Origin Relative To FOV */
    public static final int PixelDataAreaOriginRelativeToFOV = 0x00187036;
    /** (0018,7038) FL 1 Pixel Data Area Rotation Angle Relative To FOV */
    public static final int PixelDataAreaRotationAngleRelativeToFOV = 0x00187038;
    /** (0018,7040) LT 1 Grid Absorbing Material */
    public static final int GridAbsorbingMaterial = 0x00187040;
    /** (0018,7041) LT 1 Grid Spacing Material */
    public static final int GridSpacingMaterial = 0x00187041;
    /** (0018,7042) DS 1 Grid Thickness */
    public static final int GridThickness = 0x00187042;
    /** (0018,7044) DS 1 Grid Pitch */
    public static final int GridPitch = 0x00187044;
    /** (0018,7046) IS 2 Grid Aspect Ratio */
    public static final int GridAspectRatio = 0x00187046;
    /** (0018,7048) DS 1 Grid Period */
    public static final int GridPeriod = 0x00187048;
    /** (0018,704C) DS 1 Grid Focal Distance */
    public static final int GridFocalDistance = 0x0018704C;
    /** (0018,7050) CS 1-n Filter Material */
    public static final int FilterMaterial = 0x00187050;
    /** (0018,7052) DS 1-n Filter Thickness Minimum */
    public static final int FilterThicknessMinimum = 0x00187052;
    /** (0018,7054) DS 1-n Filter Thickness Maximum */
    public static final int FilterThicknessMaximum = 0x00187054;
    /** (0018,7056) FL 1-n Filter Beam Path Length Minimum */
    public static final int FilterBeamPathLengthMinimum = 0x00187056;
    /** (0018,7058) FL 1-n Filter Beam Path Length Maximum */
    public static final int FilterBeamPathLengthMaximum = 0x00187058;
    /** (0018,7060) CS 1 Exposure Control Mode */
    public static final int ExposureControlMode = 0x00187060;
    /** (0018,7062) LT 1 Exposure Control Mode Description */
    public static final int ExposureControlModeDescription = 0x00187062;
    /** (0018,7064) CS 1 Exposure Status */
    public static final int ExposureStatus = 0x00187064;
    /** (0018,7065) DS 1 Phototimer Setting */
    public static final int PhototimerSetting = 0x00187065;
    /** (0018,8150) DS 1 Exposure Time in uS */
    public static final int ExposureTimeInuS = 0x00188150;
    /** (0018,8151) DS 1 X-Ray Tube Current in uA */
    public static final int XRayTubeCurrentInuA = 0x00188151;
    /** (0018,9004) CS 1 Content Qualification */
    public static final int ContentQualification = 0x00189004;
    /** (0018,9005) SH 1 Pulse Sequence Name */
    public static final int PulseSequenceName = 0x00189005;
    /** (0018,9006) SQ 1 MR Imaging Modifier Sequence */
    public static final int MRImagingModifierSequence = 0x00189006;
    /** (0018,9008) CS 1 Echo Pulse Sequence */
    public static final int EchoPulseSequence = 0x00189008;
    /** (0018,9009) CS 1 Inversion Recovery */
    public static final int InversionRecovery = 0x00189009;
    /** (0018,9010) CS 1 Flow Compensation */
    public static final int FlowCompensation = 0x00189010;
    /** (0018,9011) CS 1 Multiple Spin Echo */
    public static final int MultipleSpinEcho = 0x00189011;
    /** (0018,9012) CS 1 Multi-planar Excitation */
    public static final int MultiPlanarExcitation = 0x00189012;
    /** (0018,9014) CS 1 Phase Contrast */
    public static final int PhaseContrast = 0x00189014;
    /** (0018,9015) CS 1 Time of Flight Contrast */
    public static final int TimeOfFlightContrast = 0x00189015;
    /** (0018,9016) CS 1 Spoiling */
    public static final int Spoiling = 0x00189016;
    /** (0018,9017) CS 1 Steady State Pulse Sequence */
    public static final int SteadyStatePulseSequence = 0x00189017;
    /** (0018,9018) CS 1 Echo Planar Pulse Sequence */
    public static final int EchoPlanarPulseSequence = 0x00189018;
    /** (0018,9019) FD 1 Tag Angle First Axis */
    public static final int TagAngleFirstAxis = 0x00189019;
    /** (0018,9020) CS 1 Magnetization Transfer */
    public static final int MagnetizationTransfer = 0x00189020;
    /** (0018,9021) CS 1 T2 Preparation */
    public static final int T2Preparation = 0x00189021;
    /** (0018,9022) CS 1 Blood Signal Nulling */
    public static final int BloodSignalNulling = 0x00189022;
    /** (0018,9024) CS 1 Saturation Recovery */
    public static final int SaturationRecovery = 0x00189024;
    /** (0018,9025) CS 1 Spectrally Selected Suppression */
    public static final int SpectrallySelectedSuppression = 0x00189025;
    /** (0018,9026) CS 1 Spectrally Selected Excitation */
    public static final int SpectrallySelectedExcitation = 0x00189026;
    /** (0018,9027) CS 1 Spatial Pre-saturation */
    public static final int SpatialPresaturation = 0x00189027;
    /** (0018,9028) CS 1 Tagging */
    public static final int Tagging = 0x00189028;
    /** (0018,9029) CS 1 Oversampling Phase */
    public static final int OversamplingPhase = 0x00189029;
    /** (0018,9030) FD 1 Tag Spacing First Dimension */
    public static final int TagSpacingFirstDimension = 0x00189030;
    /** (0018,9032) CS 1 Geometry of k-Space Traversal */
    public static final int GeometryOfKSpaceTraversal = 0x00189032;
    /** (0018,9033) CS 1 Segmented k-Space Traversal */
    public static final int SegmentedKSpaceTraversal = 0x00189033;
    /** (0018,9034) CS 1 Rectilinear Phase Encode Reordering */
    public static final int RectilinearPhaseEncodeReordering = 0x00189034;
    /** (0018,9035) FD 1 Tag Thickness */
    public static final int TagThickness = 0x00189035;
    /** (0018,9036) CS 1 Partial Fourier Direction */
    public static final int PartialFourierDirection = 0x00189036;
    /** (0018,9037) CS 1 Cardiac Synchronization Technique */
    public static final int CardiacSynchronizationTechnique = 0x00189037;
    /** (0018,9041) LO 1 Receive Coil Manufacturer Name */
    public static final int ReceiveCoilManufacturerName = 0x00189041;
    /** (0018,9042) SQ 1 MR Receive Coil Sequence */
    public static final int MRReceiveCoilSequence = 0x00189042;
    /** (0018,9043) CS 1 Receive Coil Type */
    public static final int ReceiveCoilType = 0x00189043;
    /** (0018,9044) CS 1 Quadrature Receive Coil */
    public static final int QuadratureReceiveCoil = 0x00189044;
    /** (0018,9045) SQ 1 Multi-Coil Definition Sequence */
    public static final int MultiCoilDefinitionSequence = 0x00189045;
    /** (0018,9046) LO 1 Multi-Coil Configuration */
    public static final int MultiCoilConfiguration = 0x00189046;
    /** (0018,9047) SH 1 Multi-Coil Element Name */
    public static final int MultiCoilElementName = 0x00189047;
    /** (0018,9048) CS 1 Multi-Coil Element Used */
    public static final int MultiCoilElementUsed = 0x00189048;
    /** (0018,9049) SQ 1 MR Transmit Coil Sequence */
    public static final int MRTransmitCoilSequence = 0x00189049;
    /** (0018,9050) LO 1 Transmit Coil Manufacturer Name */
    public static final int TransmitCoilManufacturerName = 0x00189050;
    /** (0018,9051) CS 1 Transmit Coil Type */
    public static final int TransmitCoilType = 0x00189051;
    /** (0018,9052) FD 1-2 Spectral Width */
    public static final int SpectralWidth = 0x00189052;
    /** (0018,9053) FD 1-2 Chemical Shift Reference */
    public static final int ChemicalShiftReference = 0x00189053;
    /** (0018,9054) CS 1 Volume Localization Technique */
    public static final int VolumeLocalizationTechnique = 0x00189054;
    /** (0018,9058) US 1 MR Acquisition Frequency Encoding Steps */
    public static final int MRAcquisitionFrequencyEncodingSteps = 0x00189058;
    /** (0018,9059) CS 1 De-coupling */
    public static final int Decoupling = 0x00189059;
    /** (0018,9060) CS 1-2 De-coupled Nucleus */
    public static final int DecoupledNucleus = 0x00189060;
    /** (0018,9061) FD 1-2 De-coupling Frequency */
    public static final int DecouplingFrequency = 0x00189061;
    /** (0018,9062) CS 1 De-coupling Method */
    public static final int DecouplingMethod = 0x00189062;
    /** (0018,9063) FD 1-2 De-coupling Chemical Shift Reference */
    public static final int DecouplingChemicalShiftReference = 0x00189063;
    /** (0018,9064) CS 1 k-space Filtering */
    public static final int KSpaceFiltering = 0x00189064;
    /** (0018,9065) CS 1-2 Time Domain Filtering */
    public static final int TimeDomainFiltering = 0x00189065;
    /** (0018,9066) US 1-2 Number of Zero Fills */
    public static final int NumberOfZeroFills = 0x00189066;
    /** (0018,9067) CS 1 Baseline Correction */
    public static final int BaselineCorrection = 0x00189067;
    /** (0018,9069) FD 1 Parallel Reduction Factor In-plane */
    public static final int ParallelReductionFactorInPlane = 0x00189069;
    /** (0018,9070) FD 1 Cardiac R-R Interval Specified */
    public static final int CardiacRRIntervalSpecified = 0x00189070;
    /** (0018,9073) FD 1 Acquisition Duration */
    public static final int AcquisitionDuration = 0x00189073;
    /** (0018,9074) DT 1 Frame Acquisition DateTime */
    public static final int FrameAcquisitionDateTime = 0x00189074;
    /** (0018,9075) CS 1 Diffusion Directionality */
    public static final int DiffusionDirectionality = 0x00189075;
    /** (0018,9076) SQ 1 Diffusion Gradient Direction Sequence */
    public static final int DiffusionGradientDirectionSequence = 0x00189076;
    /** (0018,9077) CS 1 Parallel Acquisition */
    public static final int ParallelAcquisition = 0x00189077;
    /** (0018,9078) CS 1 Parallel Acquisition Technique */
    public static final int ParallelAcquisitionTechnique = 0x00189078;
    /** (0018,9079) FD 1-n Inversion Times */
    public static final int InversionTimes = 0x00189079;
    /** (0018,9080) ST 1 Metabolite Map Description */
    public static final int MetaboliteMapDescription = 0x00189080;
    /** (0018,9081) CS 1 Partial Fourier */
    public static final int PartialFourier = 0x00189081;
    /** (0018,9082) FD 1 Effective Echo Time */
    public static final int EffectiveEchoTime = 0x00189082;
    /** (0018,9083) SQ 1 Metabolite Map Code Sequence */
    public static final int MetaboliteMapCodeSequence = 0x00189083;
    /** (0018,9084) SQ 1 Chemical Shift Sequence */
    public static final int ChemicalShiftSequence = 0x00189084;
    /** (0018,9085) CS 1 Cardiac Signal Source */
    public static final int CardiacSignalSource = 0x00189085;
    /** (0018,9087) FD 1 Diffusion b-value */
    public static final int DiffusionBValue = 0x00189087;
    /** (0018,9089) FD 3 Diffusion Gradient Orientation */
    public static final int DiffusionGradientOrientation = 0x00189089;
    /** (0018,9090) FD 3 Velocity Encoding Direction */
    public static final int VelocityEncodingDirection = 0x00189090;
    /** (0018,9091) FD 1 Velocity Encoding Minimum Value */
    public static final int VelocityEncodingMinimumValue = 0x00189091;
    /** (0018,9092) SQ 1 Velocity Encoding Acquisition Sequence */
    public static final int VelocityEncodingAcquisitionSequence = 0x00189092;
    /** (0018,9093) US 1 Number of k-Space Trajectories */
    public static final int NumberOfKSpaceTrajectories = 0x00189093;
    /** (0018,9094) CS 1 Coverage of k-Space */
    public static final int CoverageOfKSpace = 0x00189094;
    /** (0018,9095) UL 1 Spectroscopy Acquisition Phase Rows */
    public static final int SpectroscopyAcquisitionPhaseRows = 0x00189095;
    /** (0018,9098) FD 1-2 Transmitter Frequency */
    public static final int TransmitterFrequency = 0x00189098;
    /** (0018,9100) CS 1-2 Resonant Nucleus */
    public static final int ResonantNucleus = 0x00189100;
    /** (0018,9101) CS 1 Frequency Correction */
    public static final int FrequencyCorrection = 0x00189101;
    /** (0018,9103) SQ 1 MR Spectroscopy FOV/Geometry Sequence */
    public static final int MRSpectroscopyFOVGeometrySequence = 0x00189103;
    /** (0018,9104) FD 1 Slab Thickness */
    public static final int SlabThickness = 0x00189104;
    /** (0018,9105) FD 3 Slab Orientation */
    public static final int SlabOrientation = 0x00189105;
    /** (0018,9106) FD 3 Mid Slab Position */
    public static final int MidSlabPosition = 0x00189106;
    /** (0018,9107) SQ 1 MR Spatial Saturation Sequence */
    public static final int MRSpatialSaturationSequence = 0x00189107;
    /** (0018,9112) SQ 1 MR Timing and Related Parameters Sequence */
    public static final int MRTimingAndRelatedParametersSequence = 0x00189112;
    /** (0018,9114) SQ 1 MR Echo Sequence */
    public static final int MREchoSequence = 0x00189114;
    /** (0018,9115) SQ 1 MR Modifier Sequence */
    public static final int MRModifierSequence = 0x00189115;
    /** (0018,9117) SQ 1 MR Diffusion Sequence */
    public static final int MRDiffusionSequence = 0x00189117;
    /** (0018,9118) SQ 1 Cardiac Synchronization Sequence */
    public static final int CardiacSynchronizationSequence = 0x00189118;
    /** (0018,9119) SQ 1 MR Averages Sequence */
    public static final int MRAveragesSequence = 0x00189119;
    /** (0018,9125) SQ 1 MR FOV/Geometry Sequence */
    public static final int MRFOVGeometrySequence = 0x00189125;
    /** (0018,9126) SQ 1 Volume Localization Sequence */
    public static final int VolumeLocalizationSequence = 0x00189126;
    /** (0018,9127) UL 1 Spectroscopy Acquisition Data Columns */
    public static final int SpectroscopyAcquisitionDataColumns = 0x00189127;
    /** (0018,9147) CS 1 Diffusion Anisotropy Type */
    public static final int DiffusionAnisotropyType = 0x00189147;
    /** (0018,9151) DT 1 Frame Reference DateTime */
    public static final int FrameReferenceDateTime = 0x00189151;
    /** (0018,9152) SQ 1 MR Metabolite Map Sequence */
    public static final int MRMetaboliteMapSequence = 0x00189152;
    /** (0018,9155) FD 1 Parallel Reduction Factor out-of-plane */
    public static final int ParallelReductionFactorOutOfPlane = 0x00189155;
    /** (0018,9159) UL 1 Spectroscopy Acquisition Out-of-plane Phase Steps */
    public static final int SpectroscopyAcquisitionOutOfPlanePhaseSteps = 0x00189159;
    /** (0018,9168) FD 1 Parallel Reduction Factor Second In-plane */
    public static final int ParallelReductionFactorSecondInPlane = 0x00189168;
    /** (0018,9169) CS 1 Cardiac Beat Rejection Technique */
    public static final int CardiacBeatRejectionTechnique = 0x00189169;
    /** (0018,9170) CS 1 Respiratory Motion Compensation Technique */
    public static final int RespiratoryMotionCompensationTechnique = 0x00189170;
    /** (0018,9171) CS 1 Respiratory Signal Source */
    public static final int RespiratorySignalSource = 0x00189171;
    /** (0018,9172) CS 1 Bulk Motion Compensation Technique */
    public static final int BulkMotionCompensationTechnique = 0x00189172;
    /** (0018,9173) CS 1 Bulk Motion Signal Source */
    public static final int BulkMotionSignalSource = 0x00189173;
    /** (0018,9174) CS 1 Applicable Safety Standard Agency */
    public static final int ApplicableSafetyStandardAgency = 0x00189174;
    /** (0018,9175) LO 1 Applicable Safety Standard Description */
    public static final int ApplicableSafetyStandardDescription = 0x00189175;
    /** (0018,9176) SQ 1 Operating Mode Sequence */
    public static final int OperatingModeSequence = 0x00189176;
    /** (0018,9177) CS 1 Operating Mode Type */
    public static final int OperatingModeType = 0x00189177;
    /** (0018,9178) CS 1 Operating Mode */
    public static final int OperatingMode = 0x00189178;
    /** (0018,9179) CS 1 Specific Absorption Rate Definition */
    public static final int SpecificAbsorptionRateDefinition = 0x00189179;
    /** (0018,9180) CS 1 Gradient Output Type */
    public static final int GradientOutputType = 0x00189180;
    /** (0018,9181) FD 1 Specific Absorption Rate Value */
    public static final int SpecificAbsorptionRateValue = 0x00189181;
    /** (0018,9182) FD 1 Gradient Output */
    public static final int GradientOutput = 0x00189182;
    /** (0018,9183) CS 1 Flow Compensation Direction */
    public static final int FlowCompensationDirection = 0x00189183;
    /** (0018,9184) FD 1 Tagging Delay */
    public static final int TaggingDelay = 0x00189184;
    /** (0018,9185) ST 1 Respiratory Motion Compensation Technique Description */
    public static final int RespiratoryMotionCompensationTechniqueDescription = 0x00189185;
    /** (0018,9186) SH 1 Respiratory Signal Source ID */
    public static final int RespiratorySignalSourceID = 0x00189186;
    /** (0018,9197) SQ 1 MR Velocity Encoding Sequence */
    public static final int MRVelocityEncodingSequence = 0x00189197;
    /** (0018,9198) CS 1 First Order Phase Correction */
    public static final int FirstOrderPhaseCorrection = 0x00189198;
    /** (0018,9199) CS 1 Water Referenced Phase Correction */
    public static final int WaterReferencedPhaseCorrection = 0x00189199;
    /** (0018,9200) CS 1 MR Spectroscopy Acquisition Type */
    public static final int MRSpectroscopyAcquisitionType = 0x00189200;
    /** (0018,9214) CS 1 Respiratory Cycle Position */
    public static final int RespiratoryCyclePosition = 0x00189214;
    /** (0018,9217) FD 1 Velocity Encoding Maximum Value */
    public static final int VelocityEncodingMaximumValue = 0x00189217;
    /** (0018,9218) FD 1 Tag Spacing Second Dimension */
    public static final int TagSpacingSecondDimension = 0x00189218;
    /** (0018,9219) SS 1 Tag Angle Second Axis */
    public static final int TagAngleSecondAxis = 0x00189219;
    /** (0018,9220) FD 1 Frame Acquisition Duration */
    public static final int FrameAcquisitionDuration = 0x00189220;
    /** (0018,9226) SQ 1 MR Image Frame Type Sequence */
    public static final int MRImageFrameTypeSequence = 0x00189226;
    /** (0018,9227) SQ 1 MR Spectroscopy Frame Type Sequence */
    public static final int MRSpectroscopyFrameTypeSequence = 0x00189227;
    /** (0018,9231) US 1 MR Acquisition Phase Encoding Steps in-plane */
    public static final int MRAcquisitionPhaseEncodingStepsInPlane = 0x00189231;
    /** (0018,9232) US 1 MR Acquisition Phase Encoding Steps out-of-plane */
    public static final int MRAcquisitionPhaseEncodingStepsOutOfPlane = 0x00189232;
    /** (0018,9234) UL 1 Spectroscopy Acquisition Phase Columns */
    public static final int SpectroscopyAcquisitionPhaseColumns = 0x00189234;
    /** (0018,9236) CS 1 Cardiac Cycle Position */
    public static final int CardiacCyclePosition = 0x00189236;
    /** (0018,9239) SQ 1 Specific Absorption Rate Sequence */
    public static final int SpecificAbsorptionRateSequence = 0x00189239;
    /** (0018,9240) US 1 RF Echo Train Length */
    public static final int RFEchoTrainLength = 0x00189240;
    /** (0018,9241) US 1 Gradient Echo Train Length */
    public static final int GradientEchoTrainLength = 0x00189241;
    /** (0018,9250) CS 1 Arterial Spin Labeling Contrast */
    public static final int ArterialSpinLabelingContrast = 0x00189250;
    /** (0018,9251) SQ 1 MR Arterial Spin Labeling Sequence */
    public static final int MRArterialSpinLabelingSequence = 0x00189251;
    /** (0018,9252) LO 1 ASL Technique Description */
    public static final int ASLTechniqueDescription = 0x00189252;
    /** (0018,9253) US 1 ASL Slab Number */
    public static final int ASLSlabNumber = 0x00189253;
    /** (0018,9254) FD 1 ASL Slab Thickness */
    public static final int ASLSlabThickness = 0x00189254;
    /** (0018,9255) FD 3 ASL Slab Orientation */
    public static final int ASLSlabOrientation = 0x00189255;
    /** (0018,9256) FD 3 ASL Mid Slab Position */
    public static final int ASLMidSlabPosition = 0x00189256;
    /** (0018,9257) CS 1 ASL Context */
    public static final int ASLContext = 0x00189257;
    /** (0018,9258) UL 1 ASL Pulse Train Duration */
    public static final int ASLPulseTrainDuration = 0x00189258;
    /** (0018,9259) CS 1 ASL Crusher Flag */
    public static final int ASLCrusherFlag = 0x00189259;
    /** (0018,925A) FD 1 ASL Crusher Flow Limit */
    public static final int ASLCrusherFlowLimit = 0x0018925A;
    /** (0018,925B) LO 1 ASL Crusher Description */
    public static final int ASLCrusherDescription = 0x0018925B;
    /** (0018,925C) CS 1 ASL Bolus Cut-off Flag */
    public static final int ASLBolusCutoffFlag = 0x0018925C;
    /** (0018,925D) SQ 1 ASL Bolus Cut-off Timing Sequence */
    public static final int ASLBolusCutoffTimingSequence = 0x0018925D;
    /** (0018,925E) LO 1 ASL Bolus Cut-off Technique */
    public static final int ASLBolusCutoffTechnique = 0x0018925E;
    /** (0018,925F) UL 1 ASL Bolus Cut-off Delay Time */
    public static final int ASLBolusCutoffDelayTime = 0x0018925F;
    /** (0018,9260) SQ 1 ASL Slab Sequence */
    public static final int ASLSlabSequence = 0x00189260;
    /** (0018,9295) FD 1 Chemical Shift Minimum Integration Limit in ppm */
    public static final int ChemicalShiftMinimumIntegrationLimitInppm = 0x00189295;
    /** (0018,9296) FD 1 Chemical Shift Maximum Integration Limit in ppm */
    public static final int ChemicalShiftMaximumIntegrationLimitInppm = 0x00189296;
    /** (0018,9297) CS 1 Water Reference Acquisition */
    public static final int WaterReferenceAcquisition = 0x00189297;
    /** (0018,9298) IS 1 Echo Peak Position */
    public static final int EchoPeakPosition = 0x00189298;
    /** (0018,9301) SQ 1 CT Acquisition Type Sequence */
    public static final int CTAcquisitionTypeSequence = 0x00189301;
    /** (0018,9302) CS 1 Acquisition Type */
    public static final int AcquisitionType = 0x00189302;
    /** (0018,9303) FD 1 Tube Angle */
    public static final int TubeAngle = 0x00189303;
    /** (0018,9304) SQ 1 CT Acquisition Details Sequence */
    public static final int CTAcquisitionDetailsSequence = 0x00189304;
    /** (0018,9305) FD 1 Revolution Time */
    public static final int RevolutionTime = 0x00189305;
    /** (0018,9306) FD 1 Single Collimation Width */
    public static final int SingleCollimationWidth = 0x00189306;
    /** (0018,9307) FD 1 Total Collimation Width */
    public static final int TotalCollimationWidth = 0x00189307;
    /** (0018,9308) SQ 1 CT Table Dynamics Sequence */
    public static final int CTTableDynamicsSequence = 0x00189308;
    /** (0018,9309) FD 1 Table Speed */
    public static final int TableSpeed = 0x00189309;
    /** (0018,9310) FD 1 Table Feed per Rotation */
    public static final int TableFeedPerRotation = 0x00189310;
    /** (0018,9311) FD 1 Spiral Pitch Factor */
    public static final int SpiralPitchFactor = 0x00189311;
    /** (0018,9312) SQ 1 CT Geometry Sequence */
    public static final int CTGeometrySequence = 0x00189312;
    /** (0018,9313) FD 3 Data Collection Center (Patient) */
    public static final int DataCollectionCenterPatient = 0x00189313;
    /** (0018,9314) SQ 1 CT Reconstruction Sequence */
    public static final int CTReconstructionSequence = 0x00189314;
    /** (0018,9315) CS 1 Reconstruction Algorithm */
    public static final int ReconstructionAlgorithm = 0x00189315;
    /** (0018,9316) CS 1 Convolution Kernel Group */
    public static final int ConvolutionKernelGroup = 0x00189316;
    /** (0018,9317) FD 2 Reconstruction Field of View */
    public static final int ReconstructionFieldOfView = 0x00189317;
    /** (0018,9318) FD 3 Reconstruction Target Center (Patient) */
    public static final int ReconstructionTargetCenterPatient = 0x00189318;
    /** (0018,9319) FD 1 Reconstruction Angle */
    public static final int ReconstructionAngle = 0x00189319;
    /** (0018,9320) SH 1 Image Filter */
    public static final int ImageFilter = 0x00189320;
    /** (0018,9321) SQ 1 CT Exposure Sequence */
    public static final int CTExposureSequence = 0x00189321;
    /** (0018,9322) FD 2 Reconstruction Pixel Spacing */
    public static final int ReconstructionPixelSpacing = 0x00189322;
    /** (0018,9323) CS 1-n Exposure Modulation Type */
    public static final int ExposureModulationType = 0x00189323;
    /** (0018,9325) SQ 1 CT X-Ray Details Sequence */
    public static final int CTXRayDetailsSequence = 0x00189325;
    /** (0018,9326) SQ 1 CT Position Sequence */
    public static final int CTPositionSequence = 0x00189326;
    /** (0018,9327) FD 1 Table Position */
    public static final int TablePosition = 0x00189327;
    /** (0018,9328) FD 1 Exposure Time in ms */
    public static final int ExposureTimeInms = 0x00189328;
    /** (0018,9329) SQ 1 CT Image Frame Type Sequence */
    public static final int CTImageFrameTypeSequence = 0x00189329;
    /** (0018,9330) FD 1 X-Ray Tube Current in mA */
    public static final int XRayTubeCurrentInmA = 0x00189330;
    /** (0018,9332) FD 1 Exposure in mAs */
    public static final int ExposureInmAs = 0x00189332;
    /** (0018,9333) CS 1 Constant Volume Flag */
    public static final int ConstantVolumeFlag = 0x00189333;
    /** (0018,9334) CS 1 Fluoroscopy Flag */
    public static final int FluoroscopyFlag = 0x00189334;
    /** (0018,9335) FD 1 Distance Source to Data Collection Center */
    public static final int DistanceSourceToDataCollectionCenter = 0x00189335;
    /** (0018,9337) US 1 Contrast/Bolus Agent Number */
    public static final int ContrastBolusAgentNumber = 0x00189337;
    /** (0018,9338) SQ 1 Contrast/Bolus Ingredient Code Sequence */
    public static final int ContrastBolusIngredientCodeSequence = 0x00189338;
    /** (0018,9340) SQ 1 Contrast Administration Profile Sequence */
    public static final int ContrastAdministrationProfileSequence = 0x00189340;
    /** (0018,9341) SQ 1 Contrast/Bolus Usage Sequence */
    public static final int ContrastBolusUsageSequence = 0x00189341;
    /** (0018,9342) CS 1 Contrast/Bolus Agent Administered */
    public static final int ContrastBolusAgentAdministered = 0x00189342;
    /** (0018,9343) CS 1 Contrast/Bolus Agent Detected */
    public static final int ContrastBolusAgentDetected = 0x00189343;
    /** (0018,9344) CS 1 Contrast/Bolus Agent Phase */
    public static final int ContrastBolusAgentPhase = 0x00189344;
    /** (0018,9345) FD 1 CTDIvol */
    public static final int CTDIvol = 0x00189345;
    /** (0018,9346) SQ 1 CTDI Phantom Type Code Sequence */
    public static final int CTDIPhantomTypeCodeSequence = 0x00189346;
    /** (0018,9351) FL 1 Calcium Scoring Mass Factor Patient */
    public static final int CalciumScoringMassFactorPatient = 0x00189351;
    /** (0018,9352) FL 3 Calcium Scoring Mass Factor Device */
    public static final int CalciumScoringMassFactorDevice = 0x00189352;
    /** (0018,9353) FL 1 Energy Weighting Factor */
    public static final int EnergyWeightingFactor = 0x00189353;
    /** (0018,9360) SQ 1 CT Additional X-Ray Source Sequence */
    public static final int CTAdditionalXRaySourceSequence = 0x00189360;
    /** (0018,9361) CS 1 Multi-energy CT Acquisition */
    public static final int MultienergyCTAcquisition = 0x00189361;
    /** (0018,9362) SQ 1 Multi-energy CT Acquisition Sequence */
    public static final int MultienergyCTAcquisitionSequence = 0x00189362;
    /** (0018,9363) SQ 1 Multi-energy CT Processing Sequence */
    public static final int MultienergyCTProcessingSequence = 0x00189363;
    /** (0018,9364) SQ 1 Multi-energy CT Characteristics Sequence */
    public static final int MultienergyCTCharacteristicsSequence = 0x00189364;
    /** (0018,9365) SQ 1 Multi-energy CT X-Ray Source Sequence */
    public static final int MultienergyCTXRaySourceSequence = 0x00189365;
    /** (0018,9366) US 1 X-Ray Source Index */
    public static final int XRaySourceIndex = 0x00189366;
    /** (0018,9367) UC 1 X-Ray Source ID */
    public static final int XRaySourceID = 0x00189367;
    /** (0018,9368) CS 1 Multi-energy Source Technique */
    public static final int MultienergySourceTechnique = 0x00189368;
    /** (0018,9369) DT 1 Source Start DateTime */
    public static final int SourceStartDateTime = 0x00189369;
    /** (0018,936A) DT 1 Source End DateTime */
    public static final int SourceEndDateTime = 0x0018936A;
    /** (0018,936B) US 1 Switching Phase Number */
    public static final int SwitchingPhaseNumber = 0x0018936B;
    /** (0018,936C) DS 1 Switching Phase Nominal Duration */
    public static final int SwitchingPhaseNominalDuration = 0x0018936C;
    /** (0018,936D) DS 1 Switching Phase Transition Duration */
    public static final int SwitchingPhaseTransitionDuration = 0x0018936D;
    /** (0018,936E) DS 1 Effective Bin Energy */
    public static final int EffectiveBinEnergy = 0x0018936E;
    /** (0018,936F) SQ 1 Multi-energy CT X-Ray Detector Sequence */
    public static final int MultienergyCTXRayDetectorSequence = 0x0018936F;
    /** (0018,9370) US 1 X-Ray Detector Index */
    public static final int XRayDetectorIndex = 0x00189370;
    /** (0018,9371) UC 1 X-Ray Detector ID */
    public static final int XRayDetectorID = 0x00189371;
    /** (0018,9372) CS 1 Multi-energy Detector Type */
    public static final int MultienergyDetectorType = 0x00189372;
    /** (0018,9373) ST 1 X-Ray Detector Label */
    public static final int XRayDetectorLabel = 0x00189373;
    /** (0018,9374) DS 1 Nominal Max Energy */
    public static final int NominalMaxEnergy = 0x00189374;
    /** (0018,9375) DS 1 Nominal Min Energy */
    public static final int NominalMinEnergy = 0x00189375;
    /** (0018,9376) US 1-n Referenced X-Ray Detector Index */
    public static final int ReferencedXRayDetectorIndex = 0x00189376;
    /** (0018,9377) US 1-n Referenced X-Ray Source Index */
    public static final int ReferencedXRaySourceIndex = 0x00189377;
    /** (0018,9378) US 1-n Referenced Path Index */
    public static final int ReferencedPathIndex = 0x00189378;
    /** (0018,9379) SQ 1 Multi-energy CT Path Sequence */
    public static final int MultienergyCTPathSequence = 0x00189379;
    /** (0018,937A) US 1 Multi-energy CT Path Index */
    public static final int MultienergyCTPathIndex = 0x0018937A;
    /** (0018,937B) UT 1 Multi-energy Acquisition Description */
    public static final int MultienergyAcquisitionDescription = 0x0018937B;
    /** (0018,937C) FD 1 Monoenergetic Energy Equivalent */
    public static final int MonoenergeticEnergyEquivalent = 0x0018937C;
    /** (0018,937D) SQ 1 Material Code Sequence */
    public static final int MaterialCodeSequence = 0x0018937D;
    /** (0018,937E) CS 1 Decomposition Method */
    public static final int DecompositionMethod = 0x0018937E;
    /** (0018,937F) UT 1 Decomposition Description */
    public static final int DecompositionDescription = 0x0018937F;
    /** (0018,9380) SQ 1 Decomposition Algorithm Identification Sequence */
    public static final int DecompositionAlgorithmIdentificationSequence = 0x00189380;
    /** (0018,9381) SQ 1 Decomposition Material Sequence */
    public static final int DecompositionMaterialSequence = 0x00189381;
    /** (0018,9382) SQ 1 Material Attenuation Sequence */
    public static final int MaterialAttenuationSequence = 0x00189382;
    /** (0018,9383) DS 1 Photon Energy */
    public static final int PhotonEnergy = 0x00189383;
    /** (0018,9384) DS 1 X-Ray Mass Attenuation Coefficient */
    public static final int XRayMassAttenuationCoefficient = 0x00189384;
    /** (0018,9401) SQ 1 Projection Pixel Calibration Sequence */
    public static final int ProjectionPixelCalibrationSequence = 0x00189401;
    /** (0018,9402) FL 1 Distance Source to Isocenter */
    public static final int DistanceSourceToIsocenter = 0x00189402;
    /** (0018,9403) FL 1 Distance Object to Table Top */
    public static final int DistanceObjectToTableTop = 0x00189403;
    /** (0018,9404) FL 2 Object Pixel Spacing in Center of Beam */
    public static final int ObjectPixelSpacingInCenterOfBeam = 0x00189404;
    /** (0018,9405) SQ 1 Positioner Position Sequence */
    public static final int PositionerPositionSequence = 0x00189405;
    /** (0018,9406) SQ 1 Table Position Sequence */
    public static final int TablePositionSequence = 0x00189406;
    /** (0018,9407) SQ 1 Collimator Shape Sequence */
    public static final int CollimatorShapeSequence = 0x00189407;
    /** (0018,9410) CS 1 Planes in Acquisition */
    public static final int PlanesInAcquisition = 0x00189410;
    /** (0018,9412) SQ 1 XA/XRF Frame Characteristics Sequence */
    public static final int XAXRFFrameCharacteristicsSequence = 0x00189412;
    /** (0018,9417) SQ 1 Frame Acquisition Sequence */
    public static final int FrameAcquisitionSequence = 0x00189417;
    /** (0018,9420) CS 1 X-Ray Receptor Type */
    public static final int XRayReceptorType = 0x00189420;
    /** (0018,9423) LO 1 Acquisition Protocol Name */
    public static final int AcquisitionProtocolName = 0x00189423;
    /** (0018,9424) LT 1 Acquisition Protocol Description */
    public static final int AcquisitionProtocolDescription = 0x00189424;
    /** (0018,9425) CS 1 Contrast/Bolus Ingredient Opaque */
    public static final int ContrastBolusIngredientOpaque = 0x00189425;
    /** (0018,9426) FL 1 Distance Receptor Plane to Detector Housing */
    public static final int DistanceReceptorPlaneToDetectorHousing = 0x00189426;
    /** (0018,9427) CS 1 Intensifier Active Shape */
    public static final int IntensifierActiveShape = 0x00189427;
    /** (0018,9428) FL 1-2 Intensifier Active Dimension(s) */
    public static final int IntensifierActiveDimensions = 0x00189428;
    /** (0018,9429) FL 2 Physical Detector Size */
    public static final int PhysicalDetectorSize = 0x00189429;
    /** (0018,9430) FL 2 Position of Isocenter Projection */
    public static final int PositionOfIsocenterProjection = 0x00189430;
    /** (0018,9432) SQ 1 Field of View Sequence */
    public static final int FieldOfViewSequence = 0x00189432;
    /** (0018,9433) LO 1 Field of View Description */
    public static final int FieldOfViewDescription = 0x00189433;
    /** (0018,9434) SQ 1 Exposure Control Sensing Regions Sequence */
    public static final int ExposureControlSensingRegionsSequence = 0x00189434;
    /** (0018,9435) CS 1 Exposure Control Sensing Region Shape */
    public static final int ExposureControlSensingRegionShape = 0x00189435;
    /** (0018,9436) SS 1 Exposure Control Sensing Region Left Vertical Edge */
    public static final int ExposureControlSensingRegionLeftVerticalEdge = 0x00189436;
    /** (0018,9437) SS 1 Exposure Control Sensing Region Right Vertical Edge */
    public static final int ExposureControlSensingRegionRightVerticalEdge = 0x00189437;
    /** (0018,9438) SS 1 Exposure Control Sensing Region Upper Horizontal Edge */
    public static final int ExposureControlSensingRegionUpperHorizontalEdge = 0x00189438;
    /** (0018,9439) SS 1 Exposure Control Sensing Region Lower Horizontal Edge */
    public static final int ExposureControlSensingRegionLowerHorizontalEdge = 0x00189439;
    /** (0018,9440) SS 2 Center of Circular Exposure Control Sensing Region */
    public static final int CenterOfCircularExposureControlSensingRegion = 0x00189440;
    /** (0018,9441) US 1 Radius of Circular Exposure Control Sensing Region */
    public static final int RadiusOfCircularExposureControlSensingRegion = 0x00189441;
    /** (0018,9442) SS 2-n Vertices of the Polygonal Exposure Control Sensing Region */
    public static final int VerticesOfThePolygonalExposureControlSensingRegion = 0x00189442;
    /** (0018,9447) FL 1 Column Angulation (Patient) */
    public static final int ColumnAngulationPatient = 0x00189447;
    /** (0018,9449) FL 1 Beam Angle */
    public static final int BeamAngle = 0x00189449;
    /** (0018,9451) SQ 1 Frame Detector Parameters Sequence */
    public static final int FrameDetectorParametersSequence = 0x00189451;
    /** (0018,9452) FL 1 Calculated Anatomy Thickness */
    public static final int CalculatedAnatomyThickness = 0x00189452;
    /** (0018,9455) SQ 1 Calibration Sequence */
    public static final int CalibrationSequence = 0x00189455;
    /** (0018,9456) SQ 1 Object Thickness Sequence */
    public static final int ObjectThicknessSequence = 0x00189456;
    /** (0018,9457) CS 1 Plane Identification */
    public static final int PlaneIdentification = 0x00189457;
    /** (0018,9461) FL 1-2 Field of View Dimension(s) in Float */
    public static final int FieldOfViewDimensionsInFloat = 0x00189461;
    /** (0018,9462) SQ 1 Isocenter Reference System Sequence */
    public static final int IsocenterReferenceSystemSequence = 0x00189462;
    /** (0018,9463) FL 1 Positioner Isocenter Primary Angle */
    public static final int PositionerIsocenterPrimaryAngle = 0x00189463;
    /** (0018,9464) FL 1 Positioner Isocenter Secondary Angle */
    public static final int PositionerIsocenterSecondaryAngle = 0x00189464;
    /** (0018,9465) FL 1 Positioner Isocenter Detector Rotation Angle */
    public static final int PositionerIsocenterDetectorRotationAngle = 0x00189465;
    /** (0018,9466) FL 1 Table X Position to Isocenter */
    public static final int TableXPositionToIsocenter = 0x00189466;
    /** (0018,9467) FL 1 Table Y Position to Isocenter */
    public static final int TableYPositionToIsocenter = 0x00189467;
    /** (0018,9468) FL 1 Table Z Position to Isocenter */
    public static final int TableZPositionToIsocenter = 0x00189468;
    /** (0018,9469) FL 1 Table Horizontal Rotation Angle */
    public static final int TableHorizontalRotationAngle = 0x00189469;
    /** (0018,9470) FL 1 Table Head Tilt Angle */
    public static final int TableHeadTiltAngle = 0x00189470;
    /** (0018,9471) FL 1 Table Cradle Tilt Angle */
    public static final int TableCradleTiltAngle = 0x00189471;
    /** (0018,9472) SQ 1 Frame Display Shutter Sequence */
    public static final int FrameDisplayShutterSequence = 0x00189472;
    /** (0018,9473) FL 1 Acquired Image Area Dose Product */
    public static final int AcquiredImageAreaDoseProduct = 0x00189473;
    /** (0018,9474) CS 1 C-arm Positioner Tabletop Relationship */
    public static final int CArmPositionerTabletopRelationship = 0x00189474;
    /** (0018,9476) SQ 1 X-Ray Geometry Sequence */
    public static final int XRayGeometrySequence = 0x00189476;
    /** (0018,9477) SQ 1 Irradiation Event Identification Sequence */
    public static final int IrradiationEventIdentificationSequence = 0x00189477;
    /** (0018,9504) SQ 1 X-Ray 3D Frame Type Sequence */
    public static final int XRay3DFrameTypeSequence = 0x00189504;
    /** (0018,9506) SQ 1 Contributing Sources Sequence */
    public static final int ContributingSourcesSequence = 0x00189506;
    /** (0018,9507) SQ 1 X-Ray 3D Acquisition Sequence */
    public static final int XRay3DAcquisitionSequence = 0x00189507;
    /** (0018,9508) FL 1 Primary Positioner Scan Arc */
    public static final int PrimaryPositionerScanArc = 0x00189508;
    /** (0018,9509) FL 1 Secondary Positioner Scan Arc */
    public static final int SecondaryPositionerScanArc = 0x00189509;
    /** (0018,9510) FL 1 Primary Positioner Scan Start Angle */
    public static final int PrimaryPositionerScanStartAngle = 0x00189510;
    /** (0018,9511) FL 1 Secondary Positioner Scan Start Angle */
    public static final int SecondaryPositionerScanStartAngle = 0x00189511;
    /** (0018,9514) FL 1 Primary Positioner Increment */
    public static final int PrimaryPositionerIncrement = 0x00189514;
    /** (0018,9515) FL 1 Secondary Positioner Increment */
    public static final int SecondaryPositionerIncrement = 0x00189515;
    /** (0018,9516) DT 1 Start Acquisition DateTime */
    public static final int StartAcquisitionDateTime = 0x00189516;
    /** (0018,9517) DT 1 End Acquisition DateTime */
    public static final int EndAcquisitionDateTime = 0x00189517;
    /** (0018,9518) SS 1 Primary Positioner Increment Sign */
    public static final int PrimaryPositionerIncrementSign = 0x00189518;
    /** (0018,9519) SS 1 Secondary Positioner Increment Sign */
    public static final int SecondaryPositionerIncrementSign = 0x00189519;
    /** (0018,9524) LO 1 Application Name */
    public static final int ApplicationName = 0x00189524;
    /** (0018,9525) LO 1 Application Version */
    public static final int ApplicationVersion = 0x00189525;
    /** (0018,9526) LO 1 Application Manufacturer */
    public static final int ApplicationManufacturer = 0x00189526;
    /** (0018,9527) CS 1 Algorithm Type */
    public static final int AlgorithmType = 0x00189527;
    /** (0018,9528) LO 1 Algorithm Description */
    public static final int AlgorithmDescription = 0x00189528;
    /** (0018,9530) SQ 1 X-Ray 3D Reconstruction Sequence */
    public static final int XRay3DReconstructionSequence = 0x00189530;
    /** (0018,9531) LO 1 Reconstruction Description */
    public static final int ReconstructionDescription = 0x00189531;
    /** (0018,9538) SQ 1 Per Projection Acquisition Sequence */
    public static final int PerProjectionAcquisitionSequence = 0x00189538;
    /** (0018,9541) SQ 1 Detector Position Sequence */
    public static final int DetectorPositionSequence = 0x00189541;
    /** (0018,9542) SQ 1 X-Ray Acquisition Dose Sequence */
    public static final int XRayAcquisitionDoseSequence = 0x00189542;
    /** (0018,9543) FD 1 X-Ray Source Isocenter Primary Angle */
    public static final int XRaySourceIsocenterPrimaryAngle = 0x00189543;
    /** (0018,9544) FD 1 X-Ray Source Isocenter Secondary Angle */
    public static final int XRaySourceIsocenterSecondaryAngle = 0x00189544;
    /** (0018,9545) FD 1 Breast Support Isocenter Primary Angle */
    public static final int BreastSupportIsocenterPrimaryAngle = 0x00189545;
    /** (0018,9546) FD 1 Breast Support Isocenter Secondary Angle */
    public static final int BreastSupportIsocenterSecondaryAngle = 0x00189546;
    /** (0018,9547) FD 1 Breast Support X Position to Isocenter */
    public static final int BreastSupportXPositionToIsocenter = 0x00189547;
    /** (0018,9548) FD 1 Breast Support Y Position to Isocenter */
    public static final int BreastSupportYPositionToIsocenter = 0x00189548;
    /** (0018,9549) FD 1 Breast Support Z Position to Isocenter */
    public static final int BreastSupportZPositionToIsocenter = 0x00189549;
    /** (0018,9550) FD 1 Detector Isocenter Primary Angle */
    public static final int DetectorIsocenterPrimaryAngle = 0x00189550;
    /** (0018,9551) FD 1 Detector Isocenter Secondary Angle */
    public static final int DetectorIsocenterSecondaryAngle = 0x00189551;
    /** (0018,9552) FD 1 Detector X Position to Isocenter */
    public static final int DetectorXPositionToIsocenter = 0x00189552;
    /** (0018,9553) FD 1 Detector Y Position to Isocenter */
    public static final int DetectorYPositionToIsocenter = 0x00189553;
    /** (0018,9554) FD 1 Detector Z Position to Isocenter */
    public static final int DetectorZPositionToIsocenter = 0x00189554;
    /** (0018,9555) SQ 1 X-Ray Grid Sequence */
    public static final int XRayGridSequence = 0x00189555;
    /** (0018,9556) SQ 1 X-Ray Filter Sequence */
    public static final int XRayFilterSequence = 0x00189556;
    /** (0018,9557) FD 3 Detector Active Area TLHC Position */
    public static final int DetectorActiveAreaTLHCPosition = 0x00189557;
    /** (0018,9558) FD 6 Detector Active Area Orientation */
    public static final int DetectorActiveAreaOrientation = 0x00189558;
    /** (0018,9559) CS 1 Positioner Primary Angle Direction */
    public static final int PositionerPrimaryAngleDirection = 0x00189559;
    /** (0018,9601) SQ 1 Diffusion b-matrix Sequence */
    public static final int DiffusionBMatrixSequence = 0x00189601;
    /** (0018,9602) FD 1 Diffusion b-value XX */
    public static final int DiffusionBValueXX = 0x00189602;
    /** (0018,9603) FD 1 Diffusion b-value XY */
    public static final int DiffusionBValueXY = 0x00189603;
    /** (0018,9604) FD 1 Diffusion b-value XZ */
    public static final int DiffusionBValueXZ = 0x00189604;
    /** (0018,9605) FD 1 Diffusion b-value YY */
    public static final int DiffusionBValueYY = 0x00189605;
    /** (0018,9606) FD 1 Diffusion b-value YZ */
    public static final int DiffusionBValueYZ = 0x00189606;
    /** (0018,9607) FD 1 Diffusion b-value ZZ */
    public static final int DiffusionBValueZZ = 0x00189607;
    /** (0018,9621) SQ 1 Functional MR Sequence */
    public static final int FunctionalMRSequence = 0x00189621;
    /** (0018,9622) CS 1 Functional Settling Phase Frames Present */
    public static final int FunctionalSettlingPhaseFramesPresent = 0x00189622;
    /** (0018,9623) DT 1 Functional Sync Pulse */
    public static final int FunctionalSyncPulse = 0x00189623;
    /** (0018,9624) CS 1 Settling Phase Frame */
    public static final int SettlingPhaseFrame = 0x00189624;
    /** (0018,9701) DT 1 Decay Correction DateTime */
    public static final int DecayCorrectionDateTime = 0x00189701;
    /** (0018,9715) FD 1 Start Density Threshold */
    public static final int StartDensityThreshold = 0x00189715;
    /** (0018,9716) FD 1 Start Relative Density Difference Threshold */
    public static final int StartRelativeDensityDifferenceThreshold = 0x00189716;
    /** (0018,9717) FD 1 Start Cardiac Trigger Count Threshold */
    public static final int StartCardiacTriggerCountThreshold = 0x00189717;
    /** (0018,9718) FD 1 Start Respiratory Trigger Count Threshold */
    public static final int StartRespiratoryTriggerCountThreshold = 0x00189718;
    /** (0018,9719) FD 1 Termination Counts Threshold */
    public static final int TerminationCountsThreshold = 0x00189719;
    /** (0018,9720) FD 1 Termination Density Threshold */
    public static final int TerminationDensityThreshold = 0x00189720;
    /** (0018,9721) FD 1 Termination Relative Density Threshold */
    public static final int TerminationRelativeDensityThreshold = 0x00189721;
    /** (0018,9722) FD 1 Termination Time Threshold */
    public static final int TerminationTimeThreshold = 0x00189722;
    /** (0018,9723) FD 1 Termination Cardiac Trigger Count Threshold */
    public static final int TerminationCardiacTriggerCountThreshold = 0x00189723;
    /** (0018,9724) FD 1 Termination Respiratory Trigger Count Threshold */
    public static final int TerminationRespiratoryTriggerCountThreshold = 0x00189724;
    /** (0018,9725) CS 1 Detector Geometry */
    public static final int DetectorGeometry = 0x00189725;
    /** (0018,9726) FD 1 Transverse Detector Separation */
    public static final int TransverseDetectorSeparation = 0x00189726;
    /** (0018,9727) FD 1 Axial Detector Dimension */
    public static final int AxialDetectorDimension = 0x00189727;
    /** (0018,9729) US 1 Radiopharmaceutical Agent Number */
    public static final int RadiopharmaceuticalAgentNumber = 0x00189729;
    /** (0018,9732) SQ 1 PET Frame Acquisition Sequence */
    public static final int PETFrameAcquisitionSequence = 0x00189732;
    /** (0018,9733) SQ 1 PET Detector Motion Details Sequence */
    public static final int PETDetectorMotionDetailsSequence = 0x00189733;
    /** (0018,9734) SQ 1 PET Table Dynamics Sequence */
    public static final int PETTableDynamicsSequence = 0x00189734;
    /** (0018,9735) SQ 1 PET Position Sequence */
    public static final int PETPositionSequence = 0x00189735;
    /** (0018,9736) SQ 1 PET Frame Correction Factors Sequence */
    public static final int PETFrameCorrectionFactorsSequence = 0x00189736;
    /** (0018,9737) SQ 1 Radiopharmaceutical Usage Sequence */
    public static final int RadiopharmaceuticalUsageSequence = 0x00189737;
    /** (0018,9738) CS 1 Attenuation Correction Source */
    public static final int AttenuationCorrectionSource = 0x00189738;
    /** (0018,9739) US 1 Number of Iterations */
    public static final int NumberOfIterations = 0x00189739;
    /** (0018,9740) US 1 Number of Subsets */
    public static final int NumberOfSubsets = 0x00189740;
    /** (0018,9749) SQ 1 PET Reconstruction Sequence */
    public static final int PETReconstructionSequence = 0x00189749;
    /** (0018,9751) SQ 1 PET Frame Type Sequence */
    public static final int PETFrameTypeSequence = 0x00189751;
    /** (0018,9755) CS 1 Time of Flight Information Used */
    public static final int TimeOfFlightInformationUsed = 0x00189755;
    /** (0018,9756) CS 1 Reconstruction Type */
    public static final int ReconstructionType = 0x00189756;
    /** (0018,9758) CS 1 Decay Corrected */
    public static final int DecayCorrected = 0x00189758;
    /** (0018,9759) CS 1 Attenuation Corrected */
    public static final int AttenuationCorrected = 0x00189759;
    /** (0018,9760) CS 1 Scatter Corrected */
    public static final int ScatterCorrected = 0x00189760;
    /** (0018,9761) CS 1 Dead Time Corrected */
    public static final int DeadTimeCorrected = 0x00189761;
    /** (0018,9762) CS 1 Gantry Motion Corrected */
    public static final int GantryMotionCorrected = 0x00189762;
    /** (0018,9763) CS 1 Patient Motion Corrected */
    public static final int PatientMotionCorrected = 0x00189763;
    /** (0018,9764) CS 1 Count Loss Normalization Corrected */
    public static final int CountLossNormalizationCorrected = 0x00189764;
    /** (0018,9765) CS 1 Randoms Corrected */
    public static final int RandomsCorrected = 0x00189765;
    /** (0018,9766) CS 1 Non-uniform Radial Sampling Corrected */
    public static final int NonUniformRadialSamplingCorrected = 0x00189766;
    /** (0018,9767) CS 1 Sensitivity Calibrated */
    public static final int SensitivityCalibrated = 0x00189767;
    /** (0018,9768) CS 1 Detector Normalization Correction */
    public static final int DetectorNormalizationCorrection = 0x00189768;
    /** (0018,9769) CS 1 Iterative Reconstruction Method */
    public static final int IterativeReconstructionMethod = 0x00189769;
    /** (0018,9770) CS 1 Attenuation Correction Temporal Relationship */
    public static final int AttenuationCorrectionTemporalRelationship = 0x00189770;
    /** (0018,9771) SQ 1 Patient Physiological State Sequence */
    public static final int PatientPhysiologicalStateSequence = 0x00189771;
    /** (0018,9772) SQ 1 Patient Physiological State Code Sequence */
    public static final int PatientPhysiologicalStateCodeSequence = 0x00189772;
    /** (0018,9801) FD 1-n Depth(s) of Focus */
    public static final int DepthsOfFocus = 0x00189801;
    /** (0018,9803) SQ 1 Excluded Intervals Sequence */
    public static final int ExcludedIntervalsSequence = 0x00189803;
    /** (0018,9804) DT 1 Exclusion Start DateTime */
    public static final int ExclusionStartDateTime = 0x00189804;
    /** (0018,9805) FD 1 Exclusion Duration */
    public static final int ExclusionDuration = 0x00189805;
    /** (0018,9806) SQ 1 US Image Description Sequence */
    public static final int USImageDescriptionSequence = 0x00189806;
    /** (0018,9807) SQ 1 Image Data Type Sequence */
    public static final int ImageDataTypeSequence = 0x00189807;
    /** (0018,9808) CS 1 Data Type */
    public static final int DataType = 0x00189808;
    /** (0018,9809) SQ 1 Transducer Scan Pattern Code Sequence */
    public static final int TransducerScanPatternCodeSequence = 0x00189809;
    /** (0018,980B) CS 1 Aliased Data Type */
    public static final int AliasedDataType = 0x0018980B;
    /** (0018,980C) CS 1 Position Measuring Device Used */
    public static final int PositionMeasuringDeviceUsed = 0x0018980C;
    /** (0018,980D) SQ 1 Transducer Geometry Code Sequence */
    public static final int TransducerGeometryCodeSequence = 0x0018980D;
    /** (0018,980E) SQ 1 Transducer Beam Steering Code Sequence */
    public static final int TransducerBeamSteeringCodeSequence = 0x0018980E;
    /** (0018,980F) SQ 1 Transducer Application Code Sequence */
    public static final int TransducerApplicationCodeSequence = 0x0018980F;
    /** (0018,9810) US or SS 1 Zero Velocity Pixel Value */
    public static final int ZeroVelocityPixelValue = 0x00189810;
    /** (0018,9900) LO 1 Reference Location Label */
    public static final int ReferenceLocationLabel = 0x00189900;
    /** (0018,9901) UT 1 Reference Location Description */
    public static final int ReferenceLocationDescription = 0x00189901;
    /** (0018,9902) SQ 1 Reference Basis Code Sequence */
    public static final int ReferenceBasisCodeSequence = 0x00189902;
    /** (0018,9903) SQ 1 Reference Geometry Code Sequence */
    public static final int ReferenceGeometryCodeSequence = 0x00189903;
    /** (0018,9904) DS 1 Offset Distance */
    public static final int OffsetDistance = 0x00189904;
    /** (0018,9905) CS 1 Offset Direction */
    public static final int OffsetDirection = 0x00189905;
    /** (0018,9906) SQ 1 Potential Scheduled Protocol Code Sequence */
    public static final int PotentialScheduledProtocolCodeSequence = 0x00189906;
    /** (0018,9907) SQ 1 Potential Requested Procedure Code Sequence */
    public static final int PotentialRequestedProcedureCodeSequence = 0x00189907;
    /** (0018,9908) UC 1-n Potential Reasons for Procedure */
    public static final int PotentialReasonsForProcedure = 0x00189908;
    /** (0018,9909) SQ 1 Potential Reasons for Procedure Code Sequence */
    public static final int PotentialReasonsForProcedureCodeSequence = 0x00189909;
    /** (0018,990A) UC 1-n Potential Diagnostic Tasks */
    public static final int PotentialDiagnosticTasks = 0x0018990A;
    /** (0018,990B) SQ 1 Contraindications Code Sequence */
    public static final int ContraindicationsCodeSequence = 0x0018990B;
    /** (0018,990C) SQ 1 Referenced Defined Protocol Sequence */
    public static final int ReferencedDefinedProtocolSequence = 0x0018990C;
    /** (0018,990D) SQ 1 Referenced Performed Protocol Sequence */
    public static final int ReferencedPerformedProtocolSequence = 0x0018990D;
    /** (0018,990E) SQ 1 Predecessor Protocol Sequence */
    public static final int PredecessorProtocolSequence = 0x0018990E;
    /** (0018,990F) UT 1 Protocol Planning Information */
    public static final int ProtocolPlanningInformation = 0x0018990F;
    /** (0018,9910) UT 1 Protocol Design Rationale */
    public static final int ProtocolDesignRationale = 0x00189910;
    /** (0018,9911) SQ 1 Patient Specification Sequence */
    public static final int PatientSpecificationSequence = 0x00189911;
    /** (0018,9912) SQ 1 Model Specification Sequence */
    public static final int ModelSpecificationSequence = 0x00189912;
    /** (0018,9913) SQ 1 Parameters Specification Sequence */
    public static final int ParametersSpecificationSequence = 0x00189913;
    /** (0018,9914) SQ 1 Instruction Sequence */
    public static final int InstructionSequence = 0x00189914;
    /** (0018,9915) US 1 Instruction Index */
    public static final int InstructionIndex = 0x00189915;
    /** (0018,9916) LO 1 Instruction Text */
    public static final int InstructionText = 0x00189916;
    /** (0018,9917) UT 1 Instruction Description */
    public static final int InstructionDescription = 0x00189917;
    /** (0018,9918) CS 1 Instruction Performed Flag */
    public static final int InstructionPerformedFlag = 0x00189918;
    /** (0018,9919) DT 1 Instruction Performed DateTime */
    public static final int InstructionPerformedDateTime = 0x00189919;
    /** (0018,991A) UT 1 Instruction Performance Comment */
    public static final int InstructionPerformanceComment = 0x0018991A;
    /** (0018,991B) SQ 1 Patient Positioning Instruction Sequence */
    public static final int PatientPositioningInstructionSequence = 0x0018991B;
    /** (0018,991C) SQ 1 Positioning Method Code Sequence */
    public static final int PositioningMethodCodeSequence = 0x0018991C;
    /** (0018,991D) SQ 1 Positioning Landmark Sequence */
    public static final int PositioningLandmarkSequence = 0x0018991D;
    /** (0018,991E) UI 1 Target Frame of Reference UID */
    public static final int TargetFrameOfReferenceUID = 0x0018991E;
    /** (0018,991F) SQ 1 Acquisition Protocol Element Specification Sequence */
    public static final int AcquisitionProtocolElementSpecificationSequence = 0x0018991F;
    /** (0018,9920) SQ 1 Acquisition Protocol Element Sequence */
    public static final int AcquisitionProtocolElementSequence = 0x00189920;
    /** (0018,9921) US 1 Protocol Element Number */
    public static final int ProtocolElementNumber = 0x00189921;
    /** (0018,9922) LO 1 Protocol Element Name */
    public static final int ProtocolElementName = 0x00189922;
    /** (0018,9923) UT 1 Protocol Element Characteristics Summary */
    public static final int ProtocolElementCharacteristicsSummary = 0x00189923;
    /** (0018,9924) UT 1 Protocol Element Purpose */
    public static final int ProtocolElementPurpose = 0x00189924;
    /** (0018,9930) CS 1 Acquisition Motion */
    public static final int AcquisitionMotion = 0x00189930;
    /** (0018,9931) SQ 1 Acquisition Start Location Sequence */
    public static final int AcquisitionStartLocationSequence = 0x00189931;
    /** (0018,9932) SQ 1 Acquisition End Location Sequence */
    public static final int AcquisitionEndLocationSequence = 0x00189932;
    /** (0018,9933) SQ 1 Reconstruction Protocol Element Specification Sequence */
    public static final int ReconstructionProtocolElementSpecificationSequence = 0x00189933;
    /** (0018,9934) SQ 1 Reconstruction Protocol Element Sequence */
    public static final int ReconstructionProtocolElementSequence = 0x00189934;
    /** (0018,9935) SQ 1 Storage Protocol Element Specification Sequence */
    public static final int StorageProtocolElementSpecificationSequence = 0x00189935;
    /** (0018,9936) SQ 1 Storage Protocol Element Sequence */
    public static final int StorageProtocolElementSequence = 0x00189936;
    /** (0018,9937) LO 1 Requested Series Description */
    public static final int RequestedSeriesDescription = 0x00189937;
    /** (0018,9938) US 1-n Source Acquisition Protocol Element Number */
    public static final int SourceAcquisitionProtocolElementNumber = 0x00189938;
    /** (0018,9939) US 1-n Source Acquisition Beam Number */
    public static final int SourceAcquisitionBeamNumber = 0x00189939;
    /** (0018,993A) US 1-n Source Reconstruction Protocol Element Number */
    public static final int SourceReconstructionProtocolElementNumber = 0x0018993A;
    /** (0018,993B) SQ 1 Reconstruction Start Location Sequence */
    public static final int ReconstructionStartLocationSequence = 0x0018993B;
    /** (0018,993C) SQ 1 Reconstruction End Location Sequence */
    public static final int ReconstructionEndLocationSequence = 0x0018993C;
    /** (0018,993D) SQ 1 Reconstruction Algorithm Sequence */
    public static final int ReconstructionAlgorithmSequence = 0x0018993D;
    /** (0018,993E) SQ 1 Reconstruction Target Center Location Sequence */
    public static final int ReconstructionTargetCenterLocationSequence = 0x0018993E;
    /** (0018,9941) UT 1 Image Filter Description */
    public static final int ImageFilterDescription = 0x00189941;
    /** (0018,9942) FD 1 CTDIvol Notification Trigger */
    public static final int CTDIvolNotificationTrigger = 0x00189942;
    /** (0018,9943) FD 1 DLP Notification Trigger */
    public static final int DLPNotificationTrigger = 0x00189943;
    /** (0018,9944) CS 1 Auto KVP Selection Type */
    public static final int AutoKVPSelectionType = 0x00189944;
    /** (0018,9945) FD 1 Auto KVP Upper Bound */
    public static final int AutoKVPUpperBound = 0x00189945;
    /** (0018,9946) FD 1 Auto KVP Lower Bound */
    public static final int AutoKVPLowerBound = 0x00189946;
    /** (0018,9947) CS 1 Protocol Defined Patient Position */
    public static final int ProtocolDefinedPatientPosition = 0x00189947;
    /** (0018,A001) SQ 1 Contributing Equipment Sequence */
    public static final int ContributingEquipmentSequence = 0x0018A001;
    /** (0018,A002) DT 1 Contribution DateTime */
    public static final int ContributionDateTime = 0x0018A002;
    /** (0018,A003) ST 1 Contribution Description */
    public static final int ContributionDescription = 0x0018A003;
    /** (0020,000D) UI 1 Study Instance UID */
    public static final int StudyInstanceUID = 0x0020000D;
    /** (0020,000E) UI 1 Series Instance UID */
    public static final int SeriesInstanceUID = 0x0020000E;
    /** (0020,0010) SH 1 Study ID */
    public static final int StudyID = 0x00200010;
    /** (0020,0011) IS 1 Series Number */
    public static final int SeriesNumber = 0x00200011;
    /** (0020,0012) IS 1 Acquisition Number */
    public static final int AcquisitionNumber = 0x00200012;
    /** (0020,0013) IS 1 Instance Number */
    public static final int InstanceNumber = 0x00200013;
    /** (0020,0019) IS 1 Item Number */
    public static final int ItemNumber = 0x00200019;
    /** (0020,0020) CS 2 Patient Orientation */
    public static final int PatientOrientation = 0x00200020;
    /** (0020,0032) DS 3 Image Position (Patient) */
    public static final int ImagePositionPatient = 0x00200032;
    /** (0020,0037) DS 6 Image Orientation (Patient) */
    public static final int ImageOrientationPatient = 0x00200037;
    /** (0020,0052) UI 1 Frame of Reference UID */
    public static final int FrameOfReferenceUID = 0x00200052;
    /** (0020,0060) CS 1 Laterality */
    public static final int Laterality = 0x00200060;
    /** (0020,0062) CS 1 Image Laterality */
    public static final int ImageLaterality = 0x00200062;
    /** (0020,0100) IS 1 Temporal Position Identifier */
    public static final int TemporalPositionIdentifier = 0x00200100;
    /** (0020,0105) IS 1 Number of Temporal Positions */
    public static final int NumberOfTemporalPositions = 0x00200105;
    /** (0020,0110) DS 1 Temporal Resolution */
    public static final int TemporalResolution = 0x00200110;
    /** (0020,0200) UI 1 Synchronization Frame of Reference UID */
    public static final int SynchronizationFrameOfReferenceUID = 0x00200200;
    /** (0020,0242) UI 1 SOP Instance UID of Concatenation Source */
    public static final int SOPInstanceUIDOfConcatenationSource = 0x00200242;
    /** (0020,1002) IS 1 Images in Acquisition */
    public static final int ImagesInAcquisition = 0x00201002;
    /** (0020,103F) LO 1 Target Position Reference Indicator */
    public static final int TargetPositionReferenceIndicator = 0x0020103F;
    /** (0020,1040) LO 1 Position Reference Indicator */
    public static final int PositionReferenceIndicator = 0x00201040;
    /** (0020,1041) DS 1 Slice Location */
    public static final int SliceLocation = 0x00201041;
    /** (0020,1200) IS 1 Number of Patient Related Studies */
    public static final int NumberOfPatientRelatedStudies = 0x00201200;
    /** (0020,1202) IS 1 Number of Patient Related Series */
    public static final int NumberOfPatientRelatedSeries = 0x00201202;
    /** (0020,1204) IS 1 Number of Patient Related Instances */
    public static final int NumberOfPatientRelatedInstances = 0x00201204;
    /** (0020,1206) IS 1 Number of Study Related Series */
    public static final int NumberOfStudyRelatedSeries = 0x00201206;
    /** (0020,1208) IS 1 Number of Study Related Instances */
    public static final int NumberOfStudyRelatedInstances = 0x00201208;
    /** (0020,1209) IS 1 Number of Series Related Instances */
    public static final int NumberOfSeriesRelatedInstances = 0x00201209;
    /** (0020,4000) LT 1 Image Comments */
    public static final int ImageComments = 0x00204000;
    /** (0020,9056) SH 1 Stack ID */
    public static final int StackID = 0x00209056;
    /** (0020,9057) UL 1 In-Stack Position Number */
    public static final int InStackPositionNumber = 0x00209057;
    /** (0020,9071) SQ 1 Frame Anatomy Sequence */
    public static final int FrameAnatomySequence = 0x00209071;
    /** (0020,9072) CS 1 Frame Laterality */
    public static final int FrameLaterality = 0x00209072;
    /** (0020,9111) SQ 1 Frame Content Sequence */
    public static final int FrameContentSequence = 0x00209111;
    /** (0020,9113) SQ 1 Plane Position Sequence */
    public static final int PlanePositionSequence = 0x00209113;
    /** (0020,9116) SQ 1 Plane Orientation Sequence */
    public static final int PlaneOrientationSequence = 0x00209116;
    /** (0020,9128) UL 1 Temporal Position Index */
    public static final int TemporalPositionIndex = 0x00209128;
    /** (0020,9153) FD 1 Nominal Cardiac Trigger Delay Time */
    public static final int NominalCardiacTriggerDelayTime = 0x00209153;
    /** (0020,9154) FL 1 Nominal Cardiac Trigger Time Prior To R-Peak */
    public static final int NominalCardiacTriggerTimePriorToRPeak = 0x00209154;
    /** (0020,9155) FL 1 Actual Cardiac Trigger Time Prior To R-Peak */
    public static final int ActualCardiacTriggerTimePriorToRPeak = 0x00209155;
    /** (0020,9156) US 1 Frame Acquisition Number */
    public static final int FrameAcquisitionNumber = 0x00209156;
    /** (0020,9157) UL 1-n Dimension Index Values */
    public static final int DimensionIndexValues = 0x00209157;
    /** (0020,9158) LT 1 Frame Comments */
    public static final int FrameComments = 0x00209158;
    /** (0020,9161) UI 1 Concatenation UID */
    public static final int ConcatenationUID = 0x00209161;
    /** (0020,9162) US 1 In-concatenation Number */
    public static final int InConcatenationNumber = 0x00209162;
    /** (0020,9163) US 1 In-concatenation Total Number */
    public static final int InConcatenationTotalNumber = 0x00209163;
    /** (0020,9164) UI 1 Dimension Organization UID */
    public static final int DimensionOrganizationUID = 0x00209164;
    /** (0020,9165) AT 1 Dimension Index Pointer */
    public static final int DimensionIndexPointer = 0x00209165;
    /** (0020,9167) AT 1 Functional Group Pointer */
    public static final int FunctionalGroupPointer = 0x00209167;
    /** (0020,9170) SQ 1 Unassigned Shared Converted Attributes Sequence */
    public static final int UnassignedSharedConvertedAttributesSequence = 0x00209170;
    /** (0020,9171) SQ 1 Unassigned Per-Frame Converted Attributes Sequence */
    public static final int UnassignedPerFrameConvertedAttributesSequence = 0x00209171;
    /** (0020,9172) SQ 1 Conversion Source Attributes Sequence */
    public static final int ConversionSourceAttributesSequence = 0x00209172;
    /** (0020,9213) LO 1 Dimension Index Private Creator */
    public static final int DimensionIndexPrivateCreator = 0x00209213;
    /** (0020,9221) SQ 1 Dimension Organization Sequence */
    public static final int DimensionOrganizationSequence = 0x00209221;
    /** (0020,9222) SQ 1 Dimension Index Sequence */
    public static final int DimensionIndexSequence = 0x00209222;
    /** (0020,9228) UL 1 Concatenation Frame Offset Number */
    public static final int ConcatenationFrameOffsetNumber = 0x00209228;
    /** (0020,9238) LO 1 Functional Group Private Creator */
    public static final int FunctionalGroupPrivateCreator = 0x00209238;
    /** (0020,9241) FL 1 Nominal Percentage of Cardiac Phase */
    public static final int NominalPercentageOfCardiacPhase = 0x00209241;
    /** (0020,9245) FL 1 Nominal Percentage of Respiratory Phase */
    public static final int NominalPercentageOfRespiratoryPhase = 0x00209245;
    /** (0020,9246) FL 1 Starting Respiratory Amplitude */
    public static final int StartingRespiratoryAmplitude = 0x00209246;
    /** (0020,9247) CS 1 Starting Respiratory Phase */
    public static final int StartingRespiratoryPhase = 0x00209247;
    /** (0020,9248) FL 1 Ending Respiratory Amplitude */
    public static final int EndingRespiratoryAmplitude = 0x00209248;
    /** (0020,9249) CS 1 Ending Respiratory Phase */
    public static final int EndingRespiratoryPhase = 0x00209249;
    /** (0020,9250) CS 1 Respiratory Trigger Type */
    public static final int RespiratoryTriggerType = 0x00209250;
    /** (0020,9251) FD 1 R-R Interval Time Nominal */
    public static final int RRIntervalTimeNominal = 0x00209251;
    /** (0020,9252) FD 1 Actual Cardiac Trigger Delay Time */
    public static final int ActualCardiacTriggerDelayTime = 0x00209252;
    /** (0020,9253) SQ 1 Respiratory Synchronization Sequence */
    public static final int RespiratorySynchronizationSequence = 0x00209253;
    /** (0020,9254) FD 1 Respiratory Interval Time */
    public static final int RespiratoryIntervalTime = 0x00209254;
    /** (0020,9255) FD 1 Nominal Respiratory Trigger Delay Time */
    public static final int NominalRespiratoryTriggerDelayTime = 0x00209255;
    /** (0020,9256) FD 1 Respiratory Trigger Delay Threshold */
    public static final int RespiratoryTriggerDelayThreshold = 0x00209256;
    /** (0020,9257) FD 1 Actual Respiratory Trigger Delay Time */
    public static final int ActualRespiratoryTriggerDelayTime = 0x00209257;
    /** (0020,9301) FD 3 Image Position (Volume) */
    public static final int ImagePositionVolume = 0x00209301;
    /** (0020,9302) FD 6 Image Orientation (Volume) */
    public static final int ImageOrientationVolume = 0x00209302;
    /** (0020,9307) CS 1 Ultrasound Acquisition Geometry */
    public static final int UltrasoundAcquisitionGeometry = 0x00209307;
    /** (0020,9308) FD 3 Apex Position */
    public static final int ApexPosition = 0x00209308;
    /** (0020,9309) FD 16 Volume to Transducer Mapping Matrix */
    public static final int VolumeToTransducerMappingMatrix = 0x00209309;
    /** (0020,930A) FD 16 Volume to Table Mapping Matrix */
    public static final int VolumeToTableMappingMatrix = 0x0020930A;
    /** (0020,930B) CS 1 Volume to Transducer Relationship */
    public static final int VolumeToTransducerRelationship = 0x0020930B;
    /** (0020,930C) CS 1 Patient Frame of Reference Source */
    public static final int PatientFrameOfReferenceSource = 0x0020930C;
    /** (0020,930D) FD 1 Temporal Position Time Offset */
    public static final int TemporalPositionTimeOffset = 0x0020930D;
    /** (0020,930E) SQ 1 Plane Position (Volume) Sequence */
    public static final int PlanePositionVolumeSequence = 0x0020930E;
    /** (0020,930F) SQ 1 Plane Orientation (Volume) Sequence */
    public static final int PlaneOrientationVolumeSequence = 0x0020930F;
    /** (0020,9310) SQ 1 Temporal Position Sequence */
    public static final int TemporalPositionSequence = 0x00209310;
    /** (0020,9311) CS 1 Dimension Organization Type */
    public static final int DimensionOrganizationType = 0x00209311;
    /** (0020,9312) UI 1 Volume Frame of Reference UID */
    public static final int VolumeFrameOfReferenceUID = 0x00209312;
    /** (0020,9313) UI 1 Table Frame of Reference UID */
    public static final int TableFrameOfReferenceUID = 0x00209313;
    /** (0020,9421) LO 1 Dimension Description Label */
    public static final int DimensionDescriptionLabel = 0x00209421;
    /** (0020,9450) SQ 1 Patient Orientation in Frame Sequence */
    public static final int PatientOrientationInFrameSequence = 0x00209450;
    /** (0020,9453) LO 1 Frame Label */
    public static final int FrameLabel = 0x00209453;
    /** (0020,9518) US 1-n Acquisition Index */
    public static final int AcquisitionIndex = 0x00209518;
    /** (0020,9529) SQ 1 Contributing SOP Instances Reference Sequence */
    public static final int ContributingSOPInstancesReferenceSequence = 0x00209529;
    /** (0020,9536) US 1 Reconstruction Index */
    public static final int ReconstructionIndex = 0x00209536;
    /** (0028,0002) US 1 Samples per Pixel */
    public static final int SamplesPerPixel = 0x00280002;
    /** (0028,0003) US 1 Samples per Pixel Used */
    public static final int SamplesPerPixelUsed = 0x00280003;
    /** (0028,0004) CS 1 Photometric Interpretation */
    public static final int PhotometricInterpretation = 0x00280004;
    /** (0028,0006) US 1 Planar Configuration */
    public static final int PlanarConfiguration = 0x00280006;
    /** (0028,0008) IS 1 Number of Frames */
    public static final int NumberOfFrames = 0x00280008;
    /** (0028,0009) AT 1-n Frame Increment Pointer */
    public static final int FrameIncrementPointer = 0x00280009;
    /** (0028,000A) AT 1-n Frame Dimension Pointer */
    public static final int FrameDimensionPointer = 0x0028000A;
    /** (0028,0010) US 1 Rows */
    public static final int Rows = 0x00280010;
    /** (0028,0011) US 1 Columns */
    public static final int Columns = 0x00280011;
    /** (0028,0014) US 1 Ultrasound Color Data Present */
    public static final int UltrasoundColorDataPresent = 0x00280014;
    /** (0028,0030) DS 2 Pixel Spacing */
    public static final int PixelSpacing = 0x00280030;
    /** (0028,0031) DS 2 Zoom Factor */
    public static final int ZoomFactor = 0x00280031;
    /** (0028,0032) DS 2 Zoom Center */
    public static final int ZoomCenter = 0x00280032;
    /** (0028,0034) IS 2 Pixel Aspect Ratio */
    public static final int PixelAspectRatio = 0x00280034;
    /** (0028,0051) CS 1-n Corrected Image */
    public static final int CorrectedImage = 0x00280051;
    /** (0028,0100) US 1 Bits Allocated */
    public static final int BitsAllocated = 0x00280100;
    /** (0028,0101) US 1 Bits Stored */
    public static final int BitsStored = 0x00280101;
    /** (0028,0102) US 1 High Bit */
    public static final int HighBit = 0x00280102;
    /** (0028,0103) US 1 Pixel Representation */
    public static final int PixelRepresentation = 0x00280103;
    /** (0028,0106) US or SS 1 Smallest Image Pixel Value */
    public static final int SmallestImagePixelValue = 0x00280106;
    /** (0028,0107) US or SS 1 Largest Image Pixel Value */
    public static final int LargestImagePixelValue = 0x00280107;
    /** (0028,0108) US or SS 1 Smallest Pixel Value in Series */
    public static final int SmallestPixelValueInSeries = 0x00280108;
    /** (0028,0109) US or SS 1 Largest Pixel Value in Series */
    public static final int LargestPixelValueInSeries = 0x00280109;
    /** (0028,0120) US or SS 1 Pixel Padding Value */
    public static final int PixelPaddingValue = 0x00280120;
    /** (0028,0121) US or SS 1 Pixel Padding Range Limit */
    public static final int PixelPaddingRangeLimit = 0x00280121;
    /** (0028,0122) FL 1 Float Pixel Padding Value */
    public static final int FloatPixelPaddingValue = 0x00280122;
    /** (0028,0123) FD 1 Double Float Pixel Padding Value */
    public static final int DoubleFloatPixelPaddingValue = 0x00280123;
    /** (0028,0124) FL 1 Float Pixel Padding Range Limit */
    public static final int FloatPixelPaddingRangeLimit = 0x00280124;
    /** (0028,0125) FD 1 Double Float Pixel Padding Range Limit */
    public static final int DoubleFloatPixelPaddingRangeLimit = 0x00280125;
    /** (0028,0300) CS 1 Quality Control Image */
    public static final int QualityControlImage = 0x00280300;
    /** (0028,0301) CS 1 Burned In Annotation */
    public static final int BurnedInAnnotation = 0x00280301;
    /** (0028,0302) CS 1 Recognizable Visual Features */
    public static final int RecognizableVisualFeatures = 0x00280302;
    /** (0028,0303) CS 1 Longitudinal Temporal Information Modified */
    public static final int LongitudinalTemporalInformationModified = 0x00280303;
    /** (0028,0304) UI 1 Referenced Color Palette Instance UID */
    public static final int ReferencedColorPaletteInstanceUID = 0x00280304;
    /** (0028,0A02) CS 1 Pixel Spacing Calibration Type */
    public static final int PixelSpacingCalibrationType = 0x00280A02;
    /** (0028,0A04) LO 1 Pixel Spacing Calibration Description */
    public static final int PixelSpacingCalibrationDescription = 0x00280A04;
    /** (0028,1040) CS 1 Pixel Intensity Relationship */
    public static final int PixelIntensityRelationship = 0x00281040;
    /** (0028,1041) SS 1 Pixel Intensity Relationship Sign */
    public static final int PixelIntensityRelationshipSign = 0x00281041;
    /** (0028,1050) DS 1-n Window Center */
    public static final int WindowCenter = 0x00281050;
    /** (0028,1051) DS 1-n Window Width */
    public static final int WindowWidth = 0x00281051;
    /** (0028,1052) DS 1 Rescale Intercept */
    public static final int RescaleIntercept = 0x00281052;
    /** (0028,1053) DS 1 Rescale Slope */
    public static final int RescaleSlope = 0x00281053;
    /** (0028,1054) LO 1 Rescale Type */
    public static final int RescaleType = 0x00281054;
    /** (0028,1055) LO 1-n Window Center & Width Explanation */
    public static final int WindowCenterWidthExplanation = 0x00281055;
    /** (0028,1056) CS 1 VOI LUT Function */
    public static final int VOILUTFunction = 0x00281056;
    /** (0028,1090) CS 1 Recommended Viewing Mode */
    public static final int RecommendedViewingMode = 0x00281090;
    /** (0028,1101) US or SS 3 Red Palette Color Lookup Table Descriptor */
    public static final int RedPaletteColorLookupTableDescriptor = 0x00281101;
    /** (0028,1102) US or SS 3 Green Palette Color Lookup Table Descriptor */
    public static final int GreenPaletteColorLookupTableDescriptor = 0x00281102;
    /** (0028,1103) US or SS 3 Blue Palette Color Lookup Table Descriptor */
    public static final int BluePaletteColorLookupTableDescriptor = 0x00281103;
    /** (0028,1104) US 3 Alpha Palette Color Lookup Table Descriptor */
    public static final int AlphaPaletteColorLookupTableDescriptor = 0x00281104;
    /** (0028,1199) UI 1 Palette Color Lookup Table UID */
    public static final int PaletteColorLookupTableUID = 0x00281199;
    /** (0028,1201) OW 1 Red Palette Color Lookup Table Data */
    public static final int RedPaletteColorLookupTableData = 0x00281201;
    /** (0028,1202) OW 1 Green Palette Color Lookup Table Data */
    public static final int GreenPaletteColorLookupTableData = 0x00281202;
    /** (0028,1203) OW 1 Blue Palette Color Lookup Table Data */
    public static final int BluePaletteColorLookupTableData = 0x00281203;
    /** (0028,1204) OW 1 Alpha Palette Color Lookup Table Data */
    public static final int AlphaPaletteColorLookupTableData = 0x00281204;
    /** (0028,1221) OW 1 Segmented Red Palette Color Lookup Table Data */
    public static final int SegmentedRedPaletteColorLookupTableData = 0x00281221;
    /** (0028,1222) OW 1 Segmented Green Palette Color Lookup Table Data */
    public static final int SegmentedGreenPaletteColorLookupTableData = 0x00281222;
    /** (0028,1223) OW 1 Segmented Blue Palette Color Lookup Table Data */
    public static final int SegmentedBluePaletteColorLookupTableData = 0x00281223;
    /** (0028,1224) OW 1 Segmented Alpha Palette Color Lookup Table Data */
    public static final int SegmentedAlphaPaletteColorLookupTableData = 0x00281224;
    /** (0028,1230) SQ 1 Stored Value Color Range Sequence */
    public static final int StoredValueColorRangeSequence = 0x00281230;
    /** (0028,1231) FD 1 Minimum Stored Value Mapped */
    public static final int MinimumStoredValueMapped = 0x00281231;
    /** (0028,1232) FD 1 Maximum Stored Value Mapped */
    public static final int MaximumStoredValueMapped = 0x00281232;
    /** (0028,1300) CS 1 Breast Implant Present */
    public static final int BreastImplantPresent = 0x00281300;
    /** (0028,1350) CS 1 Partial View */
    public static final int PartialView = 0x00281350;
    /** (0028,1351) ST 1 Partial View Description */
    public static final int PartialViewDescription = 0x00281351;
    /** (0028,1352) SQ 1 Partial View Code Sequence */
    public static final int PartialViewCodeSequence = 0x00281352;
    /** (0028,135A) CS 1 Spatial Locations Preserved */
    public static final int SpatialLocationsPreserved = 0x0028135A;
    /** (0028,1401) SQ 1 Data Frame Assignment Sequence */
    public static final int DataFrameAssignmentSequence = 0x00281401;
    /** (0028,1402) CS 1 Data Path Assignment */
    public static final int DataPathAssignment = 0x00281402;
    /** (0028,1403) US 1 Bits Mapped to Color Lookup Table */
    public static final int BitsMappedToColorLookupTable = 0x00281403;
    /** (0028,1404) SQ 1 Blending LUT 1 Sequence */
    public static final int BlendingLUT1Sequence = 0x00281404;
    /** (0028,1405) CS 1 Blending LUT 1 Transfer Function */
    public static final int BlendingLUT1TransferFunction = 0x00281405;
    /** (0028,1406) FD 1 Blending Weight Constant */
    public static final int BlendingWeightConstant = 0x00281406;
    /** (0028,1407) US 3 Blending Lookup Table Descriptor */
    public static final int BlendingLookupTableDescriptor = 0x00281407;
    /** (0028,1408) OW 1 Blending Lookup Table Data */
    public static final int BlendingLookupTableData = 0x00281408;
    /** (0028,140B) SQ 1 Enhanced Palette Color Lookup Table Sequence */
    public static final int EnhancedPaletteColorLookupTableSequence = 0x0028140B;
    /** (0028,140C) SQ 1 Blending LUT 2 Sequence */
    public static final int BlendingLUT2Sequence = 0x0028140C;
    /** (0028,140D) CS 1 Blending LUT 2 Transfer Function */
    public static final int BlendingLUT2TransferFunction = 0x0028140D;
    /** (0028,140E) CS 1 Data Path ID */
    public static final int DataPathID = 0x0028140E;
    /** (0028,140F) CS 1 RGB LUT Transfer Function */
    public static final int RGBLUTTransferFunction = 0x0028140F;
    /** (0028,1410) CS 1 Alpha LUT Transfer Function */
    public static final int AlphaLUTTransferFunction = 0x00281410;
    /** (0028,2000) OB 1 ICC Profile */
    public static final int ICCProfile = 0x00282000;
    /** (0028,2002) CS 1 Color Space */
    public static final int ColorSpace = 0x00282002;
    /** (0028,2110) CS 1 Lossy Image Compression */
    public static final int LossyImageCompression = 0x00282110;
    /** (0028,2112) DS 1-n Lossy Image Compression Ratio */
    public static final int LossyImageCompressionRatio = 0x00282112;
    /** (0028,2114) CS 1-n Lossy Image Compression Method */
    public static final int LossyImageCompressionMethod = 0x00282114;
    /** (0028,3000) SQ 1 Modality LUT Sequence */
    public static final int ModalityLUTSequence = 0x00283000;
    /** (0028,3002) US or SS 3 LUT Descriptor */
    public static final int LUTDescriptor = 0x00283002;
    /** (0028,3003) LO 1 LUT Explanation */
    public static final int LUTExplanation = 0x00283003;
    /** (0028,3004) LO 1 Modality LUT Type */
    public static final int ModalityLUTType = 0x00283004;
    /** (0028,3006) US or OW 1-n LUT Data */
    public static final int LUTData = 0x00283006;
    /** (0028,3010) SQ 1 VOI LUT Sequence */
    public static final int VOILUTSequence = 0x00283010;
    /** (0028,3110) SQ 1 Softcopy VOI LUT Sequence */
    public static final int SoftcopyVOILUTSequence = 0x00283110;
    /** (0028,6010) US 1 Representative Frame Number */
    public static final int RepresentativeFrameNumber = 0x00286010;
    /** (0028,6020) US 1-n Frame Numbers of Interest (FOI) */
    public static final int FrameNumbersOfInterest = 0x00286020;
    /** (0028,6022) LO 1-n Frame of Interest Description */
    public static final int FrameOfInterestDescription = 0x00286022;
    /** (0028,6023) CS 1-n Frame of Interest Type */
    public static final int FrameOfInterestType = 0x00286023;
    /** (0028,6040) US 1-n R Wave Pointer */
    public static final int RWavePointer = 0x00286040;
    /** (0028,6100) SQ 1 Mask Subtraction Sequence */
    public static final int MaskSubtractionSequence = 0x00286100;
    /** (0028,6101) CS 1 Mask Operation */
    public static final int MaskOperation = 0x00286101;
    /** (0028,6102) US 2-2n Applicable Frame Range */
    public static final int ApplicableFrameRange = 0x00286102;
    /** (0028,6110) US 1-n Mask Frame Numbers */
    public static final int MaskFrameNumbers = 0x00286110;
    /** (0028,6112) US 1 Contrast Frame Averaging */
    public static final int ContrastFrameAveraging = 0x00286112;
    /** (0028,6114) FL 2 Mask Sub-pixel Shift */
    public static final int MaskSubPixelShift = 0x00286114;
    /** (0028,6120) SS 1 TID Offset */
    public static final int TIDOffset = 0x00286120;
    /** (0028,6190) ST 1 Mask Operation Explanation */
    public static final int MaskOperationExplanation = 0x00286190;
    /** (0028,7000) SQ 1 Equipment Administrator Sequence */
    public static final int EquipmentAdministratorSequence = 0x00287000;
    /** (0028,7001) US 1 Number of Display Subsystems */
    public static final int NumberOfDisplaySubsystems = 0x00287001;
    /** (0028,7002) US 1 Current Configuration ID */
    public static final int CurrentConfigurationID = 0x00287002;
    /** (0028,7003) US 1 Display Subsystem ID */
    public static final int DisplaySubsystemID = 0x00287003;
    /** (0028,7004) SH 1 Display Subsystem Name */
    public static final int DisplaySubsystemName = 0x00287004;
    /** (0028,7005) LO 1 Display Subsystem Description */
    public static final int DisplaySubsystemDescription = 0x00287005;
    /** (0028,7006) CS 1 System Status */
    public static final int SystemStatus = 0x00287006;
    /** (0028,7007) LO 1 System Status Comment */
    public static final int SystemStatusComment = 0x00287007;
    /** (0028,7008) SQ 1 Target Luminance Characteristics Sequence */
    public static final int TargetLuminanceCharacteristicsSequence = 0x00287008;
    /** (0028,7009) US 1 Luminance Characteristics ID */
    public static final int LuminanceCharacteristicsID = 0x00287009;
    /** (0028,700A) SQ 1 Display Subsystem Configuration Sequence */
    public static final int DisplaySubsystemConfigurationSequence = 0x0028700A;
    /** (0028,700B) US 1 Configuration ID */
    public static final int ConfigurationID = 0x0028700B;
    /** (0028,700C) SH 1 Configuration Name */
    public static final int ConfigurationName = 0x0028700C;
    /** (0028,700D) LO 1 Configuration Description */
    public static final int ConfigurationDescription = 0x0028700D;
    /** (0028,700E) US 1 Referenced Target Luminance Characteristics ID */
    public static final int ReferencedTargetLuminanceCharacteristicsID = 0x0028700E;
    /** (0028,700F) SQ 1 QA Results Sequence */
    public static final int QAResultsSequence = 0x0028700F;
    /** (0028,7010) SQ 1 Display Subsystem QA Results Sequence */
    public static final int DisplaySubsystemQAResultsSequence = 0x00287010;
    /** (0028,7011) SQ 1 Configuration QA Results Sequence */
    public static final int ConfigurationQAResultsSequence = 0x00287011;
    /** (0028,7012) SQ 1 Measurement Equipment Sequence */
    public static final int MeasurementEquipmentSequence = 0x00287012;
    /** (0028,7013) CS 1-n Measurement Functions */
    public static final int MeasurementFunctions = 0x00287013;
    /** (0028,7014) CS 1 Measurement Equipment Type */
    public static final int MeasurementEquipmentType = 0x00287014;
    /** (0028,7015) SQ 1 Visual Evaluation Result Sequence */
    public static final int VisualEvaluationResultSequence = 0x00287015;
    /** (0028,7016) SQ 1 Display Calibration Result Sequence */
    public static final int DisplayCalibrationResultSequence = 0x00287016;
    /** (0028,7017) US 1 DDL Value */
    public static final int DDLValue = 0x00287017;
    /** (0028,7018) FL 2 CIExy White Point */
    public static final int CIExyWhitePoint = 0x00287018;
    /** (0028,7019) CS 1 Display Function Type */
    public static final int DisplayFunctionType = 0x00287019;
    /** (0028,701A) FL 1 Gamma Value */
    public static final int GammaValue = 0x0028701A;
    /** (0028,701B) US 1 Number of Luminance Points */
    public static final int NumberOfLuminancePoints = 0x0028701B;
    /** (0028,701C) SQ 1 Luminance Response Sequence */
    public static final int LuminanceResponseSequence = 0x0028701C;
    /** (0028,701D) FL 1 Target Minimum Luminance */
    public static final int TargetMinimumLuminance = 0x0028701D;
    /** (0028,701E) FL 1 Target Maximum Luminance */
    public static final int TargetMaximumLuminance = 0x0028701E;
    /** (0028,701F) FL 1 Luminance Value */
    public static final int LuminanceValue = 0x0028701F;
    /** (0028,7020) LO 1 Luminance Response Description */
    public static final int LuminanceResponseDescription = 0x00287020;
    /** (0028,7021) CS 1 White Point Flag */
    public static final int WhitePointFlag = 0x00287021;
    /** (0028,7022) SQ 1 Display Device Type Code Sequence */
    public static final int DisplayDeviceTypeCodeSequence = 0x00287022;
    /** (0028,7023) SQ 1 Display Subsystem Sequence */
    public static final int DisplaySubsystemSequence = 0x00287023;
    /** (0028,7024) SQ 1 Luminance Result Sequence */
    public static final int LuminanceResultSequence = 0x00287024;
    /** (0028,7025) CS 1 Ambient Light Value Source */
    public static final int AmbientLightValueSource = 0x00287025;
    /** (0028,7026) CS 1-n Measured Characteristics */
    public static final int MeasuredCharacteristics = 0x00287026;
    /** (0028,7027) SQ 1 Luminance Uniformity Result Sequence */
    public static final int LuminanceUniformityResultSequence = 0x00287027;
    /** (0028,7028) SQ 1 Visual Evaluation Test Sequence */
    public static final int VisualEvaluationTestSequence = 0x00287028;
    /** (0028,7029) CS 1 Test Result */
    public static final int TestResult = 0x00287029;
    /** (0028,702A) LO 1 Test Result Comment */
    public static final int TestResultComment = 0x0028702A;
    /** (0028,702B) CS 1 Test Image Validation */
    public static final int TestImageValidation = 0x0028702B;
    /** (0028,702C) SQ 1 Test Pattern Code Sequence */
    public static final int TestPatternCodeSequence = 0x0028702C;
    /** (0028,702D) SQ 1 Measurement Pattern Code Sequence */
    public static final int MeasurementPatternCodeSequence = 0x0028702D;
    /** (0028,702E) SQ 1 Visual Evaluation Method Code Sequence */
    public static final int VisualEvaluationMethodCodeSequence = 0x0028702E;
    /** (0028,7FE0) UR 1 Pixel Data Provider URL */
    public static final int PixelDataProviderURL = 0x00287FE0;
    /** (0028,9001) UL 1 Data Point Rows */
    public static final int DataPointRows = 0x00289001;
    /** (0028,9002) UL 1 Data Point Columns */
    public static final int DataPointColumns = 0x00289002;
    /** (0028,9003) CS 1 Signal Domain Columns */
    public static final int SignalDomainColumns = 0x00289003;
    /** (0028,9108) CS 1 Data Representation */
    public static final int DataRepresentation = 0x00289108;
    /** (0028,9110) SQ 1 Pixel Measures Sequence */
    public static final int PixelMeasuresSequence = 0x00289110;
    /** (0028,9132) SQ 1 Frame VOI LUT Sequence */
    public static final int FrameVOILUTSequence = 0x00289132;
    /** (0028,9145) SQ 1 Pixel Value Transformation Sequence */
    public static final int PixelValueTransformationSequence = 0x00289145;
    /** (0028,9235) CS 1 Signal Domain Rows */
    public static final int SignalDomainRows = 0x00289235;
    /** (0028,9411) FL 1 Display Filter Percentage */
    public static final int DisplayFilterPercentage = 0x00289411;
    /** (0028,9415) SQ 1 Frame Pixel Shift Sequence */
    public static final int FramePixelShiftSequence = 0x00289415;
    /** (0028,9416) US 1 Subtraction Item ID */
    public static final int SubtractionItemID = 0x00289416;
    /** (0028,9422) SQ 1 Pixel Intensity Relationship LUT Sequence */
    public static final int PixelIntensityRelationshipLUTSequence = 0x00289422;
    /** (0028,9443) SQ 1 Frame Pixel Data Properties Sequence */
    public static final int FramePixelDataPropertiesSequence = 0x00289443;
    /** (0028,9444) CS 1 Geometrical Properties */
    public static final int GeometricalProperties = 0x00289444;
    /** (0028,9445) FL 1 Geometric Maximum Distortion */
    public static final int GeometricMaximumDistortion = 0x00289445;
    /** (0028,9446) CS 1-n Image Processing Applied */
    public static final int ImageProcessingApplied = 0x00289446;
    /** (0028,9454) CS 1 Mask Selection Mode */
    public static final int MaskSelectionMode = 0x00289454;
    /** (0028,9474) CS 1 LUT Function */
    public static final int LUTFunction = 0x00289474;
    /** (0028,9478) FL 1 Mask Visibility Percentage */
    public static final int MaskVisibilityPercentage = 0x00289478;
    /** (0028,9501) SQ 1 Pixel Shift Sequence */
    public static final int PixelShiftSequence = 0x00289501;
    /** (0028,9502) SQ 1 Region Pixel Shift Sequence */
    public static final int RegionPixelShiftSequence = 0x00289502;
    /** (0028,9503) SS 2-2n Vertices of the Region */
    public static final int VerticesOfTheRegion = 0x00289503;
    /** (0028,9505) SQ 1 Multi-frame Presentation Sequence */
    public static final int MultiFramePresentationSequence = 0x00289505;
    /** (0028,9506) US 2-2n Pixel Shift Frame Range */
    public static final int PixelShiftFrameRange = 0x00289506;
    /** (0028,9507) US 2-2n LUT Frame Range */
    public static final int LUTFrameRange = 0x00289507;
    /** (0028,9520) DS 16 Image to Equipment Mapping Matrix */
    public static final int ImageToEquipmentMappingMatrix = 0x00289520;
    /** (0028,9537) CS 1 Equipment Coordinate System Identification */
    public static final int EquipmentCoordinateSystemIdentification = 0x00289537;
    /** (0032,1031) SQ 1 Requesting Physician Identification Sequence */
    public static final int RequestingPhysicianIdentificationSequence = 0x00321031;
    /** (0032,1032) PN 1 Requesting Physician */
    public static final int RequestingPhysician = 0x00321032;
    /** (0032,1033) LO 1 Requesting Service */
    public static final int RequestingService = 0x00321033;
    /** (0032,1034) SQ 1 Requesting Service Code Sequence */
    public static final int RequestingServiceCodeSequence = 0x00321034;
    /** (0032,1060) LO 1 Requested Procedure Description */
    public static final int RequestedProcedureDescription = 0x00321060;
    /** (0032,1064) SQ 1 Requested Procedure Code Sequence */
    public static final int RequestedProcedureCodeSequence = 0x00321064;
    /** (0032,1065) SQ 1 Requested Laterality Code Sequence */
    public static final int RequestedLateralityCodeSequence = 0x00321065;
    /** (0032,1066) UT 1 Reason for Visit */
    public static final int ReasonForVisit = 0x00321066;
    /** (0032,1067) SQ 1 Reason for Visit Code Sequence */
    public static final int ReasonForVisitCodeSequence = 0x00321067;
    /** (0032,1070) LO 1 Requested Contrast Agent */
    public static final int RequestedContrastAgent = 0x00321070;
    /** (0038,0004) SQ 1 Referenced Patient Alias Sequence */
    public static final int ReferencedPatientAliasSequence = 0x00380004;
    /** (0038,0008) CS 1 Visit Status ID */
    public static final int VisitStatusID = 0x00380008;
    /** (0038,0010) LO 1 Admission ID */
    public static final int AdmissionID = 0x00380010;
    /** (0038,0014) SQ 1 Issuer of Admission ID Sequence */
    public static final int IssuerOfAdmissionIDSequence = 0x00380014;
    /** (0038,0016) LO 1 Route of Admissions */
    public static final int RouteOfAdmissions = 0x00380016;
    /** (0038,0020) DA 1 Admitting Date */
    public static final int AdmittingDate = 0x00380020;
    /** (0038,0021) TM 1 Admitting Time */
    public static final int AdmittingTime = 0x00380021;
    /** (0038,0050) LO 1 Special Needs */
    public static final int SpecialNeeds = 0x00380050;
    /** (0038,0060) LO 1 Service Episode ID */
    public static final int ServiceEpisodeID = 0x00380060;
    /** (0038,0062) LO 1 Service Episode Description */
    public static final int ServiceEpisodeDescription = 0x00380062;
    /** (0038,0064) SQ 1 Issuer of Service Episode ID Sequence */
    public static final int IssuerOfServiceEpisodeIDSequence = 0x00380064;
    /** (0038,0100) SQ 1 Pertinent Documents Sequence */
    public static final int PertinentDocumentsSequence = 0x00380100;
    /** (0038,0101) SQ 1 Pertinent Resources Sequence */
    public static final int PertinentResourcesSequence = 0x00380101;
    /** (0038,0102) LO 1 Resource Description */
    public static final int ResourceDescription = 0x00380102;
    /** (0038,0300) LO 1 Current Patient Location */
    public static final int CurrentPatientLocation = 0x00380300;
    /** (0038,0400) LO 1 Patient's Institution Residence */
    public static final int PatientInstitutionResidence = 0x00380400;
    /** (0038,0500) LO 1 Patient State */
    public static final int PatientState = 0x00380500;
    /** (0038,0502) SQ 1 Patient Clinical Trial Participation Sequence */
    public static final int PatientClinicalTrialParticipationSequence = 0x00380502;
    /** (0038,4000) LT 1 Visit Comments */
    public static final int VisitComments = 0x00384000;
    /** (0040,0001) AE 1-n Scheduled Station AE Title */
    public static final int ScheduledStationAETitle = 0x00400001;
    /** (0040,0002) DA 1 Scheduled Procedure Step Start Date */
    public static final int ScheduledProcedureStepStartDate = 0x00400002;
    /** (0040,0003) TM 1 Scheduled Procedure Step Start Time */
    public static final int ScheduledProcedureStepStartTime = 0x00400003;
    /** (0040,0004) DA 1 Scheduled Procedure Step End Date */
    public static final int ScheduledProcedureStepEndDate = 0x00400004;
    /** (0040,0005) TM 1 Scheduled Procedure Step End Time */
    public static final int ScheduledProcedureStepEndTime = 0x00400005;
    /** (0040,0006) PN 1 Scheduled Performing Physician's Name */
    public static final int ScheduledPerformingPhysicianName = 0x00400006;
    /** (0040,0007) LO 1 Scheduled Procedure Step Description */
    public static final int ScheduledProcedureStepDescription = 0x00400007;
    /** (0040,0008) SQ 1 Scheduled Protocol Code Sequence */
    public static final int ScheduledProtocolCodeSequence = 0x00400008;
    /** (0040,0009) SH 1 Scheduled Procedure Step ID */
    public static final int ScheduledProcedureStepID = 0x00400009;
    /** (0040,000A) SQ 1 Stage Code Sequence */
    public static final int StageCodeSequence = 0x0040000A;
    /** (0040,000B) SQ 1 Scheduled Performing Physician Identification Sequence */
    public static final int ScheduledPerformingPhysicianIdentificationSequence = 0x0040000B;
    /** (0040,0010) SH 1-n Scheduled Station Name */
    public static final int ScheduledStationName = 0x00400010;
    /** (0040,0011) SH 1 Scheduled Procedure Step Location */
    public static final int ScheduledProcedureStepLocation = 0x00400011;
    /** (0040,0012) LO 1 Pre-Medication */
    public static final int PreMedication = 0x00400012;
    /** (0040,0020) CS 1 Scheduled Procedure Step Status */
    public static final int ScheduledProcedureStepStatus = 0x00400020;
    /** (0040,0026) SQ 1 Order Placer Identifier Sequence */
    public static final int OrderPlacerIdentifierSequence = 0x00400026;
    /** (0040,0027) SQ 1 Order Filler Identifier Sequence */
    public static final int OrderFillerIdentifierSequence = 0x00400027;
    /** (0040,0031) UT 1 Local Namespace Entity ID */
    public static final int LocalNamespaceEntityID = 0x00400031;
    /** (0040,0032) UT 1 Universal Entity ID */
    public static final int UniversalEntityID = 0x00400032;
    /** (0040,0033) CS 1 Universal Entity ID Type */
    public static final int UniversalEntityIDType = 0x00400033;
    /** (0040,0035) CS 1 Identifier Type Code */
    public static final int IdentifierTypeCode = 0x00400035;
    /** (0040,0036) SQ 1 Assigning Facility Sequence */
    public static final int AssigningFacilitySequence = 0x00400036;
    /** (0040,0039) SQ 1 Assigning Jurisdiction Code Sequence */
    public static final int AssigningJurisdictionCodeSequence = 0x00400039;
    /** (0040,003A) SQ 1 Assigning Agency or Department Code Sequence */
    public static final int AssigningAgencyOrDepartmentCodeSequence = 0x0040003A;
    /** (0040,0100) SQ 1 Scheduled Procedure Step Sequence */
    public static final int ScheduledProcedureStepSequence = 0x00400100;
    /** (0040,0220) SQ 1 Referenced Non-Image Composite SOP Instance Sequence */
    public static final int ReferencedNonImageCompositeSOPInstanceSequence = 0x00400220;
    /** (0040,0241) AE 1 Performed Station AE Title */
    public static final int PerformedStationAETitle = 0x00400241;
    /** (0040,0242) SH 1 Performed Station Name */
    public static final int PerformedStationName = 0x00400242;
    /** (0040,0243) SH 1 Performed Location */
    public static final int PerformedLocation = 0x00400243;
    /** (0040,0244) DA 1 Performed Procedure Step Start Date */
    public static final int PerformedProcedureStepStartDate = 0x00400244;
    /** (0040,0245) TM 1 Performed Procedure Step Start Time */
    public static final int PerformedProcedureStepStartTime = 0x00400245;
    /** (0040,0250) DA 1 Performed Procedure Step End Date */
    public static final int PerformedProcedureStepEndDate = 0x00400250;
    /** (0040,0251) TM 1 Performed Procedure Step End Time */
    public static final int PerformedProcedureStepEndTime = 0x00400251;
    /** (0040,0252) CS 1 Performed Procedure Step Status */
    public static final int PerformedProcedureStepStatus = 0x00400252;
    /** (0040,0253) SH 1 Performed Procedure Step ID */
    public static final int PerformedProcedureStepID = 0x00400253;
    /** (0040,0254) LO 1 Performed Procedure Step Description */
    public static final int PerformedProcedureStepDescription = 0x00400254;
    /** (0040,0255) LO 1 Performed Procedure Type Description */
    public static final int PerformedProcedureTypeDescription = 0x00400255;
    /** (0040,0260) SQ 1 Performed Protocol Code Sequence */
    public static final int PerformedProtocolCodeSequence = 0x00400260;
    /** (0040,0261) CS 1 Performed Protocol Type */
    public static final int PerformedProtocolType = 0x00400261;
    /** (0040,0270) SQ 1 Scheduled Step Attributes Sequence */
    public static final int ScheduledStepAttributesSequence = 0x00400270;
    /** (0040,0275) SQ 1 Request Attributes Sequence */
    public static final int RequestAttributesSequence = 0x00400275;
    /** (0040,0280) ST 1 Comments on the Performed Procedure Step */
    public static final int CommentsOnThePerformedProcedureStep = 0x00400280;
    /** (0040,0281) SQ 1 Performed Procedure Step Discontinuation Reason Code Sequence */
    public static final int PerformedProcedureStepDiscontinuationReasonCodeSequence = 0x00400281;
    /** (0040,0293) SQ 1 Quantity Sequence */
    public static final int QuantitySequence = 0x00400293;
    /** (0040,0294) DS 1 Quantity */
    public static final int Quantity = 0x00400294;
    /** (0040,0295) SQ 1 Measuring Units Sequence */
    public static final int MeasuringUnitsSequence = 0x00400295;
    /** (0040,0296) SQ 1 Billing Item Sequence */
    public static final int BillingItemSequence = 0x00400296;
    /** (0040,0302) US 1 Entrance Dose */
    public static final int EntranceDose = 0x00400302;
    /** (0040,0303) US 1-2 Exposed Area */
    public static final int ExposedArea = 0x00400303;
    /** (0040,0306) DS 1 Distance Source to Entrance */
    public static final int DistanceSourceToEntrance = 0x00400306;
    /** (0040,0310) ST 1 Comments on Radiation Dose */
    public static final int CommentsOnRadiationDose = 0x00400310;
    /** (0040,0312) DS 1 X-Ray Output */
    public static final int XRayOutput = 0x00400312;
    /** (0040,0314) DS 1 Half Value Layer */
    public static final int HalfValueLayer = 0x00400314;
    /** (0040,0316) DS 1 Organ Dose */
    public static final int OrganDose = 0x00400316;
    /** (0040,0318) CS 1 Organ Exposed */
    public static final int OrganExposed = 0x00400318;
    /** (0040,0320) SQ 1 Billing Procedure Step Sequence */
    public static final int BillingProcedureStepSequence = 0x00400320;
    /** (0040,0321) SQ 1 Film Consumption Sequence */
    public static final int FilmConsumptionSequence = 0x00400321;
    /** (0040,0324) SQ 1 Billing Supplies and Devices Sequence */
    public static final int BillingSuppliesAndDevicesSequence = 0x00400324;
    /** (0040,0340) SQ 1 Performed Series Sequence */
    public static final int PerformedSeriesSequence = 0x00400340;
    /** (0040,0400) LT 1 Comments on the Scheduled Procedure Step */
    public static final int CommentsOnTheScheduledProcedureStep = 0x00400400;
    /** (0040,0440) SQ 1 Protocol Context Sequence */
    public static final int ProtocolContextSequence = 0x00400440;
    /** (0040,0441) SQ 1 Content Item Modifier Sequence */
    public static final int ContentItemModifierSequence = 0x00400441;
    /** (0040,0500) SQ 1 Scheduled Specimen Sequence */
    public static final int ScheduledSpecimenSequence = 0x00400500;
    /** (0040,0512) LO 1 Container Identifier */
    public static final int ContainerIdentifier = 0x00400512;
    /** (0040,0513) SQ 1 Issuer of the Container Identifier Sequence */
    public static final int IssuerOfTheContainerIdentifierSequence = 0x00400513;
    /** (0040,0515) SQ 1 Alternate Container Identifier Sequence */
    public static final int AlternateContainerIdentifierSequence = 0x00400515;
    /** (0040,0518) SQ 1 Container Type Code Sequence */
    public static final int ContainerTypeCodeSequence = 0x00400518;
    /** (0040,051A) LO 1 Container Description */
    public static final int ContainerDescription = 0x0040051A;
    /** (0040,0520) SQ 1 Container Component Sequence */
    public static final int ContainerComponentSequence = 0x00400520;
    /** (0040,0551) LO 1 Specimen Identifier */
    public static final int SpecimenIdentifier = 0x00400551;
    /** (0040,0554) UI 1 Specimen UID */
    public static final int SpecimenUID = 0x00400554;
    /** (0040,0555) SQ 1 Acquisition Context Sequence */
    public static final int AcquisitionContextSequence = 0x00400555;
    /** (0040,0556) ST 1 Acquisition Context Description */
    public static final int AcquisitionContextDescription = 0x00400556;
    /** (0040,0560) SQ 1 Specimen Description Sequence */
    public static final int SpecimenDescriptionSequence = 0x00400560;
    /** (0040,0562) SQ 1 Issuer of the Specimen Identifier Sequence */
    public static final int IssuerOfTheSpecimenIdentifierSequence = 0x00400562;
    /** (0040,059A) SQ 1 Specimen Type Code Sequence */
    public static final int SpecimenTypeCodeSequence = 0x0040059A;
    /** (0040,0600) LO 1 Specimen Short Description */
    public static final int SpecimenShortDescription = 0x00400600;
    /** (0040,0602) UT 1 Specimen Detailed Description */
    public static final int SpecimenDetailedDescription = 0x00400602;
    /** (0040,0610) SQ 1 Specimen Preparation Sequence */
    public static final int SpecimenPreparationSequence = 0x00400610;
    /** (0040,0612) SQ 1 Specimen Preparation Step Content Item Sequence */
    public static final int SpecimenPreparationStepContentItemSequence = 0x00400612;
    /** (0040,0620) SQ 1 Specimen Localization Content Item Sequence */
    public static final int SpecimenLocalizationContentItemSequence = 0x00400620;
    /** (0040,0710) SQ 1 Whole Slide Microscopy Image Frame Type Sequence */
    public static final int WholeSlideMicroscopyImageFrameTypeSequence = 0x00400710;
    /** (0040,071A) SQ 1 Image Center Point Coordinates Sequence */
    public static final int ImageCenterPointCoordinatesSequence = 0x0040071A;
    /** (0040,072A) DS 1 X Offset in Slide Coordinate System */
    public static final int XOffsetInSlideCoordinateSystem = 0x0040072A;
    /** (0040,073A) DS 1 Y Offset in Slide Coordinate System */
    public static final int YOffsetInSlideCoordinateSystem = 0x0040073A;
    /** (0040,074A) DS 1 Z Offset in Slide Coordinate System */
    public static final int ZOffsetInSlideCoordinateSystem = 0x0040074A;
    /** (0040,08EA) SQ 1 Measurement Units Code Sequence */
    public static final int MeasurementUnitsCodeSequence = 0x004008EA;
    /** (0040,1001) SH 1 Requested Procedure ID */
    public static final int RequestedProcedureID = 0x00401001;
    /** (0040,1002) LO 1 Reason for the Requested Procedure */
    public static final int ReasonForTheRequestedProcedure = 0x00401002;
    /** (0040,1003) SH 1 Requested Procedure Priority */
    public static final int RequestedProcedurePriority = 0x00401003;
    /** (0040,1004) LO 1 Patient Transport Arrangements */
    public static final int PatientTransportArrangements = 0x00401004;
    /** (0040,1005) LO 1 Requested Procedure Location */
    public static final int RequestedProcedureLocation = 0x00401005;
    /** (0040,1008) LO 1 Confidentiality Code */
    public static final int ConfidentialityCode = 0x00401008;
    /** (0040,1009) SH 1 Reporting Priority */
    public static final int ReportingPriority = 0x00401009;
    /** (0040,100A) SQ 1 Reason for Requested Procedure Code Sequence */
    public static final int ReasonForRequestedProcedureCodeSequence = 0x0040100A;
    /** (0040,1010) PN 1-n Names of Intended Recipients of Results */
    public static final int NamesOfIntendedRecipientsOfResults = 0x00401010;
    /** (0040,1011) SQ 1 Intended Recipients of Results Identification Sequence */
    public static final int IntendedRecipientsOfResultsIdentificationSequence = 0x00401011;
    /** (0040,1012) SQ 1 Reason For Performed Procedure Code Sequence */
    public static final int ReasonForPerformedProcedureCodeSequence = 0x00401012;
    /** (0040,1101) SQ 1 Person Identification Code Sequence */
    public static final int PersonIdentificationCodeSequence = 0x00401101;
    /** (0040,1102) ST 1 Person's Address */
    public static final int PersonAddress = 0x00401102;
    /** (0040,1103) LO 1-n Person's Telephone Numbers */
    public static final int PersonTelephoneNumbers = 0x00401103;
    /** (0040,1104) LT 1 Person's Telecom Information */
    public static final int PersonTelecomInformation = 0x00401104;
    /** (0040,1400) LT 1 Requested Procedure Comments */
    public static final int RequestedProcedureComments = 0x00401400;
    /** (0040,2004) DA 1 Issue Date of Imaging Service Request */
    public static final int IssueDateOfImagingServiceRequest = 0x00402004;
    /** (0040,2005) TM 1 Issue Time of Imaging Service Request */
    public static final int IssueTimeOfImagingServiceRequest = 0x00402005;
    /** (0040,2008) PN 1 Order Entered By */
    public static final int OrderEnteredBy = 0x00402008;
    /** (0040,2009) SH 1 Order Enterer's Location */
    public static final int OrderEntererLocation = 0x00402009;
    /** (0040,2010) SH 1 Order Callback Phone Number */
    public static final int OrderCallbackPhoneNumber = 0x00402010;
    /** (0040,2011) LT 1 Order Callback Telecom Information */
    public static final int OrderCallbackTelecomInformation = 0x00402011;
    /** (0040,2016) LO 1 Placer Order Number / Imaging Service Request */
    public static final int PlacerOrderNumberImagingServiceRequest = 0x00402016;
    /** (0040,2017) LO 1 Filler Order Number / Imaging Service Request */
    public static final int FillerOrderNumberImagingServiceRequest = 0x00402017;
    /** (0040,2400) LT 1 Imaging Service Request Comments */
    public static final int ImagingServiceRequestComments = 0x00402400;
    /** (0040,3001) LO 1 Confidentiality Constraint on Patient Data Description */
    public static final int ConfidentialityConstraintOnPatientDataDescription = 0x00403001;
    /** (0040,4005) DT 1 Scheduled Procedure Step Start DateTime */
    public static final int ScheduledProcedureStepStartDateTime = 0x00404005;
    /** (0040,4008) DT 1 Scheduled Procedure Step Expiration DateTime */
    public static final int ScheduledProcedureStepExpirationDateTime = 0x00404008;
    /** (0040,4009) SQ 1 Human Performer Code Sequence */
    public static final int HumanPerformerCodeSequence = 0x00404009;
    /** (0040,4010) DT 1 Scheduled Procedure Step Modification DateTime */
    public static final int ScheduledProcedureStepModificationDateTime = 0x00404010;
    /** (0040,4011) DT 1 Expected Completion DateTime */
    public static final int ExpectedCompletionDateTime = 0x00404011;
    /** (0040,4018) SQ 1 Scheduled Workitem Code Sequence */
    public static final int ScheduledWorkitemCodeSequence = 0x00404018;
    /** (0040,4019) SQ 1 Performed Workitem Code Sequence */
    public static final int PerformedWorkitemCodeSequence = 0x00404019;
    /** (0040,4021) SQ 1 Input Information Sequence */
    public static final int InputInformationSequence = 0x00404021;
    /** (0040,4025) SQ 1 Scheduled Station Name Code Sequence */
    public static final int ScheduledStationNameCodeSequence = 0x00404025;
    /** (0040,4026) SQ 1 Scheduled Station Class Code Sequence */
    public static final int ScheduledStationClassCodeSequence = 0x00404026;
    /** (0040,4027) SQ 1 Scheduled Station Geographic Location Code Sequence */
    public static final int ScheduledStationGeographicLocationCodeSequence = 0x00404027;
    /** (0040,4028) SQ 1 Performed Station Name Code Sequence */
    public static final int PerformedStationNameCodeSequence = 0x00404028;
    /** (0040,4029) SQ 1 Performed Station Class Code Sequence */
    public static final int PerformedStationClassCodeSequence = 0x00404029;
    /** (0040,4030) SQ 1 Performed Station Geographic Location Code Sequence */
    public static final int PerformedStationGeographicLocationCodeSequence = 0x00404030;
    /** (0040,4033) SQ 1 Output Information Sequence */
    public static final int OutputInformationSequence = 0x00404033;
    /** (0040,4034) SQ 1 Scheduled Human Performers Sequence */
    public static final int ScheduledHumanPerformersSequence = 0x00404034;
    /** (0040,4035) SQ 1 Actual Human Performers Sequence */
    public static final int ActualHumanPerformersSequence = 0x00404035;
    /** (0040,4036) LO 1 Human Performer's Organization */
    public static final int HumanPerformerOrganization = 0x00404036;
    /** (0040,4037) PN 1 Human Performer's Name */
    public static final int HumanPerformerName = 0x00404037;
    /** (0040,4040) CS 1 Raw Data Handling */
    public static final int RawDataHandling = 0x00404040;
    /** (0040,4041) CS 1 Input Readiness State */
    public static final int InputReadinessState = 0x00404041;
    /** (0040,4050) DT 1 Performed Procedure Step Start DateTime */
    public static final int PerformedProcedureStepStartDateTime = 0x00404050;
    /** (0040,4051) DT 1 Performed Procedure Step End DateTime */
    public static final int PerformedProcedureStepEndDateTime = 0x00404051;
    /** (0040,4052) DT 1 Procedure Step Cancellation DateTime */
    public static final int ProcedureStepCancellationDateTime = 0x00404052;
    /** (0040,4070) SQ 1 Output Destination Sequence */
    public static final int OutputDestinationSequence = 0x00404070;
    /** (0040,4071) SQ 1 DICOM Storage Sequence */
    public static final int DICOMStorageSequence = 0x00404071;
    /** (0040,4072) SQ 1 STOW-RS Storage Sequence */
    public static final int STOWRSStorageSequence = 0x00404072;
    /** (0040,4073) UR 1 Storage URL */
    public static final int StorageURL = 0x00404073;
    /** (0040,4074) SQ 1 XDS Storage Sequence */
    public static final int XDSStorageSequence = 0x00404074;
    /** (0040,8302) DS 1 Entrance Dose in mGy */
    public static final int EntranceDoseInmGy = 0x00408302;
    /** (0040,8303) CS 1 Entrance Dose Derivation */
    public static final int EntranceDoseDerivation = 0x00408303;
    /** (0040,9092) SQ 1 Parametric Map Frame Type Sequence */
    public static final int ParametricMapFrameTypeSequence = 0x00409092;
    /** (0040,9094) SQ 1 Referenced Image Real World Value Mapping Sequence */
    public static final int ReferencedImageRealWorldValueMappingSequence = 0x00409094;
    /** (0040,9096) SQ 1 Real World Value Mapping Sequence */
    public static final int RealWorldValueMappingSequence = 0x00409096;
    /** (0040,9098) SQ 1 Pixel Value Mapping Code Sequence */
    public static final int PixelValueMappingCodeSequence = 0x00409098;
    /** (0040,9210) SH 1 LUT Label */
    public static final int LUTLabel = 0x00409210;
    /** (0040,9211) US or SS 1 Real World Value Last Value Mapped */
    public static final int RealWorldValueLastValueMapped = 0x00409211;
    /** (0040,9212) FD 1-n Real World Value LUT Data */
    public static final int RealWorldValueLUTData = 0x00409212;
    /** (0040,9213) FD 1 Double Float Real World Value Last Value Mapped */
    public static final int DoubleFloatRealWorldValueLastValueMapped = 0x00409213;
    /** (0040,9214) FD 1 Double Float Real World Value First Value Mapped */
    public static final int DoubleFloatRealWorldValueFirstValueMapped = 0x00409214;
    /** (0040,9216) US or SS 1 Real World Value First Value Mapped */
    public static final int RealWorldValueFirstValueMapped = 0x00409216;
    /** (0040,9220) SQ 1 Quantity Definition Sequence */
    public static final int QuantityDefinitionSequence = 0x00409220;
    /** (0040,9224) FD 1 Real World Value Intercept */
    public static final int RealWorldValueIntercept = 0x00409224;
    /** (0040,9225) FD 1 Real World Value Slope */
    public static final int RealWorldValueSlope = 0x00409225;
    /** (0040,A010) CS 1 Relationship Type */
    public static final int RelationshipType = 0x0040A010;
    /** (0040,A027) LO 1 Verifying Organization */
    public static final int VerifyingOrganization = 0x0040A027;
    /** (0040,A030) DT 1 Verification DateTime */
    public static final int VerificationDateTime = 0x0040A030;
    /** (0040,A032) DT 1 Observation DateTime */
    public static final int ObservationDateTime = 0x0040A032;
    /** (0040,A033) DT 1 Observation Start DateTime */
    public static final int ObservationStartDateTime = 0x0040A033;
    /** (0040,A040) CS 1 Value Type */
    public static final int ValueType = 0x0040A040;
    /** (0040,A043) SQ 1 Concept Name Code Sequence */
    public static final int ConceptNameCodeSequence = 0x0040A043;
    /** (0040,A050) CS 1 Continuity Of Content */
    public static final int ContinuityOfContent = 0x0040A050;
    /** (0040,A073) SQ 1 Verifying Observer Sequence */
    public static final int VerifyingObserverSequence = 0x0040A073;
    /** (0040,A075) PN 1 Verifying Observer Name */
    public static final int VerifyingObserverName = 0x0040A075;
    /** (0040,A078) SQ 1 Author Observer Sequence */
    public static final int AuthorObserverSequence = 0x0040A078;
    /** (0040,A07A) SQ 1 Participant Sequence */
    public static final int ParticipantSequence = 0x0040A07A;
    /** (0040,A07C) SQ 1 Custodial Organization Sequence */
    public static final int CustodialOrganizationSequence = 0x0040A07C;
    /** (0040,A080) CS 1 Participation Type */
    public static final int ParticipationType = 0x0040A080;
    /** (0040,A082) DT 1 Participation DateTime */
    public static final int ParticipationDateTime = 0x0040A082;
    /** (0040,A084) CS 1 Observer Type */
    public static final int ObserverType = 0x0040A084;
    /** (0040,A088) SQ 1 Verifying Observer Identification Code Sequence */
    public static final int VerifyingObserverIdentificationCodeSequence = 0x0040A088;
    /** (0040,A0B0) US 2-2n Referenced Waveform Channels */
    public static final int ReferencedWaveformChannels = 0x0040A0B0;
    /** (0040,A120) DT 1 DateTime */
    public static final int DateTime = 0x0040A120;
    /** (0040,A121) DA 1 Date */
    public static final int Date = 0x0040A121;
    /** (0040,A122) TM 1 Time */
    public static final int Time = 0x0040A122;
    /** (0040,A123) PN 1 Person Name */
    public static final int PersonName = 0x0040A123;
    /** (0040,A124) UI 1 UID */
    public static final int UID = 0x0040A124;
    /** (0040,A130) CS 1 Temporal Range Type */
    public static final int TemporalRangeType = 0x0040A130;
    /** (0040,A132) UL 1-n Referenced Sample Positions */
    public static final int ReferencedSamplePositions = 0x0040A132;
    /** (0040,A138) DS 1-n Referenced Time Offsets */
    public static final int ReferencedTimeOffsets = 0x0040A138;
    /** (0040,A13A) DT 1-n Referenced DateTime */
    public static final int ReferencedDateTime = 0x0040A13A;
    /** (0040,A160) UT 1 Text Value */
    public static final int TextValue = 0x0040A160;
    /** (0040,A161) FD 1-n Floating Point Value */
    public static final int FloatingPointValue = 0x0040A161;
    /** (0040,A162) SL 1-n Rational Numerator Value */
    public static final int RationalNumeratorValue = 0x0040A162;
    /** (0040,A163) UL 1-n Rational Denominator Value */
    public static final int RationalDenominatorValue = 0x0040A163;
    /** (0040,A168) SQ 1 Concept Code Sequence */
    public static final int ConceptCodeSequence = 0x0040A168;
    /** (0040,A170) SQ 1 Purpose of Reference Code Sequence */
    public static final int PurposeOfReferenceCodeSequence = 0x0040A170;
    /** (0040,A171) UI 1 Observation UID */
    public static final int ObservationUID = 0x0040A171;
    /** (0040,A180) US 1 Annotation Group Number */
    public static final int AnnotationGroupNumber = 0x0040A180;
    /** (0040,A195) SQ 1 Modifier Code Sequence */
    public static final int ModifierCodeSequence = 0x0040A195;
    /** (0040,A300) SQ 1 Measured Value Sequence */
    public static final int MeasuredValueSequence = 0x0040A300;
    /** (0040,A301) SQ 1 Numeric Value Qualifier Code Sequence */
    public static final int NumericValueQualifierCodeSequence = 0x0040A301;
    /** (0040,A30A) DS 1-n Numeric Value */
    public static final int NumericValue = 0x0040A30A;
    /** (0040,A360) SQ 1 Predecessor Documents Sequence */
    public static final int PredecessorDocumentsSequence = 0x0040A360;
    /** (0040,A370) SQ 1 Referenced Request Sequence */
    public static final int ReferencedRequestSequence = 0x0040A370;
    /** (0040,A372) SQ 1 Performed Procedure Code Sequence */
    public static final int PerformedProcedureCodeSequence = 0x0040A372;
    /** (0040,A375) SQ 1 Current Requested Procedure Evidence Sequence */
    public static final int CurrentRequestedProcedureEvidenceSequence = 0x0040A375;
    /** (0040,A385) SQ 1 Pertinent Other Evidence Sequence */
    public static final int PertinentOtherEvidenceSequence = 0x0040A385;
    /** (0040,A390) SQ 1 HL7 Structured Document Reference Sequence */
    public static final int HL7StructuredDocumentReferenceSequence = 0x0040A390;
    /** (0040,A491) CS 1 Completion Flag */
    public static final int CompletionFlag = 0x0040A491;
    /** (0040,A492) LO 1 Completion Flag Description */
    public static final int CompletionFlagDescription = 0x0040A492;
    /** (0040,A493) CS 1 Verification Flag */
    public static final int VerificationFlag = 0x0040A493;
    /** (0040,A494) CS 1 Archive Requested */
    public static final int ArchiveRequested = 0x0040A494;
    /** (0040,A496) CS 1 Preliminary Flag */
    public static final int PreliminaryFlag = 0x0040A496;
    /** (0040,A504) SQ 1 Content Template Sequence */
    public static final int ContentTemplateSequence = 0x0040A504;
    /** (0040,A525) SQ 1 Identical Documents Sequence */
    public static final int IdenticalDocumentsSequence = 0x0040A525;
    /** (0040,A730) SQ 1 Content Sequence */
    public static final int ContentSequence = 0x0040A730;
    /** (0040,A801) SQ 1 Tabulated Values Sequence */
    public static final int TabulatedValuesSequence = 0x0040A801;
    /** (0040,A802) UL 1 Number of Table Rows */
    public static final int NumberOfTableRows = 0x0040A802;
    /** (0040,A803) UL 1 Number of Table Columns */
    public static final int NumberOfTableColumns = 0x0040A803;
    /** (0040,A804) UL 1 Table Row Number */
    public static final int TableRowNumber = 0x0040A804;
    /** (0040,A805) UL 1 Table Column Number */
    public static final int TableColumnNumber = 0x0040A805;
    /** (0040,A806) SQ 1 Table Row Definition Sequence */
    public static final int TableRowDefinitionSequence = 0x0040A806;
    /** (0040,A807) SQ 1 Table Column Definition Sequence */
    public static final int TableColumnDefinitionSequence = 0x0040A807;
    /** (0040,A808) SQ 1 Cell Values Sequence */
    public static final int CellValuesSequence = 0x0040A808;
    /** (0040,B020) SQ 1 Waveform Annotation Sequence */
    public static final int WaveformAnnotationSequence = 0x0040B020;
    /** (0040,DB00) CS 1 Template Identifier */
    public static final int TemplateIdentifier = 0x0040DB00;
    /** (0040,DB73) UL 1-n Referenced Content Item Identifier */
    public static final int ReferencedContentItemIdentifier = 0x0040DB73;
    /** (0040,E001) ST 1 HL7 Instance Identifier */
    public static final int HL7InstanceIdentifier = 0x0040E001;
    /** (0040,E004) DT 1 HL7 Document Effective Time */
    public static final int HL7DocumentEffectiveTime = 0x0040E004;
    /** (0040,E006) SQ 1 HL7 Document Type Code Sequence */
    public static final int HL7DocumentTypeCodeSequence = 0x0040E006;
    /** (0040,E008) SQ 1 Document Class Code Sequence */
    public static final int DocumentClassCodeSequence = 0x0040E008;
    /** (0040,E010) UR 1 Retrieve URI */
    public static final int RetrieveURI = 0x0040E010;
    /** (0040,E011) UI 1 Retrieve Location UID */
    public static final int RetrieveLocationUID = 0x0040E011;
    /** (0040,E020) CS 1 Type of Instances */
    public static final int TypeOfInstances = 0x0040E020;
    /** (0040,E021) SQ 1 DICOM Retrieval Sequence */
    public static final int DICOMRetrievalSequence = 0x0040E021;
    /** (0040,E022) SQ 1 DICOM Media Retrieval Sequence */
    public static final int DICOMMediaRetrievalSequence = 0x0040E022;
    /** (0040,E023) SQ 1 WADO Retrieval Sequence */
    public static final int WADORetrievalSequence = 0x0040E023;
    /** (0040,E024) SQ 1 XDS Retrieval Sequence */
    public static final int XDSRetrievalSequence = 0x0040E024;
    /** (0040,E025) SQ 1 WADO-RS Retrieval Sequence */
    public static final int WADORSRetrievalSequence = 0x0040E025;
    /** (0040,E030) UI 1 Repository Unique ID */
    public static final int RepositoryUniqueID = 0x0040E030;
    /** (0040,E031) UI 1 Home Community ID */
    public static final int HomeCommunityID = 0x0040E031;
    /** (0054,0010) US 1-n Energy Window Vector */
    public static final int EnergyWindowVector = 0x00540010;
    /** (0054,0011) US 1 Number of Energy Windows */
    public static final int NumberOfEnergyWindows = 0x00540011;
    /** (0054,0012) SQ 1 Energy Window Information Sequence */
    public static final int EnergyWindowInformationSequence = 0x00540012;
    /** (0054,0013) SQ 1 Energy Window Range Sequence */
    public static final int EnergyWindowRangeSequence = 0x00540013;
    /** (0054,0014) DS 1 Energy Window Lower Limit */
    public static final int EnergyWindowLowerLimit = 0x00540014;
    /** (0054,0015) DS 1 Energy Window Upper Limit */
    public static final int EnergyWindowUpperLimit = 0x00540015;
    /** (0054,0016) SQ 1 Radiopharmaceutical Information Sequence */
    public static final int RadiopharmaceuticalInformationSequence = 0x00540016;
    /** (0054,0017) IS 1 Residual Syringe Counts */
    public static final int ResidualSyringeCounts = 0x00540017;
    /** (0054,0018) SH 1 Energy Window Name */
    public static final int EnergyWindowName = 0x00540018;
    /** (0054,0020) US 1-n Detector Vector */
    public static final int DetectorVector = 0x00540020;
    /** (0054,0021) US 1 Number of Detectors */
    public static final int NumberOfDetectors = 0x00540021;
    /** (0054,0022) SQ 1 Detector Information Sequence */
    public static final int DetectorInformationSequence = 0x00540022;
    /** (0054,0030) US 1-n Phase Vector */
    public static final int PhaseVector = 0x00540030;
    /** (0054,0031) US 1 Number of Phases */
    public static final int NumberOfPhases = 0x00540031;
    /** (0054,0032) SQ 1 Phase Information Sequence */
    public static final int PhaseInformationSequence = 0x00540032;
    /** (0054,0033) US 1 Number of Frames in Phase */
    public static final int NumberOfFramesInPhase = 0x00540033;
    /** (0054,0036) IS 1 Phase Delay */
    public static final int PhaseDelay = 0x00540036;
    /** (0054,0038) IS 1 Pause Between Frames */
    public static final int PauseBetweenFrames = 0x00540038;
    /** (0054,0039) CS 1 Phase Description */
    public static final int PhaseDescription = 0x00540039;
    /** (0054,0050) US 1-n Rotation Vector */
    public static final int RotationVector = 0x00540050;
    /** (0054,0051) US 1 Number of Rotations */
    public static final int NumberOfRotations = 0x00540051;
    /** (0054,0052) SQ 1 Rotation Information Sequence */
    public static final int RotationInformationSequence = 0x00540052;
    /** (0054,0053) US 1 Number of Frames in Rotation */
    public static final int NumberOfFramesInRotation = 0x00540053;
    /** (0054,0060) US 1-n R-R Interval Vector */
    public static final int RRIntervalVector = 0x00540060;
    /** (0054,0061) US 1 Number of R-R Intervals */
    public static final int NumberOfRRIntervals = 0x00540061;
    /** (0054,0062) SQ 1 Gated Information Sequence */
    public static final int GatedInformationSequence = 0x00540062;
    /** (0054,0063) SQ 1 Data Information Sequence */
    public static final int DataInformationSequence = 0x00540063;
    /** (0054,0070) US 1-n Time Slot Vector */
    public static final int TimeSlotVector = 0x00540070;
    /** (0054,0071) US 1 Number of Time Slots */
    public static final int NumberOfTimeSlots = 0x00540071;
    /** (0054,0072) SQ 1 Time Slot Information Sequence */
    public static final int TimeSlotInformationSequence = 0x00540072;
    /** (0054,0073) DS 1 Time Slot Time */
    public static final int TimeSlotTime = 0x00540073;
    /** (0054,0080) US 1-n Slice Vector */
    public static final int SliceVector = 0x00540080;
    /** (0054,0081) US 1 Number of Slices */
    public static final int NumberOfSlices = 0x00540081;
    /** (0054,0090) US 1-n Angular View Vector */
    public static final int AngularViewVector = 0x00540090;
    /** (0054,0100) US 1-n Time Slice Vector */
    public static final int TimeSliceVector = 0x00540100;
    /** (0054,0101) US 1 Number of Time Slices */
    public static final int NumberOfTimeSlices = 0x00540101;
    /** (0054,0200) DS 1 Start Angle */
    public static final int StartAngle = 0x00540200;
    /** (0054,0202) CS 1 Type of Detector Motion */
    public static final int TypeOfDetectorMotion = 0x00540202;
    /** (0054,0210) IS 1-n Trigger Vector */
    public static final int TriggerVector = 0x00540210;
    /** (0054,0211) US 1 Number of Triggers in Phase */
    public static final int NumberOfTriggersInPhase = 0x00540211;
    /** (0054,0220) SQ 1 View Code Sequence */
    public static final int ViewCodeSequence = 0x00540220;
    /** (0054,0222) SQ 1 View Modifier Code Sequence */
    public static final int ViewModifierCodeSequence = 0x00540222;
    /** (0054,0300) SQ 1 Radionuclide Code Sequence */
    public static final int RadionuclideCodeSequence = 0x00540300;
    /** (0054,0302) SQ 1 Administration Route Code Sequence */
    public static final int AdministrationRouteCodeSequence = 0x00540302;
    /** (0054,0304) SQ 1 Radiopharmaceutical Code Sequence */
    public static final int RadiopharmaceuticalCodeSequence = 0x00540304;
    /** (0054,0306) SQ 1 Calibration Data Sequence */
    public static final int CalibrationDataSequence = 0x00540306;
    /** (0054,0308) US 1 Energy Window Number */
    public static final int EnergyWindowNumber = 0x00540308;
    /** (0054,0400) SH 1 Image ID */
    public static final int ImageID = 0x00540400;
    /** (0054,0410) SQ 1 Patient Orientation Code Sequence */
    public static final int PatientOrientationCodeSequence = 0x00540410;
    /** (0054,0412) SQ 1 Patient Orientation Modifier Code Sequence */
    public static final int PatientOrientationModifierCodeSequence = 0x00540412;
    /** (0054,0414) SQ 1 Patient Gantry Relationship Code Sequence */
    public static final int PatientGantryRelationshipCodeSequence = 0x00540414;
    /** (0054,0500) CS 1 Slice Progression Direction */
    public static final int SliceProgressionDirection = 0x00540500;
    /** (0054,0501) CS 1 Scan Progression Direction */
    public static final int ScanProgressionDirection = 0x00540501;
    /** (0054,1000) CS 2 Series Type */
    public static final int SeriesType = 0x00541000;
    /** (0054,1001) CS 1 Units */
    public static final int Units = 0x00541001;
    /** (0054,1002) CS 1 Counts Source */
    public static final int CountsSource = 0x00541002;
    /** (0054,1004) CS 1 Reprojection Method */
    public static final int ReprojectionMethod = 0x00541004;
    /** (0054,1006) CS 1 SUV Type */
    public static final int SUVType = 0x00541006;
    /** (0054,1100) CS 1 Randoms Correction Method */
    public static final int RandomsCorrectionMethod = 0x00541100;
    /** (0054,1101) LO 1 Attenuation Correction Method */
    public static final int AttenuationCorrectionMethod = 0x00541101;
    /** (0054,1102) CS 1 Decay Correction */
    public static final int DecayCorrection = 0x00541102;
    /** (0054,1103) LO 1 Reconstruction Method */
    public static final int ReconstructionMethod = 0x00541103;
    /** (0054,1104) LO 1 Detector Lines of Response Used */
    public static final int DetectorLinesOfResponseUsed = 0x00541104;
    /** (0054,1105) LO 1 Scatter Correction Method */
    public static final int ScatterCorrectionMethod = 0x00541105;
    /** (0054,1200) DS 1 Axial Acceptance */
    public static final int AxialAcceptance = 0x00541200;
    /** (0054,1201) IS 2 Axial Mash */
    public static final int AxialMash = 0x00541201;
    /** (0054,1202) IS 1 Transverse Mash */
    public static final int TransverseMash = 0x00541202;
    /** (0054,1203) DS 2 Detector Element Size */
    public static final int DetectorElementSize = 0x00541203;
    /** (0054,1210) DS 1 Coincidence Window Width */
    public static final int CoincidenceWindowWidth = 0x00541210;
    /** (0054,1220) CS 1-n Secondary Counts Type */
    public static final int SecondaryCountsType = 0x00541220;
    /** (0054,1300) DS 1 Frame Reference Time */
    public static final int FrameReferenceTime = 0x00541300;
    /** (0054,1310) IS 1 Primary (Prompts) Counts Accumulated */
    public static final int PrimaryPromptsCountsAccumulated = 0x00541310;
    /** (0054,1311) IS 1-n Secondary Counts Accumulated */
    public static final int SecondaryCountsAccumulated = 0x00541311;
    /** (0054,1320) DS 1 Slice Sensitivity Factor */
    public static final int SliceSensitivityFactor = 0x00541320;
    /** (0054,1321) DS 1 Decay Factor */
    public static final int DecayFactor = 0x00541321;
    /** (0054,1322) DS 1 Dose Calibration Factor */
    public static final int DoseCalibrationFactor = 0x00541322;
    /** (0054,1323) DS 1 Scatter Fraction Factor */
    public static final int ScatterFractionFactor = 0x00541323;
    /** (0054,1324) DS 1 Dead Time Factor */
    public static final int DeadTimeFactor = 0x00541324;
    /** (0054,1330) US 1 Image Index */
    public static final int ImageIndex = 0x00541330;
    /** (0070,0001) SQ 1 Graphic Annotation Sequence */
    public static final int GraphicAnnotationSequence = 0x00700001;
    /** (0070,0002) CS 1 Graphic Layer */
    public static final int GraphicLayer = 0x00700002;
    /** (0070,0003) CS 1 Bounding Box Annotation Units */
    public static final int BoundingBoxAnnotationUnits = 0x00700003;
    /** (0070,0004) CS 1 Anchor Point Annotation Units */
    public static final int AnchorPointAnnotationUnits = 0x00700004;
    /** (0070,0005) CS 1 Graphic Annotation Units */
    public static final int GraphicAnnotationUnits = 0x00700005;
    /** (0070,0006) ST 1 Unformatted Text Value */
    public static final int UnformattedTextValue = 0x00700006;
    /** (0070,0008) SQ 1 Text Object Sequence */
    public static final int TextObjectSequence = 0x00700008;
    /** (0070,0009) SQ 1 Graphic Object Sequence */
    public static final int GraphicObjectSequence = 0x00700009;
    /** (0070,0010) FL 2 Bounding Box Top Left Hand Corner */
    public static final int BoundingBoxTopLeftHandCorner = 0x00700010;
    /** (0070,0011) FL 2 Bounding Box Bottom Right Hand Corner */
    public static final int BoundingBoxBottomRightHandCorner = 0x00700011;
    /** (0070,0012) CS 1 Bounding Box Text Horizontal Justification */
    public static final int BoundingBoxTextHorizontalJustification = 0x00700012;
    /** (0070,0014) FL 2 Anchor Point */
    public static final int AnchorPoint = 0x00700014;
    /** (0070,0015) CS 1 Anchor Point Visibility */
    public static final int AnchorPointVisibility = 0x00700015;
    /** (0070,0020) US 1 Graphic Dimensions */
    public static final int GraphicDimensions = 0x00700020;
    /** (0070,0021) US 1 Number of Graphic Points */
    public static final int NumberOfGraphicPoints = 0x00700021;
    /** (0070,0022) FL 2-n Graphic Data */
    public static final int GraphicData = 0x00700022;
    /** (0070,0023) CS 1 Graphic Type */
    public static final int GraphicType = 0x00700023;
    /** (0070,0024) CS 1 Graphic Filled */
    public static final int GraphicFilled = 0x00700024;
    /** (0070,0041) CS 1 Image Horizontal Flip */
    public static final int ImageHorizontalFlip = 0x00700041;
    /** (0070,0042) US 1 Image Rotation */
    public static final int ImageRotation = 0x00700042;
    /** (0070,0052) SL 2 Displayed Area Top Left Hand Corner */
    public static final int DisplayedAreaTopLeftHandCorner = 0x00700052;
    /** (0070,0053) SL 2 Displayed Area Bottom Right Hand Corner */
    public static final int DisplayedAreaBottomRightHandCorner = 0x00700053;
    /** (0070,005A) SQ 1 Displayed Area Selection Sequence */
    public static final int DisplayedAreaSelectionSequence = 0x0070005A;
    /** (0070,0060) SQ 1 Graphic Layer Sequence */
    public static final int GraphicLayerSequence = 0x00700060;
    /** (0070,0062) IS 1 Graphic Layer Order */
    public static final int GraphicLayerOrder = 0x00700062;
    /** (0070,0066) US 1 Graphic Layer Recommended Display Grayscale Value */
    public static final int GraphicLayerRecommendedDisplayGrayscaleValue = 0x00700066;
    /** (0070,0068) LO 1 Graphic Layer Description */
    public static final int GraphicLayerDescription = 0x00700068;
    /** (0070,0080) CS 1 Content Label */
    public static final int ContentLabel = 0x00700080;
    /** (0070,0081) LO 1 Content Description */
    public static final int ContentDescription = 0x00700081;
    /** (0070,0082) DA 1 Presentation Creation Date */
    public static final int PresentationCreationDate = 0x00700082;
    /** (0070,0083) TM 1 Presentation Creation Time */
    public static final int PresentationCreationTime = 0x00700083;
    /** (0070,0084) PN 1 Content Creator's Name */
    public static final int ContentCreatorName = 0x00700084;
    /** (0070,0086) SQ 1 Content Creator's Identification Code Sequence */
    public static final int ContentCreatorIdentificationCodeSequence = 0x00700086;
    /** (0070,0087) SQ 1 Alternate Content Description Sequence */
    public static final int AlternateContentDescriptionSequence = 0x00700087;
    /** (0070,0100) CS 1 Presentation Size Mode */
    public static final int PresentationSizeMode = 0x00700100;
    /** (0070,0101) DS 2 Presentation Pixel Spacing */
    public static final int PresentationPixelSpacing = 0x00700101;
    /** (0070,0102) IS 2 Presentation Pixel Aspect Ratio */
    public static final int PresentationPixelAspectRatio = 0x00700102;
    /** (0070,0103) FL 1 Presentation Pixel Magnification Ratio */
    public static final int PresentationPixelMagnificationRatio = 0x00700103;
    /** (0070,0207) LO 1 Graphic Group Label */
    public static final int GraphicGroupLabel = 0x00700207;
    /** (0070,0208) ST 1 Graphic Group Description */
    public static final int GraphicGroupDescription = 0x00700208;
    /** (0070,0209) SQ 1 Compound Graphic Sequence */
    public static final int CompoundGraphicSequence = 0x00700209;
    /** (0070,0226) UL 1 Compound Graphic Instance ID */
    public static final int CompoundGraphicInstanceID = 0x00700226;
    /** (0070,0227) LO 1 Font Name */
    public static final int FontName = 0x00700227;
    /** (0070,0228) CS 1 Font Name Type */
    public static final int FontNameType = 0x00700228;
    /** (0070,0229) LO 1 CSS Font Name */
    public static final int CSSFontName = 0x00700229;
    /** (0070,0230) FD 1 Rotation Angle */
    public static final int RotationAngle = 0x00700230;
    /** (0070,0231) SQ 1 Text Style Sequence */
    public static final int TextStyleSequence = 0x00700231;
    /** (0070,0232) SQ 1 Line Style Sequence */
    public static final int LineStyleSequence = 0x00700232;
    /** (0070,0233) SQ 1 Fill Style Sequence */
    public static final int FillStyleSequence = 0x00700233;
    /** (0070,0234) SQ 1 Graphic Group Sequence */
    public static final int GraphicGroupSequence = 0x00700234;
    /** (0070,0241) US 3 Text Color CIELab Value */
    public static final int TextColorCIELabValue = 0x00700241;
    /** (0070,0242) CS 1 Horizontal Alignment */
    public static final int HorizontalAlignment = 0x00700242;
    /** (0070,0243) CS 1 Vertical Alignment */
    public static final int VerticalAlignment = 0x00700243;
    /** (0070,0244) CS 1 Shadow Style */
    public static final int ShadowStyle = 0x00700244;
    /** (0070,0245) FL 1 Shadow Offset X */
    public static final int ShadowOffsetX = 0x00700245;
    /** (0070,0246) FL 1 Shadow Offset Y */
    public static final int ShadowOffsetY = 0x00700246;
    /** (0070,0247) US 3 Shadow Color CIELab Value */
    public static final int ShadowColorCIELabValue = 0x00700247;
    /** (0070,0248) CS 1 Underlined */
    public static final int Underlined = 0x00700248;
    /** (0070,0249) CS 1 Bold */
    public static final int Bold = 0x00700249;
    /** (0070,0250) CS 1 Italic */
    public static final int Italic = 0x00700250;
    /** (0070,0251) US 3 Pattern On Color CIELab Value */
    public static final int PatternOnColorCIELabValue = 0x00700251;
    /** (0070,0252) US 3 Pattern Off Color CIELab Value */
    public static final int PatternOffColorCIELabValue = 0x00700252;
    /** (0070,0253) FL 1 Line Thickness */
    public static final int LineThickness = 0x00700253;
    /** (0070,0254) CS 1 Line Dashing Style */
    public static final int LineDashingStyle = 0x00700254;
    /** (0070,0255) UL 1 Line Pattern */
    public static final int LinePattern = 0x00700255;
    /** (0070,0256) OB 1 Fill Pattern */
    public static final int FillPattern = 0x00700256;
    /** (0070,0257) CS 1 Fill Mode */
    public static final int FillMode = 0x00700257;
    /** (0070,0258) FL 1 Shadow Opacity */
    public static final int ShadowOpacity = 0x00700258;
    /** (0070,0261) FL 1 Gap Length */
    public static final int GapLength = 0x00700261;
    /** (0070,0262) FL 1 Diameter of Visibility */
    public static final int DiameterOfVisibility = 0x00700262;
    /** (0070,0273) FL 2 Rotation Point */
    public static final int RotationPoint = 0x00700273;
    /** (0070,0274) CS 1 Tick Alignment */
    public static final int TickAlignment = 0x00700274;
    /** (0070,0278) CS 1 Show Tick Label */
    public static final int ShowTickLabel = 0x00700278;
    /** (0070,0279) CS 1 Tick Label Alignment */
    public static final int TickLabelAlignment = 0x00700279;
    /** (0070,0282) CS 1 Compound Graphic Units */
    public static final int CompoundGraphicUnits = 0x00700282;
    /** (0070,0284) FL 1 Pattern On Opacity */
    public static final int PatternOnOpacity = 0x00700284;
    /** (0070,0285) FL 1 Pattern Off Opacity */
    public static final int PatternOffOpacity = 0x00700285;
    /** (0070,0287) SQ 1 Major Ticks Sequence */
    public static final int MajorTicksSequence = 0x00700287;
    /** (0070,0288) FL 1 Tick Position */
    public static final int TickPosition = 0x00700288;
    /** (0070,0289) SH 1 Tick Label */
    public static final int TickLabel = 0x00700289;
    /** (0070,0294) CS 1 Compound Graphic Type */
    public static final int CompoundGraphicType = 0x00700294;
    /** (0070,0295) UL 1 Graphic Group ID */
    public static final int GraphicGroupID = 0x00700295;
    /** (0070,0306) CS 1 Shape Type */
    public static final int ShapeType = 0x00700306;
    /** (0070,0308) SQ 1 Registration Sequence */
    public static final int RegistrationSequence = 0x00700308;
    /** (0070,0309) SQ 1 Matrix Registration Sequence */
    public static final int MatrixRegistrationSequence = 0x00700309;
    /** (0070,030A) SQ 1 Matrix Sequence */
    public static final int MatrixSequence = 0x0070030A;
    /** (0070,030B) FD 16 Frame of Reference to Displayed Coordinate System Transformation Matrix */
    public static final int FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix = 0x0070030B;
    /** (0070,030C) CS 1 Frame of Reference Transformation Matrix Type */
    public static final int FrameOfReferenceTransformationMatrixType = 0x0070030C;
    /** (0070,030D) SQ 1 Registration Type Code Sequence */
    public static final int RegistrationTypeCodeSequence = 0x0070030D;
    /** (0070,030F) ST 1 Fiducial Description */
    public static final int FiducialDescription = 0x0070030F;
    /** (0070,0310) SH 1 Fiducial Identifier */
    public static final int FiducialIdentifier = 0x00700310;
    /** (0070,0311) SQ 1 Fiducial Identifier Code Sequence */
    public static final int FiducialIdentifierCodeSequence = 0x00700311;
    /** (0070,0312) FD 1 Contour Uncertainty Radius */
    public static final int ContourUncertaintyRadius = 0x00700312;
    /** (0070,0314) SQ 1 Used Fiducials Sequence */
    public static final int UsedFiducialsSequence = 0x00700314;
    /** (0070,0318) SQ 1 Graphic Coordinates Data Sequence */
    public static final int GraphicCoordinatesDataSequence = 0x00700318;
    /** (0070,031A) UI 1 Fiducial UID */
    public static final int FiducialUID = 0x0070031A;
    /** (0070,031B) UI 1 Referenced Fiducial UID */
    public static final int ReferencedFiducialUID = 0x0070031B;
    /** (0070,031C) SQ 1 Fiducial Set Sequence */
    public static final int FiducialSetSequence = 0x0070031C;
    /** (0070,031E) SQ 1 Fiducial Sequence */
    public static final int FiducialSequence = 0x0070031E;
    /** (0070,031F) SQ 1 Fiducials Property Category Code Sequence */
    public static final int FiducialsPropertyCategoryCodeSequence = 0x0070031F;
    /** (0070,0401) US 3 Graphic Layer Recommended Display CIELab Value */
    public static final int GraphicLayerRecommendedDisplayCIELabValue = 0x00700401;
    /** (0070,0402) SQ 1 Blending Sequence */
    public static final int BlendingSequence = 0x00700402;
    /** (0070,0403) FL 1 Relative Opacity */
    public static final int RelativeOpacity = 0x00700403;
    /** (0070,0404) SQ 1 Referenced Spatial Registration Sequence */
    public static final int ReferencedSpatialRegistrationSequence = 0x00700404;
    /** (0070,0405) CS 1 Blending Position */
    public static final int BlendingPosition = 0x00700405;
    /** (0070,1101) UI 1 Presentation Display Collection UID */
    public static final int PresentationDisplayCollectionUID = 0x00701101;
    /** (0070,1102) UI 1 Presentation Sequence Collection UID */
    public static final int PresentationSequenceCollectionUID = 0x00701102;
    /** (0070,1103) US 1 Presentation Sequence Position Index */
    public static final int PresentationSequencePositionIndex = 0x00701103;
    /** (0070,1104) SQ 1 Rendered Image Reference Sequence */
    public static final int RenderedImageReferenceSequence = 0x00701104;
    /** (0070,1201) SQ 1 Volumetric Presentation State Input Sequence */
    public static final int VolumetricPresentationStateInputSequence = 0x00701201;
    /** (0070,1202) CS 1 Presentation Input Type */
    public static final int PresentationInputType = 0x00701202;
    /** (0070,1203) US 1 Input Sequence Position Index */
    public static final int InputSequencePositionIndex = 0x00701203;
    /** (0070,1204) CS 1 Crop */
    public static final int Crop = 0x00701204;
    /** (0070,1205) US 1-n Cropping Specification Index */
    public static final int CroppingSpecificationIndex = 0x00701205;
    /** (0070,1207) US 1 Volumetric Presentation Input Number */
    public static final int VolumetricPresentationInputNumber = 0x00701207;
    /** (0070,1208) CS 1 Image Volume Geometry */
    public static final int ImageVolumeGeometry = 0x00701208;
    /** (0070,1209) UI 1 Volumetric Presentation Input Set UID */
    public static final int VolumetricPresentationInputSetUID = 0x00701209;
    /** (0070,120A) SQ 1 Volumetric Presentation Input Set Sequence */
    public static final int VolumetricPresentationInputSetSequence = 0x0070120A;
    /** (0070,120B) CS 1 Global Crop */
    public static final int GlobalCrop = 0x0070120B;
    /** (0070,120C) US 1-n Global Cropping Specification Index */
    public static final int GlobalCroppingSpecificationIndex = 0x0070120C;
    /** (0070,120D) CS 1 Rendering Method */
    public static final int RenderingMethod = 0x0070120D;
    /** (0070,1301) SQ 1 Volume Cropping Sequence */
    public static final int VolumeCroppingSequence = 0x00701301;
    /** (0070,1302) CS 1 Volume Cropping Method */
    public static final int VolumeCroppingMethod = 0x00701302;
    /** (0070,1303) FD 6 Bounding Box Crop */
    public static final int BoundingBoxCrop = 0x00701303;
    /** (0070,1304) SQ 1 Oblique Cropping Plane Sequence */
    public static final int ObliqueCroppingPlaneSequence = 0x00701304;
    /** (0070,1305) FD 4 Plane */
    public static final int Plane = 0x00701305;
    /** (0070,1306) FD 3 Plane Normal */
    public static final int PlaneNormal = 0x00701306;
    /** (0070,1309) US 1 Cropping Specification Number */
    public static final int CroppingSpecificationNumber = 0x00701309;
    /** (0070,1501) CS 1 Multi-Planar Reconstruction Style */
    public static final int MultiPlanarReconstructionStyle = 0x00701501;
    /** (0070,1502) CS 1 MPR Thickness Type */
    public static final int MPRThicknessType = 0x00701502;
    /** (0070,1503) FD 1 MPR Slab Thickness */
    public static final int MPRSlabThickness = 0x00701503;
    /** (0070,1505) FD 3 MPR Top Left Hand Corner */
    public static final int MPRTopLeftHandCorner = 0x00701505;
    /** (0070,1507) FD 3 MPR View Width Direction */
    public static final int MPRViewWidthDirection = 0x00701507;
    /** (0070,1508) FD 1 MPR View Width */
    public static final int MPRViewWidth = 0x00701508;
    /** (0070,150C) UL 1 Number of Volumetric Curve Points */
    public static final int NumberOfVolumetricCurvePoints = 0x0070150C;
    /** (0070,150D) OD 1 Volumetric Curve Points */
    public static final int VolumetricCurvePoints = 0x0070150D;
    /** (0070,1511) FD 3 MPR View Height Direction */
    public static final int MPRViewHeightDirection = 0x00701511;
    /** (0070,1512) FD 1 MPR View Height */
    public static final int MPRViewHeight = 0x00701512;
    /** (0070,1602) CS 1 Render Projection */
    public static final int RenderProjection = 0x00701602;
    /** (0070,1603) FD 3 Viewpoint Position */
    public static final int ViewpointPosition = 0x00701603;
    /** (0070,1604) FD 3 Viewpoint LookAt Point */
    public static final int ViewpointLookAtPoint = 0x00701604;
    /** (0070,1605) FD 3 Viewpoint Up Direction */
    public static final int ViewpointUpDirection = 0x00701605;
    /** (0070,1606) FD 6 Render Field of View */
    public static final int RenderFieldOfView = 0x00701606;
    /** (0070,1607) FD 1 Sampling Step Size */
    public static final int SamplingStepSize = 0x00701607;
    /** (0070,1701) CS 1 Shading Style */
    public static final int ShadingStyle = 0x00701701;
    /** (0070,1702) FD 1 Ambient Reflection Intensity */
    public static final int AmbientReflectionIntensity = 0x00701702;
    /** (0070,1703) FD 3 Light Direction */
    public static final int LightDirection = 0x00701703;
    /** (0070,1704) FD 1 Diffuse Reflection Intensity */
    public static final int DiffuseReflectionIntensity = 0x00701704;
    /** (0070,1705) FD 1 Specular Reflection Intensity */
    public static final int SpecularReflectionIntensity = 0x00701705;
    /** (0070,1706) FD 1 Shininess */
    public static final int Shininess = 0x00701706;
    /** (0070,1801) SQ 1 Presentation State Classification Component Sequence */
    public static final int PresentationStateClassificationComponentSequence = 0x00701801;
    /** (0070,1802) CS 1 Component Type */
    public static final int ComponentType = 0x00701802;
    /** (0070,1803) SQ 1 Component Input Sequence */
    public static final int ComponentInputSequence = 0x00701803;
    /** (0070,1804) US 1 Volumetric Presentation Input Index */
    public static final int VolumetricPresentationInputIndex = 0x00701804;
    /** (0070,1805) SQ 1 Presentation State Compositor Component Sequence */
    public static final int PresentationStateCompositorComponentSequence = 0x00701805;
    /** (0070,1806) SQ 1 Weighting Transfer Function Sequence */
    public static final int WeightingTransferFunctionSequence = 0x00701806;
    /** (0070,1807) US 3 Weighting Lookup Table Descriptor */
    public static final int WeightingLookupTableDescriptor = 0x00701807;
    /** (0070,1808) OB 1 Weighting Lookup Table Data */
    public static final int WeightingLookupTableData = 0x00701808;
    /** (0070,1901) SQ 1 Volumetric Annotation Sequence */
    public static final int VolumetricAnnotationSequence = 0x00701901;
    /** (0070,1903) SQ 1 Referenced Structured Context Sequence */
    public static final int ReferencedStructuredContextSequence = 0x00701903;
    /** (0070,1904) UI 1 Referenced Content Item */
    public static final int ReferencedContentItem = 0x00701904;
    /** (0070,1905) SQ 1 Volumetric Presentation Input Annotation Sequence */
    public static final int VolumetricPresentationInputAnnotationSequence = 0x00701905;
    /** (0070,1907) CS 1 Annotation Clipping */
    public static final int AnnotationClipping = 0x00701907;
    /** (0070,1A01) CS 1 Presentation Animation Style */
    public static final int PresentationAnimationStyle = 0x00701A01;
    /** (0070,1A03) FD 1 Recommended Animation Rate */
    public static final int RecommendedAnimationRate = 0x00701A03;
    /** (0070,1A04) SQ 1 Animation Curve Sequence */
    public static final int AnimationCurveSequence = 0x00701A04;
    /** (0070,1A05) FD 1 Animation Step Size */
    public static final int AnimationStepSize = 0x00701A05;
    /** (0070,1A06) FD 1 Swivel Range */
    public static final int SwivelRange = 0x00701A06;
    /** (0070,1A07) OD 1 Volumetric Curve Up Directions */
    public static final int VolumetricCurveUpDirections = 0x00701A07;
    /** (0070,1A08) SQ 1 Volume Stream Sequence */
    public static final int VolumeStreamSequence = 0x00701A08;
    /** (0070,1A09) LO 1 RGBA Transfer Function Description */
    public static final int RGBATransferFunctionDescription = 0x00701A09;
    /** (0070,1B01) SQ 1 Advanced Blending Sequence */
    public static final int AdvancedBlendingSequence = 0x00701B01;
    /** (0070,1B02) US 1 Blending Input Number */
    public static final int BlendingInputNumber = 0x00701B02;
    /** (0070,1B03) SQ 1 Blending Display Input Sequence */
    public static final int BlendingDisplayInputSequence = 0x00701B03;
    /** (0070,1B04) SQ 1 Blending Display Sequence */
    public static final int BlendingDisplaySequence = 0x00701B04;
    /** (0070,1B06) CS 1 Blending Mode */
    public static final int BlendingMode = 0x00701B06;
    /** (0070,1B07) CS 1 Time Series Blending */
    public static final int TimeSeriesBlending = 0x00701B07;
    /** (0070,1B08) CS 1 Geometry for Display */
    public static final int GeometryForDisplay = 0x00701B08;
    /** (0070,1B11) SQ 1 Threshold Sequence */
    public static final int ThresholdSequence = 0x00701B11;
    /** (0070,1B12) SQ 1 Threshold Value Sequence */
    public static final int ThresholdValueSequence = 0x00701B12;
    /** (0070,1B13) CS 1 Threshold Type */
    public static final int ThresholdType = 0x00701B13;
    /** (0070,1B14) FD 1 Threshold Value */
    public static final int ThresholdValue = 0x00701B14;
    /** (0088,0130) SH 1 Storage Media File-set ID */
    public static final int StorageMediaFileSetID = 0x00880130;
    /** (0088,0140) UI 1 Storage Media File-set UID */
    public static final int StorageMediaFileSetUID = 0x00880140;
    /** (0088,0200) SQ 1 Icon Image Sequence */
    public static final int IconImageSequence = 0x00880200;
    /** (2050,0010) SQ 1 Presentation LUT Sequence */
    public static final int PresentationLUTSequence = 0x20500010;
    /** (2050,0020) CS 1 Presentation LUT Shape */
    public static final int PresentationLUTShape = 0x20500020;
    /** (2050,0500) SQ 1 Referenced Presentation LUT Sequence */
    public static final int ReferencedPresentationLUTSequence = 0x20500500;
    /** (7FE0,0001) OV 1 Extended Offset Table */
    public static final int ExtendedOffsetTable = 0x7FE00001;
    /** (7FE0,0002) OV 1 Extended Offset Table Lengths */
    public static final int ExtendedOffsetTableLengths = 0x7FE00002;
    /** (7FE0,0008) OF 1 Float Pixel Data */
    public static final int FloatPixelData = 0x7FE00008;
    /** (7FE0,0009) OD 1 Double Float Pixel Data */
    public static final int DoubleFloatPixelData = 0x7FE00009;
    /** (7FE0,0010) OB or OW 1 Pixel Data */
    public static final int PixelData = 0x7FE00010;
    /** (7FE0,0020) OW 1 Coefficients SDVN */
    public static final int CoefficientsSDVN = 0x7FE00020;
    /** (7FE0,0030) OW 1 Coefficients SDHN */
    public static final int CoefficientsSDHN = 0x7FE00030;
    /** (7FE0,0040) OW 1 Coefficients SDDN */
    public static final int CoefficientsSDDN = 0x7FE00040;
    /** (FFFC,FFFC) OB 1 Data Set Trailing Padding */
    public static final int DataSetTrailingPadding = 0xFFFCFFFC;
    /** (FFFE,E000) NONE 1 Item */
    public static final int Item = 0xFFFEE000;
    /** (FFFE,E00D) NONE 1 Item Delimitation Item */
    public static final int ItemDelimitationItem = 0xFFFEE00D;
    /** (FFFE,E0DD) NONE 1 Sequence Delimitation Item */
    public static final int SequenceDelimitationItem = 0xFFFEE0DD;

    /** Group number (upper 16 bits). */
    public static int group(int tag) {
        return tag >>> 16;
    }

    /** Element number (lower 16 bits). */
    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Private data elements have an odd group number (PS3.5 §7.8). */
    public static boolean isPrivate(int tag) {
        return (tag & 0x00010000) != 0;
    }

    /** Private creator elements are (gggg,0010)–(gggg,00FF) in an odd group (PS3.5 §7.8.1). */
    public static boolean isPrivateCreator(int tag) {
        int el = tag & 0xFFFF;
        return isPrivate(tag) && el >= 0x0010 && el <= 0x00FF;
    }

    /** Group length elements (gggg,0000); retired outside the command and file meta groups. */
    public static boolean isGroupLength(int tag) {
        return (tag & 0xFFFF) == 0;
    }

    /** Item, item delimitation and sequence delimitation tags of group FFFE (PS3.5 §7.5). */
    public static boolean isDelimiter(int tag) {
        return tag == Item || tag == ItemDelimitationItem || tag == SequenceDelimitationItem;
    }

    /** Formats a tag as PS3 writes it: {@code (0020,000D)}. */
    public static String toString(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        c[5] = ',';
        c[10] = ')';
        for (int i = 0; i < 4; i++) {
            c[4 - i] = HEX[(tag >>> (16 + 4 * i)) & 0xF];
            c[9 - i] = HEX[(tag >>> (4 * i)) & 0xF];
        }
        return new String(c);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Parses {@code (gggg,eeee)}, {@code gggg,eeee} or {@code ggggeeee}.
     *
     * @throws IllegalArgumentException when the text is not a tag
     */
    public static int parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace(",", "");
        if (s.length() != 8) {
            throw new IllegalArgumentException("not a tag: " + text);
        }
        try {
            return (int) Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: " + text, e);
        }
    }

    /** Tag for a PS3.6 keyword (also retired ones), or {@link #NONE} when unknown. */
    public static int forKeyword(String keyword) {
        return ElementDictionary.tagForKeyword(keyword);
    }

    /** PS3.6 keyword of a tag, or {@code null} for private and unknown tags. */
    public static String keywordOf(int tag) {
        ElementDictionary.Entry e = ElementDictionary.lookup(tag);
        return e == null ? null : e.keyword();
    }

    /**
     * The VR the dictionary gives a tag, as needed to read implicit VR data (PS3.5 §7.1.3). Private
     * creators are LO, group lengths UL, other private and unknown tags UN. Where PS3.6 allows
     * several VRs ("US or SS", "OB or OW") this returns the first; readers refine it from context.
     */
    public static VR vrOf(int tag) {
        if (isGroupLength(tag)) {
            return VR.UL;
        }
        if (isPrivateCreator(tag)) {
            return VR.LO;
        }
        ElementDictionary.Entry e = ElementDictionary.lookup(tag);
        return e == null ? VR.UN : e.vr();
    }

    /** True when PS3.6 allows more than one VR for the tag ("US or SS", "OB or OW"). */
    public static boolean hasAmbiguousVR(int tag) {
        ElementDictionary.Entry e = isPrivate(tag) || isGroupLength(tag) ? null : ElementDictionary.lookup(tag);
        return e != null && e.vrs().length > 1;
    }

    /**
     * All VRs PS3.6 allows for a tag ("US or SS" → [US, SS]); one element for most tags. Same rules as
     * {@link #vrOf(int)} for private, group length and unknown tags.
     */
    public static VR[] vrsOf(int tag) {
        if (isGroupLength(tag)) {
            return new VR[] {VR.UL};
        }
        if (isPrivateCreator(tag)) {
            return new VR[] {VR.LO};
        }
        ElementDictionary.Entry e = ElementDictionary.lookup(tag);
        return e == null ? new VR[] {VR.UN} : e.vrs().clone();
    }
}
