#!/usr/bin/env python3
"""Draws the kernel's PNG logos (the design of logo-svg.svg) with the standard library only.

Usage: scripts/make_logos.py  (writes share/jupyter/kernels/xcairo/logo-{32x32,64x64}.png)
"""
import math
import pathlib
import struct
import zlib

NAVY = (12, 12, 79)
ORANGE = (255, 79, 10)
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def colour_at(x, y):
    """The colour of the 64x64 design at (x, y), or None outside it."""
    if not (2 <= x <= 62 and 2 <= y <= 62):
        return None
    # rounded corners of radius 12
    cx, cy = min(max(x, 14), 50), min(max(y, 14), 50)
    if math.hypot(x - cx, y - cy) > 12:
        return None
    r = math.hypot(x - 32, y - 32)
    if r <= 5:
        return WHITE
    # an open ring: 3/4 of a circle of radius 19, 7 wide, the gap at the top right
    angle = math.degrees(math.atan2(y - 32, x - 32)) % 360
    if abs(r - 19) <= 3.5 and not (270 <= angle <= 330):
        return ORANGE
    return NAVY


def pixel(size, px, py):
    scale = 64 / size
    acc = [0.0, 0.0, 0.0, 0.0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at((px + (sx + 0.5) / SAMPLES) * scale, (py + (sy + 0.5) / SAMPLES) * scale)
            if c is not None:
                for i in range(3):
                    acc[i] += c[i]
                acc[3] += 1
    if acc[3] == 0:
        return (0, 0, 0, 0)
    return tuple(round(acc[i] / acc[3]) for i in range(3)) + (round(255 * acc[3] / SAMPLES**2),)


def png(size):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(size, x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parent.parent / "share/jupyter/kernels/xcairo"
    for size in (32, 64):
        (out / f"logo-{size}x{size}.png").write_bytes(png(size))
