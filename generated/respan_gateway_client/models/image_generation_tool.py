from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_tool_action import ImageGenerationToolAction
from ..models.image_generation_tool_background import (
    ImageGenerationToolBackground,
)
from ..models.image_generation_tool_complexity import (
    ImageGenerationToolComplexity,
)
from ..models.image_generation_tool_input_fidelity_type_0 import (
    ImageGenerationToolInputFidelityType0,
)
from ..models.image_generation_tool_model_type_0 import (
    ImageGenerationToolModelType0,
)
from ..models.image_generation_tool_moderation import (
    ImageGenerationToolModeration,
)
from ..models.image_generation_tool_output_format import (
    ImageGenerationToolOutputFormat,
)
from ..models.image_generation_tool_quality import ImageGenerationToolQuality
from ..models.image_generation_tool_size_type_0 import (
    ImageGenerationToolSizeType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationTool")


@_attrs_define
class ImageGenerationTool:
    """A tool that generates images using the GPT image models.

    Attributes:
        type_ (Literal['image_generation']): The type of the image generation tool. Always `image_generation`.
        action (ImageGenerationToolAction | None | Unset): Whether to generate a new image or edit an existing image.
            Default: `auto`.
        background (ImageGenerationToolBackground | None | Unset): Allows to set transparency for the background of the
            generated image(s).

            Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will
            automatically determine the best background for the image.

            `gpt-image-2.5-sunburst` and `gpt-image-2.5-flare`, including their `2026-09-08` snapshots, support `opaque`
            and `transparent` backgrounds. Transparent backgrounds are available for supported GPT Image models. For `gpt-
            image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output
            format to `png` or `webp`.
        complexity (ImageGenerationToolComplexity | None | Unset): Computation spent planning the image, independently
            of rendering quality. Overrides the outer response's
            `reasoning.effort` for image generation. When omitted, inherits a supported outer reasoning effort or uses the
            image model's configured default. For SVG output, controls the reference image, not the SVG author's
            reasoning.
        frame_count (int | None | Unset): Number of GIF frames. Requires `output_format` to be `gif`. Default: 9.
        frame_duration_ms (int | None | Unset): Duration of each GIF frame in milliseconds, rounded to 10 ms. Requires
            `output_format` to be `gif`. Default:
            200.
        input_fidelity (ImageGenerationToolInputFidelityType0 | None | Unset): Control how much effort the model will
            exert to match the style and features, especially facial features, of
            input images. Supports `high` and `low` on `gpt-image-1.5`; `gpt-image-1-mini` supports only `low`. For `gpt-
            image-2`, omit this parameter. Defaults to `low` on supported models.
        input_image_mask (ImageGenerationMask | None | Unset):
        model (ImageGenerationToolModelType0 | None | str | Unset): The image generation model to use.

            One of `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, `gpt-image-2.5-sunburst`,
            `gpt-image-2.5-sunburst-2026-09-08`, `gpt-image-2.5-flare`, `gpt-image-2.5-flare-2026-09-08`, `gpt-
            image-2.6-sunburst`, `gpt-image-2.6-flare`, or `chatgpt-image-latest`. Default: `gpt-image-2.6-sunburst`.

            `gpt-image-1` was shut down on October 23, 2026. Use `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`
            instead.

            Deprecated values:

            - "gpt-image-1": GPT Image 1 was shut down on October 23, 2026. Use
              gpt-image-2.5-sunburst or gpt-image-2.5-flare instead.
        moderation (ImageGenerationToolModeration | None | Unset): Moderation level for the generated image. Default:
            `auto`.
        output_compression (int | None | Unset): Compression level for the output image. Default: 100.
        output_format (ImageGenerationToolOutputFormat | None | Unset): The output format of the generated image.

            One of `png`, `webp`, `jpeg`, `gif`, or `svg`. Default: `png`. GIF and SVG output require a model that
            supports the selected format. GIF output does not support partial image streaming (`partial_images` greater
            than `0`), `input_image_mask`, or custom `output_compression`. Responses lifecycle events can still be
            streamed for GIF output.
        partial_images (int | None | Unset): Number of partial images to generate in streaming mode, from 0 (default
            value) to 3.
        quality (ImageGenerationToolQuality | None | Unset): The quality of the generated image.

            The GPT image models support `low`, `medium`, and `high`. `gpt-image-2.5-sunburst` and `gpt-image-2.5-flare`,
            including their `2026-09-08` snapshots, also support `xhigh` and `max`. Default: `auto`.
        size (ImageGenerationToolSizeType0 | None | str | Unset): The size of the generated images.

            For `gpt-image-2`, `gpt-image-2-2026-04-21`, `gpt-image-2.5-sunburst`, `gpt-image-2.5-sunburst-2026-09-08`,
            `gpt-image-2.5-flare`, and `gpt-image-2.5-flare-2026-09-08`, arbitrary resolutions are supported as
            `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the
            requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
            maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel
            and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image
            models; `auto` is supported for models that allow automatic sizing.
        svg (ImageGenerationSvgOptions | None | Unset):
    """

    type_: Literal["image_generation"]
    action: ImageGenerationToolAction | None | Unset = UNSET
    background: ImageGenerationToolBackground | None | Unset = UNSET
    complexity: ImageGenerationToolComplexity | None | Unset = UNSET
    frame_count: int | None | Unset = UNSET
    frame_duration_ms: int | None | Unset = UNSET
    input_fidelity: ImageGenerationToolInputFidelityType0 | None | Unset = UNSET
    input_image_mask: ImageGenerationMask | None | Unset = UNSET
    model: ImageGenerationToolModelType0 | None | str | Unset = UNSET
    moderation: ImageGenerationToolModeration | None | Unset = UNSET
    output_compression: int | None | Unset = UNSET
    output_format: ImageGenerationToolOutputFormat | None | Unset = UNSET
    partial_images: int | None | Unset = UNSET
    quality: ImageGenerationToolQuality | None | Unset = UNSET
    size: ImageGenerationToolSizeType0 | None | str | Unset = UNSET
    svg: ImageGenerationSvgOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, str):
            background = self.background
        else:
            background = self.background

        complexity: None | str | Unset
        if isinstance(self.complexity, Unset):
            complexity = UNSET
        elif isinstance(self.complexity, str):
            complexity = self.complexity
        else:
            complexity = self.complexity

        frame_count: int | None | Unset
        if isinstance(self.frame_count, Unset):
            frame_count = UNSET
        else:
            frame_count = self.frame_count

        frame_duration_ms: int | None | Unset
        if isinstance(self.frame_duration_ms, Unset):
            frame_duration_ms = UNSET
        else:
            frame_duration_ms = self.frame_duration_ms

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | None | Unset
        if isinstance(self.input_image_mask, Unset):
            input_image_mask = UNSET
        elif isinstance(self.input_image_mask, ImageGenerationMask):
            input_image_mask = self.input_image_mask.to_dict()
        else:
            input_image_mask = self.input_image_mask

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, str):
            moderation = self.moderation
        else:
            moderation = self.moderation

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, str):
            quality = self.quality
        else:
            quality = self.quality

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        svg: dict[str, Any] | None | Unset
        if isinstance(self.svg, Unset):
            svg = UNSET
        elif isinstance(self.svg, ImageGenerationSvgOptions):
            svg = self.svg.to_dict()
        else:
            svg = self.svg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if complexity is not UNSET:
            field_dict["complexity"] = complexity
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_duration_ms is not UNSET:
            field_dict["frame_duration_ms"] = frame_duration_ms
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if svg is not UNSET:
            field_dict["svg"] = svg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['image_generation']", d.pop("type"))
        if type_ != "image_generation":
            raise ValueError(f"type must match const 'image_generation', got '{type_}'")

        action: ImageGenerationToolAction | None | Unset = d.pop("action", UNSET)

        background: ImageGenerationToolBackground | None | Unset = d.pop("background", UNSET)

        complexity: ImageGenerationToolComplexity | None | Unset = d.pop("complexity", UNSET)

        frame_count: int | None | Unset = d.pop("frame_count", UNSET)

        frame_duration_ms: int | None | Unset = d.pop("frame_duration_ms", UNSET)

        input_fidelity: ImageGenerationToolInputFidelityType0 | None | Unset = d.pop("input_fidelity", UNSET)

        input_image_mask: ImageGenerationMask | None | Unset = d.pop("input_image_mask", UNSET)
        if isinstance(input_image_mask, dict):
            try:
                input_image_mask = ImageGenerationMask.from_dict(input_image_mask)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ImageGenerationMask: kept as it came

        model: ImageGenerationToolModelType0 | None | str | Unset = d.pop("model", UNSET)

        moderation: ImageGenerationToolModeration | None | Unset = d.pop("moderation", UNSET)

        output_compression: int | None | Unset = d.pop("output_compression", UNSET)

        output_format: ImageGenerationToolOutputFormat | None | Unset = d.pop("output_format", UNSET)

        partial_images: int | None | Unset = d.pop("partial_images", UNSET)

        quality: ImageGenerationToolQuality | None | Unset = d.pop("quality", UNSET)

        size: ImageGenerationToolSizeType0 | None | str | Unset = d.pop("size", UNSET)

        svg: ImageGenerationSvgOptions | None | Unset = d.pop("svg", UNSET)
        if isinstance(svg, dict):
            try:
                svg = ImageGenerationSvgOptions.from_dict(svg)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ImageGenerationSvgOptions: kept as it came

        image_generation_tool = cls(
            type_,
            action,
            background,
            complexity,
            frame_count,
            frame_duration_ms,
            input_fidelity,
            input_image_mask,
            model,
            moderation,
            output_compression,
            output_format,
            partial_images,
            quality,
            size,
            svg,
        )

        image_generation_tool.additional_properties = d
        return image_generation_tool

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


# Imported once ImageGenerationTool exists, so that models which contain each other load in either order.
from ..models.image_generation_mask import ImageGenerationMask
from ..models.image_generation_svg_options import ImageGenerationSvgOptions
