from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.toggles_setting_state import TogglesSettingState
    from ..models.toggles_waffle_flag_state import TogglesWaffleFlagState
    from ..models.toggles_waffle_switch_state import TogglesWaffleSwitchState


T = TypeVar("T", bound="TogglesStateReport")


@_attrs_define
class TogglesStateReport:
    """The toggle state report: a dictionary of three lists, each sorted by toggle name.

    Attributes:
        waffle_flags (list[TogglesWaffleFlagState]): The waffle flags declared in the code or stored in the database.
        waffle_switches (list[TogglesWaffleSwitchState]): The waffle switches declared in the code or stored in the
            database.
        django_settings (list[TogglesSettingState]): The boolean Django settings (including booleans nested in
            dictionary settings) and the setting toggles declared in the code.
    """

    waffle_flags: list[TogglesWaffleFlagState]
    waffle_switches: list[TogglesWaffleSwitchState]
    django_settings: list[TogglesSettingState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waffle_flags = []
        for waffle_flags_item_data in self.waffle_flags:
            waffle_flags_item = waffle_flags_item_data.to_dict()
            waffle_flags.append(waffle_flags_item)

        waffle_switches = []
        for waffle_switches_item_data in self.waffle_switches:
            waffle_switches_item = waffle_switches_item_data.to_dict()
            waffle_switches.append(waffle_switches_item)

        django_settings = []
        for django_settings_item_data in self.django_settings:
            django_settings_item = django_settings_item_data.to_dict()
            django_settings.append(django_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "waffle_flags": waffle_flags,
                "waffle_switches": waffle_switches,
                "django_settings": django_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.toggles_setting_state import TogglesSettingState
        from ..models.toggles_waffle_flag_state import TogglesWaffleFlagState
        from ..models.toggles_waffle_switch_state import TogglesWaffleSwitchState

        d = dict(src_dict)
        waffle_flags = []
        _waffle_flags = d.pop("waffle_flags")
        for waffle_flags_item_data in _waffle_flags:
            waffle_flags_item = TogglesWaffleFlagState.from_dict(waffle_flags_item_data)

            waffle_flags.append(waffle_flags_item)

        waffle_switches = []
        _waffle_switches = d.pop("waffle_switches")
        for waffle_switches_item_data in _waffle_switches:
            waffle_switches_item = TogglesWaffleSwitchState.from_dict(
                waffle_switches_item_data
            )

            waffle_switches.append(waffle_switches_item)

        django_settings = []
        _django_settings = d.pop("django_settings")
        for django_settings_item_data in _django_settings:
            django_settings_item = TogglesSettingState.from_dict(
                django_settings_item_data
            )

            django_settings.append(django_settings_item)

        toggles_state_report = cls(
            waffle_flags=waffle_flags,
            waffle_switches=waffle_switches,
            django_settings=django_settings,
        )

        toggles_state_report.additional_properties = d
        return toggles_state_report

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
