from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_form_field_type import UserFormFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_form_field_error_messages import UserFormFieldErrorMessages
    from ..models.user_form_field_option import UserFormFieldOption
    from ..models.user_form_field_restrictions import UserFormFieldRestrictions


T = TypeVar("T", bound="UserFormField")


@_attrs_define
class UserFormField:
    """One field of a described form.

    Attributes:
        name (str): The name the field's value is sent under.
        label (str): The field's label.
        type_ (UserFormFieldType): The kind of input.
        default_value (Any): The field's initial value (an empty string unless the site sets one).
        placeholder (str): The placeholder text.
        instructions (str): Short instructions shown with the field.
        exposed (bool): Whether the field is shown although it is optional.
        required (bool): Whether the field must be filled in.
        restrictions (UserFormFieldRestrictions): Validation limits, such as `min_length` and `max_length`.
        error_messages (UserFormFieldErrorMessages): Custom error messages, by kind of error.
        supplemental_link (str): A link to more information about the field.
        supplemental_text (str): The text of that link.
        login_issue_support_link (None | str | Unset): The site's link for help with signing in.
        options (list[UserFormFieldOption] | Unset): The choices of a `select` field (absent for other kinds).
    """

    name: str
    label: str
    type_: UserFormFieldType
    default_value: Any
    placeholder: str
    instructions: str
    exposed: bool
    required: bool
    restrictions: UserFormFieldRestrictions
    error_messages: UserFormFieldErrorMessages
    supplemental_link: str
    supplemental_text: str
    login_issue_support_link: None | str | Unset = UNSET
    options: list[UserFormFieldOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        type_ = self.type_.value

        default_value = self.default_value

        placeholder = self.placeholder

        instructions = self.instructions

        exposed = self.exposed

        required = self.required

        restrictions = self.restrictions.to_dict()

        error_messages = self.error_messages.to_dict()

        supplemental_link = self.supplemental_link

        supplemental_text = self.supplemental_text

        login_issue_support_link: None | str | Unset
        if isinstance(self.login_issue_support_link, Unset):
            login_issue_support_link = UNSET
        else:
            login_issue_support_link = self.login_issue_support_link

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "type": type_,
                "defaultValue": default_value,
                "placeholder": placeholder,
                "instructions": instructions,
                "exposed": exposed,
                "required": required,
                "restrictions": restrictions,
                "errorMessages": error_messages,
                "supplementalLink": supplemental_link,
                "supplementalText": supplemental_text,
            }
        )
        if login_issue_support_link is not UNSET:
            field_dict["loginIssueSupportLink"] = login_issue_support_link
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_form_field_error_messages import UserFormFieldErrorMessages
        from ..models.user_form_field_option import UserFormFieldOption
        from ..models.user_form_field_restrictions import UserFormFieldRestrictions

        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        type_ = UserFormFieldType(d.pop("type"))

        default_value = d.pop("defaultValue")

        placeholder = d.pop("placeholder")

        instructions = d.pop("instructions")

        exposed = d.pop("exposed")
        if not (isinstance(exposed, bool)):
            raise TypeError(
                f"exposed: expected a boolean, got {type(exposed).__name__}"
            )

        required = d.pop("required")
        if not (isinstance(required, bool)):
            raise TypeError(
                f"required: expected a boolean, got {type(required).__name__}"
            )

        restrictions = UserFormFieldRestrictions.from_dict(d.pop("restrictions"))

        error_messages = UserFormFieldErrorMessages.from_dict(d.pop("errorMessages"))

        supplemental_link = d.pop("supplementalLink")

        supplemental_text = d.pop("supplementalText")

        def _parse_login_issue_support_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login_issue_support_link = _parse_login_issue_support_link(
            d.pop("loginIssueSupportLink", UNSET)
        )

        _options = d.pop("options", UNSET)
        options: list[UserFormFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UserFormFieldOption.from_dict(options_item_data)

                options.append(options_item)

        user_form_field = cls(
            name=name,
            label=label,
            type_=type_,
            default_value=default_value,
            placeholder=placeholder,
            instructions=instructions,
            exposed=exposed,
            required=required,
            restrictions=restrictions,
            error_messages=error_messages,
            supplemental_link=supplemental_link,
            supplemental_text=supplemental_text,
            login_issue_support_link=login_issue_support_link,
            options=options,
        )

        user_form_field.additional_properties = d
        return user_form_field

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
