"""An animation of a map series: its pages as a GIF (Pillow) or an MP4/WebM video (ffmpeg, the
Debian package), whichever the destination's extension asks and this machine has."""

import shutil
import subprocess  # nosec B404 (ffmpeg, below)
import tempfile
from pathlib import Path

from . import export
from .series import pages

SECONDS_PER_PAGE = 1.5
FRAME_WIDTH_PX = 1400  # wide enough to read the title and KEY, small enough to share
VIDEO = {".mp4": ["-c:v", "libx264", "-pix_fmt", "yuv420p"], ".webm": ["-c:v", "libvpx-vp9"]}


class AnimationUnavailableError(Exception):
    """Neither Pillow nor ffmpeg can write this kind of file here (a sentence for the user)."""


def _pillow():
    try:
        from PIL import Image
    except ImportError:
        return None
    return Image


def writer_for(path):
    """'gif' or 'ffmpeg' for the destination, or raises AnimationUnavailableError."""
    suffix = Path(path).suffix.lower()
    if suffix == ".gif":
        if _pillow() is not None:
            return "gif"
        if shutil.which("ffmpeg"):
            return "ffmpeg"
        raise AnimationUnavailableError(
            "no GIF writer: this QGIS's Python has no Pillow (python3-pil) and there is no "
            "ffmpeg; install one of them (apt-get install python3-pil)"
        )
    if suffix in VIDEO:
        if shutil.which("ffmpeg"):
            return "ffmpeg"
        raise AnimationUnavailableError(
            f"a {suffix} video needs ffmpeg (apt-get install ffmpeg); a .gif needs only Pillow"
        )
    raise AnimationUnavailableError(f"the animation must be a .gif, .mp4 or .webm file, not {path}")


def frame_dpi(layout):
    """The resolution at which a page is FRAME_WIDTH_PX wide."""
    width_mm = layout.pageCollection().page(0).pageSize().width()
    return max(30, round(FRAME_WIDTH_PX / (width_mm / 25.4)))


def write_animation(layout, path, seconds=SECONDS_PER_PAGE):
    """The series' pages, `seconds` each, as the animation `path`; returns (path, frames)."""
    how = writer_for(path)
    dpi = frame_dpi(layout)
    with tempfile.TemporaryDirectory(prefix="strikecheck-frames-") as folder:
        frames = [
            export.export_png(layout, str(Path(folder) / f"frame_{n:03d}.png"), dpi)
            for n in pages(layout)
        ]
        if not frames:
            raise export.ExportError("the series has no page to animate")
        target = export.prepare_path(path)
        if how == "gif":
            _gif(frames, target, seconds)
        else:
            _ffmpeg(folder, target, seconds)
    return str(path), len(frames)


def _gif(frames, path, seconds):
    image = _pillow()
    # One palette per frame (adaptive): the control colours and the KEY stay true.
    opened = [image.open(frame).convert("RGB").quantize(colors=255) for frame in frames]
    opened[0].save(
        path,
        save_all=True,
        append_images=opened[1:],
        duration=int(seconds * 1000),
        loop=0,
        optimize=False,
    )


def _ffmpeg(folder, path, seconds):
    suffix = Path(path).suffix.lower()
    codec = VIDEO.get(suffix, [])
    command = [
        shutil.which("ffmpeg"), "-y", "-loglevel", "error",
        "-framerate", f"1/{seconds}", "-i", str(Path(folder) / "frame_%03d.png"),
        # Even sizes for the codecs, and a usual frame rate for players.
        "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2", "-r", "25", *codec, path,
    ]  # fmt: skip
    # nosec B603: a list, no shell; ffmpeg from PATH, our own options, the user's own path.
    done = subprocess.run(  # nosec B603
        command, capture_output=True, text=True, check=False, timeout=600
    )
    if done.returncode != 0:
        raise export.ExportError(f"ffmpeg could not write {path}: {done.stderr.strip()[-300:]}")
