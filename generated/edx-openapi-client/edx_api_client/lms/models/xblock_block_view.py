from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.xblock_block_view_json_init_args_type_0 import (
        XblockBlockViewJsonInitArgsType0,
    )
    from ..models.xblock_fragment_resource import XblockFragmentResource


T = TypeVar("T", bound="XblockBlockView")


@_attrs_define
class XblockBlockView:
    """A rendered view of a block, with the block's metadata.

    Attributes:
        block_id (str): The usage key of the block.
        block_type (str): The XBlock type.
        display_name (str): The block's display name.
        content (str): The rendered HTML.
        resources (list[XblockFragmentResource]): The CSS, JavaScript and other resources the HTML needs, in order.
        js_init_fn (None | str): The name of the JavaScript function that initializes the view, or null.
        js_init_version (int | None): The version of the JavaScript runtime API the init function expects, or null.
        json_init_args (None | XblockBlockViewJsonInitArgsType0): The arguments to pass to the init function, or null.
    """

    block_id: str
    block_type: str
    display_name: str
    content: str
    resources: list[XblockFragmentResource]
    js_init_fn: None | str
    js_init_version: int | None
    json_init_args: None | XblockBlockViewJsonInitArgsType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.xblock_block_view_json_init_args_type_0 import (
            XblockBlockViewJsonInitArgsType0,
        )

        block_id = self.block_id

        block_type = self.block_type

        display_name = self.display_name

        content = self.content

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        js_init_fn: None | str
        js_init_fn = self.js_init_fn

        js_init_version: int | None
        js_init_version = self.js_init_version

        json_init_args: dict[str, Any] | None
        if isinstance(self.json_init_args, XblockBlockViewJsonInitArgsType0):
            json_init_args = self.json_init_args.to_dict()
        else:
            json_init_args = self.json_init_args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "block_type": block_type,
                "display_name": display_name,
                "content": content,
                "resources": resources,
                "js_init_fn": js_init_fn,
                "js_init_version": js_init_version,
                "json_init_args": json_init_args,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.xblock_block_view_json_init_args_type_0 import (
            XblockBlockViewJsonInitArgsType0,
        )
        from ..models.xblock_fragment_resource import XblockFragmentResource

        d = dict(src_dict)
        block_id = d.pop("block_id")

        block_type = d.pop("block_type")

        display_name = d.pop("display_name")

        content = d.pop("content")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = XblockFragmentResource.from_dict(resources_item_data)

            resources.append(resources_item)

        def _parse_js_init_fn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        js_init_fn = _parse_js_init_fn(d.pop("js_init_fn"))

        def _parse_js_init_version(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                js_init_version_type_0 = data
                if not (
                    isinstance(js_init_version_type_0, int)
                    and not isinstance(js_init_version_type_0, bool)
                ):
                    raise TypeError(
                        f"js_init_version_type_0: expected an integer, got {type(js_init_version_type_0).__name__}"
                    )

                return js_init_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        js_init_version = _parse_js_init_version(d.pop("js_init_version"))

        def _parse_json_init_args(
            data: object,
        ) -> None | XblockBlockViewJsonInitArgsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_init_args_type_0 = XblockBlockViewJsonInitArgsType0.from_dict(data)

                return json_init_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | XblockBlockViewJsonInitArgsType0, data)

        json_init_args = _parse_json_init_args(d.pop("json_init_args"))

        xblock_block_view = cls(
            block_id=block_id,
            block_type=block_type,
            display_name=display_name,
            content=content,
            resources=resources,
            js_init_fn=js_init_fn,
            js_init_version=js_init_version,
            json_init_args=json_init_args,
        )

        xblock_block_view.additional_properties = d
        return xblock_block_view

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
