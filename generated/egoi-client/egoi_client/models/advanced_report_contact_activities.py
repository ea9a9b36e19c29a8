from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedReportContactActivities")


@_attrs_define
class AdvancedReportContactActivities:
    """Contact activities to include; each true flag adds the activity.

    Attributes:
        opens (bool | Unset):
        clicks (bool | Unset):
        recommends (bool | Unset):
        conversion (bool | Unset):
        email_send (bool | Unset):
        sms_send (bool | Unset):
        sms_report (bool | Unset):
        voice_send (bool | Unset):
        voice_report (bool | Unset):
        invitation_send (bool | Unset):
        invitation_open (bool | Unset):
        unsubscribe (bool | Unset):
        email_soft_bounce (bool | Unset):
        email_hard_bounce (bool | Unset):
        subscription (bool | Unset):
        resubscription (bool | Unset):
        unsubscribe_reason (bool | Unset):
        facebook_like (bool | Unset):
        social_share (bool | Unset):
        unsubscribe_manual (bool | Unset):
        double_optin (bool | Unset):
        email_spam_complaint (bool | Unset):
        email_field_disable (bool | Unset):
        cellphone_field_disable (bool | Unset):
        phone_field_disable (bool | Unset):
        unsubscribe_api (bool | Unset):
        email_field_enable (bool | Unset):
        cellphone_field_enable (bool | Unset):
        phone_field_enable (bool | Unset):
        edit_subscription (bool | Unset):
        automation_event (bool | Unset):
        push_send (bool | Unset):
        push_delivered (bool | Unset):
        push_error (bool | Unset):
        push_received (bool | Unset):
        push_open (bool | Unset):
        push_canceled (bool | Unset):
        push_unsubscription (bool | Unset):
        reply_to_email (bool | Unset):
        web_push_send (bool | Unset):
        web_push_delivered (bool | Unset):
        web_push_open (bool | Unset):
        web_push_bounce (bool | Unset):
        web_push_click (bool | Unset):
        web_push_subscription (bool | Unset):
        web_push_unsubscription (bool | Unset):
        forget_subscription (bool | Unset):
        change_consent (bool | Unset):
        double_optin_resend (bool | Unset):
        double_optedit (bool | Unset):
    """

    opens: bool | Unset = UNSET
    clicks: bool | Unset = UNSET
    recommends: bool | Unset = UNSET
    conversion: bool | Unset = UNSET
    email_send: bool | Unset = UNSET
    sms_send: bool | Unset = UNSET
    sms_report: bool | Unset = UNSET
    voice_send: bool | Unset = UNSET
    voice_report: bool | Unset = UNSET
    invitation_send: bool | Unset = UNSET
    invitation_open: bool | Unset = UNSET
    unsubscribe: bool | Unset = UNSET
    email_soft_bounce: bool | Unset = UNSET
    email_hard_bounce: bool | Unset = UNSET
    subscription: bool | Unset = UNSET
    resubscription: bool | Unset = UNSET
    unsubscribe_reason: bool | Unset = UNSET
    facebook_like: bool | Unset = UNSET
    social_share: bool | Unset = UNSET
    unsubscribe_manual: bool | Unset = UNSET
    double_optin: bool | Unset = UNSET
    email_spam_complaint: bool | Unset = UNSET
    email_field_disable: bool | Unset = UNSET
    cellphone_field_disable: bool | Unset = UNSET
    phone_field_disable: bool | Unset = UNSET
    unsubscribe_api: bool | Unset = UNSET
    email_field_enable: bool | Unset = UNSET
    cellphone_field_enable: bool | Unset = UNSET
    phone_field_enable: bool | Unset = UNSET
    edit_subscription: bool | Unset = UNSET
    automation_event: bool | Unset = UNSET
    push_send: bool | Unset = UNSET
    push_delivered: bool | Unset = UNSET
    push_error: bool | Unset = UNSET
    push_received: bool | Unset = UNSET
    push_open: bool | Unset = UNSET
    push_canceled: bool | Unset = UNSET
    push_unsubscription: bool | Unset = UNSET
    reply_to_email: bool | Unset = UNSET
    web_push_send: bool | Unset = UNSET
    web_push_delivered: bool | Unset = UNSET
    web_push_open: bool | Unset = UNSET
    web_push_bounce: bool | Unset = UNSET
    web_push_click: bool | Unset = UNSET
    web_push_subscription: bool | Unset = UNSET
    web_push_unsubscription: bool | Unset = UNSET
    forget_subscription: bool | Unset = UNSET
    change_consent: bool | Unset = UNSET
    double_optin_resend: bool | Unset = UNSET
    double_optedit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opens = self.opens

        clicks = self.clicks

        recommends = self.recommends

        conversion = self.conversion

        email_send = self.email_send

        sms_send = self.sms_send

        sms_report = self.sms_report

        voice_send = self.voice_send

        voice_report = self.voice_report

        invitation_send = self.invitation_send

        invitation_open = self.invitation_open

        unsubscribe = self.unsubscribe

        email_soft_bounce = self.email_soft_bounce

        email_hard_bounce = self.email_hard_bounce

        subscription = self.subscription

        resubscription = self.resubscription

        unsubscribe_reason = self.unsubscribe_reason

        facebook_like = self.facebook_like

        social_share = self.social_share

        unsubscribe_manual = self.unsubscribe_manual

        double_optin = self.double_optin

        email_spam_complaint = self.email_spam_complaint

        email_field_disable = self.email_field_disable

        cellphone_field_disable = self.cellphone_field_disable

        phone_field_disable = self.phone_field_disable

        unsubscribe_api = self.unsubscribe_api

        email_field_enable = self.email_field_enable

        cellphone_field_enable = self.cellphone_field_enable

        phone_field_enable = self.phone_field_enable

        edit_subscription = self.edit_subscription

        automation_event = self.automation_event

        push_send = self.push_send

        push_delivered = self.push_delivered

        push_error = self.push_error

        push_received = self.push_received

        push_open = self.push_open

        push_canceled = self.push_canceled

        push_unsubscription = self.push_unsubscription

        reply_to_email = self.reply_to_email

        web_push_send = self.web_push_send

        web_push_delivered = self.web_push_delivered

        web_push_open = self.web_push_open

        web_push_bounce = self.web_push_bounce

        web_push_click = self.web_push_click

        web_push_subscription = self.web_push_subscription

        web_push_unsubscription = self.web_push_unsubscription

        forget_subscription = self.forget_subscription

        change_consent = self.change_consent

        double_optin_resend = self.double_optin_resend

        double_optedit = self.double_optedit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if recommends is not UNSET:
            field_dict["recommends"] = recommends
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if email_send is not UNSET:
            field_dict["email_send"] = email_send
        if sms_send is not UNSET:
            field_dict["sms_send"] = sms_send
        if sms_report is not UNSET:
            field_dict["sms_report"] = sms_report
        if voice_send is not UNSET:
            field_dict["voice_send"] = voice_send
        if voice_report is not UNSET:
            field_dict["voice_report"] = voice_report
        if invitation_send is not UNSET:
            field_dict["invitation_send"] = invitation_send
        if invitation_open is not UNSET:
            field_dict["invitation_open"] = invitation_open
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if email_soft_bounce is not UNSET:
            field_dict["email_soft_bounce"] = email_soft_bounce
        if email_hard_bounce is not UNSET:
            field_dict["email_hard_bounce"] = email_hard_bounce
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if resubscription is not UNSET:
            field_dict["resubscription"] = resubscription
        if unsubscribe_reason is not UNSET:
            field_dict["unsubscribe_reason"] = unsubscribe_reason
        if facebook_like is not UNSET:
            field_dict["facebook_like"] = facebook_like
        if social_share is not UNSET:
            field_dict["social_share"] = social_share
        if unsubscribe_manual is not UNSET:
            field_dict["unsubscribe_manual"] = unsubscribe_manual
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin
        if email_spam_complaint is not UNSET:
            field_dict["email_spam_complaint"] = email_spam_complaint
        if email_field_disable is not UNSET:
            field_dict["email_field_disable"] = email_field_disable
        if cellphone_field_disable is not UNSET:
            field_dict["cellphone_field_disable"] = cellphone_field_disable
        if phone_field_disable is not UNSET:
            field_dict["phone_field_disable"] = phone_field_disable
        if unsubscribe_api is not UNSET:
            field_dict["unsubscribe_api"] = unsubscribe_api
        if email_field_enable is not UNSET:
            field_dict["email_field_enable"] = email_field_enable
        if cellphone_field_enable is not UNSET:
            field_dict["cellphone_field_enable"] = cellphone_field_enable
        if phone_field_enable is not UNSET:
            field_dict["phone_field_enable"] = phone_field_enable
        if edit_subscription is not UNSET:
            field_dict["edit_subscription"] = edit_subscription
        if automation_event is not UNSET:
            field_dict["automation_event"] = automation_event
        if push_send is not UNSET:
            field_dict["push_send"] = push_send
        if push_delivered is not UNSET:
            field_dict["push_delivered"] = push_delivered
        if push_error is not UNSET:
            field_dict["push_error"] = push_error
        if push_received is not UNSET:
            field_dict["push_received"] = push_received
        if push_open is not UNSET:
            field_dict["push_open"] = push_open
        if push_canceled is not UNSET:
            field_dict["push_canceled"] = push_canceled
        if push_unsubscription is not UNSET:
            field_dict["push_unsubscription"] = push_unsubscription
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email
        if web_push_send is not UNSET:
            field_dict["web_push_send"] = web_push_send
        if web_push_delivered is not UNSET:
            field_dict["web_push_delivered"] = web_push_delivered
        if web_push_open is not UNSET:
            field_dict["web_push_open"] = web_push_open
        if web_push_bounce is not UNSET:
            field_dict["web_push_bounce"] = web_push_bounce
        if web_push_click is not UNSET:
            field_dict["web_push_click"] = web_push_click
        if web_push_subscription is not UNSET:
            field_dict["web_push_subscription"] = web_push_subscription
        if web_push_unsubscription is not UNSET:
            field_dict["web_push_unsubscription"] = web_push_unsubscription
        if forget_subscription is not UNSET:
            field_dict["forget_subscription"] = forget_subscription
        if change_consent is not UNSET:
            field_dict["change_consent"] = change_consent
        if double_optin_resend is not UNSET:
            field_dict["double_optin_resend"] = double_optin_resend
        if double_optedit is not UNSET:
            field_dict["double_optedit"] = double_optedit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opens = d.pop("opens", UNSET)

        clicks = d.pop("clicks", UNSET)

        recommends = d.pop("recommends", UNSET)

        conversion = d.pop("conversion", UNSET)

        email_send = d.pop("email_send", UNSET)

        sms_send = d.pop("sms_send", UNSET)

        sms_report = d.pop("sms_report", UNSET)

        voice_send = d.pop("voice_send", UNSET)

        voice_report = d.pop("voice_report", UNSET)

        invitation_send = d.pop("invitation_send", UNSET)

        invitation_open = d.pop("invitation_open", UNSET)

        unsubscribe = d.pop("unsubscribe", UNSET)

        email_soft_bounce = d.pop("email_soft_bounce", UNSET)

        email_hard_bounce = d.pop("email_hard_bounce", UNSET)

        subscription = d.pop("subscription", UNSET)

        resubscription = d.pop("resubscription", UNSET)

        unsubscribe_reason = d.pop("unsubscribe_reason", UNSET)

        facebook_like = d.pop("facebook_like", UNSET)

        social_share = d.pop("social_share", UNSET)

        unsubscribe_manual = d.pop("unsubscribe_manual", UNSET)

        double_optin = d.pop("double_optin", UNSET)

        email_spam_complaint = d.pop("email_spam_complaint", UNSET)

        email_field_disable = d.pop("email_field_disable", UNSET)

        cellphone_field_disable = d.pop("cellphone_field_disable", UNSET)

        phone_field_disable = d.pop("phone_field_disable", UNSET)

        unsubscribe_api = d.pop("unsubscribe_api", UNSET)

        email_field_enable = d.pop("email_field_enable", UNSET)

        cellphone_field_enable = d.pop("cellphone_field_enable", UNSET)

        phone_field_enable = d.pop("phone_field_enable", UNSET)

        edit_subscription = d.pop("edit_subscription", UNSET)

        automation_event = d.pop("automation_event", UNSET)

        push_send = d.pop("push_send", UNSET)

        push_delivered = d.pop("push_delivered", UNSET)

        push_error = d.pop("push_error", UNSET)

        push_received = d.pop("push_received", UNSET)

        push_open = d.pop("push_open", UNSET)

        push_canceled = d.pop("push_canceled", UNSET)

        push_unsubscription = d.pop("push_unsubscription", UNSET)

        reply_to_email = d.pop("reply_to_email", UNSET)

        web_push_send = d.pop("web_push_send", UNSET)

        web_push_delivered = d.pop("web_push_delivered", UNSET)

        web_push_open = d.pop("web_push_open", UNSET)

        web_push_bounce = d.pop("web_push_bounce", UNSET)

        web_push_click = d.pop("web_push_click", UNSET)

        web_push_subscription = d.pop("web_push_subscription", UNSET)

        web_push_unsubscription = d.pop("web_push_unsubscription", UNSET)

        forget_subscription = d.pop("forget_subscription", UNSET)

        change_consent = d.pop("change_consent", UNSET)

        double_optin_resend = d.pop("double_optin_resend", UNSET)

        double_optedit = d.pop("double_optedit", UNSET)

        advanced_report_contact_activities = cls(
            opens=opens,
            clicks=clicks,
            recommends=recommends,
            conversion=conversion,
            email_send=email_send,
            sms_send=sms_send,
            sms_report=sms_report,
            voice_send=voice_send,
            voice_report=voice_report,
            invitation_send=invitation_send,
            invitation_open=invitation_open,
            unsubscribe=unsubscribe,
            email_soft_bounce=email_soft_bounce,
            email_hard_bounce=email_hard_bounce,
            subscription=subscription,
            resubscription=resubscription,
            unsubscribe_reason=unsubscribe_reason,
            facebook_like=facebook_like,
            social_share=social_share,
            unsubscribe_manual=unsubscribe_manual,
            double_optin=double_optin,
            email_spam_complaint=email_spam_complaint,
            email_field_disable=email_field_disable,
            cellphone_field_disable=cellphone_field_disable,
            phone_field_disable=phone_field_disable,
            unsubscribe_api=unsubscribe_api,
            email_field_enable=email_field_enable,
            cellphone_field_enable=cellphone_field_enable,
            phone_field_enable=phone_field_enable,
            edit_subscription=edit_subscription,
            automation_event=automation_event,
            push_send=push_send,
            push_delivered=push_delivered,
            push_error=push_error,
            push_received=push_received,
            push_open=push_open,
            push_canceled=push_canceled,
            push_unsubscription=push_unsubscription,
            reply_to_email=reply_to_email,
            web_push_send=web_push_send,
            web_push_delivered=web_push_delivered,
            web_push_open=web_push_open,
            web_push_bounce=web_push_bounce,
            web_push_click=web_push_click,
            web_push_subscription=web_push_subscription,
            web_push_unsubscription=web_push_unsubscription,
            forget_subscription=forget_subscription,
            change_consent=change_consent,
            double_optin_resend=double_optin_resend,
            double_optedit=double_optedit,
        )

        advanced_report_contact_activities.additional_properties = d
        return advanced_report_contact_activities

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
