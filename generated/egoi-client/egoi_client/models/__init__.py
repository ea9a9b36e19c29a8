"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_balance_info import AccountBalanceInfo
    from .account_billing_country import AccountBillingCountry
    from .account_billing_info import AccountBillingInfo
    from .account_business_sector import AccountBusinessSector
    from .account_general_info import AccountGeneralInfo
    from .account_module_info import AccountModuleInfo
    from .account_plan_info import AccountPlanInfo
    from .action_result import ActionResult
    from .advanced_report import AdvancedReport
    from .advanced_report_callback_payload import AdvancedReportCallbackPayload
    from .advanced_report_campaign import AdvancedReportCampaign
    from .advanced_report_campaign_fields import AdvancedReportCampaignFields
    from .advanced_report_collection import AdvancedReportCollection
    from .advanced_report_contact_activities import AdvancedReportContactActivities
    from .advanced_report_contact_activity_columns import AdvancedReportContactActivityColumns
    from .advanced_report_contact_activity_request import AdvancedReportContactActivityRequest
    from .advanced_report_email_bounces_columns import AdvancedReportEmailBouncesColumns
    from .advanced_report_email_bounces_options import AdvancedReportEmailBouncesOptions
    from .advanced_report_email_bounces_request import AdvancedReportEmailBouncesRequest
    from .advanced_report_email_bounces_stats_fields import AdvancedReportEmailBouncesStatsFields
    from .advanced_report_email_campaign_fields import AdvancedReportEmailCampaignFields
    from .advanced_report_email_clicks_by_contact_columns import AdvancedReportEmailClicksByContactColumns
    from .advanced_report_email_clicks_by_contact_request import AdvancedReportEmailClicksByContactRequest
    from .advanced_report_email_clicks_by_contact_stats_fields import AdvancedReportEmailClicksByContactStatsFields
    from .advanced_report_email_clicks_by_url_columns import AdvancedReportEmailClicksByUrlColumns
    from .advanced_report_email_clicks_by_url_request import AdvancedReportEmailClicksByUrlRequest
    from .advanced_report_email_clicks_by_url_stats_fields import AdvancedReportEmailClicksByUrlStatsFields
    from .advanced_report_email_events_columns import AdvancedReportEmailEventsColumns
    from .advanced_report_email_events_options import AdvancedReportEmailEventsOptions
    from .advanced_report_email_events_request import AdvancedReportEmailEventsRequest
    from .advanced_report_email_events_stats_fields import AdvancedReportEmailEventsStatsFields
    from .advanced_report_email_unsubscriptions_columns import AdvancedReportEmailUnsubscriptionsColumns
    from .advanced_report_email_unsubscriptions_request import AdvancedReportEmailUnsubscriptionsRequest
    from .advanced_report_email_unsubscriptions_stats_fields import AdvancedReportEmailUnsubscriptionsStatsFields
    from .advanced_report_form_answers_request import AdvancedReportFormAnswersRequest
    from .advanced_report_list_extra_fields import AdvancedReportListExtraFields
    from .advanced_report_list_forms import AdvancedReportListForms
    from .advanced_report_options import AdvancedReportOptions
    from .advanced_report_range import AdvancedReportRange
    from .advanced_report_sends_columns import AdvancedReportSendsColumns
    from .advanced_report_sends_request import AdvancedReportSendsRequest
    from .advanced_report_sms_bounces_options import AdvancedReportSmsBouncesOptions
    from .advanced_report_sms_bounces_request import AdvancedReportSmsBouncesRequest
    from .advanced_report_sms_columns import AdvancedReportSmsColumns
    from .advanced_report_sms_events_request import AdvancedReportSmsEventsRequest
    from .advanced_report_sms_stats_fields import AdvancedReportSmsStatsFields
    from .advanced_report_status import AdvancedReportStatus
    from .advanced_report_subscriptions_columns import AdvancedReportSubscriptionsColumns
    from .advanced_report_subscriptions_request import AdvancedReportSubscriptionsRequest
    from .advanced_report_subscriptions_stats_fields import AdvancedReportSubscriptionsStatsFields
    from .advanced_report_unsubscriptions_columns import AdvancedReportUnsubscriptionsColumns
    from .advanced_report_unsubscriptions_request import AdvancedReportUnsubscriptionsRequest
    from .advanced_report_unsubscriptions_stats_fields import AdvancedReportUnsubscriptionsStatsFields
    from .automation import Automation
    from .automation_collection import AutomationCollection
    from .automation_status import AutomationStatus
    from .base_field_update_request import BaseFieldUpdateRequest
    from .bulk_order import BulkOrder
    from .bulk_order_item import BulkOrderItem
    from .c_name import CName
    from .c_name_collection import CNameCollection
    from .c_name_create import CNameCreate
    from .campaign import Campaign
    from .campaign_channel import CampaignChannel
    from .campaign_collection import CampaignCollection
    from .campaign_content_template import CampaignContentTemplate
    from .campaign_content_text import CampaignContentText
    from .campaign_email_content_file import CampaignEmailContentFile
    from .campaign_email_content_html import CampaignEmailContentHtml
    from .campaign_email_content_web_page import CampaignEmailContentWebPage
    from .campaign_email_html import CampaignEmailHtml
    from .campaign_group import CampaignGroup
    from .campaign_group_collection import CampaignGroupCollection
    from .campaign_group_input import CampaignGroupInput
    from .campaign_hash_result import CampaignHashResult
    from .campaign_message import CampaignMessage
    from .campaign_schedule_date import CampaignScheduleDate
    from .campaign_status import CampaignStatus
    from .cart_create import CartCreate
    from .catalog import Catalog
    from .catalog_collection import CatalogCollection
    from .catalog_input import CatalogInput
    from .cellphone_sender import CellphoneSender
    from .cellphone_sender_collection import CellphoneSenderCollection
    from .cellphone_sender_input import CellphoneSenderInput
    from .connected_site import ConnectedSite
    from .connected_site_collection import ConnectedSiteCollection
    from .connected_site_create import ConnectedSiteCreate
    from .connected_site_embed_form import ConnectedSiteEmbedForm
    from .connected_site_embed_form_feature import ConnectedSiteEmbedFormFeature
    from .connected_site_features import ConnectedSiteFeatures
    from .connected_site_form import ConnectedSiteForm
    from .connected_site_form_feature import ConnectedSiteFormFeature
    from .connected_site_web_push import ConnectedSiteWebPush
    from .connected_site_web_push_feature import ConnectedSiteWebPushFeature
    from .contact import Contact
    from .contact_activity import ContactActivity
    from .contact_activity_action import ContactActivityAction
    from .contact_activity_data import ContactActivityData
    from .contact_activity_items import ContactActivityItems
    from .contact_advertising import ContactAdvertising
    from .contact_base import ContactBase
    from .contact_base_full import ContactBaseFull
    from .contact_collection import ContactCollection
    from .contact_compare_field import ContactCompareField
    from .contact_details import ContactDetails
    from .contact_email_stats import ContactEmailStats
    from .contact_export_callback import ContactExportCallback
    from .contact_export_format import ContactExportFormat
    from .contact_export_request import ContactExportRequest
    from .contact_extra_field_cellphone import ContactExtraFieldCellphone
    from .contact_extra_field_date import ContactExtraFieldDate
    from .contact_extra_field_email import ContactExtraFieldEmail
    from .contact_extra_field_filter import ContactExtraFieldFilter
    from .contact_extra_field_number import ContactExtraFieldNumber
    from .contact_extra_field_options import ContactExtraFieldOptions
    from .contact_extra_field_phone import ContactExtraFieldPhone
    from .contact_extra_field_text import ContactExtraFieldText
    from .contact_extra_field_value import ContactExtraFieldValue
    from .contact_fields import ContactFields
    from .contact_id_result import ContactIdResult
    from .contact_import_bulk_request import ContactImportBulkRequest
    from .contact_import_mode import ContactImportMode
    from .contact_import_report import ContactImportReport
    from .contact_input import ContactInput
    from .contact_language import ContactLanguage
    from .contact_push_stats import ContactPushStats
    from .contact_push_token import ContactPushToken
    from .contact_referrer import ContactReferrer
    from .contact_search_items import ContactSearchItems
    from .contact_search_result import ContactSearchResult
    from .contact_sms_stats import ContactSmsStats
    from .contact_traffic_stats import ContactTrafficStats
    from .contact_unsubscription import ContactUnsubscription
    from .contact_update_by_field_request import ContactUpdateByFieldRequest
    from .contact_utm import ContactUtm
    from .contact_voice_stats import ContactVoiceStats
    from .contact_webpush_stats import ContactWebpushStats
    from .contacts_activation_request import ContactsActivationRequest
    from .contacts_forget_request import ContactsForgetRequest
    from .contacts_start_automation_errors import ContactsStartAutomationErrors
    from .contacts_start_automation_request import ContactsStartAutomationRequest
    from .contacts_start_automation_result import ContactsStartAutomationResult
    from .contacts_tag_request import ContactsTagRequest
    from .contacts_unsubscribe_errors import ContactsUnsubscribeErrors
    from .contacts_unsubscribe_request import ContactsUnsubscribeRequest
    from .contacts_unsubscribe_result import ContactsUnsubscribeResult
    from .contacts_update_request import ContactsUpdateRequest
    from .country import Country
    from .country_collection import CountryCollection
    from .ecommerce_contact import EcommerceContact
    from .email_campaign_create import EmailCampaignCreate
    from .email_campaign_patch import EmailCampaignPatch
    from .email_campaign_send import EmailCampaignSend
    from .email_report import EmailReport
    from .email_report_date_stats import EmailReportDateStats
    from .email_report_domain_stats import EmailReportDomainStats
    from .email_report_hour_stats import EmailReportHourStats
    from .email_report_location_stats import EmailReportLocationStats
    from .email_report_overall import EmailReportOverall
    from .email_report_reader_stats import EmailReportReaderStats
    from .email_report_stats import EmailReportStats
    from .email_report_weekday_stats import EmailReportWeekdayStats
    from .email_sender import EmailSender
    from .email_sender_collection import EmailSenderCollection
    from .email_sender_input import EmailSenderInput
    from .email_sender_update import EmailSenderUpdate
    from .enable_feature_result import EnableFeatureResult
    from .enable_track_engage_request import EnableTrackEngageRequest
    from .extra_field_create_request import ExtraFieldCreateRequest
    from .extra_field_update_request import ExtraFieldUpdateRequest
    from .feature_toggle import FeatureToggle
    from .field import Field
    from .field_format import FieldFormat
    from .field_option import FieldOption
    from .field_option_items import FieldOptionItems
    from .field_option_values import FieldOptionValues
    from .field_type import FieldType
    from .get_suppression_list_order import GetSuppressionListOrder
    from .get_suppression_list_order_by import GetSuppressionListOrderBy
    from .header_footer import HeaderFooter
    from .header_footer_links import HeaderFooterLinks
    from .limit_contacts import LimitContacts
    from .limit_hour import LimitHour
    from .list_ import List
    from .list_advanced_reports_order import ListAdvancedReportsOrder
    from .list_advanced_reports_order_by import ListAdvancedReportsOrderBy
    from .list_automations_order import ListAutomationsOrder
    from .list_automations_order_by import ListAutomationsOrderBy
    from .list_campaigns_order import ListCampaignsOrder
    from .list_campaigns_order_by import ListCampaignsOrderBy
    from .list_collection import ListCollection
    from .list_create_request import ListCreateRequest
    from .list_details import ListDetails
    from .list_lists_order import ListListsOrder
    from .list_lists_order_by import ListListsOrderBy
    from .list_operations_order import ListOperationsOrder
    from .list_operations_order_by import ListOperationsOrderBy
    from .list_stats import ListStats
    from .list_tags_order import ListTagsOrder
    from .list_tags_order_by import ListTagsOrderBy
    from .list_update_request import ListUpdateRequest
    from .list_users_order import ListUsersOrder
    from .list_users_order_by import ListUsersOrderBy
    from .list_web_push_sites_order import ListWebPushSitesOrder
    from .list_web_push_sites_order_by import ListWebPushSitesOrderBy
    from .my_account import MyAccount
    from .operation import Operation
    from .operation_action_errors import OperationActionErrors
    from .operation_action_request import OperationActionRequest
    from .operation_action_result import OperationActionResult
    from .operation_collection import OperationCollection
    from .operation_data import OperationData
    from .operation_status import OperationStatus
    from .operation_type import OperationType
    from .order_create import OrderCreate
    from .phone_sender import PhoneSender
    from .phone_sender_collection import PhoneSenderCollection
    from .phone_sender_input import PhoneSenderInput
    from .problem import Problem
    from .problem_errors import ProblemErrors
    from .product import Product
    from .product_collection import ProductCollection
    from .product_custom_attribute import ProductCustomAttribute
    from .product_custom_attributes_filter import ProductCustomAttributesFilter
    from .product_import import ProductImport
    from .product_import_mode import ProductImportMode
    from .product_input import ProductInput
    from .product_update import ProductUpdate
    from .push_action import PushAction
    from .push_app import PushApp
    from .push_app_owner_list import PushAppOwnerList
    from .push_campaign_create import PushCampaignCreate
    from .push_campaign_patch import PushCampaignPatch
    from .push_campaign_send import PushCampaignSend
    from .push_event import PushEvent
    from .push_geo_options import PushGeoOptions
    from .push_notification_options import PushNotificationOptions
    from .push_report import PushReport
    from .push_report_operating_system import PushReportOperatingSystem
    from .push_report_stats import PushReportStats
    from .push_success import PushSuccess
    from .push_token import PushToken
    from .push_token_two_steps_data import PushTokenTwoStepsData
    from .report_url_stats import ReportUrlStats
    from .search_contacts_type import SearchContactsType
    from .segment import Segment
    from .segment_collection import SegmentCollection
    from .segment_type import SegmentType
    from .send_contacts import SendContacts
    from .send_none import SendNone
    from .send_segment import SendSegment
    from .sender_status import SenderStatus
    from .smart_sms_campaign_create import SmartSmsCampaignCreate
    from .smart_sms_campaign_patch import SmartSmsCampaignPatch
    from .smart_sms_page_content_patch import SmartSmsPageContentPatch
    from .smart_sms_page_html import SmartSmsPageHtml
    from .smart_sms_page_redirect import SmartSmsPageRedirect
    from .sms_campaign_create import SmsCampaignCreate
    from .sms_campaign_patch import SmsCampaignPatch
    from .sms_campaign_send import SmsCampaignSend
    from .sms_options import SmsOptions
    from .sms_voice_report import SmsVoiceReport
    from .sms_voice_report_network import SmsVoiceReportNetwork
    from .sms_voice_report_overall import SmsVoiceReportOverall
    from .sms_voice_report_stats import SmsVoiceReportStats
    from .suppression_list_add_request import SuppressionListAddRequest
    from .suppression_list_item import SuppressionListItem
    from .suppression_list_item_collection import SuppressionListItemCollection
    from .suppression_method import SuppressionMethod
    from .suppression_type import SuppressionType
    from .tag import Tag
    from .tag_collection import TagCollection
    from .tag_request import TagRequest
    from .track_engage_domain import TrackEngageDomain
    from .track_engage_domain_collection import TrackEngageDomainCollection
    from .track_engage_goal import TrackEngageGoal
    from .track_engage_goal_collection import TrackEngageGoalCollection
    from .track_engage_goal_config import TrackEngageGoalConfig
    from .user import User
    from .user_collection import UserCollection
    from .user_status import UserStatus
    from .voice_campaign_create import VoiceCampaignCreate
    from .voice_campaign_patch import VoiceCampaignPatch
    from .voice_campaign_send import VoiceCampaignSend
    from .voice_content_audio import VoiceContentAudio
    from .voice_content_patch import VoiceContentPatch
    from .voice_content_template import VoiceContentTemplate
    from .voice_destination_field import VoiceDestinationField
    from .web_push_action import WebPushAction
    from .web_push_campaign_create import WebPushCampaignCreate
    from .web_push_campaign_patch import WebPushCampaignPatch
    from .web_push_campaign_send import WebPushCampaignSend
    from .web_push_content import WebPushContent
    from .web_push_report import WebPushReport
    from .web_push_report_browser import WebPushReportBrowser
    from .web_push_report_device import WebPushReportDevice
    from .web_push_report_operating_system import WebPushReportOperatingSystem
    from .web_push_report_stats import WebPushReportStats
    from .web_push_report_version import WebPushReportVersion
    from .web_push_rss_campaign_create import WebPushRssCampaignCreate
    from .web_push_site import WebPushSite
    from .web_push_site_collection import WebPushSiteCollection
    from .web_push_site_input import WebPushSiteInput
    from .webhook import Webhook
    from .webhook_action import WebhookAction
    from .webhook_collection import WebhookCollection
    from .webhook_create import WebhookCreate

_MODULES: dict[str, str] = {
    "AccountBalanceInfo": ".account_balance_info",
    "AccountBillingCountry": ".account_billing_country",
    "AccountBillingInfo": ".account_billing_info",
    "AccountBusinessSector": ".account_business_sector",
    "AccountGeneralInfo": ".account_general_info",
    "AccountModuleInfo": ".account_module_info",
    "AccountPlanInfo": ".account_plan_info",
    "ActionResult": ".action_result",
    "AdvancedReport": ".advanced_report",
    "AdvancedReportCallbackPayload": ".advanced_report_callback_payload",
    "AdvancedReportCampaign": ".advanced_report_campaign",
    "AdvancedReportCampaignFields": ".advanced_report_campaign_fields",
    "AdvancedReportCollection": ".advanced_report_collection",
    "AdvancedReportContactActivities": ".advanced_report_contact_activities",
    "AdvancedReportContactActivityColumns": ".advanced_report_contact_activity_columns",
    "AdvancedReportContactActivityRequest": ".advanced_report_contact_activity_request",
    "AdvancedReportEmailBouncesColumns": ".advanced_report_email_bounces_columns",
    "AdvancedReportEmailBouncesOptions": ".advanced_report_email_bounces_options",
    "AdvancedReportEmailBouncesRequest": ".advanced_report_email_bounces_request",
    "AdvancedReportEmailBouncesStatsFields": ".advanced_report_email_bounces_stats_fields",
    "AdvancedReportEmailCampaignFields": ".advanced_report_email_campaign_fields",
    "AdvancedReportEmailClicksByContactColumns": ".advanced_report_email_clicks_by_contact_columns",
    "AdvancedReportEmailClicksByContactRequest": ".advanced_report_email_clicks_by_contact_request",
    "AdvancedReportEmailClicksByContactStatsFields": ".advanced_report_email_clicks_by_contact_stats_fields",
    "AdvancedReportEmailClicksByUrlColumns": ".advanced_report_email_clicks_by_url_columns",
    "AdvancedReportEmailClicksByUrlRequest": ".advanced_report_email_clicks_by_url_request",
    "AdvancedReportEmailClicksByUrlStatsFields": ".advanced_report_email_clicks_by_url_stats_fields",
    "AdvancedReportEmailEventsColumns": ".advanced_report_email_events_columns",
    "AdvancedReportEmailEventsOptions": ".advanced_report_email_events_options",
    "AdvancedReportEmailEventsRequest": ".advanced_report_email_events_request",
    "AdvancedReportEmailEventsStatsFields": ".advanced_report_email_events_stats_fields",
    "AdvancedReportEmailUnsubscriptionsColumns": ".advanced_report_email_unsubscriptions_columns",
    "AdvancedReportEmailUnsubscriptionsRequest": ".advanced_report_email_unsubscriptions_request",
    "AdvancedReportEmailUnsubscriptionsStatsFields": ".advanced_report_email_unsubscriptions_stats_fields",
    "AdvancedReportFormAnswersRequest": ".advanced_report_form_answers_request",
    "AdvancedReportListExtraFields": ".advanced_report_list_extra_fields",
    "AdvancedReportListForms": ".advanced_report_list_forms",
    "AdvancedReportOptions": ".advanced_report_options",
    "AdvancedReportRange": ".advanced_report_range",
    "AdvancedReportSendsColumns": ".advanced_report_sends_columns",
    "AdvancedReportSendsRequest": ".advanced_report_sends_request",
    "AdvancedReportSmsBouncesOptions": ".advanced_report_sms_bounces_options",
    "AdvancedReportSmsBouncesRequest": ".advanced_report_sms_bounces_request",
    "AdvancedReportSmsColumns": ".advanced_report_sms_columns",
    "AdvancedReportSmsEventsRequest": ".advanced_report_sms_events_request",
    "AdvancedReportSmsStatsFields": ".advanced_report_sms_stats_fields",
    "AdvancedReportStatus": ".advanced_report_status",
    "AdvancedReportSubscriptionsColumns": ".advanced_report_subscriptions_columns",
    "AdvancedReportSubscriptionsRequest": ".advanced_report_subscriptions_request",
    "AdvancedReportSubscriptionsStatsFields": ".advanced_report_subscriptions_stats_fields",
    "AdvancedReportUnsubscriptionsColumns": ".advanced_report_unsubscriptions_columns",
    "AdvancedReportUnsubscriptionsRequest": ".advanced_report_unsubscriptions_request",
    "AdvancedReportUnsubscriptionsStatsFields": ".advanced_report_unsubscriptions_stats_fields",
    "Automation": ".automation",
    "AutomationCollection": ".automation_collection",
    "AutomationStatus": ".automation_status",
    "BaseFieldUpdateRequest": ".base_field_update_request",
    "BulkOrder": ".bulk_order",
    "BulkOrderItem": ".bulk_order_item",
    "CName": ".c_name",
    "CNameCollection": ".c_name_collection",
    "CNameCreate": ".c_name_create",
    "Campaign": ".campaign",
    "CampaignChannel": ".campaign_channel",
    "CampaignCollection": ".campaign_collection",
    "CampaignContentTemplate": ".campaign_content_template",
    "CampaignContentText": ".campaign_content_text",
    "CampaignEmailContentFile": ".campaign_email_content_file",
    "CampaignEmailContentHtml": ".campaign_email_content_html",
    "CampaignEmailContentWebPage": ".campaign_email_content_web_page",
    "CampaignEmailHtml": ".campaign_email_html",
    "CampaignGroup": ".campaign_group",
    "CampaignGroupCollection": ".campaign_group_collection",
    "CampaignGroupInput": ".campaign_group_input",
    "CampaignHashResult": ".campaign_hash_result",
    "CampaignMessage": ".campaign_message",
    "CampaignScheduleDate": ".campaign_schedule_date",
    "CampaignStatus": ".campaign_status",
    "CartCreate": ".cart_create",
    "Catalog": ".catalog",
    "CatalogCollection": ".catalog_collection",
    "CatalogInput": ".catalog_input",
    "CellphoneSender": ".cellphone_sender",
    "CellphoneSenderCollection": ".cellphone_sender_collection",
    "CellphoneSenderInput": ".cellphone_sender_input",
    "ConnectedSite": ".connected_site",
    "ConnectedSiteCollection": ".connected_site_collection",
    "ConnectedSiteCreate": ".connected_site_create",
    "ConnectedSiteEmbedForm": ".connected_site_embed_form",
    "ConnectedSiteEmbedFormFeature": ".connected_site_embed_form_feature",
    "ConnectedSiteFeatures": ".connected_site_features",
    "ConnectedSiteForm": ".connected_site_form",
    "ConnectedSiteFormFeature": ".connected_site_form_feature",
    "ConnectedSiteWebPush": ".connected_site_web_push",
    "ConnectedSiteWebPushFeature": ".connected_site_web_push_feature",
    "Contact": ".contact",
    "ContactActivity": ".contact_activity",
    "ContactActivityAction": ".contact_activity_action",
    "ContactActivityData": ".contact_activity_data",
    "ContactActivityItems": ".contact_activity_items",
    "ContactAdvertising": ".contact_advertising",
    "ContactBase": ".contact_base",
    "ContactBaseFull": ".contact_base_full",
    "ContactCollection": ".contact_collection",
    "ContactCompareField": ".contact_compare_field",
    "ContactDetails": ".contact_details",
    "ContactEmailStats": ".contact_email_stats",
    "ContactExportCallback": ".contact_export_callback",
    "ContactExportFormat": ".contact_export_format",
    "ContactExportRequest": ".contact_export_request",
    "ContactExtraFieldCellphone": ".contact_extra_field_cellphone",
    "ContactExtraFieldDate": ".contact_extra_field_date",
    "ContactExtraFieldEmail": ".contact_extra_field_email",
    "ContactExtraFieldFilter": ".contact_extra_field_filter",
    "ContactExtraFieldNumber": ".contact_extra_field_number",
    "ContactExtraFieldOptions": ".contact_extra_field_options",
    "ContactExtraFieldPhone": ".contact_extra_field_phone",
    "ContactExtraFieldText": ".contact_extra_field_text",
    "ContactExtraFieldValue": ".contact_extra_field_value",
    "ContactFields": ".contact_fields",
    "ContactIdResult": ".contact_id_result",
    "ContactImportBulkRequest": ".contact_import_bulk_request",
    "ContactImportMode": ".contact_import_mode",
    "ContactImportReport": ".contact_import_report",
    "ContactInput": ".contact_input",
    "ContactLanguage": ".contact_language",
    "ContactPushStats": ".contact_push_stats",
    "ContactPushToken": ".contact_push_token",
    "ContactReferrer": ".contact_referrer",
    "ContactSearchItems": ".contact_search_items",
    "ContactSearchResult": ".contact_search_result",
    "ContactSmsStats": ".contact_sms_stats",
    "ContactTrafficStats": ".contact_traffic_stats",
    "ContactUnsubscription": ".contact_unsubscription",
    "ContactUpdateByFieldRequest": ".contact_update_by_field_request",
    "ContactUtm": ".contact_utm",
    "ContactVoiceStats": ".contact_voice_stats",
    "ContactWebpushStats": ".contact_webpush_stats",
    "ContactsActivationRequest": ".contacts_activation_request",
    "ContactsForgetRequest": ".contacts_forget_request",
    "ContactsStartAutomationErrors": ".contacts_start_automation_errors",
    "ContactsStartAutomationRequest": ".contacts_start_automation_request",
    "ContactsStartAutomationResult": ".contacts_start_automation_result",
    "ContactsTagRequest": ".contacts_tag_request",
    "ContactsUnsubscribeErrors": ".contacts_unsubscribe_errors",
    "ContactsUnsubscribeRequest": ".contacts_unsubscribe_request",
    "ContactsUnsubscribeResult": ".contacts_unsubscribe_result",
    "ContactsUpdateRequest": ".contacts_update_request",
    "Country": ".country",
    "CountryCollection": ".country_collection",
    "EcommerceContact": ".ecommerce_contact",
    "EmailCampaignCreate": ".email_campaign_create",
    "EmailCampaignPatch": ".email_campaign_patch",
    "EmailCampaignSend": ".email_campaign_send",
    "EmailReport": ".email_report",
    "EmailReportDateStats": ".email_report_date_stats",
    "EmailReportDomainStats": ".email_report_domain_stats",
    "EmailReportHourStats": ".email_report_hour_stats",
    "EmailReportLocationStats": ".email_report_location_stats",
    "EmailReportOverall": ".email_report_overall",
    "EmailReportReaderStats": ".email_report_reader_stats",
    "EmailReportStats": ".email_report_stats",
    "EmailReportWeekdayStats": ".email_report_weekday_stats",
    "EmailSender": ".email_sender",
    "EmailSenderCollection": ".email_sender_collection",
    "EmailSenderInput": ".email_sender_input",
    "EmailSenderUpdate": ".email_sender_update",
    "EnableFeatureResult": ".enable_feature_result",
    "EnableTrackEngageRequest": ".enable_track_engage_request",
    "ExtraFieldCreateRequest": ".extra_field_create_request",
    "ExtraFieldUpdateRequest": ".extra_field_update_request",
    "FeatureToggle": ".feature_toggle",
    "Field": ".field",
    "FieldFormat": ".field_format",
    "FieldOption": ".field_option",
    "FieldOptionItems": ".field_option_items",
    "FieldOptionValues": ".field_option_values",
    "FieldType": ".field_type",
    "GetSuppressionListOrder": ".get_suppression_list_order",
    "GetSuppressionListOrderBy": ".get_suppression_list_order_by",
    "HeaderFooter": ".header_footer",
    "HeaderFooterLinks": ".header_footer_links",
    "LimitContacts": ".limit_contacts",
    "LimitHour": ".limit_hour",
    "List": ".list_",
    "ListAdvancedReportsOrder": ".list_advanced_reports_order",
    "ListAdvancedReportsOrderBy": ".list_advanced_reports_order_by",
    "ListAutomationsOrder": ".list_automations_order",
    "ListAutomationsOrderBy": ".list_automations_order_by",
    "ListCampaignsOrder": ".list_campaigns_order",
    "ListCampaignsOrderBy": ".list_campaigns_order_by",
    "ListCollection": ".list_collection",
    "ListCreateRequest": ".list_create_request",
    "ListDetails": ".list_details",
    "ListListsOrder": ".list_lists_order",
    "ListListsOrderBy": ".list_lists_order_by",
    "ListOperationsOrder": ".list_operations_order",
    "ListOperationsOrderBy": ".list_operations_order_by",
    "ListStats": ".list_stats",
    "ListTagsOrder": ".list_tags_order",
    "ListTagsOrderBy": ".list_tags_order_by",
    "ListUpdateRequest": ".list_update_request",
    "ListUsersOrder": ".list_users_order",
    "ListUsersOrderBy": ".list_users_order_by",
    "ListWebPushSitesOrder": ".list_web_push_sites_order",
    "ListWebPushSitesOrderBy": ".list_web_push_sites_order_by",
    "MyAccount": ".my_account",
    "Operation": ".operation",
    "OperationActionErrors": ".operation_action_errors",
    "OperationActionRequest": ".operation_action_request",
    "OperationActionResult": ".operation_action_result",
    "OperationCollection": ".operation_collection",
    "OperationData": ".operation_data",
    "OperationStatus": ".operation_status",
    "OperationType": ".operation_type",
    "OrderCreate": ".order_create",
    "PhoneSender": ".phone_sender",
    "PhoneSenderCollection": ".phone_sender_collection",
    "PhoneSenderInput": ".phone_sender_input",
    "Problem": ".problem",
    "ProblemErrors": ".problem_errors",
    "Product": ".product",
    "ProductCollection": ".product_collection",
    "ProductCustomAttribute": ".product_custom_attribute",
    "ProductCustomAttributesFilter": ".product_custom_attributes_filter",
    "ProductImport": ".product_import",
    "ProductImportMode": ".product_import_mode",
    "ProductInput": ".product_input",
    "ProductUpdate": ".product_update",
    "PushAction": ".push_action",
    "PushApp": ".push_app",
    "PushAppOwnerList": ".push_app_owner_list",
    "PushCampaignCreate": ".push_campaign_create",
    "PushCampaignPatch": ".push_campaign_patch",
    "PushCampaignSend": ".push_campaign_send",
    "PushEvent": ".push_event",
    "PushGeoOptions": ".push_geo_options",
    "PushNotificationOptions": ".push_notification_options",
    "PushReport": ".push_report",
    "PushReportOperatingSystem": ".push_report_operating_system",
    "PushReportStats": ".push_report_stats",
    "PushSuccess": ".push_success",
    "PushToken": ".push_token",
    "PushTokenTwoStepsData": ".push_token_two_steps_data",
    "ReportUrlStats": ".report_url_stats",
    "SearchContactsType": ".search_contacts_type",
    "Segment": ".segment",
    "SegmentCollection": ".segment_collection",
    "SegmentType": ".segment_type",
    "SendContacts": ".send_contacts",
    "SendNone": ".send_none",
    "SendSegment": ".send_segment",
    "SenderStatus": ".sender_status",
    "SmartSmsCampaignCreate": ".smart_sms_campaign_create",
    "SmartSmsCampaignPatch": ".smart_sms_campaign_patch",
    "SmartSmsPageContentPatch": ".smart_sms_page_content_patch",
    "SmartSmsPageHtml": ".smart_sms_page_html",
    "SmartSmsPageRedirect": ".smart_sms_page_redirect",
    "SmsCampaignCreate": ".sms_campaign_create",
    "SmsCampaignPatch": ".sms_campaign_patch",
    "SmsCampaignSend": ".sms_campaign_send",
    "SmsOptions": ".sms_options",
    "SmsVoiceReport": ".sms_voice_report",
    "SmsVoiceReportNetwork": ".sms_voice_report_network",
    "SmsVoiceReportOverall": ".sms_voice_report_overall",
    "SmsVoiceReportStats": ".sms_voice_report_stats",
    "SuppressionListAddRequest": ".suppression_list_add_request",
    "SuppressionListItem": ".suppression_list_item",
    "SuppressionListItemCollection": ".suppression_list_item_collection",
    "SuppressionMethod": ".suppression_method",
    "SuppressionType": ".suppression_type",
    "Tag": ".tag",
    "TagCollection": ".tag_collection",
    "TagRequest": ".tag_request",
    "TrackEngageDomain": ".track_engage_domain",
    "TrackEngageDomainCollection": ".track_engage_domain_collection",
    "TrackEngageGoal": ".track_engage_goal",
    "TrackEngageGoalCollection": ".track_engage_goal_collection",
    "TrackEngageGoalConfig": ".track_engage_goal_config",
    "User": ".user",
    "UserCollection": ".user_collection",
    "UserStatus": ".user_status",
    "VoiceCampaignCreate": ".voice_campaign_create",
    "VoiceCampaignPatch": ".voice_campaign_patch",
    "VoiceCampaignSend": ".voice_campaign_send",
    "VoiceContentAudio": ".voice_content_audio",
    "VoiceContentPatch": ".voice_content_patch",
    "VoiceContentTemplate": ".voice_content_template",
    "VoiceDestinationField": ".voice_destination_field",
    "WebPushAction": ".web_push_action",
    "WebPushCampaignCreate": ".web_push_campaign_create",
    "WebPushCampaignPatch": ".web_push_campaign_patch",
    "WebPushCampaignSend": ".web_push_campaign_send",
    "WebPushContent": ".web_push_content",
    "WebPushReport": ".web_push_report",
    "WebPushReportBrowser": ".web_push_report_browser",
    "WebPushReportDevice": ".web_push_report_device",
    "WebPushReportOperatingSystem": ".web_push_report_operating_system",
    "WebPushReportStats": ".web_push_report_stats",
    "WebPushReportVersion": ".web_push_report_version",
    "WebPushRssCampaignCreate": ".web_push_rss_campaign_create",
    "WebPushSite": ".web_push_site",
    "WebPushSiteCollection": ".web_push_site_collection",
    "WebPushSiteInput": ".web_push_site_input",
    "Webhook": ".webhook",
    "WebhookAction": ".webhook_action",
    "WebhookCollection": ".webhook_collection",
    "WebhookCreate": ".webhook_create",
}
"""The module (relative to this package) of each model class."""

__all__ = (
    "AccountBalanceInfo",
    "AccountBillingCountry",
    "AccountBillingInfo",
    "AccountBusinessSector",
    "AccountGeneralInfo",
    "AccountModuleInfo",
    "AccountPlanInfo",
    "ActionResult",
    "AdvancedReport",
    "AdvancedReportCallbackPayload",
    "AdvancedReportCampaign",
    "AdvancedReportCampaignFields",
    "AdvancedReportCollection",
    "AdvancedReportContactActivities",
    "AdvancedReportContactActivityColumns",
    "AdvancedReportContactActivityRequest",
    "AdvancedReportEmailBouncesColumns",
    "AdvancedReportEmailBouncesOptions",
    "AdvancedReportEmailBouncesRequest",
    "AdvancedReportEmailBouncesStatsFields",
    "AdvancedReportEmailCampaignFields",
    "AdvancedReportEmailClicksByContactColumns",
    "AdvancedReportEmailClicksByContactRequest",
    "AdvancedReportEmailClicksByContactStatsFields",
    "AdvancedReportEmailClicksByUrlColumns",
    "AdvancedReportEmailClicksByUrlRequest",
    "AdvancedReportEmailClicksByUrlStatsFields",
    "AdvancedReportEmailEventsColumns",
    "AdvancedReportEmailEventsOptions",
    "AdvancedReportEmailEventsRequest",
    "AdvancedReportEmailEventsStatsFields",
    "AdvancedReportEmailUnsubscriptionsColumns",
    "AdvancedReportEmailUnsubscriptionsRequest",
    "AdvancedReportEmailUnsubscriptionsStatsFields",
    "AdvancedReportFormAnswersRequest",
    "AdvancedReportListExtraFields",
    "AdvancedReportListForms",
    "AdvancedReportOptions",
    "AdvancedReportRange",
    "AdvancedReportSendsColumns",
    "AdvancedReportSendsRequest",
    "AdvancedReportSmsBouncesOptions",
    "AdvancedReportSmsBouncesRequest",
    "AdvancedReportSmsColumns",
    "AdvancedReportSmsEventsRequest",
    "AdvancedReportSmsStatsFields",
    "AdvancedReportStatus",
    "AdvancedReportSubscriptionsColumns",
    "AdvancedReportSubscriptionsRequest",
    "AdvancedReportSubscriptionsStatsFields",
    "AdvancedReportUnsubscriptionsColumns",
    "AdvancedReportUnsubscriptionsRequest",
    "AdvancedReportUnsubscriptionsStatsFields",
    "Automation",
    "AutomationCollection",
    "AutomationStatus",
    "BaseFieldUpdateRequest",
    "BulkOrder",
    "BulkOrderItem",
    "Campaign",
    "CampaignChannel",
    "CampaignCollection",
    "CampaignContentTemplate",
    "CampaignContentText",
    "CampaignEmailContentFile",
    "CampaignEmailContentHtml",
    "CampaignEmailContentWebPage",
    "CampaignEmailHtml",
    "CampaignGroup",
    "CampaignGroupCollection",
    "CampaignGroupInput",
    "CampaignHashResult",
    "CampaignMessage",
    "CampaignScheduleDate",
    "CampaignStatus",
    "CartCreate",
    "Catalog",
    "CatalogCollection",
    "CatalogInput",
    "CellphoneSender",
    "CellphoneSenderCollection",
    "CellphoneSenderInput",
    "CName",
    "CNameCollection",
    "CNameCreate",
    "ConnectedSite",
    "ConnectedSiteCollection",
    "ConnectedSiteCreate",
    "ConnectedSiteEmbedForm",
    "ConnectedSiteEmbedFormFeature",
    "ConnectedSiteFeatures",
    "ConnectedSiteForm",
    "ConnectedSiteFormFeature",
    "ConnectedSiteWebPush",
    "ConnectedSiteWebPushFeature",
    "Contact",
    "ContactActivity",
    "ContactActivityAction",
    "ContactActivityData",
    "ContactActivityItems",
    "ContactAdvertising",
    "ContactBase",
    "ContactBaseFull",
    "ContactCollection",
    "ContactCompareField",
    "ContactDetails",
    "ContactEmailStats",
    "ContactExportCallback",
    "ContactExportFormat",
    "ContactExportRequest",
    "ContactExtraFieldCellphone",
    "ContactExtraFieldDate",
    "ContactExtraFieldEmail",
    "ContactExtraFieldFilter",
    "ContactExtraFieldNumber",
    "ContactExtraFieldOptions",
    "ContactExtraFieldPhone",
    "ContactExtraFieldText",
    "ContactExtraFieldValue",
    "ContactFields",
    "ContactIdResult",
    "ContactImportBulkRequest",
    "ContactImportMode",
    "ContactImportReport",
    "ContactInput",
    "ContactLanguage",
    "ContactPushStats",
    "ContactPushToken",
    "ContactReferrer",
    "ContactsActivationRequest",
    "ContactSearchItems",
    "ContactSearchResult",
    "ContactsForgetRequest",
    "ContactSmsStats",
    "ContactsStartAutomationErrors",
    "ContactsStartAutomationRequest",
    "ContactsStartAutomationResult",
    "ContactsTagRequest",
    "ContactsUnsubscribeErrors",
    "ContactsUnsubscribeRequest",
    "ContactsUnsubscribeResult",
    "ContactsUpdateRequest",
    "ContactTrafficStats",
    "ContactUnsubscription",
    "ContactUpdateByFieldRequest",
    "ContactUtm",
    "ContactVoiceStats",
    "ContactWebpushStats",
    "Country",
    "CountryCollection",
    "EcommerceContact",
    "EmailCampaignCreate",
    "EmailCampaignPatch",
    "EmailCampaignSend",
    "EmailReport",
    "EmailReportDateStats",
    "EmailReportDomainStats",
    "EmailReportHourStats",
    "EmailReportLocationStats",
    "EmailReportOverall",
    "EmailReportReaderStats",
    "EmailReportStats",
    "EmailReportWeekdayStats",
    "EmailSender",
    "EmailSenderCollection",
    "EmailSenderInput",
    "EmailSenderUpdate",
    "EnableFeatureResult",
    "EnableTrackEngageRequest",
    "ExtraFieldCreateRequest",
    "ExtraFieldUpdateRequest",
    "FeatureToggle",
    "Field",
    "FieldFormat",
    "FieldOption",
    "FieldOptionItems",
    "FieldOptionValues",
    "FieldType",
    "GetSuppressionListOrder",
    "GetSuppressionListOrderBy",
    "HeaderFooter",
    "HeaderFooterLinks",
    "LimitContacts",
    "LimitHour",
    "List",
    "ListAdvancedReportsOrder",
    "ListAdvancedReportsOrderBy",
    "ListAutomationsOrder",
    "ListAutomationsOrderBy",
    "ListCampaignsOrder",
    "ListCampaignsOrderBy",
    "ListCollection",
    "ListCreateRequest",
    "ListDetails",
    "ListListsOrder",
    "ListListsOrderBy",
    "ListOperationsOrder",
    "ListOperationsOrderBy",
    "ListStats",
    "ListTagsOrder",
    "ListTagsOrderBy",
    "ListUpdateRequest",
    "ListUsersOrder",
    "ListUsersOrderBy",
    "ListWebPushSitesOrder",
    "ListWebPushSitesOrderBy",
    "MyAccount",
    "Operation",
    "OperationActionErrors",
    "OperationActionRequest",
    "OperationActionResult",
    "OperationCollection",
    "OperationData",
    "OperationStatus",
    "OperationType",
    "OrderCreate",
    "PhoneSender",
    "PhoneSenderCollection",
    "PhoneSenderInput",
    "Problem",
    "ProblemErrors",
    "Product",
    "ProductCollection",
    "ProductCustomAttribute",
    "ProductCustomAttributesFilter",
    "ProductImport",
    "ProductImportMode",
    "ProductInput",
    "ProductUpdate",
    "PushAction",
    "PushApp",
    "PushAppOwnerList",
    "PushCampaignCreate",
    "PushCampaignPatch",
    "PushCampaignSend",
    "PushEvent",
    "PushGeoOptions",
    "PushNotificationOptions",
    "PushReport",
    "PushReportOperatingSystem",
    "PushReportStats",
    "PushSuccess",
    "PushToken",
    "PushTokenTwoStepsData",
    "ReportUrlStats",
    "SearchContactsType",
    "Segment",
    "SegmentCollection",
    "SegmentType",
    "SendContacts",
    "SenderStatus",
    "SendNone",
    "SendSegment",
    "SmartSmsCampaignCreate",
    "SmartSmsCampaignPatch",
    "SmartSmsPageContentPatch",
    "SmartSmsPageHtml",
    "SmartSmsPageRedirect",
    "SmsCampaignCreate",
    "SmsCampaignPatch",
    "SmsCampaignSend",
    "SmsOptions",
    "SmsVoiceReport",
    "SmsVoiceReportNetwork",
    "SmsVoiceReportOverall",
    "SmsVoiceReportStats",
    "SuppressionListAddRequest",
    "SuppressionListItem",
    "SuppressionListItemCollection",
    "SuppressionMethod",
    "SuppressionType",
    "Tag",
    "TagCollection",
    "TagRequest",
    "TrackEngageDomain",
    "TrackEngageDomainCollection",
    "TrackEngageGoal",
    "TrackEngageGoalCollection",
    "TrackEngageGoalConfig",
    "User",
    "UserCollection",
    "UserStatus",
    "VoiceCampaignCreate",
    "VoiceCampaignPatch",
    "VoiceCampaignSend",
    "VoiceContentAudio",
    "VoiceContentPatch",
    "VoiceContentTemplate",
    "VoiceDestinationField",
    "Webhook",
    "WebhookAction",
    "WebhookCollection",
    "WebhookCreate",
    "WebPushAction",
    "WebPushCampaignCreate",
    "WebPushCampaignPatch",
    "WebPushCampaignSend",
    "WebPushContent",
    "WebPushReport",
    "WebPushReportBrowser",
    "WebPushReportDevice",
    "WebPushReportOperatingSystem",
    "WebPushReportStats",
    "WebPushReportVersion",
    "WebPushRssCampaignCreate",
    "WebPushSite",
    "WebPushSiteCollection",
    "WebPushSiteInput",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
