"""Contains all the data models used in inputs/outputs"""

from .amount_sum import AmountSum
from .amount_sum_selection import AmountSumSelection
from .audit_read import AuditRead
from .audit_read_after_type_0 import AuditReadAfterType0
from .audit_read_before_type_0 import AuditReadBeforeType0
from .audit_read_page import AuditReadPage
from .audit_read_page_selection import AuditReadPageSelection
from .audit_read_selection import AuditReadSelection
from .audit_read_selection_after_type_0 import AuditReadSelectionAfterType0
from .audit_read_selection_before_type_0 import AuditReadSelectionBeforeType0
from .category import Category
from .category_enum import CategoryEnum
from .change_page import ChangePage
from .change_page_selection import ChangePageSelection
from .change_read import ChangeRead
from .change_read_change import ChangeReadChange
from .change_read_record_type_0 import ChangeReadRecordType0
from .change_read_resource import ChangeReadResource
from .change_read_selection import ChangeReadSelection
from .change_read_selection_change import ChangeReadSelectionChange
from .change_read_selection_record_type_0 import ChangeReadSelectionRecordType0
from .change_read_selection_resource import ChangeReadSelectionResource
from .citation_counts import CitationCounts
from .citation_create import CitationCreate
from .citation_fields import CitationFields
from .citation_in import CitationIn
from .citation_read import CitationRead
from .citation_read_page import CitationReadPage
from .citation_read_page_facets_type_0 import CitationReadPageFacetsType0
from .citation_read_page_selection import CitationReadPageSelection
from .citation_read_page_selection_facets_type_0 import CitationReadPageSelectionFacetsType0
from .citation_read_selection import CitationReadSelection
from .citation_record import CitationRecord
from .citation_update import CitationUpdate
from .contribution_brief import ContributionBrief
from .contribution_brief_selection import ContributionBriefSelection
from .contribution_create import ContributionCreate
from .contribution_detail import ContributionDetail
from .contribution_detail_selection import ContributionDetailSelection
from .contribution_fields import ContributionFields
from .contribution_group import ContributionGroup
from .contribution_group_selection import ContributionGroupSelection
from .contribution_link import ContributionLink
from .contribution_link_selection import ContributionLinkSelection
from .contribution_read import ContributionRead
from .contribution_read_page import ContributionReadPage
from .contribution_read_page_facets_type_0 import ContributionReadPageFacetsType0
from .contribution_read_page_selection import ContributionReadPageSelection
from .contribution_read_page_selection_facets_type_0 import ContributionReadPageSelectionFacetsType0
from .contribution_read_selection import ContributionReadSelection
from .contribution_record import ContributionRecord
from .contribution_stats import ContributionStats
from .contribution_stats_format import ContributionStatsFormat
from .contribution_stats_measure import ContributionStatsMeasure
from .contribution_stats_selection import ContributionStatsSelection
from .contribution_stats_shape import ContributionStatsShape
from .contribution_type_create import ContributionTypeCreate
from .contribution_type_detail import ContributionTypeDetail
from .contribution_type_detail_selection import ContributionTypeDetailSelection
from .contribution_type_fields import ContributionTypeFields
from .contribution_type_read import ContributionTypeRead
from .contribution_type_read_page import ContributionTypeReadPage
from .contribution_type_read_page_selection import ContributionTypeReadPageSelection
from .contribution_type_read_selection import ContributionTypeReadSelection
from .contribution_type_update import ContributionTypeUpdate
from .contribution_update import ContributionUpdate
from .contributor_counts import ContributorCounts
from .contributor_detail import ContributorDetail
from .contributor_detail_selection import ContributorDetailSelection
from .contributor_read import ContributorRead
from .contributor_read_page import ContributorReadPage
from .contributor_read_page_facets_type_0 import ContributorReadPageFacetsType0
from .contributor_read_page_selection import ContributorReadPageSelection
from .contributor_read_page_selection_facets_type_0 import ContributorReadPageSelectionFacetsType0
from .contributor_read_selection import ContributorReadSelection
from .contributor_ref import ContributorRef
from .contributor_ref_selection import ContributorRefSelection
from .date_precision import DatePrecision
from .date_precision_selection import DatePrecisionSelection
from .export_document import ExportDocument
from .facet import Facet
from .facet_selection import FacetSelection
from .facet_value import FacetValue
from .facet_value_selection import FacetValueSelection
from .field_problem import FieldProblem
from .import_report import ImportReport
from .import_report_kinds import ImportReportKinds
from .key_create import KeyCreate
from .key_create_role import KeyCreateRole
from .key_created import KeyCreated
from .key_read import KeyRead
from .kind import Kind
from .kind_enum import KindEnum
from .kind_report import KindReport
from .lesson_create import LessonCreate
from .lesson_detail import LessonDetail
from .lesson_detail_selection import LessonDetailSelection
from .lesson_fields import LessonFields
from .lesson_mission_read import LessonMissionRead
from .lesson_mission_read_selection import LessonMissionReadSelection
from .lesson_read import LessonRead
from .lesson_read_page import LessonReadPage
from .lesson_read_page_facets_type_0 import LessonReadPageFacetsType0
from .lesson_read_page_selection import LessonReadPageSelection
from .lesson_read_page_selection_facets_type_0 import LessonReadPageSelectionFacetsType0
from .lesson_read_selection import LessonReadSelection
from .lesson_record import LessonRecord
from .lesson_update import LessonUpdate
from .list_changes_shape import ListChangesShape
from .list_citations_format import ListCitationsFormat
from .list_citations_shape import ListCitationsShape
from .list_claims_format import ListClaimsFormat
from .list_claims_shape import ListClaimsShape
from .list_contributions_format import ListContributionsFormat
from .list_contributions_shape import ListContributionsShape
from .list_contributors_format import ListContributorsFormat
from .list_contributors_shape import ListContributorsShape
from .list_lessons_format import ListLessonsFormat
from .list_lessons_shape import ListLessonsShape
from .list_missions_format import ListMissionsFormat
from .list_missions_shape import ListMissionsShape
from .list_nations_format import ListNationsFormat
from .list_nations_shape import ListNationsShape
from .list_organizations_format import ListOrganizationsFormat
from .list_organizations_shape import ListOrganizationsShape
from .list_sources_format import ListSourcesFormat
from .list_sources_shape import ListSourcesShape
from .list_strengths_format import ListStrengthsFormat
from .list_strengths_shape import ListStrengthsShape
from .list_types_format import ListTypesFormat
from .list_types_shape import ListTypesShape
from .liveness import Liveness
from .mission_contribution_count import MissionContributionCount
from .mission_contribution_count_selection import MissionContributionCountSelection
from .mission_create import MissionCreate
from .mission_detail import MissionDetail
from .mission_detail_selection import MissionDetailSelection
from .mission_fields import MissionFields
from .mission_lesson import MissionLesson
from .mission_lesson_selection import MissionLessonSelection
from .mission_link import MissionLink
from .mission_read import MissionRead
from .mission_read_page import MissionReadPage
from .mission_read_page_facets_type_0 import MissionReadPageFacetsType0
from .mission_read_page_selection import MissionReadPageSelection
from .mission_read_page_selection_facets_type_0 import MissionReadPageSelectionFacetsType0
from .mission_read_selection import MissionReadSelection
from .mission_record import MissionRecord
from .mission_ref import MissionRef
from .mission_ref_selection import MissionRefSelection
from .mission_strength_format import MissionStrengthFormat
from .mission_update import MissionUpdate
from .nation_create import NationCreate
from .nation_fields import NationFields
from .nation_record import NationRecord
from .nation_update import NationUpdate
from .organization_create import OrganizationCreate
from .organization_create_kind import OrganizationCreateKind
from .organization_fields import OrganizationFields
from .organization_fields_kind import OrganizationFieldsKind
from .organization_record import OrganizationRecord
from .organization_record_kind import OrganizationRecordKind
from .organization_update import OrganizationUpdate
from .organization_update_kind import OrganizationUpdateKind
from .overview import Overview
from .overview_format import OverviewFormat
from .overview_shape import OverviewShape
from .page_citation_read import PageCitationRead
from .page_citation_read_selection import PageCitationReadSelection
from .page_contributor_read import PageContributorRead
from .page_contributor_read_selection import PageContributorReadSelection
from .pair_group import PairGroup
from .pair_group_selection import PairGroupSelection
from .pair_stats import PairStats
from .pair_stats_selection import PairStatsSelection
from .period import Period
from .personnel_on import PersonnelOn
from .problem import Problem
from .readiness import Readiness
from .readiness_database import ReadinessDatabase
from .readiness_status import ReadinessStatus
from .record_history_resource import RecordHistoryResource
from .record_history_shape import RecordHistoryShape
from .report_card import ReportCard
from .report_card_selection import ReportCardSelection
from .search_format import SearchFormat
from .search_hit import SearchHit
from .search_hit_page import SearchHitPage
from .search_hit_page_selection import SearchHitPageSelection
from .search_hit_selection import SearchHitSelection
from .search_hit_selection_type import SearchHitSelectionType
from .search_hit_type import SearchHitType
from .search_shape import SearchShape
from .source_create import SourceCreate
from .source_create_kind import SourceCreateKind
from .source_detail import SourceDetail
from .source_detail_selection import SourceDetailSelection
from .source_fields import SourceFields
from .source_fields_kind import SourceFieldsKind
from .source_read import SourceRead
from .source_read_page import SourceReadPage
from .source_read_page_facets_type_0 import SourceReadPageFacetsType0
from .source_read_page_selection import SourceReadPageSelection
from .source_read_page_selection_facets_type_0 import SourceReadPageSelectionFacetsType0
from .source_read_selection import SourceReadSelection
from .source_ref import SourceRef
from .source_ref_selection import SourceRefSelection
from .source_update import SourceUpdate
from .source_update_kind import SourceUpdateKind
from .stats_group import StatsGroup
from .stats_group_selection import StatsGroupSelection
from .status import Status
from .status_selection import StatusSelection
from .strength_create import StrengthCreate
from .strength_detail import StrengthDetail
from .strength_detail_selection import StrengthDetailSelection
from .strength_fields import StrengthFields
from .strength_interval import StrengthInterval
from .strength_interval_selection import StrengthIntervalSelection
from .strength_point import StrengthPoint
from .strength_point_series import StrengthPointSeries
from .strength_read import StrengthRead
from .strength_read_page import StrengthReadPage
from .strength_read_page_facets_type_0 import StrengthReadPageFacetsType0
from .strength_read_page_selection import StrengthReadPageSelection
from .strength_read_page_selection_facets_type_0 import StrengthReadPageSelectionFacetsType0
from .strength_read_selection import StrengthReadSelection
from .strength_record import StrengthRecord
from .strength_series import StrengthSeries
from .strength_stats import StrengthStats
from .strength_stats_carry import StrengthStatsCarry
from .strength_stats_format import StrengthStatsFormat
from .strength_stats_group_by import StrengthStatsGroupBy
from .strength_stats_interval import StrengthStatsInterval
from .strength_stats_selection import StrengthStatsSelection
from .strength_stats_shape import StrengthStatsShape
from .strength_update import StrengthUpdate
from .subject_ref import SubjectRef
from .subject_ref_selection import SubjectRefSelection
from .subject_ref_selection_type import SubjectRefSelectionType
from .subject_ref_type import SubjectRefType
from .subject_type_0 import SubjectType0
from .subject_type_1 import SubjectType1
from .subject_type_2 import SubjectType2
from .subject_type_3 import SubjectType3
from .subject_type_4 import SubjectType4
from .subject_type_5 import SubjectType5
from .subject_type_6 import SubjectType6
from .tally import Tally
from .tally_selection import TallySelection
from .timeline_event import TimelineEvent
from .timeline_event_kind import TimelineEventKind
from .timeline_event_page import TimelineEventPage
from .timeline_event_page_selection import TimelineEventPageSelection
from .timeline_event_selection import TimelineEventSelection
from .timeline_event_selection_kind import TimelineEventSelectionKind
from .timeline_format import TimelineFormat
from .timeline_shape import TimelineShape
from .total_relation import TotalRelation
from .total_relation_selection import TotalRelationSelection
from .type_ref import TypeRef
from .type_ref_selection import TypeRefSelection
from .unit import Unit

__all__ = (
    "AmountSum",
    "AmountSumSelection",
    "AuditRead",
    "AuditReadAfterType0",
    "AuditReadBeforeType0",
    "AuditReadPage",
    "AuditReadPageSelection",
    "AuditReadSelection",
    "AuditReadSelectionAfterType0",
    "AuditReadSelectionBeforeType0",
    "Category",
    "CategoryEnum",
    "ChangePage",
    "ChangePageSelection",
    "ChangeRead",
    "ChangeReadChange",
    "ChangeReadRecordType0",
    "ChangeReadResource",
    "ChangeReadSelection",
    "ChangeReadSelectionChange",
    "ChangeReadSelectionRecordType0",
    "ChangeReadSelectionResource",
    "CitationCounts",
    "CitationCreate",
    "CitationFields",
    "CitationIn",
    "CitationRead",
    "CitationReadPage",
    "CitationReadPageFacetsType0",
    "CitationReadPageSelection",
    "CitationReadPageSelectionFacetsType0",
    "CitationReadSelection",
    "CitationRecord",
    "CitationUpdate",
    "ContributionBrief",
    "ContributionBriefSelection",
    "ContributionCreate",
    "ContributionDetail",
    "ContributionDetailSelection",
    "ContributionFields",
    "ContributionGroup",
    "ContributionGroupSelection",
    "ContributionLink",
    "ContributionLinkSelection",
    "ContributionRead",
    "ContributionReadPage",
    "ContributionReadPageFacetsType0",
    "ContributionReadPageSelection",
    "ContributionReadPageSelectionFacetsType0",
    "ContributionReadSelection",
    "ContributionRecord",
    "ContributionStats",
    "ContributionStatsFormat",
    "ContributionStatsMeasure",
    "ContributionStatsSelection",
    "ContributionStatsShape",
    "ContributionTypeCreate",
    "ContributionTypeDetail",
    "ContributionTypeDetailSelection",
    "ContributionTypeFields",
    "ContributionTypeRead",
    "ContributionTypeReadPage",
    "ContributionTypeReadPageSelection",
    "ContributionTypeReadSelection",
    "ContributionTypeUpdate",
    "ContributionUpdate",
    "ContributorCounts",
    "ContributorDetail",
    "ContributorDetailSelection",
    "ContributorRead",
    "ContributorReadPage",
    "ContributorReadPageFacetsType0",
    "ContributorReadPageSelection",
    "ContributorReadPageSelectionFacetsType0",
    "ContributorReadSelection",
    "ContributorRef",
    "ContributorRefSelection",
    "DatePrecision",
    "DatePrecisionSelection",
    "ExportDocument",
    "Facet",
    "FacetSelection",
    "FacetValue",
    "FacetValueSelection",
    "FieldProblem",
    "ImportReport",
    "ImportReportKinds",
    "KeyCreate",
    "KeyCreated",
    "KeyCreateRole",
    "KeyRead",
    "Kind",
    "KindEnum",
    "KindReport",
    "LessonCreate",
    "LessonDetail",
    "LessonDetailSelection",
    "LessonFields",
    "LessonMissionRead",
    "LessonMissionReadSelection",
    "LessonRead",
    "LessonReadPage",
    "LessonReadPageFacetsType0",
    "LessonReadPageSelection",
    "LessonReadPageSelectionFacetsType0",
    "LessonReadSelection",
    "LessonRecord",
    "LessonUpdate",
    "ListChangesShape",
    "ListCitationsFormat",
    "ListCitationsShape",
    "ListClaimsFormat",
    "ListClaimsShape",
    "ListContributionsFormat",
    "ListContributionsShape",
    "ListContributorsFormat",
    "ListContributorsShape",
    "ListLessonsFormat",
    "ListLessonsShape",
    "ListMissionsFormat",
    "ListMissionsShape",
    "ListNationsFormat",
    "ListNationsShape",
    "ListOrganizationsFormat",
    "ListOrganizationsShape",
    "ListSourcesFormat",
    "ListSourcesShape",
    "ListStrengthsFormat",
    "ListStrengthsShape",
    "ListTypesFormat",
    "ListTypesShape",
    "Liveness",
    "MissionContributionCount",
    "MissionContributionCountSelection",
    "MissionCreate",
    "MissionDetail",
    "MissionDetailSelection",
    "MissionFields",
    "MissionLesson",
    "MissionLessonSelection",
    "MissionLink",
    "MissionRead",
    "MissionReadPage",
    "MissionReadPageFacetsType0",
    "MissionReadPageSelection",
    "MissionReadPageSelectionFacetsType0",
    "MissionReadSelection",
    "MissionRecord",
    "MissionRef",
    "MissionRefSelection",
    "MissionStrengthFormat",
    "MissionUpdate",
    "NationCreate",
    "NationFields",
    "NationRecord",
    "NationUpdate",
    "OrganizationCreate",
    "OrganizationCreateKind",
    "OrganizationFields",
    "OrganizationFieldsKind",
    "OrganizationRecord",
    "OrganizationRecordKind",
    "OrganizationUpdate",
    "OrganizationUpdateKind",
    "Overview",
    "OverviewFormat",
    "OverviewShape",
    "PageCitationRead",
    "PageCitationReadSelection",
    "PageContributorRead",
    "PageContributorReadSelection",
    "PairGroup",
    "PairGroupSelection",
    "PairStats",
    "PairStatsSelection",
    "Period",
    "PersonnelOn",
    "Problem",
    "Readiness",
    "ReadinessDatabase",
    "ReadinessStatus",
    "RecordHistoryResource",
    "RecordHistoryShape",
    "ReportCard",
    "ReportCardSelection",
    "SearchFormat",
    "SearchHit",
    "SearchHitPage",
    "SearchHitPageSelection",
    "SearchHitSelection",
    "SearchHitSelectionType",
    "SearchHitType",
    "SearchShape",
    "SourceCreate",
    "SourceCreateKind",
    "SourceDetail",
    "SourceDetailSelection",
    "SourceFields",
    "SourceFieldsKind",
    "SourceRead",
    "SourceReadPage",
    "SourceReadPageFacetsType0",
    "SourceReadPageSelection",
    "SourceReadPageSelectionFacetsType0",
    "SourceReadSelection",
    "SourceRef",
    "SourceRefSelection",
    "SourceUpdate",
    "SourceUpdateKind",
    "StatsGroup",
    "StatsGroupSelection",
    "Status",
    "StatusSelection",
    "StrengthCreate",
    "StrengthDetail",
    "StrengthDetailSelection",
    "StrengthFields",
    "StrengthInterval",
    "StrengthIntervalSelection",
    "StrengthPoint",
    "StrengthPointSeries",
    "StrengthRead",
    "StrengthReadPage",
    "StrengthReadPageFacetsType0",
    "StrengthReadPageSelection",
    "StrengthReadPageSelectionFacetsType0",
    "StrengthReadSelection",
    "StrengthRecord",
    "StrengthSeries",
    "StrengthStats",
    "StrengthStatsCarry",
    "StrengthStatsFormat",
    "StrengthStatsGroupBy",
    "StrengthStatsInterval",
    "StrengthStatsSelection",
    "StrengthStatsShape",
    "StrengthUpdate",
    "SubjectRef",
    "SubjectRefSelection",
    "SubjectRefSelectionType",
    "SubjectRefType",
    "SubjectType0",
    "SubjectType1",
    "SubjectType2",
    "SubjectType3",
    "SubjectType4",
    "SubjectType5",
    "SubjectType6",
    "Tally",
    "TallySelection",
    "TimelineEvent",
    "TimelineEventKind",
    "TimelineEventPage",
    "TimelineEventPageSelection",
    "TimelineEventSelection",
    "TimelineEventSelectionKind",
    "TimelineFormat",
    "TimelineShape",
    "TotalRelation",
    "TotalRelationSelection",
    "TypeRef",
    "TypeRefSelection",
    "Unit",
)
